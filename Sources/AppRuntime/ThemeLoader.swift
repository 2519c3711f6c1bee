import AppCore
import Foundation
import TUIKit
import TillitDomain

/// Finds the theme: `--theme NAME|PATH`, else the config file's, else the default. A bad theme
/// file is named with its line and the problem, and the default is used instead.
public enum ThemeLoader {
    public static func load(_ choice: String?, configFolder: String?, t: Localizer) -> (Theme, StatusMessage?) {
        let fallback = Theme.builtinDefault
        guard let choice, !choice.isEmpty else { return (fallback, nil) }
        var path: String?
        if choice.contains("/") || choice.hasSuffix(".theme") {
            path = choice
        } else if let folder = configFolder, FileManager.default.fileExists(atPath: "\(folder)/themes/\(choice).theme")
        {
            path = "\(folder)/themes/\(choice).theme"
        }
        guard let path else {
            if let theme = Theme.builtin(choice) { return (theme, nil) }
            return (
                fallback,
                StatusMessage(
                    t(.themeUnknown, ["name": choice, "names": BuiltinThemes.names.joined(separator: ", ")]),
                    kind: .warning)
            )
        }
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)
        else {
            let reason = FileManager.default.fileExists(atPath: path) ? "UTF-8?" : String(cString: strerror(ENOENT))
            return (fallback, StatusMessage(t(.themeUnreadable, ["file": path, "reason": reason]), kind: .warning))
        }
        switch Theme.parse(text, file: path, base: fallback) {
        case .success(let theme): return (theme, nil)
        case .failure(let e): return (fallback, StatusMessage(describe(e, t), kind: .warning))
        }
    }

    public static func describe(_ e: Theme.ParseError, _ t: Localizer) -> String {
        let problem: String
        switch e.kind {
        case .notAnAssignment(let text): problem = t(.themeNotAssignment, ["text": text])
        case .unknownRole(let role): problem = t(.themeUnknownRole, ["role": role])
        case .unknownWord(let word): problem = t(.themeUnknownWord, ["word": word])
        case .missingBackground: problem = t(.themeMissingBackground)
        }
        return t(.themeProblem, ["file": e.file, "line": String(e.line), "problem": problem])
    }
}
