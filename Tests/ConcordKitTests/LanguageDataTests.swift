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
    func testEveryRuleTemplateIsATypedFormOrALiteralValue() {
        for rule in TimexRule.english {
            // Fill the captures with a plausible value, as a match would.
            var filled = rule.value
            while let open = filled.firstIndex(of: "{"), let close = filled[open...].firstIndex(of: "}") {
                filled.replaceSubrange(open...close, with: "1")
            }
            let v = UnderspecifiedValue(filled)
            if v.form == .literal {
                // A literal is a TIMEX3 value: a date, a duration, a reference or X-filled.
                let ok = filled.first.map { $0.isNumber || $0 == "P" || $0 == "X" } ?? false || filled.hasSuffix("_REF")
                XCTAssertTrue(ok, "rule \(rule.id): \(rule.value) is neither a known form nor a TIMEX3 value")
            } else {
                XCTAssertEqual(v.parts.first.map { UnderspecifiedValue.Form(head: Substring($0)) }, v.form)
            }
        }
    }

    func testFormsAndTheirReadings() {
        XCTAssertEqual(UnderspecifiedValue("Y?-01-16").form, .monthDay)
        XCTAssertEqual(UnderspecifiedValue("WD:5:-1").form, .weekday)
        XCTAssertEqual(UnderspecifiedValue("WD:5:-1").int(2), -1)
        XCTAssertEqual(UnderspecifiedValue("2026-01-16").form, .literal)
        XCTAssertEqual(UnderspecifiedValue("PRESENT_REF").form, .literal)
        XCTAssertEqual(UnderspecifiedValue("NOTAFORM:1").form, .literal, "an unknown head is no form")
        XCTAssertTrue(UnderspecifiedValue("REL:Y:-1").isDeictic, "last year counts from the time of writing")
        XCTAssertFalse(UnderspecifiedValue("WD:5").isDeictic, "a bare Friday does not")
        XCTAssertTrue(UnderspecifiedValue("WD:5:-1").isDeictic, "last Friday does")
        XCTAssertTrue(UnderspecifiedValue("ANA:Y:+1").followsNarrative(definiteArticle: "the", dayContext: false))
        XCTAssertTrue(UnderspecifiedValue("POD:MO:the").followsNarrative(definiteArticle: "the", dayContext: false))
        XCTAssertFalse(UnderspecifiedValue("POD:MO:this").followsNarrative(definiteArticle: "the", dayContext: false))
        XCTAssertFalse(UnderspecifiedValue("DUR:3:Y").form.needsAnchor)
        let a = CalendarDate(year: 2026, month: 1, day: 16)!
        XCTAssertEqual(TimexResolver.resolve("WE:last", anchor: a, narrative: nil, tense: .past, captures: [:])?.value.description, "2026-W02-WE")
        XCTAssertEqual(TimexResolver.resolve("ANA:year:following", anchor: a, narrative: nil, tense: .past, captures: [:])?.value.description, "2027")
        XCTAssertEqual(TimexResolver.resolve("WD:5", anchor: nil, narrative: nil, tense: .past, captures: [:])?.value.description, "XXXX-WXX-5")
    }
}
