/// The temporal tagger: tokenizes a body, matches the rules, and resolves each
/// match against the right anchor (publication date, the latest fully
/// specified date before it, or the corpus anchor).
public struct TemporalTagger: Sendable {
    let matcher: TimexMatcher
    let lexicon: TimeLexicon
    let modifierPhrases: [([String], String)]

    /// The era words, for three-digit decades ("the 460s BC").
    let eraWordSet: Set<String>
    /// "a.m." and "p.m." in their spellings, after which "2.30" is a clock time.
    let clockSuffixSet: Set<String>
    /// Time zones, after which "09.30" is a clock time.
    let clockZoneSet: Set<String>

    public init(lexicon: TimeLexicon = .english, rules: [TimexRule] = TimexRule.english) {
        self.lexicon = lexicon
        eraWordSet = Set(lexicon.eraWords.keys)
        clockSuffixSet = Set(lexicon.ampmWords.keys)
        clockZoneSet = lexicon.timezones.filter { $0.utf8.count > 2 }
        matcher = TimexMatcher(lexicon: lexicon, rules: rules)
        modifierPhrases = lexicon.modifiers.map { ($0.key, $0.value) }.sorted { $0.0.count > $1.0.count }
    }

    public static let shared = TemporalTagger()

    /// Tags an article's body.
    /// The most time expressions tagged in one article (the first ones are kept).
    public static let defaultMaxTimexes = 50_000
    public var maxTimexes = TemporalTagger.defaultMaxTimexes

    public func tag(_ article: Article, corpusAnchor: CalendarDate? = nil) -> [Timex] {
        tag(scalars: article.scalars, published: article.metadata.published, corpusAnchor: corpusAnchor,
            sentences: article.sentences.map(\.span))
    }

