/// A value worked out from the rest of a state and kept to save the work again. It is never what
/// makes two states differ: whether it has been worked out yet, equal states are equal.
public struct Derived<Value: Sendable>: Equatable, Sendable {
    public internal(set) var value: Value?

    public static func == (_: Derived, _: Derived) -> Bool { true }
}
