import TUIKit

/// Where a box over the panes goes, and the boxes that scroll: the reducer clamps their scrolling
/// to the rows the view has, from the same numbers.
public enum OverlayGeometry {
    /// A box of at most `width` by `height`, centred above the status line.
    public static func box(width: Int, height: Int, in size: Size) -> Rect {
        let w = max(0, min(width, size.width - 2))
        let h = max(0, min(height, size.height - 2))
        return Rect(x: (size.width - w) / 2, y: max(0, (size.height - 1 - h) / 2), width: w, height: h)
    }

    public static func helpBox(lines: Int, in size: Size) -> Rect { box(width: 72, height: lines + 2, in: size) }
    /// Reading boxes cover the panes whole (no pane's corner shows beside them): up to 140
    /// columns wide, centred, from the top to the status line.
    public static func reportBox(in size: Size) -> Rect {
        let w = min(size.width, 140)
        return Rect(x: (size.width - w) / 2, y: 0, width: w, height: max(0, size.height - 1))
    }
    public static func browseBox(in size: Size) -> Rect { box(width: 100, height: size.height - 4, in: size) }
    /// The rows of dialogues in the list of all dialogues (under its filter and hint lines).
    public static func browseRows(in size: Size) -> Int { max(0, browseBox(in: size).inset(1).height - 3) }
    public static func compareBox(in size: Size) -> Rect {
        Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - 1))
    }
}
