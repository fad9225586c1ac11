import Foundation

/// Different values for the same thing in different sources.
public struct Discrepancy: Sendable {
    public enum Kind: String, Sendable, Codable { case date, number, claim }

    /// A stable order: by topic, then by the first claim's source and position.
    public static func inOrder(_ a: Discrepancy, _ b: Discrepancy) -> Bool {
        if a.topic != b.topic { return a.topic < b.topic }
        let x = a.claims.first.map { ($0.article, $0.span.start) } ?? (0, 0)
        let y = b.claims.first.map { ($0.article, $0.span.start) } ?? (0, 0)
        return x < y
    }

    public struct Claim: Sendable, Hashable {
        public var article: Int
        public var value: String
        /// The sentence that makes the claim, and its offsets.
        public var text: String
        public var span: Span
        /// The expression itself (date, number or claim words).
        public var expression: Span
        /// True when the value came from an inferred anchor.
        public var inferred: Bool
    }

    public var kind: Kind
    public var topic: String
    public var claims: [Claim]
    /// How sure Concord is that the claims are about the same thing and differ (0–1).
    public var confidence: Double = 0.5
    /// Why the claims were paired, and what raised or lowered the confidence.
    public var reason: String = ""

    public init(kind: Kind, topic: String, claims: [Claim], confidence: Double = 0.5, reason: String = "") {
        self.kind = kind
        self.topic = topic
        self.claims = claims
        self.confidence = confidence
        self.reason = reason
    }

    /// Most confident first, then in the stable order.
    public static func byConfidence(_ a: Discrepancy, _ b: Discrepancy) -> Bool {
        if a.confidence != b.confidence { return a.confidence > b.confidence }
        return inOrder(a, b)
    }

    /// Whether some source gives more than one of the competing values (often two
    /// events, not one event dated twice).
    public var sourceGivesSeveralValues: Bool {
        var seen: [Int: String] = [:]
        for c in claims {
            if let v = seen[c.article], v != c.value { return true }
            seen[c.article] = c.value
        }
        return false
    }

    /// The distinct values, most reported first.
    public var values: [(value: String, sources: [Int])] {
        var by: [String: Set<Int>] = [:]
        for c in claims { by[c.value, default: []].insert(c.article) }
        return by.map { ($0.key, $0.value.sorted()) }.sorted { ($0.sources.count, $1.value) > ($1.sources.count, $0.value) }
    }
}

public enum DiscrepancyFinder {
    /// Discrepancies below this confidence are hidden unless asked for (`--all`, `a`).
    public static let defaultThreshold = 0.5

    static func clamp(_ x: Double) -> Double { (min(0.95, max(0.05, x)) * 100).rounded() / 100 }

    /// Dates of the same event, numbers for the same thing, and contradictory claims.
    public static func find(_ corpus: Corpus, timeline: Timeline, events: EventLexicon = .english,
                            words: CorpusWords? = nil) -> [Discrepancy] {
        let store = words ?? CorpusWords(corpus)
        // (numbers inside time expressions are parts of dates, not counts: "Nov. 15 to 16")
        var timexSpans = Array(repeating: [Span](), count: corpus.articles.count)
        for entry in timeline.entries + timeline.undated {
            for m in entry.mentions where m.article < timexSpans.count { timexSpans[m.article].append(m.span) }
        }
        for k in timexSpans.indices { timexSpans[k].sort { $0.start < $1.start } }
        let wordCase = WordCase(corpus)
        return dates(corpus, timeline, events, store, wordCase) + numbers(corpus, store, timexSpans: timexSpans, wordCase: wordCase)
            + claims(corpus, events, store)
    }

    // MARK: Dates

    struct DatedEvent {
        var mention: TimelineMention
        var kind: String
        var day: CalendarDate
        /// The value compared: the day (a time of day counts as its day: "ended late
        /// on Monday" and "concluded on Sunday evening" date the same talks differently).
        var value: String
        var context: Set<String>
        var places: Set<String>
        /// Names after "in", "at" or "from": likely places, preferred when naming the topic.
        var locations: Set<String>
        /// Names of several words ("Meridian Health"), preferred to their words when naming
        /// the topic.
        var fullNames: Set<String> = []
    }

    /// A number's sentence with at most this many content words is short: two shared
    /// words pair it with another.
    static let shortContext = 5
    /// A sentence that says little besides its count ("More than 45,000 people were
    /// evacuated."): at most this many content words.
    static let tinyContext = 2
    /// A sentence with more counts than this is a table or a list: its counts are no
    /// one tally's companions (see `shareSibling`).
    static let maxSiblingCounts = 4

    /// Counts of one thing told differently are at most this many times apart; a
    /// larger gap separates counts of different things.
    static let sameCountRatio = 5.0
    /// Two values of one sentence this many times apart in one count are two counts
    /// (a sentence that gives a count twice, "from 110 to 230 dollars", changes it;
    /// one that gives two counts of one word, "carrying about 300 people … injuring
    /// 47", counts two things).
    static let sameSentenceRatio = 3.0
    /// A name carried by at most this many articles, or by at most one in this many
    /// of the corpus's, is rare: two reports sharing it tell one story.
    static let rareNameArticles = 5
    static let rareNameShare = 50
    /// Reports of one count are published at most this many days apart.
    static let sameStoryDays = 14

    /// How far (in characters) from a date its context words may be.
    static let contextReach = 240
    /// How far (in characters) from a date its event word may be.
    static let eventReach = 80
    /// How many words near two dates, one of them in a sentence that names no one, must
    /// share to date the same event.
    static let namelessShared = 6
    /// The same when both sentences name no one ("The quake struck at 3:42 a.m. on
    /// Tuesday", "The quake … struck before dawn on Monday"): short sentences about one
    /// unnamed event share few words, and no name says they are about others.
    static let namelessSharedBoth = 3
    /// How many earlier mentions of the same name each dated mention is compared with.
    static let maxNeighbours = 64

