import ArgumentParser
import Foundation
import TillitDomain
import TillitStore

/// `tillit tag ...`: the tags of the whole store.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "List the tags of every dialogue, or rename one across the store.",
        subcommands: [TagListCommand.self, TagRenameCommand.self])
}

/// `tillit tag list [--json]`: every tag with its count, however it was typed.
struct TagListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Every tag with how many notes and actions carry it, most used first.")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let ctx = try CLIContext(global)
        let store = try ctx.open(.read)
        let tags = TagCount.count(store.allDialogues())
        if json {
            try ctx.printJSON(tags)
            return
        }
        let t = ctx.t
        if tags.isEmpty { print(t(.tagNone)) }
        for tag in tags {
            print(t(.tagListLine, ["tag": tag.spelling, "uses": String(tag.uses), "count": String(tag.dialogues)]))
        }
    }
}

/// `tillit tag rename OLD NEW`: every spelling of OLD becomes NEW in every dialogue, durably;
/// renaming to a tag that exists merges them.
struct TagRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename", abstract: "Rename a tag in every dialogue (merging it into NEW if NEW exists).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The tag as it is now (with or without #).") var old: String
    @Argument(help: "What it becomes.") var new: String

    func run() throws {
        let ctx = try CLIContext(global)
        let t = ctx.t
        guard !Tag.canonical(old).isEmpty, !Tag.canonical(new).isEmpty else { throw ctx.fail(t(.tagEmpty), code: 2) }
        guard !Tag.same(old, new) else {
            throw ctx.fail(t(.tagSame, ["old": Tag.canonical(old), "new": Tag.canonical(new)]))
        }
        let store = try ctx.openForWriting("tillit tag rename")
        defer { store.close() }
        store.loadEverything()
        var notes = 0
        var dialogues = 0
        // Dialogues whose index names the tag, and those with changes still in their journals.
        let pending = Set(store.pendingJournals())
        let candidates = store.dialogues.filter { d in
            pending.contains(d.id) || d.tags.contains { Tag.same($0, old) }
        }
        for summary in candidates {
            do throws(StoreError) {
                // The journal goes into the file first, so that replaying it cannot bring the old tag back.
                try store.foldJournal(summary.id)
                let renamed = try store.dialogue(summary.id).renamingTag(old, to: new)
                guard renamed.changed > 0 else { continue }
                try store.saveDialogue(renamed.dialogue)
                notes += renamed.changed
                dialogues += 1
            } catch {
                throw ctx.fail(error)
            }
        }
        guard notes > 0 else { throw ctx.fail(t(.tagNotFound, ["tag": Tag.canonical(old)])) }
        let changed = t(.countChanged, ["count": String(notes)])
        let inDialogues = t(.countInDialogues, ["count": String(dialogues)])
        print(
            t(
                .tagRenamed,
                ["old": Tag.canonical(old), "new": Tag.canonical(new), "changed": changed, "dialogues": inDialogues]))
    }
}
