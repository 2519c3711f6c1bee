extension ListMerge {
    /// Measures by id, field by field; figures by school, year, measure and group: a value both
    /// computers changed differently keeps ours and records theirs.
    public static func figures(base: FigureBook?, ours: FigureBook, theirs: FigureBook) -> FigureBook {
        var r = Recorder()
        let measures = ThreeWay.list(
            base: base?.measures ?? [], ours: ours.measures, theirs: theirs.measures, key: \.id
        ) { b, o, t in
            var m = o
            m.sv = r.field("measures/\(o.id)/sv", b?.sv, o.sv, t.sv) { $0 }
            m.en = r.field("measures/\(o.id)/en", b?.en, o.en, t.en) { $0 }
            m.unit = r.field("measures/\(o.id)/unit", b?.unit, o.unit, t.unit) { $0 }
            m.decimals = ThreeWay.pick(b?.decimals, o.decimals, t.decimals).value
            m.higherIsBetter = ThreeWay.pick(b?.higherIsBetter, o.higherIsBetter, t.higherIsBetter).value
            m.source = ThreeWay.pick(b?.source, o.source, t.source).value
            return m
        }
        let figures = ThreeWay.list(
            base: base?.figures ?? [], ours: ours.figures, theirs: theirs.figures, key: \.id
        ) { b, o, t in
            var f = o
            f.value = r.field("figures/\(o.key)", b?.value, o.value, t.value) { v in
                switch v {
                case .number(let n): return String(n)
                case .tooFew: return ".."
                }
            }
            return f
        }
        var out = FigureBook(measures: measures, figures: figures)
        out.conflicts = r.merged(base: base?.conflicts, ours: ours.conflicts, theirs: theirs.conflicts)
        return out
    }
}

extension FigureBook {
    /// The book without the conflict; with `takeOther`, a figure's other value replaces the one
    /// kept (nil when the other value cannot be taken: a measure's field).
    public func resolving(_ c: MergeConflict, takeOther: Bool) -> FigureBook? {
        var out = self
        out.conflicts?.removeAll { $0.id == c.id }
        if out.conflicts?.isEmpty == true { out.conflicts = nil }
        guard takeOther else { return out }
        guard c.place.hasPrefix("figures/"), var f = figure(key: String(c.place.dropFirst("figures/".count))) else {
            return nil
        }
        if c.other == ".." {
            f.value = .tooFew
        } else if let n = Double(c.other) {
            f.value = .number(n)
        } else {
            return nil
        }
        out.set(f)
        return out
    }
}