    /// Tags a body. `sentences` (sorted spans) give each expression its tense; without
    /// them the paragraph is used.
    public func tag(scalars s: [Unicode.Scalar], published: CalendarDate?, corpusAnchor: CalendarDate?,
                    sentences: [Span] = []) -> [Timex] {
        var tokens = TemporalTokenizer.tokenize(s, 0..<s.count, suffixWords: lexicon.numberSuffixWords, eraWords: eraWordSet,
                                                  clockSuffixWords: clockSuffixSet, clockZoneWords: clockZoneSet)
        // (texting spellings read as the standard word: "tmr" is "tomorrow")
        matcher.assignTypes(&tokens, standardSpellings: true)
        // At most `maxTimexes` per article (the first ones): a file of nothing but dates
        // cannot stall every analysis. `Timeline.notes` and `concord timex` report it.
        let matches = Array(expandRanges(expandLists(matcher.matches(tokens, limit: maxTimexes < Int.max / 2 ? maxTimexes * 2 : Int.max), tokens), tokens)
            .filter { !TemporalTagger.isQuotedTitle($0, tokens) }.prefix(maxTimexes))
        guard !matches.isEmpty else { return [] }
        // Articles about quarterly results count years in quarters.
        let quarterContext = tokens.contains { $0.types & TokenType.quarterWord != 0 }
        // Each match's value, read once into its typed form (nil: not a value).
        // (a loop, not `map`: the closure made a copy of the whole lexicon per match)
        var filled: [FilledTemplate?] = []
        filled.reserveCapacity(matches.count)
        for m in matches {
            filled.append(FilledTemplate(TemporalTagger.fill(matcher.rules[m.rule].rule.value, m.captures), lexicon: lexicon))
        }
        let compiledRules = matcher.rules
        let storyMode = TemporalTagger.isNarrative(zip(matches, filled).map { (compiledRules[$0.0.rule].rule.type, $0.1) },
                                                   published: published ?? corpusAnchor)
        // A news story read as a narrative (its background names many old years) whose
        // lede names a weekday from the time of writing ("warned Saturday", "Monday held
        // a rally") reports this week: news names a day within the week by its weekday
        // and an older one by its date, so a bare weekday in its later paragraphs is
        // still a day of the week of writing, not of the story's time.
        // (So does a lede that names a day of that week by its date: "DOHA, Nov. 27
        // (Xinhua) --", "the vote on Nov. 26"; see below.)
        var newsLede = false
        let ledeEnd = sentences.count > 1 ? sentences[1].end : sentences.first?.end ?? min(s.count, 400)
        if storyMode, let p = published {
            // (not a weekday after an old year told in the past perfect: "The uprising began
            // in March 1848. By Tuesday the army had withdrawn" is the story's week)
            var oldYearBefore = false
            for (m, f) in zip(matches, filled) {
                guard tokens[m.start].start < ledeEnd else { break }
                if let f, f.form == .weekday || f.form == .weekdayPartOfDay {
                    var k = m.end, pastPerfect = false
                    while oldYearBefore, !pastPerfect, k < tokens.count, k < m.end + 8, tokens[k].kind != .boundary, tokens[k].kind != .punct {
                        pastPerfect = lexicon.pastPerfectCues.contains(tokens[k].lower)
                        k += 1
                    }
                    if pastPerfect { continue }
                    newsLede = true
                    break
                }
                if let f, case .literal(let v) = f.value, let y = v.astronomicalYear, y <= p.year - 2 { oldYearBefore = true }
            }
            // (so does a first sentence in the present perfect: "Mary Hart, who has died
            // aged 104, was…" is an obituary, news of the week of writing; a history's
            // first sentence states what was)
            let firstEnd = sentences.first?.end ?? min(s.count, 400)
            if !newsLede { newsLede = hasPresentPerfect(tokens, 0, TemporalTagger.firstToken(tokens, atOrAfter: firstEnd)) }
        }
        // Where a paragraph in the present that has left the story ends (see below).
        var presentUntil = -1
        // Where a narrative has got to: the latest date it mentioned, with its precision.
        var story: StoryTime?
        // A date the story does not follow (see below) that opens its sentence still
        // frames the rest of it: "In 1996, Nov. 7 was renamed…".
        var aside: (time: StoryTime, until: Int)?
        var paragraphStart = 0, scanned = 0
        // (where the paragraph before this one starts; an empty line is none)
        var previousParagraphStart = 0
        var quoted = false
        var out: [Timex] = []
        var narrative: (date: CalendarDate, offset: Int)?
        // The latest of them not told as ahead: in news, what stands for the time of
        // writing in a text without one.
        var writtenDay: (date: CalendarDate, offset: Int)?
        // The latest absolute year or month mentioned, for "the following year", "that year".
        var coarse: (date: CalendarDate, offset: Int, monthKnown: Bool)?
        // The latest decade named ("the 1970s"), for "a decade later", "the following decade".
        var lastDecade: (date: CalendarDate, offset: Int)?
        // An aside is the latest year named only until its sentence ends ("Saigon fell in
        // 1975; Laos fell that same spring"); then the year before it is again.
        var coarseRestore: (previous: (date: CalendarDate, offset: Int, monthKnown: Bool)?, until: Int)?
        // (where the latest year named in the text itself, not counted from another
        // time, stands)
        var lastYearNamed = -1
        // The latest quarter named ("the second quarter"): "the quarter" and
        // "a year earlier" in quarterly reports refer to it.
        var lastQuarter: String?
        // Clock times that name no day of their own (see attachClockTimes).
        // (with whether a.m., p.m. or the word itself says which half of the day)
        var bareClock: [(index: Int, halfKnown: Bool)] = []
        // The latest day mentioned, absolute or resolved ("Friday"): "that day" and
        // "the morning" refer to it.
        var lastDay: (date: CalendarDate, offset: Int, counted: Bool)?
        // (whether the last day and the last month named were the time of a report, "said
        // Friday", "Friday said", "reported last month": no point a comparison counts from)
        var lastDayReports = false, coarseReports = false
        // (the latest day named that was no report's time, and the paragraph it was in:
        // a past clock time with no day of its own is on it, see below)
        // (the first such day of its sentence: the sentence's own, not one in a clause
        // after it, "after problems on Sunday and Monday", "which was completed on Sept. 12")
        var lastEventDay: (date: CalendarDate, offset: Int, paragraph: Int, sentence: Int, part: CalendarValue.PartOfDay?)?
        // (where the last day named ends, as a token, and whether it opens its sentence,
        // when it frames its clause's time: see the bare clock times below)
        var lastDayFrame: (endToken: Int, fronted: Bool)?
        // (a part of a named day, "Tuesday night", "Friday morning": only for a clock time
        // later in its clause, "debated on Tuesday night past midnight", "On Friday
        // morning, police arrived at 9am"; it names no day that later sentences go on from)
        var lastPartOfDay: (date: CalendarDate, part: CalendarValue.PartOfDay, offset: Int, endToken: Int, fronted: Bool, reports: Bool)?
        // (a sentence's end, for text tagged without its sentences)
        let sentenceEnds: Set<String> = [".", "!", "?"]
        // The latest week named ("last week", "the week of March 3"), as its Monday:
        // "the previous week" after it is the week before.
        var lastWeek: (date: CalendarDate, offset: Int)?
        var previousEnd = 0
        // Expressions that count hours or minutes from the time last named (where they
        // start, the minutes, where their paragraph starts): see `clockShifted`.
        var clockShifts: [(start: Int, minutes: Int?, paragraph: Int)] = []
        // Tokens inside time expressions are not tense cues for other expressions.
        let cueTable = tenseCues(tokens)
        var inTimex = [Bool](repeating: false, count: tokens.count)
        for m in matches { for k in m.start..<m.end { inTimex[k] = true } }
        // The next year the text names after match `i` (an absolute date), looking a
        // bounded way ahead: whether a jump of the story is followed or left.
        func nextNamedYear(after i: Int) -> Int? {
            var j = i + 1
            while j < filled.count && j <= i + 64 {
                if let t = filled[j], case .literal(let v) = t.value, matcher.rules[matches[j].rule].rule.type == .date,
                   let y = v.astronomicalYear {
                    return y
                }
                j += 1
            }
            return nil
        }
        // In a story of another time, "today" is the writer's present in the sense of
        // "nowadays" ("Today the fort is a museum"): TimeML's PRESENT_REF, not the day
        // the page was saved.
        let presentRef = storyMode ? FilledTemplate(Timex3Value.Reference.present.rawValue, lexicon: lexicon) : nil
        for (index, (m, filledValue)) in zip(matches, filled).enumerated() {
            guard var typed = filledValue else { continue }
            if m.end == m.start + 1, isPartOfName(tokens, m.start) { continue }
            let rule = matcher.rules[m.rule].rule
            // Left-extend over a modifier phrase ("early", "the end of", "about").
            var startToken = m.start
            var mod: String?
            // (an edge "of" a possessive day is the edge of the thing the day qualifies:
            // "the start of [Sunday]'s final", "the end of [last year]'s season")
            let beforePossessive = m.end < tokens.count && tokens[m.end - 1].end + 1 < s.count
                && (s[tokens[m.end - 1].end] == "'" || s[tokens[m.end - 1].end] == "\u{2019}")
                && (s[tokens[m.end - 1].end + 1] == "s" || s[tokens[m.end - 1].end + 1] == "S")
            for (phrase, value) in modifierPhrases where m.start - phrase.count >= previousEnd {
                if beforePossessive, phrase.count > 1, phrase.last == lexicon.edgePreposition { continue }
                let allowed: Bool
                let isAgo = rule.id.hasSuffix("ago")
                switch value {
                case "START", "END", "MID": allowed = rule.type != .duration && rule.type != .set
                case "APPROX":
                    // (a vague past or future has no point to approximate: "turn things
                    // around soon"; the present has, "around this time", "around now")
                    var isReference = false
                    if case .literal(.reference(let r)) = typed.value, r != .present { isReference = true }
                    // ("c. 1350", "ca. 466 BC": an abbreviation and its period; "in about
                    // 1990": "about" after a preposition of time)
                    let point = rule.type == .date || rule.type == .time
                    let k = m.start - phrase.count
                    allowed = rule.type == .duration || isAgo
                        || (point && lexicon.pointApproximators.contains(phrase.joined()) && !isReference
                            && (phrase.count == 1 || k >= 0 && tokens[k + 1].glued && !(phrase[0].utf8.count == 1 && tokens[k].capitalized)))
                        || (point && phrase.count == 1 && lexicon.prepositionalApproximators.contains(phrase[0]) && !isReference
                            && k >= 1 && lexicon.approximatedPointPrepositions.contains(tokens[k - 1].lower))
                default: allowed = rule.type == .duration || isAgo
                }
                guard allowed else { continue }
                let k = m.start - phrase.count
                guard k >= previousEnd, k >= 0 else { continue }
                if matcher.phraseMatches(phrase, tokens, k) {
                    startToken = k
                    mod = value
                    break
                }
            }
            // "mid-2026", "early-2028", "end-March": an edge word glued to the expression
            // by a hyphen.
            if mod == nil, rule.type == .date || rule.type == .time, m.start >= 2, m.start - 2 >= previousEnd,
               tokens[m.start - 1].lower == "-", tokens[m.start - 1].glued, tokens[m.start].glued,
               let value = lexicon.gluedModifiers[tokens[m.start - 2].lower] {
                startToken = m.start - 2
                mod = value
                // (with the words of a longer phrase that ends in it: "the mid-1990s")
                for (phrase, _) in modifierPhrases where phrase.count > 1 && phrase.last == tokens[m.start - 2].lower {
                    let k = m.start - 1 - phrase.count
                    if k >= previousEnd, k >= 0, matcher.phraseMatches(phrase, tokens, k) { startToken = k; break }
                }
            }
            if startToken < m.start, !matcher.leadingExclusionsHold(rule: m.rule, tokens, at: startToken) { continue }
            // (a rule that takes an edge phrase in has that edge too: "the end of the
            // year" is the year's END, as "the end of 2026" is; not a comparative of one
            // word, "earlier this month" is no start of the month)
            if mod == nil, rule.type == .date || rule.type == .time {
                for (phrase, value) in modifierPhrases where phrase.count > 1 && phrase.count < m.end - m.start
                    && (value == "START" || value == "END" || value == "MID") && matcher.phraseMatches(phrase, tokens, m.start) {
                    mod = value
                    break
                }
            }
            // Right-extend over "or so", "or later", "and beyond".
            var endToken = m.end
            for phrase in lexicon.trailers where matcher.phraseMatches(phrase, tokens, m.end) {
                endToken = m.end + phrase.count
                break
            }
            // "the 4th century BC", "the 490s B.C.": an era word before Christ after a
            // century or decade puts it before Christ (years take their era in the matcher).
            var beforeChrist = false
            switch typed.value {
            case .century, .decade:
                if endToken == m.end, endToken < tokens.count, tokens[endToken].kind == .word,
                   let era = lexicon.eraWords[tokens[endToken].lower], era < 0 || tokens[endToken].capitalized {
                    // (the common era's word belongs to the expression too, "the first
                    // century AD"; capitalised, not "the 1990s ad boom")
                    endToken += 1
                    beforeChrist = era < 0
                }
            default: break
            }
            let startOffset = tokens[startToken].start
            let endOffset = tokens[endToken - 1].end
            // Where this paragraph starts (a forward scan: linear over the whole text).
            // (and whether it is inside a quotation: straight quotes toggle, curly ones
            // open and close; a paragraph ends any)
            while scanned < startOffset {
                switch s[scanned] {
                case "\n":
                    if scanned > paragraphStart { previousParagraphStart = paragraphStart }
                    paragraphStart = scanned + 1; quoted = false
                case "\"": quoted.toggle()
                case "\u{201C}": quoted = true
                case "\u{201D}": quoted = false
                default: break
                }
                scanned += 1
            }
            // Direct speech in a story has its own present, the time it was spoken: its
            // "today", "next year" and "will" count from the story's time.
            let speech = storyMode && quoted
            if !speech, let present = presentRef, case .days(0) = typed.value { typed = present }
            // Tense of the sentence around the match.
            let sentenceIndex = TemporalTagger.sentenceIndex(sentences, startOffset)
            // "the fourth quarter" of a game is a period of play, not of the year: a
            // quarter that names no year, in a sentence (or the one before) that speaks of
            // play ("scored … late in the fourth quarter", "led by 43 points in the
            // fourth quarter") is no time expression.
            if case .quarter = typed.value, !lexicon.playContextWords.isEmpty {
                let lo = max(sentenceIndex.map { sentences[max(0, $0 - 1)].start } ?? 0, startOffset - 1000)
                let hi = min(sentenceIndex.map { sentences[$0].end } ?? s.count, endOffset + 500)
                if tokensMention(tokens, lo..<hi, lexicon.playContextWords) { continue }
            }
            let range: Range<Int> = sentenceIndex.map { sentences[$0].start..<sentences[$0].end }
                ?? TemporalTagger.paragraph(s, around: startOffset)
            var (tense, cue) = self.tense(tokens: tokens, range: range, exclude: startOffset..<endOffset, inTimex: inTimex,
                                          cues: cueTable)
            let sentenceCue = cue
            // "can be done in 30 seconds", "we can develop vaccines in four months": after a
            // modal of ability, "in" a number of units is how long it takes, not when.
            if tense == .future, typed.form == .ahead, let c = cue, lexicon.abilityModals.contains(c) { tense = .unknown }
            // "The vote is on the 14th", "Payday is the 28th": a day of the month told in
            // the present of "be" is a planned event's, not gone by (the futurate
            // present), where the nearest 14th would be ten days back.
            if tense == .unknown, typed.form == .dayOfMonth || typed.form == .dayOfMonthInContext, startToken > 0 {
                let sentenceLo = TemporalTagger.firstToken(tokens, atOrAfter: range.lowerBound)
                var v = startToken - 1
                if v > sentenceLo, lexicon.futurateLinks.contains(tokens[v].lower) { v -= 1 }
                if v >= sentenceLo, lexicon.futurateBe.contains(tokens[v].lower) { (tense, cue) = (.future, tokens[v].lower) }
            }
            // A narrative's paragraph in the present that names the present ("The bridge
            // is now a monument", "The river is today a park") has left the story: until
            // the paragraph ends, its dates are not the story's. ("The men were now
            // exhausted" is the story's own "now".)
            if storyMode, !speech, tense != .past, case .literal(.reference(.present)) = typed.value {
                var e = endOffset
                while e < s.count && s[e] != "\n" { e += 1 }
                presentUntil = e
            }
            var anchor: TimexAnchor?
            if let p = published { anchor = .published(p) }
            // (a paragraph in the present, "Today the trackbed is a footpath … opens on
            // Sundays from Easter until October", counts from the time of writing, not
            // from the last day the history named)
            // (nor, in news, a day told as ahead, a deadline or a fixture: "The offer
            // expires on Dec. 31. On Monday he said …" counts Monday from the last day
            // named that is not ahead, else from the corpus's anchor)
            else if let n = storyMode || (writtenDay == nil && corpusAnchor == nil) ? narrative : writtenDay,
                    !(startOffset < presentUntil && corpusAnchor != nil) { anchor = .narrative(n.date, offset: n.offset) }
            else if let c = corpusAnchor { anchor = .corpus(c) }
            else { anchor = nil }
            var captures = m.captures
            // A time governed by a word that fixes its tense ("since January") lies on
            // that side of the anchor, even next to it across the turn of the year.
            if tense == .past, startToken > 0, let c = cue, c == tokens[startToken - 1].lower, lexicon.governingTense[c] != nil {
                captures["@governed"] = "1"
            }
            // So does a month that holds the events of a present perfect's clause ("In
            // December alone, 61 have died", "61 have died in December"): the perfect
            // speaks of a time up to now, never ahead, so the month next to the time of
            // writing is last year's when it lies ahead. (Only a month "in" or "during"
            // which the events fell: a day may be that of a thing the perfect's verb
            // announced, "have called a shutdown on May 3", "has declared January 2 a
            // day of mourning".)
            else if tense == .past, let c = cue, typed.form == .monthDay, captures["day"] == nil,
                    startToken > 0, lexicon.monthSpanPrepositions.contains(tokens[startToken - 1].lower),
                    perfectGoverns(tokens, cue: c, startToken, endToken, sentenceStart: range.lowerBound, sentenceEnd: range.upperBound) {
                captures["@governed"] = "1"
            }
            // And a month whose clause's verb is a simple past or a future with "will"
            // right before it or after it fronted ("died in December", "was held in
            // December", "will open in October", "In October it will open"): a past
            // event's month is not ahead of the time of writing, nor a future one's
            // behind it, even next to the month of writing.
            // (So is a day "on" which its events fell: "was held on December 3".)
            else if tense == .past || tense == .future, let c = cue, typed.form == .monthDay, startToken > 0,
                    (captures["day"] == nil ? lexicon.monthSpanPrepositions : lexicon.dayPlacingPrepositions)
                        .contains(tokens[startToken - 1].lower),
                    verbGoverns(tokens, cue: c, future: tense == .future, startToken, endToken,
                                sentenceStart: range.lowerBound, sentenceEnd: range.upperBound) {
                captures["@governed"] = "1"
            }
            // In a narrative, an expression that needs an anchor takes the time the story
            // has reached, unless it points at the time of writing ("last year", "will"),
            // outside direct speech.
            var storyAnchored = false
            var asideAnchored = false
            // (no closures over `self` here: each would copy the whole tagger per match)
            let speechFuture = tense == .future && cue != nil && lexicon.speechFutureCues.contains(cue!)
            // "Soon the army advanced", "the war would soon end": in a story told in the
            // past, an adverb of the near future is near the story's time, which lies in
            // the past of the writing; FUTURE_REF (after the time of writing) would be
            // false, and no value names "shortly after the story's time".
            if storyMode, m.end - m.start == 1, case .literal(.reference(.future)) = typed.value,
               tense == .past || (tense == .future && !speechFuture) {
                continue
            }
            if let a = aside, startOffset >= a.until { aside = nil }
            if let r = coarseRestore, startOffset >= r.until {
                coarse = r.previous
                coarseRestore = nil
            }
            let weekOfWriting = newsLede && (typed.form == .weekday || typed.form == .weekdayPartOfDay)
            if storyMode, !weekOfWriting, startOffset >= presentUntil, let st = aside?.time ?? story, typed.form.needsAnchor, speech || ((!typed.isDeictic || (tense == .past && cue != nil && lexicon.pastPerfectCues.contains(cue!))) && !speechFuture) {
                anchor = .narrative(st.date, offset: st.offset, precision: st.datePrecision)
                tense = .story
                cue = nil
                captures["@storyPrecision"] = st.precision
                storyAnchored = true
                asideAnchored = aside != nil
            }
            // A year named earlier in the sentence, inside it (so it did not move the story)
            // and not as an aside, is the year of a date without one after it there: "the
            // last section was finished in 1841, and on 30 June the first train ran".
            if storyAnchored, aside == nil, coarseRestore == nil, typed.form == .monthDay || typed.form == .season,
               let c = coarse, !c.monthKnown, c.offset == lastYearNamed, c.offset >= range.lowerBound, c.offset > (story?.offset ?? -1) {
                anchor = .narrative(c.date, offset: c.offset, precision: .year)
                captures["@storyPrecision"] = "Y"
            }
            // A date without a year in apposition to a year just named narrows it: "died in
            // 1969, on Christmas Day", "five years later, on 3 May", "in 1941 on 22 June"
            // (the same sentence; only a comma and "on" between).
            if typed.form == .monthDay || typed.form == .holiday || typed.form == .season || typed.form == .partOfDayOfDate,
               let last = out.last, last.type == .date, last.span.start >= range.lowerBound,
               case .calendar(let lastValue)? = Timex3Value(last.value), lastValue.part == nil, lastValue.time == nil,
               !lastValue.beforeChrist, case .year(.known(let y)) = lastValue.period,
               TemporalTagger.isApposed(s, last.span.end, startOffset, words: lexicon.appositionPrepositions),
               let d = CalendarDate(year: y, month: 1, day: 1) {
                anchor = .narrative(d, offset: last.span.start, precision: .year)
                tense = .story
                cue = nil
                captures["@storyPrecision"] = "Y"
            }
            // Outside a story, a month or a season without its year after a year named in
            // its clause (or fronted before it) is in that year: "Next year, the summit will
            // be held in June", "In 2027 we want to go back in the autumn", "Last year we
            // went there in the spring" (not across a clause: "raised rates last year and
            // cut them in March" is this March).
            if !storyAnchored, anchor != nil, typed.form == .monthDay || (typed.form == .season && !typed.value.isDeictic),
               let last = out.last, last.type == .date, last.span.start >= range.lowerBound,
               case .calendar(let lastValue)? = Timex3Value(last.value), lastValue.part == nil, lastValue.time == nil,
               !lastValue.beforeChrist, case .year(.known(let y)) = lastValue.period,
               case let yearStart = TemporalTagger.firstToken(tokens, atOrAfter: last.span.start),
               case let yearEnd = TemporalTagger.firstToken(tokens, atOrAfter: last.span.end),
               yearEnd < startToken, !yearNamesAThing(tokens, yearStart, yearEnd),
               // (a fronted year's comma opens no clause: "Next year, the summit …")
               case let from = yearEnd + (tokens[yearEnd].lower == "," && isFronted(tokens, yearStart, sentenceStart: range.lowerBound) ? 1 : 0),
               clauseOpen(tokens, from, startToken, sentenceEnds: sentenceEnds, fronted: false),
               let d = CalendarDate(year: y, month: 1, day: 1) {
                anchor = .narrative(d, offset: last.span.start, precision: .year)
                tense = .story
                cue = nil
                captures["@storyPrecision"] = "Y"
            }
            // Outside a story, a paragraph of background that places its events in an old
            // year goes on in it: a month or a season without its year that places a later
            // sentence's events, told in the past, with no time between, is that year's or
            // the next ("The company was founded in 2009. In October it opened its first
            // store."; "On 6 June 1944 troops landed. … By late July they had broken
            // out."). The old year must place its own clause's events ("in 2009"), not
            // name a thing's time ("the March 2003 invasion") or a span up to now ("since
            // 2003"); a present perfect in either sentence ("have been killed since …",
            // "In December alone, 61 have died") speaks of the time of writing, as does a
            // month told as ahead or in a new paragraph.
            if !storyAnchored, case .published(let p)? = anchor, tense == .past,
               typed.form == .monthDay || (typed.form == .season && !typed.value.isDeictic),
               let c = coarse, c.offset == lastYearNamed, c.offset >= paragraphStart, c.offset < range.lowerBound,
               c.date.year <= p.year - 2,
               TemporalTagger.noDayOrTime(in: out, after: c.offset),
               placesItsClause(tokens, startToken, sentenceStart: range.lowerBound),
               case let yearToken = TemporalTagger.firstToken(tokens, atOrAfter: c.offset),
               let yearSentence = TemporalTagger.sentenceIndex(sentences, c.offset),
               placesItsClause(tokens, yearToken, sentenceStart: sentences[yearSentence].start),
               !hasPresentPerfect(tokens, TemporalTagger.firstToken(tokens, atOrAfter: sentences[yearSentence].start),
                                  TemporalTagger.firstToken(tokens, atOrAfter: range.upperBound)),
               !hasGoverningWord(tokens, TemporalTagger.firstToken(tokens, atOrAfter: sentences[yearSentence].start), yearToken) {
                anchor = .narrative(c.date, offset: c.offset, precision: c.monthKnown ? .month : .year)
                tense = .story
                cue = nil
                captures["@storyPrecision"] = c.monthKnown ? "M" : "Y"
            }
            // Outside a story, "the next year" told in the past after a year named in its
            // paragraph follows that year, as "the following year" does ("a flood swept
            // the bridge away in 1889; a new one was completed the next year"); "over the
            // next year" in talk of the future still counts from the time of writing. So
            // does "the next decade" ("founded in 1952; early in the next decade it moved").
            if !storyAnchored, typed.definite, tense == .past, case .relative(let unit, let shift) = typed.value,
               unit == .year || unit == .month || unit == .decade, shift != 0, let c = coarse, c.offset >= paragraphStart,
               let anaphoric = FilledTemplate("ANA:" + unit.rawValue + ":" + (shift > 0 ? "+" : "") + String(shift), lexicon: lexicon) {
                typed = anaphoric
            }
            // "The latest quarter" is the last completed one; "the quarter" the one named.
            if let q = lastQuarter, rule.id != "date-latest-quarter", rule.id != "date-most-recent-quarter" {
                captures["@lastQuarter"] = q
            }
            // "the quarter ended Sept. 30": the quarter is the one whose months end there.
            if typed.form == .lastQuarter, endToken + 1 < tokens.count,
               lexicon.periodEndVerbs.contains(tokens[endToken].lower),
               let month = lexicon.months[tokens[endToken + 1].lower], tokens[endToken + 1].capitalized {
                captures["@endMonth"] = String(month)
            }
            // Quarterly context: "quarter" in this sentence or the two before.
            if quarterContext && rule.id == "date-year-ago-adjective" {
                captures["@quarterContext"] = "1"
            } else if quarterContext {
                // (bounded, so that a run-on sentence costs no more than a normal one)
                let lo = max(sentenceIndex.map { sentences[max(0, $0 - 2)].start } ?? 0, startOffset - 1500)
                let hi = min(sentenceIndex.map { sentences[$0].end } ?? s.count, endOffset + 500)
                if tokensMention(tokens, lo..<hi, lexicon.quarterContextWords) { captures["@quarterContext"] = "1" }
            }
            // Anaphoric years and months follow the latest year or month mentioned; days
            // and parts of "the" day follow the latest day mentioned.
            var narrativeBase: (date: CalendarDate, offset: Int, precision: DatePrecision)? = narrative.map { ($0.date, $0.offset, .day) }
            // "the 26th" after "April 24" in the same paragraph is in April.
            // "In March … on the 19th": the month named later in the paragraph than any day.
            if typed.form == .dayOfMonth || typed.form == .dayOfMonthInContext {
                let day = lastDay.flatMap { $0.offset >= paragraphStart ? $0 : nil }
                let month = coarse.flatMap { $0.monthKnown && $0.offset >= paragraphStart ? $0 : nil }
                if let c = month, day.map({ c.offset > $0.offset }) ?? true {
                    narrativeBase = (c.date, c.offset, .month)
                    captures["@dayContext"] = "1"
                    captures["@monthContext"] = "1"
                } else if let d = day,
                          // (not a day still to come, counted from the date of writing, for one
                          // told in the past: "Exams finish on the 27th. The rent was paid on
                          // the 3rd" is this month's 3rd; a date written out is the text's own)
                          !(typed.form == .dayOfMonth && !storyMode && tense == .past && d.counted
                            && published.map({ d.date.ordinal > $0.ordinal }) ?? false) {
                    narrativeBase = (d.date, d.offset, .day)
                    captures["@dayContext"] = "1"
                    // (a story's days run forward: "began on 4 March … On the 28th" is in March)
                    if storyMode { captures["@storyForward"] = "1" }
                } else if typed.form == .dayOfMonthInContext {
                    continue
                }
            }
            if storyAnchored, let st = aside?.time ?? story { narrativeBase = (st.date, st.offset, st.datePrecision) }
            // (a unit as a code or as a word: "ANA:D:+1", "ANA:day:following")
            var anaphoricUnit: TimeUnit?
            if case .anaphoric(let unit, _) = typed.value { anaphoricUnit = unit }
            let namesTheDay = anaphoricUnit == .day || typed.form == .previousWeekday || typed.form == .overnight
                || typed.form == .anaphoricPartOfDay || typed.definite
            // (in news, "earlier in the day" is within the report's frame: a day named a
            // paragraph before and more than a month from the date of writing is
            // background, "crashed through its gates on April 30, 1975. ¶ Earlier in the
            // day Rubin visited…", "fair elections on January 25. ¶ Halutz made the
            // statements earlier in the day"; "the same day" still points back to it)
            let inFrame = captures["inframe"] != nil || typed.form == .anaphoricPartOfDay || typed.form == .overnight
                || (typed.form == .partOfDay && typed.definite)
            // (and a day still ahead of the report is not the day a past "earlier in the
            // day" was in: "Verizon reports on Thursday morning. ¶ Earlier in the day, the
            // index had been up")
            // (nor is it the day any past "the day", "that evening" was: "The Watch goes on
            // sale on Sept. 20. ¶ Shares closed up 1.2% for the day")
            // (told in the past by its own verb: a reporting verb's past says nothing of
            // when the words it reports happen, "can do something on the day," said Souness)
            // (no closure here: one that reads `lexicon` copies the whole tagger per match)
            var sameDay = true
            if let c = cue, lexicon.reportTimeVerbs.contains(c) { sameDay = false }
            if case .anaphoric(.day, let shift) = typed.value, shift != 0 { sameDay = false }
            // (with no date of its own, the corpus's anchor stands for the time of writing,
            // as it does for the story test above)
            // (a part of a day named in the paragraph, after the last day named whole,
            // names that day: "Tomorrow morning starts bright, but rain returns by the
            // afternoon"; a paragraph later it may be another story's background, "arrived
            // Wednesday afternoon. ¶ In a speech earlier the day" on the Thursday of writing)
            var namedDay = lastDay
            if namesTheDay, let p = lastPartOfDay, p.offset >= paragraphStart, p.offset > (lastDay?.offset ?? -1) {
                namedDay = (p.date, p.offset, true)
            }
            if namesTheDay, !storyMode, let d = namedDay, let p = published ?? corpusAnchor,
               inFrame && d.offset < paragraphStart && abs(d.date.ordinal - p.ordinal) > 31
                || (inFrame || sameDay) && tense == .past && d.date.ordinal > p.ordinal {
                narrativeBase = nil
            } else if namesTheDay, let d = namedDay,
                      !(storyAnchored && story.map({ $0.offset > d.offset && $0.date.ordinal > d.date.ordinal }) ?? false) {
                // (not a day the story has moved on from, to a later year or month named
                // after it: "born on 4 March 1921 … In 1969 she won. The previous day …"
                // counts from 1969, whose day is open, not from 4 March 1921; a look back
                // to an earlier year, "the 1917 Revolution", leaves the day where it was)
                narrativeBase = (d.date, d.offset, .day)
                // ("overnight" after an evening's time on that day is that day's night: "derailed
                // at 11 p.m. on Tuesday … were evacuated overnight"; else the night before it,
                // "London shares fell on Friday on overnight losses in New York")
                // (the time told with the day: "11 p.m. on Tuesday", "Tuesday at 11 p.m.")
                if typed.form == .overnight, out.suffix(3).contains(where: { abs($0.span.start - d.offset) <= 40
                    && Self.isEvening($0.value) }) {
                    captures["@nightAfter"] = "1"
                }
            }
            // In news, "a year earlier", "a month earlier" count from the day or month the
            // sentence named before them, at its precision ("Sales in September were up 3
            // percent from a year earlier": September of the year before; "On Aug. 12 the
            // index hit 500; a year earlier…"); "ago" counts from the time of writing.
            // With none named, from the date of writing too.
            if !storyMode, case .yearAgo(_, true) = typed.value, captures["@quarterContext"] == nil {
                let day = lastDay.flatMap { $0.offset >= range.lowerBound && !lastDayReports ? $0 : nil }
                let month = coarse.flatMap { $0.monthKnown && $0.offset >= range.lowerBound && !coarseReports ? $0 : nil }
                if let d = day, month.map({ d.offset >= $0.offset }) ?? true {
                    narrativeBase = (d.date, d.offset, .day)
                    captures["@referencePrecision"] = "D"
                } else if let m = month {
                    narrativeBase = (m.date, m.offset, .month)
                    captures["@referencePrecision"] = "M"
                } else if case .yearAgo(let unit, _) = typed.value, unit == .week || unit == .day,
                          let d = lastDay, d.offset >= paragraphStart, !lastDayReports {
                    // (a week or a day earlier than a day the paragraph named: "beat City on
                    // Sunday … United, who lost at home a week earlier"; a year earlier is a
                    // comparison of periods, which the sentence names)
                    narrativeBase = (d.date, d.offset, .day)
                    captures["@referencePrecision"] = "D"
                }
            }
            // "a week later", "the following week": from the day last named in the
            // paragraph ("elections on April 14, the runoff a week later").
            if anaphoricUnit == .week, let d = lastDay, d.offset >= paragraphStart {
                narrativeBase = (d.date, d.offset, .day)
            }
            // ("last week … the previous week": from the week named, when it came later)
            if anaphoricUnit == .week, let w = lastWeek, w.offset >= paragraphStart, w.offset > (lastDay?.offset ?? -1) {
                narrativeBase = (w.date, w.offset, .day)
            }
            // "the previous April", "the following spring" count from the latest year named.
            // (unless the story has moved since that year was named: "In 490 BC … Ten years
            // later … The following spring" counts from 480 BC)
            let storyMovedSince = { (c: (date: CalendarDate, offset: Int, monthKnown: Bool)) in storyAnchored && (story?.offset ?? -1) > c.offset }
            if typed.form == .anaphoricMonth || typed.form == .anaphoricSeason, let c = coarse, !storyMovedSince(c),
               narrative.map({ c.offset > $0.offset }) ?? true {
                // After a bare year, "the following spring" is in the next year and "the
                // previous April" in the year before: count from the year's end or start.
                // (the winter that follows a year begins in its December: "In 1943 the city
                // fell. The next winter was cold" is the winter of 1943-44)
                var forward = false
                var winter = false
                switch typed.value {
                case .anaphoricMonth(_, let shift): forward = shift > 0
                case .anaphoricSeason(let season, let shift): forward = shift > 0; winter = season == .winter
                default: break
                }
                let date = !c.monthKnown && forward
                    ? CalendarDate(year: c.date.year, month: winter ? 11 : 12, day: winter ? 30 : 31) ?? c.date : c.date
                narrativeBase = (date, c.offset, c.monthKnown ? .month : .year)
            }
            // "August of that year", "April of the following year": the year last named.
            if typed.form == .ofYear, let c = coarse, !storyMovedSince(c), narrative.map({ c.offset > $0.offset }) ?? true {
                narrativeBase = (c.date, c.offset, .year)
            }
            // (In a story that has moved since, by "the following year" or a day, from
            // the story's time.)
            if let unit = anaphoricUnit, let c = coarse, narrative.map({ c.offset > $0.offset }) ?? true,
               !(storyAnchored && (story?.offset ?? -1) > c.offset) {
                if unit == .year || unit == .decade || unit == .century || (unit == .month && c.monthKnown) {
                    narrativeBase = (c.date, c.offset, c.monthKnown ? .month : .year)
                }
            }
            // ("They married in the 1970s and divorced a decade later": from the decade,
            // when it was named after the last year)
            if anaphoricUnit == .decade, let d = lastDecade, coarse.map({ d.offset > $0.offset }) ?? true,
               narrative.map({ d.offset > $0.offset }) ?? true, !(storyAnchored && (story?.offset ?? -1) > d.offset) {
                narrativeBase = (d.date, d.offset, .year)
            }
            // "In 1957 she married. Later in the year she left"; "In the early 1960s she
            // moved into teaching. By the end of the decade…": in talk of the past, the year
            // or decade talked of is the one last named in the paragraph (a decade also
            // holds a year named in it), not the time of writing nor an earlier story time;
            // so is a year in apposition ("in 1981, the year before the massacre"). (A year
            // the text names, not one counted from the time of writing.) The century talked
            // of holds that year or decade ("The town grew in the 1850s. Later in the
            // century it became a city").
            if case .current(let unit) = typed.value, unit == .year || unit == .decade || unit == .century, tense == .past || storyAnchored {
                var base: (date: CalendarDate, offset: Int)?
                if let c = coarse, c.offset >= paragraphStart, c.offset == lastYearNamed, !coarseReports { base = (c.date, c.offset) }
                if unit != .year, let d = lastDecade, d.offset >= paragraphStart, d.offset > (base?.offset ?? -1) { base = d }
                if let b = base, !(storyAnchored && (story?.offset ?? -1) > b.offset) {
                    narrativeBase = (b.date, b.offset, .year)
                    captures["@referencePrecision"] = "Y"
                }
            }
            // A clock time that names no day of its own, in a sentence that named a day
            // before it, is on that day ("On Friday, the count begins at 9am", "Friday's
            // count begins at 9am", "The vote on Friday will close at 10pm"); not on the
            // day of a report ("said on Tuesday the blast came at 2am").
            // (in its clause: no comma, conjunction or relative pronoun between, unless
            // the day opens the sentence; "Police barred the road on Saturday and workers
            // … where the cortege will pass from 0700 GMT" is another clause's time)
            var inPartOfDay: CalendarValue.PartOfDay?
            // (the part of a day named in an earlier sentence, and the base before it)
            var partFromBefore: (part: CalendarValue.PartOfDay, base: (date: CalendarDate, offset: Int, precision: DatePrecision)?)?
            if typed.form == .clock || typed.form == .noon, captures["month"] == nil, captures["weekday"] == nil,
               captures["rel"] == nil, let d = lastDay, d.offset >= range.lowerBound, !lastDayReports,
               let frame = lastDayFrame, frame.endToken <= startToken,
               lastPartOfDay.map({ $0.offset < d.offset }) ?? true,
               clauseOpen(tokens, frame.endToken, startToken, sentenceEnds: sentenceEnds, fronted: frame.fronted) {
                narrativeBase = (d.date, d.offset, .day)
                captures["@dayContext"] = "1"
            } else if typed.form == .clock || typed.form == .noon, captures["month"] == nil, captures["weekday"] == nil,
                      captures["rel"] == nil, let p = lastPartOfDay, p.offset >= range.lowerBound, !p.reports,
                      p.endToken <= startToken,
                      clauseOpen(tokens, p.endToken, startToken, sentenceEnds: sentenceEnds, fronted: p.fronted) {
                // ("MPs debated on Tuesday night past midnight": the clock time is on the
                // day whose part its clause named, in that part's half of the day, after
                // its midnight for the small hours of a night)
                narrativeBase = (p.date, p.offset, .day)
                captures["@dayContext"] = "1"
                inPartOfDay = p.part
            } else if typed.form == .clock, captures["month"] == nil, captures["weekday"] == nil, captures["rel"] == nil,
                      !storyMode, let e = lastEventDay, let p = published,
                      lastDay.map({ $0.offset < range.lowerBound || $0.offset == e.offset && lastDayFrame != nil }) ?? true,
                      tense == .past
                        ? e.paragraph >= previousParagraphStart && e.date.ordinal < p.ordinal
                        : e.paragraph == paragraphStart && e.date.ordinal > p.ordinal {
                // A clock time in the past with no day in its sentence, after a day named
                // in that paragraph or the one before that was no report's time, is on that
                // day: "struck early on Tuesday, officials said on Wednesday. ¶ The quake
                // hit at 3:42 a.m." (only a day before the date of writing). So is one in
                // another clause of the sentence that named that day ("The storm hit on
                // Saturday, and power returned at 4pm"), as it would be a sentence later,
                // unless that day is a span's end or start ("from Monday … at 10 a.m.").
                // The same ahead, within the paragraph: a time not in the past after a day
                // still to come ("The concert is on Saturday. Doors open at 8pm.").
                if let part = e.part { partFromBefore = (part, narrativeBase) }
                narrativeBase = (e.date, e.offset, .day)
                captures["@dayContext"] = "1"
                inPartOfDay = e.part
            }
            guard var resolved = TimexResolver.resolve(typed, anchor: anchor?.date, narrative: narrativeBase?.date,
                                                       tense: tense, captures: captures, lexicon: lexicon) else { continue }
            if let part = inPartOfDay, let d = resolved.value.calendarDay, d == narrativeBase?.date,
               case .clock(let hour, let minute, let second)? = resolved.value.calendar?.time {
                let (day, h) = TemporalTagger.clockInPart(part, of: d, hour: hour,
                                                          halfKnown: typed.form == .noon || !(captures["ampm"] ?? "").isEmpty)
                // A daytime hour says nothing of a night or an evening named a sentence
                // before ("The bill cleared the Commons on Tuesday night. The Lords sat at
                // 11am."): it is read as if that part had not been named.
                if let before = partFromBefore, before.part == .night || before.part == .evening, (6..<17).contains(h) {
                    captures["@dayContext"] = nil
                    narrativeBase = before.base
                    guard let plain = TimexResolver.resolve(typed, anchor: anchor?.date, narrative: narrativeBase?.date,
                                                            tense: tense, captures: captures, lexicon: lexicon) else { continue }
                    resolved = plain
                } else {
                    resolved.value = Timex3Value.day(day, at: .clock(hour: h, minute: minute, second: second))
                }
            }
            // "Sales fell at the end of the year" written in July: the end of a year, month
            // or week still to come cannot be told in the past; it is the one before. So a
            // start already gone is the next one in the future ("takes effect at the start
            // of the year"). (Not a deadline, which a past report sets ahead of itself:
            // "approved a plan to withdraw the troops by the end of the year".)
            if case .current(let unit) = typed.value, !resolved.usedNarrative, !storyMode, case .published(let p)? = anchor,
               !(startToken > 0 && lexicon.deadlineWords.contains(tokens[startToken - 1].lower)) {
                var edge = mod
                if edge == nil {
                    for k in m.start..<m.end where tokens[k].kind == .word {
                        if let e = lexicon.periodEdges[tokens[k].lower] { edge = e; break }
                    }
                }
                if let edge, let shift = TimexResolver.edgeShift(unit, edge: edge, tense: tense, anchor: p), shift != 0,
                   let v = TimexResolver.shiftUnit(unit, by: shift, anchor: p) {
                    resolved.value = v
                }
            }
            // A weekday with no tense to go by, after a week or a weekend named earlier in
            // its paragraph and no day named since but one of that week, is a day of that
            // week: "Next week is packed. Monday dentist, Tuesday gym"; "Can't wait for the
            // weekend!! Road trip Saturday" (the nearest Saturday would be the one gone by).
            if tense == .unknown, !storyAnchored, let w = lastWeek, w.offset >= paragraphStart,
               lastDay.map({ w.offset > $0.offset || (0...6).contains($0.date.ordinal - w.date.ordinal) }) ?? true,
               let d = resolved.value.calendarDay {
                var wd: Int?
                switch typed.value {
                case .weekday(let n, nil), .weekdayPartOfDay(let n, _, nil): wd = n
                default: break
                }
                if let wd, let target = w.date.adding(days: wd - 1), target != d {
                    resolved.value = resolved.value.calendar?.time.map { Timex3Value.day(target, at: $0) } ?? .day(target)
                }
            }
            // "The government dissolved the federation 10 days later", "Two years on, the
            // striker has made Doha his home": counted forward from no time the text gives,
            // a "later" that is not told of the future cannot lie after the time of writing,
            // from which it would otherwise count. The date stays open, at its unit.
            if !storyMode, !resolved.usedNarrative, tense != .future, case .published(let p)? = anchor,
               case .anaphoric(let unit, let shift) = typed.value, shift > 0 {
                switch unit {
                case .year:
                    if let y = resolved.value.knownYear, resolved.value.calendar?.part == nil, y > p.year { resolved.value = .open() }
                case .month:
                    if let y = resolved.value.knownYear, case .month(.known(let mo))? = resolved.value.calendar?.part,
                       y * 12 + mo > p.year * 12 + p.month { resolved.value = .open(.month(.unknown)) }
                case .day:
                    if let d = resolved.value.calendarDay, d > p { resolved.value = .open(.monthDay(.unknown, .unknown)) }
                default: break
                }
            }
            var usedAnchor: TimexAnchor? = resolved.relative ? anchor : nil
            if resolved.usedNarrative, let n = narrativeBase {
                usedAnchor = .narrative(n.date, offset: n.offset, precision: n.precision)
            }
            if resolved.relative && anchor == nil { usedAnchor = nil }
            // A rule that may yield either ("in five years") is a duration when the value is one.
            var value3 = resolved.value
            // "the same day", "two days later" counted from a time known only to the year
            // or month name no day: the day stays open (479 BC: BC0479-XX-XX, not 1 January).
            // So does a part of such a day ("In 1862 … Early the next morning", "That
            // evening": 1862-XX-XXTMO, not the morning of 2 January).
            if anaphoricUnit == .day || typed.form == .anaphoricPartOfDay, resolved.usedNarrative, let base = narrativeBase,
               base.precision != .day, let day = value3.calendarDay {
                let from = day.year == base.date.year ? day : base.date
                value3 = .inYear(from.year, .monthDay(base.precision == .month ? .known(from.month) : .unknown, .unknown),
                                 time: value3.calendar?.time)
            }
            // So does the week ("In 2014 … I sold it that week", "In May 2001 … A week
            // later"): the story's year with the week open (2014-WXX), not its first week.
            if anaphoricUnit == .week, resolved.usedNarrative, let base = narrativeBase, base.precision != .day,
               case .calendar(let c) = value3, case .week? = c.part {
                value3 = .inYear(base.date.year, .week(.unknown))
            }
            if beforeChrist, case .calendar(var c) = value3 {
                c.beforeChrist = true
                value3 = .calendar(c)
            }
            var type: TimexType = typed.form == .ahead && value3.isDuration ? .duration : rule.type
            // "Two hours later", "30 minutes earlier": see `clockShifted`. (A TIME until
            // then, so that it is not taken for the day of the clock time it counts from,
            // "at 11:45 p.m. Thirty minutes later")
            // (a count above a hundred thousand moves no clock: no arithmetic overflows,
            // however large the number written)
            if case .anaphoric(let unit, let shift) = typed.value, unit == .hour || unit == .minute, shift != 0 {
                clockShifts.append((startOffset, abs(shift) <= 100_000 ? shift * (unit == .hour ? 60 : 1) : nil, paragraphStart))
                type = .time
            }
            // (so does "an hour earlier", "a minute earlier": one unit back)
            else if case .yearAgo(let unit, true) = typed.value, unit == .hour || unit == .minute {
                clockShifts.append((startOffset, unit == .hour ? -60 : -1, paragraphStart))
                type = .time
            }
            // (a lede that names a day of the week of writing by its date: see `newsLede`)
            if storyMode, !newsLede, let p = published, startOffset < ledeEnd, let day = value3.calendarDay,
               abs(day.ordinal - p.ordinal) <= 7 {
                newsLede = true
            }
            // A winter the resolver chose counts, inside the tagger, from the December it
            // starts in (the story stays in that year); it is written with the year that
            // holds its January and February, as seasonal statistics count it and the
            // narrative gold writes it: the winter of 1776-77 is 1777-WI. ("the winter of
            // 1914" names its year itself.)
            var written = value3
            if resolved.relative, case .calendar(var c) = value3, case .season(.winter)? = c.part,
               let y = value3.astronomicalYear {
                let next = y + 1
                if next >= 1 { c.period = .year(.known(next)); c.beforeChrist = false } else { c.period = .year(.known(1 - next)); c.beforeChrist = true }
                written = .calendar(c)
            }
            var timex = Timex(span: Span(startOffset, endOffset), type: type, value: written.description, mod: mod,
                              anchor: usedAnchor, isRelative: resolved.relative, rule: rule.id)
            if resolved.relative, tense == .past || tense == .future, let cue {
                timex.tense = (tense == .future ? "future" : "past") + " (" + cue + ")"
            }
            out.append(timex)
            if (typed.form == .clock || typed.form == .noon), captures["month"] == nil, captures["weekday"] == nil, captures["rel"] == nil {
                bareClock.append((out.count - 1, typed.form == .noon || !(captures["ampm"] ?? "").isEmpty))
            }
            previousEnd = endToken
            // (a clock time with its full date names its day too: "2023-11-07 15:03")
            if !resolved.relative, (rule.type == .date && value3.isDay) || rule.type == .time, let d = value3.calendarDay {
                narrative = (d, startOffset)
                if tense != .future { writtenDay = (d, startOffset) }
            }
            // The story moves to every date it names (in a narrative, also to the dates
            // it implies, "in October"); a coarser mention of the same period ("1940"
            // after "June 1940") does not move it back.
            // A bare year moves it only where it frames what follows: fronted ("In 1942, the
            // Japanese …") or the first time named in a paragraph, not inside a clause of a
            // paragraph that has its time ("a campaign planned for 1976", "(2003)").
            // A look back from the story ("a year earlier", "two years earlier", "the
            // previous year") is a flashback: the story's time stays where it was.
            var looksBack = false
            switch typed.value {
            case .anaphoric(_, let shift), .anaphoricMonth(_, let shift), .anaphoricSeason(_, let shift): looksBack = shift < 0
            case .yearAgo(_, let fromStory): looksBack = fromStory
            // ("In the past year, both armies had…", "two years ago" in a story: counted
            // back from the story's time, a look back too)
            case .relative(_, let shift): looksBack = shift < 0
            case .ago(_, _, let ahead): looksBack = !ahead
            default: break
            }
            // A leap of more than a year that the story does not follow (the next year
            // named is nearer where it was) is an aside — a flash-forward ("In November
            // 2008, protesters staged a similar…" in the 2003 invasion; "a publication
            // declassified in 2005") or a recollection ("as in 1614", "since 513 BC"):
            // neither the story nor "the following year" counts from it.
            // (a time that names its day, "the night of April 18, 1775", moves it as the day would)
            // (and so does a part of a day the story reached, "On the morning of the 12th")
            // (a winter counted from the story straddles the new year: it leaves the story
            // where it was, "In January 1942 … That winter … until April")
            let straddles = written.astronomicalYear != value3.astronomicalYear
            var named = !straddles && (type == .date || (type == .time && (!resolved.relative || storyAnchored) && value3.calendarDay != nil))
                ? StoryTime(value: value3, offset: startOffset) : nil
            // (but a winter counted forward from the story moves it on to the December the
            // winter begins in: "In August 1944 she returned. The following winter was
            // hard. In March she married" is March 1945. "That winter" may be the one the
            // story is in or the one around the time just named, and stays.)
            if straddles, storyAnchored, type == .date, case .anaphoricSeason(_, let shift) = typed.value, shift > 0,
               let st = story, let y = value3.astronomicalYear,
               let december = CalendarDate(year: y, month: 12, day: 15), december > st.date {
                named = StoryTime(date: december, precision: "M", offset: startOffset)
            }
            var isAside = false
            if storyMode, !resolved.relative, let current = story, let named, !named.contains(current), abs(named.date.year - current.date.year) > 1,
               let after = nextNamedYear(after: index), abs(after - current.date.year) < abs(after - named.date.year) {
                isAside = true
            }
            // A day before the story's time told in the past perfect ("The city had fallen
            // in December 1941", in a paragraph about 1942) is a look back: the story stays.
            if storyMode, !resolved.relative, let current = story, let named, !named.contains(current),
               named.date < current.date, let c = sentenceCue, lexicon.pastPerfectCues.contains(c) {
                isAside = true
            }
            // A baseline of a comparison ("… as opposed to a peak of 1,600 in summer
            // 2007", in a paragraph about 2008) is looked back to: an aside of its phrase.
            if storyMode, !resolved.relative, let current = story, let named, !named.contains(current),
               followsComparison(tokens, startToken, sentenceStart: range.lowerBound) {
                isAside = true
            }
            // The end of a span told in a clause about a noun ("an assault that lasted
            // until the fall of Budapest in February 1945") looks ahead: an aside of its
            // phrase. (Not in the main clause: "He stayed in Paris until March 1921. In
            // June…" follows him.)
            if storyMode, !resolved.relative, let current = story, let named, !named.contains(current),
               named.date > current.date, endsSpanInRelativeClause(tokens, startToken, sentenceStart: range.lowerBound) {
                isAside = true
            }
            // (a season, quarter or half written with its year, the first time its sentence
            // names, is no passing bare year: "The couple left France in the summer of 1939.
            // By early October…" follows them into 1939; "… in the latter half of 2008, as
            // opposed to a peak of 1,600 in summer 2007" stays in 2008)
            // (and so does a season counted forward from the story: "That winter …; the next
            // spring they marched north. In June…")
            var storyForward = false
            if case .anaphoricSeason(_, let shift) = typed.value { storyForward = storyAnchored && shift > 0 }
            // (and so does a year counted forward from it: "She died in July 1934; the
            // following year her daughter won the prize. That spring…" is 1935's spring)
            if case .anaphoric(.year, let shift) = typed.value { storyForward = storyForward || storyAnchored && shift > 0 }
            let namesPartOfYear = storyForward || !resolved.relative && value3.calendar?.part != nil
                && (out.count < 2 || out[out.count - 2].span.start < range.lowerBound)
            // A look back from the time of writing ("last year", "last month"), told in the
            // past and more than a year after the story's time, has brought the story to
            // the present: until its paragraph ends, dates are the writing's ("It was
            // acquired in 2021, and last year it reported record profits. Its new chief
            // executive took office in January.": this January), as "now" does. (Not "this
            // year", which a history uses of its own year, "Another major event of this
            // year"; nor one "of" something, "the last month of World War II".)
            if storyMode, !storyAnchored, typed.isDeictic, !typed.definite, resolved.relative, tense == .past,
               case .relative(_, let shift) = typed.value, shift < 0,
               !(endToken < tokens.count && tokens[endToken].lower == lexicon.context.partitive),
               let n = named, let st = story, n.date.year > st.date.year + 1 {
                var e = endOffset
                while e < s.count && s[e] != "\n" { e += 1 }
                presentUntil = max(presentUntil, e)
            }
            // (a year in apposition to an expression that opens its sentence opens it too:
            // "Decades later, in 1671, the walls were rebuilt")
            var apposedToFronted = false
            if storyMode, out.count >= 2, case let p = out[out.count - 2], p.span.start >= range.lowerBound,
               TemporalTagger.isApposed(s, p.span.end, startOffset, words: lexicon.frontedAppositionPrepositions),
               isFronted(tokens, TemporalTagger.firstToken(tokens, atOrAfter: p.span.start), sentenceStart: range.lowerBound) {
                apposedToFronted = true
            }
            if !resolved.relative || storyAnchored, !asideAnchored, !(storyAnchored && looksBack), let next = named,
               !(storyMode && inAnteriorClause(tokens, startToken, sentenceStart: range.lowerBound)),
               next.precision != "Y" || namesPartOfYear || story.map({ $0.offset < paragraphStart }) ?? true
                || isFronted(tokens, startToken, sentenceStart: range.lowerBound) || apposedToFronted
                || endsFrontedPhrase(tokens, startToken, endToken, sentenceStart: range.lowerBound)
                || (story.map { next.date > $0.date } ?? false && (isPronounClauseTime(tokens, startToken, sentenceStart: range.lowerBound)
                                                                    || isMainClauseTime(tokens, startToken, sentenceStart: range.lowerBound))) {
                if let current = story, next.contains(current) {
                    story = StoryTime(date: current.date, precision: current.precision, offset: startOffset)
                    aside = nil
                } else if isAside {
                    // The story stays where it was. A fronted aside frames the rest of its
                    // sentence ("In 1996, Nov. 7 was renamed…"); one inside a phrase only
                    // that phrase ("a publication declassified in 2005 revealed that there
                    // was no attack on 4 August").
                    aside = isFronted(tokens, startToken, sentenceStart: range.lowerBound) ? (next, range.upperBound) : nil
                } else {
                    story = next
                    aside = nil
                }
            }
            // A report's quarter has ended: a named quarter still to come ("fourth-quarter
            // results will…") is not the one the report is about. A quarter counted back
            // from it ("the year-ago quarter") is a comparison, not the report's quarter;
            // "the quarter ended Feb. 28" names it where no quarter was named before (after
            // "the fiscal first quarter", the calendar quarter of its last month is the
            // same quarter under another name).
            let part = value3.calendar?.part
            var countedBack = [.yearAgo, .yearQuarter, .shiftedYearQuarter].contains(typed.form)
            if case .lastQuarter(let back) = typed.value, back != nil || lastQuarter != nil { countedBack = true }
            // (a quarter "ended" in a month has ended, though the calendar quarter of that
            // month has not)
            if rule.type == .date, case .quarter(.known(let q))? = part, let y = value3.knownYear, !countedBack,
               let a = anchor?.date, typed.form == .lastQuarter || y * 4 + q <= a.year * 4 + (a.month - 1) / 3 {
                lastQuarter = value3.description
            }
            // (a time that writes its date, "00:00 Nov. 25", names the day too, and so does
            // one counted from the day in context, "The next morning")
            // (a comparison's point counted from the sentence's time, "in February … from a
            // year earlier", names no time the text goes on from)
            let comparison = typed.form == .yearAgo && captures["@referencePrecision"] != nil
            // (the time of a report: a reporting verb just before or after the expression)
            func reports() -> Bool {
                var b = startToken - 1
                if b >= 0, lexicon.clockDayLinkersAfter.contains(tokens[b].lower) { b -= 1 }
                return (b >= 0 && lexicon.reportTimeVerbs.contains(tokens[b].lower))
                    || (endToken < tokens.count && lexicon.reportTimeVerbs.contains(tokens[endToken].lower))
            }
            if !comparison, rule.type == .date ? value3.isDay
                : (rule.type == .time && (captures["month"] != nil && captures["day"] != nil || resolved.usedNarrative)),
               let d = value3.calendarDay {
                lastDay = (d, startOffset, resolved.relative)
                lastDayReports = reports()
                // (a day between a determiner and a noun qualifies the noun, "returned from
                // their Thanksgiving recess on Monday", "the Christmas holidays": it names
                // the thing's day, not the day the sentence's events are on)
                let attributive = startToken > 0 && tokens[startToken - 1].types & TokenType.determiner != 0
                    && endToken < tokens.count && tokens[endToken].kind == .word && !tokens[endToken].capitalized
                    && !lexicon.functionWords.contains(tokens[endToken].lower)
                if !lastDayReports, !attributive, lastEventDay?.sentence != range.lowerBound {
                    lastEventDay = (d, startOffset, paragraphStart, range.lowerBound, nil)
                }
                // (whether it frames the clause's time: not a span's end or start, nor a
                // point of comparison, "from Monday", "until Friday"; but a possessive
                // day still names its thing's day, "up from Thursday's quotes at 4 p.m.")
                let possessive = endOffset + 1 < s.count && (s[endOffset] == "'" || s[endOffset] == "\u{2019}")
                lastDayFrame = possessive || startToken == 0 || !lexicon.dayReferencePrepositions.contains(tokens[startToken - 1].lower)
                    ? (endToken, isFronted(tokens, startToken, sentenceStart: range.lowerBound)) : nil
            }
            // ("this morning", "tomorrow night", "tonight" name their day too)
            else if rule.type == .time, !comparison,
                    captures["weekday"] != nil || captures["rel"] != nil || (typed.form == .partOfDay && !typed.definite),
                    let d = value3.calendarDay, case .part(let part)? = value3.calendar?.time {
                let reported = reports()
                lastPartOfDay = (d, part, startOffset, endToken, isFronted(tokens, startToken, sentenceStart: range.lowerBound), reported)
                // (a day part of which was named is the day of a clock time in the past told
                // a sentence or a paragraph later, as a day named whole is: "a crash in the
                // early hours of Sunday. ¶ Police were called at about 2.15am"), in that
                // part's half of the day, and for an evening's or a night's small hours on
                // the next day ("The derby is on Friday night. Kickoff is at 8pm.")
                if !reported, lastEventDay?.sentence != range.lowerBound {
                    lastEventDay = (d, startOffset, paragraphStart, range.lowerBound, part)
                }
            }
            if rule.type == .date, let y = value3.astronomicalYear, let part = value3.calendar?.part {
                var week: Int?
                switch part {
                case .week(.known(let w)), .weekend(.known(let w)): week = w
                default: break
                }
                if let week, let monday = CalendarDate.monday(ofISOWeek: week, year: y) { lastWeek = (monday, startOffset) }
            }
            if rule.type == .date, !resolved.relative, case .decade(let d)? = value3.calendar?.period, !(value3.calendar?.beforeChrist ?? false),
               let first = CalendarDate(year: d * 10, month: 1, day: 1) {
                lastDecade = (first, startOffset)
            }
            // The latest year or month named: any absolute value, and relative months,
            // seasons and halves of a year. (A time that writes its year names it too: "on
            // the night of 23 October 1942".)
            if rule.type == .date || (rule.type == .time && !resolved.relative), var y = value3.astronomicalYear {
                var month: Int?
                // (a year counted from the time of writing names the year talked of too: "So
                // far this year … since the beginning of the year" is this year, whatever
                // year a sentence before named)
                var counts = !resolved.relative
                if case .relative(.year, _) = typed.value, part == nil { counts = true }
                // (a winter the resolver chose began in December: the months named after it
                // are in the year that holds its January, as its written value says: "That
                // winter … until April")
                let winterJanuary = written.astronomicalYear != y && { if case .season(.winter)? = part { return true } else { return false } }()
                if winterJanuary { y = written.astronomicalYear ?? y }
                switch part {
                case .quarter?: counts = false
                case .month(let m)?: month = m.value; counts = true
                // (a day whose month the text writes names that month, though its year
                // came from the time of writing: "training begins on July 7, with a tour
                // later that month"; a weekday names none)
                case .monthDay(let m, _)?: month = m.value; if captures["month"] != nil { counts = true }
                // (a season names the months it starts in: "the following autumn" after
                // "the spring of 1912" is that year's)
                case .season(let se)?: month = se.startMonth; counts = true
                case .half?: counts = true
                default: break
                }
                if winterJanuary { month = 1 }
                if counts, !comparison, let d = CalendarDate(year: y, month: month ?? 1, day: 1) {
                    coarseReports = reports()
                    if isAside {
                        if coarseRestore == nil { coarseRestore = (coarse, range.upperBound) }
                    } else {
                        coarseRestore = nil
                    }
                    coarse = (d, startOffset, month != nil)
                    if !resolved.relative { lastYearNamed = startOffset }
                }
            }
        }
        let ordered = TemporalTagger.orderNumericDates(out, s, published: published)
        return TemporalTagger.restatedDates(orderJoinedMonths(TemporalTagger.clockShifted(dayAfterOrBefore(recurringDates(TemporalTagger.mergeAppositions(weekdaysOfTheirDates(orderJoinedWeekdays(weekdayRangeTimetables(shareYears(attachClockTimes(ordered, s, bare: bareClock), s), s), s), s), s), s), s), clockShifts), s), s, links: lexicon.restatementLinks)
    }

