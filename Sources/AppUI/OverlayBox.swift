import AppCore
import TUIKit

/// A box over the panes, cleared inside; returns its inside.
enum OverlayBox {
    static func draw(_ rect: Rect, title: String, _ canvas: inout Canvas) -> Rect {
        canvas.fill(rect, role: .overlay)
        canvas.box(rect, role: .overlayBorder, title: title, titleRole: .overlayBorder)
        return rect.inset(1)
    }

    /// A box of at most `width` by `height`, centred above the status line.
    static func draw(width: Int, height: Int, title: String, in size: Size, _ canvas: inout Canvas) -> Rect {
        draw(OverlayGeometry.box(width: width, height: height, in: size), title: title, &canvas)
    }
}
