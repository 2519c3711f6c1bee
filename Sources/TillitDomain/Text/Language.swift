/// The two languages of the user interface.
public enum Language: String, CaseIterable, Hashable, Sendable, Codable {
    case sv
    case en

    /// Reads `sv`, `en`, `sv_SE.UTF-8`, `svenska`, `english`...
    public init?(code: String) {
        let lower = code.lowercased()
        if lower.hasPrefix("sv") { self = .sv } else if lower.hasPrefix("en") { self = .en } else { return nil }
    }

    /// The language from the environment: `TILLIT_LANG`, else the locale (`LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`): Swedish when it starts with `sv`, English otherwise.
    public static func resolve(flag: String?, environment: [String: String]) -> Language {
        if let flag, let l = Language(code: flag) { return l }
        if let v = environment["TILLIT_LANG"], let l = Language(code: v) { return l }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = environment[name], !v.isEmpty { return v.lowercased().hasPrefix("sv") ? .sv : .en }
        }
        return .en
    }
}
