/// Where keys are read: each context has its own table, after the global one.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    case global, wheel, schools, notebookList, notebookDialogue, notebookLive, editor, prompts, search, browse, compare, textInput, form, confirm, help, unsavedQuit
}
