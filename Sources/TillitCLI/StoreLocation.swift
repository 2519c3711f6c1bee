/// Where the store lives: `--store PATH`, else `TILLIT_HOME`, else `$XDG_DATA_HOME/tillit`,
/// else `~/.local/share/tillit`.
public enum StoreLocation {
    public static func resolve(flag: String?, environment: [String: String]) -> String? {
        if let flag, !flag.isEmpty { return absolute(flag, environment) }
        if let home = environment["TILLIT_HOME"], !home.isEmpty { return absolute(home, environment) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return "\(xdg)/tillit" }
        if let home = environment["HOME"], !home.isEmpty { return "\(home)/.local/share/tillit" }
        return nil
    }

    static func absolute(_ path: String, _ environment: [String: String]) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] {
            return home + path.dropFirst()
        }
        let cwd = environment["PWD"] ?? "."
        return "\(cwd)/\(path)"
    }

    /// A git remote as given: an address (`ssh://…`, `https://…`, `user@host:path`) as it is, a
    /// folder made absolute (git runs in the store, not where the command was given).
    static func remote(_ text: String, _ environment: [String: String]) -> String {
        if text.contains("://") { return text }
        if let colon = text.firstIndex(of: ":"), !text[..<colon].contains("/") { return text }
        return absolute(text, environment)
    }
}
