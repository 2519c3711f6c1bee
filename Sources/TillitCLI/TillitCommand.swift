import ArgumentParser
public struct TillitCommand: ParsableCommand { public init() {}; public func run() {} }
