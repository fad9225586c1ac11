import CLibXML2
import Foundation

/// A saved web page as typed blocks (main text, headings, captions, bylines;
/// everything else the page carries as boilerplate, kept, never dropped) and
/// metadata with provenance. Parsed with libxml2's HTML parser, never with
/// regular expressions; the main text is chosen by scoring containers on their
/// paragraphs, commas and text length against their link density, as
/// Readability and trafilatura do.
public struct ExtractedPage: Sendable {
    public var blocks: [(kind: BlockKind, text: String)]
    public var metadata: Metadata

    /// The main text: heading and text blocks in order, separated by blank lines.
    public var mainText: String {
        blocks.filter { $0.kind == .text || $0.kind == .heading }.map(\.text).joined(separator: "\n\n")
    }
}

public enum HTMLExtractor {
    /// File names read as web pages.
    public static func isPage(_ name: String) -> Bool {
        name.hasSuffixFoldingASCII(".html") || name.hasSuffixFoldingASCII(".htm")
            || name.hasSuffixFoldingASCII(".html.gz") || name.hasSuffixFoldingASCII(".htm.gz")
    }

    /// Parses a page from memory, or from `gzipPath` (libxml2 reads gzip) when given.
    /// Sets libxml2 up; call once before pages are parsed on several threads.
    public static func initialize() { xmlInitParser() }

