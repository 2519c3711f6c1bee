import Testing

@testable import TillitDomain

@Suite struct LanguageTests {
    @Test func everyMessageExistsInBothLanguages() {
        let sv = Localizer.catalog(.sv)
        let en = Localizer.catalog(.en)
        for key in M.allCases.map(\.rawValue) + Localizer.computedKeys {
            #expect(!(sv[key] ?? "").isEmpty, "missing in Swedish: \(key)")
            #expect(!(en[key] ?? "").isEmpty, "missing in English: \(key)")
        }
        #expect(Set(sv.keys) == Set(en.keys))
    }

    @Test func placeholdersAgreeBetweenLanguages() {
        let sv = Localizer.catalog(.sv)
        let en = Localizer.catalog(.en)
        func placeholders(_ s: String) -> Set<String> {
            var out: Set<String> = []
            var rest = Substring(s)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                out.insert(String(rest[open...close]))
                rest = rest[rest.index(after: close)...]
            }
            return out
        }
        for (key, text) in en {
            #expect(placeholders(text) == placeholders(sv[key] ?? ""), "placeholders differ for \(key)")
        }
    }

    @Test func languageComesFromFlagThenTillitLangThenLocale() {
        #expect(Language.resolve(flag: "sv", environment: ["LANG": "en_US.UTF-8"]) == .sv)
        #expect(Language.resolve(flag: nil, environment: ["TILLIT_LANG": "sv", "LANG": "en_US"]) == .sv)
        #expect(Language.resolve(flag: nil, environment: ["LC_ALL": "sv_SE.UTF-8", "LANG": "en_US"]) == .sv)
        #expect(Language.resolve(flag: nil, environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "sv_SE"]) == .en)
        #expect(Language.resolve(flag: nil, environment: ["LC_MESSAGES": "sv_FI.UTF-8"]) == .sv)
        #expect(Language.resolve(flag: nil, environment: ["LANG": "C.UTF-8"]) == .en)
        #expect(Language.resolve(flag: nil, environment: [:]) == .en)
    }

    /// Someone named on the spot has no role: only the name shows, never "Sven Svensson ()".
    @Test func aParticipantWithoutARoleIsTheirName() {
        let t = Localizer(.sv)
        #expect(t.participant(Participant(name: "Sven Svensson", role: .other(""))) == "Sven Svensson")
        #expect(
            t.participants([
                Participant(name: "Else-Marie Hallqvist", role: .principal), Participant(name: "Bo", role: .other(" ")),
            ]) == "Else-Marie Hallqvist (rektor), Bo")
        #expect(Localizer(.en).at("30 November 2026", TimeOfDay(hour: 9, minute: 0)) == "30 November 2026 at 9:00")
        #expect(t.at("30 november 2026", TimeOfDay(hour: 9, minute: 0)) == "30 november 2026 kl.\u{a0}9.00")
    }

    @Test func fillsPlaceholdersAndNamesThings() {
        let sv = Localizer(.sv)
        #expect(
            sv(.schoolAdded, ["name": "Hagenskolan", "id": "hagenskolan", "area": "Väster"])
                == "La till Hagenskolan (hagenskolan) i Väster.")
        #expect(sv.section(.strengths) == "Styrkor och framgångsfaktorer")
        #expect(sv.week(ISOWeek(year: 2025, week: 38)!) == "v.\u{a0}38")  // never broken across lines
        #expect(sv.longDate(LocalDate(iso: "2025-05-13")!) == "13 maj 2025")
        #expect(Localizer(.en).role(.other("Specialpedagog")) == "Specialpedagog")
    }
}

