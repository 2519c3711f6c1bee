/// How far a text taller than its window is scrolled: the first row shown. It is clamped when it
/// moves and when it is drawn, so that scrolling past the end never takes extra presses to come
/// back, and a window that grows shows more instead of empty rows.
public struct ScrollState: Hashable, Sendable {
    public private(set) var offset: Int

    public init(offset: Int = 0) { self.offset = max(0, offset) }

    /// The first row shown when `count` rows go into `visible` rows.
    public func first(count: Int, visible: Int) -> Int { Self.clamp(offset, count: count, visible: visible) }

    public mutating func scroll(by delta: Int, count: Int, visible: Int) {
        offset = Self.clamp(first(count: count, visible: visible) + delta, count: count, visible: visible)
    }

    public mutating func scroll(to row: Int, count: Int, visible: Int) {
        offset = Self.clamp(row, count: count, visible: visible)
    }

    /// A page: the window less one row, so the last row of a page is the first of the next.
    public static func page(_ visible: Int) -> Int { max(1, visible - 1) }

    static func clamp(_ offset: Int, count: Int, visible: Int) -> Int {
        max(0, min(offset, count - max(1, visible)))
    }
}
