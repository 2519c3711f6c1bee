// swift-tools-version:6.0
import PackageDescription

// Tillit: a terminal program for quality dialogues (kvalitetsdialoger) in Swedish schools.
// Layers: TillitDomain (pure model) <- TillitStore (files) <- TillitCLI (commands) <- tillit.
// Only CursesBackend imports CNcursesw; only TillitCLI imports ArgumentParser.
let package = Package(
    name: "Tillit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tillit", targets: ["tillit"]),
        .executable(name: "tillit-bench", targets: ["tillit-bench"]),
    ],
    dependencies: [
        // The command line: subcommands, help and errors (the one dependency, see README).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "CursesBackend", dependencies: ["CNcursesw", "TUIKit"]),
        // The pure screen: cells, canvas, keys, themes. No ncurses, no knowledge of the app.
        .target(name: "TUIKit"),
        .target(name: "TillitDomain"),
        .target(name: "TillitStore", dependencies: ["TillitDomain"]),
        // Sharing a store through git: the git program driven, the sync, the merge driver.
        .target(name: "TillitShare", dependencies: ["TillitDomain", "TillitStore"]),
        // Exports: Markdown, HTML, text, JSON, DOCX (our own small ZIP writer).
        .target(name: "TillitExport", dependencies: ["TillitDomain"]),
        // The note editor as a value: graphemes, motions, undo, wrapping.
        .target(name: "TextEditor", dependencies: ["TUIKit"]),
        // State, actions, reducers, key tables: pure.
        // The core knows values only (the domain's), never the file store.
        .target(name: "AppCore", dependencies: ["TUIKit", "TextEditor", "TillitDomain", "TillitExport"]),
        // Views: (state, rect) -> cells in a canvas. Pure.
        .target(name: "AppUI", dependencies: ["AppCore", "TUIKit", "TillitDomain", "TillitExport"]),
        // The run loop, effects, themes and config: the impure shell around the core.
        .target(
            name: "AppRuntime",
            dependencies: ["AppCore", "AppUI", "TUIKit", "TillitDomain", "TillitStore", "TillitExport", "TillitShare"]),
        .target(
            name: "TillitCLI",
            dependencies: [
                "TillitDomain", "TillitStore", "TillitExport", "TillitShare", "CursesBackend", "TUIKit", "AppCore",
                "AppUI", "AppRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tillit", dependencies: ["TillitCLI"]),
        // Benchmarks on a generated store: swift run -c release tillit-bench [--small].
        .executableTarget(
            name: "tillit-bench",
            dependencies: [
                "AppCore", "AppUI", "AppRuntime", "TUIKit", "TillitDomain", "TillitStore", "TillitExport",
                "TillitShare", "TestSupport",
            ],
            path: "Sources/TillitBench"
        ),
        // Helpers for tests only: temporary folders, polling, running the real binary.
        .target(
            name: "TestSupport",
            dependencies: ["AppRuntime", "AppCore", "AppUI", "TUIKit", "TillitStore", "TillitDomain", "TillitShare"]),
        .testTarget(name: "TillitDomainTests", dependencies: ["TillitDomain", "TestSupport"]),
        .testTarget(name: "TUIKitTests", dependencies: ["TUIKit", "TestSupport"]),
        .testTarget(name: "TextEditorTests", dependencies: ["TextEditor", "TUIKit", "TestSupport", "TillitDomain"]),
        // The golden files and snapshots are read by path (and rewritten by the tests that make them).
        .testTarget(
            name: "TillitExportTests", dependencies: ["TillitExport", "TillitDomain", "TillitStore", "TestSupport"],
            exclude: ["Golden", "validate.py"]),
        .testTarget(
            name: "AppTests",
            dependencies: ["AppCore", "AppUI", "AppRuntime", "TUIKit", "TillitDomain", "TillitStore", "TestSupport"],
            exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "tillit"]),
        .testTarget(name: "TillitStoreTests", dependencies: ["TillitStore", "TillitDomain", "TestSupport"]),
        .testTarget(
            name: "TillitCLITests",
            dependencies: [
                "TillitCLI", "TillitStore", "TillitDomain", "TillitShare", "TestSupport", "AppCore", "AppRuntime",
                "tillit",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
