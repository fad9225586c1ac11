import ConcordKit
import Foundation
import XCTest

final class FrontMatterTests: XCTestCase {
    func testKnownAndUnknownKeys() {
        let text = """
        ---
        title: A Summit
        outlet: Daily News
        authors: [Ann Lee, Bo Park]
        published: 2026-01-16T09:30:00+09:00
        section: World
        ---
        Body starts here. It has two sentences.
        """
        let (a, problems) = Fixtures.parse(text)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(a.metadata.title, "A Summit")
        XCTAssertEqual(a.metadata.outlet, "Daily News")
        XCTAssertEqual(a.metadata.authors, ["Ann Lee", "Bo Park"])
        XCTAssertEqual(a.metadata.published?.description, "2026-01-16")
        XCTAssertEqual(a.metadata.provenance["outlet"], .frontMatter(line: 3))
        XCTAssertEqual(a.metadata.extra.map(\.key), ["section"])
        XCTAssertEqual(a.body, "Body starts here. It has two sentences.")
        XCTAssertEqual(a.bodyLineOffset, 7)
        XCTAssertEqual(a.sentences.count, 2)
    }

    /// Front matter written by web clippers and site generators: a web clipper's
    /// `source:` address and wiki-linked authors, other names for the fields and
    /// other letter cases, and a date written out; a field's own key wins over
    /// another name for it, which is then kept as extra.
    func testOtherNamesForTheFields() {
        let clipped = "---\ntitle: Pledge\nsource: \"https://www.example.com/a\"\nauthor:\n  - \"[[Jane Doe]]\"\n  - \"[[John Roe|J. Roe]]\"\ncreated: 2026-01-17\n---\nText.\n"
        let (a, problems) = Fixtures.parse(clipped)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(a.metadata.url, "https://www.example.com/a")
        XCTAssertNil(a.metadata.outlet)
        XCTAssertEqual(a.metadata.authors, ["Jane Doe", "J. Roe"])
        XCTAssertEqual(a.metadata.extra.map(\.key), ["created"])

        let (b, bp) = Fixtures.parse("---\nTitle: Cut agreed\nSource: Daily Planet\npublishDate: 16 January 2026\nLang: en\nsite_name: Planet Group\n---\nText.\n")
        XCTAssertEqual(bp, [])
        XCTAssertEqual(b.metadata.title, "Cut agreed")
        XCTAssertEqual(b.metadata.outlet, "Daily Planet")
        XCTAssertEqual(b.metadata.provenance["outlet"], .frontMatter(line: 3))
        XCTAssertEqual(b.metadata.published, CalendarDate(year: 2026, month: 1, day: 16))
        XCTAssertEqual(b.metadata.language, "en")
        XCTAssertEqual(b.metadata.extra.map(\.key), ["site_name"])

        // (the field's own key wins, wherever it stands; another program's date
        // field that Concord cannot read is kept, not an error)
        let (c, cp) = Fixtures.parse("---\npublisher: Star Group\nheadline: Cut\noutlet: Morning Star\npubDate: next week\ndate: January 15, 2026\n---\nText.\n")
        XCTAssertEqual(cp, [])
        XCTAssertEqual(c.metadata.outlet, "Morning Star")
        XCTAssertEqual(c.metadata.title, "Cut")
        XCTAssertEqual(c.metadata.published, CalendarDate(year: 2026, month: 1, day: 15))
        XCTAssertEqual(Set(c.metadata.extra.map(\.key)), ["publisher", "pubDate"])
        // (a date the field's own key gives that cannot be read stays an error)
        let (_, dp) = Fixtures.parse("---\nDate: 3/4/2026\n---\nText.\n")
        XCTAssertEqual(dp.first?.severity, .error)
    }

    func testAuthorsAsStringAreSplit() {
        let (a, _) = Fixtures.parse("---\nauthors: Ann Lee and Bo Park\n---\nText.\n")
        XCTAssertEqual(a.metadata.authors, ["Ann Lee", "Bo Park"])
    }

