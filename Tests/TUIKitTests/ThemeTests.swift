import Foundation
import Testing

@testable import TUIKit

@Suite struct ThemeTests {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes").path

    @Test func shippedThemeFilesAreTheBuiltInOnesAndComplete() throws {
        for name in BuiltinThemes.names {
            let file = try String(contentsOfFile: "\(Self.themesFolder)/\(name).theme", encoding: .utf8)
            #expect(
                file.trimmingCharacters(in: .newlines) == BuiltinThemes.text(name)?.trimmingCharacters(in: .newlines),
                "themes/\(name).theme differs from the built-in copy")
            let theme = try Theme.parse(file, file: "\(name).theme", base: nil).get()
            #expect(Set(theme.styles.keys) == Set(Role.allCases), "\(name) does not style every role")
            #expect(theme.name == name)
        }
    }

    @Test func parsesColoursAndAttributes() throws {
        let theme = try Theme.parse(
            "# comment\nborder.focused = #87afd7 on 236 bold underline # why\ntext = bright-white\n",
            file: "t.theme", base: nil
        ).get()
        #expect(
            theme.style(.borderFocused)
                == TextStyle(
                    foreground: .rgb(0x87, 0xAF, 0xD7), background: .indexed(236),
                    bold: true, underline: true))
        #expect(theme.style(.text).foreground == .indexed(15))
    }

    @Test func badThemesNameTheLineAndTheProblem() {
        func error(_ text: String) -> Theme.ParseError? {
            if case .failure(let e) = Theme.parse(text, file: "bad.theme", base: nil) { return e }
            return nil
        }
        #expect(
            error("text = default\nborder = blurple\n")
                == Theme.ParseError(file: "bad.theme", line: 2, kind: .unknownWord("blurple")))
        #expect(error("frame = red\n")?.kind == .unknownRole("frame"))
        #expect(error("text red\n")?.kind == .notAnAssignment("text red"))
        #expect(error("text = red on\n")?.kind == .missingBackground)
        #expect(error("text = red on #12345\n")?.kind == .unknownWord("#12345"))
    }

    @Test func rolesHaveUniqueLettersAndThemeKeys() {
        #expect(Set(Role.allCases.map(\.letter)).count == Role.allCases.count)
        #expect(Role.borderFocused.themeKey == "border.focused")
        #expect(Role.wheelPhase1.themeKey == "wheel.phase.1")
    }

    @Test func coloursMapDownToWhatTheTerminalHas() {
        #expect(ColorDepth(colors: 256, noColor: true) == .none)
        #expect(ColorDepth(colors: 2, noColor: false) == .none)
        #expect(ColorDepth(colors: 16, noColor: false) == .sixteen)
        #expect(ColorDepth.none.index(for: .indexed(3)) == nil)
        #expect(ColorDepth.indexed256.index(for: .rgb(0x87, 0xAF, 0xD7)) == 110)
        #expect(ColorDepth.indexed256.index(for: .terminalDefault) == -1)
        #expect(ColorDepth.sixteen.index(for: .rgb(250, 10, 10)) == 9)
        #expect(ColorDepth.sixteen.index(for: .indexed(196)) == 9)
        #expect(ColorDepth.sixteen.index(for: .indexed(4)) == 4)
    }
}
