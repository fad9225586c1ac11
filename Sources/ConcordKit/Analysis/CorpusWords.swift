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
        lock.lock()
        let list = postingLists[id] ?? []
        lock.unlock()
        return list.map(ref)
    }

    /// Sentences with a word that starts with `prefix` (for `ratif*` terms).
    public func postings(prefix: String) -> [SentenceRef] {
        buildPostings()
        lock.lock()
        let lists = postingLists
        lock.unlock()
        var out: Set<UInt32> = []
        let keys = Array(lists.keys)
        for (id, form) in zip(keys, vocabulary.strings(keys)) where form.hasPrefix(prefix) { out.formUnion(lists[id] ?? []) }
        return out.sorted().map(ref)
    }

    /// One sentence of the corpus: its article and its index there.
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

    /// Form id → the sentences holding it, each as its number in the corpus (4 bytes;
    /// `sentenceBase` turns it back into article and sentence), in corpus order.
    private var postingLists: [UInt32: [UInt32]] = [:]
    /// The corpus number of each article's first sentence, and the total at the end.
    private var sentenceBase: [Int] = [0]

    /// The article and sentence of a corpus sentence number.
    private func ref(_ n: UInt32) -> SentenceRef {
        let n = Int(n)
        var lo = 0, hi = sentenceBase.count - 1  // the last article whose base is <= n
        while lo + 1 < hi {
            let mid = (lo + hi) / 2
            if sentenceBase[mid] <= n { lo = mid } else { hi = mid }
        }
        return SentenceRef(article: lo, sentence: n - sentenceBase[lo])
    }
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
        var lists: [UInt32: [UInt32]] = [:]
        var base = [0]
        base.reserveCapacity(corpus.articles.count + 1)
        for ai in corpus.articles.indices {
            let list = sentences(ai)
            for (si, sentence) in list.enumerated() {
                let n = UInt32(truncatingIfNeeded: base[ai] + si)
                for form in sentence.formIds { lists[form, default: []].append(n) }
            }
            base.append(base[ai] + list.count)
        }
        lock.lock()
        sentenceBase = base
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