    func testMalformedYAMLReportsFileLineColumn() {
        let (a, problems) = Fixtures.parse("---\ntitle: ok\noutlet: [unclosed\n---\nThe body survives.\n")
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.path, "test.txt")
        XCTAssertNotNil(problems.first?.line)
        XCTAssertGreaterThanOrEqual(problems.first?.line ?? 0, 3)
        XCTAssertNotNil(problems.first?.column)
        XCTAssertEqual(a.body, "The body survives.\n")
    }

    /// A colon in a plain value ("title: Morocco earthquake: villages flattened") is
    /// invalid YAML; such plain "key: value" front matter is read line by line, with
    /// a warning at the same position, so the date and outlet are not lost.
    func testAColonInAPlainValueIsReadWithAWarning() {
        let (a, problems) = Fixtures.parse("---\ntitle: Morocco earthquake: villages flattened\noutlet: BBC\npublished: 2023-09-10\n---\nText.\n")
        XCTAssertEqual(a.metadata.title, "Morocco earthquake: villages flattened")
        XCTAssertEqual(a.metadata.outlet, "BBC")
        XCTAssertEqual(a.metadata.published, CalendarDate(year: 2023, month: 9, day: 10))
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.severity, .warning)
        XCTAssertEqual(problems.first?.line, 2)
        // (an unclosed bracket stays an error: a typo, not a colon)
        let (_, typo) = Fixtures.parse("---\ntitle: ok\noutlet: [unclosed\n---\nText.\n")
        XCTAssertEqual(typo.first?.severity, .error)
    }

    func testBadDateIsAnErrorWithItsPosition() {
        let (_, problems) = Fixtures.parse("---\ntitle: x\npublished: yesterday\n---\nText.\n")
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.line, 3)
        XCTAssertEqual(problems.first?.column, 12)
        XCTAssertTrue(problems.first?.description.hasPrefix("test.txt:3:12: error:") ?? false)
    }

    func testUnclosedFrontMatterKeepsEverything() {
        let text = "---\ntitle: x\nNo closing fence here.\n"
        let (a, problems) = Fixtures.parse(text)
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(a.body, text)
    }
}

final class CorpusLoaderTests: XCTestCase {
    func testFolderRulesHiddenRecursiveExtensions() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("One. Two.", "a.txt", in: dir)
        try Fixtures.write("# Title\n\nText here.", "sub/b.md", in: dir)
        try Fixtures.write("hidden", ".hidden.txt", in: dir)
        try Fixtures.write("hidden", ".git/c.txt", in: dir)
        try Fixtures.write("not an article", "notes.json", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        XCTAssertEqual(corpus.articles.map(\.id), ["a", "b"])
        XCTAssertEqual(corpus.articles.map(\.path), ["a.txt", "sub/b.md"])
        XCTAssertEqual(corpus.problems, [])
    }

    func testBinaryAndInvalidUTF8Files() throws {
        let dir = try Fixtures.tempDir(self)
        try Data([0x41, 0x00, 0x42]).write(to: dir.appendingPathComponent("bin.txt"))
        try Data("Line one.\nBad \u{00E9}".utf8.dropLast(1) + [0xFF, 0x41]).write(to: dir.appendingPathComponent("bad.txt"))
        let corpus = try CorpusLoader().load(dir.path)
        XCTAssertEqual(corpus.articles.map(\.id), ["bad"])
        let descriptions = corpus.problems.map(\.description)
        XCTAssertTrue(descriptions.contains { $0.contains("bin.txt: error: binary file") }, "\(descriptions)")
        XCTAssertTrue(descriptions.contains { $0.hasSuffix("bad.txt:2:5: warning: not valid UTF-8 from here; bytes that are not UTF-8 read as Windows-1252") }, "\(descriptions)")
        // (the cut é's first byte and 0xFF, each read as Windows-1252: no letter lost)
        XCTAssertTrue(corpus.articles[0].body.contains("Bad \u{C3}\u{FF}A"), corpus.articles[0].body)
    }

