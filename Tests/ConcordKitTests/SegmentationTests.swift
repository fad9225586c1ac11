@testable import ConcordKit
import XCTest

final class SentenceSplittingTests: XCTestCase {
    func testSplitsPlainSentences() {
        XCTAssertEqual(Fixtures.sentences("The talks began. They ended late! Why? Nobody knows."),
                       ["The talks began.", "They ended late!", "Why?", "Nobody knows."])
    }

    func testDottedAcronymMidSentenceDoesNotSplit() {
        XCTAssertEqual(Fixtures.sentences("Japan, a key U.S. ally, has been seeking partners. It said so."),
                       ["Japan, a key U.S. ally, has been seeking partners.", "It said so."])
    }

    func testAcronymAtSentenceEndSplitsBeforeOpener() {
        XCTAssertEqual(Fixtures.sentences("The deal was with Eni S.p.A. The firm will act as supplier."),
                       ["The deal was with Eni S.p.A.", "The firm will act as supplier."])
        XCTAssertEqual(Fixtures.sentences("He moved to the U.S. The move was quick."),
                       ["He moved to the U.S.", "The move was quick."])
    }

    func testMonthAbbreviationBeforeNumber() {
        XCTAssertEqual(Fixtures.sentences("They met in Tokyo, Jan. 16. Talks went well."),
                       ["They met in Tokyo, Jan. 16.", "Talks went well."])
    }

    func testStateAbbreviationAndTitles() {
        XCTAssertEqual(Fixtures.sentences("He lives in Springfield, Mo. Authorities there spoke to Dr. Smith and Mr. Jones."),
                       ["He lives in Springfield, Mo. Authorities there spoke to Dr. Smith and Mr. Jones."])
        XCTAssertEqual(Fixtures.sentences("He lives in Springfield, Mo. The town is small."),
                       ["He lives in Springfield, Mo.", "The town is small."])
    }

    func testInitialsAndDecimals() {
        XCTAssertEqual(Fixtures.sentences("J. R. Smith said growth was 2.5 percent. Prices rose 1.1 percent."),
                       ["J. R. Smith said growth was 2.5 percent.", "Prices rose 1.1 percent."])
    }

    func testClosingQuotesStayWithTheirSentence() {
        XCTAssertEqual(Fixtures.sentences("She said, \u{201C}It is important.\u{201D} Then she left."),
                       ["She said, \u{201C}It is important.\u{201D}", "Then she left."])
        XCTAssertEqual(Fixtures.sentences("\"Is it over?\" he asked. No one answered."),
                       ["\"Is it over?\" he asked.", "No one answered."])
    }

    func testEmDashesDoNotSplit() {
        XCTAssertEqual(Fixtures.sentences("The two leaders\u{2014}the first women to lead\u{2014}met. Then they ate."),
                       ["The two leaders\u{2014}the first women to lead\u{2014}met.", "Then they ate."])
    }

    func testLowercaseAfterPeriodDoesNotSplit() {
        XCTAssertEqual(Fixtures.sentences("It rose about 3 p.m. on Friday. Then it fell."),
                       ["It rose about 3 p.m. on Friday.", "Then it fell."])
    }

    /// Informal writing: a sentence may open in lower case after a "?" that no quote
    /// closes (not after "!", which ends names: "Yahoo! shares"), and an emoticon or an
    /// emoji ends one before a word. A colon in a clock time or an address is none, nor
    /// is a quoted "?" before "he asked".
    func testInformalSentenceEnds() {
        XCTAssertEqual(Fixtures.sentences("wow! that was fun. any plans? see u sat"),
                       ["wow! that was fun. any plans?", "see u sat"])
        XCTAssertEqual(Fixtures.sentences("Yahoo! shares rose."), ["Yahoo! shares rose."])
        XCTAssertEqual(Fixtures.sentences("back to work monday :( just finished my shift."),
                       ["back to work monday :(", "just finished my shift."])
        XCTAssertEqual(Fixtures.sentences("great game \u{1F525}\u{1F525} see you tmrw ;)"),
                       ["great game \u{1F525}\u{1F525}", "see you tmrw ;)"])
        XCTAssertEqual(Fixtures.sentences("We met at 10:30 at http://example.com today."),
                       ["We met at 10:30 at http://example.com today."])
        XCTAssertEqual(Fixtures.sentences("\"Is it over?\" he asked."), ["\"Is it over?\" he asked."])
    }

