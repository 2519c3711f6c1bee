import TUIKit

/// A line of a text read in a box over the panes (the report, a comparison): words and style.
public struct PageLine: Equatable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role) {
        self.text = text
        self.role = role
    }

    public static let blank = PageLine("", .overlay)
}
