/// The temporal tagger: tokenizes a body, matches the rules, and resolves each
/// match against the right anchor (publication date, the latest fully
/// specified date before it, or the corpus anchor).
public struct TemporalTagger: Sendable {
    let matcher: TimexMatcher
    let lexicon: TimeLexicon
    let modifierPhrases: [([String], String)]

    public init(lexicon: TimeLexicon = .english, rules: [TimexRule] = TimexRule.english) {
        self.lexicon = lexicon
        matcher = TimexMatcher(lexicon: lexicon, rules: rules)
        modifierPhrases = lexicon.modifiers.map { ($0.key, $0.value) }.sorted { $0.0.count > $1.0.count }
    }

    public static let shared = TemporalTagger()

    /// Tags an article's body.
    public func tag(_ article: Article, corpusAnchor: CalendarDate? = nil) -> [Timex] {
        tag(scalars: article.scalars, published: article.metadata.published, corpusAnchor: corpusAnchor,
            sentences: article.sentences.map(\.span))
    }

    /// Tags a body. `sentences` (sorted spans) give each expression its tense; without
    /// them the paragraph is used.
    public func tag(scalars s: [Unicode.Scalar], published: CalendarDate?, corpusAnchor: CalendarDate?,
                    sentences: [Span] = []) -> [Timex] {
        let tokens = TemporalTokenizer.tokenize(s, 0..<s.count)
        let matches = expandLists(matcher.matches(tokens), tokens)
        guard !matches.isEmpty else { return [] }
        // Articles about quarterly results count years in quarters.
        let quarterContext = tokens.contains { $0.lower == "quarter" || $0.lower == "quarterly" }
        var out: [Timex] = []
        var narrative: (date: CalendarDate, offset: Int)?
        // The latest absolute year or month mentioned, for "the following year", "that year".
        var coarse: (date: CalendarDate, offset: Int, monthKnown: Bool)?
        // The latest quarter named ("the second quarter"): "the quarter" and
        // "a year earlier" in quarterly reports refer to it.
        var lastQuarter: String?
        // The latest day mentioned, absolute or resolved ("Friday"): "that day" and
        // "the morning" refer to it.
        var lastDay: (date: CalendarDate, offset: Int)?
        var previousEnd = 0
        var tenseCache: [Int: Tense] = [:]
        for m in matches {
            let rule = matcher.rules[m.rule].rule
            // Left-extend over a modifier phrase ("early", "the end of", "about").
            var startToken = m.start
            var mod: String?
            for (phrase, value) in modifierPhrases where m.start - phrase.count >= previousEnd {
                let allowed: Bool
                let isAgo = rule.id.hasSuffix("ago")
                switch value {
                case "START", "END", "MID": allowed = rule.type != .duration && rule.type != .set
                case "APPROX":
                    allowed = rule.type == .duration || isAgo
                        || ((rule.type == .date || rule.type == .time) && (phrase == ["around"] || phrase == ["approximately"]))
                default: allowed = rule.type == .duration || isAgo
                }
                guard allowed else { continue }
                var k = m.start - phrase.count
                // "mid-2026": the modifier is glued to the expression by a hyphen.
                var hyphen = false
                if phrase.last == "mid", m.start >= 2, tokens[m.start - 1].lower == "-", tokens[m.start - 1].glued, tokens[m.start].glued {
                    k = m.start - 1 - phrase.count
                    hyphen = true
                }
                guard k >= previousEnd, k >= 0 else { continue }
                if matcher.phraseMatches(phrase, tokens, k) {
                    startToken = k
                    mod = value
                    _ = hyphen
                    break
                }
            }
            // Right-extend over "or so", "or later", "and beyond".
            var endToken = m.end
            for phrase in TemporalTagger.trailers where matcher.phraseMatches(phrase, tokens, m.end) {
                endToken = m.end + phrase.count
                break
            }
            let startOffset = tokens[startToken].start
            let endOffset = tokens[endToken - 1].end
            // Tense of the sentence around the match.
            let sentenceIndex = TemporalTagger.sentenceIndex(sentences, startOffset)
            let key = sentenceIndex ?? -1 - startOffset
            let tense: Tense
            if let cached = tenseCache[key] { tense = cached } else {
                let range: Range<Int> = sentenceIndex.map { sentences[$0].start..<sentences[$0].end }
                    ?? TemporalTagger.paragraph(s, around: startOffset)
                tense = self.tense(tokens: tokens, range: range, exclude: startOffset..<endOffset)
                tenseCache[key] = tense
            }
            var value = rule.value
            for (k, v) in m.captures { value = value.replacingOccurrences(of: "{\(k)}", with: v) }
            let anchor: TimexAnchor?
            if let p = published { anchor = .published(p) }
            else if let n = narrative { anchor = .narrative(n.date, offset: n.offset) }
            else if let c = corpusAnchor { anchor = .corpus(c) }
            else { anchor = nil }
            var captures = m.captures
            // "The latest quarter" is the last completed one; "the quarter" the one named.
            if let q = lastQuarter, rule.id != "date-latest-quarter", rule.id != "date-most-recent-quarter" {
                captures["@lastQuarter"] = q
            }
            // Quarterly context: "quarter" in this sentence or the one before.
            if quarterContext && rule.id == "date-year-ago-adjective" {
                captures["@quarterContext"] = "1"
            } else if quarterContext {
                let lo = sentenceIndex.map { $0 > 0 ? sentences[$0 - 1].start : sentences[$0].start } ?? max(0, startOffset - 300)
                let hi = sentenceIndex.map { sentences[$0].end } ?? min(s.count, endOffset + 100)
                if tokensMention(tokens, lo..<hi, ["quarter", "quarterly", "period"]) { captures["@quarterContext"] = "1" }
            }
            // Anaphoric years and months follow the latest year or month mentioned; days
            // and parts of "the" day follow the latest day mentioned.
            var narrativeBase = narrative
            if (value.hasPrefix("ANA:D:") || value.hasPrefix("ANA:day:") || value.hasPrefix("ANAWD:") || value.hasSuffix(":the")),
               let d = lastDay {
                narrativeBase = d
            }
            if value.hasPrefix("ANA:"), let c = coarse, narrative.map({ c.offset > $0.offset }) ?? true {
                let unit = value.split(separator: ":").dropFirst().first.map(String.init) ?? ""
                if unit == "Y" || unit == "year" || ((unit == "M" || unit == "month") && c.monthKnown) {
                    narrativeBase = (c.date, c.offset)
                }
            }
            guard let resolved = TimexResolver.resolve(value, anchor: anchor?.date, narrative: narrativeBase?.date,
                                                       tense: tense, captures: captures) else { continue }
            var usedAnchor: TimexAnchor? = resolved.relative ? anchor : nil
            if resolved.usedNarrative, let n = narrativeBase { usedAnchor = .narrative(n.date, offset: n.offset) }
            if resolved.relative && anchor == nil { usedAnchor = nil }
            let timex = Timex(span: Span(startOffset, endOffset), type: rule.type, value: resolved.value, mod: mod,
                              anchor: usedAnchor, isRelative: resolved.relative, rule: rule.id)
            out.append(timex)
            previousEnd = endToken
            if !resolved.relative, rule.type == .date, let d = CalendarDate.parseISO(resolved.value), resolved.value.count == 10 {
                narrative = (d, startOffset)
            }
            // A report's quarter has ended: a named quarter still to come ("fourth-quarter
            // results will…") is not the one the report is about.
            if rule.type == .date, resolved.value.count == 7, resolved.value.dropFirst(5).hasPrefix("Q"),
               !value.hasPrefix("LASTQ"), !value.hasPrefix("YAGO"), !value.hasPrefix("YQ"), !value.hasPrefix("SYQ"),
               let y = Int(resolved.value.prefix(4)), let q = Int(resolved.value.suffix(1)), let a = anchor?.date,
               y * 4 + q <= a.year * 4 + (a.month - 1) / 3 {
                lastQuarter = resolved.value
            }
            if rule.type == .date, resolved.value.count == 10, let d = CalendarDate.parseISO(resolved.value) {
                lastDay = (d, startOffset)
            }
            if rule.type == .date && (!resolved.relative || resolved.value.count == 7) && !resolved.value.contains("Q") {
                let f = resolved.value.split(separator: "-")
                if let y = f.first.flatMap({ Int($0) }), f.first?.count == 4 {
                    let m = f.count > 1 ? Int(f[1]) : nil
                    if let d = CalendarDate(year: y, month: m ?? 1, day: 1) { coarse = (d, startOffset, m != nil) }
                }
            }
        }
        return out
    }

