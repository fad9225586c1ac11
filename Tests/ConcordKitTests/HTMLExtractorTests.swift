@testable import ConcordKit
import Foundation
import XCTest

/// Saved web pages: main text against chrome, metadata with provenance,
/// character sets, and hostile markup.
final class HTMLExtractorTests: XCTestCase {
    static let prose = [
        "The two governments agreed on Friday to expand their cooperation on energy, defence and trade, officials said.",
        "Under the plan, which still needs approval by both parliaments, the ministers will meet twice a year, starting in March.",
        "Critics said the agreement, signed after two days of talks, offered little that was new, but markets rose on the news.",
        "A joint statement, released late in the evening, listed twelve projects, including a port, a railway and two power plants.",
    ]

    /// More prose, for pages that need more text than `prose` holds.
    static let more = [
        "The port, the first of the projects, will be rebuilt over five years with money from both sides and a loan from a regional bank.",
        "Opposition parties in both countries have asked for the full text of the agreement to be published before any vote is held.",
    ]

    static let page = """
    <!DOCTYPE html>
    <html lang="en-GB"><head>
    <meta charset="utf-8">
    <title>Leaders sign accord in Tokyo | The Daily Example</title>
    <meta property="og:title" content="Leaders sign accord in Tokyo">
    <meta property="og:site_name" content="The Daily Example">
    <meta property="article:published_time" content="2026-01-16T09:30:00Z">
    <link rel="canonical" href="https://example.com/news/accord">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
      {"@type":"NewsArticle","headline":"Leaders sign accord","author":[{"@type":"Person","name":"Ann Reporter"},{"@type":"Person","name":"Bo Writer"}],
       "datePublished":"2026-01-16","publisher":{"@type":"Organization","name":"Daily Example Group"}}]}</script>
    <style>p { color: red }</style>
    </head><body class="single has-sidebar">
    <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
    <div class="layout with-sidebar-right">
      <main>
        <article>
          <h1>Leaders sign accord in Tokyo</h1>
          <p class="byline">By Ann Reporter and Bo Writer</p>
          <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this story now</a></div>
          <div class="article-body">
            <p>\(prose[0])</p>
            <figure><img src="a.jpg"><figcaption>The leaders shake hands after signing the accord in Tokyo.</figcaption></figure>
            <p>\(prose[1])</p>
            <h2>What comes next</h2>
            <p>\(prose[2])</p>
            <p>\(prose[3])</p>
            <script>document.write("never text");</script>
          </div>
          <div class="related-stories"><h3>Related stories</h3><ul><li><a href="/1">Markets rise on hopes of a trade deal, analysts say</a></li></ul></div>
        </article>
        <section id="comments" class="comments-area"><h3>3 comments</h3>
          <p>I think this agreement is a very good thing for both countries, honestly, and I hope it lasts.</p></section>
      </main>
      <aside class="sidebar"><h3>Most read</h3><p>Ten things you did not know about the weather this winter, and why it matters.</p></aside>
    </div>
    <footer><p>Copyright 2026 The Daily Example. All rights reserved, including the right to reproduce.</p></footer>
    <div class="cookie-notice" hidden><p>We use cookies to improve your experience on our website, as described in our policy.</p></div>
    </body></html>
    """

    func extract(_ html: String) throws -> ExtractedPage {
        try XCTUnwrap(HTMLExtractor.extract(Data(html.utf8)))
    }

    func testMainTextIsTheArticleAndChromeIsKeptAsBoilerplate() throws {
        let page = try extract(Self.page)
        let main = page.mainText
        for p in Self.prose { XCTAssertTrue(main.contains(p), "missing: \(p)") }
        XCTAssertTrue(main.contains("What comes next"), "a subheading in the body is a heading block")
        XCTAssertTrue(main.hasPrefix("Leaders sign accord in Tokyo"), "the headline opens the main text")
        for chrome in ["Home", "Share on Facebook", "Related stories", "Markets rise", "I think this agreement",
                       "Ten things", "Copyright 2026", "We use cookies", "never text", "color: red"] {
            XCTAssertFalse(main.contains(chrome), "chrome in the main text: \(chrome)")
        }
        let boilerplate = page.blocks.filter { $0.kind == .boilerplate }.map(\.text).joined(separator: "\n")
        for kept in ["Share on Facebook", "Related stories", "I think this agreement", "Copyright 2026", "We use cookies"] {
            XCTAssertTrue(boilerplate.contains(kept), "chrome is kept as boilerplate, never dropped: \(kept)")
        }
        XCTAssertFalse(boilerplate.contains("never text"), "scripts are not text at all")
        XCTAssertEqual(page.blocks.first { $0.kind == .caption }?.text, "The leaders shake hands after signing the accord in Tokyo.")
        XCTAssertEqual(page.blocks.first { $0.kind == .byline }?.text, "By Ann Reporter and Bo Writer")
        XCTAssertEqual(page.blocks.filter { $0.kind == .heading }.map(\.text), ["Leaders sign accord in Tokyo", "What comes next"])
    }

