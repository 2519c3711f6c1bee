import TUIKit

/// A terminal in memory: the frames presented, a size tests can change.
public final class FakeTerminal: TerminalIO {
    public var size: Size
    public private(set) var screen: Screen
    public private(set) var cursor: (x: Int, y: Int)?
    public private(set) var presentCount = 0
    public private(set) var suspendCount = 0

    public init(size: Size) {
        self.size = size
        screen = Screen(width: size.width, height: size.height)
    }

    public func read(timeoutMilliseconds: Int?) -> [RawInput] { [] }

    public func present(_ screen: Screen, cursor: (x: Int, y: Int)?) {
        self.screen = screen
        self.cursor = cursor
        presentCount += 1
    }

    public func suspend() { suspendCount += 1 }
}