    /// A text file in Windows-1252, whole or pasted into UTF-8, keeps every letter.
    func testWindows1252TextFilesKeepTheirLetters() throws {
        let dir = try Fixtures.tempDir(self)
        try Data(Array("Le caf".utf8) + [0xE9] + Array(" a ouvert, dit le propri".utf8) + [0xE9] + Array("taire.\n".utf8))
            .write(to: dir.appendingPathComponent("fr.txt"))
        try Data(Array("The caf\u{E9} \u{2014} a reader wrote ".utf8) + [0x93] + Array("great".utf8) + [0x94] + Array(".\n".utf8))
            .write(to: dir.appendingPathComponent("mixed.txt"))
        let corpus = try CorpusLoader().load(dir.path)
        let bodies = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0.body) })
        XCTAssertEqual(bodies["fr"]?.trimmingCharacters(in: .whitespacesAndNewlines), "Le caf\u{E9} a ouvert, dit le propri\u{E9}taire.")
        XCTAssertEqual(bodies["mixed"]?.trimmingCharacters(in: .whitespacesAndNewlines), "The caf\u{E9} \u{2014} a reader wrote \u{201C}great\u{201D}.")
        XCTAssertEqual(corpus.problems.map(\.severity), [.warning, .warning])
    }

    func testMissingPathThrows() {
        XCTAssertThrowsError(try CorpusLoader().load("/nonexistent/concord")) { error in
            XCTAssertEqual(error as? CorpusError, .notFound("/nonexistent/concord"))
        }
    }

    func testEmptyFolderIsAWarningNotACrash() throws {
        let dir = try Fixtures.tempDir(self)
        let corpus = try CorpusLoader().load(dir.path)
        XCTAssertTrue(corpus.articles.isEmpty)
        XCTAssertEqual(corpus.warnings.count, 1)
    }

    func testConcordYAML() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("title: Summit\nanchor: 2026-01-16\ncolour: blue\n", "concord.yaml", in: dir)
        try Fixtures.write("Text.", "a.txt", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        XCTAssertEqual(corpus.config.title, "Summit")
        XCTAssertEqual(corpus.config.anchor?.description, "2026-01-16")
        XCTAssertEqual(corpus.warnings.map { "\($0.line ?? 0):\($0.column ?? 0)" }, ["3:1"])
    }

    func testConcordYAMLErrorsCarryLineAndColumn() {
        let (_, problems) = CorpusConfig.parse("title: x\nanchor: 2026-13-01\n", path: "concord.yaml")
        XCTAssertEqual(problems.map(\.description), ["concord.yaml:2:9: error: 'anchor' must be a date YYYY-MM-DD, not '2026-13-01'"])
        let (_, syntax) = CorpusConfig.parse("title: [x\n", path: "concord.yaml")
        XCTAssertEqual(syntax.count, 1)
        XCTAssertEqual(syntax.first?.severity, .error)
        XCTAssertNotNil(syntax.first?.line)
    }

    func testDuplicateIdsAreDisambiguated() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("One.", "x/a.txt", in: dir)
        try Fixtures.write("Two.", "y/a.txt", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        XCTAssertEqual(corpus.articles.map(\.id), ["a", "y/a"])
        XCTAssertEqual(corpus.warnings.count, 1)
    }

    func testArticlesJSONShape() throws {
        let corpus = try Fixtures.seedCorpus()
        let json = ArticleExport.json(corpus)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let articles = object?["articles"] as? [[String: Any]]
        XCTAssertEqual(articles?.count, 5)
        let yomiuri = articles?.first { ($0["id"] as? String)?.hasPrefix("002") ?? false }
        XCTAssertEqual(yomiuri?["published"] as? String, "2026-01-16")
        XCTAssertEqual((yomiuri?["provenance"] as? [String: String])?["published"], "inferred from dateline, line 1")
        let undated = articles?.first { ($0["id"] as? String)?.hasPrefix("000") ?? false }
        XCTAssertTrue(undated?["published"] is NSNull)
        let blocks = yomiuri?["blocks"] as? [[String: Any]]
        XCTAssertEqual(blocks?.first?["kind"] as? String, "dateline")
    }
}

final class TextSafetyTests: XCTestCase {
    func testEscapeSequencesBecomeInert() {
        XCTAssertEqual(InertText.sanitize("a\u{1B}[31mred\u{1B}[0m"), "a^[[31mred^[[0m")
        XCTAssertEqual(InertText.sanitize("\u{1B}]0;pwned\u{07}"), "^[]0;pwned^G")
        XCTAssertEqual(InertText.sanitize("\u{1B}]8;;http://x"), "^[]8;;http://x")  // unterminated OSC 8
        XCTAssertEqual(InertText.sanitize("x\u{9B}2J"), "x<U+009B>2J")
        XCTAssertEqual(InertText.sanitize("abc\u{202E}def\u{2066}"), "abc\u{FFFD}def\u{FFFD}")
        XCTAssertEqual(InertText.sanitize("tab\there\nline", keepNewlines: true), "tab\there\nline")
        XCTAssertEqual(InertText.sanitize("del\u{7F}"), "del^?")
    }

