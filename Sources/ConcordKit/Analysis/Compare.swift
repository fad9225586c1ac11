import Foundation

/// One aligned pair of sentences of two sources (either side may be missing).
public struct ComparePair: Equatable, Sendable {
    public enum Relation: String, Sendable { case both, onlyLeft, onlyRight, disagree }
    public var left: Span?
    public var right: Span?
    public var relation: Relation

    public init(left: Span?, right: Span?, relation: Relation) {
        self.left = left
        self.right = right
        self.relation = relation
    }
}

public enum CompareAligner {
    /// The words of a sentence that can differ from another's: content words (as
    /// stems) and every number ("15" against "16").
    public static func comparableWords(_ article: Article, _ span: Span) -> Set<String> {
        let local = article.content.scalars(span)
        return Set(TermText.tokens(local, 0..<local.count).filter {
            $0.isWord && !EnglishStopwords.words.contains($0.text) && ($0.text.count > 2 || $0.text.allSatisfy(\.isNumber))
        }.map { canonical(CommitmentDiscovery.stem($0.text)) })
    }

    /// A content word's stem, or its paraphrase group's (see `EnglishParaphrases`).
    static func canonical(_ stem: String) -> String { paraphrase[stem] ?? stem }

    static let paraphrase: [String: String] = {
        var out: [String: String] = [:]
        for group in EnglishParaphrases.groups {
            let head = "\u{2}" + CommitmentDiscovery.stem(group[0])
            for w in group { out[CommitmentDiscovery.stem(w)] = head }
        }
        return out
    }()

    /// Whether a word (as written) is one of `other`'s comparable words; function
    /// words always are (they are never marked as different).
    public static func isShared(_ word: String, in other: Set<String>) -> Bool {
        let w = word.lowercased()
        if EnglishStopwords.words.contains(w) || (w.count <= 2 && !w.allSatisfy(\.isNumber)) { return true }
        return other.contains(canonical(CommitmentDiscovery.stem(w)))
    }

    /// A sentence's content words as stems, with each time expression in it as its
    /// value instead of its words ("January 16" and "16 Jan." are the same word).
    static func contentWords(_ article: Article, _ span: Span, dates: [(span: Span, value: String)] = []) -> Set<String> {
        var out: Set<String> = []
        var covered: [Span] = []
        for d in dates where d.span.start >= span.start && d.span.end <= span.end {
            out.insert("\u{1}" + d.value)
            covered.append(d.span)
        }
        // (The sentence alone is decoded: token offsets start at the span's start.)
        let local = article.content.scalars(span)
        for t in TermText.tokens(local, 0..<local.count) where t.isWord && t.text.count > 2 && !EnglishStopwords.words.contains(t.text) {
            let start = t.start + span.start, end = t.end + span.start
            if covered.contains(where: { start >= $0.start && end <= $0.end }) { continue }
            out.insert(canonical(CommitmentDiscovery.stem(t.text)))
        }
        return out
    }

    /// Aligns two articles' sentences by content similarity: each left sentence is
    /// paired with its most similar unused right sentence (`minScore`, `minShared`); right
    /// sentences left over are placed after the pair before them. Pairs whose
    /// sentences hold different dates, or appear as different values of one
    /// discrepancy, are marked as disagreeing.
    /// The least similarity (cosine of the content-word sets) of a pair.
    public static let minScore = 0.2
    /// The fewest content words (or dates) two paired sentences share.
    public static let minShared = 2

    public static func align(_ a: Article, _ b: Article, ai: Int, bi: Int, timeline: Timeline,
                             discrepancies: [Discrepancy]) -> [ComparePair] {
        let leftSentences = a.sentences.filter { a.blocks[$0.block].kind.carriesSentences }
        let rightSentences = b.sentences.filter { b.blocks[$0.block].kind.carriesSentences }
        let left = leftSentences.map(\.span), right = rightSentences.map(\.span)
        // A heading pairs with a heading, a caption with a caption, a sentence of the
        // text with one of the text: a short heading ("Defense Cooperation") is not the
        // retelling of a sentence on its topic, nor a photo's caption of the story.
        let leftKind = leftSentences.map { a.blocks[$0.block].kind }
        let rightKind = rightSentences.map { b.blocks[$0.block].kind }
        // The time expressions of both articles, from the timeline.
        var dates: [Int: [(span: Span, value: String)]] = [:]
        for entry in timeline.entries {
            for m in entry.mentions where m.article == ai || m.article == bi { dates[m.article, default: []].append((m.span, m.value)) }
        }
        let lw = left.map { contentWords(a, $0, dates: dates[ai] ?? []) }
        let rw = right.map { contentWords(b, $0, dates: dates[bi] ?? []) }
        // A pair's score is the cosine of the two sentences' content-word sets (near-
        // synonyms read as one word), and a pair needs two shared words. (A Jaccard cut
        // missed retellings that share three words of ten and fourteen; weighting words
        // by rarity in the two articles was tried and lost such pairs to headings and
        // short sentences.)
        var candidates: [(score: Double, l: Int, r: Int)] = []
        for (i, x) in lw.enumerated() where !x.isEmpty {
            for (j, y) in rw.enumerated() where !y.isEmpty && leftKind[i] == rightKind[j] {
                var shared = 0
                for w in x where y.contains(w) { shared += 1 }
                guard shared >= minShared else { continue }
                let score = Double(shared) / (Double(x.count) * Double(y.count)).squareRoot()
                if score >= minScore { candidates.append((score, i, j)) }
            }
        }
        candidates.sort { $0.score > $1.score }
        var pairOf: [Int: Int] = [:]
        var usedRight: Set<Int> = []
        for c in candidates where pairOf[c.l] == nil && !usedRight.contains(c.r) {
            pairOf[c.l] = c.r
            usedRight.insert(c.r)
        }
        // Values each sentence claims (dates and discrepancy values).
        // (One pass over the discrepancies, keeping the two articles' claims: a corpus
        // may hold thousands of items, and every sentence asks.)
        var bySentence: [Int: [Span: [String: String]]] = [:]
        for d in discrepancies {
            for c in d.claims where c.article == ai || c.article == bi { bySentence[c.article, default: [:]][c.span, default: [:]][d.topic] = c.value }
        }
        func claims(_ article: Int, _ span: Span) -> [String: String] { bySentence[article]?[span] ?? [:] }
        var pairs: [ComparePair] = []
        var placedRight: Set<Int> = []
        var nextRight = 0
        for i in left.indices {
            if let j = pairOf[i] {
                // Right sentences before j that have no partner come first, in order.
                while nextRight < j {
                    if !usedRight.contains(nextRight) && !placedRight.contains(nextRight) {
                        pairs.append(ComparePair(left: nil, right: right[nextRight], relation: .onlyRight))
                        placedRight.insert(nextRight)
                    }
                    nextRight += 1
                }
                let lc = claims(ai, left[i]), rc = claims(bi, right[j])
                let disagree = lc.contains { topic, value in rc[topic].map { $0 != value } ?? false }
                pairs.append(ComparePair(left: left[i], right: right[j], relation: disagree ? .disagree : .both))
                placedRight.insert(j)
                nextRight = max(nextRight, j + 1)
            } else {
                pairs.append(ComparePair(left: left[i], right: nil, relation: .onlyLeft))
            }
        }
        for j in right.indices where !placedRight.contains(j) && !usedRight.contains(j) {
            pairs.append(ComparePair(left: nil, right: right[j], relation: .onlyRight))
        }
        return pairs
    }
}

