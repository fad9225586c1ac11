import Foundation

/// One time expression of one source on the timeline. Its words and sentence are
/// read from the article's body when asked for (the body is shared, not copied):
/// a timeline of 100,000 articles holds millions of mentions.
public struct TimelineMention: Hashable, Sendable {
    /// Index of the article in the corpus.
    public var article: Int
    /// The article id.
    public var source: String
    /// The source's short label (`Corpus.labels`).
    public var label: String = ""
    public var type: TimexType
    public var value: String
    public var mod: String?
    public var span: Span
    /// The sentence (or block) around the expression.
    public var sentenceSpan: Span
    public var anchor: TimexAnchor?
    public var blockKind: BlockKind
    /// The article's body (shared with the article).
    private let body: ScalarText

    public init(article: Int, source: String, body: ScalarText, type: TimexType, value: String, mod: String?,
                span: Span, sentenceSpan: Span, anchor: TimexAnchor?, blockKind: BlockKind) {
        self.article = article
        self.source = source
        self.body = body
        self.type = type
        self.value = value
        self.mod = mod
        self.span = span
        self.sentenceSpan = sentenceSpan
        self.anchor = anchor
        self.blockKind = blockKind
    }

    /// The expression's words.
    public var text: String { body.string(span) }
    /// The sentence around the expression, cut to `Timeline.maxSentenceLength`
    /// characters around it (with "…") when longer.
    public var sentence: String { Timeline.excerpt(body, sentenceSpan, around: span) }

    public static func == (a: TimelineMention, b: TimelineMention) -> Bool {
        a.article == b.article && a.source == b.source && a.label == b.label && a.type == b.type && a.value == b.value
            && a.mod == b.mod && a.span == b.span && a.sentenceSpan == b.sentenceSpan && a.anchor == b.anchor
            && a.blockKind == b.blockKind && a.text == b.text
    }

    public func hash(into h: inout Hasher) {
        h.combine(article)
        h.combine(source)
        h.combine(value)
        h.combine(span)
    }
}

/// All mentions of one value.
public struct TimelineEntry: Sendable {
    public var value: String
    public var type: TimexType
    public var point: TimePoint?
    public var mentions: [TimelineMention]

    /// Article indices mentioning this value, without repeats, in corpus order.
    public var sources: [Int] { Array(Set(mentions.map(\.article))).sorted() }
    public var label: String { TimeLabel.label(value) }
    /// True when some mention was resolved against an inferred anchor.
    public var hasInferredAnchor: Bool { mentions.contains { $0.anchor?.isInferred ?? false } }
}

/// Every dated event across the sources, in calendar order, plus the
/// undated and unresolved mentions listed apart.
public struct Timeline: Sendable {
    public var entries: [TimelineEntry]
    public var undated: [TimelineEntry]
    /// Articles whose time expressions went past `TemporalTagger.maxTimexes` (only
    /// the first ones are on the timeline), as problem entries.
    public var notes: [CorpusProblem] = []

    public init(entries: [TimelineEntry], undated: [TimelineEntry]) {
        self.entries = entries
        self.undated = undated
    }

    /// Tags every text, heading and caption block of every article and groups the
    /// mentions by value, sorted chronologically with coarser values first.
    public static func build(_ corpus: Corpus, tagger given: TemporalTagger? = nil) -> Timeline {
        var byValue: [String: [TimelineMention]] = [:]
        var notes: [CorpusProblem] = []
        var order: [String] = []
        let tagger = given ?? .shared
        let lists = tagAll(corpus, tagger: given)
        for (index, article) in corpus.articles.enumerated() {
            let tagged = lists[index]
            if tagged.count >= tagger.maxTimexes {
                notes.append(CorpusProblem(.warning, path: article.path,
                    "more than \(tagger.maxTimexes) time expressions; only the first \(tagger.maxTimexes) are on the timeline"))
            }
            for t in tagged {
                guard let b = article.blockIndex(containing: t.span.start), article.blocks[b].kind.carriesSentences else { continue }
                let sentenceSpan = article.sentenceIndex(containing: t.span.start).map { article.sentences[$0].span } ?? article.blocks[b].span
                var mention = TimelineMention(article: index, source: article.id, body: article.content, type: t.type,
                                              value: t.value, mod: t.mod, span: t.span, sentenceSpan: sentenceSpan,
                                              anchor: t.anchor, blockKind: article.blocks[b].kind)
                mention.label = corpus.label(index)
                if byValue[t.value] == nil { order.append(t.value) }
                byValue[t.value, default: []].append(mention)
            }
        }
        var dated: [TimelineEntry] = []
        var undated: [TimelineEntry] = []
        for value in order {
            let mentions = byValue[value] ?? []
            let type = mentions.first?.type ?? .date
            let point = (type == .date || type == .time) ? TimePoint.parse(value) : nil
            let entry = TimelineEntry(value: value, type: type, point: point, mentions: mentions)
            if point != nil { dated.append(entry) } else { undated.append(entry) }
        }
        dated.sort { a, b in
            guard let x = a.point, let y = b.point else { return false }
            return x != y ? x < y : a.value < b.value
        }
        undated.sort { a, b in
            let ra = rank(a.value), rb = rank(b.value)
            return ra != rb ? ra < rb : a.value < b.value
        }
        var timeline = Timeline(entries: dated, undated: undated)
        timeline.notes = notes
        return timeline
    }

    /// Every article's time expressions, tagged on all cores. With the shared tagger
    /// each article's memo is used and filled (an explicit tagger bypasses it), and
    /// new results go to the corpus's parse cache.
    public static func tagAll(_ corpus: Corpus, tagger given: TemporalTagger? = nil) -> [[Timex]] {
        let articles = corpus.articles
        let anchor = corpus.config.anchor
        let key = TimexMemo.key(anchor)
        var lists = [[Timex]](repeating: [], count: articles.count)
        let chunk = 16
        let chunks = (articles.count + chunk - 1) / chunk
        lists.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in c * chunk..<min(articles.count, (c + 1) * chunk) {
                    let article = articles[i]
                    if let given {
                        base![i] = given.tag(article, corpusAnchor: anchor)
                    } else if let known = article.timexMemo.get(key) {
                        base![i] = known
                    } else {
                        let tagged = TemporalTagger.shared.tag(article, corpusAnchor: anchor)
                        article.timexMemo.set(key, tagged)
                        base![i] = tagged
                    }
                }
            }
        }
        if given == nil { corpus.cache?.storeTimexes(corpus) }
        return lists
    }

    /// The longest sentence text a mention carries: a longer one (a run-on list, a
    /// page without full stops) is cut to this many characters around the expression,
    /// with "…" where it was cut, so that memory stays linear in the text.
    public static let maxSentenceLength = 400

    static func excerpt(_ body: ScalarText, _ sentence: Span, around t: Span) -> String {
        guard sentence.end - sentence.start > maxSentenceLength else { return body.string(sentence) }
        let half = maxSentenceLength / 2
        let start = max(sentence.start, min(t.start - half, sentence.end - maxSentenceLength))
        let end = min(sentence.end, start + maxSentenceLength)
        return (start > sentence.start ? "…" : "") + body.string(Span(start, end)) + (end < sentence.end ? "…" : "")
    }

    static func rank(_ value: String) -> Int {
        switch value {
        case "PAST_REF": return 0
        case "PRESENT_REF": return 1
        case "FUTURE_REF": return 2
        default: return value.hasPrefix("P") ? 4 : 3
        }
    }
}
