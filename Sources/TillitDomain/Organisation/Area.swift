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
