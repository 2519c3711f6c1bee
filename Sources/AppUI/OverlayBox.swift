import TUIKit

/// A centred box over the panes, cleared inside.
enum OverlayBox {
    static func draw(width: Int, height: Int, title: String, in size: Size, _ canvas: inout Canvas) -> Rect {
        let w = min(width, size.width - 2)
        let h = min(height, size.height - 2)
        let rect = Rect(x: (size.width - w) / 2, y: max(0, (size.height - 1 - h) / 2), width: w, height: h)
        canvas.fill(rect, role: .overlay)
        canvas.box(rect, role: .overlayBorder, title: title, titleRole: .overlayBorder)
        return rect.inset(1)
    }
}
