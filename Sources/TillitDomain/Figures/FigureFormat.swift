import Foundation

/// Figures in words as a reader of each language expects them: "211,5" and "82 %" in Swedish,
/// "211.5" and "82%" in English; a masked value is "för få" / "too few", a change has its sign
/// ("+2,5", "−3,0", with a true minus).
public enum FigureFormat {
    /// A number with `decimals` decimals (half away from zero), its sign a true minus. Written
    /// by hand: it runs for every figure of every frame that shows them.
    public static func number(_ v: Double, decimals: Int, _ language: Language) -> String {
        let d = max(0, min(decimals, 4))
        var scale = 1
        for _ in 0..<d { scale *= 10 }
        guard v.isFinite, abs(v) * Double(scale) < 9e15 else { return "–" }
        let units = Int((abs(v) * Double(scale)).rounded())
        var text = units == 0 || v >= 0 ? "" : "−"
        text += String(units / scale)
        if d > 0 {
            let fraction = String(units % scale)
            text += (language == .sv ? "," : ".") + String(repeating: "0", count: d - fraction.count) + fraction
        }
        return text
    }

    /// A value with its measure's unit.
    public static func value(_ value: FigureValue?, _ m: Measure, _ language: Language) -> String {
        switch value {
        case nil: return "–"
        case .tooFew: return language == .sv ? "för få" : "too few"
        case .number(let v): return withUnit(number(v, decimals: m.decimals, language), m, language)
        }
    }

    static func withUnit(_ text: String, _ m: Measure, _ language: Language) -> String {
        if m.unit.isEmpty { return text }
        if m.unit == "%" { return language == .sv ? text + "\u{a0}%" : text + "%" }
        return text + "\u{a0}" + m.unit
    }

    /// A change with its sign, in the measure's decimals ("+13,0", "−2,5"; "±0" for none).
    public static func change(_ delta: Double, _ m: Measure, _ language: Language) -> String {
        let text = number(delta, decimals: m.decimals, language)
        if text.hasPrefix("−") { return text }
        if text.allSatisfy({ $0 == "0" || $0 == "," || $0 == "." }) { return "±" + text }
        return "+" + text
    }
}
