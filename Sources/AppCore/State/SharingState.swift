import TillitDomain

/// Where sharing the store stands, for the screen: whether it is shared, a sync under way, and
/// how many changes are not yet shared (nil until counted).
public struct SharingState: Equatable, Sendable {
    public var shared: Bool
    public var syncing = false
    public var notShared: Int?

    public init(shared: Bool = false) {
        self.shared = shared
    }
}