    /// "between April and June", "from December to February", "October-March": the
    /// ends of a span of months (or seasons, or days of months) run forward, each
    /// placed in its nearest year can put the second before the first. When neither
    /// names its year, the one that no tense placed moves by whole years behind or
    /// after the other; a list ("in April and June") is not a span and stands.
    func orderJoinedMonths(_ timexes: [Timex], _ s: [Unicode.Scalar]) -> [Timex] {
        guard timexes.count >= 2 else { return timexes }
        var out = timexes
        /// A place in time to order two ends by (year, month and day), with the value, its
        /// year and its kind (month 1, day 2, season 3; a day only when written with its
        /// number, not a weekday: "a revision Friday to December's figures" is no span).
        /// (a winter is written with the year of its January, and starts the December before)
        func point(_ t: Timex) -> (CalendarValue, Int, Int, Int)? {
            guard t.type == .date, t.isRelative, case .published? = t.anchor, t.mod == nil || t.mod == "START" || t.mod == "END"
                    || t.mod == "MID", case .calendar(let c)? = Timex3Value(t.value), c.time == nil, !c.beforeChrist,
                  case .year(.known(let y)) = c.period else { return nil }
            switch c.part {
            case .month(.known(let m))?: return (c, y, y * 10_000 + m * 100, 1)
            case .monthDay(.known(let m), .known(let d))?:
                guard s[t.span.start..<t.span.end].contains(where: { $0.properties.numericType != nil }) else { return nil }
                return (c, y, y * 10_000 + m * 100 + d, 2)
            case .season(let season)?: return (c, y, (season == .winter ? y - 1 : y) * 10_000 + season.startMonth * 100, 3)
            default: return nil
            }
        }
        for i in 1..<out.count {
            let (a, b) = (out[i - 1], out[i])
            guard b.span.start > a.span.end, b.span.start - a.span.end <= 12,
                  let (ca, ya, pa, ka) = point(a), let (cb, yb, pb, kb) = point(b), ka == kb, pa > pb,
                  let n = TemporalTagger.links(s, a.span.end, b.span.start, maxLength: 12, words: lexicon.rangeJoiners, dashes: true),
                  n == 1, !s[a.span.end..<b.span.start].contains(",") else { continue }
            let between = String(String.UnicodeScalarView(s[a.span.end..<b.span.start])).lowercased()
            var k = a.span.start
            while k > 0 && s[k - 1] == " " { k -= 1 }
            var w = k
            while w > 0 && s[w - 1].properties.isAlphabetic { w -= 1 }
            let opener = lexicon.spanOpeners.contains(String(String.UnicodeScalarView(s[w..<k])).lowercased())
            let list = between.split(separator: " ").contains { lexicon.listJoiners.contains(String($0)) }
            guard opener || !list else { continue }
            // (the later end goes to the first such month after the earlier one)
            let years = (pa - pb + 9_999) / 10_000
            if b.tense == nil {
                var moved = cb
                moved.period = .year(.known(yb + years))
                out[i].value = moved.description
            } else if a.tense == nil {
                var moved = ca
                moved.period = .year(.known(ya - years))
                out[i - 1].value = moved.description
            }
        }
        return out
    }

