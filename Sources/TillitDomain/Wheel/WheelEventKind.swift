/// What kind of event sits on the annual wheel.
public enum WheelEventKind: String, CaseIterable, Hashable, Sendable, StoredCase {
    /// A quality dialogue (kvalitetsdialog).
    case dialogue
    /// An analysis day (analysdag).
    case analysisDay
    /// The quality report's deadline (kvalitetsrapport).
    case reportDeadline
    /// A board meeting (nämndsammanträde) where principals report.
    case boardMeeting
    /// Anything else worth a mark.
    case other
}
