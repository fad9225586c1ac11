@testable import ConcordKit
import XCTest

/// The engines read their words from the lexicons they are given: changing a word
/// list changes what the engine does, with no code change. (Issue 8, item 4.)
final class LanguageDataTests: XCTestCase {
    static let anchor = CalendarDate(year: 2026, month: 1, day: 16)!

    func texts(_ text: String, _ tagger: TemporalTagger) -> [String] {
        let s = Array(text.unicodeScalars)
        return tagger.tag(scalars: s, published: Self.anchor, corpusAnchor: nil).map { t in
            String(String.UnicodeScalarView(s[t.span.start..<t.span.end]))
        }
    }

    func testAgeWordsComeFromTheLexicon() {
        let sentence = "The bridge is five years old now."
        XCTAssertFalse(texts(sentence, TemporalTagger.shared).contains("five years"),
                       "an age is no duration with the English age words")
        var lexicon = TimeLexicon.english
        lexicon.context.ageWords = []
        XCTAssertTrue(texts(sentence, TemporalTagger(lexicon: lexicon)).contains("five years"),
                      "without age words the same phrase is a duration")
    }

    func testNumberGrammarComesFromTheLexicon() {
        let sentence = "It was built in two thousand and five by the city."
        XCTAssertTrue(texts(sentence, TemporalTagger.shared).contains("two thousand and five"))
        var lexicon = TimeLexicon.english
        lexicon.context.numberConjunction = "und"
        XCTAssertFalse(texts(sentence, TemporalTagger(lexicon: lexicon)).contains("two thousand and five"),
                       "the conjunction of spelled numbers is the lexicon's word")
    }

    /// A previous-word class (`@afterX` in a rule) is whatever the given lexicon
    /// defines, not the English lexicon's list.
    func testPreviousWordClassesComeFromTheLexicon() {
        var lexicon = TimeLexicon.english
        lexicon.precededBy["afterzorp"] = ["zorp"]
        let rules = [TimexRule("year-after-zorp", "@afterzorp @year", .date, "{year}")]
        let found = texts("We met zorp 1990 and 1991 there.", TemporalTagger(lexicon: lexicon, rules: rules))
        XCTAssertEqual(found, ["1990"], "the class tests the word before, as the lexicon lists it")
        XCTAssertTrue(texts("We met zorp 1990 there.", TemporalTagger(lexicon: .english, rules: rules)).isEmpty,
                      "a class the lexicon does not define matches nothing")
    }

    func testTokenTypesFollowTheLexicon() {
        // "tmr" is no trigger of its own; once the lexicon calls it a day word it is found.
        var lexicon = TimeLexicon.english
        let sentence = "We fly on zorday to the capital."
        XCTAssertTrue(texts(sentence, TemporalTagger(lexicon: lexicon)).isEmpty)
        lexicon.weekdays["zorday"] = 5
        XCTAssertEqual(texts(sentence, TemporalTagger(lexicon: lexicon)), ["zorday"])
    }

    func testInflectionRulesAreData() {
        XCTAssertTrue(TermText.computeBaseForms("planned").contains("plan"), "undoubled stem")
        XCTAssertTrue(TermText.computeBaseForms("called").contains("call"), "l stays doubled")
        XCTAssertFalse(TermText.computeBaseForms("called").contains("cal"))
        XCTAssertTrue(TermText.computeBaseForms("agreed").contains("agree"))
        var morphology = MorphologyLexicon.english
        morphology.suffixRules = [.init(suffix: "en", longerThan: 3, unless: nil, replacements: [""], undouble: false)]
        XCTAssertEqual(TermText.computeBaseForms("golden", morphology: morphology), ["golden", "gold"])
        XCTAssertEqual(TermText.computeBaseForms("planned", morphology: morphology), ["planned"])
    }
}

/// Rules' values are read once into a typed form (issue 8, item 3).
final class UnderspecifiedValueTests: XCTestCase {
    func read(_ raw: String) -> UnderspecifiedValue? { FilledTemplate(raw, lexicon: .english)?.value }

    /// Every rule's template, filled as a match would fill it, reads as a typed
    /// form with its arguments, or as a TIMEX3 value.
    func testEveryRuleTemplateReads() {
        let plausible: [String: String] = ["month": "03", "monthbare": "03", "day": "09", "year": "2025", "weekday": "5",
                                           "shift": "-1", "unit": "Y", "num": "3", "ord": "2", "season": "SU",
                                           "pod": "MO", "podset": "nights", "rel": "yesterday", "podshift": "tomorrow",
                                           "decade": "1990", "clock": "1030", "hour": "9", "ampm": "pm", "noon": "noon",
                                           "we": "last", "holiday": "F:12-25", "adverb": "daily", "ana": "following",
                                           "anaunit": "year", "dir": "after", "base": "tomorrow", "mm": "03", "dd": "09"]
        for rule in TimexRule.english {
            var filled = rule.value
            while let open = filled.firstIndex(of: "{"), let close = filled[open...].firstIndex(of: "}") {
                let name = String(filled[filled.index(after: open)..<close])
                filled.replaceSubrange(open...close, with: plausible[name] ?? "1")
            }
            // (an hour template writes "{hour}00": two digits are the clock's)
            filled = filled.replacingOccurrences(of: "TIME:900", with: "TIME:0900")
            guard let v = read(filled) else {
                XCTFail("rule \(rule.id): \(rule.value) filled as \(filled) does not read")
                continue
            }
            if case .literal = v { continue }
            XCTAssertEqual(UnderspecifiedValue.Form(head: filled.split(separator: ":").first ?? ""), v.form, rule.id)
        }
    }

