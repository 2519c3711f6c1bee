import Foundation
import Testing

/// The module boundaries of the architecture: only the backend imports ncurses, only the
/// command-line module imports ArgumentParser, and the domain imports no other module of ours.
@Suite struct LayeringTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources").path

    func imports(in module: String) throws -> Set<String> {
        let dir = "\(Self.sources)/\(module)"
        var out: Set<String> = []
        for file in try FileManager.default.subpathsOfDirectory(atPath: dir) where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: "\(dir)/\(file)", encoding: .utf8)
            for line in text.split(separator: "\n")
            where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                out.insert(String(line.split(separator: " ").last!))
            }
        }
        return out
    }

    @Test func onlyTheBackendImportsNcurses() throws {
        for module in try FileManager.default.contentsOfDirectory(atPath: Self.sources) where module != "CursesBackend"
        {
            #expect(!(try imports(in: module)).contains("CNcursesw"), "\(module) imports CNcursesw")
        }
    }

    @Test func onlyTheCommandLineImportsArgumentParser() throws {
        for module in try FileManager.default.contentsOfDirectory(atPath: Self.sources) where module != "TillitCLI" {
            #expect(!(try imports(in: module)).contains("ArgumentParser"), "\(module) imports ArgumentParser")
        }
    }

    /// The core and the views work on values only: they never see the file store (as helix-core
    /// does no I/O). What they show comes in as values; what they change goes out as effects.
    @Test func theCoreAndTheViewsDoNotKnowTheStore() throws {
        for module in ["AppCore", "AppUI"] {
            let found = try imports(in: module)
            #expect(!found.contains("TillitStore"), "\(module) imports TillitStore")
            #expect(!found.contains("AppRuntime") && !found.contains("CursesBackend"), "\(module) imports the runtime")
        }
    }

    @Test func theDomainAndStoreStayPure() throws {
        #expect(try imports(in: "TillitDomain").subtracting(["Foundation"]).isEmpty)
        #expect(try imports(in: "TillitStore").subtracting(["Foundation", "TillitDomain"]).isEmpty)
    }
}
