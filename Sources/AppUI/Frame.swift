import TUIKit

/// A rendered frame: the cells and, when the user is typing, where the cursor stands.
public struct Frame: Equatable, Sendable {
    public var screen: Screen
    public var cursor: (x: Int, y: Int)?

    public init(screen: Screen, cursor: (x: Int, y: Int)? = nil) {
        self.screen = screen
        self.cursor = cursor
    }

    public static func == (a: Frame, b: Frame) -> Bool {
        a.screen == b.screen && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
    }
}
