/// A compact binary form of parsed articles, their problems and their time
/// expressions, for the parse cache. Integers are LEB128 varints (zig-zag for
/// signed values), strings are length-prefixed UTF-8. Decoding checks every
/// length against what is left, so a damaged blob is an error, never a crash.
enum ArticleCodec {
    /// Bumped whenever the layout below changes; part of the cache's key.
    static let layoutVersion = 1

    struct Truncated: Error {}

    struct Writer {
        var bytes: [UInt8] = []

        mutating func uint(_ v: UInt64) {
            var v = v
            while v >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }

        mutating func int(_ v: Int) {
            let x = Int64(v)
            uint(UInt64(bitPattern: (x << 1) ^ (x >> 63)))
        }

        mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }

        mutating func string(_ s: String) {
            var s = s
            s.withUTF8 { buffer in
                uint(UInt64(buffer.count))
                bytes.append(contentsOf: buffer)
            }
        }

        mutating func optionalString(_ s: String?) {
            bool(s != nil)
            if let s { string(s) }
        }

        mutating func text(_ t: ScalarText) {
            uint(UInt64(t.utf8.count))
            bytes.append(contentsOf: t.utf8)
        }

        mutating func date(_ d: CalendarDate?) {
            guard let d else { uint(0); return }
            uint(UInt64(d.year * 10_000 + d.month * 100 + d.day))
        }
    }

    struct Reader {
        /// The blob: a whole array, or part of one (the parse cache reads a chunk's
        /// rows into one buffer); indices are the array's.
        let bytes: ArraySlice<UInt8>
        var at: Int

        init(_ bytes: [UInt8]) { self.init(bytes[...]) }
        init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes; at = bytes.startIndex }

        var isAtEnd: Bool { at >= bytes.endIndex }

        mutating func uint() throws -> UInt64 {
            var v: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard at < bytes.endIndex, shift < 64 else { throw Truncated() }
                let b = bytes[at]
                at += 1
                v |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return v }
                shift += 7
            }
        }

        mutating func int() throws -> Int {
            let u = try uint()
            return Int(truncatingIfNeeded: Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
        }

        /// A count or length: never more than the bytes left, so a damaged blob cannot
        /// make a huge allocation.
        mutating func count() throws -> Int {
            let u = try uint()
            guard u <= UInt64(bytes.endIndex - at) else { throw Truncated() }
            return Int(u)
        }

        mutating func bool() throws -> Bool {
            guard at < bytes.endIndex else { throw Truncated() }
            at += 1
            return bytes[at - 1] != 0
        }

        mutating func string() throws -> String {
            let n = try count()
            defer { at += n }
            return String(decoding: bytes[at..<at + n], as: UTF8.self)
        }

        mutating func optionalString() throws -> String? {
            try bool() ? try string() : nil
        }

        /// A body: its UTF-8 taken as it is when well-formed (a damaged blob's bytes
        /// are decoded with replacement characters instead).
        mutating func text() throws -> ScalarText {
            let n = try count()
            defer { at += n }
            let slice = Array(bytes[at..<at + n])
            if let t = ScalarText(validUTF8: slice) { return t }
            return ScalarText(slice.withUnsafeBufferPointer { decodeUTF8($0).scalars })
        }

        mutating func date() throws -> CalendarDate? {
            let v = try uint()
            guard v != 0, v < 100_000_000 else { return nil }
            let n = Int(v)
            return CalendarDate(year: n / 10_000, month: n / 100 % 100, day: n % 100)
        }

        mutating func span(limit: Int) throws -> Span {
            let start = try int(), length = try int()
            guard start >= 0, length >= 0, start <= limit, length <= limit - start else { throw Truncated() }
            return Span(start, start + length)
        }
    }

    // MARK: Articles

    static func encode(_ articles: [Article], problems: [CorpusProblem], displayPath: String) -> [UInt8] {
        var w = Writer()
        w.uint(UInt64(layoutVersion))
        w.uint(UInt64(articles.count))
        for a in articles { encode(a, &w) }
        w.uint(UInt64(problems.count))
        for p in problems {
            w.bool(p.severity == .error)
            // The file's own path is stored empty: the corpus may be opened by another path.
            w.string(p.path == displayPath ? "" : p.path)
            w.int(p.line ?? -1)
            w.int(p.column ?? -1)
            w.string(p.message)
        }
        return w.bytes
    }

    /// The articles (with the id `id`, `""` unless told; the loader assigns ids) and
    /// problems of one file.
    static func decode(_ bytes: [UInt8], displayPath: String, id: String = "") throws -> (articles: [Article], problems: [CorpusProblem]) {
        try decode(bytes[...], displayPath: displayPath, id: id)
    }

    static func decode(_ bytes: ArraySlice<UInt8>, displayPath: String, id: String = "") throws -> (articles: [Article], problems: [CorpusProblem]) {
        var r = Reader(bytes)
        guard try r.uint() == UInt64(layoutVersion) else { throw Truncated() }
        let n = try r.count()
        var articles: [Article] = []
        articles.reserveCapacity(n)
        for _ in 0..<n { articles.append(try decodeArticle(&r, id: id)) }
        let m = try r.count()
        var problems: [CorpusProblem] = []
        for _ in 0..<m {
            let error = try r.bool()
            let path = try r.string()
            let line = try r.int(), column = try r.int()
            let message = try r.string()
            problems.append(CorpusProblem(error ? .error : .warning, path: path.isEmpty ? displayPath : path,
                                          line: line < 0 ? nil : line, column: column < 0 ? nil : column, message))
        }
        guard r.isAtEnd else { throw Truncated() }
        return (articles, problems)
    }

    static func encode(_ a: Article, _ w: inout Writer) {
        w.string(a.path)
        w.text(a.content)
        let m = a.metadata
        w.optionalString(m.title)
        w.optionalString(m.outlet)
        w.uint(UInt64(m.authors.count))
        for x in m.authors { w.string(x) }
        w.date(m.published)
        w.optionalString(m.url)
        w.optionalString(m.language)
        w.optionalString(m.place)
        w.optionalString(m.label)
        w.uint(UInt64(m.extra.count))
        for (k, v) in m.extra { w.string(k); w.string(v) }
        let provenance = m.provenance.sorted { $0.key < $1.key }
        w.uint(UInt64(provenance.count))
        for (field, p) in provenance {
            w.string(field)
            switch p {
            case .frontMatter(let line): w.uint(0); w.int(line)
            case .inferred(let line, let rule): w.uint(1); w.int(line); w.string(rule)
            case .fileName: w.uint(2)
            case .page(let source): w.uint(3); w.string(source)
            }
        }
        w.uint(UInt64(a.blocks.count))
        for b in a.blocks {
            w.uint(UInt64(BlockKind.allCases.firstIndex(of: b.kind) ?? 0))
            w.int(b.span.start); w.int(b.span.length); w.int(b.line)
        }
        w.uint(UInt64(a.sentences.count))
        for s in a.sentences { w.int(s.span.start); w.int(s.span.length); w.int(s.block) }
        w.int(a.bodyLineOffset)
        w.int(a.wordCount)
    }

    static func decodeArticle(_ r: inout Reader, id: String) throws -> Article {
        let path = try r.string()
        let content = try r.text()
        var m = Metadata()
        m.title = try r.optionalString()
        m.outlet = try r.optionalString()
        for _ in 0..<(try r.count()) { m.authors.append(try r.string()) }
        m.published = try r.date()
        m.url = try r.optionalString()
        m.language = try r.optionalString()
        m.place = try r.optionalString()
        m.label = try r.optionalString()
        for _ in 0..<(try r.count()) { m.extra.append((try r.string(), try r.string())) }
        for _ in 0..<(try r.count()) {
            let field = try r.string()
            switch try r.uint() {
            case 0: m.provenance[field] = .frontMatter(line: try r.int())
            case 1: m.provenance[field] = .inferred(line: try r.int(), rule: try r.string())
            case 2: m.provenance[field] = .fileName
            case 3: m.provenance[field] = .page(try r.string())
            default: throw Truncated()
            }
        }
        let limit = content.count
        var blocks: [Block] = []
        let nb = try r.count()
        blocks.reserveCapacity(nb)
        for _ in 0..<nb {
            let k = Int(try r.uint())
            guard k < BlockKind.allCases.count else { throw Truncated() }
            let span = try r.span(limit: limit)
            blocks.append(Block(kind: BlockKind.allCases[k], span: span, line: try r.int()))
        }
        var sentences: [Sentence] = []
        let ns = try r.count()
        sentences.reserveCapacity(ns)
        for _ in 0..<ns {
            let span = try r.span(limit: limit)
            let block = try r.int()
            guard block >= 0, block < blocks.count else { throw Truncated() }
            sentences.append(Sentence(span: span, block: block))
        }
        let bodyLineOffset = try r.int(), wordCount = try r.int()
        return Article(id: id, path: path, content: content, metadata: m, blocks: blocks, sentences: sentences,
                       bodyLineOffset: bodyLineOffset, wordCount: wordCount)
    }

    // MARK: Lists of strings (the source labels)

    static func encode(strings: [String]) -> [UInt8] {
        var w = Writer()
        w.uint(UInt64(layoutVersion))
        w.uint(UInt64(strings.count))
        for s in strings { w.string(s) }
        return w.bytes
    }

    static func decode(strings bytes: [UInt8]) throws -> [String] {
        var r = Reader(bytes)
        guard try r.uint() == UInt64(layoutVersion) else { throw Truncated() }
        let n = try r.count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try r.string()) }
        guard r.isAtEnd else { throw Truncated() }
        return out
    }

    // MARK: Time expressions

    static func encode(timexes lists: [[Timex]]) -> [UInt8] {
        var w = Writer()
        w.uint(UInt64(layoutVersion))
        w.uint(UInt64(lists.count))
        for list in lists {
            w.uint(UInt64(list.count))
            for t in list {
                w.int(t.span.start); w.int(t.span.length)
                w.uint(UInt64(TimexType.allCases.firstIndex(of: t.type) ?? 0))
                w.string(t.value)
                w.optionalString(t.mod)
                switch t.anchor {
                case nil: w.uint(0)
                case .published(let d): w.uint(1); w.date(d)
                case .corpus(let d): w.uint(2); w.date(d)
                case .narrative(let d, let offset, let precision):
                    w.uint(3); w.date(d); w.int(offset)
                    w.uint(precision == .year ? 0 : precision == .month ? 1 : 2)
                }
                w.bool(t.isRelative)
                w.string(t.rule)
                w.optionalString(t.tense)
            }
        }
        return w.bytes
    }

    /// One list per article of the file; each span is checked against its article's length.
    static func decodeTimexes(_ bytes: [UInt8], lengths: [Int]) throws -> [[Timex]] {
        try decodeTimexes(bytes[...], lengths: lengths)
    }

    static func decodeTimexes(_ bytes: ArraySlice<UInt8>, lengths: [Int]) throws -> [[Timex]] {
        var r = Reader(bytes)
        guard try r.uint() == UInt64(layoutVersion) else { throw Truncated() }
        let n = try r.count()
        guard n == lengths.count else { throw Truncated() }
        var lists: [[Timex]] = []
        for i in 0..<n {
            var list: [Timex] = []
            for _ in 0..<(try r.count()) {
                let span = try r.span(limit: lengths[i])
                let k = Int(try r.uint())
                guard k < TimexType.allCases.count else { throw Truncated() }
                let value = try r.string()
                let mod = try r.optionalString()
                var anchor: TimexAnchor?
                switch try r.uint() {
                case 0: anchor = nil
                case 1: guard let d = try r.date() else { throw Truncated() }; anchor = .published(d)
                case 2: guard let d = try r.date() else { throw Truncated() }; anchor = .corpus(d)
                case 3:
                    guard let d = try r.date() else { throw Truncated() }
                    let offset = try r.int()
                    let p = try r.uint()
                    anchor = .narrative(d, offset: offset, precision: p == 0 ? .year : p == 1 ? .month : .day)
                default: throw Truncated()
                }
                let isRelative = try r.bool()
                var t = Timex(span: span, type: TimexType.allCases[k], value: value, mod: mod, anchor: anchor,
                              isRelative: isRelative, rule: try r.string())
                t.tense = try r.optionalString()
                list.append(t)
            }
            lists.append(list)
        }
        guard r.isAtEnd else { throw Truncated() }
        return lists
    }
}

extension Article {
    /// The same article under another id (the loader assigns ids after parsing, in
    /// file order, so that parsing can run in parallel and come from the cache).
    public func withId(_ id: String) -> Article {
        Article(id: id, path: path, content: content, metadata: metadata, blocks: blocks, sentences: sentences,
                bodyLineOffset: bodyLineOffset, wordCount: wordCount, timexMemo: timexMemo)
    }
}