    /// The site's own notices inside the article's container, with no class to mark
    /// them, are known by their wording; the article's sentences that merely use
    /// such words are not.
    func testNoticesInsideTheArticleAreBoilerplateByTheirWording() throws {
        let notices = [
            "Subscribe now to our digital edition for the full story.",
            "Follow The Daily Example on Twitter and Instagram for the latest news.",
            "This article is the copyrighted property of The Daily Example. Written permission must be obtained before reprint.",
            "Advertising disclosure: We may receive compensation for some of the links in our stories.",
            "Explore further",
            "Last Modified: 03-10-2004 2:20pm",
            "Category : Press Releases",
            "5 min read",
            "45 views",
            "1,204 comments",
            "Like this:",
            "Like Loading...",
            "Similar Articles",
            "- Advertisement -",
            "Social Share",
            "Share this article on Facebook Twitter Email",
            "Views: 184",
            "1786 Accesses",
            // (Cyrillic letters inside English words: written to slip past filters)
            "\u{410}dv\u{435}rtis\u{435} with the most visited news site ~ W\u{435} \u{43E}ff\u{435}r packages.",
            "A professor at the University of Example. View all posts by Ann Example",
            "If you're on the Daily Example app, click here to watch live",
            "By clicking \u{201C}Post Your Answer\u{201D}, you agree to our terms of service",
            // (a biography, at the article's end)
            "Jane Example is a senior writer for The Daily Example.",
        ]
        let kept = [
            "Subscribers to the service rose by a third, the company said, and it will follow up with new prices in May.",
            "Follow the money, the prosecutor told the court on Tuesday.",
            "The minister is a former writer for a weekly magazine, and she said the agreement would last.",
            "Read more than a thousand pages of evidence, the judge told the jury, before it reached a verdict.",
            "37 views of the harbour",
            "Like this one, the plan failed.",
            "Share prices rose on the news.",
            "Post offices will close.",
            // (a paragraph of three sentences and some length whose last one is a pitch)
            "At the company we provide training data for machine learning and for artificial intelligence. "
                + "This is the first of our monthly roundups of the news in the field, with three stories from hospitals. "
                + "In it, how patient care is changing, how prevention works, and what major hospitals already do. "
                + "Check back for more and subscribe to our channel for updates.",
        ]
        let body = (Self.prose.prefix(2) + kept + Self.prose.suffix(2) + notices).map { "<p>\($0)</p>" }.joined(separator: "\n")
        let page = try extract("<html><body><article><h1>Accord signed</h1><p>(Credit: Ann Photographer / Agency)</p>\(body)</article></body></html>")
        let main = page.mainText
        for p in Self.prose + kept { XCTAssertTrue(main.contains(p), "article text lost: \(p)") }
        for n in notices { XCTAssertFalse(main.contains(n), "a notice in the main text: \(n)") }
        let boilerplate = page.blocks.filter { $0.kind == .boilerplate }.map(\.text)
        for n in notices { XCTAssertTrue(boilerplate.contains(n), "a notice is kept as boilerplate: \(n)") }
        XCTAssertEqual(page.blocks.first { $0.kind == .caption }?.text, "(Credit: Ann Photographer / Agency)", "a credit line is a caption")
    }

    /// The standfirst right under the headline belongs to the article even when a
    /// share bar stands between it and the text; the share bar does not.
    func testStandfirstFarFromTheText() throws {
        let share = (1...12).map { "<div><a href=\"#\">Share \($0)</a></div>" }.joined()
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let page = try extract("""
            <html><body><div><header><h1>Accord signed</h1>
            <p>The two governments agreed on a plan that still needs both parliaments.</p>
            <div>By Ann Reporter</div><div>16 January 2026</div></header>\(share)
            <article>\(body)</article></div></body></html>
            """)
        XCTAssertTrue(page.mainText.contains("The two governments agreed on a plan that still needs both parliaments."), page.mainText)
        XCTAssertFalse(page.mainText.contains("Share 3"))
    }

    func testMetadataWithProvenance() throws {
        let m = try extract(Self.page).metadata
        XCTAssertEqual(m.title, "Leaders sign accord in Tokyo")
        XCTAssertEqual(m.provenance["title"], .page("og:title"))
        XCTAssertEqual(m.outlet, "The Daily Example")
        XCTAssertEqual(m.provenance["outlet"], .page("og:site_name"))
        XCTAssertEqual(m.authors, ["Ann Reporter", "Bo Writer"])
        XCTAssertEqual(m.provenance["authors"], .page("JSON-LD author"))
        XCTAssertEqual(m.published, CalendarDate(year: 2026, month: 1, day: 16))
        XCTAssertEqual(m.url, "https://example.com/news/accord")
        XCTAssertEqual(m.language, "en-GB")
    }

    func testMetadataFallbacks() throws {
        let html = """
        <html><head><title>Storm hits the coast – Coastal Herald</title><meta name="author" content="Cy Author"></head>
        <body><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p><time datetime="2025-11-03T08:00">3 Nov</time></body></html>
        """
        let m = try extract(html).metadata
        XCTAssertEqual(m.title, "Storm hits the coast", "the <title> without the site's suffix")
        XCTAssertEqual(m.provenance["title"], .page("<title>"))
        XCTAssertEqual(m.authors, ["Cy Author"])
        XCTAssertEqual(m.published, CalendarDate(year: 2025, month: 11, day: 3))
        XCTAssertEqual(m.provenance["published"], .page("<time datetime>"))
        XCTAssertNil(m.outlet)
    }

    func testCharsetsAndEntities() throws {
        // Windows-1252 bytes: é = E9, ’ = 92, € = 80.
        var latin = Data("<html><head><meta charset=\"windows-1252\"></head><body><p>".utf8)
        let pieces: [[UInt8]] = [Array("Le caf".utf8), [0xE9], Array(" co".utf8), [0xFB], Array("te 3 ".utf8), [0x80],
                                 Array(", l".utf8), [0x92], Array("addition est pay".utf8), [0xE9], Array("e par les ministres, dit-on.".utf8)]
        latin.append(contentsOf: pieces.flatMap { $0 })
        latin.append(Data("</p></body></html>".utf8))
        XCTAssertTrue(try XCTUnwrap(HTMLExtractor.extract(latin)).mainText.contains("Le café coûte 3 €, l’addition est payée"))
        // No declaration and not UTF-8: read as Windows-1252, not as mojibake.
        var undeclared = Data("<p>".utf8)
        let parts: [[UInt8]] = [Array("Na".utf8), [0xEF], Array("ve r".utf8), [0xE9], Array("sum".utf8), [0xE9],
                                Array(" of the meeting, written in a hurry, with commas, and more.".utf8)]
        undeclared.append(contentsOf: parts.flatMap { $0 })
        undeclared.append(Data("</p>".utf8))
        XCTAssertTrue(try XCTUnwrap(HTMLExtractor.extract(undeclared)).mainText.contains("Naïve résumé"))
        let entities = "<p>Caf&eacute; &amp; bar &#8217;quoted&#x2019; &lt;tag&gt;, said the owner, who asked not to be named.</p>"
        XCTAssertTrue(try extract(entities).mainText.contains("Café & bar ’quoted’ <tag>"))
    }