    /// A relative date restated at once by a calendar date, after a comma, a bracket
    /// or a dash ("Two years later, in June 1941, …", "a mere two years later (218
    /// BC)", "the next day, 7 June 1944") is that date: the writer names the same time
    /// twice, and the date written out is the one to trust over a count from a moving
    /// anchor. The relative one keeps its own precision (a year stays a year).
    static func restatedDates(_ timexes: [Timex], _ s: [Unicode.Scalar], links: Set<String>) -> [Timex] {
        guard timexes.count >= 2 else { return timexes }
        var out = timexes
        for k in 1..<out.count {
            let x = out[k - 1], y = out[k]
            guard x.isRelative, x.type == .date, y.type == .date, !y.isRelative, y.anchor == nil,
                  x.span.end < y.span.start, y.span.start - x.span.end <= 6,
                  isRestatement(s, x.span.end, y.span.start, y.span.end, links: links),
                  case .calendar(let cx)? = Timex3Value(x.value), case .calendar(let cy)? = Timex3Value(y.value),
                  cx.time == nil, cy.time == nil, case .year = cx.period, case .year(.known) = cy.period else { continue }
            var restated = CalendarValue(beforeChrist: cy.beforeChrist, period: cy.period)
            switch (cx.part, cy.part) {
            case (nil, _): break
            case (.month?, .month(.known(let m))?), (.month?, .monthDay(.known(let m), _)?):
                restated.part = .month(.known(m))
            case (.monthDay?, .monthDay(.known(let m), .known(let d))?):
                restated.part = .monthDay(.known(m), .known(d))
            default: continue
            }
            out[k - 1].value = restated.description
        }
        return out
    }

    /// Whether the text between two offsets is a comma, an opening bracket or a dash,
    /// then at most one of `links` ("," ", in" " (" " — on"; not a space alone, nor
    /// "and"). A bare date after a comma must be closed by punctuation, as an aside
    /// is: one that goes on is the next clause's subject ("According to figures
    /// released this year, 2004 saw a rise").
    static func isRestatement(_ s: [Unicode.Scalar], _ from: Int, _ to: Int, _ end: Int, links: Set<String>) -> Bool {
        var mark = false
        var word = ""
        for k in from..<to {
            let c = s[k]
            if c == " " { continue }
            if c == "," || c == "(" || c == "\u{2014}" || c == "\u{2013}" {
                if mark || !word.isEmpty { return false }
                mark = true
            } else if c.properties.isAlphabetic, mark { word.unicodeScalars.append(c) }
            else { return false }
        }
        guard mark else { return false }
        if !word.isEmpty { return links.contains(word.lowercased()) }
        if s[from..<to].contains("(") { return true }
        var k = end
        while k < s.count && s[k] == " " { k += 1 }
        return k == s.count || [",", ")", ".", ";", ":", "\u{2014}", "\u{2013}"].contains(s[k])
    }

    /// Numeric dates whose first two numbers could both be the month ("10/03/2026")
    /// are read month first, as the rules do, unless the text says otherwise: a
    /// document writes all its dates one way, so one date that can only be day first
    /// ("25/03/2026") makes the others day first too (and one that can only be month
    /// first keeps them so). With no such date, the reading within a month of the date
    /// of writing is taken when the other is not (a page's "Updated: 10/03/2026"
    /// written on 12 March), and the reading that is the date of writing itself.
    static func orderNumericDates(_ timexes: [Timex], _ s: [Unicode.Scalar], published: CalendarDate?) -> [Timex] {
        /// The three numbers of a "d/d/dddd" expression.
        func parts(_ t: Timex) -> (Int, Int, Int)? {
            guard t.type == .date, t.span.end - t.span.start <= 10 else { return nil }
            var nums: [Int] = [], n = 0, digits = 0
            for k in t.span.start..<t.span.end {
                let v = s[k].value
                if v >= 48 && v <= 57 { n = n * 10 + Int(v - 48); digits += 1 }
                else if v == 47, digits > 0 { nums.append(n); n = 0; digits = 0 }
                else { return nil }
            }
            guard digits == 4, nums.count == 2 else { return nil }
            return (nums[0], nums[1], n)
        }
        var found: [(index: Int, a: Int, b: Int, y: Int)] = []
        var dayFirst = false, monthFirst = false
        for (i, t) in timexes.enumerated() {
            guard let (a, b, y) = parts(t), (1...31).contains(a), (1...31).contains(b) else { continue }
            if a > 12 { dayFirst = true } else if b > 12 { monthFirst = true } else if a != b { found.append((i, a, b, y)) }
        }
        guard !found.isEmpty, !(dayFirst && monthFirst) else { return timexes }
        var out = timexes
        for f in found {
            guard let md = CalendarDate(year: f.y, month: f.a, day: f.b), let dm = CalendarDate(year: f.y, month: f.b, day: f.a) else { continue }
            var useDayFirst = dayFirst
            if !dayFirst && !monthFirst, let p = published {
                // (or the day-first reading that is the date of writing itself: "Last
                // updated: 04/03/2026" on a page of 4 March)
                useDayFirst = (abs(dm.ordinal - p.ordinal) <= 31 && abs(md.ordinal - p.ordinal) > 31) || dm.ordinal == p.ordinal
            }
            if useDayFirst { out[f.index].value = Timex3Value.day(dm).description }
        }
        return out
    }

    /// "tomorrow at 2pm", "Friday, around 10 a.m.", "3 p.m. on Monday": a clock time
    /// that names no day of its own, joined to a day expression next to it (only
    /// spaces, a comma and the lexicon's linking words between), is on that day.
    ///
    /// A part of a named day counts as its day ("11.30pm last night", "3am this
    /// morning") and says which half of it an hour without a.m. or p.m. is in ("seven
    /// o'clock that evening" is 19:00); an hour of the small hours in a night is after
    /// its midnight ("at 2am last night", "at three o'clock that night" are the next day).
    func attachClockTimes(_ timexes: [Timex], _ s: [Unicode.Scalar], bare: [(index: Int, halfKnown: Bool)]) -> [Timex] {
        var out = timexes
        /// The day, and the hour the clock time has in it.
        func day(_ t: Timex, hour: Int, halfKnown: Bool) -> (CalendarDate, Int)? {
            guard let v = Timex3Value(t.value), let d = v.calendarDay else { return nil }
            if t.type == .date, v.isDay { return (d, hour) }
            guard t.type == .time, case .part(let part)? = v.calendar?.time else { return nil }
            return TemporalTagger.clockInPart(part, of: d, hour: hour, halfKnown: halfKnown)
        }
        func linked(_ from: Int, _ to: Int, _ words: Set<String>) -> Bool {
            TemporalTagger.links(s, from, to, maxLength: 24, words: words, dashes: false) != nil
        }
        /// "Thursday's 5 p.m. quotes": only a possessive ending between.
        func possessive(_ from: Int, _ to: Int) -> Bool {
            guard to - from >= 3, to - from <= 4, s[from] == "'" || s[from] == "\u{2019}", s[from + 1] == "s" || s[from + 1] == "S" else { return false }
            return s[(from + 2)..<to].allSatisfy { $0 == " " }
        }
        /// Past a qualifier after a clock time ("4:30 p.m. local time on Oct. 20",
        /// "5 a.m. Pacific time on Friday", "10 a.m. New York time Tuesday").
        func pastQualifier(_ e: Int) -> Int {
            /// The end of `phrase[w...]` matched from `k` (after spaces), or nil.
            func match(_ phrase: [String], _ w: Int, _ k0: Int) -> Int? {
                guard w < phrase.count else { return k0 == s.count || !isLetter(s[k0]) ? k0 : nil }
                guard k0 < s.count, s[k0] == " " else { return nil }
                var k = k0
                while k < s.count && s[k] == " " { k += 1 }
                // (a name: one to three capitalised words)
                if phrase[w] == TimeLexicon.nameSlot {
                    var names = 0
                    while names < 3, k < s.count, isUpper(s[k]) {
                        while k < s.count && isLetter(s[k]) { k += 1 }
                        names += 1
                        if let end = match(phrase, w + 1, k) { return end }
                        guard k < s.count, s[k] == " " else { return nil }
                        while k < s.count && s[k] == " " { k += 1 }
                    }
                    return nil
                }
                for c in phrase[w].unicodeScalars {
                    guard k < s.count, s[k] == c || (s[k].value < 128 && s[k].value + 32 == c.value && isUpper(s[k])) else { return nil }
                    k += 1
                }
                return match(phrase, w + 1, k)
            }
            for phrase in lexicon.clockQualifiers {
                if let end = match(phrase, 0, e) { return end }
            }
            return e
        }
        /// Where the text after a clock time goes on: past a qualifier, and past a ")"
        /// that closes a bracket the time stands in ("(0800 GMT) Tuesday").
        func after(_ t: Timex) -> Int {
            let e = pastQualifier(t.span.end)
            guard e < s.count, s[e] == ")" else { return e }
            var k = t.span.start - 1
            while k >= 0 && s[k] == " " { k -= 1 }
            return k >= 0 && s[k] == "(" ? e + 1 : e
        }
        /// Whether only spaces and an opening bracket stand between: "3 p.m. (2000 GMT)".
        func opensBracket(_ from: Int, _ to: Int) -> Bool {
            guard from < to, to - from <= 3 else { return false }
            var k = from
            while k < to && s[k] == " " { k += 1 }
            return k == to - 1 && s[k] == "("
        }
        // "overnight into Saturday morning", "rain overnight into Tuesday": the night
        // that ends in the day named, the one before it.
        for i in out.indices.dropLast() where out[i].rule == "time-overnight" {
            guard linked(out[i].span.end, out[i + 1].span.start, lexicon.nightIntoLinkers),
                  let d = Timex3Value(out[i + 1].value)?.calendarDay, let night = d.adding(days: -1) else { continue }
            out[i].value = Timex3Value.day(night, at: .part(.night)).description
        }
        var attached = Set<Int>()
        // (the bare clock times put on a part of a day, which says their half of it)
        var partOfDay = Set<Int>()
        // (the bare clock times that recur with a set of days)
        var recurring = Set<Int>()
        /// The days of a set a clock time can recur with: a weekday's ("XXXX-WXX-4") or
        /// every day's ("daily", "XXXX-XX-XX"), with no time of its own.
        func recurringDays(_ t: Timex) -> String? {
            guard t.type == .set, let c = Timex3Value(t.value)?.calendar, c.time == nil else { return nil }
            if case .weekDay? = c.part { return t.value }
            return t.value == TemporalTagger.everyDay ? t.value : nil
        }
        func clockPart(_ t: Timex) -> Substring? { TemporalTagger.clockPart(t.value) }
        /// Makes a clock time recur on `days`.
        func recur(_ i: Int, on days: String, clock: Substring) {
            out[i].type = .set
            out[i].value = days + "T" + clock
            out[i].anchor = nil
            out[i].isRelative = false
            recurring.insert(i)
        }
        for (i, halfKnown) in bare where i < out.count && out[i].type == .time {
            guard let time = Timex3Value(out[i].value)?.calendar?.time else { continue }
            // "every Monday at 9 p.m.", "on Sundays at noon", "daily from 10 a.m.": the
            // time recurs with the days (a SET of those days at that time), not once today.
            if i > 0, let days = recurringDays(out[i - 1]), linked(out[i - 1].span.end, out[i].span.start, lexicon.clockDayLinkersBefore),
               let clock = clockPart(out[i]) {
                recur(i, on: days, clock: clock)
                continue
            }
            // ("open until 9pm on Thursdays", "at noon on Sundays", "9am to 5pm daily":
            // the days after it)
            if i + 1 < out.count, let days = recurringDays(out[i + 1]), linked(after(out[i]), out[i + 1].span.start, lexicon.clockDayLinkersAfter),
               let clock = clockPart(out[i]) {
                recur(i, on: days, clock: clock)
                continue
            }
            guard case .clock(let hour, let minute, let second) = time else { continue }
            var found: (Timex, (CalendarDate, Int))?
            // (a day the time names with a preposition of its own comes first: "from 6pm on
            // Wednesday until midday on Thursday")
            if i + 1 < out.count, let d = day(out[i + 1], hour: hour, halfKnown: halfKnown),
               let n = TemporalTagger.links(s, after(out[i]), out[i + 1].span.start, maxLength: 24, words: lexicon.clockDayLinkersAfter, dashes: false),
               n >= 1 {
                found = (out[i + 1], d)
            } else if i > 0, let d = day(out[i - 1], hour: hour, halfKnown: halfKnown),
               linked(out[i - 1].span.end, out[i].span.start, lexicon.clockDayLinkersBefore)
                || possessive(out[i - 1].span.end, out[i].span.start) {
                found = (out[i - 1], d)
            } else if i + 1 < out.count, let d = day(out[i + 1], hour: hour, halfKnown: halfKnown),
                      linked(after(out[i]), out[i + 1].span.start, lexicon.clockDayLinkersAfter) {
                found = (out[i + 1], d)
            } else if i + 2 < out.count, out[i + 1].type == .time, opensBracket(pastQualifier(out[i].span.end), out[i + 1].span.start),
                      after(out[i + 1]) > out[i + 1].span.end, let d = day(out[i + 2], hour: hour, halfKnown: halfKnown),
                      linked(after(out[i + 1]), out[i + 2].span.start, lexicon.clockDayLinkersAfter) {
                // "3 p.m. (2000 GMT) Tuesday": the day after the bracketed equivalent
                found = (out[i + 2], d)
            }
            guard let (day, (date, h)) = found else { continue }
            out[i].value = Timex3Value.day(date, at: .clock(hour: h, minute: minute, second: second)).description
            out[i].anchor = day.anchor
            out[i].isRelative = day.isRelative
            attached.insert(i)
            if day.type == .time { partOfDay.insert(i) }
        }
        // "daily from 10 a.m. to 6 p.m.", "9am-5pm on Saturdays": the other end of a
        // range of clock times recurs with the end that does.
        // (a range word or a dash alone, not a list: "6 p.m., and 9am-5pm on Saturdays")
        if !recurring.isEmpty {
            let rangeWords = lexicon.spanJoiners
            func joined(_ a: Int, _ b: Int) -> Bool {
                TemporalTagger.linking(s, out[a].span.end, out[b].span.start, maxLength: 8, words: rangeWords, dashes: true, commas: false)
                    .map { $0.words + $0.dashes == 1 } ?? false
            }
            for (i, _) in bare where i > 0 && i < out.count && out[i].type == .time && !attached.contains(i) && recurring.contains(i - 1) {
                if joined(i - 1, i), let clock = clockPart(out[i]), let k = out[i - 1].value.firstIndex(of: "T") {
                    recur(i, on: String(out[i - 1].value[..<k]), clock: clock)
                }
            }
            for (i, _) in bare.reversed() where i + 1 < out.count && out[i].type == .time && !attached.contains(i) && recurring.contains(i + 1) {
                if joined(i, i + 1), let clock = clockPart(out[i]), let k = out[i + 1].value.firstIndex(of: "T") {
                    recur(i, on: String(out[i + 1].value[..<k]), clock: clock)
                }
            }
        }
        // "1-4pm this saturday", "from 7 to 10 p.m. Thursday": the first clock time of a
        // range is on the day its end was put on.
        for (i, _) in bare.reversed() where i + 1 < out.count && !attached.contains(i) && attached.contains(i + 1) {
            guard out[i].type == .time, case .clock(let hour, let minute, let second)? = Timex3Value(out[i].value)?.calendar?.time,
                  let date = Timex3Value(out[i + 1].value)?.calendarDay,
                  let n = TemporalTagger.links(s, out[i].span.end, out[i + 1].span.start, maxLength: 8, words: lexicon.rangeJoiners, dashes: true),
                  n == 1 else { continue }
            out[i].value = Timex3Value.day(date, at: .clock(hour: hour, minute: minute, second: second)).description
            out[i].anchor = out[i + 1].anchor
            out[i].isRelative = out[i + 1].isRelative
            attached.insert(i)
        }
        // "Saturday 10:00-14:00", "Jan. 5, 9am to 5pm": the second clock time of a range
        // (a range word or a dash, not a list) is on the day the first names.
        let rangeOnly = lexicon.spanJoiners
        for (i, _) in bare where i > 0 && i < out.count && !attached.contains(i) && !recurring.contains(i) {
            guard out[i].type == .time, out[i - 1].type == .time,
                  case .clock(let hour, let minute, let second)? = Timex3Value(out[i].value)?.calendar?.time,
                  let first = Timex3Value(out[i - 1].value), case .clock? = first.calendar?.time, let date = first.calendarDay,
                  date != Timex3Value(out[i].value)?.calendarDay,
                  TemporalTagger.links(s, out[i - 1].span.end, out[i].span.start, maxLength: 8, words: rangeOnly, dashes: true) == 1
            else { continue }
            out[i].value = Timex3Value.day(date, at: .clock(hour: hour, minute: minute, second: second)).description
            out[i].anchor = out[i - 1].anchor
            out[i].isRelative = out[i - 1].isRelative
            attached.insert(i)
        }
        out = nearestHalfOfTheDay(out, s, bare: bare, partOfDay: partOfDay)
        // An hour of the small hours, with no day of its own, right after a late-evening
        // time of the same day (no other time expression between) is past that day's
        // midnight: a text runs forward ("11.30pm: Turnout looks down … 12.15am: First
        // declaration").
        // (only where a bare clock time says its half of the day: most texts have none)
        guard bare.contains(where: { $0.halfKnown && !attached.contains($0.index) }) else { return out }
        let halfKnownBare = Dictionary(bare.map { ($0.index, $0.halfKnown) }, uniquingKeysWith: { a, _ in a })
        var previous: (date: CalendarDate, hour: Int, index: Int)?
        for i in out.indices {
            guard out[i].type == .time, let v = Timex3Value(out[i].value), let date = v.calendarDay,
                  case .clock(let hour, let minute, let second)? = v.calendar?.time else {
                // (a day named between starts afresh; a year or a length does not, nor
                // the day right after the evening time that it is on: "at 11pm on
                // Saturday … at 4am")
                if let d = Timex3Value(out[i].value)?.calendarDay,
                   !(i > 0 && attached.contains(i - 1) && previous?.index == i - 1 && d == previous?.date) { previous = nil }
                continue
            }
            if halfKnownBare[i] == true, !attached.contains(i), let p = previous, p.date == date, p.hour >= lexicon.eveningStartHour,
               hour < lexicon.smallHoursEnd, let next = date.adding(days: 1) {
                out[i].value = Timex3Value.day(next, at: .clock(hour: hour, minute: minute, second: second)).description
                previous = (next, hour, i)
                continue
            }
            previous = (date, hour, i)
        }
        return out
    }

    /// A clock time's own part of its value ("18:00" of "2026-11-20T18:00"); nil when
    /// the value has no clock time ("2026-11-20TNI", "2026-11-20").
    static func clockPart(_ value: String) -> Substring? {
        guard let k = value.firstIndex(of: "T"), let c = value[value.index(after: k)...].first, c.isASCII, c.isNumber
        else { return nil }
        return value[value.index(after: k)...]
    }

    /// The TIMEX3 value of a set that recurs every day ("daily", "every day").
    static let everyDay = "XXXX-XX-XX"

    /// How many time expressions on each side `nearestHalfOfTheDay` looks at.
    static let nearestHalfReach = 16