    func testEverySentenceMapsBackToItsText() throws {
        let corpus = try Fixtures.seedCorpus()
        XCTAssertEqual(corpus.articles.count, 5)
        for article in corpus.articles {
            let body = Array(article.body.unicodeScalars)
            XCTAssertEqual(body, article.scalars)
            var previousEnd = 0
            for s in article.sentences {
                XCTAssertGreaterThanOrEqual(s.span.start, previousEnd, "sentences overlap in \(article.id)")
                previousEnd = s.span.end
                XCTAssertTrue(article.blocks[s.block].span.contains(s.span))
                XCTAssertTrue(article.blocks[s.block].kind.carriesSentences)
                let text = article.text(s.span)
                XCTAssertEqual(text, String(String.UnicodeScalarView(body[s.span.start..<s.span.end])))
                XCTAssertFalse(text.first?.isWhitespace ?? true)
                XCTAssertFalse(text.last?.isWhitespace ?? true)
            }
            for pair in zip(article.blocks, article.blocks.dropFirst()) {
                XCTAssertLessThanOrEqual(pair.0.span.end, pair.1.span.start)
            }
        }
    }
}

final class BlockTests: XCTestCase {
    func kinds(_ a: Article) -> [BlockKind] { a.blocks.map(\.kind) }

    func testSiteChromeBylineAndBiosAreBlocksNotCuts() throws {
        let a = try Fixtures.seed("003")
        XCTAssertEqual(a.blocks.first?.kind, .boilerplate)
        XCTAssertEqual(a.text(a.blocks[0].span), "Skip to main content")
        XCTAssertEqual(a.blocks[1].kind, .byline)
        XCTAssertEqual(a.metadata.authors, ["Erik Lenhart", "Michael Tkacik"])
        // Two author bios and "Leave a Reply" at the end.
        XCTAssertEqual(Array(kinds(a).suffix(3)), [.boilerplate, .boilerplate, .boilerplate])
        XCTAssertTrue(a.text(a.blocks[a.blocks.count - 3].span).hasPrefix("Erik Lenhart"))
        XCTAssertEqual(kinds(a).filter { $0 == .heading }.count, 3)
        // Nothing is lost: the blocks cover every non-space scalar.
        var covered = Array(repeating: false, count: a.scalars.count)
        for b in a.blocks { for i in b.span.start..<b.span.end { covered[i] = true } }
        for (i, c) in a.scalars.enumerated() where !covered[i] {
            XCTAssertTrue(c.properties.isWhitespace, "scalar \(i) not in any block")
        }
    }

    func testDatelineAndCaption() throws {
        let a = try Fixtures.seed("002")
        XCTAssertEqual(a.blocks[0].kind, .dateline)
        XCTAssertEqual(a.blocks[1].kind, .caption)
        XCTAssertEqual(a.metadata.published?.description, "2026-01-16")
        XCTAssertEqual(a.metadata.outlet, "The Yomiuri Shimbun")
        XCTAssertEqual(a.metadata.provenance["published"], .inferred(line: 1, rule: "dateline"))
        XCTAssertTrue(kinds(a).dropFirst(2).allSatisfy { $0 == .text })
    }

    func testCaptionsTagLineRelatedAndAuthorLine() throws {
        let a = try Fixtures.seed("004")
        XCTAssertEqual(a.blocks[0].kind, .text)  // the standfirst
        XCTAssertEqual(a.blocks[1].kind, .boilerplate)  // "takaichi meloni" tag line
        XCTAssertEqual(kinds(a).filter { $0 == .caption }.count, 4)
        XCTAssertEqual(Array(kinds(a).suffix(3)), [.boilerplate, .byline, .boilerplate])
        XCTAssertEqual(a.metadata.authors, ["Kenji Yoshida"])
        XCTAssertEqual(a.metadata.outlet, "Sankei")
        XCTAssertEqual(a.metadata.provenance["outlet"], .inferred(line: 4, rule: "photo credit"))
        XCTAssertEqual(a.metadata.provenance["title"], .inferred(line: 1, rule: "standfirst"))
        XCTAssertNil(a.metadata.published, "a caption's 'Jan. 16' is not a publication date")
    }