    /// A page that declares a charset its bytes are not in loses nothing: the reader
    /// stops at the first byte that does not convert, so the page is read again as
    /// UTF-8 (when it is that) or as Windows-1252, else Latin-1.
    func testAWrongDeclaredCharsetLosesNoText() throws {
        let utf8Page = Data("<html><head><meta charset=\"iso-2022-jp\"></head><body><p>Caf\u{E9} owners met on Friday \u{2014} and agreed to keep the prices, the owners said.</p></body></html>".utf8)
        XCTAssertTrue(try XCTUnwrap(HTMLExtractor.extract(utf8Page)).mainText.contains("Café owners met on Friday — and agreed to keep the prices"))
        var bytes = Data("<html><head><meta charset=\"iso-2022-jp\"></head><body><p>Hello ".utf8)
        bytes.append(contentsOf: [0x8F, 0xDF, 0x9C, 0x72])
        bytes.append(Data(" world and more text after the bad bytes, which must not be lost.</p></body></html>".utf8))
        XCTAssertTrue(try XCTUnwrap(HTMLExtractor.extract(bytes)).mainText.contains("more text after the bad bytes"))
        // Labelled UTF-8, written in Windows-1252 (no UTF-8 sequence in it): its curly
        // quotes and accents are read as such, not as Latin-1 controls.
        var labelled = Data("<html><head><meta charset=\"utf-8\"></head><body><p>Caf".utf8)
        labelled.append(contentsOf: [0xE9] + Array(" owners ".utf8) + [0x93] + Array("met".utf8) + [0x94])
        labelled.append(Data(" on Friday and agreed to keep the prices, the owners said.</p></body></html>".utf8))
        XCTAssertTrue(try XCTUnwrap(HTMLExtractor.extract(labelled)).mainText.contains("Café owners \u{201C}met\u{201D} on Friday"))
        // UTF-8 with a few Windows-1252 bytes pasted in (a comment): the stray bytes are
        // read as Windows-1252 and the UTF-8 after them stays UTF-8 (libxml2 alone read
        // the rest as Latin-1, "cafÃ©"); with no declaration too.
        for head in ["<meta charset=\"utf-8\">", ""] {
            var mixed = Data("<html><head>\(head)</head><body><p>The caf\u{E9} opened on Friday \u{2014} officials said, and it stays open.</p><p>A reader wrote: ".utf8)
            mixed.append(contentsOf: [0x93] + Array("great".utf8) + [0x94])
            mixed.append(Data(" and it was fine, said the owner of the caf\u{E9} on Monday, in the evening.</p></body></html>".utf8))
            let text = try XCTUnwrap(HTMLExtractor.extract(mixed)).mainText
            XCTAssertTrue(text.contains("A reader wrote: \u{201C}great\u{201D} and it was fine, said the owner of the caf\u{E9} on Monday"), text)
            XCTAssertTrue(text.contains("The caf\u{E9} opened on Friday \u{2014} officials said"), text)
        }
        // Overlong and surrogate forms are no UTF-8: each byte is read as Windows-1252.
        let repaired = [UInt8]([0x61, 0xE0, 0x80, 0xAF, 0xED, 0xA0, 0x80, 0xC3, 0xA9, 0x81]).withUnsafeBufferPointer { HTMLExtractor.repairingStrayBytes($0) }
        XCTAssertEqual(String(decoding: repaired, as: UTF8.self), "a\u{E0}\u{20AC}\u{AF}\u{ED}\u{A0}\u{20AC}\u{E9}\u{81}")
        XCTAssertEqual(HTMLExtractor.declaredCharset("<meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"), "utf-8")
        XCTAssertEqual(HTMLExtractor.declaredCharset("<meta charset='shift_jis'>"), "shift_jis")
        XCTAssertNil(HTMLExtractor.declaredCharset("<p>the charset of the page</p>"))
    }

    func testWrappersNamedLikeChromeStillHoldTheArticle() throws {
        // A page wrapper whose class says "sidebar" or "banner" but holds the <h1> is not chrome.
        let html = """
        <body><div class="page with-sidebar below-banner"><h1>Title here</h1>
        <div><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p></div></div>
        <div class="sidebar"><p>\(Self.prose[2])</p></div></body>
        """
        let main = try extract(html).mainText
        XCTAssertTrue(main.contains(Self.prose[0]) && main.contains(Self.prose[1]))
        XCTAssertFalse(main.contains(Self.prose[2]), "the real sidebar stays out")
    }

    func testParagraphsSplitByArticleWrappersAreAllKept() throws {
        // One wrapper per paragraph (many sites): the article is all of them, not the best one.
        let wrapped = Self.prose.map { "<div class=\"block\"><div class=\"inner\"><p>\($0)</p></div></div>" }.joined()
        let html = "<body><nav><a href='/'>Home</a></nav><article><h1>Head</h1>\(wrapped)</article><footer>Footer text here</footer></body>"
        let main = try extract(html).mainText
        for p in Self.prose { XCTAssertTrue(main.contains(p), "missing: \(p)") }
        XCTAssertFalse(main.contains("Footer text"))
    }