    /// "April 24 and 25": a day after a month-day date joined by and/or/to/-
    /// becomes its own date with the same month (and year).
    func expandLists(_ matches: [TimexMatcher.Match], _ tokens: [TToken]) -> [TimexMatcher.Match] {
        var out: [TimexMatcher.Match] = []
        for (n, m) in matches.enumerated() {
            out.append(m)
            guard m.captures["month"] != nil, m.captures["day"] != nil, m.end + 1 < tokens.count else { continue }
            let joiner = tokens[m.end].lower
            guard ["and", "or", "to", "-", "through"].contains(joiner) else { continue }
            let dayToken = m.end + 1
            var captures: [String: String] = [:]
            guard matcher.matchClass("day", "day", tokens, dayToken, &captures) != nil else { continue }
            if n + 1 < matches.count && matches[n + 1].start <= dayToken { continue }
            // Not the day of a following month ("24 and 25 March" is rare; "and 25 people" is not a date).
            if dayToken + 1 < tokens.count {
                let after = tokens[dayToken + 1]
                if after.kind == .word && lexicon.months[after.lower] != nil { continue }
                if lexicon.notYearFollowers.contains(after.lower) || lexicon.units[after.lower] != nil { continue }
            }
            var extra = m
            extra.start = dayToken
            extra.end = dayToken + 1
            extra.captures["day"] = captures["day"]
            out.append(extra)
        }
        return out
    }

