import TestSupport
import Testing

@testable import TillitDomain

@Suite struct PersonalDataTests {
    func kinds(_ text: String) -> [PersonalData.Kind] { PersonalData.find(in: text).map(\.kind) }

    @Test(arguments: [
        "811218-9876", "19811218-9876", "8112189876", "198112189876", "811218+9876",
        "701063-2391", "19701063-2391",
    ])
    func validNumbersAreFound(_ number: String) {
        #expect(PersonalData.isValidPersonalNumber(number), "\(number)")
        #expect(kinds("Eleven \(number) har frånvaro") == [.personalNumber])
    }

    @Test(arguments: ["811218-9877", "811318-9876", "811232-9876", "19811218-9870", "20230229-1234", "123456-7890"])
    func invalidNumbersAreNot(_ number: String) {
        #expect(!PersonalData.isValidPersonalNumber(number), "\(number)")
        #expect(!kinds("Nummer \(number) här").contains(.personalNumber))
    }

    @Test func trickyTextIsNotANumber() {
        // Dates, years, percentages and result figures in notes are not personal data.
        #expect(kinds("Mötet 2025-09-18 kl 13.00, 64 procent, läsåret 2025/26, 1234567890123").isEmpty)
    }

    @Test func emailsAndPhonesAreFound() {
        #expect(kinds("Mejla anna.berg@skola.goteborg.se eller ring 070-123 45 67") == [.email, .phone])
        #expect(kinds("Växeln +46 31 365 00 00") == [.phone])
    }

    @Test func redactionReplacesWhatWasFound() {
        let text = "Elev 811218-9876, mejl x@y.se, tel 0701234567."
        #expect(
            PersonalData.redact(text, labels: [.personalNumber: "personnummer", .email: "e-post", .phone: "telefon"])
                == "Elev [personnummer], mejl [e-post], tel [telefon].")
    }
}

@Suite struct PersonalDataHardeningTests {
    let labels: [PersonalData.Kind: String] = [.personalNumber: "personnummer", .email: "e-post", .phone: "telefon"]
    func kinds(_ text: String) -> [PersonalData.Kind] { PersonalData.find(in: text).map(\.kind) }

    /// A personnummer inside an e-mail address is one finding, not two that overlap (which
    /// crashed every format), and the text around it stays.
    @Test(arguments: ["Mejla 811218-9876@skola.se nu", "Mejla 8112189876anna@x.se nu", "811218-9876@skola.se nu"])
    func overlappingFindingsAreOne(_ text: String) {
        let found = PersonalData.find(in: text)
        #expect(found.count == 1)
        let masked = PersonalData.redact(text, labels: labels)
        #expect(masked.hasSuffix(" nu"))
        #expect(!masked.contains("9876"))
        #expect(PersonalData.find(in: masked).isEmpty)
    }

    @Test(arguments: [
        "08-123 456 78", "+46 8 123 456 78", "(08) 123 456 78", "+46 (0)70-123 45 67", "0771-123 456",
        "0046 70 123 45 67", "070-123 45 67", "+46701234567", "031-12 34 56",
    ])
    func swedishPhoneNumbersAreFound(_ number: String) {
        let text = "Ring \(number) i dag"
        #expect(kinds(text) == [.phone], "\(number)")
        #expect(PersonalData.redact(text, labels: labels) == "Ring [telefon] i dag", "\(number)")
    }

    @Test(arguments: [
        "811218\u{2013}9876", "811218\u{00A0}9876", "elev-811218-9876", "19811218\u{2013}9876",
        "19811218 9876", "811218\u{2014}9876", "811218 9876",
    ])
    func personalNumbersWrittenOtherwiseAreFound(_ number: String) {
        #expect(kinds("Nummer \(number) här") == [.personalNumber], "\(number)")
    }

    @Test(arguments: ["01234567", "20251014 1035", "kl. 08.30-10.00", "2025-10-14", "rum 1234", "år 2025/26"])
    func thingsThatAreNotPersonalData(_ text: String) {
        #expect(kinds("Se \(text) nu").isEmpty, "\(text)")
    }

    /// An invisible space inside a number is kept out at the door, so the number is found.
    @Test func invisibleSpacesCannotHideANumber() {
        let stored = ControlCharacters.clean("Elev 811218\u{200B}-9876 och o\u{200B}lle@skola.se", multiline: true)
        #expect(PersonalData.find(in: stored).map(\.kind) == [.personalNumber, .email])
        #expect(PersonalData.redact(stored, labels: labels) == "Elev [personnummer] och [e-post]")
    }

    /// Random text of digits, separators, @, letters and emoji never crashes the search or the
    /// masking, and what is masked never holds a finding.
    @Test(arguments: 0..<4)
    func randomTextNeverCrashesAndMaskingLeavesNothing(_ seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed + 1) &* 0x9E37_79B9_7F4A_7C15)
        let pieces = [
            "0", "1", "2", "7", "8", "9", "46", "811218", "9876", "-", "+", " ", "\u{A0}", "\u{2013}", "@", ".",
            "se", "anna", "å", "(", ")", "0)", "🙂", "👨‍👩‍👧", "\n", "x", "070", "19", "20",
        ]
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<Int.random(in: 1...40, using: &rng) { text += pieces.randomElement(using: &rng)! }
            let found = PersonalData.find(in: text)
            for (a, b) in zip(found, found.dropFirst()) { #expect(a.range.upperBound <= b.range.lowerBound, "\(text)") }
            let masked = PersonalData.redact(text, labels: labels)
            #expect(PersonalData.find(in: masked).isEmpty, "\(text) → \(masked)")
        }
    }
}

/// The quick look before the patterns never passes over a text they find something in.
@Suite struct PersonalDataPrefilterTests {
    @Test func nothingFoundIsMissed() {
        var rng = SplitMix64(seed: 2_026)
        let pieces = [
            "0", "1", "4", "7", "8", "9", "19", "811218", " ", "-", "+", "(", ")", "/", "\u{a0}", "–", "\u{2011}", "a",
            "å",
            ".", ",", "\n", "@", "x.se", "+46", "070", "(0)", "kl ", "\r\n", "\u{301}", "1\u{20E3}",
        ]
        var found = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...14, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
                .joined()
            let matches = PersonalData.matches(in: text)
            found += matches.isEmpty ? 0 : 1
            if !PersonalData.mayHoldAny(text) { #expect(matches.isEmpty, "\(text.debugDescription)") }
            // The editor asks the same of its graphemes.
            #expect(PersonalData.mayHoldAny(Array(text)[...]) == PersonalData.mayHoldAny(text))
        }
        #expect(found > 100)
        #expect(!PersonalData.mayHoldAny("Läsförståelsen har ökat i årskurs 4 och 5, 6 och 7 av 8 klasser."))
        #expect(PersonalData.mayHoldAny("ring 070-123 45 67"))
    }
}
