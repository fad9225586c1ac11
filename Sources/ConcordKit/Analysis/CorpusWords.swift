import Foundation

/// Every sentence of a corpus tokenized into words once, shared by the matrix,
/// discovery, discrepancies and compare (which would otherwise each tokenize
/// the whole corpus again). Built lazily, one article at a time.
public final class CorpusWords: @unchecked Sendable {
    public let corpus: Corpus
    private var cache: [Int: [IndexedSentence]] = [:]
    private let lock = NSLock()

    public init(_ corpus: Corpus) {
        self.corpus = corpus
    }

    /// The article's sentences (parallel to `article.sentences`).
    public func sentences(_ article: Int) -> [IndexedSentence] {
        lock.lock()
        if let s = cache[article] { lock.unlock(); return s }
        lock.unlock()
        let a = corpus.articles[article]
        let built = a.sentences.map { IndexedSentence(a.scalars, $0.span) }
        lock.lock()
        cache[article] = built
        lock.unlock()
        return built
    }

    /// The indexed sentence with this span, if it is one of the article's sentences.
    public func sentence(_ article: Int, span: Span) -> IndexedSentence? {
        guard let i = corpus.articles[article].sentenceIndex(containing: span.start) else { return nil }
        let s = sentences(article)[i]
        return s.span == span ? s : nil
    }
}
