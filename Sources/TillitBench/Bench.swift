import Foundation

/// Timings of one measurement: milliseconds per run.
struct Stats: Encodable {
    var name: String
    var runs: Int
    var median: Double
    var p99: Double
    var p999: Double
    var max: Double
    var target: String

    init(_ name: String, _ samples: [Double], target: String) {
        let s = samples.sorted()
        func q(_ p: Double) -> Double {
            s.isEmpty ? 0 : s[min(s.count - 1, Int((Double(s.count) * p).rounded(.up)) - 1)]
        }
        self.name = name
        runs = s.count
        median = q(0.5)
        p99 = q(0.99)
        p999 = q(0.999)
        max = s.last ?? 0
        self.target = target
    }
}

enum Clock {
    static func ms(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    static func measure(_ name: String, runs: Int, target: String, _ body: () throws -> Void) rethrows -> Stats {
        var samples: [Double] = []
        for _ in 0..<runs { samples.append(try ms(body)) }
        return Stats(name, samples, target: target)
    }

    /// Reads every file under `root` once, so that it is in the page cache.
    static func readAll(_ root: String) {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while let relative = walker.nextObject() as? String {
            let fd = open("\(root)/\(relative)", O_RDONLY)
            if fd < 0 { continue }
            while read(fd, &buffer, buffer.count) > 0 {}
            close(fd)
        }
    }

    /// Peak resident memory of this process in MB.
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
