import TUIKit

/// Where a pane's contents go, for reducers and views alike: the rows a reducer pages by and the
/// width it wraps a dialogue to are the ones the view draws, because both ask here.
public enum PaneGeometry {
    /// The inside of a pane's border at the state's size. A pane that is not on screen (a narrow
    /// terminal shows one at a time) gets the place it has when it is shown.
    public static func inner(_ pane: Pane, _ state: AppState) -> Rect {
        let focus =
            AppLayout.compute(state.size, focus: state.focus, zoomed: state.zoomed).panes[pane] != nil
            ? state.focus : pane
        return AppLayout.compute(state.size, focus: focus, zoomed: state.zoomed).inner(pane)
            ?? Rect(x: 0, y: 0, width: 40, height: 10)
    }

    /// An open dialogue's text: a column's margin on the left, and on the right one and the
    /// scroll bar's column.
    public static func document(in inner: Rect) -> Rect {
        Rect(x: inner.x + 1, y: inner.y, width: max(1, inner.width - 3), height: inner.height)
    }

    /// The rows an open dialogue's text gets, less the find line while there is one.
    public static func documentRows(in inner: Rect, findLine: Bool) -> Int {
        max(1, inner.height - (findLine ? 1 : 0))
    }

    /// The width the note editor wraps at: inside its border, a column's margin on each side.
    public static func editorWidth(in inner: Rect) -> Int { max(4, inner.width - 4) }

    /// A list whose entries take two rows (schools, dialogues): how many entries a page moves.
    public static func twoRowPage(in inner: Rect) -> Int { max(1, inner.height / 2 - 1) }
}