    func testDisplayWidth() {
        XCTAssertEqual(DisplayWidth.of("abc"), 3)
        XCTAssertEqual(DisplayWidth.of("東京"), 4)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.of("×“”"), 3)
        XCTAssertEqual(DisplayWidth.of("🎂"), 2)
        XCTAssertEqual(DisplayWidth.of("한국"), 4)
        // The byte-wise string width agrees with the sum of its scalars' widths,
        // for every UTF-8 length, controls (0) and combining marks included.
        var rng = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["a", " ", "\u{7}", "\u{7F}", "\u{85}", "é", "\u{301}", "…", "東", "\u{200B}", "\u{FEFF}", "🎂", "\u{E0041}", "\u{10FFFD}", "ß"]
        for _ in 0..<500 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &rng) { s.append(pool.randomElement(using: &rng)!) }
            let text = String(s)
            let width = text.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) }
            XCTAssertEqual(DisplayWidth.of(text), width, text.debugDescription)
            // Measured up to a cap: exact up to it, over it past it.
            let cap = Int.random(in: 0...12, using: &rng)
            let capped = DisplayWidth.of(text, atMost: cap)
            if width <= cap { XCTAssertEqual(capped, width, text.debugDescription) } else { XCTAssertGreaterThan(capped, cap, text.debugDescription) }
        }
    }

    func testSanitizeFastPathAgreesWithScalars() {
        // ASCII text is checked byte by byte; the result must be what the scalar rule gives.
        for b in UInt8(0)..<0x80 {
            let text = "a" + String(UnicodeScalar(b)) + "b"
            for keep in [false, true] {
                let needs = InertText.needsReplacement(UnicodeScalar(b), keepNewlines: keep)
                XCTAssertEqual(InertText.sanitize(text, keepNewlines: keep) == text, !needs, "byte \(b) keepNewlines \(keep)")
            }
        }
    }

    func testTableCellsAreCutToTheirWidth() {
        XCTAssertEqual(TextTable.fit("abcdef", 6), "abcdef")
        XCTAssertEqual(TextTable.fit("abcdef", 4), "abc…")
        XCTAssertEqual(TextTable.fit("東京東京", 5), "東京…", "a wide character that would cross the edge is left out")
        XCTAssertEqual(TextTable.fit("東京東京", 6), "東京…")
        XCTAssertEqual(TextTable.fit("e\u{301}e\u{301}e\u{301}", 2), "e\u{301}…", "a combining mark stays with its letter")
        let table = TextTable(headers: ["a", "b"], rows: [["東京東京東京", "x"]], maxWidths: [5])
        XCTAssertEqual(table.text(), "a      b\n-----  -\n東京…  x\n")
    }

    func testTableOutputSanitizesCells() {
        let table = TextTable(headers: ["a"], rows: [["x\u{1B}]0;t\u{07}"]])
        XCTAssertFalse(table.text().unicodeScalars.contains("\u{1B}"))
        XCTAssertTrue(table.text().contains("^["))
    }
}

final class CalendarDateTests: XCTestCase {
    func testCalendar() throws {
        let d = try XCTUnwrap(CalendarDate(year: 2026, month: 1, day: 16))
        XCTAssertEqual(d.weekday, 5)  // a Friday
        XCTAssertEqual(CalendarDate(ordinal: d.ordinal), d)
        XCTAssertEqual(d.adding(days: 16)?.description, "2026-02-01")
        XCTAssertEqual(d.isoWeek.week, 3)
        XCTAssertNil(CalendarDate(year: 2026, month: 2, day: 29))
        XCTAssertNotNil(CalendarDate(year: 2024, month: 2, day: 29))
        XCTAssertEqual(CalendarDate(year: 2021, month: 1, day: 1)?.isoWeek.year, 2020)
        XCTAssertEqual(CalendarDate.parseISO("2026-01-16T10:00:00Z")?.description, "2026-01-16")
        XCTAssertNil(CalendarDate.parseISO("2026-1-16"))
    }
}
