import Foundation

/// The keys the program itself writes at each place of one kind of document (array positions
/// taken together), learned while checking many of them: the unknown-field check re-encodes a
/// document only when it holds a key not seen at its place before, so that checking a whole store
/// decodes each file once instead of decoding and encoding it again. A key seen before was
/// written by this program at that place, so it is known; one never seen is checked exactly.
/// Shared by the threads of one check (`StoreDoctor`), for one document type.
public final class KnownKeys: @unchecked Sendable {
    public init() {}
    private let lock = NSLock()
    private var keys: [String: Set<String>] = [:]

    /// Whether every key of `shape` (but those holding null, which the program may leave out)
    /// is known at its place.
    func cover(_ shape: JSONShape) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return Self.walk(shape, "") { place, key in keys[place]?.contains(key) == true }
    }

    /// Takes in the keys of a document the program wrote (a re-encoded one).
    func learn(_ shape: JSONShape) {
        lock.lock()
        defer { lock.unlock() }
        _ = Self.walk(shape, "") { place, key in
            keys[place, default: []].insert(key)
            return true
        }
    }

    /// Visits each key with its place (`notes[].text`) until `visit` says no.
    private static func walk(_ shape: JSONShape, _ place: String, _ visit: (String, String) -> Bool) -> Bool {
        switch shape {
        case .object(let members):
            for m in members {
                if case .null = m.value { continue }
                guard visit(place, m.key), walk(m.value, place + "." + m.key, visit) else { return false }
            }
            return true
        case .array(let items):
            let inner = place + "[]"
            return items.allSatisfy { walk($0, inner, visit) }
        case .null, .scalar:
            return true
        }
    }
}
