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

    /// Runs a program to its end, its output to /dev/null; its exit status and its own peak
    /// resident memory in MB (not that of the processes it runs).
    static func runMeasuringMemory(_ argv: [String], environment: [String: String]) -> (status: Int32, peakMB: Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let args = argv.map { strdup($0) } + [nil]
        let env = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (args + env).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, args, env) == 0 else { return (-1, 0) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        return ((status >> 8) & 0xFF, Double(usage.ru_maxrss) / 1024)
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