@Suite struct PluralTests {
    /// "1 problems", "1 dialoger hållna": every message that counts has its singular form, in
    /// both languages, and the singular form never says the count is more than one.
    @Test func everyCountedMessageHasASingularForm() {
        for language in [Language.sv, .en] {
            let catalog = Localizer.catalog(language)
            for (key, text) in catalog where text.contains("{count}") && !key.hasSuffix(Localizer.singularSuffix) {
                #expect(catalog[key + Localizer.singularSuffix] != nil, "no singular form of \(key) in \(language)")
            }
            for key in catalog.keys where key.hasSuffix(Localizer.singularSuffix) {
                #expect(
                    catalog[String(key.dropLast(Localizer.singularSuffix.count))] != nil,
                    "a singular form alone: \(key)")
            }
        }
    }

    @Test func theSingularFormIsUsedForOne() {
        let sv = Localizer(.sv)
        let en = Localizer(.en)
        #expect(en(.overviewProblems, ["count": "1"]).hasPrefix("1 problem in"))
        #expect(en(.overviewProblems, ["count": "2"]).hasPrefix("2 problems"))
        #expect(sv(.exportRedacted, ["count": "1"]) == "1 personuppgift maskerades.")
        #expect(en(.exportRedacted, ["count": "1"]) == "1 piece of personal data was masked.")
        #expect(en(.exportRedacted, ["count": "3"]) == "3 pieces of personal data were masked.")
    }
}

/// A message looked up by itself gives the text its key gives, singular forms included, in both
/// languages.
@Suite struct MessageTableTests {
    @Test func byMessageAsByKey() {
        for language in Language.allCases {
            let t = Localizer(language)
            for s in DialogueStatus.allCases { #expect(t.status(s) == t.text("status.\(s.rawValue)")) }
            for m in M.allCases {
                #expect(t(m) == t.text(m.rawValue), "\(m)")
                for count in ["1", "2"] {
                    let args: KeyValuePairs<String, String> = ["count": count, "name": "Å", "date": "d", "school": "S"]
                    #expect(t(m, args) == t.text(m.rawValue, args), "\(m) \(count)")
                }
            }
        }
    }
}

/// Place holders are filled in one pass, by bytes: names found, unknown ones and lone braces
/// kept, values with braces not filled again, text around them in any script kept.
@Suite struct FillTests {
    @Test func placeHoldersFilledOnce() {
        let values = ["a": "Å{b}", "b": "x", "skola": "Nytorpsskolan"]
        func fill(_ s: String) -> String { Localizer.fill(s) { values[String($0)] } }
        #expect(fill("") == "")
        #expect(fill("{a}") == "Å{b}")
        #expect(fill("ö {b} – {skola}.") == "ö x – Nytorpsskolan.")
        #expect(fill("{okänd} {b") == "{okänd} {b")
        #expect(fill("{{b}}") == "{x}")
        #expect(fill("}{b}{") == "}x{")
        #expect(fill("学校 {b}😀") == "学校 x😀")
        #expect(fill("{a}{b}{a}") == "Å{b}xÅ{b}")
        #expect(fill("{}") == "{}")
    }

    /// The words for a case, from a table made once, are the catalogue's text of its key.
    @Test func theWordsForACaseAreTheCataloguesText() {
        for language in Language.allCases {
            let t = Localizer(language)
            for s in SectionKind.allCases {
                #expect(t.section(s) == t.text("section.\(s.rawValue)"))
                #expect(t.sectionShort(s) == t.text("sectionShort.\(s.rawValue)"))
            }
            for k in NoteKind.allCases { #expect(t.noteKind(k) == t.text("noteKind.\(k.rawValue)")) }
            for l in DialogueLevel.allCases { #expect(t.level(l) == t.text("level.\(l.rawValue)")) }
            for s in DialogueStatus.allCases { #expect(t.status(s) == t.text("status.\(s.rawValue)")) }
            for s in ActionStatus.allCases { #expect(t.actionStatus(s) == t.text("actionStatus.\(s.rawValue)")) }
            for k in WheelEventKind.allCases { #expect(t.eventKind(k) == t.text("eventKind.\(k.rawValue)")) }
        }
        #expect(Localizer(.sv).section(.strengths) == "Styrkor och framgångsfaktorer")
        #expect(Localizer(.en).status(.live) == "live")
    }

    /// Messages are found by their place among all messages, read from the enum's tag.
    @Test func everyMessageIsFoundByItsPlace() {
        for (place, m) in M.allCases.enumerated() { #expect(m.ordinal == place, "\(m)") }
        #expect(M.allCases.count > 256)  // the tag is two bytes: both are read
    }
}
