/// Which rows of a list show in a window: the selection kept in the middle while there is list
/// above and below it, the window stopped at both ends. Every list on the screen uses this.
public enum ListWindow {
    /// The first row shown, for `count` rows in `visible` rows with row `selected` selected.
    public static func first(selected: Int, count: Int, visible: Int) -> Int {
        guard visible > 0 else { return 0 }
        return max(0, min(selected - visible / 2, count - visible))
    }
}
