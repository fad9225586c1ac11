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