    public static func extract(_ data: Data, gzipPath: String? = nil, lexicon: HTMLLexicon = .english) -> ExtractedPage? {
        let options = Int32(cx_html_options())
        let doc: htmlDocPtr?
        if let gzipPath {
            cx_quiet_errors(nil)
            doc = htmlReadFile(gzipPath, nil, options)
        } else {
            // A page that declares no charset and is not UTF-8 is read as Windows-1252.
            let head = data.prefix(4096)
            let headText = String(decoding: head, as: UTF8.self).lowercased()
            let declares = headText.contains("charset")
            let valid = data.withUnsafeBytes { decodeUTF8($0.bindMemory(to: UInt8.self)).1 == nil }
            // A page labelled UTF-8 whose bytes are single-byte text (not one UTF-8
            // sequence of two or more bytes in it: an old page saved in Windows-1252
            // under a new template) is read as Windows-1252, its quotes and dashes
            // included (libxml2 would fall back to Latin-1, where they are controls).
            let mislabelled = declares && !valid && HTMLExtractor.declaredCharset(headText).map { $0 == "utf-8" || $0 == "utf8" } == true
                && !data.withUnsafeBytes { HTMLExtractor.holdsMultibyteUTF8($0.bindMemory(to: UInt8.self)) }
            // A UTF-8 page with a few single-byte characters pasted in (a comment or an
            // ad in Windows-1252): libxml2 would read everything after the first such
            // byte as Latin-1 ("cafÃ©"). Each stray byte is read as Windows-1252 and the
            // rest stays UTF-8.
            let declaredUTF8 = HTMLExtractor.declaredCharset(headText).map { $0 == "utf-8" || $0 == "utf8" }
            let mixed = !valid && (declaredUTF8 ?? !declares)
                && data.withUnsafeBytes { HTMLExtractor.holdsMultibyteUTF8($0.bindMemory(to: UInt8.self)) }
            let data = mixed ? data.withUnsafeBytes { HTMLExtractor.repairingStrayBytes($0.bindMemory(to: UInt8.self)) } : data
            let encoding: String? = mixed ? "utf-8" : (!declares && !valid) || mislabelled ? "windows-1252" : nil
            func read(_ encoding: String?, options: Int32 = options) -> htmlDocPtr? {
                data.withUnsafeBytes { raw -> htmlDocPtr? in
                    guard raw.count < Int(Int32.max) else { return nil }
                    guard let base = raw.baseAddress, raw.count > 0 else { return htmlReadMemory(" ", 1, nil, nil, options) }
                    return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, encoding, options)
                }
            }
            doc = HTMLExtractor.quietly { tally -> htmlDocPtr? in
                var first = read(encoding, options: mislabelled ? Int32(cx_html_options_ignoring_charset()) : options)
                // A page that declares a charset its bytes are not in (Shift_JIS, ISO-2022-JP
                // on a UTF-8 page) stops converting at the first bad byte and loses the
                // rest: read it again as UTF-8 when it is that, else as Windows-1252, else
                // (a byte Windows-1252 leaves undefined) as Latin-1, where every byte is a
                // character.
                if declares, tally.pointee > 0, let d = first, let used = d.pointee.encoding,
                   !String(cString: used).lowercased().hasPrefix("utf-8") {
                    xmlFreeDoc(d)
                    let ignoring = Int32(cx_html_options_ignoring_charset())
                    first = HTMLExtractor.rereadIgnoringCharset(valid: valid, tally: tally) { read($0, options: ignoring) }
                }
                return first
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        // The document's top-level nodes: a page without <html> may have several.
        var tops: [xmlNodePtr] = []
        var child = doc.pointee.children
        while let c = child { tops.append(c); child = c.pointee.next }
        var walker = Walker(lexicon: lexicon)
        walker.walk(tops)
        let page = walker.page()
        for t in walker.templates { xmlFreeDoc(t) }
        if page.blocks.contains(where: { $0.kind == .text }) { return page }
        // Chrome words on the page's wrappers hid everything: read again by tags and roles only.
        var again = Walker(lexicon: lexicon)
        again.useClassWords = false
        again.walk(tops)
        let second = again.page()
        for t in again.templates { xmlFreeDoc(t) }
        return second.blocks.contains(where: { $0.kind == .text }) ? second : page
    }

    /// Reads a document again, ignoring the charset it declares, after a failed
    /// conversion: as UTF-8 when the bytes are that, else as Windows-1252, else (a
    /// byte Windows-1252 leaves undefined) as Latin-1, where every byte is a character.
    static func rereadIgnoringCharset(valid: Bool, tally: UnsafeMutablePointer<Int32>,
                                      _ read: (String) -> xmlDocPtr?) -> xmlDocPtr? {
        var doc: xmlDocPtr?
        for fallback in valid ? ["utf-8"] : ["windows-1252", "iso-8859-1"] {
            if let d = doc { xmlFreeDoc(d) }
            tally.pointee = 0
            doc = read(fallback)
            if tally.pointee == 0 { break }
        }
        return doc
    }

    /// Runs `body` with libxml2's messages counted, not printed (`cx_quiet_errors`):
    /// `tally` counts the failed charset conversions of the parses inside it.
    static func quietly<T>(_ body: (UnsafeMutablePointer<Int32>) -> T) -> T {
        let tally = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        tally.initialize(to: 0)
        cx_quiet_errors(tally)
        defer { cx_quiet_errors(nil); tally.deallocate() }
        return body(tally)
    }

    /// The charset a page's head declares (`<meta charset="…">`, `content="…;
    /// charset=…"`), lowercased; nil when none is named.
    static func declaredCharset(_ lowercasedHead: String) -> String? {
        var rest = Substring(lowercasedHead)
        while let r = rest.range(of: "charset") {
            var i = r.upperBound
            let skip: Set<Character> = [" ", "=", "\"", "'"]
            var sawEquals = false
            while i < rest.endIndex, skip.contains(rest[i]) { if rest[i] == "=" { sawEquals = true }; i = rest.index(after: i) }
            var name = ""
            while i < rest.endIndex, rest[i].isLetter || rest[i].isNumber || rest[i] == "-" || rest[i] == "_", name.count < 40 {
                name.append(rest[i]); i = rest.index(after: i)
            }
            if sawEquals && !name.isEmpty { return name }
            rest = rest[r.upperBound...]
        }
        return nil
    }

    /// Whether the bytes hold at least one well-formed UTF-8 sequence of two or more
    /// bytes (a page that is partly UTF-8 is not single-byte text).
    static func holdsMultibyteUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            let n = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0
            if n > 0, i + n < b.count, (1...n).allSatisfy({ b[i + $0] & 0xC0 == 0x80 }) { return true }
            i += 1
        }
        return false
    }

    /// Windows-1252's characters for the bytes 0x80–0x9F (0 where it defines none:
    /// the byte stays the C1 control Latin-1 gives it); from 0xA0 it is Latin-1.
    static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The bytes as UTF-8: well-formed UTF-8 sequences kept, every other byte read as
    /// Windows-1252 (a page that is UTF-8 with some single-byte text pasted in).
    static func repairingStrayBytes(_ b: UnsafeBufferPointer<UInt8>) -> Data {
        var out = [UInt8]()
        out.reserveCapacity(b.count + b.count / 16)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { out.append(c); i += 1; continue }
            let n = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0
            if n > 0, i + n < b.count, (1...n).allSatisfy({ b[i + $0] & 0xC0 == 0x80 }),
               // (no overlong or surrogate forms: the second byte's range for E0, ED, F0, F4)
               !(c == 0xE0 && b[i + 1] < 0xA0), !(c == 0xED && b[i + 1] >= 0xA0),
               !(c == 0xF0 && b[i + 1] < 0x90), !(c == 0xF4 && b[i + 1] >= 0x90) {
                out.append(contentsOf: b[i...(i + n)])
                i += n + 1
                continue
            }
            let mapped = c < 0xA0 ? windows1252High[Int(c) - 0x80] : UInt32(c)
            let scalar = Unicode.Scalar(mapped == 0 ? UInt32(c) : mapped)!
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            i += 1
        }
        return Data(out)
    }

    // MARK: DOM helpers

    static func name(_ node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        return String(cString: n).lowercased()
    }

    static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, strcasecmp(UnsafeRawPointer(n).assumingMemoryBound(to: CChar.self), wanted) == 0 {
                var out = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { out += String(cString: content) }
                    child = c.pointee.next
                }
                return out
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// The class and id names of an element, as lower-case bytes.
    static func classNames(_ node: xmlNodePtr) -> [[UInt8]] {
        var names: [[UInt8]] = []
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name {
                let key = UnsafeRawPointer(n).assumingMemoryBound(to: CChar.self)
                if strcasecmp(key, "class") == 0 || strcasecmp(key, "id") == 0 {
                    var child = a.pointee.children
                    while let c = child {
                        if var p = c.pointee.content {
                            var current: [UInt8] = []
                            while p.pointee != 0 {
                                let b = p.pointee
                                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                                    if !current.isEmpty { names.append(current); current = [] }
                                } else {
                                    current.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
                                }
                                p += 1
                            }
                            if !current.isEmpty { names.append(current) }
                        }
                        child = c.pointee.next
                    }
                }
            }
            attr = a.pointee.next
        }
        return names
    }

    /// Hidden by the page itself: the hidden attribute, aria-hidden, or an inline
    /// display:none / visibility:hidden style.
    static func isHidden(_ node: xmlNodePtr) -> Bool {
        if attribute(node, "hidden") != nil { return true }
        if attribute(node, "aria-hidden")?.lowercased() == "true" { return true }
        guard let style = attribute(node, "style")?.lowercased(), !style.isEmpty else { return false }
        let compact = style.filter { $0 != " " && $0 != "\t" && $0 != "\n" }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{A0}" || c == "\u{0C}"
    }

    static func isElement(_ node: xmlNodePtr) -> Bool { Int(node.pointee.type.rawValue) == Int(cx_element_node()) }
    static func isText(_ node: xmlNodePtr) -> Bool {
        let t = Int(node.pointee.type.rawValue)
        return t == Int(cx_text_node()) || t == Int(cx_cdata_node())
    }

    /// The number of characters below a node, a run of white space counted as one
    /// (as `collapse` leaves it), counted up to just past `limit`.
    static func textLength(_ node: xmlNodePtr, upTo limit: Int) -> Int {
        var count = 0
        var space = true  // (leading white space is not counted)
        var stack: [xmlNodePtr] = [node]
        while let n = stack.popLast() {
            if isText(n), let c = n.pointee.content {
                var p = c
                while p.pointee != 0 {
                    let b: UInt8 = p.pointee
                    p += 1
                    if b & 0xC0 == 0x80 { continue }  // (not a character's first byte)
                    let white = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
                    if white && space { continue }
                    space = white
                    count += 1
                    if count > limit { return count }
                }
                continue
            }
            guard isElement(n) || n == node else { continue }
            var child = n.pointee.children
            while let k = child { stack.append(k); child = k.pointee.next }
        }
        return count
    }

    /// All text below a node (scripts included: used for JSON-LD and <title>).
    static func text(_ node: xmlNodePtr) -> String {
        var out = ""
        var stack: [xmlNodePtr] = [node]
        while let n = stack.popLast() {
            if isText(n), let c = n.pointee.content { out += String(cString: c); continue }
            // Only elements are entered: an XML entity reference's children are the
            // entity's own nodes, and nested entities would expand without bound.
            guard isElement(n) || n == node else { continue }
            var kids: [xmlNodePtr] = []
            var child = n.pointee.children
            while let c = child { kids.append(c); child = c.pointee.next }
            stack.append(contentsOf: kids.reversed())
        }
        return out
    }

    static func collapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for c in s.unicodeScalars {
            if isSpace(c) {
                space = !out.isEmpty
            } else {
                if space { out.append(" "); space = false }
                out.append(c)
            }
        }
        return String(out)
    }

    // MARK: The walk

    struct RawBlock {
        var tag: String
        var text = ""
        var linkChars = 0
        /// Inside an element that is site chrome (by tag, role, class or id).
        var boilerplate = false
        var caption = false
        /// A caption read as the page's text (a gallery's, see `page()`): scored.
        var gallery = false
        var byline = false
        /// The innermost enclosing container.
        var parent = 0
    }

    /// An element that can hold paragraphs; its blocks are `firstBlock..<endBlock`
    /// (the walk is in document order, so a subtree's blocks are contiguous).
    struct Container {
        var tag: String
        var parent: Int
        var firstBlock: Int
        var endBlock: Int
        var articleHint: Bool
        /// Marked as chrome by tag, role, class or id (hard: hidden by the page).
        var chrome = false
        var hardChrome = false
    }

    struct Frame {
        var boilerplate: Bool
        var caption: Bool
        var byline: Bool
        var inLink: Bool
        /// Inside a <figure>: its text is the figure's caption or credit (outside a
        /// quotation, table or listing shown as a figure).
        var inFigure = false
    }

    struct Walker {
        let lexicon: HTMLLexicon
        let matchers: HTMLLexicon.Matchers
        let notices: NoticeWording
        var blocks: [RawBlock] = []
        var current: RawBlock?
        var containers: [Container] = [Container(tag: "#document", parent: -1, firstBlock: 0, endBlock: 0, articleHint: false)]
        var metadata = Metadata()
        var timeDatetime: String?
        var jsonLD: [Any] = []
        var titleText: String?
        var metaTags: [(key: String, content: String)] = []
        var canonical: String?
        /// The JSON-LD object that describes the article (read by `fillMetadata`).
        var article: [String: Any]?
        /// Whether class, id and role words may mark chrome (off on the second try,
        /// for pages whose wrappers carry such words).
        var useClassWords = true
        var lastWasBreak = false
        /// The innermost container of each form control (`controlTags`: a button, a field).
        var buttonBoxes: [Int] = []
        /// Documents parsed from template scripts, freed when the walker is done.
        var templates: [htmlDocPtr] = []
        let debugFlags = ProcessInfo.processInfo.environment["CONCORD_DEBUG_HTML"] != nil

        init(lexicon: HTMLLexicon) {
            self.lexicon = lexicon
            matchers = lexicon.matchers
            notices = NoticeWording(lexicon)
        }

        mutating func flush() {
            if let b = current {
                let text = HTMLExtractor.collapse(b.text)
                if !text.isEmpty { var done = b; done.text = text; blocks.append(done) }
            }
            current = nil
            lastWasBreak = false
        }

        mutating func walk(_ tops: [xmlNodePtr]) {
            for root in tops where HTMLExtractor.isElement(root) && HTMLExtractor.name(root) == "html" {
                if let lang = HTMLExtractor.attribute(root, "lang"), !lang.isEmpty {
                    metadata.language = lang
                    metadata.provenance["language"] = .page("<html lang>")
                }
            }
            // An explicit stack (no recursion, whatever the nesting).
            enum Step { case enter(xmlNodePtr, Frame, Int), exit(isBlock: Bool, container: Int?) }
            let top = Frame(boilerplate: false, caption: false, byline: false, inLink: false)
            var stack: [Step] = tops.reversed().map { .enter($0, top, 0) }
            var blockTags: [String] = ["text"]
            while let step = stack.popLast() {
                switch step {
                case .exit(let isBlock, let container):
                    if isBlock || container != nil { flush(); blockTags.removeLast() }
                    if let c = container { containers[c].endBlock = blocks.count }
                case .enter(let node, let frame, let parent):
                    if HTMLExtractor.isText(node) {
                        guard let c = node.pointee.content else { continue }
                        let s = String(cString: c)
                        if current == nil {
                            current = RawBlock(tag: blockTags.last ?? "text", boilerplate: frame.boilerplate,
                                               caption: frame.caption || frame.inFigure,
                                               byline: frame.byline, parent: parent)
                        }
                        current?.text += s
                        if frame.inLink { current?.linkChars += s.unicodeScalars.count }
                        if s.unicodeScalars.contains(where: { !HTMLExtractor.isSpace($0) }) { lastWasBreak = false }
                        continue
                    }
                    guard HTMLExtractor.isElement(node) else { continue }
                    let tag = HTMLExtractor.name(node)
                    if tag == "head" { readHead(node); continue }
                    if lexicon.skippedTags.contains(tag) {
                        let type = HTMLExtractor.attribute(node, "type")?.lowercased() ?? ""
                        if lexicon.controlTags.contains(tag), type != "hidden", buttonBoxes.last != parent { buttonBoxes.append(parent) }
                        if tag == "script", type.contains("ld+json"),
                           let json = try? JSONSerialization.jsonObject(with: Data(HTMLExtractor.text(node).utf8), options: [.fragmentsAllowed]) {
                            jsonLD.append(json)
                        }
                        // Markup kept for the page's scripts to insert later (<script
                        // type="text/template">, as blog engines render posts): read in place,
                        // one level deep.
                        if tag == "script", type == "text/template" || type == "text/html", templates.count < 64 {
                            let markup = Data(HTMLExtractor.text(node).utf8)
                            if markup.count > 0, markup.count < Int(Int32.max),
                               let inner = markup.withUnsafeBytes({ raw -> htmlDocPtr? in
                                   guard let base = raw.baseAddress else { return nil }
                                   return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, "utf-8",
                                                         Int32(cx_html_options()))
                               }) {
                                templates.append(inner)
                                var roots: [xmlNodePtr] = []
                                var c = xmlDocGetRootElement(inner)
                                // html > body > children, or the fragment's own top nodes.
                                if let html = c, HTMLExtractor.name(html) == "html" {
                                    var k = html.pointee.children
                                    while let n = k { if HTMLExtractor.isElement(n) && HTMLExtractor.name(n) == "body" { c = n }; k = n.pointee.next }
                                }
                                var k = c?.pointee.children
                                while let n = k { roots.append(n); k = n.pointee.next }
                                for r in roots.reversed() { stack.append(.enter(r, frame, parent)) }
                            }
                        }
                        continue
                    }
                    if tag == "meta" || tag == "link" { readMetaOrLink(node); continue }
                    if tag == "title" { if titleText == nil { titleText = HTMLExtractor.collapse(HTMLExtractor.text(node)) }; continue }
                    if tag == "time", timeDatetime == nil, let dt = HTMLExtractor.attribute(node, "datetime") { timeDatetime = dt }
                    if tag == "br" {
                        // Two line breaks in a row end a paragraph (pages laid out with <br><br>).
                        if lastWasBreak { flush() } else { current?.text += " "; lastWasBreak = true }
                        continue
                    }
                    var f = frame
                    let names = HTMLExtractor.classNames(node)
                    let role = (HTMLExtractor.attribute(node, "role") ?? "").lowercased()
                    let itemprop = (HTMLExtractor.attribute(node, "itemprop") ?? "").lowercased()
                    let rel = (HTMLExtractor.attribute(node, "rel") ?? "").lowercased()
                    let articleHint = tag == "article" || tag == "main" || itemprop == "articlebody" || role == "main"
                        || matchers.article.matches(names)
                    // Chrome by tag, role, class or id. A container's mark is settled after the
                    // walk (a wrapper that holds the page's <main> or <h1> is not chrome); a
                    // block element's applies to its text at once.
                    var chrome = false, hard = false
                    if !lexicon.neverChromeTags.contains(tag) && !articleHint {
                        if HTMLExtractor.isHidden(node) { chrome = true; hard = true }
                        else if lexicon.boilerplateTags.contains(tag) || lexicon.boilerplateRoles.contains(role)
                            || (useClassWords && (matchers.boilerplate.matches(names) && !matchers.content.matches(names))) { chrome = true }
                    }
                    if chrome && debugFlags && !frame.boilerplate {
                        FileHandle.standardError.write(Data("chrome: <\(tag)> \(names.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")) role=\(role)\n".utf8))
                    }
                    // A heading over an empty box that a script fills (a video player, a
                    // comment thread, an ad slot: "Discover our latest picks" over
                    // <div id=player>) labels what the page does not hold.
                    if tag.isHeading && tag != "h1" && !frame.boilerplate && labelsScriptBox(node) { f.boilerplate = true }
                    if tag == "figcaption" || tag == "caption" || matchers.caption.matches(names) { f.caption = true }
                    // A box of a picture and one short text beside it is a figure by its
                    // shape, with no <figure> or class to say so: the text is its caption.
                    if !f.caption && lexicon.captionBoxTags.contains(tag) && isPictureBox(node) { f.caption = true }
                    // (a table, a quotation or a listing shown as a figure is the figure itself)
                    if tag == "figure" { f.inFigure = true } else if tag == "blockquote" || tag == "table" || tag == "pre" { f.inFigure = false }
                    if rel.contains("author") || itemprop == "author" || matchers.byline.matches(names) { f.byline = true }
                    if tag == "a" { f.inLink = true }
                    let isContainer = lexicon.containerTags.contains(tag)
                    let isBlock = !isContainer && lexicon.blockTags.contains(tag)
                    if isBlock || isContainer {
                        flush()
                        blockTags.append(tag)
                    }
                    var inner = parent
                    if isContainer {
                        inner = containers.count
                        containers.append(Container(tag: tag, parent: parent, firstBlock: blocks.count, endBlock: blocks.count,
                                                    articleHint: articleHint, chrome: chrome, hardChrome: hard))
                    } else if chrome {
                        f.boilerplate = true
                    }
                    stack.append(.exit(isBlock: isBlock, container: isContainer ? inner : nil))
                    var kids: [xmlNodePtr] = []
                    var child = node.pointee.children
                    while let c = child { kids.append(c); child = c.pointee.next }
                    for k in kids.reversed() { stack.append(.enter(k, f, inner)) }
                }
            }
            flush()
            containers[0].endBlock = blocks.count
            settleChrome()
        }

        /// Whether an element holds exactly a picture (<img> or <picture>, perhaps in a
        /// link) and one other element whose text is short (at most 300 characters), and
        /// no text of its own: `<div><img><span>Figure: …</span></div>`.
        func isPictureBox(_ node: xmlNodePtr) -> Bool {
            // (first, cheaply: a picture among the children and at most eight elements)
            var elements = 0, hasPicture = false
            var scan = node.pointee.children
            while let n = scan {
                if HTMLExtractor.isElement(n) {
                    elements += 1
                    if elements > 8 { return false }
                    var tag = HTMLExtractor.name(n)
                    if tag == "a", let only = n.pointee.children, only.pointee.next == nil, HTMLExtractor.isElement(only) { tag = HTMLExtractor.name(only) }
                    if lexicon.pictureTags.contains(tag) { hasPicture = true }
                }
                scan = n.pointee.next
            }
            guard hasPicture else { return false }
            var picture = false, texts = 0, chars = 0
            var child = node.pointee.children
            while let n = child {
                defer { child = n.pointee.next }
                if HTMLExtractor.isText(n) {
                    if let c = n.pointee.content, String(cString: c).unicodeScalars.contains(where: { !HTMLExtractor.isSpace($0) }) { return false }
                    continue
                }
                guard HTMLExtractor.isElement(n) else { continue }
                var tag = HTMLExtractor.name(n)
                // (a picture inside a link)
                if tag == "a", let only = n.pointee.children, only.pointee.next == nil, HTMLExtractor.isElement(only) { tag = HTMLExtractor.name(only) }
                if lexicon.pictureTags.contains(tag) {
                    if picture { return false }
                    picture = true
                    continue
                }
                if tag == "br" || lexicon.skippedTags.contains(tag) { continue }
                // (the text's length, counted only up to the limit)
                let length = HTMLExtractor.textLength(n, upTo: 300 - chars)
                if length == 0 { continue }
                texts += 1
                chars += length
                if texts > 1 || chars > 300 { return false }
            }
            return picture && texts == 1
        }

        /// Whether a heading's only companions in its box are elements without text, at
        /// least one of them a script's mount point (an element with an id) or an
        /// embedded player (<iframe>, <video>, <embed>, <object>, <audio>).
        func labelsScriptBox(_ heading: xmlNodePtr) -> Bool {
            guard let parent = heading.pointee.parent, HTMLExtractor.isElement(parent) else { return false }
            var mount = false
            var sibling = parent.pointee.children
            var budget = 2_000
            while let n = sibling {
                defer { sibling = n.pointee.next }
                if n == heading { continue }
                if HTMLExtractor.isText(n) {
                    if let c = n.pointee.content, String(cString: c).unicodeScalars.contains(where: { !HTMLExtractor.isSpace($0) }) { return false }
                    continue
                }
                guard HTMLExtractor.isElement(n) else { continue }
                let tag = HTMLExtractor.name(n)
                if lexicon.embedTags.contains(tag) || HTMLExtractor.attribute(n, "id").map({ !$0.isEmpty }) == true { mount = true }
                if lexicon.skippedTags.contains(tag) { continue }
                // (any text below it, within a budget of nodes: else it counts as text)
                var stack: [xmlNodePtr] = [n]
                while let m = stack.popLast() {
                    budget -= 1
                    if budget < 0 { return false }
                    if HTMLExtractor.isText(m) {
                        if let c = m.pointee.content, String(cString: c).unicodeScalars.contains(where: { !HTMLExtractor.isSpace($0) }) { return false }
                        continue
                    }
                    guard HTMLExtractor.isElement(m), m == n || !lexicon.skippedTags.contains(HTMLExtractor.name(m)) else { continue }
                    var k = m.pointee.children
                    while let c = k { stack.append(c); k = c.pointee.next }
                }
            }
            return mount
        }

        /// A container marked as chrome that holds the page's main element, article
        /// body or <h1> is a wrapper ("with-sidebar-right", a <form> around the page),
        /// not chrome; every other mark covers the container's blocks.
        mutating func settleChrome() {
            var holdsMain = containers.map(\.articleHint)
            for b in blocks where b.tag == "h1" { holdsMain[b.parent] = true }
            for c in stride(from: containers.count - 1, to: 0, by: -1) where holdsMain[c] && containers[c].parent >= 0 {
                holdsMain[containers[c].parent] = true
            }
            var inChrome = [Bool](repeating: false, count: containers.count)
            for c in 1..<max(1, containers.count) {
                let own = containers[c].hardChrome || (containers[c].chrome && !holdsMain[c])
                inChrome[c] = own || inChrome[containers[c].parent]
            }
            for i in blocks.indices where inChrome[blocks[i].parent] { blocks[i].boilerplate = true }
        }

        mutating func readHead(_ head: xmlNodePtr) {
            var child = head.pointee.children
            while let c = child {
                if HTMLExtractor.isElement(c) {
                    let tag = HTMLExtractor.name(c)
                    if tag == "meta" || tag == "link" { readMetaOrLink(c) }
                    else if tag == "title", titleText == nil { titleText = HTMLExtractor.collapse(HTMLExtractor.text(c)) }
                    else if tag == "script", HTMLExtractor.attribute(c, "type")?.lowercased().contains("ld+json") == true,
                            let json = try? JSONSerialization.jsonObject(with: Data(HTMLExtractor.text(c).utf8), options: [.fragmentsAllowed]) {
                        jsonLD.append(json)
                    }
                }
                child = c.pointee.next
            }
        }

        mutating func readMetaOrLink(_ node: xmlNodePtr) {
            let tag = HTMLExtractor.name(node)
            if tag == "link" {
                if (HTMLExtractor.attribute(node, "rel") ?? "").lowercased() == "canonical", let href = HTMLExtractor.attribute(node, "href") {
                    canonical = href
                }
                return
            }
            let key = (HTMLExtractor.attribute(node, "property") ?? HTMLExtractor.attribute(node, "name") ?? HTMLExtractor.attribute(node, "itemprop") ?? "").lowercased()
            guard !key.isEmpty, let content = HTMLExtractor.attribute(node, "content") else { return }
            metaTags.append((key, HTMLExtractor.collapse(content)))
        }

        func meta(_ key: String) -> String? { metaTags.first { $0.key == key && !$0.content.isEmpty }?.content }

        // MARK: Choosing the main text

        /// A short line that reads as a byline with no class to say so ("By Ann
        /// Reporter and Bo Writer", "Written by …"; the segmentation lexicon's
        /// openers, then names only).
        func isBylineText(_ text: String) -> Bool {
            // An opener with something after it, then names only.
            func opensWithNames(_ line: String) -> Bool {
                let lower = line.prefix(16).lowercased()
                guard SegmentationLexicon.english.bylinePrefixes.contains(where: { lower.hasPrefix($0) && line.count > $0.count + 1 })
                else { return false }
                return !Segmenter.names(inByline: line, lexicon: SegmentationLexicon.english).isEmpty
            }
            if opensWithNames(text) { return true }
            // A byline with its date ("By Evan Symon, August 14, 2020 2:30 pm", "Written
            // by Ana Sandoiu on July 27, 2017"): the names before the first date (not "By
            // Friday, …", where none stands before it).
            let lower = text.prefix(16).lowercased()
            let scalars = Array(text.unicodeScalars)
            guard scalars.count <= 120, SegmentationLexicon.english.bylinePrefixes.contains(where: { lower.hasPrefix($0) }),
                  let first = TemporalTagger.shared.tag(scalars: scalars, published: nil, corpusAnchor: nil).first(where: { $0.type == .date || $0.type == .time })
            else { return false }
            var head = String(String.UnicodeScalarView(scalars[0..<first.span.start]))
            while let last = head.unicodeScalars.last, last == " " || last == "," || last == "|" || last == "-" || last == "\u{2013}" || last == "\u{2014}" {
                head.unicodeScalars.removeLast()
            }
            for link in lexicon.stampLinkWords where head.lowercased().hasSuffix(" " + link) {
                head = String(head.dropLast(link.count + 1))
                break
            }
            return opensWithNames(head)
        }

        /// Whether a block is a table cell or list item, or lies inside one.
        func inTable(_ b: RawBlock) -> Bool {
            if lexicon.tabularTags.contains(b.tag) { return true }
            var c = b.parent
            while c > 0 {
                if lexicon.tabularTags.contains(containers[c].tag) { return true }
                c = containers[c].parent
            }
            return false
        }

        /// Whether a block is a paragraph of prose (scored; kept beside the main container).
        func isProse(_ b: RawBlock) -> Bool {
            let n = b.text.unicodeScalars.count
            return n >= 25 && Double(b.linkChars) < 0.5 * Double(n) && !b.tag.isHeading
        }

        /// Readability's candidate scoring: each prose block adds to its container
        /// (in full) and the two containers above it (half, a third); a container's
        /// score is then discounted by its link density. Chrome blocks do not score.
        func bestContainer() -> (id: Int, score: Double, scores: [Double])? {
            var scores = [Double](repeating: 0, count: containers.count)
            for b in blocks where !b.boilerplate && !b.caption && (lexicon.scoredTags.contains(b.tag) || b.gallery) && isProse(b) {
                let n = b.text.unicodeScalars.count
                var commas = 0
                for c in b.text.unicodeScalars where c == "," || c == "\u{3001}" || c == "\u{FF0C}" { commas += 1 }
                let score = 1.0 + Double(min(commas, 10)) + min(Double(n) / 100.0, 3.0)
                var c = b.parent
                for divisor in [1.0, 2.0, 6.0, 9.0, 12.0] where c > 0 {
                    scores[c] += score / divisor
                    c = containers[c].parent
                }
            }
            var textIn = [Int](repeating: 0, count: containers.count)
            var linksIn = [Int](repeating: 0, count: containers.count)
            for (i, b) in blocks.enumerated() {
                _ = i
                textIn[b.parent] += b.text.unicodeScalars.count
                linksIn[b.parent] += b.linkChars
            }
            // Totals per subtree: children come after their parents, so one backward pass.
            for c in stride(from: containers.count - 1, to: 0, by: -1) where containers[c].parent >= 0 {
                textIn[containers[c].parent] += textIn[c]
                linksIn[containers[c].parent] += linksIn[c]
            }
            var best: (id: Int, score: Double)?
            for c in 1..<max(1, containers.count) where scores[c] > 0 {
                let density = Double(linksIn[c]) / Double(max(1, textIn[c]))
                var s = scores[c] * (1 - density)
                if containers[c].articleHint { s *= 1.25 }
                if best == nil || s > best!.score { best = (c, s) }
            }
            guard let best else { return nil }
            var adjusted = scores
            for c in 1..<containers.count {
                adjusted[c] = scores[c] * (1 - Double(linksIn[c]) / Double(max(1, textIn[c])))
            }
            return (best.id, best.score, adjusted)
        }

        /// From the best-scoring container up, the ancestor whose subtree holds the most
        /// prose (paragraph characters) net of the other text it adds (short lines,
        /// link lists): the article's own wrapper, not one of its paragraphs' boxes
        /// and not the whole page. Chrome counts for neither.
        func widen(_ start: Int) -> Int {
            var prose = [Int](repeating: 0, count: containers.count)
            var other = [Int](repeating: 0, count: containers.count)
            for b in blocks where !b.boilerplate {
                let n = b.text.unicodeScalars.count
                if isProse(b) && !b.caption { prose[b.parent] += n } else if !b.tag.isHeading { other[b.parent] += n }
            }
            for c in stride(from: containers.count - 1, to: 0, by: -1) where containers[c].parent >= 0 {
                prose[containers[c].parent] += prose[c]
                other[containers[c].parent] += other[c]
            }
            let lambda = 3
            var best = start, bestGain = prose[start] - lambda * other[start]
            var c = containers[start].parent
            while c > 0 {
                let gain = prose[c] - lambda * other[c]
                if gain > bestGain { best = c; bestGain = gain }
                c = containers[c].parent
            }
            return best
        }

        /// The boxes of `page()`'s widget rule (see there), at most 300 characters each.
        func widgetBoxes(mainBoxes: [Int]) -> [Int] {
            guard !buttonBoxes.isEmpty else { return [] }
            let limit = 300
            var textIn = [Int](repeating: 0, count: containers.count)
            // (a box that holds the article, or a figure or a table, is not one)
            var kept = containers.map(\.articleHint)
            for b in blocks {
                textIn[b.parent] += b.text.unicodeScalars.count
                if b.tag == "h1" || b.caption || inTable(b) { kept[b.parent] = true }
            }
            for c in mainBoxes { kept[c] = true }
            for c in stride(from: containers.count - 1, to: 0, by: -1) where containers[c].parent >= 0 {
                textIn[containers[c].parent] += textIn[c]
                if kept[c] { kept[containers[c].parent] = true }
            }
            var out: [Int] = []
            // Where a climb from each box ends, and whether a <form> lies on the way
            // (remembered, so that many controls in one deep box climb it once).
            var ends = [Int](repeating: -1, count: containers.count)
            var formOnWay = [Bool](repeating: false, count: containers.count)
            var taken = [Bool](repeating: false, count: containers.count)
            var saysSomething = [Int8](repeating: -1, count: containers.count)
            for start in buttonBoxes where start > 0 && !kept[start] && textIn[start] <= limit {
                var top = start, path: [Int] = [], reached: (end: Int, form: Bool)?
                while true {
                    if ends[top] >= 0 { reached = (ends[top], formOnWay[top]); break }
                    path.append(top)
                    let up = containers[top].parent
                    guard up > 0, !kept[up], textIn[up] <= limit else { break }
                    top = up
                }
                let end = reached?.end ?? top
                var form = reached?.form ?? false
                for c in path.reversed() {
                    if containers[c].tag == "form" { form = true }
                    ends[c] = end
                    formOnWay[c] = form
                }
                let box = end
                if debugFlags { FileHandle.standardError.write(Data("widget? control in \(start): box \(box), \(textIn[box]) characters\n".utf8)) }
                let range = containers[box].firstBlock..<containers[box].endBlock
                guard !taken[box], range.count >= 2 else { continue }
                if !form {
                    if saysSomething[box] < 0 {
                        saysSomething[box] = range.contains(where: { k in
                            let t = blocks[k].text.unicodeScalars
                            return t.count >= 40 && !blocks[k].tag.isHeading && (t.last.map { ".!?".unicodeScalars.contains($0) } ?? false)
                        }) ? 1 : 0
                    }
                    guard saysSomething[box] == 1 else { continue }
                }
                taken[box] = true
                out.append(box)
            }
            return out
        }

        mutating func page() -> ExtractedPage {
            fillMetadata()
            // A gallery (a slideshow, a list of pictures with their stories) carries its
            // text in captions: when captions hold most of the page's prose, those
            // paragraphs are its text.
            var captionProse = 0, otherProse = 0
            for b in blocks where !b.boilerplate && isProse(b) {
                if b.caption { captionProse += b.text.unicodeScalars.count } else { otherProse += b.text.unicodeScalars.count }
            }
            if captionProse >= 500 && captionProse >= 2 * otherProse {
                for i in blocks.indices where blocks[i].caption && !blocks[i].boilerplate && isProse(blocks[i]) {
                    blocks[i].caption = false
                    blocks[i].gallery = true
                }
            }
            let chosen = bestContainer()
            var inMain = [Bool](repeating: false, count: blocks.count)
            var mainBoxes: [Int] = []
            if let (first, firstScore, scores) = chosen {
                // Articles split into many small wrappers (one per paragraph or section):
                // climb to the ancestor with the most prose net of other text.
                let top = widen(first)
                mainBoxes = [first, top]
                let topScore = top == first ? firstScore : max(firstScore, scores[top])
                // The winner's subtree, and its siblings that score well enough or are prose
                // themselves (Readability's sibling rule).
                let parent = containers[top].parent
                let threshold = max(10, topScore * 0.2)
                for c in 1..<containers.count where containers[c].parent == parent {
                    let sibling = containers[c]
                    if c == top || scores[c] >= threshold || (sibling.articleHint && scores[c] > 0) {
                        for i in sibling.firstBlock..<sibling.endBlock { inMain[i] = true }
                    }
                }
                let range = containers[parent >= 0 ? parent : top]
                for i in range.firstBlock..<range.endBlock where blocks[i].parent == parent && isProse(blocks[i])
                    && blocks[i].text.unicodeScalars.count >= 80 && Double(blocks[i].linkChars) < 0.25 * Double(blocks[i].text.unicodeScalars.count) {
                    inMain[i] = true
                }
            } else {
                for i in blocks.indices where !blocks[i].boilerplate { inMain[i] = true }
            }
            let mainStart = inMain.firstIndex(of: true) ?? blocks.count
            // The article's title: the last <h1> before the main text (or the first in it),
            // and the headline's neighbours (standfirst, byline, date) when close by.
            var titleIndex: Int?
            for i in stride(from: min(mainStart, blocks.count) - 1, through: 0, by: -1) where blocks[i].tag == "h1" && !blocks[i].boilerplate {
                titleIndex = i
                break
            }
            if titleIndex == nil, let first = blocks.indices.first(where: { inMain[$0] && blocks[$0].tag == "h1" }) { titleIndex = first }
            if let t = titleIndex, t < mainStart {
                var chars = 0
                for i in (t + 1)..<mainStart {
                    chars += blocks[i].text.unicodeScalars.count
                    if chars > 600 || i - t > 8 { break }
                }
                if chars <= 600 && mainStart - t <= 9 {
                    for i in t..<mainStart where !blocks[i].boilerplate { inMain[i] = true }
                } else {
                    // Far from the text (share bars in between): the standfirst right under
                    // the headline still belongs to the article, up to the first line that
                    // is not prose (a byline, a date, a share button).
                    var i = t + 1, chars = 0
                    while i < mainStart, i - t <= 2, !blocks[i].boilerplate, isProse(blocks[i]), blocks[i].tag == "p" {
                        chars += blocks[i].text.unicodeScalars.count
                        if chars > 600 { break }
                        inMain[i] = true
                        i += 1
                    }
                }
                inMain[t] = true
            }
            // The site's own notices inside the article's container, known by their
            // wording (subscription pitches, disclaimers, "Explore further", an author's
            // biography at either end): boilerplate; credit lines: captions.
            var worded = [NoticeWording.Verdict](repeating: .none, count: blocks.count)
            let mainBlocks = blocks.indices.filter { inMain[$0] && !blocks[$0].boilerplate }
            var longSeen = false
            for (k, i) in mainBlocks.enumerated() where i != titleIndex {
                worded[i] = notices.read(blocks[i].text, atEdge: !longSeen || k >= mainBlocks.count - 3)
                if worded[i] == .none && blocks[i].text.unicodeScalars.count >= 300 { longSeen = true }
            }
            // A widget: the largest box around a button (a form's or a call to action's
            // control) whose text stays short, in two blocks or more (not a paragraph
            // with a "tweet this" button), when it holds a <form> or one block says
            // something in a sentence ("Get your company on X / We reach millions of
            // engineers … / [Contact us]", a sign-up or log-in form), and that holds
            // neither the article nor a figure or a table: the page's furniture.
            for b in widgetBoxes(mainBoxes: mainBoxes) {
                for k in containers[b].firstBlock..<containers[b].endBlock where worded[k] == .none { worded[k] = .notice }
            }
            // Lines of the page's furniture, outside tables and lists (where numbers and
            // times are data: a timetable, a schedule) and headings:
            // - only a number ("828" shares, "22" votes, not a program's output in <pre>):
            //   a counter; a line of "»" or "›" links: a breadcrumb trail;
            // - only a date or time ("Jun 18th 2018", "Thursday, 28 April 2022 – 3:55pm",
            //   "6 hours ago", "Posted on April 22, 2022"): the post's stamp, a dateline,
            //   not a sentence of the article.
            for i in mainBlocks where i != titleIndex && worded[i] == .none && !blocks[i].tag.isHeading && !inTable(blocks[i]) {
                let text = blocks[i].text.unicodeScalars
                if blocks[i].tag != "pre", text.count <= 10,
                   text.allSatisfy({ ("0"..."9").contains($0) || $0 == "," || $0 == "." || $0 == " " }) {
                    worded[i] = .notice
                } else if blocks[i].tag != "pre", text.count <= 200, text.filter({ $0 == "\u{BB}" || $0 == "\u{203A}" }).count >= 2 {
                    worded[i] = .notice
                } else if HTMLExtractor.isTimestampLine(blocks[i].text, labels: lexicon.metadataLabels, links: lexicon.stampLinkWords) {
                    worded[i] = .stamp
                }
            }
            // A site's pitch is one box: up to four short blocks between two pitches
            // ("To view the full story, please subscribe … Join now to get: … If you are
            // already a subscriber …") are the same notice. (Not between two "Read
            // more" lines, which stand between an article's paragraphs.)
            var lastNotice: Int?
            for (k, i) in mainBlocks.enumerated() where worded[i] == .notice && notices.isPitch(blocks[i].text) {
                if let l = lastNotice, k - l > 1, k - l <= 5,
                   mainBlocks[(l + 1)..<k].allSatisfy({ worded[$0] == .none && !blocks[$0].tag.isHeading
                       && blocks[$0].text.unicodeScalars.count <= 400 }) {
                    for j in mainBlocks[(l + 1)..<k] { worded[j] = .notice }
                }
                lastNotice = k
            }
            // Another story set into the article (a "permabox", a related story in full):
            // a box that opens with its own headline and its own byline, after the
            // article's text has begun, under a byline other than the article's. Only
            // when it is the page's one such box: a live blog or a digest is a run of
            // them, and each is the page's text.
            var bylineAt = [Bool](repeating: false, count: blocks.count)
            for i in mainBlocks where blocks[i].text.unicodeScalars.count <= 80 && (blocks[i].byline || isBylineText(blocks[i].text)) {
                bylineAt[i] = true
            }
            var storyBoxes: [Int] = []
            var articleByline: String?
            var textSeen = false
            for (k, i) in mainBlocks.enumerated() {
                if bylineAt[i] {
                    if articleByline == nil { articleByline = blocks[i].text.lowercased() }
                    continue
                }
                if !blocks[i].tag.isHeading {
                    if isProse(blocks[i]) && blocks[i].text.unicodeScalars.count >= 80 { textSeen = true }
                    continue
                }
                guard textSeen, i != titleIndex, k + 1 < mainBlocks.count, bylineAt[mainBlocks[k + 1]],
                      let own = articleByline, blocks[mainBlocks[k + 1]].text.lowercased() != own else { continue }
                // The smallest box that begins with the headline and holds the byline.
                var box = blocks[i].parent
                while box > 0, containers[box].endBlock <= mainBlocks[k + 1] { box = containers[box].parent }
                guard box > 0, containers[box].firstBlock == i else { continue }
                storyBoxes.append(box)
            }
            if storyBoxes.count == 1, let box = storyBoxes.first {
                for k in containers[box].firstBlock..<containers[box].endBlock where worded[k] == .none { worded[k] = .notice }
            }
            // A heading that names a section of links to other pages ("Related", "You may
            // also like") ends the article: it and the short blocks after it, to the end
            // of its container, are boilerplate when a fifth of their text is links (not
            // when a long paragraph follows: the article goes on).
            // A line alone in its own box that reads as such a heading ("Keep Reading" in a
            // <div>) is one too; the section is then the box that holds that line's box.
            for i in mainBlocks where i != titleIndex && notices.opensLinkSection(blocks[i].text) {
                var box = blocks[i].parent
                while box > 0, containers[box].endBlock - containers[box].firstBlock == 1 { box = containers[box].parent }
                if !blocks[i].tag.isHeading {
                    let n = blocks[i].text.unicodeScalars.count
                    guard n <= 40, box != blocks[i].parent, containers[box].firstBlock == i,
                          !(blocks[i].text.unicodeScalars.last.map { ".!?".unicodeScalars.contains($0) } ?? false) else { continue }
                }
                let section = (i + 1)..<max(i + 1, containers[box].endBlock)
                var chars = 0, linked = 0
                for k in section where inMain[k] && !blocks[k].boilerplate {
                    chars += blocks[k].text.unicodeScalars.count
                    linked += blocks[k].linkChars
                }
                guard !section.contains(where: { inMain[$0] && !blocks[$0].boilerplate && blocks[$0].text.unicodeScalars.count >= 300 }),
                      linked * 5 >= chars else { continue }
                worded[i] = .notice
                for k in section where worded[k] == .none { worded[k] = .notice }
            }
            // A list of other posts: two or more teasers in a row, each a headline, at most
            // three short lines and the link that closes it ("Read more", "READ THE
            // REST"). One such teaser alone stays (an article may end with a pointer).
            var teasers: [(first: Int, last: Int)] = []   // positions in mainBlocks
            for (k, r) in mainBlocks.enumerated() where k > 0 && notices.closesTeaser(blocks[r].text) {
                var h = k - 1
                while h > 0, k - h <= 3, !blocks[mainBlocks[h]].tag.isHeading,
                      blocks[mainBlocks[h]].text.unicodeScalars.count <= 500 { h -= 1 }
                let head = mainBlocks[h]
                guard blocks[head].tag.isHeading, head != titleIndex, k - h <= 4 else { continue }
                teasers.append((h, k))
            }
            for (n, t) in teasers.enumerated() {
                let joined = (n > 0 && teasers[n - 1].last + 1 == t.first) || (n + 1 < teasers.count && t.last + 1 == teasers[n + 1].first)
                guard joined else { continue }
                for k in t.first...t.last where worded[mainBlocks[k]] == .none { worded[mainBlocks[k]] = .notice }
            }
            var out: [(kind: BlockKind, text: String)] = []
            let debug = ProcessInfo.processInfo.environment["CONCORD_DEBUG_HTML"] != nil
            if debug, let c = chosen {
                FileHandle.standardError.write(Data("best container \(c.id) <\(containers[c.id].tag)> score \(c.score)\n".utf8))
            }
            for (i, b) in blocks.enumerated() {
                if debug {
                    var chain = "", c = b.parent
                    while c > 0 { chain += "\(c)<\(containers[c].tag)>\(String(format: "%.0f", chosen?.scores[c] ?? 0)) "; c = containers[c].parent }
                    FileHandle.standardError.write(Data("[\(inMain[i] ? "M" : " ")\(b.boilerplate ? "B" : " ")\(worded[i] == .none ? " " : worded[i] == .notice ? "n" : worded[i] == .caption ? "c" : worded[i] == .stamp ? "s" : "b") \(b.tag) \(chain)] \(b.text.prefix(70))\n".utf8))
                }
                let n = max(1, b.text.unicodeScalars.count)
                let linky = Double(b.linkChars) > 0.5 * Double(n)
                let kind: BlockKind
                if !inMain[i] || b.boilerplate || linky || worded[i] == .notice || worded[i] == .bio {
                    kind = .boilerplate
                } else if b.tag.isHeading {
                    kind = .heading
                } else if worded[i] == .stamp {
                    kind = .dateline
                } else if (b.caption && n <= 500) || worded[i] == .caption {
                    kind = .caption
                } else if n <= 80 && (b.byline || isBylineText(b.text)) {
                    kind = .byline
                } else {
                    kind = .text
                }
                out.append((kind, b.text))
            }
            // A page whose scripts draw the article (an app shell, a slideshow) may carry
            // the text only in its JSON-LD `articleBody`: when the page's own main text is
            // less than half of that, the body is the text (what was found stays, as
            // boilerplate).
            if let body = article?["articleBody"] as? String {
                let paragraphs = HTMLExtractor.plainParagraphs(body)
                let bodyChars = paragraphs.reduce(0) { $0 + $1.unicodeScalars.count }
                let mainChars = out.reduce(0) { $0 + ($1.kind == .text ? $1.text.unicodeScalars.count : 0) }
                if bodyChars >= 500 && mainChars * 2 < bodyChars {
                    for k in out.indices where out[k].kind == .text || out[k].kind == .caption { out[k].kind = .boilerplate }
                    let at = out.firstIndex(where: { $0.kind == .heading }).map { $0 + 1 } ?? 0
                    out.insert(contentsOf: paragraphs.map { (kind: BlockKind.text, text: $0) }, at: at)
                }
            }
            if metadata.authors.isEmpty, let byline = out.first(where: { $0.kind == .byline }) {
                let names = Segmenter.names(inByline: byline.text, lexicon: SegmentationLexicon.english)
                if !names.isEmpty {
                    metadata.authors = names
                    metadata.provenance["authors"] = .page("byline")
                }
            }
            if metadata.title == nil, let t = titleIndex {
                metadata.title = blocks[t].text
                metadata.provenance["title"] = .page("<h1>")
            }
            if metadata.title == nil, let t = titleText, !t.isEmpty {
                metadata.title = HTMLExtractor.withoutSiteSuffix(t)
                metadata.provenance["title"] = .page("<title>")
            }
            return ExtractedPage(blocks: out, metadata: metadata)
        }

        mutating func fillMetadata() {
            article = HTMLExtractor.articleObject(jsonLD)
            if let t = meta("og:title") ?? meta("twitter:title") {
                metadata.title = t
                metadata.provenance["title"] = .page("og:title")
            } else if let t = article?["headline"] as? String, !t.isEmpty {
                metadata.title = HTMLExtractor.collapse(t)
                metadata.provenance["title"] = .page("JSON-LD headline")
            }
            if let o = meta("og:site_name") {
                metadata.outlet = o
                metadata.provenance["outlet"] = .page("og:site_name")
            } else if let p = HTMLExtractor.names(article?["publisher"]).first {
                metadata.outlet = p
                metadata.provenance["outlet"] = .page("JSON-LD publisher")
            }
            let ldAuthors = HTMLExtractor.names(article?["author"])
            if !ldAuthors.isEmpty {
                metadata.authors = ldAuthors
                metadata.provenance["authors"] = .page("JSON-LD author")
            } else if let a = meta("author") ?? meta("article:author"), !a.hasPrefix("http") {
                metadata.authors = [a]
                metadata.provenance["authors"] = .page("meta author")
            }
            let dates: [(String?, String)] = [(article?["datePublished"] as? String, "JSON-LD datePublished"),
                                              (meta("article:published_time"), "article:published_time"),
                                              (meta("date") ?? meta("pubdate") ?? meta("dc.date"), "meta date"),
                                              (timeDatetime, "<time datetime>")]
            for (value, source) in dates {
                if let v = value, v.count >= 10, let d = CalendarDate.parseISO(String(v.prefix(10))) {
                    metadata.published = d
                    metadata.provenance["published"] = .page(source)
                    break
                }
            }
            if let u = canonical ?? meta("og:url"), !u.isEmpty {
                metadata.url = u
                metadata.provenance["url"] = .page(canonical != nil ? "canonical link" : "og:url")
            }
        }
    }

    /// The JSON-LD object that describes the article (a NewsArticle, Article,
    /// BlogPosting…), looking into arrays and `@graph`.
    static func articleObject(_ items: [Any]) -> [String: Any]? {
        var stack: [(Any, Int)] = items.map { ($0, 0) }
        var fallback: [String: Any]?
        while let (item, depth) = stack.popLast() {
            guard depth < 16 else { continue }
            if let list = item as? [Any] { stack += list.map { ($0, depth + 1) }; continue }
            guard let object = item as? [String: Any] else { continue }
            let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }) { return object }
            if fallback == nil, object["headline"] != nil { fallback = object }
            if let graph = object["@graph"] { stack.append((graph, depth + 1)) }
        }
        return fallback
    }

    /// A short line (at most 48 characters, not ending as a sentence does) whose
    /// letters and digits are mostly (two in three) inside time expressions that
    /// name a point in time with a number (a date or a time, not a duration: "4
    /// minutes"). A label that opens it ("Posted on", "Updated:"; `labels` and
    /// `links` in lower case) counts as part of the stamp.
    static func isTimestampLine(_ text: String, labels: [String] = [], links: [String] = []) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= 48, let last = scalars.last, !".!?\"\u{201D}".unicodeScalars.contains(last) else { return false }
        func isWordChar(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c.properties.numericType != nil }
        let total = scalars.reduce(0) { $0 + (isWordChar($1) ? 1 : 0) }
        guard total > 0 else { return false }
        // The opening label, then a colon or a linking word ("on", "at").
        let lower = Array(text.lowercased().unicodeScalars)
        func word(_ w: [Unicode.Scalar], at i: Int) -> Int? {
            guard i + w.count <= lower.count, lower[i..<(i + w.count)].elementsEqual(w),
                  i + w.count == lower.count || !isWordChar(lower[i + w.count]) else { return nil }
            return i + w.count
        }
        func skipSpaces(_ i: Int) -> Int {
            var j = i
            while j < lower.count && (lower[j] == " " || lower[j] == ":") { j += 1 }
            return j
        }
        var labelEnd = 0
        if lower.count == scalars.count {
            for l in labels.sorted(by: { $0.count > $1.count }) {
                guard let end = word(Array(l.unicodeScalars), at: 0) else { continue }
                labelEnd = skipSpaces(end)
                for k in links {
                    if let e = word(Array(k.unicodeScalars), at: labelEnd) { labelEnd = skipSpaces(e); break }
                }
                break
            }
        }
        var covered = scalars[0..<labelEnd].reduce(0) { $0 + (isWordChar($1) ? 1 : 0) }, digits = false
        let timexes = TemporalTagger.shared.tag(scalars: scalars, published: nil, corpusAnchor: nil)
        for (n, t) in timexes.enumerated() {
            // (a length that runs into a date is part of it: "8 years, 2 months ago")
            let intoDate = t.type == .duration && n + 1 < timexes.count && timexes[n + 1].span.start - t.span.end <= 2
                && (timexes[n + 1].type == .date || timexes[n + 1].type == .time)
            guard t.type == .date || t.type == .time || intoDate else { return false }
            for k in max(t.span.start, labelEnd)..<max(labelEnd, min(t.span.end, scalars.count)) where isWordChar(scalars[k]) {
                covered += 1
                if ("0"..."9").contains(scalars[k]) { digits = true }
            }
        }
        // (with a number: "Monday, Thursday" over a timetable's column is a heading)
        return digits && covered * 3 >= total * 2
    }

    /// A JSON-LD text value as paragraphs (split at line breaks, spaces collapsed);
    /// none when it holds markup (a tag), which is not plain text.
    static func plainParagraphs(_ text: String) -> [String] {
        var prev: Unicode.Scalar = " "
        for c in text.unicodeScalars {
            if prev == "<" && (c.properties.isAlphabetic || c == "/") { return [] }
            prev = c
        }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { collapse(String($0)) }.filter { !$0.isEmpty }
    }

    /// Names from a JSON-LD person or organization value (object, list or string).
    static func names(_ value: Any?) -> [String] {
        if let s = value as? String { return s.isEmpty || s.hasPrefix("http") ? [] : [collapse(s)] }
        if let o = value as? [String: Any], let n = o["name"] as? String, !n.isEmpty { return [collapse(n)] }
        if let list = value as? [Any] { return list.prefix(20).flatMap { names($0) } }
        return []
    }

    /// "Leaders meet in Geneva | The Daily News" → "Leaders meet in Geneva": the longest part.
    static func withoutSiteSuffix(_ title: String) -> String {
        for separator in [" | ", " - ", " — ", " – ", " :: ", " · "] where title.contains(separator) {
            let parts = title.components(separatedBy: separator)
            if let longest = parts.max(by: { $0.count < $1.count }), longest.count >= 10 { return longest.trimmingCharacters(in: .whitespaces) }
        }
        return title
    }
}

extension String {
    /// h1…h6.
    var isHeading: Bool {
        let u = utf8
        return u.count == 2 && u.first == UInt8(ascii: "h") && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(u.last!)
    }
}
