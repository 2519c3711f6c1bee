import Foundation
import TillitDomain

/// `~/.config/tillit/config`: `theme = light`, `lang = sv`, and for a shared store `sync = auto`
/// (sync when the screen opens and when it closes), `name = …` and `email = …` (who commits,
/// when git's own settings do not say).
public struct ConfigFile: Sendable {
    public var theme: String?
    public var lang: String?
    /// Sync a shared store when the screen opens and closes.
    public var syncAutomatically = false
    public var name: String?
    public var email: String?
    public var problems: [String] = []

    /// The config folder: `$XDG_CONFIG_HOME/tillit`, else `~/.config/tillit`.
    public static func folder(environment: [String: String]) -> String? {
        if let x = environment["XDG_CONFIG_HOME"], x.hasPrefix("/") { return "\(x)/tillit" }
        if let home = environment["HOME"], !home.isEmpty { return "\(home)/.config/tillit" }
        return nil
    }

    public static func load(folder: String?, t: Localizer) -> ConfigFile {
        var config = ConfigFile()
        guard let folder, let data = FileManager.default.contents(atPath: "\(folder)/config") else { return config }
        let text = String(decoding: data, as: UTF8.self)
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else {
                config.problems.append(
                    t(
                        .configProblem,
                        [
                            "file": "\(folder)/config", "line": String(n + 1),
                            "problem": t(.themeNotAssignment, ["text": line]),
                        ]))
                continue
            }
            switch parts[0] {
            case "theme": config.theme = parts[1]
            case "lang", "language": config.lang = parts[1]
            case "name": config.name = parts[1]
            case "email": config.email = parts[1]
            case "sync":
                switch parts[1].lowercased() {
                case "auto", "on", "yes", "ja", "på": config.syncAutomatically = true
                case "manual", "off", "no", "nej", "av": config.syncAutomatically = false
                default:
                    config.problems.append(
                        t(
                            .configProblem,
                            [
                                "file": "\(folder)/config", "line": String(n + 1),
                                "problem": t(.configBadSync, ["value": parts[1]]),
                            ]))
                }
            default:
                config.problems.append(
                    t(
                        .configProblem,
                        [
                            "file": "\(folder)/config", "line": String(n + 1),
                            "problem": t(.configUnknownKey, ["key": parts[0]]),
                        ]))
            }
        }
        return config
    }
}

extension ConfigFile {
    /// Who commits when git's own settings do not say (`name =` and `email =`).
    public var author: (name: String, email: String)? {
        guard let name, !name.isEmpty, let email, !email.isEmpty else { return nil }
        return (name, email)
    }
}
