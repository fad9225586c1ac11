@testable import ConcordKit
import Foundation
import XCTest

/// RSS 2.0 and Atom files: one article per item, with the item's metadata.
final class FeedReaderTests: XCTestCase {
    static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel><title>Example Wire</title><link>https://wire.example</link><language>en</language>
    <item><title>Leaders meet in Tokyo</title><link>https://wire.example/1</link><dc:creator>Ann Reporter</dc:creator>
    <pubDate>Fri, 16 Jan 2026 09:30:00 +0000</pubDate><description>Short summary.</description>
    <content:encoded><![CDATA[<p>The two leaders met on Friday in Tokyo, officials said.</p><script>alert(1)</script><p>They will meet again in March.</p>]]></content:encoded></item>
    <item><title>Markets &amp; trade</title><link>https://wire.example/2</link><author>desk@wire.example (Bo Writer)</author>
    <pubDate>Sat, 17 Jan 2026 10:00:00 GMT</pubDate><description>&lt;p&gt;Markets rose on Saturday.&lt;/p&gt;</description></item>
    </channel></rss>
    """

    static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US"><title>A Blog</title>
    <entry><title type="html">Notes &lt;em&gt;from&lt;/em&gt; the summit</title>
    <link rel="self" href="https://blog.example/self"/><link rel="alternate" href="https://blog.example/notes"/>
    <author><name>Cy Author</name></author><updated>2026-01-19T08:00:00Z</updated><published>2026-01-18T08:00:00Z</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>I watched the summit on Friday, and it was long.</p></div></content></entry>
    </feed>
    """

    func items(_ xml: String) throws -> [FeedItem] {
        try FeedReader.read(Data(xml.utf8)).get()
    }

    func testRSSItems() throws {
        let items = try items(Self.rss)
        XCTAssertEqual(items.count, 2)
        let first = items[0].page
        XCTAssertEqual(first.metadata.title, "Leaders meet in Tokyo")
        XCTAssertEqual(first.metadata.outlet, "Example Wire")
        XCTAssertEqual(first.metadata.authors, ["Ann Reporter"])
        XCTAssertEqual(first.metadata.published, CalendarDate(year: 2026, month: 1, day: 16))
        XCTAssertEqual(first.metadata.url, "https://wire.example/1")
        XCTAssertEqual(first.metadata.language, "en")
        XCTAssertEqual(first.mainText, "The two leaders met on Friday in Tokyo, officials said.\n\nThey will meet again in March.",
                       "content:encoded wins over the description; its HTML is read as a page's, scripts dropped")
        let second = items[1].page
        XCTAssertEqual(second.metadata.title, "Markets & trade")
        XCTAssertEqual(second.metadata.authors, ["Bo Writer"], "RSS author 'mail (Name)' gives the name")
        XCTAssertEqual(second.metadata.published, CalendarDate(year: 2026, month: 1, day: 17))
        XCTAssertEqual(second.mainText, "Markets rose on Saturday.", "an escaped-HTML description is read as HTML")
    }

    func testAtomEntries() throws {
        let entry = try XCTUnwrap(items(Self.atom).first).page
        XCTAssertEqual(entry.metadata.title, "Notes from the summit")
        XCTAssertEqual(entry.metadata.url, "https://blog.example/notes", "the alternate link, not self")
        XCTAssertEqual(entry.metadata.authors, ["Cy Author"])
        XCTAssertEqual(entry.metadata.published, CalendarDate(year: 2026, month: 1, day: 18), "published before updated")
        XCTAssertEqual(entry.metadata.language, "en-US")
        XCTAssertEqual(entry.mainText, "I watched the summit on Friday, and it was long.")
    }

    func testDates() {
        XCTAssertEqual(FeedReader.parseDate("Mon, 5 Oct 1998 14:00:00 EST"), CalendarDate(year: 1998, month: 10, day: 5))
        XCTAssertEqual(FeedReader.parseDate("2026-01-16T09:30:00+09:00"), CalendarDate(year: 2026, month: 1, day: 16))
        XCTAssertNil(FeedReader.parseDate("yesterday"))
    }