    func testTemplateScriptsAreReadInPlace() throws {
        // Blog engines keep the post's markup in a template script that the page renders later.
        let html = """
        <body><nav><a href="/">Home</a></nav><div class="post"><h1>Post title</h1>
        <div class="post-body"><script type="text/template"><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p></script></div></div>
        <script>var x = "<p>never text, a script's string</p>";</script></body>
        """
        let main = try extract(html).mainText
        XCTAssertTrue(main.contains(Self.prose[0]) && main.contains(Self.prose[1]), main)
        XCTAssertFalse(main.contains("never text"), "ordinary scripts stay unread")
    }

    func testLineBreakParagraphsAndNoImpliedRoot() throws {
        // Old pages: text in one <div> with <br><br> between paragraphs; no <html> element at all.
        let html = "<style>.x{}</style><div>\(Self.prose[0])<br><br>\(Self.prose[1])<br>still the second.</div>"
        let page = try extract(html)
        let texts = page.blocks.filter { $0.kind == .text }.map(\.text)
        XCTAssertEqual(texts.count, 2, "\(texts)")
        XCTAssertTrue(texts.last?.hasSuffix("still the second.") == true)
    }

    func testHostileMarkupIsInertAndBounded() throws {
        // Escape sequences and bidi controls in text reach the article inert; javascript: links are text only.
        let hostile = "<p>Officials met on Friday \u{1B}[31mred\u{1B}[0m and \u{202E}reversed\u{202C}, said the statement, <a href=\"javascript:alert(1)\">a link</a>.</p>"
        let dir = try Fixtures.tempDir(self)
        try hostile.write(to: dir.appendingPathComponent("evil.html"), atomically: true, encoding: .utf8)
        let corpus = try CorpusLoader().load(dir.path)
        let article = try XCTUnwrap(corpus.articles.first)
        XCTAssertFalse(article.body.contains("\u{1B}"), "ESC is shown inert")
        XCTAssertFalse(article.body.contains("\u{202E}"), "bidi overrides are shown inert")
        XCTAssertFalse(article.body.contains("javascript"))
        // Deep nesting, unclosed tags and junk: no crash, no recursion limit.
        let deep = String(repeating: "<div><span>", count: 20_000) + "<p>\(Self.prose[0])" + String(repeating: "</b></i><td>", count: 1000)
        XCTAssertNotNil(HTMLExtractor.extract(Data(deep.utf8)))
        XCTAssertNotNil(HTMLExtractor.extract(Data([0x3C, 0xFF, 0xFE, 0x00, 0x3E, 0x3C, 0x70])))
        XCTAssertNotNil(HTMLExtractor.extract(Data()))
    }