    /// The tokens that lie within `reach` characters of a span (binary search).
    static func window(_ tokens: [WordToken], around span: Span, reach: Int) -> ArraySlice<WordToken> {
        func first(_ offset: Int) -> Int {
            var lo = 0, hi = tokens.count
            while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        let a = first(span.start - reach), b = first(span.end + reach)
        return tokens[a..<max(a, b)]
    }

    static func dates(_ corpus: Corpus, _ timeline: Timeline, _ events: EventLexicon, _ store: CorpusWords,
                      _ wordCase: WordCase? = nil) -> [Discrepancy] {
        let wordCase = wordCase ?? WordCase(corpus)
        var eventWords: [String: String] = [:]
        for (kind, words) in events.events { for w in words { eventWords[w] = kind } }
        var items: [DatedEvent] = []
        // A word's event kind, decided once per word form (a corpus repeats its words;
        // a run-on article of dates repeats the same few thousands of times).
        var kindOf: [String: String?] = [:]
        func eventKind(_ word: String) -> String? {
            if let known = kindOf[word] { return known }
            let kind = events.notEventForms.contains(word) ? nil : TermText.baseForms(word).lazy.compactMap({ eventWords[$0] }).first
            kindOf[word] = kind
            return kind
        }
        // The same by vocabulary id, for the quick test below.
        var kindById: [UInt32: Bool] = [:]
        // Whether a word form is an inflected verb of reaction, decided once per form.
        var reactsOf: [String: Bool] = [:]
        // Where each article's dates and times start, in order: an event word with
        // another date between it and this one, words apart, is that date's event.
        var dateStarts: [Int: [(start: Int, end: Int)]] = [:]
        // Where each article's times of day start: a sequence word before one takes it as
        // its object ("derailed shortly after 11 p.m. on Tuesday"), the date's own phrase.
        var timeStarts: [Int: Set<Int>] = [:]
        for entry in timeline.entries where entry.point != nil {
            for m in entry.mentions where m.type == .date || m.type == .time {
                dateStarts[m.article, default: []].append((m.span.start, m.span.end))
                if m.type == .time { timeStarts[m.article, default: []].insert(m.span.start) }
            }
        }
        for k in dateStarts.keys { dateStarts[k]!.sort { $0.start < $1.start } }
        /// The date that lies wholly between offsets `lo` and `hi`, nearest `lo` or `hi`.
        func dateBetween(_ article: Int, _ lo: Int, _ hi: Int, nearestLow: Bool) -> (start: Int, end: Int)? {
            guard let list = dateStarts[article] else { return nil }
            // (the first date starting at or after lo)
            var a = 0, b = list.count
            while a < b { let mid = (a + b) / 2; if list[mid].start < lo { a = mid + 1 } else { b = mid } }
            guard a < list.count, list[a].end <= hi else { return nil }
            if nearestLow { return list[a] }
            var k = a
            while k + 1 < list.count && list[k + 1].end <= hi && k - a < 64 { k += 1 }
            return list[k]
        }
        func isParticiple(_ w: String) -> Bool { MorphologyLexicon.english.isParticiple(w, irregular: true) }
        for entry in timeline.entries {
            guard let p = entry.point, p.level == .day || p.level == .time, let day = CalendarDate(ordinal: p.start) else { continue }
            for m in entry.mentions {
                let article = corpus.articles[m.article]
                let indexed = store.sentence(m.article, span: m.sentenceSpan)
                // A date with no event word within `eventReach` characters is no dated
                // event: tested on word ids before any token text is made (most dates
                // in a list of dates have none).
                if let sentence = indexed {
                    let first = sentence.firstToken(startingAtOrAfter: m.span.start)
                    var any = false
                    // (left: tokens ending less than eventReach before the date; right: from
                    // the date to eventReach after it)
                    var k = first - 1
                    func test(_ k: Int) -> Bool {
                        guard sentence.isWord(k) else { return false }
                        let id = sentence.tokenId(k)
                        if let known = kindById[id] { return known }
                        let word = sentence.vocabulary.string(id)
                        let has = eventKind(word) != nil || events.eventCarriers.contains(word) || events.kindWithParticle[word] != nil
                        kindById[id] = has
                        return has
                    }
                    while !any && k >= 0 && sentence.tokenSpan(k).end > m.span.start - DiscrepancyFinder.eventReach { any = test(k); k -= 1 }
                    k = first
                    while !any && k < sentence.count && sentence.tokenSpan(k).start < m.span.end + DiscrepancyFinder.eventReach { any = test(k); k += 1 }
                    if !any { continue }
                }
                // Only the words near the date count (and a run-on sentence of 10,000 dates
                // costs no more per date than a normal one: only those words are made).
                let reach = DiscrepancyFinder.contextReach
                let tokens = indexed?.tokens(within: reach, of: m.span)
                    ?? Array(DiscrepancyFinder.window(TermText.tokens(article.scalars, m.sentenceSpan.start..<m.sentenceSpan.end),
                                                      around: m.span, reach: reach))
                // The event word nearest the date in the sentence, unless a word of
                // sequence stands between them: that word's event is another, before or
                // after the dated one ("agreed a ceasefire on Sunday, after two weeks of
                // talks" dates the agreement, not the talks).
                // The kind of the event word at `ti`, or the one the word before it gives
                // it ("went on strike", "a 24-hour strike": a stoppage of work, not an attack).
                // (or a word of the other kind near it, "ending a strike" in a sentence of
                // "their union", unless the word before says this kind, "an air strike")
                func senseKind(_ ti: Int, _ kind: String) -> String {
                    let previous = ti > tokens.startIndex && tokens[ti - 1].isWord ? tokens[ti - 1].text : ""
                    if let sense = events.kindAfter[tokens[ti].text], sense.words.contains(previous) { return sense.kind }
                    if let near = events.kindNear[tokens[ti].text], !near.unless.contains(previous),
                       tokens.contains(where: { $0.isWord && near.words.contains($0.text) }) { return near.kind }
                    return kind
                }
                var best: (distance: Int, kind: String, carrier: Bool, start: Int)?
                for (ti, t) in zip(tokens.indices, tokens) where t.isWord {
                    var carrier = events.eventCarriers.contains(t.text)
                    guard var kind = eventKind(t.text) ?? (carrier || events.kindWithParticle[t.text] != nil ? "" : nil) else { continue }
                    // ("the court struck down the law": a decision)
                    if let particles = events.kindWithParticle[t.text], ti + 1 < tokens.endIndex, tokens[ti + 1].isWord,
                       let k = particles[tokens[ti + 1].text] { kind = k; carrier = false }
                    // (a verb of `kindWithParticle` without its particle names none: "a step")
                    if kind.isEmpty && !carrier { continue }
                    kind = senseKind(ti, kind)
                    // ("opened fire on Monday" is no blaze)
                    if let not = events.notEventAfter[t.text], ti > tokens.startIndex, tokens[ti - 1].isWord, not.contains(tokens[ti - 1].text) { continue }
                    // (an event noun that qualifies a count names none: "the death toll … rose
                    // to 16 on Monday" dates the count)
                    if ti + 1 < tokens.endIndex, tokens[ti + 1].isWord, events.countNouns.contains(tokens[ti + 1].text) { continue }
                    // (nor one that a preposition attaches to a count: "the death toll from
                    // Cyclone Mira rose to 14 on Tuesday")
                    var before = ti - 1
                    while before > tokens.startIndex, ti - before <= 2, tokens[before].isWord, events.determiners.contains(tokens[before].text) { before -= 1 }
                    if before > tokens.startIndex, tokens[before].isWord, events.countPrepositions.contains(tokens[before].text),
                       tokens[before - 1].isWord, events.countNouns.contains(tokens[before - 1].text) { continue }
                    let d = t.end <= m.span.start ? m.span.start - t.end : max(0, t.start - m.span.end)
                    // (only a word near enough, and nearer than the best so far, is tested further)
                    guard d < DiscrepancyFinder.eventReach, best.map({ d < $0.distance }) ?? true else { continue }
                    // (a denied event is none: "did not agree on the tram line on Thursday")
                    if let k = tokens.firstIndex(where: { $0.start == t.start }),
                       tokens[max(tokens.startIndex, k - 2)..<k].contains(where: { $0.isWord && events.eventNegations.contains($0.text) }) { continue }
                    // (the verb of a relative clause after the date is that clause's: "apologised
                    // on Monday to the passengers of the train that derailed")
                    if t.start >= m.span.end {
                        var b = ti - 1
                        while b > tokens.startIndex, ti - b <= 2, tokens[b].isWord, events.relativeAuxiliaries.contains(tokens[b].text) { b -= 1 }
                        // (or the clause's verb before it: "a ferry on Sunday that ran aground")
                        if b == ti - 1, b > tokens.startIndex, tokens[b].isWord, isParticiple(tokens[b].text) { b -= 1 }
                        if b >= tokens.startIndex, tokens[b].isWord, tokens[b].start >= m.span.end, events.relativePronouns.contains(tokens[b].text) { continue }
                        // (nor the agent of a participle that qualifies a noun: "made contact on
                        // Wednesday with the miners trapped by a collapse"; "the town was hit
                        // by an earthquake" is the clause's own verb)
                        var g = ti - 1
                        while g > tokens.startIndex, ti - g <= 2, tokens[g].isWord, events.determiners.contains(tokens[g].text) { g -= 1 }
                        if g - 2 >= tokens.startIndex, tokens[g].isWord, tokens[g].start >= m.span.end, events.agentPrepositions.contains(tokens[g].text),
                           tokens[g - 1].isWord, isParticiple(tokens[g - 1].text) {
                            var h = g - 2
                            if h > tokens.startIndex, tokens[h].isWord, tokens[h].text.hasSuffix(events.adverbSuffix) { h -= 1 }
                            if tokens[h].isWord, !events.relativeAuxiliaries.contains(tokens[h].text), !events.passiveAuxiliaries.contains(tokens[h].text) { continue }
                        }
                    }
                    let (lo, hi) = t.end <= m.span.start ? (t.end, m.span.start) : (m.span.end, t.start)
                    // (unless the sequence word takes a time of day, the date's own phrase:
                    // "struck before dawn on Monday", "derailed shortly after 11 p.m.")
                    if tokens.indices.contains(where: { k in
                        tokens[k].isWord && tokens[k].start >= lo && tokens[k].end <= hi && events.sequenceWords.contains(tokens[k].text)
                            && !(k + 1 < tokens.endIndex && (events.sequenceTimeObjects.contains(tokens[k + 1].text)
                                                             || timeStarts[m.article]?.contains(tokens[k + 1].start) == true))
                    }) { continue }
                    // (a word another date stands just before is that date's: "the death toll
                    // from Tuesday's earthquake rose to 240 on Wednesday")
                    // (only a space or a possessive between: "Tuesday, arrived" is no such)
                    if let other = dateBetween(m.article, t.start - 40, t.start, nearestLow: false),
                       other.start != m.span.start, other.end >= t.start - 3,
                       article.scalars[other.end..<t.start].allSatisfy({ $0 == " " || $0 == "'" || $0 == "\u{2019}" || $0 == "s" }) { continue }
                    // (a word that another date, three or more words from this one, stands
                    // nearer: "agreed on Saturday to a ceasefire that will take effect on
                    // Monday" dates the agreement Saturday; "met on Monday and Tuesday" is
                    // a list)
                    if let other = t.end <= m.span.start ? dateBetween(m.article, t.end, m.span.start, nearestLow: true)
                        : dateBetween(m.article, m.span.end, t.start, nearestLow: false) {
                        let gap = t.end <= m.span.start ? (other.end, m.span.start) : (m.span.end, other.start)
                        if tokens.lazy.filter({ $0.isWord && $0.start >= gap.0 && $0.end <= gap.1 }).count >= 3 { continue }
                    }
                    best = (d, kind, carrier, t.start)
                }
                guard var kind = best?.kind else { continue }
                // (a verb that tells an event happened takes the kind of the nearest event
                // noun in the sentence: "the quake, measured at 7.1, struck before dawn")
                // (its subject first, which comes before it: "Cyclone Mira struck the coast on
                // Monday morning with winds of 165 km/h, killing 11" tells of the cyclone)
                if let carrierStart = best?.start, best?.carrier == true {
                    var nearest: (rank: (Int, Int), kind: String)?
                    for (ti, t) in zip(tokens.indices, tokens) where t.isWord && !events.eventCarriers.contains(t.text) {
                        guard let word = eventKind(t.text) else { continue }
                        let k = senseKind(ti, word)
                        let d = t.end <= m.span.start ? m.span.start - t.end : max(0, t.start - m.span.end)
                        let rank = (t.end <= carrierStart ? 0 : 1, d)
                        if nearest == nil || rank < nearest!.rank { nearest = (rank, k) }
                    }
                    if let n = nearest { kind = n.kind }
                    if kind.isEmpty { continue }
                }
                // A date next to a reporting verb ("the ministry said Tuesday", "officials
                // said on Wednesday", "Yeltsin on Thursday told reporters") is the time of
                // the report, not of the event the report tells of.
                // So is a date next to a verb of reaction ("condemned on Thursday the
                // bombings"): reactions come after the event, on days of their own.
                func reportsOrReacts(_ word: String) -> Bool {
                    if events.reportVerbs.contains(word) || events.reactionNouns.contains(word) { return true }
                    if let known = reactsOf[word] { return known }
                    // (an inflected form only: "condemned", "mourns"; a bare "welcome" or
                    // "regret" may be a noun)
                    let yes = TermText.baseForms(word).contains { $0 != word && events.reactionVerbs.contains($0) }
                    reactsOf[word] = yes
                    return yes
                }
                // (the end of a lasting event is a time of its own: "the talks that ended
                // Tuesday" against "the talks opened Saturday"; a word of its end between
                // the event word and the date, or up to three words before the event word)
                if let eventStart = best?.start, let e = tokens.firstIndex(where: { $0.start == eventStart }) {
                    let (lo, hi) = eventStart < m.span.start ? (max(tokens.startIndex, e - 3), tokens.lastIndex { $0.end <= m.span.start } ?? e)
                        : (tokens.firstIndex { $0.start >= m.span.end } ?? e, e)
                    func phase(_ t: WordToken, _ words: Set<String>) -> Bool {
                        t.isWord && t.end < article.scalars.count && article.scalars[t.end] != "-"
                            && TermText.baseForms(t.text).contains(where: words.contains)
                    }
                    if lo <= hi, tokens[lo...hi].contains(where: { phase($0, events.endPhaseWords) }),
                       !tokens[lo...hi].contains(where: { $0.start > eventStart && phase($0, events.startPhaseWords) }) {
                        kind = events.endPhaseKindPrefix + kind
                    }
                }
                if let k = tokens.firstIndex(where: { $0.start >= m.span.end }), tokens[k].isWord, reportsOrReacts(tokens[k].text) { continue }
                // (a verb of announcing that closes the sentence after a comma and its
                // subject, with only the date after it, is the report's: `closingReportVerbs`)
                if let k = tokens.lastIndex(where: { $0.end <= m.span.start }), tokens[k].isWord, events.closingReportVerbs.contains(tokens[k].text)
                    || (k > tokens.startIndex && tokens[k - 1].isWord && events.closingReportVerbs.contains(tokens[k - 1].text)
                        && events.reportDateFillers.contains(tokens[k].text)),
                   m.span.end <= m.sentenceSpan.end, m.sentenceSpan.end <= article.scalars.count,
                   article.scalars[m.span.end..<m.sentenceSpan.end].allSatisfy({ !$0.properties.isAlphabetic && !("0"..."9").contains($0) }),
                   let comma = tokens.lastIndex(where: { $0.text == "," && $0.end <= m.span.start }), k - comma <= 6 {
                    continue
                }
                if let k = tokens.lastIndex(where: { $0.end <= m.span.start }) {
                    // (past up to two words between: "said here on Monday")
                    var j = k
                    while j > tokens.startIndex, k - j < 2, tokens[j].isWord, events.reportDateFillers.contains(tokens[j].text) { j -= 1 }
                    if tokens[j].isWord, reportsOrReacts(tokens[j].text) { continue }
                    // (the hearer of a report between: "told Xinhua on Saturday")
                    if j > tokens.startIndex, tokens[j].isWord, tokens[j - 1].isWord, events.hearerReportVerbs.contains(tokens[j - 1].text) { continue }
                }
                // (the date's own words say nothing of the event: two fires "on March 26"
                // and "on March 31" share "march" only through their dates)
                let context = Set(tokens.filter { $0.isWord && $0.text.count > 2 && !EnglishStopwords.words.contains($0.text)
                    && !($0.start >= m.span.start && $0.end <= m.span.end) }.map(\.text))
                // (the names of a sentence's words, but for the date's own)
                func names(_ tokens: [WordToken]) -> (places: Set<String>, locations: Set<String>, full: Set<String>) {
                    var places: Set<String> = []
                    var locations: Set<String> = []
                    // (names of several words, for the topic: "Meridian Health")
                    var full: Set<String> = []
                    var run: (last: Int, words: [String]) = (-2, [])
                    func endRun() { if run.words.count >= 2 { full.insert(run.words.joined(separator: " ")) } }
                    for k in tokens.indices {
                        let t = tokens[k]
                        guard t.isWord && t.start < article.length && isUpper(article.content.scalar(at: t.start))
                            && !(t.start >= m.span.start && t.end <= m.span.end) else { continue }
                        // (a name that opens the sentence counts when the corpus capitalises it
                        // inside one; a common word in a name, "Airport", "Foreign", does not)
                        if !wordCase.isProperName(t.text) { continue }
                        // (a name that only qualifies a common noun after "the" names no one
                        // the event is of: "on the Richter scale", "the semi-official Anatolia
                        // news agency")
                        if k + 1 < tokens.endIndex, tokens[k + 1].isWord, tokens[k + 1].start == t.end + 1,
                           tokens[k + 1].start < article.length, !isUpper(article.content.scalar(at: tokens[k + 1].start)),
                           !EnglishStopwords.words.contains(tokens[k + 1].text) {
                            var b = k - 1, adjectives = 0
                            while b >= tokens.startIndex, adjectives <= 2, tokens[b].isWord, tokens[b].text != events.definiteArticle,
                                  tokens[b].start < article.length, !isUpper(article.content.scalar(at: tokens[b].start)) { b -= 1; adjectives += 1 }
                            if b >= tokens.startIndex, tokens[b].isWord, tokens[b].text == events.definiteArticle { continue }
                        }
                        places.insert(t.text)
                        if run.last == k - 1, tokens[k - 1].end + 1 == t.start, article.content.scalar(at: tokens[k - 1].end) == " " {
                            run = (k, run.words + [t.text])
                        } else {
                            endRun()
                            run = (k, [t.text])
                        }
                        // (a place of several words is named whole: "in Abu Dhabi", "in New York")
                        if k > tokens.startIndex, events.locationPrepositions.contains(tokens[k - 1].text) {
                            var name = t.text
                            var e = k + 1
                            while e < tokens.endIndex, e <= k + 2, tokens[e].isWord, tokens[e].start == tokens[e - 1].end + 1,
                                  tokens[e].start < article.length, isUpper(article.content.scalar(at: tokens[e].start)) {
                                name += " " + tokens[e].text
                                e += 1
                            }
                            locations.insert(name)
                        }
                    }
                    endRun()
                    return (places, locations, full)
                }
                var (places, locations, full) = names(tokens)
                // A sentence that names no one tells of what the sentence before it in its
                // paragraph named ("Hackers stole data from Meridian Health, the group said.
                // The breach was discovered on 2 November."): it takes that sentence's names.
                if places.isEmpty, let si = article.sentenceIndex(containing: m.sentenceSpan.start), si > 0,
                   article.sentences[si - 1].block == article.sentences[si].block,
                   let previous = store.sentence(m.article, span: article.sentences[si - 1].span) {
                    (places, locations, full) = names(previous.tokens(within: reach, of: Span(previous.span.end, previous.span.end)))
                }
                items.append(DatedEvent(mention: m, kind: kind, day: day, value: p.level == .time ? day.description : m.value,
                                        context: context, places: places, locations: locations, fullNames: full))
            }
        }
        // Link mentions of the same kind of event, within two weeks, sharing names. Every
        // link needs a shared name, so only mentions filed under the same (kind, name)
        // are compared, each with at most `maxNeighbours` earlier ones within two weeks
        // that are not yet in its group: near-linear in the mentions.
        var parent = Array(items.indices)
        func find(_ x: Int) -> Int { var x = x; while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }; return x }
        var byName: [String: [Int]] = [:]
        for i in items.indices { for name in items[i].places { byName[items[i].kind + "\u{1}" + name, default: []].append(i) } }
        // A sentence that names no one ("The union and the rail companies struck a deal on
        // Monday night") is filed under its kind alone, with every mention of that kind:
        // it links on its words (`namelessShared`), as a labour or business story names
        // its parties by common nouns.
        var nameless: Set<Int> = []
        for i in items.indices where items[i].places.isEmpty { nameless.insert(i) }
        if !nameless.isEmpty {
            for i in items.indices { byName[items[i].kind + "\u{2}", default: []].append(i) }
        }
        for key in byName.keys.sorted() {
            guard let list = byName[key], list.count >= 2 else { continue }
            let ordered = list.sorted { (items[$0].day.ordinal, $0) < (items[$1].day.ordinal, $1) }
            for (p, i) in ordered.enumerated() {
                var q = p - 1
                var compared = 0, steps = 0
                // Earlier mentions already in its group are skipped, but they count
                // towards a cap too, so that one big group stays linear.
                while q >= 0 && compared < DiscrepancyFinder.maxNeighbours && steps < 8 * DiscrepancyFinder.maxNeighbours {
                    let j = ordered[q]
                    q -= 1
                    steps += 1
                    if items[i].day.ordinal - items[j].day.ordinal > DiscrepancyFinder.sameStoryDays { break }
                    if find(i) == find(j) { continue }
                    compared += 1
                    let a = items[i], b = items[j]
                    let shared = a.context.intersection(b.context).count
                    if key.hasSuffix("\u{2}") {
                        // (a name on neither side, or on one only, and the words around the
                        // dates much alike)
                        let both = nameless.contains(i) && nameless.contains(j)
                        if (both || nameless.contains(i) || nameless.contains(j)) && a.mention.article != b.mention.article
                            && shared >= (both ? DiscrepancyFinder.namelessSharedBoth : DiscrepancyFinder.namelessShared) { parent[find(i)] = find(j) }
                        continue
                    }
                    let sharedNames = a.places.intersection(b.places).count
                    if sharedNames >= 2 || (sharedNames >= 1 && shared >= 3) { parent[find(i)] = find(j) }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in items.indices { groups[find(i), default: []].append(i) }
        var out: [Discrepancy] = []
        // In index order (dictionary order changes from run to run).
        for members in groups.values.sorted(by: { $0[0] < $1[0] }) {
            let values = Set(members.map { items[$0].value })
            let sources = Set(members.map { items[$0].mention.article })
            guard values.count >= 2, sources.count >= 2 else { continue }
            // Only a discrepancy when different sources give different values.
            var bySource: [String: Set<Int>] = [:]
            for m in members { bySource[items[m].value, default: []].insert(items[m].mention.article) }
            let distinctSources = bySource.values.reduce(Set<Int>()) { $0.union($1) }
            guard distinctSources.count >= 2 else { continue }
            var placeCounts: [String: Int] = [:]
            var nameCounts: [String: Int] = [:]
            var fullCounts: [String: Int] = [:]
            for m in members {
                for n in items[m].locations { placeCounts[n, default: 0] += 1 }
                for n in items[m].places { nameCounts[n, default: 0] += 1 }
                for n in items[m].fullNames { fullCounts[n, default: 0] += 1 }
            }
            func top(_ counts: [String: Int]) -> String? {
                counts.filter { $0.value >= 2 }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key.capitalized
            }
            let kind = items[members[0]].kind
            var topic = "date of the \(kind)"
            // (a name is given whole when the corpus writes it so: "Meridian Health" for "Health")
            if let place = top(placeCounts) { topic += " in \(place)" } else if let name = top(nameCounts) {
                let whole = top(fullCounts.filter { $0.key.split(separator: " ").contains { $0.capitalized == name } })
                topic += " (\(whole ?? name))"
            }
            var seenClaims: Set<String> = []
            let claims = members.filter { i in
                let m = items[i].mention
                return seenClaims.insert("\(m.article):\(m.sentenceSpan.start):\(items[i].value)").inserted
            }.map { i -> Discrepancy.Claim in
                let m = items[i].mention
                return Discrepancy.Claim(article: m.article, value: items[i].value, text: m.sentence, span: m.sentenceSpan,
                                         expression: m.span, inferred: m.anchor?.isInferred ?? false)
            }.sorted { ($0.article, $0.span.start) < ($1.article, $1.span.start) }
            var item = Discrepancy(kind: .date, topic: topic, claims: claims)
            // Confidence: one value per source, names shared by all, explicit dates and
            // values close together make one event dated differently; a source that gives
            // both dates, or dates weeks apart, more likely means two events.
            var confidence = 0.55
            var notes: [String] = []
            let maxShared = top(nameCounts).map { n in nameCounts[n.lowercased()] ?? 0 } ?? 0
            if item.sourceGivesSeveralValues { confidence -= 0.3; notes.append("a source gives more than one of the dates") }
            else { confidence += 0.15; notes.append("each source gives one date") }
            let days = members.map { items[$0].day.ordinal }
            let spread = (days.max() ?? 0) - (days.min() ?? 0)
            if spread <= 2 { confidence += 0.1; notes.append("dates \(spread) day\(spread == 1 ? "" : "s") apart") }
            // (past the two weeks within which dates are paired, the group is a chain of
            // pairs: its ends are likelier two events)
            else if spread > DiscrepancyFinder.sameStoryDays { confidence -= 0.3; notes.append("dates \(spread) days apart") }
            else if spread > 7 { confidence -= 0.2; notes.append("dates \(spread) days apart") }
            if maxShared >= 3 { confidence += 0.1 }
            // (linked by their words alone: weaker than a name)
            if top(nameCounts) == nil { confidence -= 0.1; notes.append("no name shared") }
            let explicit = claims.filter { !$0.inferred }.count
            if explicit == 0 { confidence -= 0.15; notes.append("every date resolved against an inferred anchor") }
            let distinctValues = Set(claims.map(\.value)).count
            if distinctValues > 2 { confidence -= 0.1 * Double(distinctValues - 2); notes.append("\(distinctValues) different dates") }
            item.confidence = clamp(confidence)
            item.reason = "the same \(kind) (\(kind) words within 80 characters of each date; names shared: "
                + (nameCounts.filter { $0.value >= 2 }.keys.sorted().prefix(4).map { $0.capitalized }.joined(separator: ", "))
                + "); " + notes.joined(separator: "; ")
            out.append(item)
        }
        return out.sorted(by: Discrepancy.inOrder)
    }

    /// How a corpus writes its words (lowercased keys): `names`, the words some article
    /// capitalises inside a sentence, less the stopwords; `common`, the words some
    /// article writes in lower case. A name that is also common ("Airport", "Foreign",
    /// "Bank") is a common word in a name or a title, weak evidence of the same subject;
    /// one never written in lower case ("Azerbaijan", "Dhabi", "Chirac") is strong.
    struct WordCase {
        var names: Set<String> = []
        var common: Set<String> = []

        /// Whether a capitalised word is a name that says who or where.
        func isProperName(_ word: String) -> Bool { names.contains(word) && !common.contains(word) }

        init() {}

        init(_ corpus: Corpus) {
            for article in corpus.articles {
                let scalars = article.scalars
                for sentence in article.sentences {
                    for t in TermText.tokens(scalars, sentence.span.start..<sentence.span.end) where t.isWord && t.start < scalars.count {
                        let c = scalars[t.start]
                        if isUpper(c) { if t.start > sentence.span.start { names.insert(t.text) } }
                        else if c.properties.isLowercase { common.insert(t.text) }
                    }
                }
            }
            names.subtract(EnglishStopwords.words)
            // (nor months, weekdays or zones, which any two reports of one week share, nor
            // single letters of an abbreviation, "U" of "U.S.")
            let lexicon = TimeLexicon.english
            names.subtract(lexicon.months.keys)
            names.subtract(lexicon.weekdays.keys)
            names.subtract(lexicon.timezones)
            names = names.filter { $0.unicodeScalars.count > 1 }
        }
    }

    // MARK: Numbers

    /// A sentence of an article.
    struct SentenceKey: Hashable {
        var article: Int
        var start: Int
    }

    /// Two claims, by index, the lower first.
    struct IndexPair: Hashable {
        var low: Int, high: Int
        init(_ a: Int, _ b: Int) { low = min(a, b); high = max(a, b) }
    }

    struct NumberClaim {
        var article: Int
        var quantity: Quantity
        var value: String { quantity.description }
        var head: String
        /// The counted word as written ("prisoners"; `head` is its stem, for grouping).
        var written: String
        /// The sentence's content words, as sorted vocabulary ids.
        var context: [UInt32]
        /// The names among them (words the article capitalises inside its sentences),
        /// as sorted vocabulary ids.
        var names: [UInt32]
        var sentence: Span
        var expression: Span
        /// A measure named by its noun ("magnitude 7.1"), not a count of things.
        var measure = false
        /// The stem of the verb that says what happened to the count ("evacuat" in
        /// "42,000 people had been evacuated", "cut" in "power was cut to 150,000 homes").
        var predicate: String? = nil
        /// Whether that verb's subject is a pronoun for a person ("He hit six
        /// boundaries"): the count is someone's doing, not an event's toll.
        var personDoer = false
    }

    /// How many ids two sorted lists share.
    static func sharedCount(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    static let numberLexicon = NumberLexicon.english
    /// Grouping keys of measures start with this, apart from the stems of counted words.
    static let measureKey = "measure:"
    static let shareKey = "share:"
    static let incrementKey = "increment:"

    /// Two counts of the same thing disagree when no number fits both: each allows an
    /// interval, its value or range when exact, a rounding's slack around it ("about
    /// 200" and "around 250" disagree, "about 200" and "213" agree), everything above
    /// a floor ("at least 14" and "16" agree, "at least 14" and "12" do not) or below
    /// a ceiling ("nearly 100" and "120" disagree). An order of size ("hundreds")
    /// agrees with anything.
    static func disagree(_ a: Quantity, _ b: Quantity) -> Bool {
        // A small figure written to fewer decimals than another may be its rounding, as
        // news rounds: "52%" and "52.4%" agree, "53%" and "52.4%" do not, "7.0" and "7.1"
        // do not (the same decimals). (Not counts of thousands and more, whose written
        // decimals belong to a multiplier: "4.2 billion".)
        if a.bound == .exact, b.bound == .exact, !a.approximate, !b.approximate, a.upper == nil, b.upper == nil,
           a.decimals != b.decimals, abs(a.value) < 1_000, abs(b.value) < 1_000, a.decimals <= 6, b.decimals <= 6 {
            let coarse = a.decimals < b.decimals ? a : b, fine = a.decimals < b.decimals ? b : a
            let step = pow(10, -Double(coarse.decimals))
            return abs(fine.value - coarse.value) > step / 2 + 1e-9
        }
        guard let x = allowed(a), let y = allowed(b) else { return false }
        return x.upperBound < y.lowerBound || y.upperBound < x.lowerBound
    }

    /// The step a number is written to: the largest power of ten that divides it (550:
    /// 10, 500: 100, 1.1 billion: 100 million), or its last decimal place (7.5: 0.1).
    static func roundingStep(_ v: Double) -> Double {
        let x = abs(v)
        guard x > 0, x.isFinite, x < 1e15 else { return 1 }
        var g = 1.0
        if x == x.rounded() {
            while g * 10 <= x, (x / (g * 10)) == (x / (g * 10)).rounded() { g *= 10 }
            return g
        }
        while g > 1e-4, (x / g) != (x / g).rounded() { g /= 10 }
        return g
    }

    /// The counts a written number allows.
    static func allowed(_ q: Quantity) -> ClosedRange<Double>? {
        let top = max(q.upper ?? q.value, q.value)
        let slack = abs(numberLexicon.roundingSlack)
        let lo: Double, hi: Double
        switch q.bound {
        case .exact:
            guard !q.approximate else { return nil }
            (lo, hi) = (q.value, top)
        // (a rounding reaches at most half the step the number is written to: "around 550"
        // is rounded to tens, 545–555, and disagrees with 500; "about 400" to hundreds,
        // within its ten per cent, and agrees with 420)
        case .rounded: (lo, hi) = (q.value - min(abs(q.value) * slack, roundingStep(q.value) / 2),
                                   top + min(abs(top) * slack, roundingStep(top) / 2))
        case .floor: (lo, hi) = (q.value, .infinity)
        case .ceiling: (lo, hi) = (-.infinity, top)
        case .vague: return nil
        }
        // (no interval from a value that is not a number)
        guard lo <= hi else { return nil }
        return lo...hi
    }

    static func numbers(_ corpus: Corpus, _ store: CorpusWords, timexSpans: [[Span]] = [], wordCase: WordCase? = nil) -> [Discrepancy] {
        let wordCase = wordCase ?? WordCase(corpus)
        var claims: [NumberClaim] = []
        let timeWords = Set(TimeLexicon.english.months.keys).union(TimeLexicon.english.weekdays.keys)
        // Whether a word type can be (part of) a number, decided once per type.
        var numberLike: [UInt32: Bool] = [:]
        func isNumberLike(_ id: UInt32) -> Bool {
            if let known = numberLike[id] { return known }
            let t = store.vocabulary.string(id)
            let yes = t.first.map { $0.isNumber } ?? false || numberLexicon.units[t] != nil
                || numberLexicon.tens[t] != nil || numberLexicon.vague[t] != nil
            numberLike[id] = yes
            return yes
        }
        // The names each article tells its numbers with: two reports of one story share
        // some ("Cyclone Mira", "Selwyn").
        // (and the place its dateline names, "SELWYN —", "NAIROBI, Kenya (AP)")
        var articleNames: [Int: Set<UInt32>] = [:]
        for (ai, article) in corpus.articles.enumerated() {
            if let place = article.metadata.place {
                for w in place.lowercased().split(whereSeparator: { !$0.isLetter }) where w.count > 2 {
                    if let id = store.vocabulary.id(String(w)) { articleNames[ai, default: []].insert(id) }
                }
            }
            let indexed = store.sentences(ai)
            var scalars: [Unicode.Scalar]?  // decoded once, for the first sentence with a number
            for (si, sentence) in article.sentences.enumerated() where article.blocks[sentence.block].kind.carriesSentences {
                // Only sentences with a number need their words and context (checked on
                // the word ids, without making the sentence's strings).
                let s = indexed[si]
                guard (0..<s.count).contains(where: { s.isWord($0) && isNumberLike(s.tokenId($0)) }) else { continue }
                let tokens = s.tokens
                // A "sentence" of thousands of characters is a table or run-on debris, not a
                // claim: only its first 4,000 characters are read for numbers.
                let readSpan = Span(sentence.span.start, min(sentence.span.end, sentence.span.start + 4_000))
                if scalars == nil { scalars = article.scalars }
                let quantities = QuantityParser.quantities(scalars!, readSpan, lexicon: numberLexicon)
                guard !quantities.isEmpty else { continue }
                let contentIndices = tokens.indices.filter { tokens[$0].isWord && tokens[$0].text.count > 3 && !EnglishStopwords.words.contains(tokens[$0].text) && Int(tokens[$0].text) == nil }
                let context = Set(contentIndices.map { indexed[si].tokenId($0) })
                // (names: capitalised here and, for a sentence's first word, inside some
                // sentence of the article too; no month or weekday, which any two reports
                // of one week share)
                let nameIds = Set(contentIndices.filter { k in
                    let t = tokens[k]
                    guard t.start < article.length, isUpper(scalars![t.start]), !timeWords.contains(t.text) else { return false }
                    return wordCase.isProperName(t.text)
                }.map { indexed[si].tokenId($0) }).sorted()
                articleNames[ai, default: []].formUnion(nameIds)
                // (a sentence of clauses joined by ", and" or ";": each count's context is
                // its clause's words, when counts stand in more than one clause, "All 180
                // passengers were evacuated, and 12 people were treated for minor injuries")
                var clauseStarts: [Int] = []
                if quantities.count >= 2 {
                    for (i, t) in tokens.enumerated() where !t.isWord && i + 1 < tokens.count {
                        if numberLexicon.clauseSeparators.contains(t.text)
                            || numberLexicon.clauseCommas.contains(t.text) && tokens[i + 1].isWord && numberLexicon.clauseConjunctions.contains(tokens[i + 1].text) {
                            clauseStarts.append(tokens[i].end)
                        }
                    }
                }
                func clause(_ offset: Int) -> Int {
                    var c = 0
                    while c < clauseStarts.count && clauseStarts[c] <= offset { c += 1 }
                    return c
                }
                let clauses = clauseStarts.isEmpty ? 1 : Set(quantities.map { clause($0.span.start) }).count
                func contextOf(_ q: Quantity) -> Set<UInt32> {
                    guard clauses > 1 else { return context }
                    let c = clause(q.span.start)
                    let lo = c > 0 ? clauseStarts[c - 1] : Int.min, hi = c < clauseStarts.count ? clauseStarts[c] : Int.max
                    return Set(contentIndices.filter { tokens[$0].start >= lo && tokens[$0].start < hi }.map { indexed[si].tokenId($0) })
                }
                var k = 0
                let times = ai < timexSpans.count ? timexSpans[ai] : []
                for q in quantities {
                    let context = contextOf(q)
                    // (a number inside a time expression is part of a date or a length)
                    if !times.isEmpty {
                        var lo = 0, hi = times.count
                        while lo < hi { let mid = (lo + hi) / 2; if times[mid].start < q.span.end { lo = mid + 1 } else { hi = mid } }
                        // (the spans start in order; the nearest few before the number's end may cover it)
                        var covered = false
                        var t = lo - 1
                        while t >= 0 && t >= lo - 4 { if times[t].end > q.span.start { covered = true; break }; t -= 1 }
                        if covered { continue }
                    }
                    // The thing counted: the next content word after the number ("1,700 troops").
                    while k < tokens.count && tokens[k].start < q.span.end { k += 1 }
                    // A measure named next to its number ("magnitude 7.1", "7.1-magnitude",
                    // "category 4") is what the number is, whatever noun follows.
                    var before = k - 1
                    while before >= 0 && tokens[before].end > q.span.start { before -= 1 }
                    // (a measure's number is written in digits: "at one stage", "stage four
                    // for 100" are idioms; and measures are grouped apart from counts)
                    let digits = k > 0 && tokens[k - 1].text.first?.isNumber == true
                    // (a word glued to the number by a hyphen, "7.1-magnitude", is read without it)
                    func unglued(_ word: String) -> String { word.hasPrefix("-") ? String(word.dropFirst()) : word }
                    let measureAt = (digits ? [before, k] : []).first { m in
                        guard m >= 0, m < tokens.count, tokens[m].isWord else { return false }
                        return numberLexicon.measureNouns.contains(unglued(tokens[m].text))
                    }
                    if let m = measureAt {
                        let w = unglued(tokens[m].text)
                        claims.append(NumberClaim(article: ai, quantity: q, head: DiscrepancyFinder.measureKey + w, written: w,
                                                  context: context.subtracting([indexed[si].tokenId(m)]).sorted(), names: nameIds,
                                                  sentence: sentence.span, expression: Span(min(q.span.start, tokens[m].start), max(q.span.end, tokens[m].end)),
                                                  measure: true))
                        continue
                    }
                    // (whether an offset lies inside a time expression: "4.32 percent last week")
                    func inTime(_ offset: Int) -> Bool {
                        var lo = 0, hi = times.count
                        while lo < hi { let mid = (lo + hi) / 2; if times[mid].start <= offset { lo = mid + 1 } else { hi = mid } }
                        var t = lo - 1
                        while t >= 0 && t >= lo - 4 { if times[t].end > offset { return true }; t -= 1 }
                        return false
                    }
                    // A share ("12 percent", "64.2%") is a measure of the thing it is of: the
                    // noun phrase after it ("a 10 percent pay rise") or the word its link
                    // follows ("a pay rise of 12 percent", "wages will rise by 12 percent",
                    // "turnout was 64.2 percent"). Grouped apart, as measures are.
                    if k < tokens.count {
                        var sign = -1
                        if numberLexicon.percentSigns.contains(unglued(tokens[k].text)) { sign = k }
                        else if k + 1 < tokens.count, numberLexicon.percentSigns.contains(tokens[k].text + " " + tokens[k + 1].text) { sign = k + 1 }
                        if sign >= 0 {
                            func content(_ t: Int) -> Bool {
                                t >= 0 && t < tokens.count && tokens[t].isWord && tokens[t].text.count > 2
                                    && !EnglishStopwords.words.contains(tokens[t].text) && tokens[t].text.first?.isNumber == false
                                    && !numberLexicon.percentSigns.contains(tokens[t].text)
                            }
                            var head = -1
                            var a = sign + 1
                            // (a noun phrase: no time, "0.2 percent Friday", and no word of
                            // movement, "closed 0.8 percent higher")
                            let afterStops = numberLexicon.shareModifiers.contains(a < tokens.count ? tokens[a].text : "")
                            while a < tokens.count, a <= sign + 3, content(a), !MorphologyLexicon.english.isParticiple(tokens[a].text),
                                  !MorphologyLexicon.english.irregularPastForms.contains(tokens[a].text),
                                  !numberLexicon.shareModifiers.contains(tokens[a].text), !timeWords.contains(tokens[a].text),
                                  !numberLexicon.nonCountHeads.contains(tokens[a].text), !tokens[a].text.hasSuffix(numberLexicon.adverbSuffix),
                                  !inTime(tokens[a].start) { head = a; a += 1 }
                            if head < 0 && !afterStops {
                                var b = before
                                while b >= 0, before - b < 5, tokens[b].isWord, numberLexicon.shareLinks.contains(tokens[b].text) { b -= 1 }
                                // (not a name: "Reform got 41 percent"; a sentence's first word
                                // that the corpus writes in lower case is none, "Turnout was")
                                if b < before, content(b), tokens[b].start < article.length,
                                   !(isUpper(scalars![tokens[b].start]) && wordCase.isProperName(tokens[b].text)) { head = b }
                            }
                            guard head >= 0 else { continue }
                            let w = tokens[head].text
                            claims.append(NumberClaim(article: ai, quantity: q, head: DiscrepancyFinder.shareKey + CommitmentDiscovery.stem(w),
                                                      written: w + " (" + numberLexicon.shareLabel + ")", context: context.subtracting([indexed[si].tokenId(head), indexed[si].tokenId(sign)]).sorted(),
                                                      names: nameIds, sentence: sentence.span,
                                                      expression: Span(min(q.span.start, tokens[head].start), max(tokens[sign].end, tokens[head].end)),
                                                      measure: true))
                            continue
                        }
                    }
                    // The total of a part told before it ("six of its eight carriages") is no
                    // count of its own: the part is (read below, past the total).
                    if before >= 2, tokens[before].isWord, numberLexicon.partitiveDeterminers.contains(tokens[before].text),
                       tokens[before - 1].isWord, tokens[before - 1].text == numberLexicon.partitive,
                       isNumberLike(indexed[si].tokenId(before - 2)) { continue }
                    var j = k
                    while j < tokens.count && tokens[j].isWord && EnglishStopwords.words.contains(tokens[j].text) && j < k + 2 { j += 1 }
                    // (the part's noun is the total's: "six of its eight carriages")
                    if j > k, j < tokens.count, tokens[k].isWord, tokens[k].text == numberLexicon.partitive,
                       numberLexicon.partitiveDeterminers.contains(tokens[j - 1].text), isNumberLike(indexed[si].tokenId(j)),
                       j + 1 < tokens.count { j += 1 }
                    guard j < tokens.count, tokens[j].isWord, tokens[j].text.count > 2 else { continue }
                    // A participle right after the number ("two collided", "12 injured") leaves
                    // the counted thing unsaid.
                    func isParticiple(_ w: String) -> Bool { MorphologyLexicon.english.isParticiple(w) }
                    guard !isParticiple(tokens[j].text) else { continue }
                    // Counts of time units are ages and durations ("a 44-year-old man", "16 hours"),
                    // and percentages are shares: neither is a quantity of a thing. Checked on the
                    // word after the number and on the noun phrase's head ("5 consecutive days").
                    func isNonCount(_ word: String) -> Bool {
                        let bare = unglued(word)
                        return numberLexicon.nonCountHeads.contains(bare.split(separator: "-").first.map(String.init) ?? bare)
                    }
                    guard !isNonCount(tokens[j].text) else { continue }
                    // English noun phrases end in their head: "3 Russian soldiers", "228 political
                    // parties" count soldiers and parties. Take the last of up to three content
                    // words in a row.
                    var last = j
                    while last + 1 < tokens.count, last + 1 <= j + 2, tokens[last + 1].isWord,
                          tokens[last + 1].text.count > 2, !EnglishStopwords.words.contains(tokens[last + 1].text),
                          tokens[last + 1].text.first?.isNumber == false, !isParticiple(tokens[last + 1].text),
                          !MorphologyLexicon.english.irregularPastForms.contains(tokens[last + 1].text) {
                        last += 1
                    }
                    j = last
                    let headWord = unglued(tokens[j].text)
                    guard !isNonCount(headWord), !timeWords.contains(headWord) else { continue }
                    // A distance before a compass point places somewhere ("a city about 50
                    // kilometers south of Shenyang"): a locator, not a claim about the event.
                    if (k...min(j + 1, tokens.count - 1)).contains(where: { numberLexicon.compassPoints.contains(unglued(tokens[$0].text)) }) { continue }
                    // (an increment is grouped apart from the tally it adds to: `incrementBefore`)
                    let increment = (before >= 0 && tokens[before].isWord && numberLexicon.incrementBefore.contains(tokens[before].text))
                        || (k < tokens.count && tokens[k].isWord && numberLexicon.incrementAfter.contains(tokens[k].text))
                    let head = (increment ? DiscrepancyFinder.incrementKey : "") + CommitmentDiscovery.stem(headWord)
                    // The verb of the count: a participle after the counted noun and its
                    // auxiliaries, else the content word before the number and its fillers.
                    func verbAt(_ v: Int) -> String? {
                        guard v >= 0, v < tokens.count, tokens[v].isWord, tokens[v].text.count >= 3,
                              !EnglishStopwords.words.contains(tokens[v].text), tokens[v].start < article.length,
                              !isUpper(scalars![tokens[v].start]), !isNumberLike(indexed[si].tokenId(v)) else { return nil }
                        return CommitmentDiscovery.stem(tokens[v].text)
                    }
                    var after = j + 1
                    while after < tokens.count, after <= j + 3, tokens[after].isWord, numberLexicon.predicateAuxiliaries.contains(tokens[after].text) { after += 1 }
                    var pre = before
                    while pre >= 0, before - pre < 4, tokens[pre].isWord, numberLexicon.predicateFillers.contains(tokens[pre].text) { pre -= 1 }
                    let predicate = (after > j + 1 && after < tokens.count && isParticiple(tokens[after].text) ? verbAt(after) : nil) ?? verbAt(pre)
                    var subject = pre - 1
                    while subject >= 0, tokens[subject].isWord, numberLexicon.predicateAuxiliaries.contains(tokens[subject].text) { subject -= 1 }
                    let personDoer = predicate != nil && subject >= 0 && tokens[subject].isWord
                        && FactLexicon.english.personPronouns[tokens[subject].text] != nil
                    claims.append(NumberClaim(article: ai, quantity: q, head: head, written: headWord,
                                              context: context.subtracting([indexed[si].tokenId(j)]).sorted(), names: nameIds, sentence: sentence.span,
                                              expression: Span(q.span.start, tokens[j].end), predicate: predicate, personDoer: personDoer))
                }
            }
        }
        let published = corpus.articles.map { $0.metadata.published?.ordinal }
        /// Whether two articles share at least `n` of the names their numbers are told with.
        func sharesNames(_ a: Int, _ b: Int, _ n: Int) -> Bool {
            guard let x = articleNames[a], let y = articleNames[b] else { return false }
            var shared = 0
            for w in x where y.contains(w) { shared += 1; if shared >= n { return true } }
            return false
        }
        // A count of people in general in one report ("injuring 47 people") and of a
        // kind of person in another ("injuring 52 passengers"), in sentences that share
        // their wording as paired counts must, is one count: the general one joins the
        // kind's group, when the sentences it matches count only one kind.
        let personHeads = Set(numberLexicon.personNouns.map(CommitmentDiscovery.stem))
        let genericHeads = Set(numberLexicon.genericPersonNouns.map(CommitmentDiscovery.stem))
        let generic = claims.indices.filter { !claims[$0].measure && genericHeads.contains(claims[$0].head) }
        if !generic.isEmpty {
            var postings: [UInt32: [Int]] = [:]
            var kinds = 0
            for (i, c) in claims.enumerated() where !c.measure && personHeads.contains(c.head) {
                kinds += 1
                for w in c.context { postings[w, default: []].append(i) }
            }
            let common = max(40, kinds / 10)
            var newHeads: [(Int, String)] = []
            for g in generic where kinds > 0 {
                var shared: [Int: Int] = [:]
                for w in claims[g].context {
                    guard let list = postings[w], list.count <= common else { continue }
                    for b in list where claims[b].article != claims[g].article { shared[b, default: 0] += 1 }
                }
                var heads: Set<String> = []
                for (b, count) in shared where count >= 3
                    || (count >= 2 && min(claims[g].context.count, claims[b].context.count) <= DiscrepancyFinder.shortContext) {
                    if let pa = published[claims[g].article], let pb = published[claims[b].article], abs(pa - pb) > DiscrepancyFinder.sameStoryDays { continue }
                    // (and not of two reports that each name their own places and parties, no
                    // name shared: a minibus carrying 31 people in Chile is no bus carrying 50
                    // students in Heilongjiang)
                    if !(articleNames[claims[g].article] ?? []).isEmpty, !(articleNames[claims[b].article] ?? []).isEmpty,
                       !sharesNames(claims[g].article, claims[b].article, 1) { continue }
                    heads.insert(claims[b].head)
                }
                if heads.count == 1, let h = heads.first { newHeads.append((g, h)) }
            }
            for (g, h) in newHeads { claims[g].head = h }
        }
        if ProcessInfo.processInfo.environment["CONCORD_DEBUG_NUMBERS"] != nil {
            for c in claims {
                let words = c.context.map { store.vocabulary.string($0) }.sorted().joined(separator: " ")
                FileHandle.standardError.write(Data("\(corpus.articles[c.article].id) \(c.value) head=\(c.head) predicate=\(c.predicate ?? "-") context=[\(words)]\n".utf8))
            }
        }
        var byHead: [String: [Int]] = [:]
        for (i, c) in claims.enumerated() { byHead[c.head, default: []].append(i) }
        // The other counts told in a claim's sentence, as value and head: two reports
        // that give one count alike beside the one they differ on ("14 crashes and three
        // injuries", "14 crashes and two injuries") tell one tally.
        var siblings: [Int: Set<String>] = [:]
        // (each sibling key as written, for the reason: "14 crashes")
        var siblingText: [String: String] = [:]
        // (a count of one or two, "the two countries", "one dollar", is said of
        // anything; a price, with its decimals, of a moment)
        func isTallyCount(_ c: NumberClaim) -> Bool { c.quantity.value >= 3 && c.quantity.decimals < 2 }
        var bySentence: [SentenceKey: [Int]] = [:]
        for (i, c) in claims.enumerated() where !c.measure { bySentence[SentenceKey(article: c.article, start: c.sentence.start), default: []].append(i) }
        for list in bySentence.values where list.count >= 2 && list.count <= DiscrepancyFinder.maxSiblingCounts {
            for i in list {
                siblings[i] = Set(list.filter { $0 != i && claims[$0].head != claims[i].head && isTallyCount(claims[$0]) }
                    .map { claims[$0].value + "\u{1}" + claims[$0].head })
            }
            for i in list where siblingText[claims[i].value + "\u{1}" + claims[i].head] == nil {
                siblingText[claims[i].value + "\u{1}" + claims[i].head] = claims[i].value + " " + claims[i].written
            }
        }
        /// Whether two claims have a count beside them that both give alike.
        func shareSibling(_ a: Int, _ b: Int) -> Bool {
            guard let x = siblings[a], let y = siblings[b] else { return false }
            return !x.isDisjoint(with: y)
        }
        // A name few articles of the corpus carry ("Carrow" in a folder of reports of
        // its fire; a small town in a day's wire) says one story by itself, as two
        // common ones ("Iraq", "Baghdad") together do: a short report may name only it.
        var nameArticles: [UInt32: Int] = [:]
        for names in articleNames.values { for w in names { nameArticles[w, default: 0] += 1 } }
        let rareName = max(DiscrepancyFinder.rareNameArticles, corpus.articles.count / DiscrepancyFinder.rareNameShare)
        func sharesRareName(_ a: Int, _ b: Int) -> Bool {
            guard let x = articleNames[a], let y = articleNames[b] else { return false }
            return x.contains { y.contains($0) && (nameArticles[$0] ?? 0) <= rareName }
        }
        func sameStory(_ a: Int, _ b: Int) -> Bool { sharesNames(a, b, 2) || sharesRareName(a, b) }
        var out: [Discrepancy] = []
        for (head, members) in byHead.sorted(by: { $0.key < $1.key }) {
            // Pairs from different sources with different values and a shared context,
            // found through an inverted index on context words.
            var involved: Set<Int> = []
            // (the pairs that disagree in sentences sharing their wording, claim indices
            // lower first: a part must hold one to be an item)
            var linkedPairs: Set<IndexPair> = []
            var postings: [UInt32: [Int]] = [:]
            for m in members { for w in claims[m].context { postings[w, default: []].append(m) } }
            let common = max(40, members.count / 10)
            for a in members {
                var shared: [Int: Int] = [:]
                for w in claims[a].context {
                    guard let list = postings[w], list.count <= common else { continue }
                    for b in list where b > a { shared[b, default: 0] += 1 }
                }
                // (three shared words; two in short sentences, whose few content words are
                // mostly the names and the verb: "Ethiopia will supply 400 megawatts to
                // Kenya" and "Ethiopia will export 300 megawatts to Kenya")
                // (or two shared names: "exchange 32 prisoners" in a report of Armenia and
                // Azerbaijan and "release 30 Armenian prisoners" in another say it in other words)
                // (a count both give alike beside it weighs as two shared words)
                for (b, words) in shared {
                    let count = words + (shareSibling(a, b) ? 2 : 0)
                    guard count >= 3
                    || (count >= 2 && (min(claims[a].context.count, claims[b].context.count) <= DiscrepancyFinder.shortContext
                                       || sharedCount(claims[a].names, claims[b].names) >= 2)) else { continue }
                    let x = claims[a], y = claims[b]
                    // (a share is told of many things, rates and rises of every market and
                    // country: only reports of one story, by their names, tell one)
                    if head.hasPrefix(DiscrepancyFinder.shareKey), !sameStory(x.article, y.article) { continue }
                    // (reports of one count come out within days of each other; the same
                    // wording a year apart is another day's figure: "Vietnam has 30 kinds of
                    // listed shares" in 2005 and "57 kinds" in 2006)
                    if let pa = published[x.article], let pb = published[y.article], abs(pa - pb) > DiscrepancyFinder.sameStoryDays { continue }
                    if x.article != y.article && disagree(x.quantity, y.quantity) {
                        involved.insert(a); involved.insert(b)
                        linkedPairs.insert(IndexPair(a, b))
                    }
                }
            }
            // A sentence that says little besides its count has few words to share ("More
            // than 45,000 people were evacuated."): two counts of one thing with one verb
            // ("42,000 people had been evacuated") in reports of one story (two names
            // shared) are one count too.
            var byPredicate: [String: [Int]] = [:]
            for m in members { if let p = claims[m].predicate, !claims[m].measure { byPredicate[p, default: []].append(m) } }
            for (_, list) in byPredicate where list.count >= 2 && list.count <= common {
                for (i, a) in list.enumerated() { for b in list[(i + 1)...] {
                    let x = claims[a], y = claims[b]
                    guard x.article != y.article, min(x.context.count, y.context.count) <= DiscrepancyFinder.tinyContext,
                          !linkedPairs.contains(IndexPair(a, b)) else { continue }
                    if let pa = published[x.article], let pb = published[y.article], abs(pa - pb) > DiscrepancyFinder.sameStoryDays { continue }
                    if disagree(x.quantity, y.quantity) && sameStory(x.article, y.article) {
                        involved.insert(a); involved.insert(b)
                        linkedPairs.insert(IndexPair(a, b))
                    }
                } }
            }
            guard !involved.isEmpty else { continue }
            // Include same-thing claims that agree with one side.
            func near(_ a: Int, _ b: Int) -> Bool {
                guard let pa = published[claims[a].article], let pb = published[claims[b].article] else { return true }
                return abs(pa - pb) <= DiscrepancyFinder.sameStoryDays
            }
            let allChosen = members.count > 200 ? Array(involved).sorted()
                : members.filter { m in involved.contains(m) || involved.contains { near($0, m) && (sharedCount(claims[$0].context, claims[m].context) >= 3
                    || claims[m].predicate != nil && claims[$0].predicate == claims[m].predicate && claims[$0].article != claims[m].article
                        && min(claims[$0].context.count, claims[m].context.count) <= DiscrepancyFinder.tinyContext
                        && sameStory(claims[$0].article, claims[m].article)) } }
            // Counts of one thing told differently lie near each other; a count five times
            // another is of something else counted in the same words ("killing 36 people"
            // and "carrying 350 people"): the values are split at such gaps, and each part
            // with two sources that disagree is an item of its own.
            let byValue = allChosen.sorted { (claims[$0].quantity.value, $0) < (claims[$1].quantity.value, $1) }
            var parts: [[Int]] = []
            for c in byValue {
                if let last = parts.last?.last, claims[last].quantity.value > 0,
                   claims[c].quantity.value / claims[last].quantity.value <= DiscrepancyFinder.sameCountRatio {
                    parts[parts.count - 1].append(c)
                } else if parts.last?.last.map({ claims[$0].quantity.value <= 0 && claims[c].quantity.value <= 0 }) ?? false {
                    parts[parts.count - 1].append(c)
                } else {
                    parts.append([c])
                }
            }
            // One sentence gives one value for one count: two values far apart in one
            // sentence of a part ("carrying about 300 people … injuring 47 people") count
            // two things, so the part is cut at its widest gap until no sentence spans one.
            // (a part of more than 200 claims is left whole: the cuts would cost its square)
            func splitBySentence(_ whole: [Int]) -> [[Int]] {
                guard whole.count <= 200 else { return [whole] }
                var done: [[Int]] = [], todo = [whole]
                while let part = todo.popLast() {
                    var lowest: [SentenceKey: Double] = [:], highest: [SentenceKey: Double] = [:]
                    for c in part {
                        let v = claims[c].quantity.value, a = SentenceKey(article: claims[c].article, start: claims[c].sentence.start)
                        lowest[a] = min(lowest[a] ?? v, v); highest[a] = max(highest[a] ?? v, v)
                    }
                    var cut = 0, widest = 1.0
                    if part.count >= 3, lowest.contains(where: { a, lo in lo > 0 && highest[a]! / lo >= DiscrepancyFinder.sameSentenceRatio }) {
                        for k in 1..<part.count {
                            let lo = claims[part[k - 1]].quantity.value, hi = claims[part[k]].quantity.value
                            if lo > 0, hi / lo > widest { widest = hi / lo; cut = k }
                        }
                    }
                    // (only at a real gap: values a little apart are one count's readings)
                    if cut > 0, widest >= DiscrepancyFinder.sameSentenceRatio / 2 {
                        todo.append(Array(part[cut...]))
                        todo.append(Array(part[..<cut]))
                    } else {
                        done.append(part)
                    }
                }
                return done
            }
            parts = parts.flatMap(splitBySentence)
            for part in parts {
            let chosen = part.sorted()
            // (over the first 200 claims at most, as below)
            let head200 = chosen.prefix(200)
            guard head200.contains(where: { a in head200.contains { b in
                claims[a].article != claims[b].article && near(a, b) && disagree(claims[a].quantity, claims[b].quantity) } }),
                  chosen.count > 200 || chosen.contains(where: { a in chosen.contains { b in b > a && linkedPairs.contains(IndexPair(a, b)) } })
            else { continue }
            // Sources that give the same figures agree, however many they give: two reports
            // that each quote 100,000 and 60,000 centrifuges (a plan and an earlier one) are
            // no disagreement.
            var valuesBySource: [Int: Set<Double>] = [:]
            for c in chosen { valuesBySource[claims[c].article, default: []].insert(claims[c].quantity.value) }
            if valuesBySource.count >= 2, let first = valuesBySource.values.first, valuesBySource.values.allSatisfy({ $0 == first }) { continue }
            // (named by the counted word as the claims write it most: "prisoners", not the stem)
            var forms: [String: Int] = [:]
            for c in chosen { forms[claims[c].written, default: 0] += 1 }
            let named = forms.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? head
            let measure = chosen.allSatisfy { claims[$0].measure }
            var item = Discrepancy(kind: .number, topic: measure ? named : "number of \(named)", claims: chosen.map {
                let c = claims[$0]
                return Discrepancy.Claim(article: c.article, value: c.value, text: corpus.articles[c.article].text(c.sentence), span: c.sentence,
                                         expression: c.expression, inferred: false)
            })
            // Confidence: two exact values for the same counted thing in sentences that share
            // much of their wording; many values, a source giving several, values an order of
            // magnitude apart or a counted word that is a number or a verb lower it.
            var confidence = 0.3
            var notes: [String] = []
            let values = Set(chosen.map { claims[$0].quantity.value })
            if values.count == 2 { confidence += 0.15 } else if values.count > 3 { confidence -= 0.25; notes.append("\(values.count) different values") }
            if item.sourceGivesSeveralValues { confidence -= 0.2; notes.append("a source gives more than one value") }
            if let lo = values.min(), let hi = values.max(), lo > 0, hi / lo >= 10 { confidence -= 0.2; notes.append("values an order of magnitude apart") }
            // (Over the first 200 claims at most: the pairs grow with the square of an item.)
            var bestShared = 0
            let sample = chosen.prefix(200)
            for a in sample { for b in sample where b > a && claims[a].article != claims[b].article {
                bestShared = max(bestShared, sharedCount(claims[a].context, claims[b].context))
            } }
            // Sentences about the same thing share their wording; by chance, a few words.
            confidence += bestShared >= 8 ? 0.35 : bestShared >= 6 ? 0.25 : bestShared >= 5 ? 0.1 : 0
            // (two names shared say who or where, in whatever words: "Azerbaijan will release
            // 30 Armenian prisoners", "Armenia and Azerbaijan agreed … to exchange 32 prisoners")
            var bestNames = 0
            for a in sample { for b in sample where b > a && claims[a].article != claims[b].article {
                bestNames = max(bestNames, sharedCount(claims[a].names, claims[b].names))
            } }
            // (only for close values: reports of one count differ a little, "30" and "32";
            // counts of different things, or of one thing at different times, differ more)
            if bestNames >= 2 && bestShared < 8, let lo = values.min(), let hi = values.max(), lo > 0, hi / lo <= 1.5 {
                confidence += 0.1
                notes.append("\(bestNames) names shared")
            }
            // (a count the sentences give alike beside this one: "14 crashes and three
            // injuries", "14 crashes and two injuries" tell one tally)
            if values.count == 2, !item.sourceGivesSeveralValues, let shared = sample.lazy.compactMap({ a in sample.first { b in b > a && claims[a].article != claims[b].article
                    && disagree(claims[a].quantity, claims[b].quantity) && shareSibling(a, b) }
                .flatMap { b in siblings[a]?.intersection(siblings[b] ?? []).min() } }).first {
                confidence += 0.15
                notes.append("told beside a count both give alike (" + (siblingText[shared] ?? "") + ")")
            }
            // (every report counts it with one verb: "has destroyed 120 homes", "destroyed
            // 150 homes" tell one toll; a verb names what the count is of as the noun does)
            // (not prices or index levels, below, which every report gives with "closed at";
            // nor counts told of different named doers, "Sangakkara lasted only 14 balls",
            // "Vaughan lasted 32 balls": two sentences that each name someone and share no
            // name; nor a person's doing, "He hit six boundaries")
            if values.count == 2, !item.sourceGivesSeveralValues, let verb = claims[chosen[0]].predicate,
               chosen.allSatisfy({ claims[$0].predicate == verb && claims[$0].quantity.decimals < 2 && !claims[$0].personDoer }),
               !sample.contains(where: { a in sample.contains { b in b > a && claims[a].quantity.value != claims[b].quantity.value
                   && !claims[a].names.isEmpty && !claims[b].names.isEmpty && sharedCount(claims[a].names, claims[b].names) == 0 } }) {
                confidence += 0.15
                notes.append("told with one verb in every report")
            }
            if head.first?.isNumber == true { confidence -= 0.3; notes.append("the counted word is a number") }
            // Two or more decimals mark a price or an index level, a measurement at a moment
            // that moves from day to day, not a count.
            if chosen.contains(where: { claims[$0].quantity.decimals >= 2 }) {
                confidence -= 0.45
                notes.append("prices or index levels")
            }
            item.confidence = clamp(confidence)
            item.reason = "counts of \(named) in sentences sharing \(bestShared) content words"
                + (notes.isEmpty ? "" : "; " + notes.joined(separator: "; "))
            out.append(item)
            }
        }
        return out.sorted(by: Discrepancy.inOrder)
    }

    // MARK: Claims

    static func claims(_ corpus: Corpus, _ events: EventLexicon, _ store: CorpusWords) -> [Discrepancy] {
        var out: [Discrepancy] = []
        for pair in events.claimPairs {
            var found: [Discrepancy.Claim] = []
            // Only sentences with a first word of a claim or counter phrase can hold one.
            var candidates: Set<CorpusWords.SentenceRef> = []
            for w in Set((pair.claim + pair.counter).compactMap(\.first)) { candidates.formUnion(store.postings(w)) }
            for ref in candidates.sorted() {
                let article = corpus.articles[ref.article]
                let sentence = article.sentences[ref.sentence]
                let kind = article.blocks[sentence.block].kind
                guard kind == .text || kind == .heading else { continue }
                let tokens = store.sentences(ref.article)[ref.sentence].tokens
                if let hit = phrase(pair.claim, in: tokens, unless: pair.claimUnless) {
                    found.append(Discrepancy.Claim(article: ref.article, value: "yes: " + pair.topic, text: article.text(sentence.span),
                                                   span: sentence.span, expression: hit, inferred: false))
                } else if let hit = phrase(pair.counter, in: tokens, unless: []) {
                    found.append(Discrepancy.Claim(article: ref.article, value: "no: met/happened before", text: article.text(sentence.span),
                                                   span: sentence.span, expression: hit, inferred: false))
                }
            }
            let values = Set(found.map(\.value))
            let sources = Set(found.map(\.article))
            if values.count == 2 && sources.count >= 2 {
                // A claim and its stated counter-claim ("first meeting" / "have met before"):
                // a fixed, specific pairing.
                out.append(Discrepancy(kind: .claim, topic: pair.topic, claims: found, confidence: 0.8,
                                       reason: "one source makes the claim, another states its opposite"))
            }
        }
        return out
    }

    /// The span of the first phrase found (words in order, up to three words between them).
    static func phrase(_ phrases: [[String]], in tokens: [WordToken], unless: [String]) -> Span? {
        for p in phrases {
            guard let first = p.first else { continue }
            for (i, t) in tokens.enumerated() where t.isWord && (t.text == first || TermText.baseForms(t.text).contains(first)) {
                var k = i
                var ok = true
                for w in p.dropFirst() {
                    var found = false
                    var j = k + 1
                    while j < tokens.count && j <= k + 4 && tokens[j].isWord || (j < tokens.count && tokens[j].text == "-") {
                        if tokens[j].text == w || TermText.baseForms(tokens[j].text).contains(w) { found = true; k = j; break }
                        j += 1
                    }
                    if !found { ok = false; break }
                }
                guard ok else { continue }
                // "first … since" does not claim a first ever.
                let tail = tokens[(k + 1)...].prefix(6).filter(\.isWord).map(\.text)
                if unless.contains(where: tail.contains) { continue }
                return Span(tokens[i].start, tokens[k].end)
            }
        }
        return nil
    }
}
