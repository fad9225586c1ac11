/// One evidence sentence for a cell.
public struct Evidence: Sendable, Hashable {
    public var article: Int
    public var span: Span
    public var stance: Stance
    public var blockKind: BlockKind
    /// The word that decided the stance (offsets into the body), if one did.
    public var cue: Span? = nil
    /// A named actor that is none of the commitment's parties (the sentence's speaker
    /// or subject, as written): the sentence only mentions the commitment, and the
    /// name is its cue.
    public var actor: String? = nil
    /// The words that matched the commitment's terms (offsets into the body).
    public var matched: [Span] = []
    /// The article's body (shared with the article, not copied).
    private let body: ScalarText

    public init(article: Int, span: Span, body: ScalarText, stance: Stance, blockKind: BlockKind,
                cue: Span? = nil, actor: String? = nil, matched: [Span] = []) {
        self.article = article
        self.span = span
        self.body = body
        self.stance = stance
        self.blockKind = blockKind
        self.cue = cue
        self.actor = actor
        self.matched = matched
    }

    /// The evidence sentence, read from the body when asked for.
    public var text: String { body.string(span) }

    public static func == (a: Evidence, b: Evidence) -> Bool {
        a.article == b.article && a.span == b.span && a.stance == b.stance && a.blockKind == b.blockKind
            && a.cue == b.cue && a.actor == b.actor && a.matched == b.matched && a.text == b.text
    }

    public func hash(into h: inout Hasher) {
        h.combine(article)
        h.combine(span)
        h.combine(stance)
    }
}

public struct MatrixCell: Sendable {
    public var article: Int
    public var stance: Stance
    public var evidence: [Evidence]
}

public struct MatrixRow: Sendable {
    public var commitment: Commitment
    /// One cell per article, in corpus order.
    public var cells: [MatrixCell]

    /// Sources that say anything about the commitment.
    public var coverage: Int { cells.filter { $0.stance != .silent }.count }
    /// How much the sources disagree: 0 when all cells that say something agree.
    public var disagreement: Int {
        let stances = Set(cells.map(\.stance).filter { $0 != .silent && $0 != .mentioned })
        return max(0, stances.count - 1) * 10 + (stances.contains(.contradicted) || stances.contains(.mixed) ? 5 : 0)
            + (coverage > 0 && coverage < cells.count ? 1 : 0)
    }
}

/// The agreement matrix: commitments × sources.
public struct AgreementMatrix: Sendable {
    public var rows: [MatrixRow]
    public var title: String?