    /// A clock time that does not say which half of the day it is in ("7:45", "quarter
    /// past four", "at 10") is read in the half that puts it nearer the clock time that
    /// does, of the same day, next to it in its sentence: a text speaks of one stretch
    /// of a day ("due to land at 14:05, now saying quarter past four" is 16:15; "the
    /// match starts tonight at 8 — it was moved from 7:45" is 19:45; "began at 10 a.m.
    /// and ended at 2:30" is 14:30). A time written with a leading zero ("07:45",
    /// "0800"), or in figures beside one written on a 24-hour clock ("from 8:00 to
    /// 21:00"), is of a 24-hour clock, and one put on a part of the day ("that
    /// morning") has its half; a day named between, or a sentence's end, separates.
    func nearestHalfOfTheDay(_ timexes: [Timex], _ s: [Unicode.Scalar], bare: [(index: Int, halfKnown: Bool)], partOfDay: Set<Int>) -> [Timex] {
        var out = timexes
        let known = Set(bare.filter { $0.halfKnown }.map(\.index)).union(partOfDay)
        func clock(_ t: Timex) -> (date: CalendarDate, hour: Int, minute: Int?, second: Int?)? {
            guard t.type == .time, let v = Timex3Value(t.value), let date = v.calendarDay,
                  case .clock(let hour, let minute, let second)? = v.calendar?.time else { return nil }
            return (date, hour, minute, second)
        }
        /// No line break, and no sentence's end ("." and a capital) between.
        func sameSentence(_ from: Int, _ to: Int) -> Bool {
            guard from < to else { return true }
            var k = from
            while k < to {
                if s[k] == "\n" { return false }
                if isSentenceFinal(s[k]) {
                    var j = k + 1
                    while j < to && s[j] == " " { j += 1 }
                    if j > k + 1, j < s.count, isUpper(s[j]) { return false }
                }
                k += 1
            }
            return true
        }
        /// Whether a word that names a part of the day or a half of it stands within 60
        /// characters of a span, on its line and in its sentence.
        func halfOfDayNamedNear(_ span: Span) -> Bool {
            var lo = span.start, hi = span.end
            while lo > 0, span.start - lo < 60, s[lo - 1] != "\n", !(isSentenceFinal(s[lo - 1]) && lo < s.count && s[lo] == " ") { lo -= 1 }
            while hi < s.count, hi - span.end < 60, s[hi] != "\n", !(isSentenceFinal(s[hi]) && hi + 1 < s.count && s[hi + 1] == " ") { hi += 1 }
            var k = lo
            while k < hi {
                guard isLetter(s[k]) else { k += 1; continue }
                var w = ""
                while k < hi, isLetter(s[k]) || s[k] == "." { w.unicodeScalars.append(s[k]); k += 1 }
                let lower = w.lowercased()
                let bare = lower.hasSuffix(".") && lexicon.ampmWords[lower] == nil ? String(lower.dropLast()) : lower
                if lexicon.partsOfDay[bare] != nil || lexicon.ampmWords[bare] != nil || lexicon.dayBreakWords.contains(bare) { return true }
            }
            return false
        }
        /// Whether the text writes a clock time in figures alone past 12:59 or with a
        /// leading zero ("21:00", "07:45", "0800"): a 24-hour clock. (Read once.)
        var twentyFour: Bool?
        func twentyFourHourText() -> Bool {
            if let t = twentyFour { return t }
            let found = out.contains { t in
                guard let c = clock(t), t.span.end - t.span.start >= 4,
                      s[t.span.start..<t.span.end].allSatisfy({ isDigit($0) || $0 == ":" || $0 == "." }) else { return false }
                return c.hour >= 13 || s[t.span.start] == "0"
            }
            twentyFour = found
            return found
        }
        for (i, halfKnown) in bare where !halfKnown && !partOfDay.contains(i) && i < out.count {
            guard let c = clock(out[i]), (1...11).contains(c.hour), s[out[i].span.start] != "0" else { continue }
            /// The nearest time expression on each side that is a clock time of this day
            /// whose half is known, unless a day is named first.
            /// (a bounded walk: at most `nearestHalfReach` expressions, each gap read once,
            /// so that a sentence of thousands of dates costs no more per clock time)
            func neighbour(_ step: Int) -> (hour: Int, minute: Int, distance: Int, twentyFour: Bool, span: Bool)? {
                var j = i + step
                while j >= 0 && j < out.count && abs(j - i) <= TemporalTagger.nearestHalfReach {
                    let gap = step < 0 ? (out[j].span.end, out[i].span.start) : (out[i].span.end, out[j].span.start)
                    // (only the stretch between this expression and the one before it is new)
                    let fresh = step < 0 ? (out[j].span.end, out[j + 1].span.start) : (out[j - 1].span.end, out[j].span.start)
                    guard sameSentence(fresh.0, fresh.1) else { return nil }
                    if let n = clock(out[j]) {
                        guard n.date == c.date, n.hour >= 12 || known.contains(j) else { return nil }
                        // (joined as the ends of one stretch: "from 8 a.m. to 5:30")
                        let joined = TemporalTagger.linking(s, gap.0, gap.1, maxLength: 12, words: lexicon.rangeJoiners, dashes: true)
                        let list = TemporalTagger.links(s, gap.0, gap.1, maxLength: 12, words: lexicon.listJoiners, dashes: false) ?? 0
                        let span = joined.map { $0.words + $0.dashes == 1 } == true && list == 0
                        return (n.hour, n.minute ?? 0, gap.1 - gap.0, n.hour >= 13 && !known.contains(j) && isDigit(s[out[j].span.start]), span)
                    }
                    // (a part of this day is passed: "at 4:20 in the afternoon and left at 6:10")
                    if let v = Timex3Value(out[j].value), let d = v.calendarDay,
                       !(out[j].type == .time && d == c.date) { return nil }
                    j += step
                }
                return nil
            }
            let before = neighbour(-1), after = neighbour(1)
            let startsStretch: Bool
            let near: (hour: Int, minute: Int, distance: Int, twentyFour: Bool, span: Bool)
            switch (before, after) {
            case (nil, nil):
                // With no clock time of its day beside it, an hour from one to five written
                // in figures with its minutes is in the afternoon, the hours people keep
                // ("pushed to 4:30", "closes at 5:30"; a night's hour is written "4:30
                // a.m."): not in a text that keeps a 24-hour clock ("07:45", "21:00").
                // (figures alone: "4:30", not "5 o'clock" nor "2:30 at night")
                // (nor with a part of the day or a.m. near it in its sentence: "at 2:30 at
                // night", "dawn broke at 5:10")
                guard lexicon.afternoonClockHours.contains(c.hour), c.minute != nil,
                      s[out[i].span.start..<out[i].span.end].allSatisfy({ isDigit($0) || $0 == ":" || $0 == "." }),
                      !twentyFourHourText(), !halfOfDayNamedNear(out[i].span) else { continue }
                out[i].value = Timex3Value.day(c.date, at: .clock(hour: c.hour + 12, minute: c.minute, second: c.second)).description
                continue
            case (let b?, nil): near = b; startsStretch = false
            case (nil, let a?): near = a; startsStretch = true
            case (let b?, let a?): (near, startsStretch) = b.distance <= a.distance ? (b, false) : (a, true)
            }
            // (a text that writes "21:00" keeps a 24-hour clock: "from 8:00 to 21:00")
            if near.twentyFour && isDigit(s[out[i].span.start]) { continue }
            let other = near.hour * 60 + near.minute
            let morning = c.hour * 60 + (c.minute ?? 0), evening = morning + 12 * 60
            if near.span {
                // A stretch runs forward: its end is the first reading after its start
                // ("from 8 a.m. to 5:30"), its start the last before its end ("from 7:30
                // to 10 p.m.").
                guard startsStretch ? evening < other : morning <= other && evening > other else { continue }
            } else {
                guard abs(evening - other) < abs(morning - other) else { continue }
            }
            out[i].value = Timex3Value.day(c.date, at: .clock(hour: c.hour + 12, minute: c.minute, second: c.second)).description
        }
        return out
    }

    /// "on Friday and Saturday", "before Monday or Tuesday", "adjourned Monday until
    /// Wednesday", "Thursday through Saturday": weekdays joined by a range word (or a
    /// comma) name days of one stretch; each was placed by the tense around it, which
    /// can send the second a week away from the first. The first stands; the second is
    /// the next such day after it for a span ("until", "through"), and the nearer one
    /// either way for a list, which need not be in order ("statements made Friday and
    /// Thursday").
    func orderJoinedWeekdays(_ timexes: [Timex], _ s: [Unicode.Scalar]) -> [Timex] {
        var out = timexes
        guard out.count >= 2 else { return out }
        for i in 1..<out.count {
            let (a, b) = (out[i - 1], out[i])
            // (the second day may carry its clock time: "Monday to Friday, 9am")
            let clocked = b.type == .time && leadingWeekday(b, s) != nil && Timex3Value(b.value)?.calendar?.time != nil
            guard a.type == .date, b.type == .date || clocked, b.span.start - a.span.end <= 12, isBareWeekday(a, s),
                  clocked || isBareWeekday(b, s),
                  let first = Timex3Value(a.value)?.calendarDay, let second = Timex3Value(b.value)?.calendarDay,
                  let n = TemporalTagger.links(s, a.span.end, b.span.start, maxLength: 12, words: lexicon.rangeJoiners, dashes: true),
                  n <= 1 else { continue }
            let between = String(String.UnicodeScalarView(s[a.span.end..<b.span.start])).lowercased()
            // (the word before the first day: "between Friday and Wednesday" is a span)
            var k = a.span.start
            while k > 0 && (s[k - 1] == " " || s[k - 1] == "\n") { k -= 1 }
            var w = k
            while w > 0 && s[w - 1].properties.isAlphabetic { w -= 1 }
            let opener = lexicon.spanOpeners.contains(String(String.UnicodeScalarView(s[w..<k])).lowercased())
            let list = !opener && (n == 0 || between.split(whereSeparator: { $0 == " " || $0 == "," }).contains { lexicon.listJoiners.contains(String($0)) })
            let ahead = (second.weekday - first.weekday + 7) % 7
            guard ahead != 0 else { continue }
            let shift = list && ahead > 3 ? ahead - 7 : ahead
            guard let placed = first.adding(days: shift), placed != second else { continue }
            if clocked, let time = Timex3Value(b.value)?.calendar?.time {
                out[i].value = Timex3Value.day(placed, at: time).description
                // (and the other end of its range of clock times: "Friday, 9am to 5pm")
                if i + 1 < out.count, out[i + 1].type == .time, let v = Timex3Value(out[i + 1].value), v.calendarDay == second,
                   let end = v.calendar?.time,
                   TemporalTagger.links(s, b.span.end, out[i + 1].span.start, maxLength: 8,
                                        words: lexicon.spanJoiners, dashes: true) == 1 {
                    out[i + 1].value = Timex3Value.day(placed, at: end).description
                }
            } else {
                out[i].value = Timex3Value.day(placed).description
            }
        }
        return out
    }

    /// Whether the word at i is a time word English writes in lowercase, capitalised in
    /// mid-sentence next to a capitalised word that is no function word or time word:
    /// part of a name or title ("USA Today", "India Today magazine", "High Noon",
    /// "Apocalypse Now", "former Midnight Oil star"). Not at a sentence's start
    /// ("Tonight Obama speaks"), not in capitals ("TONIGHT ONLY").
    func isPartOfName(_ tokens: [TToken], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.capitalized, !t.capitals, i > 0, tokens[i - 1].kind == .word,
              lexicon.lowercaseTimeWords.contains(t.lower) else { return false }
        func nameWord(_ k: Int) -> Bool {
            guard k >= 0, k < tokens.count, tokens[k].kind == .word, tokens[k].capitalized else { return false }
            let w = tokens[k].lower
            return !lexicon.functionWords.contains(w) && lexicon.months[w] == nil && lexicon.weekdays[w] == nil
                && lexicon.postWeekdays[w] == nil && !lexicon.lowercaseTimeWords.contains(w)
        }
        return nameWord(i - 1) || nameWord(i + 1)
    }

    /// "Open Mon-Fri 9am-5pm", "Monday to Friday, 9:00-17:00", "Closed Sat-Sun": two
    /// weekdays joined as a range with no word before them that makes them one week's
    /// days (see `TimeLexicon.weekdayRangeGovernors`), followed by a clock time or
    /// written as a timetable writes them (both abbreviated, joined by a dash), in a
    /// clause not told in the past nor with a future auxiliary, are a timetable: each
    /// weekday a SET of that weekday, and the clock times after them (a range's two
    /// ends) SETs of that time every day (TIMEX3 has no value for a range of weekdays).
    /// A weekday merged with its clock time ("Fri 9am") is split into the two.
    func weekdayRangeTimetables(_ timexes: [Timex], _ s: [Unicode.Scalar]) -> [Timex] {
        guard timexes.count >= 2 else { return timexes }
        let rangeWords = lexicon.spanJoiners
        func leadingWeekday(_ t: Timex) -> (end: Int, day: Int, abbreviated: Bool)? { self.leadingWeekday(t, s) }
        func clockPart(_ t: Timex) -> Substring? { t.type == .time ? TemporalTagger.clockPart(t.value) : nil }
        /// Whether only spaces, commas or a colon lie between two offsets.
        func adjacent(_ from: Int, _ to: Int) -> Bool {
            from <= to && to - from <= 3 && s[from..<to].allSatisfy { $0 == " " || $0 == "," || $0 == ":" }
        }
        func told(_ t: Timex) -> Bool {
            guard let tense = t.tense else { return false }
            if tense.hasPrefix("past") { return true }
            guard let open = tense.firstIndex(of: "("), let close = tense.lastIndex(of: ")"), open < close else { return false }
            return lexicon.strongTenseCues[String(tense[tense.index(after: open)..<close])] != nil
        }
        func setOf(_ t: inout Timex, _ value: String) {
            t.type = .set; t.value = value; t.anchor = nil; t.isRelative = false; t.mod = nil; t.tense = nil
        }
        var out: [Timex] = []
        out.reserveCapacity(timexes.count + 1)
        var i = 0
        while i < timexes.count {
            let a = timexes[i]
            guard i + 1 < timexes.count, a.type == .date, isBareWeekday(a, s),
                  let first = leadingWeekday(a), first.end == a.span.end || first.end + 1 >= a.span.end else {
                out.append(a); i += 1; continue
            }
            var b = timexes[i + 1]
            guard b.type == .date || b.type == .time, let second = leadingWeekday(b), second.day != first.day,
                  let n = TemporalTagger.links(s, a.span.end, b.span.start, maxLength: 12, words: rangeWords, dashes: true), n == 1
            else { out.append(a); i += 1; continue }
            // (the word before the first day)
            var k = a.span.start
            while k > 0 && (s[k - 1] == " " || s[k - 1] == "\n") { k -= 1 }
            var w = k
            while w > 0 && isLetter(s[w - 1]) { w -= 1 }
            if w < k, lexicon.weekdayRangeGovernors.contains(s.lowered(w..<k)) { out.append(a); i += 1; continue }
            // (the clock time merged into the second day, or the one right after it)
            let merged = b.type == .time && clockPart(b) != nil && second.end < b.span.end
            let dashed = s[a.span.end..<b.span.start].contains { $0 == "-" || $0 == "\u{2013}" }
            // Told in the past only as a listing's label, a participle with no subject that
            // opens its line or sentence before two abbreviated days: "Closed Sat-Sun".
            if told(a) {
                var p = w
                while p > 0 && s[p - 1] == " " { p -= 1 }
                let opens = w < k && (p == 0 || [".", "!", "?", ":", "\n"].contains(s[p - 1]))
                guard opens, dashed, first.abbreviated, b.type == .date, second.abbreviated else { out.append(a); i += 1; continue }
            }
            let clockAfter = i + 2 < timexes.count && clockPart(timexes[i + 2]) != nil && adjacent(b.span.end, timexes[i + 2].span.start)
            guard b.type == .date ? (isBareWeekday(b, s) && (clockAfter || (dashed && first.abbreviated && second.abbreviated))) : merged
            else { out.append(a); i += 1; continue }
            var a2 = a
            setOf(&a2, "XXXX-WXX-\(first.day)")
            out.append(a2)
            var next = i + 2
            var clocks: [Timex] = []
            if merged, let clock = clockPart(b) {
                var c = b
                var start = second.end
                while start < b.span.end && (s[start] == " " || s[start] == ",") { start += 1 }
                c.span = Span(start, b.span.end)
                setOf(&c, TemporalTagger.everyDay + "T" + clock)
                b.span = Span(b.span.start, second.end)
                setOf(&b, "XXXX-WXX-\(second.day)")
                out.append(b)
                clocks.append(c)
            } else {
                setOf(&b, "XXXX-WXX-\(second.day)")
                out.append(b)
                if clockAfter, let clock = clockPart(timexes[next]) {
                    var c = timexes[next]
                    setOf(&c, TemporalTagger.everyDay + "T" + clock)
                    clocks.append(c)
                    next += 1
                }
            }
            // (the other end of a range of clock times: "9am-5pm", "9:00 to 17:00")
            if let last = clocks.last, next < timexes.count, let clock = clockPart(timexes[next]),
               TemporalTagger.links(s, last.span.end, timexes[next].span.start, maxLength: 12, words: rangeWords, dashes: true) == 1 {
                var c = timexes[next]
                setOf(&c, TemporalTagger.everyDay + "T" + clock)
                clocks.append(c)
                next += 1
            }
            out.append(contentsOf: clocks)
            i = next
        }
        return out
    }

    /// The weekday word an expression starts with ("Fri" of "Fri 9am"): where it ends
    /// (after its period), its day (1 = Monday) and whether it is abbreviated.
    func leadingWeekday(_ t: Timex, _ s: [Unicode.Scalar]) -> (end: Int, day: Int, abbreviated: Bool)? {
        var e = t.span.start
        while e < t.span.end && isLetter(s[e]) { e += 1 }
        let word = s.lowered(t.span.start..<e)
        guard let day = lexicon.weekdays[word] ?? lexicon.postWeekdays[word] else { return nil }
        let full = lexicon.weekdays.filter { $0.value == day }.map(\.key.count).max() ?? word.count
        if e < t.span.end && s[e] == "." { e += 1 }
        return (e, day, word.count < full)
    }

    /// An expression that is only a weekday's name ("Friday", "Sat."), not "last Friday".
    func isBareWeekday(_ t: Timex, _ s: [Unicode.Scalar]) -> Bool {
        guard t.span.end - t.span.start <= 12 else { return false }
        var word = String(String.UnicodeScalarView(s[t.span.start..<t.span.end])).lowercased()
        if word.hasSuffix(".") { word.removeLast() }
        return lexicon.weekdays[word] != nil || lexicon.postWeekdays[word] != nil
    }

    /// What lies between two expressions, if it only links them: spaces, commas
    /// and words of `words` (with `dashes`, also `-` and en dashes), within
    /// `maxLength` characters. Returns how many linking words and dashes there
    /// are, nil when anything else stands between.
    static func links(_ s: [Unicode.Scalar], _ from: Int, _ to: Int, maxLength: Int, words: Set<String>, dashes: Bool) -> Int? {
        linking(s, from, to, maxLength: maxLength, words: words, dashes: dashes).map { $0.words + $0.dashes }
    }

    /// The linking words and dashes between two expressions (see `links`); a dash
    /// also ends a word ("and full-year": "full", "year"). Without `commas`, a comma
    /// is something else.
    static func linking(_ s: [Unicode.Scalar], _ from: Int, _ to: Int, maxLength: Int, words: Set<String>, dashes: Bool,
                        commas: Bool = true) -> (words: Int, dashes: Int)? {
        guard from <= to, to - from <= maxLength else { return nil }
        var word = String.UnicodeScalarView()
        var found = (words: 0, dashes: 0)
        for c in s[from..<to] + [" "] {
            let dash = dashes && (c == "-" || c == "\u{2013}")
            if c == " " || (commas && c == ",") || c == "\u{A0}" || dash {
                if !word.isEmpty {
                    guard words.contains(String(word).lowercased()) else { return nil }
                    found.words += 1
                    word = String.UnicodeScalarView()
                }
                if dash { found.dashes += 1 }
            } else if c.properties.isAlphabetic {
                word.append(c)
            } else {
                return nil
            }
        }
        return found
    }

    /// Whether the text of a span holds a month's name (a word of the lexicon's months).
    func namesMonth(_ s: [Unicode.Scalar], _ span: Span) -> Bool {
        var k = span.start
        while k < span.end {
            guard isLetter(s[k]) else { k += 1; continue }
            let start = k
            while k < span.end && isLetter(s[k]) { k += 1 }
            if lexicon.months[s.lowered(start..<k)] != nil { return true }
        }
        return false
    }

    /// "June and July 1918", "the summer and autumn 1918", "May, June and July 1918",
    /// "the spring and into the summer of 1917": a month or season joined (by commas
    /// and a joining word only, or "and" with a word that carries it on) to a later
    /// one that names its year is in that year; a month later in the calendar than
    /// the one it is joined to is in the year before ("December to February 1918").
    func shareYears(_ timexes: [Timex], _ s: [Unicode.Scalar]) -> [Timex] {
        var out = timexes
        guard out.count >= 2 else { return out }
        func joined(_ from: Int, _ to: Int) -> Bool {
            guard from < to else { return false }
            if (TemporalTagger.links(s, from, to, maxLength: 16, words: lexicon.rangeJoiners, dashes: true) ?? 2) <= 1 { return true }
            // ("and into", "into": the words between, in order)
            guard to - from <= 16 else { return false }
            let words = String(String.UnicodeScalarView(s[from..<to])).lowercased()
                .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" }).map(String.init)
            switch words.count {
            case 1: return lexicon.rangeContinuers.contains(words[0])
            case 2: return lexicon.listJoiners.contains(words[0]) && lexicon.rangeContinuers.contains(words[1])
            default: return false
            }
        }
        /// Whether the text between holds only words of `words`, spaces and hyphens
        /// ("and full-year"), and at least one word.
        func onlyWords(_ from: Int, _ to: Int, _ words: Set<String>) -> Bool {
            (TemporalTagger.linking(s, from, to, maxLength: 24, words: words, dashes: true, commas: false)?.words ?? 0) > 0
        }
        for i in stride(from: out.count - 2, through: 0, by: -1) {
            let a = out[i], b = out[i + 1]
            // "Q4 and full-year 2025 results": a quarter joined to a year by the lexicon's
            // words for a whole year is a quarter of that year.
            if a.type == .date, b.type == .date, a.isRelative, !b.isRelative, a.span.end <= b.span.start, b.span.start - a.span.end <= 24,
               onlyWords(a.span.end, b.span.start, lexicon.quarterYearLinks),
               case .quarter(.known(let q))? = Timex3Value(a.value)?.calendar?.part,
               let second = Timex3Value(b.value)?.calendar, second.part == nil, !second.beforeChrist,
               case .year(.known(let y)) = second.period {
                out[i].value = Timex3Value.quarter(y, q).description
                out[i].anchor = nil
                out[i].isRelative = false
                out[i].tense = nil
                continue
            }
            // "in December in 1999": a month without its year, then "in" and a year, is
            // in that year (the second phrase narrows the first).
            if a.type == .date, b.type == .date, a.isRelative, !b.isRelative, a.span.end <= b.span.start,
               b.span.start - a.span.end <= 6, onlyWords(a.span.end, b.span.start, lexicon.monthInYearLinks),
               let first = Timex3Value(a.value)?.calendar, case .month(.known(let month))? = first.part, first.time == nil,
               let second = Timex3Value(b.value)?.calendar, second.part == nil, !second.beforeChrist,
               case .year(.known(let y)) = second.period {
                out[i].value = CalendarValue(period: .year(.known(y)), part: .month(.known(month))).description
                out[i].anchor = nil
                out[i].isRelative = false
                out[i].tense = nil
                continue
            }
            // (the text between first: a few characters at most, before any value is parsed)
            guard a.type == .date, b.type == .date, joined(a.span.end, b.span.start) else { continue }
            // "from 1354 to 1345 B.C.": a year joined to a year before Christ is one too.
            if !a.isRelative, let first = Timex3Value(a.value)?.calendar,
               !first.beforeChrist, first.part == nil, case .year(.known(let y)) = first.period,
               let second = Timex3Value(b.value)?.calendar, second.beforeChrist, second.part == nil,
               case .year(.known(let y2)) = second.period, y > y2 {
                out[i].value = CalendarValue(beforeChrist: true, period: .year(.known(y))).description
                continue
            }
            // "from November to February", "May through August": two months with no year
            // written, joined as the ends of one stretch (not listed, "May and August"),
            // run forward and within a year. Told in the past, the end stands and the
            // start is the last such month before it; else the start stands and the end
            // is the first such month after it.
            if a.isRelative, b.isRelative, let x = Timex3Value(a.value)?.calendar, let z = Timex3Value(b.value)?.calendar,
               x.time == nil, z.time == nil, case .month(.known(let m1))? = x.part, case .month(.known(let m2))? = z.part, m1 != m2,
               !x.beforeChrist, !z.beforeChrist, case .year(.known(let y1)) = x.period, case .year(.known(let y2)) = z.period,
               !(y2 * 12 + m2 > y1 * 12 + m1 && y2 * 12 + m2 - (y1 * 12 + m1) < 12),
               TemporalTagger.links(s, a.span.end, b.span.start, maxLength: 12, words: lexicon.spanJoiners, dashes: true) == 1 {
                if (b.tense ?? a.tense ?? "").hasPrefix("past") {
                    out[i].value = Timex3Value.month(m1 < m2 ? y2 : y2 - 1, m1).description
                } else {
                    out[i + 1].value = Timex3Value.month(m2 > m1 ? y1 : y1 + 1, m2).description
                }
                continue
            }
            guard a.isRelative, !b.isRelative,
                  let first = Timex3Value(a.value)?.calendar?.part, let second = Timex3Value(b.value),
                  let year = second.knownYear, let part = second.calendar?.part else { continue }
            let shared: Timex3Value
            switch (first, part) {
            case (.month(.known(let m)), .month(.known(let later))): shared = .month(m > later ? year - 1 : year, m)
            // (seasons share the year as written: "the winter-spring of 1920" is 1920-WI)
            case (.season(let x), .season): shared = .season(year, x)
            // "26 June - 4 August 1952": a day joined to a later day that names its year
            // takes that year (the year before when its month comes later in the
            // calendar); "from the 13th to the 19th of October", where the first day
            // names no month of its own (its month came from the context), takes the
            // month too.
            case (.monthDay(.known(let m), .known(let d)), .monthDay(.known(let m2), .known(let d2))):
                if namesMonth(s, a.span) {
                    guard let date = CalendarDate(year: m > m2 ? year - 1 : year, month: m, day: d) else { continue }
                    shared = .day(date)
                } else {
                    guard d <= d2, let date = CalendarDate(year: year, month: m2, day: d) else { continue }
                    shared = .day(date)
                }
            default: continue
            }
            out[i].value = shared.description
            out[i].anchor = nil
            out[i].isRelative = false
            out[i].tense = nil
        }
        return out
    }

