import Testing

@testable import TillitDomain

@Suite struct OrganisationTests {
    @Test(arguments: [
        ("F-3", "F-3"), ("4-9", "4-9"), ("F–6", "F-6"), ("f-9", "F-9"), ("åk 4-9", "4-9"),
        ("Fklass-3", "F-3"), ("7", "7"), (" 1 - 6 ", "1-6"),
    ])
    func readsGrades(_ text: String, _ expected: String) {
        #expect(Grades(text: text)?.text == expected)
    }

    @Test(arguments: ["F-12", "9-4", "", "abc", "1-2-3", "10"])
    func rejectsGrades(_ text: String) {
        #expect(Grades(text: text) == nil)
    }

    @Test func slugsAreReadableAndUnique() {
        #expect(Slug.make("Nya Varvets skola") == "nya-varvets-skola")
        #expect(Slug.make("Lövgärdesskolan") == "lovgardesskolan")
        #expect(Slug.make("Emir Kovačević") == "emir-kovacevic")
        #expect(Slug.make("!!!") == "x")
        #expect(Slug.unique("Guldhedsskolan", taken: ["guldhedsskolan", "guldhedsskolan-2"]) == "guldhedsskolan-3")
    }

    @Test func rolesReadSwedishAndEnglishAndKeepFreeText() {
        #expect(ParticipantRole(parsing: "Rektor") == .principal)
        #expect(ParticipantRole(parsing: "biträdande rektor") == .deputyPrincipal)
        #expect(ParticipantRole(parsing: "Skolverket/SPSM") == .nationalAgency)
        #expect(ParticipantRole(parsing: "leadTeacher") == .leadTeacher)
        #expect(ParticipantRole(parsing: "Specialpedagog") == .other("Specialpedagog"))
    }

    @Test func sortsTheSwedishWay() {
        let names = ["Östra skolan", "Ängsskolan", "Åsskolan", "zeta", "Almskolan", "Émileskolan", "Björkskolan"]
        #expect(
            names.sorted(by: SwedishOrder.less)
                == ["Almskolan", "Björkskolan", "Émileskolan", "zeta", "Åsskolan", "Ängsskolan", "Östra skolan"])
    }
}