    func testFolderOfPagesLoadsWithPlainArticles() throws {
        let dir = try Fixtures.tempDir(self)
        try Self.page.write(to: dir.appendingPathComponent("accord.html"), atomically: true, encoding: .utf8)
        try "---\ntitle: Notes\n---\n\nThe talks began on Thursday.\n".write(to: dir.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        try "<html><body><nav><a href='/'>Home</a></nav></body></html>".write(to: dir.appendingPathComponent("empty.htm"), atomically: true, encoding: .utf8)
        let corpus = try CorpusLoader().load(dir.path)
        XCTAssertEqual(Set(corpus.articles.map(\.id)), ["accord", "notes", "empty"])
        let accord = try XCTUnwrap(corpus.articles.first { $0.id == "accord" })
        XCTAssertEqual(accord.metadata.outlet, "The Daily Example")
        XCTAssertEqual(accord.metadata.provenance["outlet"]?.description, "page og:site_name")
        XCTAssertTrue(accord.blocks.contains { $0.kind == .boilerplate }, "chrome is kept, hideable with B")
        XCTAssertTrue(accord.sentences.contains { accord.text($0.span) == Self.prose[0] })
        XCTAssertTrue(corpus.problems.contains { $0.path.hasSuffix("empty.htm") && $0.message.contains("no main text") })
        XCTAssertTrue(ExtractExport.mainText(accord).contains(Self.prose[3]))
        let line = ExtractExport.jsonLine(accord, path: "accord.html")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        XCTAssertEqual(json["outlet"] as? String, "The Daily Example")
        XCTAssertEqual(json["authors"] as? [String], ["Ann Reporter", "Bo Writer"])
        XCTAssertEqual(json["published"] as? String, "2026-01-16")
        XCTAssertEqual(json["language"] as? String, "en-GB")
        XCTAssertFalse((json["text"] as? String ?? "").contains("Share on Facebook"))
    }

    func testGzippedPage() throws {
        let dir = try Fixtures.tempDir(self)
        let plain = dir.appendingPathComponent("page.html")
        try Self.page.write(to: plain, atomically: true, encoding: .utf8)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = [plain.path]
        try gzip.run()
        gzip.waitUntilExit()
        let corpus = try CorpusLoader().load(dir.path)
        XCTAssertEqual(corpus.articles.map(\.id), ["page"])
        XCTAssertTrue(ExtractExport.mainText(try XCTUnwrap(corpus.articles.first)).contains(Self.prose[2]))
        // A page whose gzip trailer says it unpacks past the article limit is refused unread.
        var bomb = try Data(contentsOf: dir.appendingPathComponent("page.html.gz"))
        bomb.replaceSubrange((bomb.count - 4)..<bomb.count, with: [0x00, 0x00, 0x00, 0x10])
        try bomb.write(to: dir.appendingPathComponent("bomb.html.gz"))
        let again = try CorpusLoader().load(dir.path)
        XCTAssertEqual(again.articles.map(\.id), ["page"])
        XCTAssertTrue(again.problems.contains { $0.path.hasSuffix("bomb.html.gz") && $0.message.contains("unpacks to 256 MiB") })
    }

    func kinds(_ page: ExtractedPage, _ text: String) -> [BlockKind] {
        page.blocks.filter { $0.text == text }.map(\.kind)
    }

    /// A gallery carries its text in captions: when they hold most of the prose they
    /// are the text; an article's own caption stays a caption.
    func testGalleryCaptionsAreTheTextWhenTheyHoldTheProse() throws {
        let slides = (Self.prose + Self.more).enumerated().map { i, p in
            "<figure><div><h2><a href=\"/s\(i)\">\(i + 1). Slide</a></h2></div><img src=\"\(i).jpg\"><figcaption><p>\(p)</p></figcaption></figure>"
        }.joined()
        let page = try extract("<html><body><div class=\"gallery\"><h1>Twelve projects</h1><p>See them all.</p>\(slides)</div></body></html>")
        for p in Self.prose + Self.more { XCTAssertEqual(kinds(page, p), [.text], "a gallery's caption is its text: \(p)") }
        let article = try extract(Self.page)
        XCTAssertEqual(kinds(article, "The leaders shake hands after signing the accord in Tokyo."), [.caption])
    }

    /// Text in a <figure> outside its <figcaption> is the figure's caption or credit;
    /// a table shown as a figure is the article's.
    func testTextInAFigureIsItsCaption() throws {
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let page = try extract("""
            <html><body><article><h1>Accord signed</h1>\(body)
            <figure><img src="a.jpg"><p>Ann Photographer for the agency</p></figure>
            <figure><table><tr><td>Port of Naples, to be rebuilt by 2030</td><td>Railway to the airport</td></tr></table></figure>
            </article></body></html>
            """)
        XCTAssertEqual(kinds(page, "Ann Photographer for the agency"), [.caption])
        XCTAssertTrue(page.mainText.contains("Port of Naples, to be rebuilt by 2030"), page.mainText)
    }

    /// A heading that names a section of links to other pages ends the article; the
    /// same words over a long paragraph do not.
    func testALinkSectionHeadingEndsTheArticle() throws {
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let teasers = ["Markets rise on hopes of a deal", "Ministers meet again in May", "A railway for the coast"]
            .map { "<div><h4><a href=\"/x\">\($0)</a></h4><p>The story so far, in brief, for readers.</p></div>" }.joined()
        for heading in ["Related", "You may also like:", "More from World News", "Editor\u{2019}s picks", "More Great Example Stories"] {
            let page = try extract("<html><body><article><h1>Accord signed</h1>\(body)<h3>\(heading)</h3>\(teasers)</article></body></html>")
            for p in Self.prose { XCTAssertTrue(page.mainText.contains(p)) }
            XCTAssertFalse(page.mainText.contains("Markets rise"), "\(heading): \(page.mainText)")
            XCTAssertFalse(page.mainText.contains("The story so far"))
            XCTAssertEqual(kinds(page, heading), [.boilerplate])
        }
        let long = Self.prose.joined(separator: " ")
        let goesOn = try extract("<html><body><article><h1>Accord signed</h1>\(body)<h2>Trending</h2><p>\(long)</p></article></body></html>")
        XCTAssertTrue(goesOn.mainText.contains("Trending"), "a long paragraph follows: the article goes on")
        XCTAssertTrue(goesOn.mainText.contains(long))
        let named = try extract("<html><body><article><h1>Accord signed</h1><h2>More from the minister</h2>\(body)</article></body></html>")
        XCTAssertTrue(named.mainText.contains("More from the minister"), "the article goes on under it")
        XCTAssertFalse(NoticeWording(.english).opensLinkSection("Related research shows a rise in exports"))
        XCTAssertFalse(NoticeWording(.english).opensLinkSection("More from"), "a prefix needs its name")
        XCTAssertFalse(NoticeWording(.english).opensLinkSection("Top officials deny the stories"), "a headline")
        XCTAssertFalse(NoticeWording(.english).opensLinkSection("More questions than answers"))
    }

    /// A line alone in its own box that reads as a link-section heading ("Keep
    /// Reading" in a <div>) ends the box it opens, as a heading does; a heading alone
    /// in its wrapper opens the box around it. A line that ends a sentence, or one
    /// that shares its box with the article's text, does not.
    func testALinkSectionLineInItsOwnBoxEndsThatBox() throws {
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let box = "<div class=\"x\"><div>Keep Reading</div><div>The latest on markets, from bonds to shares and more</div>"
            + "<ul><li><a href=\"/a\">Markets rise on hopes of a deal</a></li><li><a href=\"/b\">Ministers meet again</a></li></ul></div>"
        let page = try extract("<html><body><article><h1>Accord signed</h1>\(body)\(box)<p>\(Self.more[0])</p></article></body></html>")
        XCTAssertFalse(page.mainText.contains("Keep Reading"), page.mainText)
        XCTAssertFalse(page.mainText.contains("The latest on markets"), page.mainText)
        XCTAssertTrue(page.mainText.contains(Self.more[0]), "the article goes on after the box")
        for p in Self.prose { XCTAssertTrue(page.mainText.contains(p)) }
        let wrapped = try extract("""
            <html><body><article><h1>Accord signed</h1>\(body)<div><div class="t"><h3>Other recent stories</h3></div>
            <div><h5><a href="/a">Markets rise</a></h5><p>The story so far, in brief, for readers.</p></div></div></article></body></html>
            """)
        XCTAssertFalse(wrapped.mainText.contains("The story so far"), wrapped.mainText)
        // In a paragraph with the article's text, or as a sentence, it is the article's.
        let inline = try extract("<html><body><article><h1>Accord signed</h1>\(body)<div>Keep reading.</div><p>\(Self.more[0])</p></article></body></html>")
        XCTAssertTrue(inline.mainText.contains("Keep reading."), inline.mainText)
    }

    /// Another story set into the article, with its own headline and its own byline,
    /// is not the article's text; a run of such boxes (a live blog) is the page's text,
    /// and so is a section under the article's own byline.
    func testAnotherStorySetIntoTheArticleIsBoilerplate() throws {
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let inset = "<div class=\"box\"><h3>Markets rise as talks end</h3><div><p>By Cy Other for Wirenews</p>"
            + "<p>\(Self.more[1])</p></div></div>"
        let page = try extract("""
            <html><body><article><h1>Accord signed</h1><p class="byline">By Ann Reporter</p>\(body)\(inset)<p>\(Self.more[0])</p></article></body></html>
            """)
        XCTAssertFalse(page.mainText.contains("Markets rise as talks end"), page.mainText)
        XCTAssertFalse(page.mainText.contains(Self.more[1]), page.mainText)
        XCTAssertTrue(page.mainText.contains(Self.more[0]))
        for p in Self.prose { XCTAssertTrue(page.mainText.contains(p)) }
        // A live blog: each entry has its headline and byline.
        let entries = (1...3).map { k in
            "<div class=\"e\"><h3>Update \(k): talks go on</h3><p>By Cy Other\(k == 2 ? "" : " and Di Fourth")</p><p>\(Self.more[k % 2])</p></div>"
        }.joined()
        let blog = try extract("<html><body><article><h1>Live: the talks</h1><p class=\"byline\">By Ann Reporter</p>\(body)\(entries)</article></body></html>")
        XCTAssertTrue(blog.mainText.contains("Update 2: talks go on"), blog.mainText)
        // No byline of its own for the article: nothing to tell the inset from.
        let unsigned = try extract("<html><body><article><h1>Accord signed</h1>\(body)\(inset)</article></body></html>")
        XCTAssertTrue(unsigned.mainText.contains(Self.more[1]), unsigned.mainText)
    }

    /// Two or more teasers in a row (a headline, a few short lines, "Read more") are
    /// a list of other posts; one teaser alone, or "Read more" lines between the
    /// article's paragraphs, stay the article's.
    func testARunOfTeasersIsAListOfOtherPosts() throws {
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let teaser = { (h: String, p: String, close: String) in "<div><h2>\(h)</h2><p>\(p)</p><h3><a href=\"/x\">\(close)</a></h3></div>" }
        let run = teaser("Markets rise as talks end", Self.more[0], "READ THE REST")
            + teaser("Ministers meet again in May", Self.more[1], "Read more \u{00BB}")
        let page = try extract("<html><body><div><h1>Accord signed</h1>\(body)</div><div>\(run)</div></body></html>")
        for p in Self.prose { XCTAssertTrue(page.mainText.contains(p)) }
        XCTAssertFalse(page.mainText.contains(Self.more[0]), page.mainText)
        XCTAssertFalse(page.mainText.contains(Self.more[1]), page.mainText)
        let one = try extract("<html><body><div><h1>Accord signed</h1>\(body)\(teaser("The plan in full", Self.more[0], "Continue reading"))</div></body></html>")
        XCTAssertTrue(one.mainText.contains(Self.more[0]), "one teaser alone stays: \(one.mainText)")
        let w = NoticeWording(.english)
        XCTAssertTrue(w.closesTeaser("Continue reading\u{2026}"))
        XCTAssertFalse(w.closesTeaser("Read more about the plan"))
    }

    /// A box of a picture and one short text is a figure by its shape: the text is a
    /// caption, out of the main text. A paragraph that opens with an inline picture,
    /// or a box with a picture and two texts, is not.
    func testAPictureAndAShortTextBesideItAreAFigure() throws {
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let page = try extract("""
            <html><body><article><h1>Accord signed</h1>\(body)
            <div class="imginline"><img src="a.png"><span>Figure: the two leaders in Tokyo.</span></div>
            <div><a href="/p"><img src="b.png"></a><p>Photo: Ann Example/Agency</p></div>
            <p><img src="c.png">\(Self.more[0])</p>
            <div><img src="d.png"><p>\(Self.more[1])</p><p>Both sides called the talks useful.</p></div>
            </article></body></html>
            """)
        XCTAssertEqual(kinds(page, "Figure: the two leaders in Tokyo."), [.caption])
        XCTAssertEqual(kinds(page, "Photo: Ann Example/Agency"), [.caption])
        XCTAssertFalse(page.mainText.contains("Figure: the two leaders"), page.mainText)
        XCTAssertTrue(page.mainText.contains(Self.more[0]), "a paragraph with an inline picture stays")
        XCTAssertTrue(page.mainText.contains(Self.more[1]), "a box with two texts is no figure")
    }

    /// A heading over an empty box that a script fills (a player, a comment thread)
    /// labels what the page does not hold: boilerplate. A subheading over the text that
    /// follows it, or in a wrapper of its own, stays.
    func testAHeadingOverAScriptsEmptyBoxIsBoilerplate() throws {
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let page = try extract("""
            <html><body><div><div><h4>Watch our latest picks</h4><div id="player-12"></div></div>
            <h1>Accord signed</h1>\(body)
            <section><h2>Join the discussion</h2><div id="comments"></div></section>
            <div class="sub"><h2>What comes next</h2></div><p>\(Self.more[0])</p>
            <div><h3>The plan</h3><div id="x1"></div><p>\(Self.more[1])</p></div></div></body></html>
            """)
        let main = page.mainText
        XCTAssertFalse(main.contains("Watch our latest picks"), main)
        XCTAssertFalse(main.contains("Join the discussion"), main)
        XCTAssertTrue(main.contains("What comes next"), main)
        XCTAssertTrue(main.contains("The plan"), "a heading over text in its box stays: \(main)")
        let boilerplate = page.blocks.filter { $0.kind == .boilerplate }.map(\.text)
        XCTAssertTrue(boilerplate.contains("Watch our latest picks"), "kept as boilerplate, never dropped")
    }

    /// Short blocks between two pitches are the same notice box; between two "Read
    /// more" lines they are the article's.
    func testBlocksBetweenTwoPitchesAreOneNotice() throws {
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let box = ["To view the full story, please subscribe to The Daily Example.",
                   "You will get unlimited digital access and our weekly print edition.",
                   "Join now to get: a gift, and early tickets to our events.",
                   "Already a subscriber? Log in here."]
        let page = try extract("<html><body><article><h1>Accord signed</h1>\(body)\(box.map { "<p>\($0)</p>" }.joined())</article></body></html>")
        for line in box { XCTAssertEqual(kinds(page, line), [.boilerplate], line) }
        let between = "The minister left for Rome on Saturday."
        let reads = try extract("""
            <html><body><article><h1>Accord signed</h1>\(body)<p>Read more: the plan</p><p>\(between)</p>
            <p>Read more: the ministers</p>\(body)</article></body></html>
            """)
        XCTAssertEqual(kinds(reads, between), [.text])
    }

    /// A page whose scripts draw the article carries it in JSON-LD `articleBody`:
    /// that is the text when the page shows less than half of it.
    func testArticleBodyFromJSONLDWhenThePageShowsLittle() throws {
        func page(_ body: String, shown: String) -> String {
            let json = String(decoding: try! JSONSerialization.data(withJSONObject: ["@type": "NewsArticle", "headline": "Accord", "articleBody": body]), as: UTF8.self)
            return "<html><head><script type=\"application/ld+json\">\(json)</script></head><body><div id=\"app\"><h1>Accord signed</h1><p>\(shown)</p></div></body></html>"
        }
        let teaser = "Updated: the two governments agreed on Friday."
        let drawn = try extract(page((Self.prose + Self.more).joined(separator: "\n\n"), shown: teaser))
        for p in Self.prose + Self.more { XCTAssertEqual(kinds(drawn, p), [.text], p) }
        XCTAssertTrue(drawn.mainText.hasPrefix("Accord signed"))
        XCTAssertEqual(kinds(drawn, teaser), [.boilerplate], "what the page showed is kept")
        let shownAll = try extract(page((Self.prose + Self.more).joined(separator: "\n"), shown: (Self.prose + Self.more).joined(separator: " ")))
        XCTAssertEqual(shownAll.blocks.filter { $0.kind == .text }.count, 1, "the page shows the text: the JSON-LD copy is not added")
        let markup = try extract(page((Self.prose + Self.more).map { "<p>\($0)</p>" }.joined(), shown: teaser))
        XCTAssertFalse(markup.mainText.contains(Self.prose[2]), "a body with markup is not plain text")
    }

    func testDomainNamesAndMixedScripts() {
        XCTAssertTrue(NoticeWording.isDomainName("BVINEWS.COM"))
        XCTAssertTrue(NoticeWording.isDomainName("example.co.uk"))
        XCTAssertFalse(NoticeWording.isDomainName("A.Word.A.Day"))
        XCTAssertFalse(NoticeWording.isDomainName("He left. Then"))
        XCTAssertFalse(NoticeWording.isDomainName("U.S."))
        XCTAssertTrue(NoticeWording.mixesScripts("Y\u{43E}ur c\u{43E}ntent is d\u{435}livered"))
        XCTAssertFalse(NoticeWording.mixesScripts("Der Zar sagte \u{0414}\u{0430} und ging"), "a Russian word in Latin text is not mixed")
        XCTAssertFalse(NoticeWording.mixesScripts("The minister said the talks were over."))
    }

    /// A line that is only a number is a counter and a trail of "»" links a
    /// breadcrumb; a program's output in <pre> and a table's numbers are not.
    func testCountersAndBreadcrumbsAreNotices() throws {
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let page = try extract("""
            <html><body><article><h1>Accord signed</h1><p>Front Page \u{BB} World \u{BB} Accord signed</p><div>828</div>
            \(body)<pre>200</pre><table><tr><td>Votes</td><td>1,204</td></tr></table></article></body></html>
            """)
        XCTAssertEqual(kinds(page, "Front Page \u{BB} World \u{BB} Accord signed"), [.boilerplate])
        XCTAssertEqual(kinds(page, "828"), [.boilerplate])
        XCTAssertNotEqual(kinds(page, "200"), [.boilerplate], "a program's output")
        XCTAssertNotEqual(kinds(page, "1,204"), [.boilerplate], "a table's number")
    }

    /// A line that is only a date or time with a number is the post's stamp (a
    /// dateline); a duration, weekday headings and a timetable's cells are not.
    func testDateStampLinesAreDatelines() throws {
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let page = try extract("""
            <html><body><article><h1>Accord signed</h1><div>Thursday, 16 January 2026 \u{2013} 3:55pm</div>
            <p>6 hours ago</p>\(body)<p>4 minutes</p><p>Monday, Thursday</p><p>On 16 January 2026.</p>
            <table><tr><td>8:10 AM</td><td>The ministers arrive at the palace for the first round of talks.</td></tr></table>
            </article></body></html>
            """)
        XCTAssertEqual(kinds(page, "Thursday, 16 January 2026 \u{2013} 3:55pm"), [.dateline])
        XCTAssertEqual(kinds(page, "6 hours ago"), [.dateline])
        for kept in ["4 minutes", "Monday, Thursday", "On 16 January 2026.", "8:10 AM"] {
            XCTAssertNotEqual(kinds(page, kept), [.dateline], kept)
        }
        XCTAssertTrue(HTMLExtractor.isTimestampLine("Feb 6, 2014 at 20:37"))
        XCTAssertFalse(HTMLExtractor.isTimestampLine("Posted by the minister on Feb 6, 2014"))
        let labels = HTMLLexicon.english.metadataLabels, links = HTMLLexicon.english.stampLinkWords
        XCTAssertTrue(HTMLExtractor.isTimestampLine("Posted on April 22, 2022", labels: labels, links: links))
        XCTAssertTrue(HTMLExtractor.isTimestampLine("Last updated: 22/04/2022 10:15", labels: labels, links: links))
        XCTAssertTrue(HTMLExtractor.isTimestampLine("answered Feb 6, 2014 at 23:35", labels: labels, links: links))
        XCTAssertTrue(HTMLExtractor.isTimestampLine("Asked 8 years, 2 months ago", labels: labels, links: links))
        XCTAssertFalse(HTMLExtractor.isTimestampLine("8 years and 2 months", labels: labels, links: links))
        XCTAssertFalse(HTMLExtractor.isTimestampLine("Posted on April 22, 2022", labels: [], links: []), "no label, too little date")
        XCTAssertFalse(HTMLExtractor.isTimestampLine("Posted on Monday by the editors", labels: labels, links: links))
        XCTAssertFalse(HTMLExtractor.isTimestampLine("Postedon April 22, 2022", labels: labels, links: links), "a label is a whole word")
        XCTAssertFalse(HTMLExtractor.isTimestampLine("The talks began on 16 January 2026 in Tokyo and ended"))
    }

    /// A short line that opens as a byline and then holds only names is a byline,
    /// with no class to say so; a sentence that starts with "By" is not.
    func testBylineByItsWording() throws {
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let sentence = "By Friday the ministers had left."
        let page = try extract("""
            <html><body><article><h1>Accord signed</h1><div>By Nada Example, Daily Example, New York</div>
            \(body)<p>\(sentence)</p></article></body></html>
            """)
        XCTAssertEqual(kinds(page, "By Nada Example, Daily Example, New York"), [.byline])
        let posted = try extract("<html><body><article><h1>Accord signed</h1>\(body)<p>Posted by Alex Example, Project Marketing</p></article></body></html>")
        XCTAssertEqual(kinds(posted, "Posted by Alex Example, Project Marketing"), [.byline])
        for dated in ["By Evan Example, August 14, 2020 2:30 pm", "Written by Ana Example on July 27, 2017"] {
            let page = try extract("<html><body><article><h1>Accord signed</h1><div>\(dated)</div>\(body)</article></body></html>")
            XCTAssertEqual(kinds(page, dated), [.byline], dated)
        }
        let notNames = "By Friday, January 16, the talks had ended"
        let late = try extract("<html><body><article><h1>Accord signed</h1>\(body)<p>\(notNames)</p></article></body></html>")
        XCTAssertEqual(kinds(late, notNames), [.text])
        XCTAssertEqual(kinds(page, sentence), [.text])
        // The writer's affiliation or place after the names ends them.
        let lexicon = SegmentationLexicon.english
        XCTAssertEqual(Segmenter.names(inByline: "By Cy Other for the Wire", lexicon: lexicon), ["Cy Other"])
        XCTAssertEqual(Segmenter.names(inByline: "By Ann Lee and Bo Chan in Geneva", lexicon: lexicon), ["Ann Lee", "Bo Chan"])
        XCTAssertEqual(Segmenter.names(inByline: "By Monday in the north, troops withdrew", lexicon: lexicon), [])
        let wire = try extract("<html><body><article><h1>Accord signed</h1><p>By Cy Other for the Wire</p>\(body)</article></body></html>")
        XCTAssertEqual(wire.metadata.authors, ["Cy Other"])
    }

    /// A box around a button whose few short blocks make a sentence (a call to
    /// action, a sign-up form) is the page's furniture; a paragraph with its own
    /// "tweet this" button, a figure with a zoom button and a short article in a
    /// box with a share button are not.
    func testAWidgetAroundAButtonIsBoilerplate() throws {
        let body = Self.prose.map { "<p>\($0)</p>" }.joined()
        let pitch = "We reach thousands of professional readers every month who keep up with the trade."
        let page = try extract("""
            <html><body><main><div><article><h1>Accord signed</h1>\(body)
            <div><p>The ministers will meet again in March, the statement said.</p><button>Tweet this</button></div>
            <figure><img src="a.jpg"><figcaption>The ministers met at the palace on Friday, officials said.</figcaption><button>Zoom</button></figure>
            <div><h3>Get your company listed</h3><div>\(pitch)</div><a href="/x">Learn how to publish.</a><button>Contact us</button></div>
            </article></div></main></body></html>
            """)
        XCTAssertEqual(kinds(page, pitch), [.boilerplate])
        XCTAssertEqual(kinds(page, "Get your company listed"), [.boilerplate])
        XCTAssertEqual(kinds(page, "The ministers will meet again in March, the statement said."), [.text])
        XCTAssertEqual(kinds(page, "The ministers met at the palace on Friday, officials said."), [.caption])
        let short = try extract("""
            <html><body><div><h1>Accord signed</h1><div><p>By Nada Example</p><p>The two governments signed an accord on Friday.</p>
            <button>Share</button></div></div></body></html>
            """)
        XCTAssertEqual(kinds(short, "The two governments signed an accord on Friday."), [.text], "the article's own box")
        // A form needs no sentence: a log-in box is furniture however it is worded.
        let login = try extract("""
            <html><body><main><article><h1>Accord signed</h1>\(body)
            <div><h3>Already a reader</h3><form><div><label>Email address</label><input type="email"></div>
            <div><label>Password</label><input type="password"></div><button>Log in</button></form></div>
            <div><h3>Reactions</h3><p>Readers wrote in</p><button>More</button></div></article></main></body></html>
            """)
        XCTAssertEqual(kinds(login, "Email address"), [.boilerplate])
        XCTAssertEqual(kinds(login, "Already a reader"), [.boilerplate])
        XCTAssertEqual(kinds(login, "Readers wrote in"), [.text], "no form, no sentence")
        // (a box whose first control is outside its form is still the form's box)
        let club = try extract("""
            <html><body><main><article><h1>Accord signed</h1>\(body)
            <div><h3>Reader club</h3><button>Close</button><form><label>Your email</label><input type="email"></form></div>
            </article></main></body></html>
            """)
        XCTAssertEqual(kinds(club, "Reader club"), [.boilerplate])
    }
}
