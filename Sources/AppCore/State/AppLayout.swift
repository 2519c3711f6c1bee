import TUIKit

/// Where the panes go for a terminal size: three columns when wide, one pane with tabs when
/// narrow, a message when too small. Pure, so reducers and views agree on every size.
public struct AppLayout: Equatable, Sendable {
    public enum Mode: Equatable, Sendable { case tooSmall, tabbed, columns }

    /// Below this the program shows "terminal too small" instead of panes.
    public static let minimum = Size(width: 44, height: 14)
    /// From this size on the three panes stand side by side.
    public static let columnsFrom = Size(width: 110, height: 24)

    public var mode: Mode
    public var size: Size
    public var panes: [Pane: Rect]
    public var tabBar: Rect?
    public var statusBar: Rect

    public static func compute(_ size: Size, focus: Pane, zoomed: Bool = false) -> AppLayout {
        let status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        if size.width < minimum.width || size.height < minimum.height {
            return AppLayout(mode: .tooSmall, size: size, panes: [:], tabBar: nil, statusBar: status)
        }
        let body = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
        if zoomed {
            // One pane fills the body; the others are a key away.
            return AppLayout(
                mode: .tabbed, size: size, panes: [focus: body.splitTop(1).1], tabBar: body.splitTop(1).0,
                statusBar: status)
        }
        if size.width >= columnsFrom.width && size.height >= columnsFrom.height {
            let wheelWidth = min(58, max(40, size.width * 36 / 100))
            let schoolsWidth = min(46, max(32, size.width * 27 / 100))
            let (wheel, rest) = body.splitLeft(wheelWidth)
            let (schools, notebook) = rest.splitLeft(schoolsWidth)
            return AppLayout(
                mode: .columns, size: size, panes: [.wheel: wheel, .schools: schools, .notebook: notebook],
                tabBar: nil, statusBar: status)
        }
        let (tabs, pane) = body.splitTop(1)
        return AppLayout(mode: .tabbed, size: size, panes: [focus: pane], tabBar: tabs, statusBar: status)
    }

    /// The inside of a pane's border.
    public func inner(_ pane: Pane) -> Rect? { panes[pane]?.inset(1) }
}
