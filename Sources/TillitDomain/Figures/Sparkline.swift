/// A series drawn as one line of block characters (▁▂▃▄▅▆▇█): the shape reads without colour.
/// The scale spans the series but never less than a twenty-fifth of its size, so that 84 to 85 per
/// cent does not look like a leap. A year without a number is a dot.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func draw(_ values: [Double?]) -> String {
        let numbers = values.compactMap { $0 }
        guard var low = numbers.min(), var high = numbers.max() else {
            return String(repeating: "·", count: values.count)
        }
        let least = max(abs(low), abs(high)) * 0.04
        if high - low < least {
            let middle = (high + low) / 2
            (low, high) = (middle - least / 2, middle + least / 2)
        }
        return String(
            values.map { v -> Character in
                guard let v else { return "·" }
                if high == low { return blocks[3] }
                let step = Int(((v - low) / (high - low) * Double(blocks.count - 1)).rounded())
                return blocks[min(blocks.count - 1, max(0, step))]
            })
    }
}
