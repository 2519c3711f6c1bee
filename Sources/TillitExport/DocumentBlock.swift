import Foundation

/// A format-neutral document: what the quality report is written as before it becomes Markdown,
/// HTML, DOCX or lines on the screen.
public enum DocumentBlock: Sendable, Equatable {
    /// Level 1 is the document's title, 2 a part, 3 a sub-part.
    case heading(Int, String)
    case paragraph(String)
    case bullets([String])
    /// A list whose items have levels (0 at the top, 1 under it...).
    case list([ListItem])
    /// Words quoted from dialogues, each with where it comes from.
    case quotes([Quote])
    case table([String], [[String]])
    /// Values across schools as bars (a table where a document has no pictures).
    case chart(Chart)

    public struct Chart: Sendable, Equatable {
        public struct Bar: Sendable, Equatable {
            public var name: String
            public var value: Double
            /// The value in words ("89,3 % (−4,0)").
            public var text: String
            /// Went the wrong way: marked ▼ (never by colour alone).
            public var marked: Bool

            public init(name: String, value: Double, text: String, marked: Bool) {
                self.name = name
                self.value = value
                self.text = text
                self.marked = marked
            }
        }

        public var title: String
        /// The two columns' headers where it is written as a table.
        public var headers: [String]
        public var bars: [Bar]

        public init(title: String, headers: [String], bars: [Bar]) {
            self.title = title
            self.headers = headers
            self.bars = bars
        }

        /// The chart as a table's rows.
        public var rows: [[String]] { bars.map { [($0.marked ? "▼ " : "") + $0.name, $0.text] } }
    }

    public struct ListItem: Sendable, Equatable {
        public var level: Int
        public var text: String

        public init(_ text: String, level: Int = 0) {
            self.level = level
            self.text = text
        }
    }

    public struct Quote: Sendable, Equatable {
        public var text: String
        /// "Nytorpsskolan, 2025-10-14".
        public var source: String

        public init(_ text: String, source: String) {
            self.text = text
            self.source = source
        }
    }

    /// The block with every text passed through `transform`.
    public func mappingTexts(_ transform: (String) -> String) -> DocumentBlock {
        switch self {
        case .heading(let level, let text): return .heading(level, transform(text))
        case .paragraph(let text): return .paragraph(transform(text))
        case .bullets(let items): return .bullets(items.map(transform))
        case .list(let items): return .list(items.map { ListItem(transform($0.text), level: $0.level) })
        case .quotes(let items): return .quotes(items.map { Quote(transform($0.text), source: transform($0.source)) })
        case .table(let headers, let rows): return .table(headers.map(transform), rows.map { $0.map(transform) })
        case .chart(let c):
            return .chart(
                Chart(
                    title: transform(c.title), headers: c.headers.map(transform),
                    bars: c.bars.map {
                        Chart.Bar(
                            name: transform($0.name), value: $0.value, text: transform($0.text), marked: $0.marked)
                    }))
        }
    }

    /// Every text of the block.
    public var texts: [String] {
        var out: [String] = []
        _ = mappingTexts {
            out.append($0)
            return $0
        }
        return out
    }
}