    func tokensMention(_ tokens: [TToken], _ range: Range<Int>, _ words: Set<String>) -> Bool {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var i = lo
        while i < tokens.count && tokens[i].start < range.upperBound {
            if words.contains(tokens[i].lower) { return true }
            i += 1
        }
        return false
    }

    static let trailers: [[String]] = [["or", "so"], ["or", "later"], ["or", "earlier"], ["and", "beyond"], ["or", "more"]]

    /// The tense of the sentence around an expression: the nearest auxiliary or
    /// reporting verb (will, had, was, said…) settles it; without one, the nearest
    /// weaker cue (expected, scheduled, set to, since, an -ed word…); else unknown.
    func tense(tokens: [TToken], range: Range<Int>, exclude: Range<Int>) -> Tense {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var anchorToken = lo
        while anchorToken < tokens.count && tokens[anchorToken].start < exclude.lowerBound { anchorToken += 1 }
        var best: (distance: Int, tense: Tense)?
        var bestStrong: (distance: Int, tense: Tense)?
        var i = lo
        while i < tokens.count && tokens[i].start < range.upperBound {
            let t = tokens[i]
            defer { i += 1 }
            if t.kind != .word || exclude.contains(t.start) { continue }
            // Words after the expression count a little less than words before it.
            let distance = i < anchorToken ? (anchorToken - i) * 2 : (i - anchorToken) * 2 + 1
            // Auxiliaries and reporting verbs settle the tense; other cues only lean.
            if let strong = lexicon.strongTenseCues[t.lower] {
                let tense: Tense = strong == "future" ? .future : .past
                if bestStrong == nil || distance < bestStrong!.distance { bestStrong = (distance, tense) }
                continue
            }
            var cue: Tense?
            let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
            if lexicon.futureCues.contains(t.lower) || (next == "to" && ["set", "due", "poised", "slated"].contains(t.lower)) { cue = .future }
            else if lexicon.pastCues.contains(t.lower) || (t.lower.count > 4 && t.lower.hasSuffix("ed")) { cue = .past }
            guard let found = cue else { continue }
            if best == nil || distance < best!.distance { best = (distance, found) }
        }
        if let strong = bestStrong { return strong.tense }
        return best?.tense ?? .unknown
    }

    static func sentenceIndex(_ sentences: [Span], _ offset: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if offset < sentences[mid].start { hi = mid - 1 } else if offset >= sentences[mid].end { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    static func paragraph(_ s: [Unicode.Scalar], around offset: Int) -> Range<Int> {
        var a = offset, b = offset
        while a > 0 && s[a - 1] != "\n" { a -= 1 }
        while b < s.count && s[b] != "\n" { b += 1 }
        return a..<b
    }
}