    /// Finds evidence for every commitment in every text, heading and caption
    /// sentence, with a stance for each and an aggregate per cell.
    public static func build(_ corpus: Corpus, _ set: CommitmentSet, words: CorpusWords? = nil) -> AgreementMatrix {
        let words = words ?? CorpusWords(corpus)
        let detector = StanceDetector(set.lexicon)
        let actors = ActorFinder(set.lexicon)
        var cells = Array(repeating: Array(repeating: [Evidence](), count: corpus.articles.count), count: set.commitments.count)
        for (ci, c) in set.commitments.enumerated() {
            let parties = set.parties(of: c).map(ActorFinder.Party.init)
            // Only sentences holding the first word of some alternative can match:
            // take them from the corpus-wide postings instead of scanning every sentence.
            var candidates: Set<CorpusWords.SentenceRef> = []
            for alternative in c.match {
                guard let first = alternative.first, let word = first.words.first else { continue }
                let refs = first.prefix && first.words.count == 1 ? words.postings(prefix: word) : words.postings(word)
                candidates.formUnion(refs)
            }
            // The article's scalars, decoded once for its candidate sentences.
            var body: (article: Int, scalars: [Unicode.Scalar]) = (-1, [])
            for ref in candidates.sorted() {
                let article = corpus.articles[ref.article]
                let sentence = article.sentences[ref.sentence]
                let kind = article.blocks[sentence.block].kind
                guard kind.carriesSentences else { continue }
                let indexed = words.sentences(ref.article)[ref.sentence]
                var matched: [Int]?
                for alternative in c.match {
                    if let m = indexed.matchAll(alternative) { matched = m; break }
                }
                guard let m = matched else { continue }
                if c.exclude.contains(where: { indexed.matchAll($0) != nil }) { continue }
                var (stance, cueToken) = detector.decide(indexed, matched: m)
                // A heading or caption names the commitment; it does not report it.
                if kind == .heading || kind == .caption { stance = .mentioned; cueToken = nil }
                // Another actor's doing or saying only mentions the parties' commitment.
                var actor: String?
                var cue: Span?
                if !parties.isEmpty, stance != .mentioned, body.article != ref.article { body = (ref.article, article.scalars) }
                let attribution = !parties.isEmpty && stance != .mentioned ? actors.attribution(indexed, body.scalars, matched: m) : nil
                if let named = attribution?.actor, !ActorFinder.isParty(named.words, parties) {
                    stance = .mentioned
                    let name = Span(indexed.tokenSpan(named.first).start, indexed.tokenSpan(named.last).end)
                    actor = article.text(name)
                    cueToken = nil
                    cue = name
                } else if case .pronoun(let k)? = attribution?.speaker,
                          let quoted = quoteChainSpeaker(article, ref, words: words, actors: actors, scalars: body.scalars, parties: parties),
                          !ActorFinder.isParty(quoted.words, parties) {
                    // "…," he said, after "…," Altindal said: the last named speaker of the
                    // run of quotes speaks here too.
                    stance = .mentioned
                    actor = quoted.text
                    cueToken = nil
                    cue = indexed.tokenSpan(k)
                }
                if let k = cueToken { cue = indexed.tokenSpan(k) }
                let matchedSpans = m.map { indexed.tokenSpan($0) }
                cells[ci][ref.article].append(Evidence(article: ref.article, span: sentence.span, body: article.content,
                                                       stance: stance, blockKind: kind, cue: cue, actor: actor, matched: matchedSpans))
            }
        }
        let rows = set.commitments.enumerated().map { ci, c in
            MatrixRow(commitment: c, cells: cells[ci].enumerated().map { ai, ev in
                MatrixCell(article: ai, stance: StanceDetector.aggregate(ev.map(\.stance)), evidence: ev)
            })
        }
        return AgreementMatrix(rows: rows, title: set.title)
    }

    /// The named speaker a pronoun speaker ("…," he said) stands for: walking back
    /// through the sentences just before (at most four) while each has a speaker or is
    /// part of a quotation, the nearest that is named ("…," Altindal said); nil where
    /// the run of quotes breaks (a sentence of the reporter's own) or names no one.
    static func quoteChainSpeaker(_ article: Article, _ ref: CorpusWords.SentenceRef, words: CorpusWords,
                                  actors: ActorFinder, scalars: [Unicode.Scalar],
                                  parties: [ActorFinder.Party]) -> (words: [String], text: String)? {
        let indexed = words.sentences(ref.article)
        var i = ref.sentence - 1
        while i >= 0 && i >= ref.sentence - 4 {
            guard article.blocks[article.sentences[i].block].kind == .text else { return nil }
            switch actors.speaker(indexed[i], scalars) {
            case .none:
                // (a sentence inside a quotation: "In fact, there was no change.")
                let span = article.sentences[i].span
                guard span.start < span.end, span.end <= scalars.count,
                      scalars[span.start..<span.end].contains(where: { ActorFinder.quoteMarks.contains($0) }) else { return nil }
                i -= 1
            case .named(let w, let lo, let hi):
                return (w, article.text(Span(indexed[i].tokenSpan(lo).start, indexed[i].tokenSpan(hi).end)))
            case .unnamed(let verb):
                // A party described ("the pope said") speaks: the run is theirs.
                let tokens = indexed[i].tokens
                let near = tokens[max(0, verb - 3)..<min(tokens.count, verb + 3)].filter(\.isWord).map(\.text)
                if near.contains(where: { ActorFinder.isParty([$0], parties) }) { return nil }
                i -= 1
            case .pronoun: i -= 1
            }
        }
        return nil
    }
}
