import Foundation

/// A theme: a style for every role. Files name roles (`border.focused = #87afd7 bold`); roles a
/// file leaves out keep the default theme's style.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [Role: TextStyle]

    public init(name: String, styles: [Role: TextStyle]) {
        self.name = name
        self.styles = styles
    }

    public func style(_ role: Role) -> TextStyle { styles[role] ?? styles[.text] ?? TextStyle() }

    /// A problem in a theme file, with its line.
    public struct ParseError: Error, Hashable, Sendable {
        public enum Kind: Error, Hashable, Sendable {
            /// A line that is not `role = style`.
            case notAnAssignment(String)
            case unknownRole(String)
            case unknownWord(String)
            case missingBackground
        }

        public var file: String
        public var line: Int
        public var kind: Kind
    }

    /// Parses a theme file on top of `base`.
    public static func parse(_ text: String, file: String, base: Theme?) -> Result<Theme, ParseError> {
        var theme = base ?? Theme(name: file, styles: [:])
        let rolesByKey = Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0.themeKey, $0) })
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = stripComment(String(raw))
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let eq = trimmed.firstIndex(of: "=") else {
                return .failure(ParseError(file: file, line: n + 1, kind: .notAnAssignment(trimmed)))
            }
            let key = trimmed[..<eq].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if key == "name" {
                theme.name = value
                continue
            }
            guard let role = rolesByKey[key] else {
                return .failure(ParseError(file: file, line: n + 1, kind: .unknownRole(key)))
            }
            switch parseStyle(value) {
            case .success(let style): theme.styles[role] = style
            case .failure(let kind): return .failure(ParseError(file: file, line: n + 1, kind: kind))
            }
        }
        return .success(theme)
    }

    /// Drops a comment: a "#" that starts the line or is followed by a space. A "#" glued to
    /// letters or digits (a colour such as `#87afd7`) is not a comment.
    static func stripComment(_ s: String) -> String {
        let chars = Array(s)
        for (i, c) in chars.enumerated() where c == "#" {
            let startsLine = chars[..<i].allSatisfy(\.isWhitespace)
            let followedBySpace = i + 1 == chars.count || chars[i + 1].isWhitespace
            if startsLine || followedBySpace { return String(chars[..<i]) }
        }
        return s
    }

    /// `fg [on bg] [bold] [dim] [underline] [reverse] [italic]`, or only attributes.
    static func parseStyle(_ value: String) -> Result<TextStyle, ParseError.Kind> {
        var style = TextStyle()
        var words = value.split(whereSeparator: \.isWhitespace).map(String.init)
        if let first = words.first, Color(text: first) != nil {
            style.foreground = Color(text: first)!
            words.removeFirst()
        }
        if words.first?.lowercased() == "on" {
            words.removeFirst()
            guard let bg = words.first else { return .failure(.missingBackground) }
            guard let c = Color(text: bg) else { return .failure(.unknownWord(bg)) }
            style.background = c
            words.removeFirst()
        }
        for w in words {
            switch w.lowercased() {
            case "bold": style.bold = true
            case "dim": style.dim = true
            case "underline": style.underline = true
            case "reverse": style.reverse = true
            case "italic": style.italic = true
            case "normal", "plain": break
            default:
                return .failure(.unknownWord(w))
            }
        }
        return .success(style)
    }
}
