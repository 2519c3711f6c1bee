import AppCore
import AppUI
import Foundation
import TUIKit
import Testing
import TillitDomain

/// Every form and overlay, in both languages, at the smallest screen, a common one and a large
/// one: no label, hint or text ever crosses the box's border.
@Suite struct OverlayBorderTests {
    static let sizes = [
        Size(width: 44, height: 14), Size(width: 80, height: 24), Size(width: 120, height: 40),
        Size(width: 140, height: 45),
    ]

    /// The ways to each overlay, as keys pressed from the start (after an optional action).
    static let overlays: [(String, @Sendable (inout Driver) -> Void)] = [
        ("help", { $0.keys("?") }),
        ("add school", { $0.keys("a") }),
        ("edit school", { $0.keys("e") }),
        ("archive school", { $0.keys("d") }),
        ("add event", { $0.keys("1a") }),
        ("plan dialogue", { $0.keys("p") }),
        ("browse", { $0.keys("b") }),
        (
            "setup",
            { d in
                LiveDialogueTests().openPlannedIn(&d)
                d.keys("s")
                d.send(.startPrepared(previous: Fixtures.dialogue(Fixtures.nytorp2025)))
            }
        ),
        (
            "review action",
            { d in
                LiveDialogueTests().openPlannedIn(&d)
                d.keys("s")
                d.send(.startPrepared(previous: Fixtures.dialogue(Fixtures.nytorp2025)))
                d.keys("<Enter>")
            }
        ),
        (
            "add action",
            { d in
                LiveDialogueTests().openPlannedIn(&d)
                LiveDialogueTests.start(&d)
                d.keys("A")
            }
        ),
        (
            "close dialogue",
            { d in
                LiveDialogueTests().openPlannedIn(&d)
                LiveDialogueTests.start(&d)
                d.keys("C")
            }
        ),
        (
            "prompts",
            { d in
                LiveDialogueTests().openPlannedIn(&d)
                LiveDialogueTests.start(&d)
                d.keys("p")
            }
        ),
        (
            "export",
            { d in
                LiveDialogueTests().openPlannedIn(&d)
                d.keys("x")
            }
        ),
        ("search", { $0.keys("jjjj<Enter>/läsförståelse i årskurs fyra och sex") }),
        (
            "report",
            { d in
                d.keys("R")
                d.send(
                    .reportLoaded(
                        d.state.wheel.year,
                        [.heading(1, "Kvalitetsrapport"), .paragraph(String(repeating: "Långa ord ", count: 80))]))
            }
        ),
        (
            "compare",
            { d in
                LiveDialogueTests().openPlannedIn(&d)
                d.send(.comparisonLoaded(Fixtures.dialogue(Fixtures.nytorp2025)))
            }
        ),
        (
            "strengths first",
            { d in
                LiveDialogueTests().openPlannedIn(&d)
                LiveDialogueTests.start(&d)
                d.keys("]")
            }
        ),
        (
            "unsaved on quitting",
            { d in
                d.send(
                    .unsaved(
                        UnsavedChanges(
                            count: 3,
                            trouble: FileError(
                                .write, path: "/hem/anna/.local/share/tillit/journal/7c2e9b41.jsonl",
                                code: ENOSPC))))
                d.keys("q")
            }
        ),
    ]

    /// The places where a box's edge was overwritten, if any.
    static func crossings(_ screen: Screen) -> [String] {
        var out: [String] = []
        for y in 0..<screen.height {
            for x in 0..<screen.width where screen[x, y].char == "╭" && screen[x, y].role == .overlayBorder {
                guard let right = (x + 1..<screen.width).first(where: { screen[$0, y].char == "╮" }),
                    let bottom = (y + 1..<screen.height).first(where: { screen[x, $0].char != "│" })
                else { continue }
                if screen[x, bottom].char != "╰" {
                    out.append("left edge broken at (\(x), \(bottom)): \(screen[x, bottom].char)")
                }
                for row in y + 1..<bottom
                where screen[right, row].char != "│" || screen[right, row].role != .overlayBorder {
                    out.append("right edge broken at (\(right), \(row)): \(screen[right, row].char)")
                }
                if screen[right, bottom].char != "╯" {
                    out.append("bottom right corner broken at (\(right), \(bottom))")
                }
            }
        }
        return out
    }

    @Test(arguments: [Language.sv, .en])
    func noTextCrossesABoxsBorder(_ language: Language) {
        for size in Self.sizes {
            for (name, open) in Self.overlays {
                var d = Driver(Fixtures.state(size, language: language))
                open(&d)
                #expect(d.state.overlay != nil, "\(name) did not open at \(size.width)×\(size.height)")
                let screen = AppView.render(d.state).screen
                let broken = Self.crossings(screen)
                #expect(
                    broken.isEmpty,
                    """
                    \(name), \(language), \(size.width)×\(size.height): \
                    \(broken.prefix(3))\n\(screen.textLines().joined(separator: "\n"))
                    """
                )
            }
        }
    }
}

extension LiveDialogueTests {
    /// The planned dialogue with Nytorpsskolan, open in the notebook of `d`.
    func openPlannedIn(_ d: inout Driver) {
        d.keys("2jjjj<Enter><Enter>")
        d.send(.dialogueLoaded(Fixtures.dialogue(Fixtures.nytorpPlanned)))
    }
}