    func testNotFeedsAndHostileXML() throws {
        XCTAssertEqual(FeedReader.read(Data("<urlset><url>x</url></urlset>".utf8)).failure, .notAFeed(root: "urlset"))
        XCTAssertEqual(FeedReader.read(Data("not xml at all".utf8)).failure, .notXML)
        XCTAssertEqual(FeedReader.read(Data()).failure, .notXML)
        // Nested entities (a "billion laughs") are never expanded.
        var lol = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"lol lol lol lol lol lol lol lol lol lol\">"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lol += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
            previous = name
        }
        lol += "]><rss><channel><title>T</title><item><title>&i;</title><description>&i;</description></item></channel></rss>"
        let laughs = try items(lol)
        XCTAssertEqual(laughs.count, 1)
        XCTAssertLessThan(laughs[0].page.mainText.count + (laughs[0].page.metadata.title?.count ?? 0), 10_000)
        // An external entity is not fetched or read.
        let xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><description>&x;</description></item></channel></rss>"
        XCTAssertFalse(try items(xxe).first?.page.mainText.contains("root:") ?? true)
    }

    /// A feed whose bytes are not in the charset it declares is read again: UTF-8
    /// under "Shift_JIS" keeps both items (the first conversion error lost the rest),
    /// Windows-1252 under "utf-8" (or no declaration) keeps its curly quotes and
    /// accents; UTF-16 with its byte order mark is read as libxml2 reads it.
    func testAFeedInAnotherCharsetThanItDeclares() throws {
        func feed(_ declaration: String, _ body: [UInt8]) -> Data {
            Data(Array("<?xml version=\"1.0\"\(declaration)?><rss version=\"2.0\"><channel><title>W</title><item><title>".utf8) + body
                + Array("</title><description>Another item on Monday.</description></item><item><title>Second</title><description>On Tuesday.</description></item></channel></rss>".utf8))
        }
        let utf8 = Array("Caf\u{E9} \u{2014} opened".utf8)
        let sjis = try FeedReader.read(feed(" encoding=\"Shift_JIS\"", utf8)).get()
        XCTAssertEqual(sjis.count, 2)
        XCTAssertEqual(sjis.first?.page.metadata.title, "Caf\u{E9} \u{2014} opened")
        let cp1252: [UInt8] = Array("The ".utf8) + [0x93] + Array("caf".utf8) + [0xE9, 0x94]
        for declaration in [" encoding=\"utf-8\"", ""] {
            let read = try FeedReader.read(feed(declaration, cp1252)).get()
            XCTAssertEqual(read.count, 2)
            XCTAssertEqual(read.first?.page.metadata.title, "The \u{201C}caf\u{E9}\u{201D}", declaration)
        }
        // UTF-8 with a stray Windows-1252 byte: both kept.
        let mixed = try FeedReader.read(feed("", Array("Caf\u{E9} ".utf8) + [0x93] + Array("news".utf8) + [0x94])).get()
        XCTAssertEqual(mixed.first?.page.metadata.title, "Caf\u{E9} \u{201C}news\u{201D}")
        let text = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title><item><title>Caf\u{E9}</title><description>On Friday.</description></item></channel></rss>"
        let utf16 = Data([0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        XCTAssertEqual(try FeedReader.read(utf16).get().first?.page.metadata.title, "Caf\u{E9}")
        XCTAssertEqual(FeedReader.declaredEncoding(Data("<?xml version='1.0' encoding = 'ISO-8859-1' ?><rss/>".utf8)), "iso-8859-1")
        XCTAssertNil(FeedReader.declaredEncoding(Data("<rss encoding=\"x\"/>".utf8)))
    }

    func testFeedInACorpusFolder() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write(Self.rss, "news.rss", in: dir)
        try Fixtures.write(Self.atom, "blog.xml", in: dir)
        try Fixtures.write("<urlset/>", "sitemap.xml", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        XCTAssertEqual(corpus.articles.map(\.id).sorted(), ["blog-1", "news-1", "news-2"])
        XCTAssertEqual(corpus.articles.first { $0.id == "news-2" }?.path, "news.rss#2")
        XCTAssertTrue(corpus.problems.contains { $0.path.hasSuffix("sitemap.xml") && $0.message.contains("not an RSS or Atom feed") })
        let news1 = try XCTUnwrap(corpus.articles.first { $0.id == "news-1" })
        XCTAssertEqual(news1.metadata.provenance["published"]?.description, "page feed item pubdate")
        XCTAssertTrue(news1.sentences.contains { news1.text($0.span).hasPrefix("The two leaders met on Friday") })
    }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
