import Foundation

/// Every sentence of a corpus tokenized into words once, shared by the matrix,
/// discovery, discrepancies and compare (which would otherwise each tokenize
/// the whole corpus again). Built lazily, one article at a time.
public final class CorpusWords: @unchecked Sendable {
    public let corpus: Corpus
    private var cache: [Int: [IndexedSentence]] = [:]
    private let lock = NSLock()
    /// Every word type of the corpus, once; the sentences and postings hold its ids.
    public let vocabulary = Vocabulary()

    public init(_ corpus: Corpus) {
        self.corpus = corpus
    }

    /// The article's sentences (parallel to `article.sentences`).
    public func sentences(_ article: Int) -> [IndexedSentence] {
        lock.lock()
        if let s = cache[article] { lock.unlock(); return s }
        lock.unlock()
        let a = corpus.articles[article]
        let scalars = a.scalars
        let built = a.sentences.map { IndexedSentence(scalars, $0.span, vocabulary: vocabulary) }
        lock.lock()
        cache[article] = built
        lock.unlock()
        return built
    }

    /// Every (article, sentence) whose words include `form` (a base form), in corpus order.
    public func postings(_ form: String) -> [SentenceRef] {
        buildPostings()
        guard let id = vocabulary.id(form) else { return [] }
        lock.lock(); defer { lock.unlock() }
        return postingLists[id] ?? []
    }

    /// Sentences with a word that starts with `prefix` (for `ratif*` terms).
    public func postings(prefix: String) -> [SentenceRef] {
        buildPostings()
        lock.lock()
        let lists = postingLists
        lock.unlock()
        var out: Set<SentenceRef> = []
        let keys = Array(lists.keys)
        for (id, form) in zip(keys, vocabulary.strings(keys)) where form.hasPrefix(prefix) { out.formUnion(lists[id] ?? []) }
        return out.sorted()
    }

    /// One sentence of the corpus, in 8 bytes (the postings hold one per word form
    /// and sentence).
    public struct SentenceRef: Hashable, Comparable, Sendable {
        private var article32: Int32
        private var sentence32: Int32
        public var article: Int { Int(article32) }
        public var sentence: Int { Int(sentence32) }
        public init(article: Int, sentence: Int) {
            article32 = Int32(clamping: article)
            sentence32 = Int32(clamping: sentence)
        }
        public static func < (a: SentenceRef, b: SentenceRef) -> Bool { (a.article32, a.sentence32) < (b.article32, b.sentence32) }
    }

    private var postingLists: [UInt32: [SentenceRef]] = [:]
    private var postingsBuilt = false

    /// Serializes building the postings (two analyses on two threads may ask at once).
    private let buildLock = NSLock()

    private func buildPostings() {
        lock.lock()
        var built = postingsBuilt
        lock.unlock()
        guard !built else { return }
        buildLock.lock()
        defer { buildLock.unlock() }
        lock.lock()
        built = postingsBuilt
        lock.unlock()
        guard !built else { return }
        var lists: [UInt32: [SentenceRef]] = [:]
        for ai in corpus.articles.indices {
            for (si, sentence) in sentences(ai).enumerated() {
                for form in sentence.formIds { lists[form, default: []].append(SentenceRef(article: ai, sentence: si)) }
            }
        }
        lock.lock()
        postingLists = lists
        postingsBuilt = true
        lock.unlock()
    }

    /// The indexed sentence with this span, if it is one of the article's sentences.
    public func sentence(_ article: Int, span: Span) -> IndexedSentence? {
        guard let i = corpus.articles[article].sentenceIndex(containing: span.start) else { return nil }
        let s = sentences(article)[i]
        return s.span == span ? s : nil
    }
}
