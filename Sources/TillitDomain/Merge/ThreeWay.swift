/// Three-way merging of values: what one side changed from the common base is taken; what both
/// changed alike is taken; what both changed differently is a conflict, settled for `ours` and
/// reported so that the other value is kept where a person will see it.
public enum ThreeWay {
    /// The merged value, and whether both sides changed it differently.
    public static func pick<T: Equatable>(_ base: T?, _ ours: T, _ theirs: T) -> (value: T, conflict: Bool) {
        if ours == theirs { return (ours, false) }
        if let base {
            if base == ours { return (theirs, false) }
            if base == theirs { return (ours, false) }
        }
        return (ours, true)
    }

    /// Lists of things with a key merged thing by thing: both sides' new ones are kept (ours in
    /// our order, then theirs in theirs); one deleted on one side goes unless the other side
    /// changed it (then it stays: nothing said is lost); one on both sides is `merge`d.
    public static func list<T: Equatable, K: Hashable>(
        base: [T], ours: [T], theirs: [T], key: (T) -> K, merge: (T?, T, T) -> T
    ) -> [T] {
        let baseByKey = Dictionary(base.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let theirsByKey = Dictionary(theirs.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let oursKeys = Set(ours.map(key))
        var out: [T] = []
        var done: Set<K> = []
        for o in ours {
            let k = key(o)
            guard done.insert(k).inserted else { continue }
            if let t = theirsByKey[k] {
                out.append(merge(baseByKey[k], o, t))
            } else if let b = baseByKey[k], b == o {
                continue  // deleted on their side, unchanged on ours
            } else {
                out.append(o)
            }
        }
        for t in theirs {
            let k = key(t)
            guard !oursKeys.contains(k), done.insert(k).inserted else { continue }
            if let b = baseByKey[k], b == t { continue }  // deleted on our side, unchanged on theirs
            out.append(t)
        }
        return out
    }
}