    func testFormsAndTheirArguments() {
        XCTAssertEqual(read("Y?-01-16"), .monthDay(month: 1, day: 16))
        XCTAssertEqual(read("Y?-13-16"), nil, "no month 13")
        XCTAssertEqual(read("WD:5:-1"), .weekday(5, shift: -1))
        XCTAssertEqual(read("WD:8"), nil, "no eighth weekday")
        XCTAssertEqual(read("ANA:year:following"), .anaphoric(.year, shift: 1), "lexicon words read as unit and shift")
        XCTAssertEqual(read("ANA:D:+2"), .anaphoric(.day, shift: 2))
        XCTAssertEqual(read("DUR:X:DE"), .duration(.unknown, .decade))
        XCTAssertEqual(read("DUR:1.5:Y"), .duration(.number(1.5), .year))
        XCTAssertEqual(read("TIME:0230:pm"), .clock(hour: 14, minute: 30))
        XCTAssertEqual(read("TIME:1275:pm"), nil, "no minute 75")
        XCTAssertEqual(read("POD:NI:yesterday"), .partOfDay(.part(.night), dayShift: -1))
        XCTAssertEqual(read("SEA:SU:T"), .season(.summer, shift: nil))
        XCTAssertEqual(read("WKN:L:08:Y?"), .nthWeekOfMonth(nil, month: 8, year: nil, weekday: nil))
        XCTAssertEqual(read("WKN:4:11:2026:4"), .nthWeekOfMonth(4, month: 11, year: 2026, weekday: 4))
        XCTAssertNil(read("WKN:5:11:2026"))
        XCTAssertNil(read("WKN:1:11:2026:8"))
        XCTAssertEqual(read("WKN:L:06:Y?:WE"), .nthWeekOfMonth(nil, month: 6, year: nil, weekday: 8), "a weekend")
        XCTAssertEqual(TimexResolver.nthWeekOfMonth(nil, month: 6, year: 2026, weekday: 8)?.description, "2026-W26-WE")
        XCTAssertEqual(read("WKN:L:THIS:Y?:D"), .nthWeekOfMonth(nil, month: 0, year: nil, weekday: 0), "any day")
        XCTAssertNil(read("WKN:32:03:Y?:D"))
        XCTAssertEqual(TimexResolver.nthWeekOfMonth(nil, month: 2, year: 2024, weekday: 0)?.description, "2024-02-29")
        XCTAssertNil(TimexResolver.nthWeekOfMonth(31, month: 4, year: 2024, weekday: 0), "April has no 31st")
        XCTAssertEqual(read("WKOF:2026-02-30"), nil, "no 30 February")
        XCTAssertEqual(read("2026-01-16"), .literal(.day(CalendarDate(year: 2026, month: 1, day: 16)!)))
        XCTAssertEqual(read("PRESENT_REF"), .literal(.reference(.present)))
        XCTAssertNil(read("NOTAFORM:1"), "an unknown head is a literal, and this is no TIMEX3 value")
    }

    func testWhatFormsImply() {
        XCTAssertTrue(read("REL:Y:-1")?.isDeictic ?? false, "last year counts from the time of writing")
        XCTAssertFalse(read("WD:5")?.isDeictic ?? true, "a bare Friday does not")
        XCTAssertTrue(read("WD:5:-1")?.isDeictic ?? false, "last Friday does")
        XCTAssertTrue(FilledTemplate("ANA:Y:+1", lexicon: .english)?.followsNarrative(dayContext: false) ?? false)
        XCTAssertTrue(FilledTemplate("POD:MO:the", lexicon: .english)?.followsNarrative(dayContext: false) ?? false)
        XCTAssertFalse(FilledTemplate("POD:MO:this", lexicon: .english)?.followsNarrative(dayContext: false) ?? true)
        XCTAssertFalse(read("DUR:3:Y")?.form.needsAnchor ?? true)
        let a = CalendarDate(year: 2026, month: 1, day: 16)!
        XCTAssertEqual(TimexResolver.resolve("WE:last", anchor: a, narrative: nil, tense: .past, captures: [:])?.value.description, "2026-W02-WE")
        XCTAssertEqual(TimexResolver.resolve("ANA:year:following", anchor: a, narrative: nil, tense: .past, captures: [:])?.value.description, "2027")
        XCTAssertEqual(TimexResolver.resolve("WD:5", anchor: nil, narrative: nil, tense: .past, captures: [:])?.value.description, "XXXX-WXX-5")
        XCTAssertEqual(TimexResolver.resolve("ANA:year:following", anchor: nil, narrative: nil, tense: .past, captures: [:])?.value.description,
                       "XXXX", "with no anchor, a year left open")
    }
}
