import Foundation

/// Where a metadata field came from.
public enum Provenance: Hashable, Sendable, CustomStringConvertible {
    /// Given in the front matter, at this 1-based line of the file.
    case frontMatter(line: Int)
    /// Inferred from the text at this 1-based line of the file, by the named rule.
    case inferred(line: Int, rule: String)
    /// Derived from the file name.
    case fileName
    /// Read from a web page's markup (og:title, JSON-LD author, <html lang>…).
    case page(String)

    public var description: String {
        switch self {
        case .frontMatter(let line): return "front matter, line \(line)"
        case .inferred(let line, let rule): return "inferred from \(rule), line \(line)"
        case .fileName: return "file name"
        case .page(let source): return "page \(source)"
        }
    }

    public var isInferred: Bool {
        if case .frontMatter = self { return false }
        return true
    }
}

/// Descriptive metadata of an article, each field with its provenance.
public struct Metadata: Sendable {
    public var title: String?
    public var outlet: String?
    public var authors: [String] = []
    public var published: CalendarDate?
    public var url: String?
    public var language: String?
    /// Where the story was filed, from its dateline ("NAIROBI, Kenya") or front matter.
    public var place: String?
    /// The source's short label, when the front matter or concord.yaml gives one.
    public var label: String?
    /// Front-matter keys Concord does not know, in file order.
    public var extra: [(key: String, value: String)] = []
    /// Field name (`title`, `outlet`, `authors`, `published`, `url`, `language`) to its source.
    public var provenance: [String: Provenance] = [:]

    public init() {}

    public static let knownFields = ["title", "outlet", "authors", "published", "url", "language", "place", "label"]
}

/// One article: an immutable body with spans for blocks and sentences.
///
/// All offsets are Unicode-scalar offsets into `body`, the text after the
/// front matter.
///
/// A class with only constant fields: as immutable as a struct, and copying one
/// (into a view's list, a snapshot, a filtered corpus) is one reference count
/// instead of one for each of its strings and arrays, which a corpus of 100,000
/// articles pays on every pass.
public final class Article: Sendable {
    /// The file name without its extension (disambiguated when two files share it).
    public let id: String
    /// Path relative to the corpus root.
    public let path: String
    /// The body text (everything after the front matter).
    public var body: String { text(Span(0, length)) }
    /// The body, stored as UTF-8 and read by scalar offset.
    public let content: ScalarText
    /// The body as Unicode scalars, decoded on each use: hot loops take it once per
    /// article and index into it.
    public var scalars: [Unicode.Scalar] { content.scalars }
    /// The body's length in Unicode scalars (the unit of every span).
    public var length: Int { content.count }
    public let metadata: Metadata
    public let blocks: [Block]
    public let sentences: [Sentence]
    /// Number of file lines before the body starts (front matter included).
    public let bodyLineOffset: Int
    public let wordCount: Int
    /// The article's time expressions once tagged (or read from the parse cache),
    /// shared by every copy of the article.
    public let timexMemo: TimexMemo

    public convenience init(id: String, path: String, scalars: [Unicode.Scalar], metadata: Metadata,
                blocks: [Block], sentences: [Sentence], bodyLineOffset: Int, wordCount: Int,
                timexMemo: TimexMemo = TimexMemo()) {
        self.init(id: id, path: path, content: ScalarText(scalars), metadata: metadata, blocks: blocks, sentences: sentences,
                  bodyLineOffset: bodyLineOffset, wordCount: wordCount, timexMemo: timexMemo)
    }

    public init(id: String, path: String, content: ScalarText, metadata: Metadata,
                blocks: [Block], sentences: [Sentence], bodyLineOffset: Int, wordCount: Int,
                timexMemo: TimexMemo = TimexMemo()) {
        self.timexMemo = timexMemo
        self.id = id
        self.path = path
        self.content = content
        self.metadata = metadata
        self.blocks = blocks
        self.sentences = sentences
        self.bodyLineOffset = bodyLineOffset
        self.wordCount = wordCount
    }

    /// The text a span covers.
    public func text(_ span: Span) -> String { content.string(span) }

    /// Index of the sentence containing an offset, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let span = sentences[mid].span
            if offset < span.start { hi = mid - 1 } else if offset >= span.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    /// Index of the block containing an offset, if any.
    public func blockIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = blocks.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let span = blocks[mid].span
            if offset < span.start { hi = mid - 1 } else if offset >= span.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    /// A short label for the source: the outlet if known, else the id.
    public var sourceLabel: String { metadata.outlet ?? id }
}

/// Remembers an article's time expressions for one corpus anchor (they depend on
/// nothing else), so that a timeline rebuilt while a corpus streams in, or opened
/// from the cache, tags each article once.
public final class TimexMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var key: String?
    private var timexes: [Timex] = []
    private var fresh = false

    /// True when the value was computed in this process (the cache has not seen it).
    var isNew: Bool { lock.lock(); defer { lock.unlock() }; return fresh }
    /// The anchor key the value is for, if any.
    var currentKey: String? { lock.lock(); defer { lock.unlock() }; return key }

    public init() {}

    /// The key for a corpus anchor.
    public static func key(_ corpusAnchor: CalendarDate?) -> String { corpusAnchor?.description ?? "-" }

    public func get(_ key: String) -> [Timex]? {
        lock.lock(); defer { lock.unlock() }
        guard self.key == key else { return nil }
        if let (blob, index) = stored {
            stored = nil
            // A damaged blob: as if nothing were stored (the article is tagged again).
            guard let list = blob.list(index) else { self.key = nil; return nil }
            timexes = list
        }
        return timexes
    }

    public func set(_ key: String, _ value: [Timex], new: Bool = true) {
        lock.lock(); defer { lock.unlock() }
        self.key = key
        timexes = value
        stored = nil
        fresh = new
    }

    /// Time expressions read from the parse cache, decoded when first asked for: a
    /// second open of a large corpus shows its articles without decoding millions of
    /// time expressions first.
    func setStored(_ key: String, _ blob: StoredTimexes, index: Int) {
        lock.lock(); defer { lock.unlock() }
        self.key = key
        timexes = []
        stored = (blob, index)
        fresh = false
    }
    private var stored: (StoredTimexes, Int)?

    /// The new value, if any, marking it as stored.
    func takeNew() -> (key: String, timexes: [Timex])? {
        lock.lock(); defer { lock.unlock() }
        guard fresh, let key else { return nil }
        fresh = false
        return (key, timexes)
    }
}

/// One cached file's time expressions (for each of its articles), kept encoded until
/// one of its articles asks, then decoded once for all of them.
final class StoredTimexes: @unchecked Sendable {
    private let lock = NSLock()
    /// (Part of a buffer holding the time expressions of every file of a cache fetch.)
    private var bytes: ArraySlice<UInt8>?
    private let lengths: [Int]
    private var lists: [[Timex]]?

    convenience init(bytes: [UInt8], lengths: [Int]) { self.init(bytes: bytes[...], lengths: lengths) }

    init(bytes: ArraySlice<UInt8>, lengths: [Int]) {
        self.bytes = bytes
        self.lengths = lengths
    }

    /// The list of article `index`, or nil when the blob is damaged.
    func list(_ index: Int) -> [Timex]? {
        lock.lock(); defer { lock.unlock() }
        if lists == nil, let b = bytes {
            lists = (try? ArticleCodec.decodeTimexes(b, lengths: lengths)) ?? []
            bytes = nil
        }
        guard let lists, index < lists.count else { return nil }
        return lists[index]
    }
}
