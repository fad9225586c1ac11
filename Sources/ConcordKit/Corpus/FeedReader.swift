import CLibXML2
import Foundation

/// One item of an RSS 2.0, RSS 1.0 (RDF) or Atom feed: its metadata and its
/// content as a page (HTML inside the item read as web pages are).
public struct FeedItem: Sendable {
    public var page: ExtractedPage
}

/// RSS and Atom feeds, parsed with libxml2's XML parser (no network, no
/// external entities, entities not expanded).
public enum FeedReader {
    /// File names read as feeds (a `.xml` file is read when it holds a feed).
    public static func isFeed(_ name: String) -> Bool {
        name.hasSuffixFoldingASCII(".rss") || name.hasSuffixFoldingASCII(".atom") || name.hasSuffixFoldingASCII(".xml")
    }

    public enum Failure: Error, Equatable {
        case notXML
        case notAFeed(root: String)
    }

    public static func read(_ data: Data, lexicon: HTMLLexicon = .english) -> Result<[FeedItem], Failure> {
        guard data.count < Int(Int32.max), !data.isEmpty else { return .failure(.notXML) }
        func parse(_ encoding: String?, options: Int32) -> xmlDocPtr? {
            data.withUnsafeBytes { raw -> xmlDocPtr? in
                guard let base = raw.baseAddress else { return nil }
                return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, encoding, options)
            }
        }
        let valid = data.withUnsafeBytes { decodeUTF8($0.bindMemory(to: UInt8.self)).1 == nil }
        let declared = declaredEncoding(data)
        let ignoring = Int32(cx_xml_options_ignoring_charset())
        // (libxml2's messages are counted, not printed)
        let parsed = HTMLExtractor.quietly { tally -> xmlDocPtr? in
            var doc: xmlDocPtr?
            // (UTF-16 and UTF-32, which libxml2 tells by their byte order mark or zero bytes, are no such case)
            let wide = data.count >= 2 && (data.first == 0 || data[data.startIndex + 1] == 0
                || (data.first == 0xFF && data[data.startIndex + 1] == 0xFE) || (data.first == 0xFE && data[data.startIndex + 1] == 0xFF))
            if !valid, !wide, declared == nil || declared == "utf-8" || declared == "utf8" {
                // A feed that is (or says it is) UTF-8 but holds single-byte text, as old
                // feeds in Windows-1252 do: read as Windows-1252 (else each such byte is lost);
                // when it holds UTF-8 too, only the stray bytes are (see the web-page reader).
                if data.withUnsafeBytes({ HTMLExtractor.holdsMultibyteUTF8($0.bindMemory(to: UInt8.self)) }) {
                    let repaired = data.withUnsafeBytes { HTMLExtractor.repairingStrayBytes($0.bindMemory(to: UInt8.self)) }
                    doc = repaired.withUnsafeBytes { raw -> xmlDocPtr? in
                        guard let base = raw.baseAddress else { return nil }
                        return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, "utf-8", ignoring)
                    }
                } else {
                    doc = parse("windows-1252", options: ignoring)
                }
            } else {
                doc = parse(nil, options: Int32(cx_xml_options()))
                // A feed that declares a charset its bytes are not in (Shift_JIS on a UTF-8
                // feed) stops converting at the first bad byte and loses the rest: read it
                // again as UTF-8 when it is that, else as Windows-1252, else as Latin-1.
                if tally.pointee > 0, declared != nil {
                    if let d = doc { xmlFreeDoc(d) }
                    doc = HTMLExtractor.rereadIgnoringCharset(valid: valid, tally: tally) { parse($0, options: ignoring) }
                }
            }
            return doc
        }
        guard let doc = parsed else { return .failure(.notXML) }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return .failure(.notXML) }
        let rootName = localName(root)
        var channel = Metadata()
        var items: [xmlNodePtr] = []
        switch rootName {
        case "rss", "rdf":
            // RSS 2.0: rss/channel/item; RSS 1.0: rdf:RDF/channel + rdf:RDF/item.
            for child in elements(root) {
                if localName(child) == "channel" {
                    readChannel(child, into: &channel)
                    items += elements(child).filter { localName($0) == "item" }
                } else if localName(child) == "item" {
                    items.append(child)
                }
            }
        case "feed":
            readChannel(root, into: &channel)
            items = elements(root).filter { localName($0) == "entry" }
        default:
            return .failure(.notAFeed(root: rootName))
        }
        return .success(items.map { item(from: $0, channel: channel, lexicon: lexicon) })
    }

    /// The encoding an XML declaration names (`<?xml version="1.0"
    /// encoding="ISO-8859-1"?>`), lowercased; nil when there is none.
    static func declaredEncoding(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"), let close = head.range(of: "?>") else { return nil }
        let decl = head[..<close.lowerBound].lowercased()
        guard let key = decl.range(of: "encoding") else { return nil }
        var rest = decl[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        guard let end = rest.firstIndex(of: quote) else { return nil }
        let name = String(rest[..<end])
        return name.isEmpty ? nil : name
    }

    // MARK: Items

    static func readChannel(_ node: xmlNodePtr, into m: inout Metadata) {
        for child in elements(node) {
            switch localName(child) {
            case "title" where m.outlet == nil:
                let t = HTMLExtractor.collapse(HTMLExtractor.text(child))
                if !t.isEmpty { m.outlet = t; m.provenance["outlet"] = .page("feed title") }
            case "language" where m.language == nil:
                m.language = HTMLExtractor.collapse(HTMLExtractor.text(child))
                m.provenance["language"] = .page("feed language")
            default: break
            }
        }
        if m.language == nil, let lang = xmlLang(node) {
            m.language = lang
            m.provenance["language"] = .page("feed xml:lang")
        }
    }

    static func item(from node: xmlNodePtr, channel: Metadata, lexicon: HTMLLexicon) -> FeedItem {
        var m = Metadata()
        var html: String?
        var summary: String?
        var dates: [(String, String)] = []
        var updates: [(String, String)] = []
        for child in elements(node) {
            let name = localName(child)
            let text = HTMLExtractor.text(child)
            switch name {
            case "title":
                let t = isHTMLContent(child) ? HTMLExtractor.collapse(textOfHTML(text)) : HTMLExtractor.collapse(text)
                if !t.isEmpty { m.title = t; m.provenance["title"] = .page("feed item title") }
            case "link":
                // Atom: <link rel="alternate" href="…"/>; RSS: <link>…</link>.
                let rel = HTMLExtractor.attribute(child, "rel") ?? "alternate"
                if let href = HTMLExtractor.attribute(child, "href") {
                    if rel == "alternate" && m.url == nil { m.url = href }
                } else if m.url == nil {
                    let t = HTMLExtractor.collapse(text)
                    if !t.isEmpty { m.url = t }
                }
                if m.url != nil { m.provenance["url"] = .page("feed item link") }
            case "guid" where m.url == nil && HTMLExtractor.attribute(child, "isPermaLink") != "false":
                let t = HTMLExtractor.collapse(text)
                if t.hasPrefix("http") { m.url = t; m.provenance["url"] = .page("feed item guid") }
            case "author", "creator":
                // Atom: <author><name>…</name></author>; RSS: "mail@example.com (Name)"; dc:creator.
                var value = elements(child).first { localName($0) == "name" }.map { HTMLExtractor.text($0) } ?? text
                value = HTMLExtractor.collapse(value)
                if let open = value.firstIndex(of: "("), value.hasSuffix(")"), value[..<open].contains("@") {
                    value = String(value[value.index(after: open)..<value.index(before: value.endIndex)])
                }
                if !value.isEmpty && !value.contains("@") && !m.authors.contains(value) && m.authors.count < 20 {
                    m.authors.append(value)
                    m.provenance["authors"] = .page("feed item \(name)")
                }
            case "pubdate", "published", "date", "issued":
                dates.append((HTMLExtractor.collapse(text), "feed item \(name)"))
            case "updated", "modified":
                updates.append((HTMLExtractor.collapse(text), "feed item \(name)"))
            case "encoded", "content":
                if isXHTMLContent(child) {
                    html = xhtmlMarkup(child)
                } else if html == nil || name == "encoded" {
                    html = text
                }
            case "description", "summary":
                summary = text
            default: break
            }
        }
        for (value, source) in dates + updates {
            if let d = parseDate(value) {
                m.published = d
                m.provenance["published"] = .page(source)
                break
            }
        }
        let content = html ?? summary ?? ""
        var page = HTMLExtractor.extract(Data(content.utf8), lexicon: lexicon) ?? ExtractedPage(blocks: [], metadata: Metadata())
        if !page.blocks.contains(where: { $0.kind == .text }) {
            // A short item: its blocks are its text whatever they look like.
            page.blocks = page.blocks.map { ($0.kind == .boilerplate ? .text : $0.kind, $0.text) }
        }
        if m.outlet == nil, let o = channel.outlet { m.outlet = o; m.provenance["outlet"] = channel.provenance["outlet"] }
        if m.language == nil, let l = channel.language ?? xmlLang(node) {
            m.language = l
            m.provenance["language"] = channel.provenance["language"] ?? .page("feed xml:lang")
        }
        if m.authors.isEmpty, !page.metadata.authors.isEmpty {
            m.authors = page.metadata.authors
            m.provenance["authors"] = page.metadata.provenance["authors"]
        }
        page.metadata = m
        return FeedItem(page: page)
    }

    /// Dates in RFC 822 ("Fri, 16 Jan 2026 09:30:00 +0000", as RSS writes them) or
    /// ISO 8601 ("2026-01-16T09:30:00Z", as Atom does).
    public static func parseDate(_ s: String) -> CalendarDate? {
        if s.count >= 10, let d = CalendarDate.parseISO(String(s.prefix(10))) { return d }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        var day: Int?, month: Int?, year: Int?
        for token in s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }) {
            let t = token.lowercased()
            if let n = Int(t), t.count <= 4 {
                if t.count == 4 { year = n } else if day == nil && n >= 1 && n <= 31 { day = n } else if t.count == 2 && year == nil && day != nil { year = 2000 + n }
            } else if month == nil, t.count >= 3, let i = months.firstIndex(of: String(t.prefix(3))) {
                month = i + 1
            }
        }
        guard let y = year, let mo = month, let d = day else { return nil }
        return CalendarDate(year: y, month: mo, day: d)
    }

    // MARK: XML helpers

    static func elements(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            if HTMLExtractor.isElement(c) { out.append(c) }
            child = c.pointee.next
        }
        return out
    }

    static func localName(_ node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        return String(cString: n).lowercased()
    }

    static func xmlLang(_ node: xmlNodePtr) -> String? {
        guard let raw = xmlNodeGetLang(node) else { return nil }
        defer { xmlFree(raw) }
        let s = String(cString: raw)
        return s.isEmpty ? nil : s
    }

    static func isHTMLContent(_ node: xmlNodePtr) -> Bool { HTMLExtractor.attribute(node, "type")?.lowercased() == "html" }
    static func isXHTMLContent(_ node: xmlNodePtr) -> Bool { HTMLExtractor.attribute(node, "type")?.lowercased() == "xhtml" }

    /// An Atom xhtml content element's markup, serialised back for the HTML reader.
    static func xhtmlMarkup(_ node: xmlNodePtr) -> String {
        guard let buffer = xmlBufferCreate() else { return HTMLExtractor.text(node) }
        defer { xmlBufferFree(buffer) }
        var child = node.pointee.children
        while let c = child {
            _ = xmlNodeDump(buffer, node.pointee.doc, c, 0, 0)
            child = c.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    static func textOfHTML(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return html }
        return HTMLExtractor.extract(Data(html.utf8)).map { $0.blocks.map(\.text).joined(separator: " ") } ?? html
    }
}
