import TUIKit

/// A terminal in memory: the frames presented, a size tests can change. It encodes each frame as
/// the real terminal does, so that tests see what would be written (`writeCount`).
public final class FakeTerminal: TerminalIO {
    public var size: Size
    public private(set) var screen: Screen
    public private(set) var cursor: (x: Int, y: Int)?
    public private(set) var presentCount = 0
    /// Frames that wrote anything (a frame like the last writes nothing).
    public private(set) var writeCount = 0
    public private(set) var suspendCount = 0
    private var encoder = FrameEncoder(.ansi())

    public init(size: Size) {
        self.size = size
        screen = Screen(width: size.width, height: size.height)
    }

    public func read(timeoutMilliseconds: Int?) -> [RawInput] { [] }

    public func present(_ screen: Screen, cursor: (x: Int, y: Int)?) {
        self.screen = screen
        self.cursor = cursor
        presentCount += 1
        if !encoder.encode(screen, cursor: cursor).isEmpty { writeCount += 1 }
    }

    public func suspend() {
        suspendCount += 1
        encoder.invalidate()
    }
}
