/// The responsible body (huvudman) a store belongs to, usually a municipality's school administration.
public struct Organisation: Hashable, Sendable, Codable {
    public var name: String

    public init(name: String) { self.name = name }
}