    /// Whether a text tells a story of another time than its writing (a history, a
    /// retrospective, an encyclopedia article). It does when it has no publication
    /// date (nor a corpus anchor standing in for one), or when most of the years it
    /// names lie two or more years before that date, at least four different ones,
    /// outweighing its words that count from the time of writing ("said Monday",
    /// "last year"), each of which weighs as two years. Forecasts name later years
    /// and are still news.
    /// Relative expressions in such a text follow the story, not the publication date.
    static func isNarrative(_ values: [(TimexType, FilledTemplate?)], published: CalendarDate?) -> Bool {
        guard let p = published else { return true }
        var years = 0, far = 0, speech = 0
        var farYears = Set<Int>()
        // (whether the text's first time is an old day written in full, and how many
        // words count from the time of writing besides "today", which a history uses
        // for "nowadays")
        var opensWithOldDay: Bool?
        // (a first day without its year that the next one lends its year to, "from 14
        // March to 2 August 1711", opens with that old day too)
        var firstYearless = false
        var speechBesidesToday = 0, yearless = 0
        // (whether a word that counts from the time of writing comes before any year:
        // news opens on its own day, "Today the company said…")
        var opensWithSpeech = false
        for (type, typed) in values where type == .date || type == .time {
            guard let typed else { continue }
            if opensWithOldDay == nil {
                if case .literal(let value) = typed.value, let y = value.astronomicalYear {
                    // (a part of that day or a time on it opens with it too: "On the
                    // morning of June 6, 1944, …")
                    opensWithOldDay = (type == .date || type == .time) && value.calendarDay != nil && y <= p.year - 2
                } else if !firstYearless, type == .date, case .monthDay(_, _?) = typed.value {
                    firstYearless = true
                } else { opensWithOldDay = false }
            }
            if typed.form == .monthDay { yearless += 1 }
            // Words that count from the time of writing ("last year", "on Thursday" in a
            // report) are the mark of news ("the next year" follows a story: it is not).
            // (a time names a year when it writes its date: "the night of 14 May 1941")
            if type == .date, typed.isDeictic || typed.form == .weekday {
                if years == 0 && speech == 0 { opensWithSpeech = true }
                speech += 1
                if case .days(0) = typed.value {} else { speechBesidesToday += 1 }
                continue
            }
            guard case .literal(let value) = typed.value, let y = value.astronomicalYear else { continue }
            years += 1
            if y <= p.year - 2 { far += 1; farYears.insert(y) }
        }
        // A story moves through several years; news recalls a few for background and
        // keeps coming back to the time of writing (each such word weighs two years).
        // A text that never comes back to it (no word that counts from it, no year near
        // it) but names two old years or more is a history, however short: "The crisis
        // began in July 1956 … in October … the canal reopened in April 1957". (A closing
        // "today" is a history's "nowadays": "… Today the battlefield is a park"; one
        // before any year opens news on its own day.)
        // So is one that opens with an old day written in full, goes on through months
        // and days without their year (two or more), and never names a near year or
        // counts from the time of writing ("The siege began on 3 September 1854 … By
        // mid-October … on 25 October … Today the battlefield is a park"): news opens on
        // its own time, and recalls an old day only after it. (A first day that takes
        // its year from the second counts as one: "from 14 March to 2 August 1711"; the
        // two yearless days it needs are then besides it.)
        return farYears.count >= 4 && far * 2 > years + 2 * speech
            || farYears.count >= 2 && (speech == 0 || speechBesidesToday == 0 && !opensWithSpeech) && far == years
            || opensWithOldDay == true && far == years && speechBesidesToday == 0 && yearless >= (firstYearless ? 3 : 2)
    }

    /// Whether the expression at token `start` places its clause's events: a
    /// preposition that does so stands before it ("in 2009", "On 6 June 1944", "By late
    /// July"), or it opens its sentence ("October saw …").
    func placesItsClause(_ tokens: [TToken], _ start: Int, sentenceStart: Int) -> Bool {
        guard start > 0, tokens[start - 1].start >= sentenceStart else { return true }
        return lexicon.framingPrepositions.contains(tokens[start - 1].lower)
    }

    /// Whether a present perfect ("has died", "have been killed") stands in tokens
    /// lo..<hi.
    func hasPresentPerfect(_ tokens: [TToken], _ lo: Int, _ hi: Int) -> Bool {
        var k = lo
        while k + 1 < min(hi, tokens.count) {
            if lexicon.presentPerfectAuxiliaries.contains(tokens[k].lower), tokens[k + 1].kind == .word {
                let next = tokens[k + 1]
                if next.types & TokenType.pastCue != 0
                    || lexicon.pastParticipleSuffixes.contains(where: { next.lower.utf8.count > 3 && next.lower.hasSuffix($0) }) {
                    return true
                }
            }
            k += 1
        }
        return false
    }

    /// Whether a word that fixes the tense of a time after it ("since") stands in
    /// tokens lo..<hi.
    func hasGoverningWord(_ tokens: [TToken], _ lo: Int, _ hi: Int) -> Bool {
        var k = lo
        while k < min(hi, tokens.count) {
            if lexicon.governingTense[tokens[k].lower] != nil { return true }
            k += 1
        }
        return false
    }

    /// Whether the tense cue `cue` of an expression at tokens start..<end is a present
    /// perfect's participle in its clause ("61 have died", "has already fallen"): the
    /// nearest such word within the sentence, with its auxiliary just before it (or an
    /// adverb between), and no clause break, infinitive or list joiner between it and
    /// the expression ("has agreed to meet in December", "has fallen, and will rise in
    /// December" are not).
    func perfectGoverns(_ tokens: [TToken], cue: String, _ start: Int, _ end: Int, sentenceStart: Int, sentenceEnd: Int) -> Bool {
        var k = -1
        var d = 1
        while d <= 12 {
            if start - d >= 0, tokens[start - d].start >= sentenceStart, tokens[start - d].lower == cue { k = start - d; break }
            if end + d - 1 < tokens.count, tokens[end + d - 1].start < sentenceEnd, tokens[end + d - 1].lower == cue { k = end + d - 1; break }
            d += 1
        }
        guard k >= 1 else { return false }
        var a = k - 1
        if a >= 1, lexicon.perfectAdverbs.contains(tokens[a].lower) { a -= 1 }
        guard lexicon.presentPerfectAuxiliaries.contains(tokens[a].lower) else { return false }
        let (lo, hi) = k < start ? (k + 1, start) : (end, a)
        var i = lo
        // (the comma after a fronted time opens no clause: "In December alone, 61 have died")
        var frontComma = k > start && isFronted(tokens, start, sentenceStart: sentenceStart)
        while i < hi {
            let t = tokens[i]
            if t.types & TokenType.clauseBreak != 0 || t.lower == lexicon.context.infinitiveMarker || lexicon.listJoiners.contains(t.lower) {
                guard frontComma, t.lower == ",", i <= end + 2 else { return false }
                frontComma = false
            }
            i += 1
        }
        return true
    }

    /// Whether the tense cue `cue` of a month or day at tokens start..<end (after its
    /// preposition at start − 1) is the verb of the clause whose events the month
    /// holds: a simple past or a future's "will" (`future`) just before the
    /// preposition, with only the verb ("will open in", "was held in", "will be held
    /// in") and at most one word that is not a determiner, number or preposition
    /// ("fell sharply in", "took place in") between; or after the month fronted at the
    /// sentence's start ("In October it will open"), with no clause break, infinitive
    /// or list joiner between but the comma after the time. Not when the verb tells an
    /// event expected ("was expected in December", "were due in January"), and a verb
    /// with its object ("said the talks in December") never qualifies.
    func verbGoverns(_ tokens: [TToken], cue: String, future: Bool, _ start: Int, _ end: Int, sentenceStart: Int, sentenceEnd: Int) -> Bool {
        if future && !lexicon.speechFutureCues.contains(cue) { return false }
        let prep = start - 1
        func isCue(_ i: Int) -> Bool { i >= 0 && tokens[i].start >= sentenceStart && tokens[i].lower == cue }
        func expects(_ i: Int) -> Bool { i >= 0 && lexicon.expectationWords.contains(tokens[i].lower) }
        // The verb at v, the preposition right after it or after one filler word.
        func verbAt(_ v: Int) -> Bool {
            guard v >= 1, tokens[v].start >= sentenceStart, tokens[v].kind == .word, !expects(v),
                  tokens[v].types & (TokenType.determiner | TokenType.cardinal) == 0,
                  !lexicon.pastAsAdjectiveAfter.contains(tokens[v].lower) else { return false }
            if future {
                if isCue(v - 1) { return true }
                // ("will be held", "will also open")
                let between = tokens[v - 1].lower
                return (lexicon.bareBe.contains(between) || lexicon.perfectAdverbs.contains(between)) && isCue(v - 2) && !expects(v - 1)
            }
            // ("died in", or "was held in" after the past's auxiliary)
            return tokens[v].lower == cue || (isCue(v - 1) && lexicon.pastAuxiliaries.contains(cue))
        }
        // (not in a condition: "If the government fell on Dec. 8", at most 30 tokens back)
        func conditional(before v: Int) -> Bool {
            var i = v - 1
            while i >= 0, i >= v - 30, tokens[i].start >= sentenceStart {
                if lexicon.conditionalOpeners.contains(tokens[i].lower) { return true }
                i -= 1
            }
            return false
        }
        if prep >= 1, verbAt(prep - 1) { return !conditional(before: prep - 1) }
        if prep >= 2 {
            let f = tokens[prep - 1]
            // (a regular past before a word that is not an adverb may be an adjective
            // before its noun: "the industrialised nations on January 1")
            let v = prep - 2
            let regular = tokens[v].types & (TokenType.strongPast | TokenType.pastCue) == 0
            if f.kind == .word, f.types & (TokenType.determiner | TokenType.cardinal | TokenType.clauseBreak) == 0,
               !lexicon.pastAsAdjectiveAfter.contains(f.lower), !lexicon.listJoiners.contains(f.lower),
               f.lower != lexicon.context.infinitiveMarker, !expects(prep - 1),
               future || !regular || (f.lower.utf8.count > 4 && f.lower.hasSuffix(lexicon.context.adverbSuffix)),
               verbAt(v) { return !conditional(before: v) }
        }
        // Fronted: "In October(,) it will open", "In December alone, 61 soldiers died".
        guard isFronted(tokens, start, sentenceStart: sentenceStart) else { return false }
        var k = end
        var frontComma = true
        while k < tokens.count, k < end + 12, tokens[k].start < sentenceEnd {
            let t = tokens[k]
            if t.lower == cue {
                return !expects(k) && !(k + 1 < tokens.count && expects(k + 1)) && !conditional(before: k)
            }
            if t.types & TokenType.clauseBreak != 0 || t.lower == lexicon.context.infinitiveMarker || lexicon.listJoiners.contains(t.lower) {
                guard frontComma, t.lower == ",", k <= end + 2 else { return false }
                frontComma = false
            }
            k += 1
        }
        return false
    }

    /// "Two hours later", "30 minutes earlier" after a clock time of a known day in
    /// their paragraph (the last day or time named before them, once every day and
    /// clock time has its final value): that clock time moved by so many hours or
    /// minutes, a TIME ("at 9:15 a.m. … Two hours later" is 11:15 that day).
    static func clockShifted(_ timexes: [Timex], _ shifts: [(start: Int, minutes: Int?, paragraph: Int)]) -> [Timex] {
        guard !shifts.isEmpty else { return timexes }
        var out = timexes
        var next = 0
        for i in out.indices {
            while next < shifts.count && shifts[next].start < out[i].span.start { next += 1 }
            guard next < shifts.count, shifts[next].start == out[i].span.start, out[i].type == .time else { continue }
            let shift = shifts[next]
            // (with no such clock time, the day it was counted to, as before)
            guard let moved = shift.minutes, let base = lastClockTime(Array(out[max(0, i - 4)..<i]), since: shift.paragraph)
            else { out[i].type = .date; continue }
            let minutes = base.hour * 60 + base.minute + moved
            let dayShift = Int((Double(minutes) / 1440).rounded(.down))
            guard let day = base.day.adding(days: dayShift) else { out[i].type = .date; continue }
            let m = minutes - dayShift * 1440
            out[i].type = .time
            out[i].value = day.description + "T" + twoDigits(m / 60) + ":" + twoDigits(m % 60)
            out[i].anchor = .narrative(base.day, offset: base.offset, precision: .day)
        }
        return out
    }

    /// The clock time of a known day that the latest date or time expression found
    /// since `offset` names ("at 9:15 a.m. on Sunday", "3am"), with its day and where
    /// it stands: a day named with it counts as the same ("at 3am on Sunday").
    static func lastClockTime(_ out: [Timex], since offset: Int) -> (day: CalendarDate, hour: Int, minute: Int, offset: Int)? {
        var k = out.count - 1
        var sawDay: CalendarDate?
        while k >= 0 && out[k].span.start >= offset {
            let t = out[k]
            k -= 1
            guard t.type == .date || t.type == .time else { continue }
            guard case .calendar(let c)? = Timex3Value(t.value), let day = Timex3Value(t.value)?.calendarDay else { return nil }
            if t.type == .date {
                // (a day named with the clock time just before it)
                guard sawDay == nil, c.time == nil else { return nil }
                sawDay = day
                continue
            }
            guard case .clock(let h, let m, _)? = c.time, sawDay == nil || sawDay == day else { return nil }
            return (day, h, m ?? 0, t.span.start)
        }
        return nil
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }

    /// Whether no date or time expression after `offset` is among those found so far
    /// (durations and sets may stand between).
    static func noDayOrTime(in out: [Timex], after offset: Int) -> Bool {
        var k = out.count - 1
        while k >= 0 && out[k].span.start > offset {
            if out[k].type == .date || out[k].type == .time { return false }
            k -= 1
        }
        return true
    }

    /// Whether a comparison cue ("compared", "as opposed", "as against", "down from")
    /// stands at most ten words before the expression, in its clause.
    func followsComparison(_ tokens: [TToken], _ start: Int, sentenceStart: Int) -> Bool {
        var i = start - 1, words = 0
        while i >= 0 && tokens[i].start >= sentenceStart && words < 10 {
            let t = tokens[i]
            if t.kind == .punct || t.kind == .boundary { return false }
            words += 1
            for cue in lexicon.comparisonCues where cue.last == t.lower && i + 1 >= cue.count {
                if cue.count == 1 || zip(cue.dropLast(), tokens[(i - cue.count + 1)..<i]).allSatisfy({ $0 == $1.lower }) { return true }
            }
            i -= 1
        }
        return false
    }

    /// Whether the expression at `start` ends a span ("until …") in a relative clause
    /// ("that …", "which …") of its sentence, with no comma or other clause break
    /// between: at most eight words back to the span word and eight more to the pronoun.
    func endsSpanInRelativeClause(_ tokens: [TToken], _ start: Int, sentenceStart: Int) -> Bool {
        var i = start - 1, words = 0
        var spanSeen = false
        while i >= 0 && tokens[i].start >= sentenceStart && words < 16 {
            let t = tokens[i]
            if t.kind == .punct || t.kind == .boundary { return false }
            words += 1
            if !spanSeen {
                if lexicon.spanEndWords.contains(t.lower) { spanSeen = true }
                else if words >= 8 { return false }
            } else if lexicon.relativePronouns.contains(t.lower) {
                return true
            }
            i -= 1
        }
        return false
    }

    /// Whether the expression ends the sentence's fronted adverbial: the sentence opens
    /// with a preposition, at most ten words lead to the expression with no punctuation
    /// between, and a comma follows it ("For the first ten months of 1915, Austria…").
    func endsFrontedPhrase(_ tokens: [TToken], _ start: Int, _ end: Int, sentenceStart: Int) -> Bool {
        guard end < tokens.count, tokens[end].lower == "," else { return false }
        var i = start - 1, words = 0
        while i >= 0 && tokens[i].start >= sentenceStart {
            if tokens[i].kind == .punct || tokens[i].kind == .boundary { return false }
            words += 1
            if words > 10 { return false }
            i -= 1
        }
        let first = i + 1
        return first < start && lexicon.frontingPrepositions.contains(tokens[first].lower)
    }

    /// The day and hour of a clock time said to be in a part of a day: an hour without
    /// a.m. or p.m. is in that part's half ("seven o'clock that evening" is 19:00), and
    /// the small hours of a night are after its midnight ("at 2am on Tuesday night" is
    /// Wednesday's).
    static func clockInPart(_ part: CalendarValue.PartOfDay, of d: CalendarDate, hour: Int, halfKnown: Bool) -> (CalendarDate, Int) {
        let small = halfKnown ? hour < 12 : hour < 6
        switch part {
        case .afternoon: return (d, !halfKnown && hour < 12 ? hour + 12 : hour)
        case .evening:
            // (an evening's "1am" is the next day's; its "at 5" the evening's 5 o'clock)
            if halfKnown, hour < 12, let next = d.adding(days: 1) { return (next, hour) }
            return (d, !halfKnown && hour < 12 ? hour + 12 : hour)
        case .night:
            if small, let next = d.adding(days: 1) { return (next, hour) }
            return (d, !halfKnown && hour < 12 ? hour + 12 : hour)
        default: return (d, hour)
        }
    }

    /// Whether a word names a unit or point of time ("week", "night", "Tuesday", "May").
    func namesTime(_ w: String) -> Bool {
        lexicon.units[w] != nil || lexicon.partsOfDay[w] != nil || lexicon.weekdays[w] != nil
            || lexicon.months[w] != nil || lexicon.seasons[w] != nil
    }

    /// Whether the year in tokens start..<end names a thing's year, not the clause's
    /// time: before a noun after a determiner or a possessive ("the 1994 peace accords",
    /// "Wales's 2005 tournament"; not "The 2006 Asian Games", a name), one end of a
    /// range of years ("the 1964-85 dictatorship") or a model's number ("Mirage 2000-D").
    func yearNamesAThing(_ tokens: [TToken], _ start: Int, _ end: Int) -> Bool {
        // (a season's or fiscal year's "2026/27" is a range too)
        func joins(_ k: Int) -> Bool { tokens[k].glued && (tokens[k].lower == "-" || tokens[k].lower == "/") }
        if start > 0, joins(start - 1) { return true }
        if end < tokens.count, joins(end) { return true }
        guard start > 0, end < tokens.count, tokens[end].kind == .word, !tokens[end].capitalized,
              !lexicon.functionWords.contains(tokens[end].lower) else { return false }
        return tokens[start - 1].types & TokenType.determiner != 0 || tokens[start - 1].lower == lexicon.context.possessive
    }

    /// Whether nothing between tokens `from` and `to` ends the sentence, or, unless
    /// what comes before opens the sentence, its clause (a comma, a conjunction, a
    /// relative pronoun). (A loop, not a closure: one that reads `lexicon` copies the
    /// tagger.)
    func clauseOpen(_ tokens: [TToken], _ from: Int, _ to: Int, sentenceEnds: Set<String>, fronted: Bool) -> Bool {
        var k = from
        while k < to {
            let w = tokens[k].lower
            if sentenceEnds.contains(w) { return false }
            if !fronted && (lexicon.clauseBreaks.contains(w) || lexicon.listJoiners.contains(w)) { return false }
            k += 1
        }
        return true
    }

    /// Whether an expression opens its sentence, after at most two words ("In 1942,",
    /// "Early in 1943", "By late 1944"): a fronted time adverbial sets the time frame
    /// for the sentences that follow.
    /// A time that a main clause with a pronoun subject dates with `in`: "She retired
    /// in 1996", "they finally moved in 1952". A pronoun is never the head of a reduced
    /// clause ("a campaign planned for 1976" leaves the story where it was), so the
    /// clause is the story's own next step.
    func isPronounClauseTime(_ tokens: [TToken], _ start: Int, sentenceStart: Int) -> Bool {
        guard start >= 3, tokens[start - 1].lower == lexicon.context.aheadPreposition else { return false }
        var v = start - 2
        guard tokens[v].kind == .word, tokens[v].lower.hasSuffix(lexicon.context.pastSuffix) || lexicon.pastCues.contains(tokens[v].lower)
        else { return false }
        v -= 1
        if v >= 0, tokens[v].lower.hasSuffix(lexicon.context.adverbSuffix) { v -= 1 }
        return v >= 0 && tokens[v].start >= sentenceStart && lexicon.subjectPronouns.contains(tokens[v].lower)
    }

    /// A time that a sentence's main clause in the past dates with `in`, with nothing
    /// but its subject before the verb and no clause break before the time: "Production
    /// resumed in late 1946", "It was acquired by a German group in 2021". The story
    /// goes on to it. (Not a clause after a comma or a relative pronoun, "a plant in
    /// Naples, which closed in 1983", nor a reduced clause after the main verb, "launched
    /// a campaign planned for 1976": its first verb is the main one.)
    func isMainClauseTime(_ tokens: [TToken], _ start: Int, sentenceStart: Int) -> Bool {
        guard start >= 2, tokens[start - 1].lower == lexicon.context.aheadPreposition else { return false }
        var i = start - 2
        var firstVerb: Int?
        while i >= 0 && tokens[i].start >= sentenceStart {
            if start - i > 20 { return false }
            let t = tokens[i]
            if t.types & TokenType.clauseBreak != 0 || t.kind == .boundary { return false }
            if t.kind == .word {
                if t.types & (TokenType.strongFuture | TokenType.modal | TokenType.futureCue) != 0 { return false }
                if t.types & (TokenType.strongPast | TokenType.pastCue | TokenType.presentBe) != 0
                    || (t.lower.utf8.count > 4 && t.lower.hasSuffix(lexicon.context.pastSuffix)) { firstVerb = i }
            }
            i -= 1
        }
        guard let v = firstVerb else { return false }
        return tokens[v].types & TokenType.presentBe == 0
    }

