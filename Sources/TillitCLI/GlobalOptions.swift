import ArgumentParser
import Foundation
import TillitDomain

/// Options every command takes: where the store is and which language to speak.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The store folder (else TILLIT_HOME, $XDG_DATA_HOME/tillit, ~/.local/share/tillit).")
    public var store: String?

    @Option(name: .long, help: "Language of messages: sv or en (else TILLIT_LANG, else the locale).")
    public var lang: String?

    public init() {}
}
