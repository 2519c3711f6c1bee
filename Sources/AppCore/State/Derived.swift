/// A value worked out from the rest of a state and kept to save the work again. It is never what
/// makes two states differ: whether it has been worked out yet, equal states are equal.
struct Derived<Value: Sendable>: Equatable, Sendable {
    var value: Value?

    static func == (_: Derived, _: Derived) -> Bool { true }
}
