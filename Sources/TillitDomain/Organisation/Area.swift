import Foundation

/// An education area (utbildningsområde): a group of schools under a head (utbildningschef).
public struct Area: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var head: String?

    public init(id: String, name: String, head: String? = nil) {
        self.id = id
        self.name = name
        self.head = head
    }
}

extension Area {
    /// Whether a name someone wrote means this area: its id, its name in any case, or a name
    /// that gives its id ("Nordost" is the area `nordost`, "Utbildningsområde Nordost").
    public func isNamed(_ text: String) -> Bool {
        let q = text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return false }
        return id == q || name.precomposedStringWithCanonicalMapping.lowercased() == q.lowercased()
            || id == Slug.make(q)
    }
}

extension Array where Element == Area {
    /// The area a name means (see `Area.isNamed`).
    public func named(_ text: String) -> Area? { first { $0.isNamed(text) } }
}