    func isFronted(_ tokens: [TToken], _ start: Int, sentenceStart: Int) -> Bool {
        var words = 0
        var i = start - 1
        while i >= 0 && tokens[i].start >= sentenceStart {
            if tokens[i].kind == .word { words += 1 }
            if words > 2 { return false }
            i -= 1
        }
        return true
    }

    /// Whether the token at `start` lies in a perfect-participle clause that opens its
    /// sentence ("Having secured New York in 1776, …"): the sentence's first word is
    /// such an opener ("after having" too) and no comma comes before the token, at
    /// most 30 tokens back (so that a run-on sentence costs no more than a normal one).
    func inAnteriorClause(_ tokens: [TToken], _ start: Int, sentenceStart: Int) -> Bool {
        guard !lexicon.anteriorClauseOpeners.isEmpty else { return false }
        var i = start - 1
        var first: Int?
        while i >= 0 && tokens[i].start >= sentenceStart {
            if start - i > 30 { return false }
            if tokens[i].kind == .punct && tokens[i].lower == "," { return false }
            if tokens[i].kind == .boundary { break }
            first = i
            i -= 1
        }
        guard var f = first else { return false }
        if !lexicon.anteriorClauseOpeners.contains(tokens[f].lower), f + 1 < start { f += 1 }
        return lexicon.anteriorClauseOpeners.contains(tokens[f].lower)
    }

