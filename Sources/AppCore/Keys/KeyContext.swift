/// Where keys are read: each context has its own table.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    case global, wheel, schools, notebookList, notebookDialogue, notebookLive, editor, prompts, search, browse
    case compare, report, textInput, find, form, confirm, help, unsavedQuit, phases, speakers, yearPlan

    /// The panes' contexts also take the global keys (`q`, `?`, Tab...); fields and boxes over
    /// the panes take only their own.
    public var takesGlobalKeys: Bool {
        [.wheel, .schools, .notebookList, .notebookDialogue, .notebookLive].contains(self)
    }

    /// Where a printable key types itself (so no table there may bind one).
    public var takesText: Bool {
        [.editor, .search, .browse, .textInput, .find, .form, .speakers].contains(self)
    }
}
