import AppCore
import AppUI
import Foundation
import TUIKit
import TestSupport
import Testing
import TillitDomain

/// Every pane and overlay as text and style roles, at three sizes, in Swedish and English.
/// Record anew with `TILLIT_RECORD=1 swift test --filter SnapshotTests` and read the diff.
@Suite struct SnapshotTests {
    enum Scenario: String, CaseIterable {
        case schools, wheel, notebookList, dialogue, help, confirm, form, filter, live, questions, figures
    }

    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 50, height: 16)]

    static func state(_ scenario: Scenario, _ size: Size, _ language: Language) -> AppState {
        var d = Driver(Fixtures.state(size, language: language))
        switch scenario {
        case .schools: break
        case .wheel: d.keys("1<Right>")
        case .notebookList:
            d.keys("jjjj<Enter>")
        case .dialogue:
            d.keys("jjjj<Enter>j<Enter>")
            d.send(.dialogueLoaded(Fixtures.dialogue(Fixtures.nytorp2025)))
            d.keys("jjj")
        case .help: d.keys("?")
        case .confirm: d.keys("d")
        case .form:
            d.keys("a")
            d.type("Backaskolan")
            d.keys("<Tab>")
            d.type("Hisingen")
        case .filter:
            d.keys("/")
            d.type("sk")
        case .figures:
            // The live dialogue's results: the school's figures over five years, the fall marked.
            d.keys("jjjj<Enter><Enter>")
            d.send(.dialogueLoaded(Fixtures.dialogue(Fixtures.nytorpPlanned)))
            d.send(.tick(Date(timeIntervalSince1970: 1_795_000_000)))
            d.keys("s")
            d.send(.startPrepared(previous: nil))
            d.keys("<Enter>a")
            d.type("Rektorn leder analysarbetet")
            d.keys("<Enter>]")
        case .live, .questions:
            d.keys("jjjj<Enter><Enter>")
            d.send(.dialogueLoaded(Fixtures.dialogue(Fixtures.nytorpPlanned)))
            d.send(.tick(Date(timeIntervalSince1970: 1_795_000_000)))
            d.keys("s")
            d.send(.startPrepared(previous: nil))
            d.keys("<Enter>a")
            d.type("Rektorn leder analysarbetet tillsammans med förstelärarna #ledarskap")
            d.keys("<Enter>a")
            d.type("Läsförståelsen har ökat i årskurs 4 🙂")
            if scenario == .questions { d.keys("<Esc>p") }
        }
        return d.state
    }

    static var cases: [(Scenario, Size, Language)] {
        Scenario.allCases.flatMap { s in sizes.flatMap { size in Language.allCases.map { (s, size, $0) } } }
    }

    @Test(arguments: cases)
    func screen(_ scenario: Scenario, _ size: Size, _ language: Language) {
        let frame = AppView.render(Self.state(scenario, size, language))
        let name = "\(scenario.rawValue)-\(size.width)x\(size.height)-\(language.rawValue)"
        let outcome = Snapshot.check(frame.screen, named: name)
        switch outcome {
        case .matched, .recorded: break
        case .missing(let m), .mismatch(let m): Issue.record(Comment(rawValue: m))
        }
    }

    @Test func tooSmallSaysWhatItNeeds() {
        for language in Language.allCases {
            let frame = AppView.render(Fixtures.state(Size(width: 30, height: 10), language: language))
            let outcome = Snapshot.check(frame.screen, named: "tooSmall-30x10-\(language.rawValue)")
            if case .mismatch(let m) = outcome { Issue.record(Comment(rawValue: m)) }
            if case .missing(let m) = outcome { Issue.record(Comment(rawValue: m)) }
            #expect(frame.screen.textLines().joined().contains("44×14"))
        }
    }

    @Test func everySizeDownToOneCellRendersWithoutCrashing() {
        for w in stride(from: 1, through: 130, by: 7) {
            for h in stride(from: 1, through: 45, by: 4) {
                for scenario in Scenario.allCases {
                    let frame = AppView.render(Self.state(scenario, Size(width: w, height: h), .sv))
                    #expect(frame.screen.width == w && frame.screen.height == h)
                }
            }
        }
    }

    @Test func theWheelIsRoundWhenThereIsRoomAndAStripWhenNot() {
        let wide = AppView.render(Self.state(.wheel, Size(width: 120, height: 40), .sv)).screen
        #expect(wide.contains("2026/27"))
        #expect(wide.roleLines().joined().contains("W"))  // the selected month's sector
        let cramped = AppView.render(Self.state(.wheel, Size(width: 50, height: 16), .sv)).screen
        #expect(cramped.contains("aug sep okt nov dec jan") || cramped.contains("aug  sep  okt"))
    }
}

extension Size: CustomTestStringConvertible {
    public var testDescription: String { "\(width)x\(height)" }
}