    /// "April 24 and 25": a day after a month-day date joined by and/or/to/-
    /// becomes its own date with the same month (and year).
    func expandLists(_ matches: [TimexMatcher.Match], _ tokens: [TToken]) -> [TimexMatcher.Match] {
        var out: [TimexMatcher.Match] = []
        for (n, m) in matches.enumerated() {
            out.append(m)
            guard m.captures["month"] != nil, m.captures["day"] != nil, m.end + 1 < tokens.count else { continue }
            let joiner = tokens[m.end].lower
            guard lexicon.rangeJoiners.contains(joiner) else { continue }
            let dayToken = m.end + 1
            var captures = Captures()
            guard matcher.matchClass(.day, "day", tokens, dayToken, &captures) != nil else { continue }
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

    /// TimeML marks each end of a range as its own expression: "1915-17" is 1915 and
    /// 1917; in "6-7 January 1916", "from 15 to 22 February" and "the 28 and 29
    /// August" the first day is a date of the same month as the second.
    func expandRanges(_ matches: [TimexMatcher.Match], _ tokens: [TToken]) -> [TimexMatcher.Match] {
        var out: [TimexMatcher.Match] = []
        out.reserveCapacity(matches.count)
        let previousEnd = { (out: [TimexMatcher.Match]) in out.last?.end ?? 0 }
        for (n, m) in matches.enumerated() {
            // The first day of a day range before a day-month date.
            if let day = m.captures["day"], m.captures["month"] != nil, tokens[m.start].kind == .number || tokens[m.start].kind == .ordinal,
               tokens[m.start].number == Double(day) ?? -1, m.start >= 2 {
                let joiner = tokens[m.start - 1].lower
                let first = tokens[m.start - 2]
                if lexicon.rangeJoiners.contains(joiner), first.kind == .number || first.kind == .ordinal, first.digits <= 2,
                   first.number >= 1, first.number < tokens[m.start].number, m.start - 2 >= previousEnd(out) {
                    var extra = m
                    extra.start = m.start - 2
                    extra.end = m.start - 1
                    extra.captures["day"] = pad(Int(first.number), 2)
                    extra.captures["weekday"] = nil
                    out.append(extra)
                }
            }
            if let extra = hourRangeStart(m, tokens), extra.start >= previousEnd(out) { out.append(extra) }
            // The first year of a range before Christ whose era is written once, at its end
            // ("from 431 to 404 BC", "between 300 and 250 B.C."): years count down.
            if let y = m.captures["year"], y.hasPrefix("BC"), let last = Int(y.dropFirst(2)), m.start >= 2,
               lexicon.rangeJoiners.contains(tokens[m.start - 1].lower), case let first = tokens[m.start - 2],
               first.kind == .number, first.digits >= 1, first.digits <= 4, first.number > Double(last), first.number < 10_000,
               first.number == first.number.rounded(), m.start - 2 >= previousEnd(out),
               !(m.start >= 3 && first.glued && tokens[m.start - 3].kind != .punct) {
                var extra = m
                extra.start = m.start - 2
                extra.end = m.start - 1
                extra.captures["year"] = "BC" + pad(Int(first.number), 4)
                out.append(extra)
            }
            out.append(m)
            // The second year of "1915-17" (or of "2025/26", a season or fiscal year).
            if m.end == m.start + 1, let y = m.captures["year"].flatMap(Int.init), m.captures["month"] == nil,
               m.end + 1 < tokens.count, tokens[m.end].lower == "-" || tokens[m.end].lower == "/", tokens[m.end].glued,
               let end = TimexMatcher.shortRangeEnd(year: y, tokens, m.end + 1),
               n + 1 >= matches.count || matches[n + 1].start > m.end + 1 {
                var extra = m
                extra.start = m.end + 1
                extra.end = m.end + 2
                extra.captures["year"] = String(end)
                out.append(extra)
            }
        }
        return out
    }

    /// The first hour of a range of hours whose end says a.m. or p.m. ("1-4pm", "from
    /// 7 to 10 p.m.", "between 2 and 4 p.m.", "9:30-11:30am"): a clock time on the
    /// same day, in the half that keeps the range increasing ("9-5pm" starts at 9
    /// a.m., "11-12pm" at 11 a.m., "12-2pm" at noon).
    func hourRangeStart(_ m: TimexMatcher.Match, _ tokens: [TToken]) -> TimexMatcher.Match? {
        guard m.start >= 2, let half = m.captures["ampm"], half == "am" || half == "pm",
              lexicon.rangeJoiners.contains(tokens[m.start - 1].lower) else { return nil }
        let first = tokens[m.start - 2], end = tokens[m.start]
        let h2: Int, h1: Int, minutes: Int
        if m.captures["hour"] != nil, end.kind == .number, first.kind == .number, first.digits <= 2 {
            (h2, h1, minutes) = (Int(end.number), Int(first.number), 0)
        } else if m.captures["clock"] != nil, end.kind == .clock, first.kind == .clock {
            (h2, h1, minutes) = (Int(end.number) / 100, Int(first.number) / 100, Int(first.number) % 100)
        } else {
            return nil
        }
        guard (1...12).contains(h1), (1...12).contains(h2), minutes < 60 else { return nil }
        // (a number glued to a word or another number before it is no hour: "COVID-19 to 4 p.m.")
        if m.start >= 3, first.glued, tokens[m.start - 3].kind == .word || tokens[m.start - 3].kind == .number { return nil }
        let offset = half == "pm" ? 12 : 0
        let end24 = h2 % 12 + offset
        let sameHalf = (h1 % 12 + offset) * 60 + minutes < end24 * 60 + (end.kind == .clock ? Int(end.number) % 100 : 0)
        var extra = m
        extra.start = m.start - 2
        extra.end = m.start - 1
        extra.captures["ampm"] = sameHalf ? half : (half == "pm" ? "am" : "pm")
        if m.captures["hour"] != nil { extra.captures["hour"] = pad(h1, 2) } else { extra.captures["clock"] = pad(h1, 2) + pad(minutes, 2) }
        return extra
    }

    /// The index of the first token starting at or after `offset` (binary search).
    static func firstToken(_ tokens: [TToken], atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func tokensMention(_ tokens: [TToken], _ range: Range<Int>, _ words: Set<String>) -> Bool {
        var i = TemporalTagger.firstToken(tokens, atOrAfter: range.lowerBound)
        while i < tokens.count && tokens[i].start < range.upperBound {
            if words.contains(tokens[i].lower) { return true }
            i += 1
        }
        return false
    }

    /// "Saturday, Dec. 3", "11 a.m. Saturday, Dec. 3": a weekday followed by the date it
    /// falls on (a comma between) is that date's day, however far from the date of
    /// writing; the tense placed the weekday in the nearest week.
    func weekdaysOfTheirDates(_ timexes: [Timex], _ s: [Unicode.Scalar]) -> [Timex] {
        var out = timexes
        guard out.count >= 2 else { return out }
        for k in 0..<(out.count - 1) {
            let t = out[k + 1]
            guard out[k].isRelative, out[k].span.end <= t.span.start, t.span.start - out[k].span.end <= 3,
                  t.type == .date, s[out[k].span.end..<t.span.start].allSatisfy({ $0 == "," || $0 == " " }),
                  s[out[k].span.end..<t.span.start].contains(","),
                  var date = Timex3Value(t.value)?.calendarDay, let v = Timex3Value(out[k].value), let mine = v.calendarDay,
                  mine != date else { continue }
            // (the weekday ends the expression: "Saturday", "11 a.m. Saturday")
            var a = out[k].span.end
            while a > out[k].span.start && isLetter(s[a - 1]) { a -= 1 }
            guard lexicon.weekdays[s.lowered(a..<out[k].span.end)] != nil else { continue }
            // A date without its year takes the year, of those around, in which it falls
            // on the weekday ("11 a.m. Thursday, Jan. 15"), as one written with its weekday does.
            if (date.ordinal - mine.ordinal) % 7 != 0, t.isRelative, namesMonth(s, t.span),
               let agreeing = Optional([date.year - 1, date.year + 1].compactMap({ CalendarDate(year: $0, month: date.month, day: date.day) })
                .filter({ $0.weekday == mine.weekday })), agreeing.count == 1 {
                date = agreeing[0]
                out[k + 1].value = Timex3Value.day(date).description
            }
            guard (date.ordinal - mine.ordinal) % 7 == 0 else { continue }
            if out[k].type == .date, v.isDay {
                out[k].value = out[k + 1].value
            } else if out[k].type == .time, let time = v.calendar?.time {
                out[k].value = Timex3Value.day(date, at: time).description
            } else { continue }
            out[k].anchor = t.anchor
            out[k].isRelative = t.isRelative
        }
        return out
    }

    /// "the day after Labor Day", "the day before Christmas", "the day after March 3":
    /// the day next to the day named, one expression with it.
    func dayAfterOrBefore(_ timexes: [Timex], _ s: [Unicode.Scalar]) -> [Timex] {
        guard !lexicon.dayNextToPhrases.isEmpty else { return timexes }
        var out = timexes
        let longest = lexicon.dayNextToPhrases.keys.map(\.unicodeScalars.count).max() ?? 0
        for i in out.indices where out[i].type == .date {
            let start = out[i].span.start
            guard start > 0, let v = Timex3Value(out[i].value), v.isDay, let day = v.calendarDay,
                  i == 0 || out[i - 1].span.end <= start - longest else { continue }
            let lo = max(0, start - longest - 1)
            let before = s.lowered(lo..<start)
            for (phrase, shift) in lexicon.dayNextToPhrases where before.hasSuffix(phrase + " ") {
                let from = start - phrase.unicodeScalars.count - 1
                guard from >= 0, from == 0 || !isLetter(s[from - 1]), let next = day.adding(days: shift) else { continue }
                out[i].span = Span(from, out[i].span.end)
                out[i].value = Timex3Value.day(next).description
                break
            }
        }
        return out
    }

    /// "every year on 27 January", "in May each year": a month or a day of the month
    /// that names no year, joined to a yearly recurrence, is that recurrence (a SET of
    /// the calendar day, XXXX-01-27), not one day near the date of writing.
    func recurringDates(_ timexes: [Timex], _ s: [Unicode.Scalar]) -> [Timex] {
        var out = timexes
        for i in out.indices where out[i].type == .set && (out[i].value == "P1Y" || out[i].value == "XXXX") {
            for j in [i - 1, i + 1] where j >= 0 && j < out.count && out[j].type == .date && out[j].isRelative {
                let (a, b) = j > i ? (out[i].span.end, out[j].span.start) : (out[j].span.end, out[i].span.start)
                guard TemporalTagger.links(s, a, b, maxLength: 12, words: lexicon.recurrenceLinks, dashes: false) != nil,
                      let part = Timex3Value(out[j].value)?.calendar?.part else { continue }
                func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
                switch part {
                case .month(.known(let m)): out[j].value = "XXXX-" + two(m)
                case .monthDay(.known(let m), .known(let d)): out[j].value = "XXXX-" + two(m) + "-" + two(d)
                default: continue
                }
                out[j].type = .set
                out[j].anchor = nil
                out[j].isRelative = false
                out[j].tense = nil
            }
        }
        // "every Monday and Friday", "each Tuesday, Thursday or Saturday": weekdays in a
        // list after a weekly recurrence recur with it.
        for i in out.indices.dropLast() where out[i].type == .set {
            guard let c = Timex3Value(out[i].value)?.calendar, c.time == nil, case .weekDay? = c.part,
                  out[i + 1].type == .date, out[i + 1].isRelative,
                  let n = TemporalTagger.links(s, out[i].span.end, out[i + 1].span.start, maxLength: 6, words: lexicon.listJoiners, dashes: false),
                  n <= 1,
                  let day = lexicon.weekdays[String(String.UnicodeScalarView(s[out[i + 1].span.start..<out[i + 1].span.end])).lowercased()]
            else { continue }
            out[i + 1].type = .set
            out[i + 1].value = "XXXX-WXX-\(day)"
            out[i + 1].anchor = nil
            out[i + 1].isRelative = false
            out[i + 1].tense = nil
        }
        return out
    }

    /// Whether one of `words`, spaces and at most a comma before it stand between two
    /// offsets ("1969, on Christmas Day", "1941 on 22 June"; not "1941 and 22 June",
    /// nor a comma alone).
    static func isApposed(_ s: [Unicode.Scalar], _ from: Int, _ to: Int, words: Set<String>) -> Bool {
        guard from <= to, to - from <= 6 else { return false }
        var word = ""
        var comma = false
        for k in from..<to {
            let c = s[k]
            if c == "," { if comma || !word.isEmpty { return false }; comma = true }
            else if c == " " { continue }
            else if c.properties.isAlphabetic { word.unicodeScalars.append(c) }
            else { return false }
        }
        // (a comma alone lists: "in late 2025 and mid-2026, early March")
        return words.contains(word.lowercased())
    }

    /// "this coming Sunday, March 8": two dates for the same day joined by a comma are
    /// one expression.
    static func mergeAppositions(_ timexes: [Timex], _ s: [Unicode.Scalar]) -> [Timex] {
        var out: [Timex] = []
        out.reserveCapacity(timexes.count)
        for t in timexes {
            // (the cheap tests first: most neighbours are not within three characters)
            if let k = out.indices.last, out[k].span.end <= t.span.start, t.span.start - out[k].span.end <= 3,
               out[k].type == .date, t.type == .date,
               s[out[k].span.end..<t.span.start].allSatisfy({ $0 == "," || $0 == " " }),
               s[out[k].span.end..<t.span.start].contains(","),
               out[k].value == t.value, Timex3Value(t.value)?.namesADay ?? false {
                out[k].span = Span(out[k].span.start, t.span.end)
                continue
            }
            out.append(t)
        }
        return out
    }

    /// A title-cased phrase right after an opening quote is a title, not a time
    /// (ABC's "This Week," "Good Morning America"); so is a time word inside a short
    /// quoted phrase whose words are all capitalised ("High Noon", "The Day After
    /// Tomorrow"): the name of a work, not a time.
    /// A rule's value template with each `{name}` replaced by that capture, in one
    /// pass (captured text is inserted as it is, never read as a placeholder); a
    /// placeholder with no capture stays as written.
    static func fill(_ template: String, _ captures: [String: String]) -> String {
        let u = template.utf8
        guard !captures.isEmpty, u.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        var i = u.startIndex, literal = u.startIndex
        while i != u.endIndex {
            if u[i] == UInt8(ascii: "{"), let close = u[i...].firstIndex(of: UInt8(ascii: "}")),
               let v = captures[String(template[u.index(after: i)..<close])] {
                out += template[literal..<i]
                out += v
                i = u.index(after: close)
                literal = i
                continue
            }
            i = u.index(after: i)
        }
        out += template[literal...]
        return out
    }

    static func isQuotedTitle(_ m: TimexMatcher.Match, _ tokens: [TToken]) -> Bool {
        func isQuote(_ k: Int) -> Bool { k >= 0 && k < tokens.count && (tokens[k].lower == "\"" || tokens[k].lower == "``" || tokens[k].lower == "''") }
        let inside = tokens[m.start..<m.end].filter { $0.kind == .word }
        if m.start > 0, m.end - m.start >= 2, isQuote(m.start - 1), inside.count >= 2, inside.allSatisfy(\.capitalized) { return true }
        guard !inside.isEmpty, inside.allSatisfy(\.capitalized) else { return false }
        // Capitalised words (at most five each side) out to a quote on both sides.
        var lo = m.start - 1, before = 0
        while lo >= 0 && before < 5 && tokens[lo].kind == .word && tokens[lo].capitalized { lo -= 1; before += 1 }
        var hi = m.end, after = 0
        while hi < tokens.count && after < 5 && tokens[hi].kind == .word && tokens[hi].capitalized { hi += 1; after += 1 }
        return isQuote(lo) && isQuote(hi) && before + after >= 1
    }


    /// The tense around an expression, and the word that decided it. A governing
    /// preposition ("since") settles it; otherwise cues in the expression's own clause
    /// come before cues beyond a clause break (comma, "which", "when"…), auxiliaries and
    /// reporting verbs (will, had, was, said…) before weaker cues (expected, set to, an
    /// -ed word that is not a present passive), and nearer before farther (words before
    /// the expression a little before words after it). Words inside other time
    /// expressions are not cues.
    /// What each token says of tense, read once per text: a cue (future or past,
    /// strong or weak) and whether it ends a clause.
    struct TenseCues {
        /// 0 none, 1 future, 2 past.
        var cue: [UInt8]
        /// 0 strong (auxiliaries, reporting verbs), 1 weak, 2 a present progressive
        /// (only before the expression, in its clause).
        var strength: [UInt8]
        var clauseBreak: [Bool]
        /// A verb of commitment before "to": future only for a time after it; 0 none,
        /// 1 one whose form is past ("promised"), 2 one whose form is not ("vows").
        var commitment: [UInt8]
        /// An adjective of an event to come: a future cue for a time after it only.
        var prospective: [Bool]
    }

    func tenseCues(_ tokens: [TToken]) -> TenseCues {
        var cues = TenseCues(cue: Array(repeating: 0, count: tokens.count), strength: Array(repeating: 1, count: tokens.count),
                             clauseBreak: Array(repeating: false, count: tokens.count),
                             commitment: Array(repeating: 0, count: tokens.count),
                             prospective: Array(repeating: false, count: tokens.count))
        // Tokens typed by the matcher need no look-ups by string; others are typed here.
        // (tokens from `tag` are typed already: copy and type only those that are not)
        var untyped: [TToken] = []
        if let first = tokens.first, first.types & TokenType.assigned == 0 { untyped = tokens; matcher.assignTypes(&untyped) }
        let cx = lexicon.context
        (untyped.isEmpty ? tokens : untyped).withUnsafeBufferPointer { tokens in
            for i in tokens.indices {
                let t = tokens[i]
                let types = t.types
                if types & TokenType.clauseBreak != 0 { cues.clauseBreak[i] = true }
                guard t.kind == .word else { continue }
                // A negated auxiliary ("won't", "didn't") keeps the tense of its positive.
                if i + 1 < tokens.count, tokens[i + 1].glued, tokens[i + 1].lower == lexicon.negationClitic,
                   let tense = lexicon.negatedAuxiliaries[t.lower] {
                    cues.cue[i] = tense == "future" ? 1 : 2
                    cues.strength[i] = 0
                    continue
                }
                // ("after winning the trophy": a clause of its own)
                if types & TokenType.gerundOpener != 0, i + 1 < tokens.count, isParticiple(tokens[i + 1]) {
                    cues.clauseBreak[i] = true
                }
                if lexicon.prospectiveAdjectives.contains(t.lower)
                    || (lexicon.fixtureVerbs.contains(t.lower) && !(i > 0 && tokens[i - 1].types & TokenType.determiner != 0)
                        // (a verb before its opponent or "to": "host Rovers", "travels to
                        // Leeds"; not a noun before a time, "told his French hosts Tuesday")
                        && i + 1 < tokens.count && (tokens[i + 1].lower == cx.infinitiveMarker
                            || (tokens[i + 1].capitalized && lexicon.weekdays[tokens[i + 1].lower] == nil
                                && lexicon.months[tokens[i + 1].lower] == nil))) {
                    cues.cue[i] = 1
                    cues.prospective[i] = true
                    continue
                }
                if types & (TokenType.strongFuture | TokenType.strongPast) != 0 {
                    cues.cue[i] = types & TokenType.strongFuture != 0 ? 1 : 2
                    cues.strength[i] = 0
                    continue
                }
                let nextIsTo = i + 1 < tokens.count && tokens[i + 1].lower == cx.infinitiveMarker
                let previous: UInt32 = i > 0 ? tokens[i - 1].types : 0
                // (a verb's present after a determiner is a noun: "the ends", "its starts")
                if (types & TokenType.futureCue != 0
                    && !(previous & TokenType.determiner != 0 && lexicon.verbFutureCues.contains(t.lower)))
                    || (nextIsTo && types & TokenType.futureBeforeTo != 0) { cues.cue[i] = 1 }
                else if nextIsTo && types & TokenType.commitmentBeforeTo != 0 {
                    cues.cue[i] = 1
                    cues.commitment[i] = t.lower.hasSuffix(cx.pastSuffix) ? 1 : 2
                }
                // A modal: a weak future, or past before its perfect ("may have died on
                // Monday"); a name when capitalised inside a sentence ("Theresa May"), a
                // noun after a determiner ("a must", "the can").
                else if types & TokenType.modal != 0 {
                    let first = i == 0 || tokens[i - 1].kind == .boundary
                    if (!t.capitalized || first) && previous & TokenType.determiner == 0 {
                        let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
                        // (a perfect only before a participle: "may have died", not "can
                        // have a meeting")
                        if lexicon.modalPerfectMarkers.contains(next), i + 2 < tokens.count,
                           tokens[i + 2].types & TokenType.pastCue != 0
                            || lexicon.pastParticipleSuffixes.contains(where: { tokens[i + 2].lower.hasSuffix($0) }) {
                            cues.cue[i] = 2
                        }
                        // (as weak as a progressive: only for a time after it in its own
                        // clause; "barred the road on Saturday and workers could be seen",
                        // "an incident in August could cost millions")
                        else if !(lexicon.pastAbilityModals.contains(t.lower) && lexicon.modalNegations.contains(next)) {
                            cues.cue[i] = 1
                            cues.strength[i] = 2
                        }
                    }
                }
                // (after "to" a past cue is the infinitive it shares its form with: "to
                // last until June", "plans to cut taxes")
                // (nor in an idiom, "at last", unless a time follows, "at last week's talks")
                else if types & TokenType.pastCue != 0 {
                    // (nor after an article, a possessive, "more": a noun, "one more cut in September")
                    // (nor after a present "be" or linking verb, a participle: "the bridge is
                    // closed on Thursday", "schools stay shut"; "'s" may be "has", "she's left")
                    if !(i > 0 && tokens[i - 1].lower == cx.infinitiveMarker),
                       !(i > 0 && lexicon.nounMarkers.contains(tokens[i - 1].lower)),
                       !(previous & TokenType.presentBe != 0 && tokens[i - 1].lower != cx.possessive),
                       !(i > 0 && lexicon.presentLinkingVerbs.contains(tokens[i - 1].lower)),
                       !(i > 0 && lexicon.pastCueIdioms[t.lower]?.contains(tokens[i - 1].lower) ?? false
                         && !(i + 1 < tokens.count && namesTime(tokens[i + 1].lower))) { cues.cue[i] = 2 }
                }
                // A present progressive states an arrangement ahead ("who's watching the final
                // on sunday", "we are meeting Friday"): the weakest future cue, and only for a
                // time after it in its own clause (`tense`).
                else if isProgressive(tokens, i, previous) || isScheduled(tokens, i)
                            || ((previous | (i >= 2 ? tokens[i - 2].types : 0)) & TokenType.presentSubject != 0
                                && (isBarePresent(tokens, i) || isSingularPresent(tokens, i))) {
                    cues.cue[i] = 1; cues.strength[i] = 2
                }
                // A regular past form, unless it is a present passive participle ("is being traded"),
                // an adjective after a determiner ("a unified stance") or the adjective end of a
                // compound ("British-controlled"; but "re-elected" is a verb).
                // (nor after a preposition or a degree adverb, where a past form is an
                // adjective, "thousands of exhausted and terrorised refugees", "so excited";
                // so is the next one joined to it after a preposition)
                else if t.lower.utf8.count > 4 && t.lower.hasSuffix(cx.pastSuffix) && previous & TokenType.presentBe == 0
                    && previous & TokenType.determiner == 0
                    && !(i > 0 && (lexicon.pastAsAdjectiveAfter.contains(tokens[i - 1].lower)
                                   || lexicon.presentLinkingVerbs.contains(tokens[i - 1].lower)))
                    && !(i >= 2 && tokens[i - 1].lower.utf8.count > 4 && tokens[i - 1].lower.hasSuffix(cx.adverbSuffix)
                         && (lexicon.pastAsAdjectiveAfter.contains(tokens[i - 2].lower) || tokens[i - 2].types & TokenType.determiner != 0))
                    && !(i >= 2 && lexicon.listJoiners.contains(tokens[i - 1].lower) && tokens[i - 2].lower.hasSuffix(cx.pastSuffix)
                         && cues.cue[i - 2] == 0 && i >= 3 && lexicon.pastAsAdjectiveAfter.contains(tokens[i - 3].lower))
                    && !(i > 0 && tokens[i - 1].lower == "-" && t.glued && i >= 2 && tokens[i - 2].types & TokenType.verbPrefix == 0) { cues.cue[i] = 2 }
                // (the last word of a parting or looking-forward phrase: "see you Friday")
                if types & TokenType.futurePhraseEnd != 0 {
                    for phrase in lexicon.futureCuePhrases where phrase.last == t.lower && i + 1 >= phrase.count
                        && zip(phrase.dropLast(), tokens[(i - phrase.count + 1)..<i]).allSatisfy({ $0 == $1.lower }) {
                        cues.cue[i] = 1
                    }
                }
            }
        }
        return cues
    }

    /// Whether the word at i is a present "be" that places an event at a day or month
    /// after it ("is on Saturday", "are in November", "is Friday").
    func isScheduled(_ tokens: UnsafeBufferPointer<TToken>, _ i: Int) -> Bool {
        guard tokens[i].types & TokenType.progressiveBe != 0, i + 1 < tokens.count else { return false }
        var k = i + 1
        if lexicon.scheduleLinks.contains(tokens[k].lower) { k += 1 }
        // ("my bday is in 2 weeks", "the vote is in three months": a count of units ahead)
        if k > i + 1, k + 1 < tokens.count, tokens[k].kind == .number || lexicon.cardinals[tokens[k].lower] != nil
            || lexicon.context.indefiniteArticles.contains(tokens[k].lower), lexicon.units[tokens[k + 1].lower] != nil {
            return true
        }
        guard k < tokens.count, tokens[k].kind == .word else { return false }
        // (a short lower-case form may be another word: "is sat on", "is may")
        let w = tokens[k].lower
        guard tokens[k].capitalized || w.utf8.count > 3 else { return false }
        return lexicon.weekdays[w] != nil || lexicon.months[w] != nil
    }

    /// Whether the word at i is a simple present after a subject pronoun that takes the
    /// bare verb ("I have an exam on Monday", "we play them Saturday", "they also open
    /// Friday"; one adverb may stand between): not a past, a perfect ("we have met"),
    /// a "be" or a modal (cues of their own), a contraction ("I'd"), a verb of memory.
    func isBarePresent(_ tokens: UnsafeBufferPointer<TToken>, _ i: Int) -> Bool {
        guard i > 0, !lexicon.bareVerbSubjects.isEmpty else { return false }
        let t = tokens[i]
        guard t.kind == .word, !t.glued, !t.capitalized else { return false }
        var p = i - 1
        if p > 0, tokens[p].kind == .word, lexicon.perfectAdverbs.contains(tokens[p].lower) || tokens[p].lower.hasSuffix(lexicon.context.adverbSuffix) {
            p -= 1
        }
        guard tokens[p].kind == .word, lexicon.bareVerbSubjects.contains(tokens[p].lower) else { return false }
        let w = t.lower
        guard let first = w.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
        if t.types & (TokenType.presentBe | TokenType.modal | TokenType.pastCue | TokenType.strongPast | TokenType.strongFuture) != 0 { return false }
        if w.hasSuffix(lexicon.context.pastSuffix) || lexicon.memoryVerbs.contains(w) || namesTime(w) { return false }
        if lexicon.modalPerfectMarkers.contains(w), i + 1 < tokens.count,
           tokens[i + 1].types & TokenType.pastCue != 0 || lexicon.pastParticipleSuffixes.contains(where: { tokens[i + 1].lower.hasSuffix($0) }) {
            return false
        }
        return true
    }

    /// Whether the word at i is a simple present in -s after a singular subject
    /// pronoun ("he turns 40 on Saturday", "it reopens Monday"; one adverb may stand
    /// between). (Not after a noun: with no parts of speech, "the ministry employees on
    /// Tuesday" and "Hezbollah guerrillas in summer" read as a subject and its verb;
    /// a first draft that took nouns changed 22 `silver/` values, 19 of them wrongly.)
    func isSingularPresent(_ tokens: UnsafeBufferPointer<TToken>, _ i: Int) -> Bool {
        guard i > 0, !lexicon.singularSubjects.isEmpty else { return false }
        let t = tokens[i]
        let w = t.lower.utf8
        guard t.kind == .word, !t.glued, !t.capitalized, w.count >= 4, w.last == UInt8(ascii: "s") else { return false }
        let beforeLast = w[w.index(w.endIndex, offsetBy: -2)]
        guard beforeLast != UInt8(ascii: "s"), beforeLast != UInt8(ascii: "u"), beforeLast != UInt8(ascii: "i"),
              !lexicon.notPresentForms.contains(t.lower), !namesTime(t.lower),
              t.types & (TokenType.presentBe | TokenType.modal | TokenType.pastCue | TokenType.strongPast
                         | TokenType.strongFuture | TokenType.determiner) == 0 else { return false }
        var p = i - 1
        if p > 0, tokens[p].kind == .word, lexicon.perfectAdverbs.contains(tokens[p].lower) || tokens[p].lower.hasSuffix(lexicon.context.adverbSuffix) {
            p -= 1
        }
        let subject = tokens[p]
        guard subject.kind == .word, !subject.glued else { return false }
        return lexicon.singularSubjects.contains(subject.lower)
    }

    /// Whether the word at i is a present participle after a present "be" ("is
    /// meeting", "'re playing", "who's watching"; not the possessive "Smith's funding").
    func isProgressive(_ tokens: UnsafeBufferPointer<TToken>, _ i: Int, _ previous: UInt32) -> Bool {
        guard i > 0, !lexicon.progressiveSuffix.isEmpty else { return false }
        if previous & TokenType.progressiveBe == 0 {
            guard tokens[i - 1].lower == lexicon.context.possessive, i >= 2, lexicon.contractedBeHosts.contains(tokens[i - 2].lower)
            else { return false }
        }
        return isParticiple(tokens[i])
    }

    /// Whether a word is a present participle by its form ("meeting", "winning"; not
    /// "king", "nothing").
    func isParticiple(_ t: TToken) -> Bool {
        guard t.kind == .word, !t.glued, t.lower.utf8.count >= 6 else { return false }
        let suffix = lexicon.progressiveSuffix.utf8
        return !suffix.isEmpty && t.lower.utf8.reversed().starts(with: suffix.reversed()) && !lexicon.notProgressive.contains(t.lower)
    }

    func tense(tokens: [TToken], range: Range<Int>, exclude: Range<Int>, inTimex: [Bool] = [], cues given: TenseCues? = nil) -> (Tense, String?) {
        let sentenceLo = TemporalTagger.firstToken(tokens, atOrAfter: range.lowerBound)
        let anchorToken = max(sentenceLo, TemporalTagger.firstToken(tokens, atOrAfter: exclude.lowerBound))
        if anchorToken > 0, anchorToken - 1 >= sentenceLo, let fixed = lexicon.governingTense[tokens[anchorToken - 1].lower] {
            return (fixed == "future" ? .future : .past, tokens[anchorToken - 1].lower)
        }
        // "postponed to Saturday", "delayed until Friday", "pushed back to Monday": the
        // new time of a moved event lies ahead (one particle may stand between).
        if anchorToken > 1, anchorToken - 2 >= sentenceLo, lexicon.rescheduleLinks.contains(tokens[anchorToken - 1].lower) {
            var v = anchorToken - 2
            if v > sentenceLo, !lexicon.rescheduleVerbs.contains(tokens[v].lower), lexicon.rescheduleParticles.contains(tokens[v].lower) { v -= 1 }
            if lexicon.rescheduleVerbs.contains(tokens[v].lower) { return (.future, tokens[v].lower) }
        }
        // "booked flights for Dec. 20", "is scheduled for Tuesday": the arranged time lies
        // ahead (up to three words between the verb and the preposition: "booked two
        // flights for").
        if anchorToken > 1, anchorToken - 2 >= sentenceLo, lexicon.arrangeLinks.contains(tokens[anchorToken - 1].lower) {
            var v = anchorToken - 2
            while v > sentenceLo, v >= anchorToken - 5, tokens[v].kind == .word, !lexicon.arrangeVerbs.contains(tokens[v].lower),
                  tokens[v].types & (TokenType.strongPast | TokenType.strongFuture | TokenType.clauseBreak) == 0 { v -= 1 }
            if lexicon.arrangeVerbs.contains(tokens[v].lower) { return (.future, tokens[v].lower) }
        }
        // "through Sept. 30": the span's end takes the tense of its own clause's verb
        // when that is past, and is ahead otherwise.
        let spanEnd = anchorToken > sentenceLo && lexicon.spanEndPrepositions.contains(tokens[anchorToken - 1].lower) ? anchorToken - 1 : -1
        // "declared three days of mourning, starting Saturday": a span's start attached
        // to the clause before it takes that clause's tense (a past verb up to one comma
        // back), and is ahead otherwise ("will cut prices starting Saturday"). (Not
        // "effective": "created an office, effective Feb. 1" is a decision taking effect
        // ahead.)
        let spanStart = anchorToken > sentenceLo && lexicon.spanStartWords.contains(tokens[anchorToken - 1].lower) ? anchorToken - 1 : -1
        var endToken = anchorToken
        while endToken < tokens.count && tokens[endToken].start < exclude.upperBound { endToken += 1 }
        // Cues further away than a long clause do not decide (and a sentence of 10,000
        // words costs no more per expression than a normal one).
        let lo = max(sentenceLo, anchorToken - TemporalTagger.tenseWindow)
        let hiToken = endToken + TemporalTagger.tenseWindow
        let cues = given ?? tenseCues(Array(tokens[lo..<min(tokens.count, hiToken)]))
        let base = given == nil ? lo : 0
        // A time right after a verb's past form, with no preposition, is when that verb
        // happened, as news writes it ("announced Saturday it would …", "warned Tuesday
        // they would"): a future after it is the reported one's.
        if anchorToken - 1 >= lo, anchorToken - 1 >= sentenceLo, tokens[anchorToken - 1].kind == .word,
           cues.cue[anchorToken - 1 - base] == 2, cues.strength[anchorToken - 1 - base] != 2,
           !(anchorToken - 1 < inTimex.count && inTimex[anchorToken - 1]),
           // (a past form after "be" or a modal is a participle: "will be closed Monday")
           !(anchorToken - 2 >= sentenceLo
             && tokens[anchorToken - 2].types & (TokenType.presentBe | TokenType.strongFuture | TokenType.modal) != 0) {
            return (.past, tokens[anchorToken - 1].lower)
        }
        // A clause set off by commas after a relative pronoun (", which lost on Sunday,")
        // has its own tense: its cues say nothing of a time outside it.
        var asides: [Range<Int>] = []
        if !lexicon.nonRestrictiveRelatives.isEmpty {
            let hi = min(tokens.count, hiToken)
            var k = lo
            while k + 1 < hi && tokens[k].start < range.upperBound {
                guard tokens[k].lower == ",", lexicon.nonRestrictiveRelatives.contains(tokens[k + 1].lower) else { k += 1; continue }
                var e = k + 2
                while e < hi && tokens[e].start < range.upperBound && tokens[e].lower != "," && tokens[e].kind != .boundary { e += 1 }
                guard e < hi, tokens[e].start < range.upperBound, tokens[e].lower == "," else { break }
                // (a comma that a list's "and" follows closely is the list's: "who stepped
                // down as chairman, president and chief executive in March")
                var list = false
                var a = e + 1
                while a < hi && a <= e + 4 && tokens[a].lower != "," {
                    if lexicon.listJoiners.contains(tokens[a].lower) { list = true; break }
                    a += 1
                }
                if !list && !(k < anchorToken && anchorToken < e) { asides.append((k + 1)..<e) }
                k = e
            }
        }
        // Each cue is ranked by (clause boundaries crossed, weak over strong, distance).
        var best: (key: (Int, Int, Int), tense: Tense, token: Int)?
        func consider(_ i: Int, crossings: Int, distance: Int) {
            var c = cues.cue[i - base]
            // (a verb of commitment after the time tells when it was made: "On Thursday,
            // he promised to…" is past, "On Friday he vows to…" says nothing)
            if i >= endToken, cues.commitment[i - base] != 0 {
                if cues.commitment[i - base] == 2 { return }
                c = 2
            }
            if c == 0 || i == spanEnd || i == spanStart || (i < inTimex.count && inTimex[i]) { return }
            if i >= endToken && cues.prospective[i - base] { return }
            if !asides.isEmpty && asides.contains(where: { $0.contains(i) }) { return }
            // ("we're seeing" after the time, or beyond a comma, says nothing of it)
            if cues.strength[i - base] == 2 && (crossings > 0 || i > anchorToken) { return }
            let key = (TemporalTagger.clauseWeight(crossings), Int(cues.strength[i - base]), distance)
            if best == nil || key < best!.key { best = (key, c == 1 ? .future : .past, i) }
        }
        var crossings = 0
        var i = anchorToken - 1
        // (a reporting verb beyond a nearer cue governs the reported clause, whose own
        // verb decides: it counts as across a clause)
        var sawCue = false, sawFinite = false
        while i >= lo {
            if cues.clauseBreak[i - base] { crossings += 1 }
            // (a subordinator with a finite verb between it and the time opens that verb's
            // clause; not a participle after "be", "after elections are held before the
            // end of June", where English writes the present for a time ahead)
            if sawFinite, lexicon.subordinators.contains(tokens[i].lower) { crossings += 1 }
            let reported = sawCue && cues.cue[i - base] != 0 && lexicon.reportingCues.contains(tokens[i].lower) ? 1 : 0
            consider(i, crossings: crossings + reported, distance: (anchorToken - i) * 2)
            if cues.cue[i - base] != 0 && !(i < inTimex.count && inTimex[i]) {
                sawCue = true
                // (a verb: not an adjective of an event to come, "because of a possible verdict")
                if cues.strength[i - base] != 2, !cues.prospective[i - base],
                   !(i > sentenceLo && tokens[i - 1].types & (TokenType.presentBe | TokenType.modal) != 0) {
                    sawFinite = true
                }
            }
            i -= 1
        }
        crossings = 0
        i = endToken
        while i < tokens.count && i < hiToken && tokens[i].start < range.upperBound {
            // "and" with a subject of its own after the time opens another clause, whose
            // verb tells its own time ("My exam is on the 14th and I have not started
            // revising"): nothing beyond it speaks of this time.
            if i > endToken, lexicon.listJoiners.contains(tokens[i - 1].lower), lexicon.subjectPronouns.contains(tokens[i].lower) { break }
            // The comma after a fronted expression ("In January, the company…") ends no clause.
            if cues.clauseBreak[i - base] && !(i == endToken && anchorToken - sentenceLo <= 2 && tokens[i].lower == ",") { crossings += 1 }
            // ("and" before a verb opens another verb phrase with its own time: "promised
            // to rebuild the schools before September and pledged aid")
            if i > endToken, cues.cue[i - base] != 0, lexicon.listJoiners.contains(tokens[i - 1].lower) { crossings += 1 }
            // A reporting clause that closes the sentence after a comma ("…their January
            // election, the agency reported on Monday.") frames what came before it: its
            // past is the time of the report, not of what it reports.
            if crossings > 0, cues.cue[i - base] != 0, lexicon.reportingCues.contains(tokens[i].lower),
               TemporalTagger.closesSentence(tokens, i, before: range.upperBound) {
                i += 1
                continue
            }
            consider(i, crossings: crossings, distance: (i - endToken) * 3 + 2)
            i += 1
        }
        if spanEnd >= 0, !(best?.tense == .past && best?.key.0 == 0) {
            return (.future, tokens[spanEnd].lower)
        }
        if spanStart >= 0 {
            var k = spanStart - 1, commas = 0
            // (a purpose, "adjourned to allow for a meeting beginning Thursday", and a
            // modal's verb, "will cut prices starting Saturday", look ahead)
            while k >= lo && commas <= 1 {
                if cues.clauseBreak[k - base] { commas += 1 }
                if tokens[k].lower == lexicon.context.infinitiveMarker { break }
                let c = cues.cue[k - base]
                if c != 0, cues.strength[k - base] != 2, !(k < inTimex.count && inTimex[k]), !asides.contains(where: { $0.contains(k) }) {
                    if c == 2 && commas <= 1 && !(k > lo && cues.cue[k - 1 - base] == 1) { return (.past, tokens[k].lower) }
                    break
                }
                k -= 1
            }
            return (.future, tokens[spanStart].lower)
        }
        return (best?.tense ?? .unknown, best.map { tokens[$0.token].lower })
    }

    static func clauseWeight(_ crossings: Int) -> Int { crossings > 0 ? 1 : 0 }

    /// Whether at most `reportTail` tokens follow token i in its sentence (which ends
    /// before offset `end`): a reporting verb there closes the sentence ("…, the
    /// ministry said in a statement on Monday.").
    static func closesSentence(_ tokens: [TToken], _ i: Int, before end: Int) -> Bool {
        var k = i + 1
        while k < tokens.count && tokens[k].start < end && tokens[k].kind != .boundary {
            if k - i > reportTail { return false }
            k += 1
        }
        return true
    }

    static let reportTail = 8

    /// How many tokens on each side of an expression are searched for tense cues.
    static let tenseWindow = 60

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

extension TemporalTagger {
    /// Whether a TIMEX3 value is a time in the evening or at night ("2026-10-06T23:00",
    /// "2026-10-06TEV").
    static func isEvening(_ value: String) -> Bool {
        guard let t = value.utf8.firstIndex(of: UInt8(ascii: "T")) else { return false }
        let rest = Array(value.utf8[value.utf8.index(after: t)...])
        if rest == Array("EV".utf8) || rest == Array("NI".utf8) { return true }
        guard rest.count >= 2, (48...57).contains(rest[0]), (48...57).contains(rest[1]) else { return false }
        return Int(rest[0] - 48) * 10 + Int(rest[1] - 48) >= 18
    }
}

/// The time a narrative has reached: a date and how much of it is known.
struct StoryTime {
    let date: CalendarDate
    /// "Y", "M" or "D".
    let precision: String
    let offset: Int

    init(date: CalendarDate, precision: String, offset: Int) {
        self.date = date
        self.precision = precision
        self.offset = offset
    }

    /// A date value as a story time: a year (also a season, quarter or half of it),
    /// a month or a day. Months stand at their middle, years at their start.
    init?(value: Timex3Value, offset: Int) {
        guard let y = value.astronomicalYear else { return nil }
        let found: (CalendarDate?, String)
        switch value.calendar?.part {
        case nil, .season?, .quarter?, .half?: found = (CalendarDate(year: y, month: 1, day: 1), "Y")
        case .month(.known(let m))?: found = (CalendarDate(year: y, month: m, day: 15), "M")
        case .monthDay(.known(let m), .known(let d))?: found = (CalendarDate(year: y, month: m, day: d), "D")
        default: return nil
        }
        guard let date = found.0 else { return nil }
        self.init(date: date, precision: found.1, offset: offset)
    }

    var datePrecision: DatePrecision { precision == "Y" ? .year : precision == "M" ? .month : .day }

    /// Whether this (coarser or equal) time contains `other`: 1940 contains June 1940.
    func contains(_ other: StoryTime) -> Bool {
        switch precision {
        case "Y": return other.date.year == date.year && other.precision != "Y"
        case "M": return other.date.year == date.year && other.date.month == date.month && other.precision == "D"
        default: return false
        }
    }
}