    /// Caption cues are found in one pass over the paragraph, in any case, at its
    /// very end, and never past it (the one-pass scan must find what a search for
    /// each cue in the lowercased text finds).
    func testCaptionCuesInOnePass() {
        let segmenter = Segmenter()
        func cue(_ text: String, _ range: Range<Int>? = nil) -> Bool {
            let s = Array(text.unicodeScalars)
            let r = range ?? 0..<s.count
            return segmenter.containsCaptionCue(s, Span(r.lowerBound, r.upperBound))
        }
        XCTAssertTrue(cue("The two leaders SHAKE HANDS in Tokyo"))
        XCTAssertTrue(cue("Giorgia Meloni (Left) and Sanae Takaichi"))
        XCTAssertTrue(cue("Delegates are seen"), "a cue that ends the paragraph")
        XCTAssertFalse(cue("Delegates are see"))
        XCTAssertFalse(cue("Delegates are seen", 0..<17), "not past the span's end")
        XCTAssertFalse(cue("Élysée officials shake-hands"), "a cue's words as written")
        XCTAssertFalse(cue("The ministers met on Friday to discuss trade."))
        // (the same answer as the search it replaces, on every paragraph of a report)
        let text = "Prime Minister Meloni poses for a photo.\nThe talks went on for hours.\nPHOTO: Reuters\nA MODEL OF the ship."
        let s = Array(text.unicodeScalars)
        var start = 0
        for (k, c) in s.enumerated() where c == "\n" || k == s.count - 1 {
            let end = c == "\n" ? k : k + 1
            let lower = Array(s.lowered(start..<end).unicodeScalars)
            let expected = segmenter.captionCues.contains { containsScalars(lower, $0) }
            XCTAssertEqual(segmenter.containsCaptionCue(s, Span(start, end)), expected, String(String.UnicodeScalarView(s[start..<end])))
            start = k + 1
        }
    }

    func testTrailingCommentChromeAndHeadings() throws {
        let a = try Fixtures.seed("000")
        XCTAssertEqual(Array(kinds(a).suffix(3)), [.boilerplate, .boilerplate, .boilerplate])
        XCTAssertNil(a.metadata.outlet, "an unknown outlet stays unknown")
        let b = try Fixtures.seed("001")
        XCTAssertEqual(kinds(b).filter { $0 == .heading }.count, 6)
        XCTAssertFalse(kinds(b).contains(.boilerplate))
    }

    func testHardWrappedTextJoinsLinesIntoParagraphs() {
        let text = """
        The committee met on Tuesday to consider the proposal that had been
        submitted by the regional governments earlier in the month and agreed
        to study it further before taking a decision on the matter.

        A second paragraph follows here with more words than fit on a line
        and it continues onto the next line of the file as well.
        """
        let (a, _) = Fixtures.parse(text)
        XCTAssertEqual(a.blocks.count, 2)
        XCTAssertEqual(a.sentences.count, 2)
        XCTAssertEqual(a.blocks[1].line, 5)
    }

    /// Lines ended by hand well short of the wrap width are lines of their own, though
    /// no full stop ends them (one post a line); lines an optimal-fit wrapper filled a
    /// little short of the width still join.
    func testShortLinesWithoutFullStopsAreNotHardWrapped() {
        let posts = "cant believe its already july lol\nomg the concert tonite was amazing\nlast nite was crazy\n"
            + "i'll call u back in 5 mins\nback to school on aug 20th ugh\ncan't wait for christmas\n"
        let (a, _) = Fixtures.parse(posts)
        XCTAssertEqual(a.blocks.map(\.line), [1, 2, 3, 4, 5, 6])
        // (lower-case lines that are half the file are its text, not stray tags)
        XCTAssertEqual(Set(a.blocks.map(\.kind)), [.text])
        let (tagged, _) = Fixtures.parse("news world asia\n\nThe talks in Tokyo ended on Friday. Both leaders spoke.\n\n"
                                         + "They agreed to meet again. A statement followed.\n")
        XCTAssertEqual(tagged.blocks.first?.kind, .boilerplate, "one stray tag line above an article stays chrome")
        // (short posts of about one length are not a narrow column)
        let (p, _) = Fixtures.parse("see u tmr at 10am\ngym 2moro at 2pm\nmeeting on friday\nback in december\n"
                                    + "it's on the 19th\nramadan starts soon\nthis hour is crazy\n")
        XCTAssertEqual(p.blocks.count, 7)
        let wrapped = """
        The central bank said on Tuesday that it would keep its key rate
        unchanged for the rest of the year, citing weak demand at home
        and a strong currency that has hurt exporters since the spring,
        while leaving the door open to a cut if prices keep falling in
        the months ahead.
        """
        let (b, _) = Fixtures.parse(wrapped)
        XCTAssertEqual(b.blocks.count, 1)
        XCTAssertEqual(b.sentences.count, 1)
        // (a sentence ended short of the width ends the paragraph: no blank line between)
        let (c, _) = Fixtures.parse(wrapped + "\nExporters welcomed the decision, which they had urged for\nmonths, but unions said it came too late to save the plants.\n")
        XCTAssertEqual(c.blocks.count, 2)
        XCTAssertEqual(c.blocks[1].line, 6)
    }

    func testAgencyDatelineGivesOutlet() {
        let (a, _) = Fixtures.parse("TOKYO (Reuters) - Shares rose on Monday. Traders were calm.\n")
        XCTAssertEqual(a.metadata.outlet, "Reuters")
    }
}
