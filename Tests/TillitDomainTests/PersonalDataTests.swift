import Testing
@testable import TillitDomain

@Suite struct PersonalDataTests {
    func kinds(_ text: String) -> [PersonalData.Kind] { PersonalData.find(in: text).map(\.kind) }

    @Test(arguments: ["811218-9876", "19811218-9876", "8112189876", "198112189876", "811218+9876",
                      "701063-2391", "19701063-2391"])
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
        #expect(PersonalData.redact(text, labels: [.personalNumber: "personnummer", .email: "e-post", .phone: "telefon"])
            == "Elev [personnummer], mejl [e-post], tel [telefon].")
    }
}
