/// Finds time expressions in tokens by matching the rules' patterns
/// (leftmost-longest, ties to the earlier rule). Its word lists come from the
/// `TimeLexicon`; what is left in code is the grammar of English numbers
/// (`matchNumber`, spelled years) and a few zero-width context tests.
struct TimexMatcher {
    let lexicon: TimeLexicon
    /// The context words (`lexicon.context`), named short.
    var cx: TimeContextWords { lexicon.context }
    let rules: [CompiledRule]
    /// Rules that may start at a word (lowercase).
    var byWord: [String: [Int]] = [:]
    /// Rules that may start at a token kind (numbers, ordinals, decades, clocks).
    var byKind: [TToken.Kind: [Int]] = [:]
    let refMaxLength: Int
    let holidayMaxLength: Int
    let vagueMaxLength: Int
    /// The vague phrases, longest first (tried in that order).
    let vagueLongestFirst: [[String]]
    /// First words of holidays and reference phrases: a token that is none of them
    /// opens no such phrase, and no phrase array is built for it.
    let holidayFirstWords: Set<String>
    let refFirstWords: Set<String>
    /// Words that carry time by themselves (months, units, "yesterday", …). A match
    /// always has one within `triggerWindow` tokens of its start, so positions far
    /// from any trigger are skipped without trying rules.
    var triggers: Set<String> = []
    static let triggerWindow = 5
    /// Each known word's types (`TokenType`), the index of its opener list and its
    /// number among the words that rules test right after their first word.
    struct WordEntry {
        var types: UInt32 = 0
        var openers: Int32 = -1
        var id: Int32 = -1
        /// A texting spelling's standard word ("tmr" → "tomorrow"), an index of
        /// `standardSpellings`, or -1.
        var standard: Int32 = -1
    }
    var wordTypes: [String: WordEntry] = [:]
    /// `wordTypes` as the table `assignTypes` reads (one look-up per token).
    var wordTable = WordTable<WordEntry>([:])
    /// The standard words that spelling variants stand for (`WordEntry.standard`).
    var standardSpellings: [String] = []
    /// Rules that may start at a word, one list per distinct set (`TToken.openers`).
    var openerLists: [[Int]] = []
    /// For an opener list whose rules open with a literal word ("the", "this",
    /// "every"), the rules worth trying given the token after it: most rules that
    /// open with "the" fail on the second token, and a token is tried against
    /// only those whose second element can start there. `byKey` maps the next
    /// token's key (its word's `id`, or `kindKey` for a number, an ordinal, a
    /// clock…) to an index of `openerLists`; any other token takes `other`.
    struct NextIndex {
        var byKey: [Int32: Int32]
        var other: Int32
    }
    /// Parallel to `openerLists`; nil where the list is not split by the next token.
    var openerNext: [NextIndex?] = []
    /// The key of a token that is no word or punctuation mark (word ids are >= 0,
    /// and -1 is a word no rule tests).
    static func kindKey(_ kind: TToken.Kind) -> Int32 { -2 - Int32(kind.rawValue) }
    /// The rules' patterns in the form the matching loop reads (no reference
    /// counting per element tried).
    var flat = FlatPatterns()

    struct Match {
        var start: Int      // token index
        var end: Int        // token index (exclusive)
        var rule: Int
        var captures: [String: String]
    }

    /// `indexSecondToken: false` tries every rule that may open at a word (the
    /// index by the next token must change no match; a test compares the two).
    init(lexicon given: TimeLexicon, rules: [TimexRule], indexSecondToken: Bool = true) {
        // Holidays named with a possessive are also matched as posts write them, without
        // the apostrophe ("st patricks day", "valentines day", "mothers day").
        var lexicon = given
        let cx = given.context
        for (phrase, code) in given.holidays {
            guard let k = phrase.firstIndex(of: cx.possessive), k > 0 else { continue }
            var bare = phrase
            bare.replaceSubrange((k - 1)...k, with: [phrase[k - 1] + cx.pluralSuffix])
            if lexicon.holidays[bare] == nil { lexicon.holidays[bare] = code }
        }
        self.lexicon = lexicon
        let precededBy = Set(lexicon.precededBy.keys)
        let followedBy = Set(lexicon.followedBy.keys)
        self.rules = rules.enumerated().map { CompiledRule(index: $0.offset, rule: $0.element, precededBy: precededBy, followedBy: followedBy) }
        refMaxLength = lexicon.referenceWords.keys.map(\.count).max() ?? 1
        holidayMaxLength = max(lexicon.holidays.keys.map(\.count).max() ?? 1, lexicon.holidayNames.keys.map(\.count).max() ?? 1)
        vagueMaxLength = lexicon.vague.map(\.count).max() ?? 1
        vagueLongestFirst = lexicon.vague.sorted { $0.count > $1.count }
        holidayFirstWords = Set(lexicon.holidays.keys.compactMap(\.first) + lexicon.holidayNames.keys.compactMap(\.first))
        refFirstWords = Set(lexicon.referenceWords.keys.compactMap(\.first))
        for r in self.rules {
            for alt in r.openers {
                switch alt {
                case .word(let w): byWord[w, default: []].append(r.index)
                case .wordClass(let wc):
                    let c = wc.name
                    for w in startWords(c) { byWord[w, default: []].append(r.index) }
                    for k in startKinds(c) { byKind[k, default: []].append(r.index) }
                }
            }
        }
        for (k, v) in byWord { byWord[k] = Array(Set(v)).sorted() }
        var t: Set<String> = []
        t.formUnion(lexicon.months.keys)
        t.formUnion(lexicon.weekdays.keys)
        t.formUnion(lexicon.postWeekdays.keys)
        t.formUnion(weekdayPlurals)
        t.formUnion(lexicon.seasons.keys)
        t.formUnion(lexicon.units.keys)
        t.formUnion(lexicon.partsOfDay.keys)
        t.formUnion(lexicon.decadeWords.keys)
        t.formUnion(lexicon.ampmWords.keys)
        for phrase in lexicon.referenceWords.keys { t.formUnion(phrase) }
        for phrase in lexicon.holidays.keys { t.formUnion(phrase) }
        for phrase in lexicon.holidayNames.keys { t.formUnion(phrase) }
        for r in self.rules {
            for e in r.elements {
                for case .word(let w) in e.alternatives { t.insert(w) }
            }
        }
        // Spelled years start with number words.
        t.formUnion(lexicon.spelledYearStarts)
        t.formUnion(lexicon.eraWords.keys)
        triggers = t.subtracting(lexicon.nonTriggers)
        for (k, v) in byKind { byKind[k] = Array(Set(v)).sorted() }
        // One table of word types, so that each token costs one look-up.
        func mark(_ words: some Sequence<String>, _ bit: UInt32) {
            for w in words { wordTypes[w, default: WordEntry()].types |= bit }
        }
        mark(triggers, TokenType.trigger)
        mark(lexicon.context.smallNumberOpeners, TokenType.smallNumberOpener)
        mark(lexicon.context.spelledNumberOpeners, TokenType.spelledNumberOpener)
        mark(lexicon.cardinals.keys, TokenType.cardinal)
        mark(lexicon.clauseBreaks, TokenType.clauseBreak)
        mark(lexicon.strongTenseCues.filter { $0.value == "future" }.keys, TokenType.strongFuture)
        mark(lexicon.strongTenseCues.filter { $0.value != "future" }.keys, TokenType.strongPast)
        mark(lexicon.futureCues, TokenType.futureCue)
        mark(lexicon.futureBeforeTo, TokenType.futureBeforeTo)
        mark(lexicon.commitmentBeforeTo, TokenType.commitmentBeforeTo)
        mark(lexicon.modalCues, TokenType.modal)
        mark(lexicon.pastCues, TokenType.pastCue)
        mark(lexicon.presentBe, TokenType.presentBe)
        mark(lexicon.determiners, TokenType.determiner)
        mark(lexicon.verbPrefixes, TokenType.verbPrefix)
        mark(lexicon.quarterWords, TokenType.quarterWord)
        mark(lexicon.futureCuePhrases.compactMap(\.last), TokenType.futurePhraseEnd)
        mark(lexicon.progressiveBe, TokenType.progressiveBe)
        mark(lexicon.gerundClauseOpeners, TokenType.gerundOpener)
        mark(lexicon.bareVerbSubjects.union(lexicon.singularSubjects), TokenType.presentSubject)
        var listIndex: [[Int]: Int32] = [:]
        func list(_ rules: [Int]) -> Int32 {
            if let known = listIndex[rules] { return known }
            let index = Int32(openerLists.count)
            listIndex[rules] = index
            openerLists.append(rules)
            openerNext.append(nil)
            return index
        }
        var nextWordIDs: [String: Int32] = [:]
        func wordID(_ w: String) -> Int32 {
            if let k = nextWordIDs[w] { return k }
            let k = Int32(nextWordIDs.count)
            nextWordIDs[w] = k
            return k
        }
        // (split lists are shared by words whose rules and next-token keys are the same)
        struct Split: Hashable { var rules: [Int]; var keys: [[Int32]?] }
        var splitIndex: [Split: Int32] = [:]
        for (w, rules) in byWord.sorted(by: { $0.key < $1.key }) {
            let keys = indexSecondToken ? rules.map { nextKeys(self.rules[$0], opener: w, id: wordID) } : []
            guard keys.contains(where: { $0 != nil }) else {
                wordTypes[w, default: WordEntry()].openers = list(rules)
                continue
            }
            let signature = Split(rules: rules, keys: keys.map { $0.map { $0.sorted() } })
            if let known = splitIndex[signature] {
                wordTypes[w, default: WordEntry()].openers = known
                continue
            }
            // The rules tried whatever follows, then each key's own list (in rule order,
            // so that ties still go to the earlier rule).
            let any = zip(rules, keys).filter { $0.1 == nil }.map(\.0)
            var byKey: [Int32: [Int]] = [:]
            for (r, ks) in zip(rules, keys) {
                for k in ks ?? [] { byKey[k, default: any].append(r) }
            }
            let index = Int32(openerLists.count)
            openerLists.append(rules)
            openerNext.append(nil)
            var next = NextIndex(byKey: [:], other: list(any))
            for (k, rs) in byKey { next.byKey[k] = list(rs.sorted()) }
            openerNext[Int(index)] = next
            splitIndex[signature] = index
            wordTypes[w, default: WordEntry()].openers = index
        }
        flat = FlatPatterns(self.rules)
        // Every word a rule names has a number too, so that the matching loop compares
        // numbers, not strings (a word no rule's second token tests takes no key in
        // `openerNext`, so its new number changes no opener list).
        for k in flat.alternatives.indices where flat.alternatives[k].word >= 0 {
            flat.alternatives[k].wordID = wordID(flat.strings[flat.alternatives[k].word])
        }
        for (w, k) in nextWordIDs { wordTypes[w, default: WordEntry()].id = k }
        for (variant, standard) in lexicon.spellingVariants.sorted(by: { $0.key < $1.key }) {
            wordTypes[variant, default: WordEntry()].standard = Int32(standardSpellings.count)
            standardSpellings.append(standard)
        }
        wordTable = WordTable(wordTypes)
    }

    /// The keys (`TToken.wordID`, `kindKey`) of the tokens that can follow `w` when
    /// `rule` opens with it: the first tokens its next consuming element can take.
    /// Nil when any token can: the opener is not a literal word, the rest of the
    /// pattern may be empty, a class's first tokens are not known, or an optional
    /// opener may be skipped so that the rule starts at `w` with a later element.
    func nextKeys(_ rule: CompiledRule, opener w: String, id: (String) -> Int32) -> Set<Int32>? {
        func zeroWidthOnly(_ e: PatternElement) -> Bool {
            e.alternatives.allSatisfy { if case .wordClass(let c) = $0 { return c.zeroWidth } else { return false } }
        }
        let elements = rule.elements
        guard let k0 = elements.firstIndex(where: { !zeroWidthOnly($0) }) else { return nil }
        let opener = elements[k0]
        guard opener.alternatives.allSatisfy({ if case .word = $0 { return true } else { return false } }),
              opener.alternatives.contains(.word(w)) else { return nil }
        var words: Set<String> = [], kinds: Set<TToken.Kind> = [], closed = false
        for e in elements[(k0 + 1)...] where !zeroWidthOnly(e) {
            for alternative in e.alternatives {
                switch alternative {
                case .word(let x): words.insert(x)
                case .wordClass(let c):
                    let startWords = startWords(c.name), startKinds = startKinds(c.name)
                    if c.zeroWidth || (startWords.isEmpty && startKinds.isEmpty) { return nil }
                    words.formUnion(startWords)
                    kinds.formUnion(startKinds)
                }
            }
            if !e.optional { closed = true; break }
        }
        guard closed, !(opener.optional && words.contains(w)) else { return nil }
        return Set(words.map(id) + kinds.map(TimexMatcher.kindKey))
    }

    /// Gives every word and punctuation token its types and opener list (one table
    /// look-up each). `matches` and the tense reader rely on it.
    /// With `standardSpellings`, a texting spelling reads as its standard word
    /// first ("tmr" is "tomorrow"), in the same look-up.
    func assignTypes(_ tokens: inout [TToken], standardSpellings spellings: Bool = false) {
        for k in tokens.indices {
            let kind = tokens[k].kind
            guard kind == .word || kind == .punct else { tokens[k].types = TokenType.assigned; continue }
            if var entry = wordTable[tokens[k].lower] {
                if spellings && kind == .word && entry.standard >= 0 {
                    tokens[k].lower = standardSpellings[Int(entry.standard)]
                    entry = wordTable[tokens[k].lower] ?? WordEntry()
                }
                tokens[k].types = entry.types | TokenType.assigned
                tokens[k].openers = entry.openers
                tokens[k].wordID = entry.id
            } else {
                tokens[k].types = TokenType.assigned
            }
        }
    }

    /// Weekdays' plurals ("mondays"), from the full names.
    var weekdayPlurals: [String] { lexicon.weekdays.keys.filter { $0.count > 5 }.map { $0 + "s" } }

    /// Words a class can start with.
    func startWords(_ name: String) -> [String] {
        switch name {
        case "month", "monthbare": return Array(lexicon.months.keys)
        case "weekday": return Array(lexicon.weekdays.keys) + Array(lexicon.postWeekdays.keys)
        case "weekdays": return weekdayPlurals
        case "season", "seasonbare": return Array(lexicon.seasons.keys)
        case "unit", "unitcal", "unitplural", "unitdur", "unitsing", "unitdurplural": return Array(lexicon.units.keys)
        case "num": return Array(lexicon.cardinals.keys) + Array(lexicon.tens.keys) + Array(cx.indefiniteArticles) + Array(cx.coupleWords)
        case "a": return Array(cx.indefiniteArticles)
        case "vague": return lexicon.vague.compactMap(\.first)
        case "ord", "day", "ordcentury": return Array(lexicon.ordinals.keys)
        case "pod": return Array(lexicon.partsOfDay.keys)
        case "twilight": return lexicon.twilight.keys.compactMap { $0.split(separator: " ").first.map(String.init) }
        case "hourspod": return lexicon.partOfDayBeforeHours.keys.compactMap { $0.split(separator: " ").first.map(String.init) }
        case "shift": return Array(lexicon.shifts.keys)
        case "decade": return Array(lexicon.decadeWords.keys)
        case "ampm": return Array(lexicon.ampmWords.keys)
        case "tz": return Array(lexicon.timezones)
        case "apyear": return ["'"]
        case "refword": return lexicon.referenceWords.keys.compactMap(\.first)
        case "holiday": return lexicon.holidays.keys.compactMap(\.first)
        case "spelledyear": return Array(lexicon.cardinals.keys) + Array(lexicon.tens.keys)
        case "eryear": return lexicon.eraWords.filter { $0.value > 0 }.map(\.key)
        case "fraction": return Array(cx.fractionSymbols.keys)
        default: return []
        }
    }

    func startKinds(_ name: String) -> [TToken.Kind] {
        switch name {
        case "num", "hour", "mm", "dd", "year", "yearbare", "fraction", "eryear", "qdigit", "hdigit", "daynum", "hhmm", "yy", "yearnext": return [.number]
        case "day": return [.number, .ordinal]
        case "ord", "ordcentury", "dom": return [.ordinal]
        case "decade": return [.decade]
        case "clock": return [.clock]
        default: return []
        }
    }

    /// A year with its era (TIMEX3 writes years before the common era as BC and four
    /// digits): "241 BC" → BC0241, "146 B.C." → BC0146, "AD 70" and "70 AD" → 0070.
    /// A number glued to nothing else, of one to four digits; "BC" after a four-digit
    /// number followed by a word that is not a function word is British Columbia
    /// ("the 2010 B.C. election"), not an era; a number after a capitalised word is
    /// part of a name ("Route 66 AD signs").
    func matchEraYear(_ tokens: [TToken], _ i: Int, _ cap: inout Captures, _ key: String) -> Int? {
        func year(_ t: TToken) -> Int? {
            guard t.kind == .number, t.digits >= 1, t.digits <= 4, t.number >= 1, t.number == t.number.rounded() else { return nil }
            return Int(t.number)
        }
        func pad(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
        let name = key == "eryear" ? "year" : key
        let t = tokens[i]
        if let y = year(t), i + 1 < tokens.count, tokens[i + 1].kind == .word, let era = lexicon.eraWords[tokens[i + 1].lower] {
            if i > 0, tokens[i - 1].kind == .number || (t.glued && tokens[i - 1].kind == .word) { return nil }
            // A number after a name is part of it: "Route 66", "Apollo 11" (a month is no
            // name: "April 480 BC").
            if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].capitalized, !lexicon.functionWords.contains(tokens[i - 1].lower),
               lexicon.months[tokens[i - 1].lower] == nil { return nil }
            if era < 0, t.digits == 4, i + 2 < tokens.count, tokens[i + 2].kind == .word,
               !lexicon.functionWords.contains(tokens[i + 2].lower) { return nil }
            cap[name] = (era < 0 ? "BC" : "") + pad(y)
            return i + 2
        }
        if t.kind == .word, let era = lexicon.eraWords[t.lower], era > 0, i + 1 < tokens.count, let y = year(tokens[i + 1]),
           i + 2 >= tokens.count || tokens[i + 2].kind != .number {
            cap[name] = pad(y)
            return i + 2
        }
        return nil
    }

    // MARK: Matching

    /// Whether a token is of a word type: its bits where it carries them, else a look-up.
    @inline(__always)
    func hasType(_ t: TToken, _ bit: UInt32, _ lookUp: (String) -> Bool) -> Bool {
        if t.types & TokenType.assigned != 0 { return t.types & bit != 0 }
        return (t.kind == .word || t.kind == .punct) && lookUp(t.lower)
    }

    /// All non-overlapping matches in a token array, left to right.
    func isTrigger(_ t: TToken) -> Bool {
        switch t.kind {
        case .clock, .decade: return true
        case .number: return t.digits == 4
        case .word, .punct:
            if t.types & TokenType.assigned != 0 { return t.types & TokenType.trigger != 0 }
            return triggers.contains(t.lower)
        case .ordinal: return t.number >= 1 && t.number <= 31  // a day of the month
        case .boundary: return false
        }
    }

    /// Matches in token order; stops after `limit` (a little more than the tagger keeps,
    /// as lists and ranges merge or split a few).
    func matches(_ tokens: [TToken], limit: Int = Int.max, memoize: Bool = true) -> [Match] {
        var out: [Match] = []
        var i = 0
        let n = tokens.count
        // nextTrigger[i]: the first trigger token at or after i.
        var nextTrigger = Array(repeating: Int.max, count: n + 1)
        var k = n - 1
        while k >= 0 {
            // (a small number after the article may be a day, "on the 21", and after
            // "half" an hour, "at half 7")
            // (word types where the tokens carry them: no string hashing per token)
            let dayNumber = k > 0 && (tokens[k].kind == .number && tokens[k].digits <= 2
                    && hasType(tokens[k - 1], TokenType.smallNumberOpener) { cx.smallNumberOpeners.contains($0) }
                || tokens[k].kind == .word && hasType(tokens[k], TokenType.cardinal) { lexicon.cardinals[$0] != nil }
                    && hasType(tokens[k - 1], TokenType.spelledNumberOpener) { cx.spelledNumberOpeners.contains($0) })
            // (a word joined by hyphens to one near a trigger is near it too: the
            // hyphens and the short words of a compound, "two-and-a-half years", do not
            // push its first word out of the window)
            let compound = k + 2 < n && tokens[k + 1].lower == "-" && tokens[k + 1].glued && tokens[k + 2].glued
                && nextTrigger[k + 2] - (k + 2) <= TimexMatcher.triggerWindow
            nextTrigger[k] = isTrigger(tokens[k]) || dayNumber || compound ? k : nextTrigger[k + 1]
            k -= 1
        }
        // Rules that start at or near one token test the same word classes on the same
        // tokens ("January" is tried as @month by a dozen rules): each (class, token)
        // is worked out once.
        let memo = memoize ? ClassMemo(tokens: n) : nil
        while i < n && out.count < limit {
            if nextTrigger[i] == Int.max { break }
            if nextTrigger[i] - i > TimexMatcher.triggerWindow { i = nextTrigger[i] - TimexMatcher.triggerWindow; continue }
            let t = tokens[i]
            var candidates: [Int] = []
            if t.kind == .word || t.kind == .punct {
                if t.types & TokenType.assigned != 0 {
                    if t.openers >= 0 {
                        var list = Int(t.openers)
                        if let next = openerNext[list] {
                            var key = Int32.min
                            if i + 1 < n {
                                let u = tokens[i + 1]
                                key = u.kind == .word || u.kind == .punct ? u.wordID : TimexMatcher.kindKey(u.kind)
                            }
                            list = Int(next.byKey[key] ?? next.other)
                        }
                        candidates = openerLists[list]
                    }
                } else {
                    candidates = byWord[t.lower] ?? []
                }
            }
            if let k = byKind[t.kind] { candidates = candidates.isEmpty ? k : Array(Set(candidates + k)).sorted() }
            // The longest match, ties to the earlier rule; its captures become a
            // dictionary once, not for every rule that matched.
            var best: (end: Int, rule: Int, captures: Captures)?
            var captures = Captures()
            for ri in candidates {
                captures.rollBack(to: 0)
                if let end = matchFlat(flat.rules[ri], 0, tokens, i, &captures, memo), end > i,
                   best == nil || end > best!.end {
                    best = (end, rules[ri].index, captures)
                }
            }
            if let b = best {
                var m = Match(start: i, end: b.end, rule: b.rule, captures: b.captures.dictionary)
                // Optional punctuation at the edges is not part of the expression.
                // (not the apostrophe of a year written "'85", which is its first letter)
                while m.start < m.end && tokens[m.start].kind == .punct
                    && !(tokens[m.start].lower == "'" && m.captures["yy"] != nil && m.start + 1 < m.end && tokens[m.start + 1].kind == .number) {
                    m.start += 1
                }
                while m.end > m.start && tokens[m.end - 1].lower == "," { m.end -= 1 }
                if m.end > m.start { out.append(m) }
                i = max(m.end, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    /// Backtracking match of a rule's elements[ei...] at token ti; returns the end
    /// token index. Captures are a stack: a failed alternative's writes are rolled back.
    func matchFlat(_ rule: FlatPatterns.Rule, _ ei: Int, _ tokens: [TToken], _ ti: Int,
                   _ captures: inout Captures, _ memo: ClassMemo?) -> Int? {
        if ei == rule.count { return ti }
        let e = flat.elements[rule.first + ei]
        let firstAlt = flat.alternatives[e.first]
        if ti == tokens.count, firstAlt.word < 0, firstAlt.zeroWidth {
            return zeroWidth(firstAlt.id, flat.strings[firstAlt.name], tokens, ti) ? matchFlat(rule, ei + 1, tokens, ti, &captures, memo) : nil
        }
        if ti < tokens.count {
            for k in e.first..<(e.first + e.count) {
                let mark = captures.count
                if let next = matchFlatAlternative(flat.alternatives[k], e, tokens, ti, &captures, memo),
                   let end = matchFlat(rule, ei + 1, tokens, next, &captures, memo) {
                    return end
                }
                captures.rollBack(to: mark)
            }
        }
        if e.optional { return matchFlat(rule, ei + 1, tokens, ti, &captures, memo) }
        return nil
    }

    func matchFlatAlternative(_ alt: FlatPatterns.Alternative, _ e: FlatPatterns.Element, _ tokens: [TToken], _ i: Int,
                              _ captures: inout Captures, _ memo: ClassMemo?) -> Int? {
        if alt.word < 0 && alt.zeroWidth {
            return zeroWidth(alt.id, flat.strings[alt.name], tokens, i) ? i : nil
        }
        if tokens[i].kind == .boundary { return nil }
        if alt.word >= 0 {
            // (a typed word or mark by its number; anything else by its text)
            let kind = tokens[i].kind
            if (kind == .word || kind == .punct) && tokens[i].types & TokenType.assigned != 0 {
                guard tokens[i].wordID == alt.wordID else { return nil }
            } else {
                guard tokens[i].lower == flat.strings[alt.word] else { return nil }
            }
            if alt.gluedMark {
                // A hyphen (or a slash in a numeric date) glued to both neighbours.
                guard tokens[i].glued, i + 1 < tokens.count, tokens[i + 1].glued else { return nil }
                return i + 1
            }
            if e.capture >= 0 { captures[flat.strings[e.capture]] = flat.strings[alt.word] }
            return i + 1
        }
        guard let memo else { return matchClass(alt.id, flat.strings[alt.key], tokens, i, &captures) }
        return memo.matchClass(alt.classIndex, alt.key, i, &captures) { matchClass(alt.id, flat.strings[alt.key], tokens, i, &$0) }
    }

    /// The TIMEX3 mods of a period's edge ("early", "late", "mid"): after one, a small
    /// century ("the late first century") or a glued decade ("mid-60s") is a time.
    static let edgeMods: Set<String> = ["START", "END", "MID"]

    /// Whether the year at i is one end of a range of years written with a dash
    /// ("1775-1780", "(1789–1791)"): a later year within a century on the other side
    /// of a glued dash, and no amount after the range ("1200-1250 calories"). A
    /// range of years is a time however old its years.
    static func inYearRange(_ tokens: [TToken], _ i: Int, _ lexicon: TimeLexicon) -> Bool {
        func year(_ k: Int) -> Int? {
            guard k >= 0, k < tokens.count, tokens[k].kind == .number, tokens[k].digits == 4,
                  tokens[k].number >= 1000, tokens[k].number <= 2199 else { return nil }
            return Int(tokens[k].number)
        }
        func dash(_ k: Int) -> Bool { k > 0 && k + 1 < tokens.count && tokens[k].lower == "-" && tokens[k].glued && tokens[k + 1].glued }
        guard let y = year(i) else { return false }
        let last: Int
        if dash(i + 1), let next = year(i + 2), next > y, next - y < 100 {
            last = i + 2
        } else if dash(i - 1), let first = year(i - 2), first < y, y - first < 100 {
            last = i
        } else {
            return false
        }
        // (an old range is a time only where nothing counts: "1200-1250 calories" is not)
        return !amountAfter(tokens, last, lexicon, anyNoun: true)
    }

    /// Whether a number at k is an amount: a word of amount or a unit after it
    /// ("1500-1600 troops"), or, with `anyNoun`, any lowercase word that is no
    /// function word ("1200-1250 calories").
    static func amountAfter(_ tokens: [TToken], _ k: Int, _ lexicon: TimeLexicon, anyNoun: Bool = false) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].kind == .word else { return false }
        let after = tokens[k + 1]
        if lexicon.notYearFollowers.contains(after.lower) || lexicon.units[after.lower] != nil { return true }
        return anyNoun && !after.capitalized && !lexicon.functionWords.contains(after.lower) && !lexicon.temporalCues.contains(after.lower)
    }

    /// The year a two-digit range end stands for ("1915-17" → 1917, "1999-01" → 2001):
    /// a glued two-digit number that makes a later year in the same century, or within
    /// 20 years in the next, else nil.
    static func shortRangeEnd(year: Int, _ tokens: [TToken], _ k: Int) -> Int? {
        guard k < tokens.count, tokens[k].kind == .number, tokens[k].digits == 2, tokens[k].glued else { return nil }
        if k + 1 < tokens.count, tokens[k + 1].glued, tokens[k + 1].kind == .number || tokens[k + 1].lower == "-" { return nil }
        var end = year / 100 * 100 + Int(tokens[k].number)
        // (a range that crosses into the next century is written short only when it is
        // short, "1998-02": "Ticket 2025-14" is no range to 2114)
        if end <= year { end += 100; return end - year <= 20 ? end : nil }
        return end
    }

    /// A month's abbreviation without its period ("since feb", "in Aug", "late Oct"),
    /// as posts and web pages write it: a month only after a word that takes one, and
    /// not before a name or a possessive ("a painting by Jan van Eyck", "in Jan's
    /// house"); one that is also a name or a word ("Mar del Plata", "Jan") only as
    /// posts write it, in lower case.
    func periodlessAbbreviationTaken(_ tokens: [TToken], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        // ("mid-Jan": the modifier glued on with a hyphen takes it as a preposition does)
        let midGlued = i >= 2 && tokens[i - 1].lower == "-" && tokens[i].glued && lexicon.gluedModifiers[tokens[i - 2].lower] != nil
        guard midGlued || lexicon.monthPrepositions.contains(tokens[i - 1].lower) else { return false }
        // An abbreviation that is also a name ("from Jan", "in Mar del Plata"), only after
        // a modifier that takes a part of a month: "mid-Jan", "late Jan", "the end of Jan".
        if tokens[i].capitalized && lexicon.ambiguousMonths.contains(tokens[i].lower) && !midGlued
            && lexicon.modifiers[[tokens[i - 1].lower]] == nil
            && !(i >= 2 && lexicon.modifiers[[tokens[i - 2].lower, tokens[i - 1].lower]] != nil) { return false }
        guard i + 1 < tokens.count else { return true }
        let next = tokens[i + 1]
        if next.kind == .word && (next.capitalized || next.glued) { return false }
        if next.glued && (next.lower == "'" || next.lower == "\u{2019}" || next.lower == "'s") { return false }
        return true
    }

    // MARK: Word classes

    func matchClass(_ name: WordClass.ID, _ key: String, _ tokens: [TToken], _ i: Int, _ cap: inout Captures) -> Int? {
        let t = tokens[i]
        let previous = i > 0 ? tokens[i - 1].lower : ""
        switch name {
        case .month, .monthbare:
            guard t.kind == .word, let m = lexicon.months[t.lower] else { return nil }
            let abbreviation = t.lower.count <= 4 && !cx.shortFullMonths.contains(t.lower)
            // Lowercase (as in posts and chat): a full month name, and one that is also a
            // common word ("march", "may") only after a word that takes a month ("in march").
            if !t.capitalized {
                // An abbreviation written lowercase, as posts write "jan 5th", only right before
                // a day: an ordinal, or a number of the month with no amount after it.
                let dayAfter = name == .month && abbreviation && i + 1 < tokens.count
                    && tokens[i + 1].number >= 1 && tokens[i + 1].number <= 31
                    && (tokens[i + 1].kind == .ordinal
                        || (tokens[i + 1].kind == .number && tokens[i + 1].digits <= 2
                            && !TimexMatcher.amountAfter(tokens, i + 1, lexicon, anyNoun: true)))
                // ... or right after one ("by 1 dec", "on 25 dec", "born 12 aug 1990"): a day
                // of the month after a word that takes a date, or with a year after the month.
                let dayBefore = name == .month && abbreviation && i >= 1
                    && tokens[i - 1].number >= 1 && tokens[i - 1].number <= 31
                    && (tokens[i - 1].kind == .ordinal || (tokens[i - 1].kind == .number && tokens[i - 1].digits <= 2))
                    && (i >= 2 && (lexicon.monthPrepositions.contains(tokens[i - 2].lower)
                                   || lexicon.postWeekdayStrictCues.contains(tokens[i - 2].lower)
                                   || lexicon.weekdays[tokens[i - 2].lower] != nil)
                        || i + 1 < tokens.count && tokens[i + 1].kind == .number && tokens[i + 1].digits == 4)
                    // ("the 3rd of jan": an ordinal day and "of")
                    || name == .month && abbreviation && i >= 2 && tokens[i - 1].lower == cx.partitive
                        && tokens[i - 2].kind == .ordinal && tokens[i - 2].number >= 1 && tokens[i - 2].number <= 31
                if abbreviation && !dayAfter && !dayBefore && !(name == .monthbare && periodlessAbbreviationTaken(tokens, i)) { return nil }
                if !dayAfter && !dayBefore && (lexicon.ambiguousMonths.contains(t.lower) || lexicon.lowercaseHomonymMonths.contains(t.lower)) {
                    // ("mid-march": the glued modifier before the hyphen takes a month too)
                    let taker = previous == "-" && t.glued && i >= 2 ? tokens[i - 2].lower : previous
                    // ("on 14 march", "sat 14 may": a day of the month after a word that takes
                    // a date, or after a weekday, takes the month too)
                    let dayBefore = i >= 2 && (tokens[i - 1].kind == .ordinal || (tokens[i - 1].kind == .number && tokens[i - 1].digits <= 2))
                        && tokens[i - 1].number >= 1 && tokens[i - 1].number <= 31
                        && (lexicon.postWeekdayStrictCues.contains(tokens[i - 2].lower) || lexicon.weekdays[tokens[i - 2].lower] != nil
                            || lexicon.postWeekdays[tokens[i - 2].lower] != nil)
                    guard lexicon.monthPrepositions.contains(taker) || dayBefore else { return nil }
                    if i + 1 < tokens.count, tokens[i + 1].kind == .word, lexicon.verbsAfterModal.contains(tokens[i + 1].lower) { return nil }
                }
            }
            // Another month joined to it makes it a month too: "May and August".
            let joinedToMonth = i + 2 < tokens.count && lexicon.rangeJoiners.contains(tokens[i + 1].lower)
                && tokens[i + 2].capitalized && lexicon.months[tokens[i + 2].lower] != nil
            if name == .monthbare {
                if abbreviation && !(i + 1 < tokens.count && tokens[i + 1].lower == "." && tokens[i + 1].glued)
                    && !periodlessAbbreviationTaken(tokens, i) { return nil }
                // ("mid-March": the glued modifier is a cue as a preposition is)
                let midGlued = previous == "-" && i >= 2 && lexicon.gluedModifiers[tokens[i - 2].lower] != nil && t.glued
                // ("January-March", "June to May": a month joined to one before it)
                let joinedFromMonth = i >= 2 && lexicon.rangeJoiners.contains(previous) && tokens[i - 2].capitalized
                    && lexicon.months[tokens[i - 2].lower] != nil
                if lexicon.ambiguousMonths.contains(t.lower) && !lexicon.temporalCues.contains(previous) && !midGlued && !joinedToMonth
                    && !joinedFromMonth { return nil }
                // A month name before a capitalised word that is not part of a date, with
                // no preposition or determiner to claim it, is a person's first name: "April
                // Ryan asked", "June Carter sang" (not "in April Congress voted", "the February
                // Revolution", "mid-December EU summit", "final November CPI data").
                if t.capitalized && !lexicon.temporalCues.contains(previous) && !lexicon.monthPrepositions.contains(previous)
                    && previous != "-" && !joinedToMonth, i + 1 < tokens.count,
                   case let next = tokens[i + 1], next.kind == .word, next.capitalized, !next.capitals, !next.glued,
                   lexicon.months[next.lower] == nil, lexicon.weekdays[next.lower] == nil,
                   // (a first name and a surname, then no more of a name: "February Peace
                   // Conference" and "December Nikkei 225" are attributive months)
                   i + 2 >= tokens.count || !(tokens[i + 2].capitalized || tokens[i + 2].kind == .number) { return nil }
            }
            // A month that is also a noun, before "of" and a capitalised name, is the noun in
            // a name: "the March of Dimes", "the March of the Living" (not "March of 2025",
            // "March of last year"). So is one before "for" and a name, with no preposition
            // to claim it as a month: "the March for Life" (not "in March for Easter").
            if lexicon.ambiguousMonths.contains(t.lower), t.capitalized, i + 2 < tokens.count,
               tokens[i + 1].lower == cx.partitive
                || (lexicon.monthNounNameLinks.contains(tokens[i + 1].lower) && !lexicon.monthPrepositions.contains(previous)) {
                var k = i + 2
                if cx.articles.contains(tokens[k].lower), k + 1 < tokens.count { k += 1 }
                let w = tokens[k]
                if w.kind == .word, w.capitalized, !cx.articles.contains(w.lower), lexicon.months[w.lower] == nil,
                   lexicon.weekdays[w.lower] == nil, lexicon.seasons[w.lower] == nil, lexicon.units[w.lower] == nil,
                   lexicon.shifts[w.lower] == nil, lexicon.ordinals[w.lower] == nil { return nil }
            }
            // "May" before a lowercase word is the verb, unless a preposition claims it ("in May that…")
            // or a month is joined to it.
            if cx.modalMonths.contains(t.lower) && i + 1 < tokens.count && tokens[i + 1].kind == .word && !tokens[i + 1].capitalized
                && name == .monthbare && !lexicon.monthPrepositions.contains(previous) && !joinedToMonth { return nil }
            cap[key == "monthbare" ? "month" : key] = pad(m, 2)
            // An abbreviation takes its period: "Jan."
            if abbreviation && i + 1 < tokens.count && tokens[i + 1].lower == "." && tokens[i + 1].glued { return i + 2 }
            return i + 1
        case .weekdays:
            // "Mondays": a weekday's plural, the day that recurs.
            guard t.kind == .word, t.lower.hasSuffix("s"), t.lower.count >= 7,
                  let d = lexicon.weekdays[String(t.lower.dropLast())] else { return nil }
            cap["weekday"] = String(d)
            return i + 1
        case .weekday:
            guard t.kind == .word else { return nil }
            let d: Int
            if let full = lexicon.weekdays[t.lower], t.lower.count > 5 || (t.capitalized && i + 1 < tokens.count && tokens[i + 1].lower == "." && tokens[i + 1].glued) {
                // a name, or an abbreviation as print writes it ("Tue.", "Thurs."): capitalized, with its period
                d = full
            } else if let post = lexicon.postWeekdays[t.lower], !t.capitalized || lexicon.postWeekdaysAlone.contains(t.lower) {
                // as posts write it: "sat morning", "on fri"; capitalized ("next Fri"), only
                // an abbreviation that no word shares, and only after a cue or before a part
                // of the day ("the Thu Bon river" is a name)
                let partOfDayAfter = i + 1 < tokens.count && tokens[i + 1].kind == .word && lexicon.partsOfDay[tokens[i + 1].lower] != nil
                let cues = lexicon.postWeekdayHomonyms.contains(t.lower) ? lexicon.postWeekdayStrictCues : lexicon.postWeekdayCues
                guard partOfDayAfter || cues.contains(previous) || (!t.capitalized && lexicon.postWeekdaysAlone.contains(t.lower))
                        || (previous != cx.definiteArticle && clockOrPartOfDayAfter(tokens, i))
                        // (or "at" a clock time, an abbreviation no word shares: "The call is
                        // Thurs at 3pm"; not "The Lords sat at 11am")
                        || (previous != cx.definiteArticle && lexicon.postWeekdaysAlone.contains(t.lower) && i + 1 < tokens.count
                            && lexicon.precededBy["beforeclock"]?.contains(tokens[i + 1].lower) == true && clockOrPartOfDayAfter(tokens, i + 1))
                        || (t.capitalized && weekdayRangePartner(tokens, i))
                        // (or a line's first word before a clock time, as the later branch
                        // allows the others: "Fri 18:00 drinks")
                        || (t.capitalized && i + 1 < tokens.count && tokens[i + 1].kind == .clock
                            && opensLine(tokens, i))
                        // (or before a date, as the later branch allows the others: "Tue March 4, 2026")
                        || (t.capitalized && opensDayAndMonth(tokens, i + 1)) else { return nil }
                d = post
            } else if t.capitalized, let post = lexicon.postWeekdays[t.lower], i + 1 < tokens.count,
                      tokens[i + 1].lower == ".", tokens[i + 1].glued,
                      lexicon.ampmWords[previous] != nil
                        || (i + 2 < tokens.count && !tokens[i + 2].capitalized && lexicon.partsOfDay[tokens[i + 2].lower] != nil) {
                // "Sat." and "Sun." as listings print them: after a clock time ("8 p.m.
                // Sat.") or before a part of the day ("Sun. night"); elsewhere the verb
                // or the star.
                d = post
            } else if t.capitalized, let post = lexicon.postWeekdays[t.lower],
                      lexicon.postWeekdayHomonyms.contains(t.lower) ? lexicon.postWeekdayHomonymCues.contains(previous)
                        : lexicon.postWeekdayStrictCues.contains(previous),
                      i + 1 >= tokens.count || tokens[i + 1].kind == .punct || tokens[i + 1].kind == .boundary
                        || (i + 2 < tokens.count && lexicon.precededBy["beforeclock"]?.contains(tokens[i + 1].lower) == true
                            && (tokens[i + 2].kind == .number || tokens[i + 2].kind == .clock)) {
                // A capitalized abbreviation after a strict cue where the phrase ends or a
                // clock time follows: "Back on Mon!", "till Thurs, then", "this Sun at 11"
                // (not "attacks on Mon villages", a name); one
                // that a word shares only after a word that takes a day ("See you next
                // Sat!"; not "on Sun.", the paper).
                d = post
            } else if t.capitalized, let post = lexicon.postWeekdays[t.lower], previous != cx.definiteArticle,
                      i + 1 < tokens.count, tokens[i + 1].kind == .ordinal, !tokens[i + 1].capitalized,
                      i + 2 >= tokens.count || !tokens[i + 2].capitalized {
                // A capitalized abbreviation before a day of the month written with its
                // suffix, as listings and posts write a date: "Sat 15th", "Wed 12th" (not
                // "the Sun 16th", nor a name after it, "Sat 15th Division").
                d = post
            } else if t.capitalized, let post = lexicon.postWeekdays[t.lower], i > 0, previous != cx.definiteArticle,
                      tokens[i - 1].kind == .word || tokens[i - 1].kind == .number, clockOrPartOfDayAfter(tokens, i) {
                // A capitalized abbreviation inside a sentence before a clock time or a
                // part of the day, as listings and posts write them: "drops Fri 9pm",
                // "Match on Sat 3pm", "Party Sat night" (not a sentence's first word,
                // "Sat night after night").
                d = post
            } else if t.capitalized, let post = lexicon.postWeekdays[t.lower],
                      opensLine(tokens, i),
                      i + 1 < tokens.count,
                      (tokens[i + 1].kind == .word && (!tokens[i + 1].capitalized || tokens[i + 1].capitals)
                        && lexicon.partsOfDay[tokens[i + 1].lower] != nil
                        && !(i + 3 < tokens.count && cx.reduplicationLinkers.contains(tokens[i + 2].lower) && tokens[i + 3].lower == tokens[i + 1].lower))
                      || tokens[i + 1].kind == .clock || (tokens[i + 1].kind != .word && clockOrPartOfDayAfter(tokens, i)) {
                // A sentence's or a line's first word before a part of the day or a clock
                // time, as posts and timetables write them: "Sat morning run done", "Wed
                // night trivia?", "Sat 10:00-14:00", "Fri 18:00 drinks", "Sun 5pm" (a clock
                // time with its colon whatever follows it; not the verb of "Sat night
                // after night by his bed": a noun, a linker and the noun again is no day).
                d = post
            } else if t.capitalized, let post = lexicon.postWeekdays[t.lower], weekdayRangePartner(tokens, i) {
                // Either end of a range of abbreviated weekdays, as opening hours write it:
                // "Open Mon-Fri", "runs Tue-Sun", "Mon to Sat" (a range word, not "and").
                d = post
            } else if t.capitalized, let post = lexicon.postWeekdays[t.lower], opensDayAndMonth(tokens, i + 1) {
                // Any abbreviation before a day and a month, as listings and posts write
                // dates: "Sat 14th March", "Mon, June 3".
                d = post
            } else {
                return nil
            }
            // "the Sunday Times", "the Sunday Telegraph": after "the", a weekday before a
            // capitalized word that names no time is part of a name.
            if i > 0, previous == cx.definiteArticle, i + 1 < tokens.count, case let n = tokens[i + 1], n.kind == .word, n.capitalized,
               lexicon.months[n.lower] == nil, lexicon.partsOfDay[n.lower] == nil, lexicon.weekdays[n.lower] == nil {
                return nil
            }
            cap[key] = String(d)
            if t.lower.count <= 5 && i + 1 < tokens.count && tokens[i + 1].lower == "." && tokens[i + 1].glued { return i + 2 }
            return i + 1
        case .season, .seasonbare:
            guard t.kind == .word, let s = lexicon.seasons[t.lower] else { return nil }
            // (a season joined to another is one too: "the fall and winter", "summer and autumn 1918")
            if name == .seasonbare && !lexicon.seasonCues.contains(previous)
                && !(lexicon.rangeJoiners.contains(previous) && i >= 2 && lexicon.seasons[tokens[i - 2].lower] != nil)
                && !(i + 2 < tokens.count && lexicon.rangeJoiners.contains(tokens[i + 1].lower) && lexicon.seasons[tokens[i + 2].lower] != nil) {
                return nil
            }
            if name == .seasonbare && lexicon.seasonHomonymsBeforeOf.contains(t.lower),
               i + 1 < tokens.count, tokens[i + 1].lower == cx.partitive { return nil }
            // A capitalized season before a capitalized word, in running text (the word
            // before it in lower case), opens a name: "the next Winter Games", "the Winter
            // Palace", "the Spring Statement" (a title-case headline capitalizes the word
            // before as well: "Prices Rise This Winter As…"; a noun of an event keeps it,
            // "the Spring Offensive").
            if t.capitalized, i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].capitalized, i + 1 < tokens.count,
               case let n = tokens[i + 1], n.kind == .word, n.capitalized, lexicon.months[n.lower] == nil,
               lexicon.weekdays[n.lower] == nil, lexicon.seasons[n.lower] == nil, lexicon.partsOfDay[n.lower] == nil,
               !(lexicon.followedBy["beforeevent"]?.contains(n.lower) ?? false) { return nil }
            cap[key == "seasonbare" ? "season" : key] = s
            return i + 1
        case .unit, .unitcal, .unitplural, .unitdur, .unitsing, .unitdurplural:
            guard t.kind == .word, let u = lexicon.units[t.lower] else { return nil }
            let plural = t.lower.hasSuffix(cx.pluralSuffix) || cx.irregularUnitPlurals.contains(t.lower)
            switch name {
            case .unitcal: if plural || u == "D" || u == "H" || u == "MIN" || u == "S" || u == "FN" { return nil }
            case .unitplural: if !plural { return nil }
            case .unitdur: if u == "S" || u == "Q" || u == "WE" { return nil }
            case .unitsing: if plural || u == "Q" || u == "WE" { return nil }
            case .unitdurplural: if !plural || u == "S" || u == "Q" || u == "WE" { return nil }
            default: break
            }
            // A unit that is also an ordinal, before a hyphen and a word, is the ordinal
            // of a compound ("two second-hand cars", "the second-largest"), unless the
            // word makes it a length or an age ("a 30-second-long spot").
            if !plural, lexicon.ordinals[t.lower] != nil, i + 2 < tokens.count, tokens[i + 1].lower == "-", tokens[i + 1].glued,
               tokens[i + 2].kind == .word, !cx.ageWords.contains(tokens[i + 2].lower),
               !cx.unitCompoundWords.contains(tokens[i + 2].lower) { return nil }
            // (a class's own name captures as "unit"; a name the rule gives, "@unit:unit2", as itself)
            cap[WordClass.ID(rawValue: key) != nil ? "unit" : key] = u
            return i + 1
        case .shift:
            guard t.kind == .word, let s = lexicon.shifts[t.lower] else { return nil }
            // "this past weekend", "this coming year": the second word says which way.
            // ("coming" names the nearest weekend ahead: captured as "nearest")
            if s == 0, i + 1 < tokens.count, tokens[i + 1].kind == .word, let second = lexicon.shifts[tokens[i + 1].lower], second != 0 {
                cap[key] = String(second)
                if lexicon.nearestAheadShifts.contains(tokens[i + 1].lower) { cap["nearest"] = tokens[i + 1].lower }
                return i + 2
            }
            cap[key] = String(s)
            if lexicon.nearestAheadShifts.contains(t.lower) { cap["nearest"] = t.lower }
            return i + 1
        case .pod:
            guard t.kind == .word, let p = lexicon.partsOfDay[t.lower] else { return nil }
            cap[key] = p
            return i + 1
        case .twilight:
            // (one word, "dawn", or two, "first light")
            guard t.kind == .word else { return nil }
            if let p = lexicon.twilight[t.lower] { cap["pod"] = p; return i + 1 }
            guard i + 1 < tokens.count, tokens[i + 1].kind == .word,
                  let p = lexicon.twilight[t.lower + " " + tokens[i + 1].lower] else { return nil }
            cap["pod"] = p
            return i + 2
        case .hourspod:
            // (one word, "predawn", or two, "early morning", "late-night"; the longer first)
            guard t.kind == .word else { return nil }
            if i + 1 < tokens.count {
                var k = i + 1
                if tokens[k].lower == "-", tokens[k].glued, k + 1 < tokens.count, tokens[k + 1].glued { k += 1 }
                if tokens[k].kind == .word, let p = lexicon.partOfDayBeforeHours[t.lower + " " + tokens[k].lower] {
                    cap["pod"] = p
                    return k + 1
                }
            }
            guard let p = lexicon.partOfDayBeforeHours[t.lower] else { return nil }
            cap["pod"] = p
            return i + 1
        case .a:
            guard cx.indefiniteArticles.contains(t.lower) else { return nil }
            cap["num"] = "1"
            return i + 1
        case .num:
            return matchNumber(tokens, i, &cap, key)
        case .fraction:
            if let f = cx.fractionSymbols[t.lower] { cap["frac"] = String(f); return i + 1 }
            guard t.kind == .number, i + 2 < tokens.count, tokens[i + 1].lower == "/", tokens[i + 1].glued,
                  tokens[i + 2].kind == .number, tokens[i + 2].glued, tokens[i + 2].number > 0 else { return nil }
            cap["frac"] = String(t.number / tokens[i + 2].number)
            return i + 3
        case .vague:
            for phrase in vagueLongestFirst where phraseMatches(phrase, tokens, i) {
                cap["num"] = "X"
                return i + phrase.count
            }
            return nil
        case .holiday:
            guard holidayFirstWords.contains(t.lower) else { return nil }
            var length = min(holidayMaxLength, tokens.count - i)
            while length > 0 {
                let phrase = (i..<(i + length)).map { tokens[$0].lower }
                if let v = lexicon.holidays[phrase] ?? writtenAsName(phrase, tokens, i),
                   !(i..<(i + length)).contains(where: { tokens[$0].kind == .boundary }) {
                    // A holiday word before a noun names something else ("Easter Island", "easter egg").
                    if i + length < tokens.count, tokens[i + length].kind == .word, tokens[i + length].glued == false,
                       lexicon.holidayNounFollowers.contains(tokens[i + length].lower) { return nil }
                    // A season's gathering is held on the holiday only if its name says the day.
                    if i + length < tokens.count, tokens[i + length].kind == .word, tokens[i + length].glued == false,
                       lexicon.holidaySeasonGatherings.contains(tokens[i + length].lower),
                       !lexicon.holidayDayWords.contains(tokens[i + length - 1].lower) { return nil }
                    cap["holiday"] = v
                    return i + length
                }
                length -= 1
            }
            return nil
        case .dom:
            // A day of the month: an ordinal 1-31 in digits ("19th"); a spelled one ("the
            // second") is too often something else.
            guard t.kind == .ordinal, t.number >= 1, t.number <= 31 else { return nil }
            let n = Int(t.number)
            cap["day"] = pad(n, 2)
            return i + 1
        case .refword:
            guard refFirstWords.contains(t.lower) else { return nil }
            var length = min(refMaxLength, tokens.count - i)
            while length > 0 {
                let phrase = (i..<(i + length)).map { tokens[$0].lower }
                if let v = lexicon.referenceWords[phrase], !(i..<(i + length)).contains(where: { tokens[$0].kind == .boundary }) {
                    cap["ref"] = v
                    return i + length
                }
                length -= 1
            }
            return nil
        case .ordcentury:
            // A bare "20th century" names a century; "his fifth century" is a cricket score.
            var n = 0
            if t.kind == .ordinal { n = Int(t.number) } else if t.kind == .word, let o = lexicon.ordinals[t.lower] { n = o }
            // (an early one after an edge of a period too: "the late first century")
            let edge = i > 0 && TimexMatcher.edgeMods.contains(lexicon.modifiers[[tokens[i - 1].lower]] ?? "")
            guard n >= 10 || (edge && n >= 1), n <= 30 else { return nil }
            cap["ord"] = String(n)
            return i + 1
        case .qdigit, .hdigit:
            // The digit of "Q3", "H1": one digit glued to the letter before it, not to a
            // letter or digit after it ("H1N1" is no half-year).
            guard t.kind == .number, t.digits == 1, t.glued, i > 0, tokens[i - 1].kind == .word else { return nil }
            let v = Int(t.number)
            guard (1...(name == .qdigit ? 4 : 2)).contains(v) else { return nil }
            if i + 1 < tokens.count, tokens[i + 1].glued, tokens[i + 1].kind == .word || tokens[i + 1].kind == .number { return nil }
            cap["ord"] = String(v)
            return i + 1
        case .ord:
            if t.kind == .ordinal { cap[key] = String(Int(t.number)); return i + 1 }
            if t.kind == .word, let o = lexicon.ordinals[t.lower] { cap[key] = String(o); return i + 1 }
            return nil
        case .day:
            var d = 0
            if t.kind == .number && t.digits >= 1 && t.digits <= 2 { d = Int(t.number) }
            else if t.kind == .ordinal { d = Int(t.number) }
            else if t.kind == .word, let o = lexicon.ordinals[t.lower] { d = o }
            guard (1...31).contains(d) else { return nil }
            // "16 percent" is not a day.
            if i + 1 < tokens.count, lexicon.notYearFollowers.contains(tokens[i + 1].lower) { return nil }
            cap[key] = pad(d, 2)
            return i + 1
        case .daynum:
            // A day of the month as a bare number: 1-31, one or two digits, not glued
            // to what follows ("the 21st" is an ordinal; "the 21-year-old" no day).
            guard t.kind == .number, t.digits >= 1, t.digits <= 2, t.number >= 1, t.number <= 31 else { return nil }
            if i + 1 < tokens.count, tokens[i + 1].glued, tokens[i + 1].kind != .punct || tokens[i + 1].lower == "-" { return nil }
            cap["day"] = pad(Int(t.number), 2)
            return i + 1
        case .mm, .dd:
            // Two digits; one where a slash, a dot or a hyphen follows ("1/1/2025",
            // "3/14/2025", "1.5.2020", "6-30-2027": the rules go on to a four-digit year).
            let slashed = i + 1 < tokens.count && tokens[i + 1].glued
                && (tokens[i + 1].lower == "/" || tokens[i + 1].lower == "." || tokens[i + 1].lower == "-")
            guard t.kind == .number, t.digits == 2 || (t.digits == 1 && slashed) else { return nil }
            let v = Int(t.number)
            guard (1...(name == .mm ? 12 : 31)).contains(v) else { return nil }
            cap[name == .mm ? "month" : "day"] = pad(v, 2)
            return i + 1
        case .year, .yearbare:
            guard t.kind == .number, t.digits == 4, t.number >= 1000, t.number <= 2199 else { return nil }
            if name == .yearbare {
                // "(1790)" after a name is a date, however old.
                let parenthesized = previous == "(" && i + 1 < tokens.count && tokens[i + 1].lower == ")"
                if lexicon.notYearPrecedents.contains(previous) { return nil }
                // (an abbreviation's period is a token of its own: "No. 2019", "vol. 12")
                if previous == ".", i > 1, tokens[i - 1].glued, lexicon.notYearPrecedents.contains(tokens[i - 2].lower + ".") { return nil }
                // ("at 2130" where the phrase ends is the 24-hour clock, `hhmm`, not a year a
                // century ahead)
                if t.number >= 2100, Int(t.number) % 100 < 60, lexicon.precededBy["afterat"]?.contains(previous) == true,
                   zeroWidth(.clauseend, "clauseend", tokens, i + 1) { return nil }
                if i > 0 && tokens[i - 1].glued == false && tokens[i - 1].kind == .number { return nil }
                // A number glued on by a hyphen that is no year before it is a code's or a
                // phone number's tail ("call 555-2026", "case 14-2019"), not a year.
                if previous == "-", t.glued, i > 1, tokens[i - 2].kind == .number, tokens[i - 2].digits != 4 { return nil }
                // "by early 1916 women drove the trams": after the edge of a period the
                // number is a year, whatever noun follows.
                func afterEdge() -> Bool {
                    if previous == "-" { return i > 1 && lexicon.gluedModifiers[tokens[i - 2].lower] != nil }
                    let m = lexicon.modifiers[[previous]]
                    return m == "START" || m == "END" || m == "MID"
                }
                if i + 1 < tokens.count {
                    let next = tokens[i + 1]
                    if lexicon.notYearFollowers.contains(next.lower) && !afterEdge() { return nil }
                    if next.lower == "-" && next.glued && i + 2 < tokens.count && tokens[i + 2].kind == .number && tokens[i + 2].digits != 4
                        && TimexMatcher.shortRangeEnd(year: Int(t.number), tokens, i + 2) == nil { return nil }
                    // A range of two numbers before an amount is an amount: "1500-1600 troops".
                    if next.lower == "-" && next.glued && i + 2 < tokens.count && tokens[i + 2].kind == .number
                        && TimexMatcher.amountAfter(tokens, i + 2, lexicon, anyNoun: t.number < 1800) { return nil }
                    if next.kind == .number { return nil }
                    // A model's number glued to a letter or two: "Mirage 2000-D", "2000-5D"
                    // is no year ("1990-era" is one).
                    if next.lower == "-" && next.glued && i + 2 < tokens.count && tokens[i + 2].glued
                        && (tokens[i + 2].kind == .word && tokens[i + 2].lower.utf8.count <= 2 || tokens[i + 2].kind == .number
                            && i + 3 < tokens.count && tokens[i + 3].glued && tokens[i + 3].kind == .word) { return nil }
                }
                // ("F-2000", "T-1000": a letter's model number)
                if previous == "-", i > 1, tokens[i - 1].glued, tokens[i - 2].kind == .word, tokens[i - 2].capitalized,
                   tokens[i - 2].lower.utf8.count <= 2 { return nil }
                if t.glued && i > 0 && (tokens[i - 1].kind == .word || tokens[i - 1].lower == "$") { return nil }
                if t.number < 1800 && !lexicon.temporalCues.contains(previous) && !parenthesized
                    && !TimexMatcher.inYearRange(tokens, i, lexicon) && !approximatedYear(tokens, i) { return nil }
            }
            cap[key == "yearbare" ? "year" : key] = String(Int(t.number))
            return i + 1
        case .spelledyear:
            return matchSpelledYear(tokens, i, &cap)
        case .eryear:
            return matchEraYear(tokens, i, &cap, key)
        case .decade:
            if t.kind == .decade {
                // A decade starts at a multiple of ten ("the 1960s", "the 80s"; "18s" is none),
                // and a two-digit one glued to a word by a hyphen is an age group ("the
                // under-20s", "over-50s"), unless the word is an edge ("mid-60s").
                guard Int(t.number) % 10 == 0 else { return nil }
                if t.digits == 2, t.glued, i >= 2, tokens[i - 1].lower == "-", tokens[i - 1].glued, tokens[i - 2].kind == .word,
                   !TimexMatcher.edgeMods.contains(lexicon.modifiers[[tokens[i - 2].lower]] ?? "") { return nil }
                cap[key] = String(Int(t.number))
                return i + 1
            }
            if t.kind == .word, let d = lexicon.decadeWords[t.lower] { cap[key] = String(d); return i + 1 }
            return nil
        case .clock:
            guard t.kind == .clock else { return nil }
            let hh = Int(t.number) / 100, mm = Int(t.number) % 100
            guard hh <= 24, mm < 60 else { return nil }
            // A race time carries seconds or their fractions ("1:23:51", "2:00.11",
            // "won in 8:40.16"): a duration run, not a time of day, unless a.m., p.m. or a
            // time zone follows ("at 4:05:12 p.m.").
            if i + 2 < tokens.count, tokens[i + 1].glued, tokens[i + 1].lower == ":" || tokens[i + 1].lower == ".",
               !(i > 0 && t.glued && tokens[i - 1].lower == TemporalTokenizer.isoTimeSeparator),
               tokens[i + 2].glued, tokens[i + 2].kind == .number
                || (tokens[i + 2].kind == .word && tokens[i + 2].lower.utf8.first.map { $0 >= 48 && $0 <= 57 } == true) {
                // (also with its unit glued on: "won in 2:02.75sec")
                let after = i + 3 < tokens.count ? tokens[i + 3].lower : ""
                if lexicon.ampmWords[after] == nil && !lexicon.timezones.contains(after) { return nil }
            }
            // A game's clock: the time left or gone ("with 3:57 left", "1:29 remaining",
            // "2:46 into the second half", "2:46 before the end of the half").
            for phrase in cx.gameClockFollowers where i + phrase.count < tokens.count
                && phrase.indices.allSatisfy({ tokens[i + 1 + $0].lower == phrase[$0] }) {
                return nil
            }
            // A code that a clock's digits open ("No. 3:17-cv-04567", a court's case
            // number) is no time: a hyphen and letters glued after it.
            if i + 2 < tokens.count, tokens[i + 1].glued, tokens[i + 1].lower == "-", tokens[i + 2].glued,
               tokens[i + 2].kind == .word, lexicon.ampmWords[tokens[i + 2].lower] == nil { return nil }
            cap["clock"] = pad(hh, 2) + pad(mm, 2)
            return i + 1
        case .yy:
            // A year in two digits glued to what names it ("FY24", "FY99"): 00-68 are
            // this century's, 69-99 the last's, as POSIX reads two-digit years.
            guard t.kind == .number, t.digits == 2, t.glued else { return nil }
            let n = Int(t.number)
            cap["year"] = String(n < 69 ? 2000 + n : 1900 + n)
            return i + 1
        case .yearnext:
            // "the winter of 1941–42": the next year, whole or in its last two digits.
            guard t.kind == .number, t.digits == 2 || t.digits == 4, let y = cap["year"].flatMap({ Int($0) }) else { return nil }
            let n = Int(t.number)
            guard t.digits == 4 ? n == y + 1 : n == (y + 1) % 100 else { return nil }
            cap["year"] = String(y + 1)
            return i + 1
        case .apyear:
            // An apostrophe and two digits, the apostrophe not closing a word ("the class
            // of '85"; not "'80s", a decade, and not a quotation's "'15 people").
            guard t.lower == "'", !t.glued || i == 0, i + 1 < tokens.count, case let n = tokens[i + 1], n.kind == .number, n.digits == 2,
                  n.glued else { return nil }
            // (a glued closing mark may end the sentence or clause: "the summer of '69.")
            if i + 2 < tokens.count, tokens[i + 2].glued,
               !(tokens[i + 2].kind == .punct && [".", ",", ";", ":", "!", "?", ")"].contains(tokens[i + 2].lower)) { return nil }
            cap["yy"] = pad(Int(n.number), 2)
            return i + 2
        case .hhmm:
            // A 24-hour time in four digits, as wire copy gives it in a time zone: "(0230
            // GMT)"; only before a time zone's name (else it is a year or an amount), or
            // before "hours" where a leading zero or "at" says it is no count ("0600 hrs",
            // "at 1400 hours"; "took 1400 hours" is a length).
            guard t.kind == .number, t.digits == 4, i + 1 < tokens.count else { return nil }
            let next = tokens[i + 1].lower
            let afterAt = i > 0 && lexicon.precededBy["afterat"]?.contains(tokens[i - 1].lower) == true
            // (and, with a leading zero or past any year talked of, 2100 and later, after
            // "at" where the phrase ends: "moved at 0600.", "Police were called at 2245 on
            // Saturday")
            guard lexicon.timezones.contains(next)
                || lexicon.clockHourWords.contains(next) && (t.number < 1000 || afterAt)
                || (t.number < 1000 || t.number >= 2100) && afterAt && zeroWidth(.clauseend, "clauseend", tokens, i + 1) else { return nil }
            let hh = Int(t.number) / 100, mm = Int(t.number) % 100
            guard hh <= 23, mm < 60 else { return nil }
            cap["clock"] = pad(hh, 2) + pad(mm, 2)
            return i + 1
        case .hour:
            guard t.kind == .number, t.digits >= 1, t.digits <= 2, t.number >= 1, t.number <= 12 else { return nil }
            cap["hour"] = pad(Int(t.number), 2)
            return i + 1
        case .ampm:
            guard let half = lexicon.ampmWords[t.lower] else { return nil }
            cap["ampm"] = half
            return i + 1
        case .tz:
            return lexicon.timezones.contains(t.lower) ? i + 1 : nil
        default:
            return nil
        }
    }


    /// Whether a day of the month and a month name (either order, an optional comma
    /// first) start at token j: "14th March", ", June 3", "9/30".
    /// Whether the word at i is joined by a range word (not a list word) to a weekday
    /// or a weekday's abbreviation on either side ("Mon-Fri", "Tue to Sun").
    func weekdayRangePartner(_ tokens: [TToken], _ i: Int) -> Bool {
        func isDay(_ k: Int) -> Bool {
            k >= 0 && k < tokens.count && tokens[k].kind == .word
                && (lexicon.postWeekdays[tokens[k].lower] != nil || lexicon.weekdays[tokens[k].lower] != nil)
        }
        func isRange(_ k: Int) -> Bool {
            k >= 0 && k < tokens.count && lexicon.rangeJoiners.contains(tokens[k].lower) && !lexicon.listJoiners.contains(tokens[k].lower)
        }
        return (isRange(i + 1) && isDay(i + 2)) || (isRange(i - 1) && isDay(i - 2))
    }

    /// Whether a clock time ("9pm", "7:30") or a lowercase part of the day ("night")
    /// follows the word at i: what makes a capitalized weekday abbreviation inside a
    /// sentence a day ("drops Fri 9pm", "Party Sat night").
    /// Whether the token at `i` is the first word of a line or of a sentence or list
    /// item (after punctuation other than a hyphen), where a listing puts its day.
    func opensLine(_ tokens: [TToken], _ i: Int) -> Bool {
        i == 0 || tokens[i - 1].kind == .boundary || (tokens[i - 1].kind == .punct && tokens[i - 1].lower != "-")
    }

    func clockOrPartOfDayAfter(_ tokens: [TToken], _ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let n = tokens[i + 1]
        let ampmAfter = i + 2 < tokens.count && lexicon.ampmWords[tokens[i + 2].lower] != nil
        switch n.kind {
        case .clock: return ampmAfter || i + 2 >= tokens.count || tokens[i + 2].kind != .word
        case .number: return n.digits <= 2 && n.number >= 1 && n.number <= 12 && ampmAfter
        case .word: return !n.capitalized && lexicon.partsOfDay[n.lower] != nil
        default: return false
        }
    }

    func opensDayAndMonth(_ tokens: [TToken], _ j: Int) -> Bool {
        var k = j
        if k < tokens.count, tokens[k].lower == "," { k += 1 }
        guard k + 1 < tokens.count else { return false }
        func isDay(_ t: TToken) -> Bool {
            guard t.kind == .number || t.kind == .ordinal else { return false }
            let digits = t.lower.prefix { $0.isASCII && $0.isNumber }
            guard let n = Int(digits), digits.count <= 2 else { return false }
            return (1...31).contains(n)
        }
        let (a, b) = (tokens[k], tokens[k + 1])
        if (isDay(a) && lexicon.months[b.lower] != nil) || (lexicon.months[a.lower] != nil && isDay(b)) { return true }
        // (or a month and day in numbers, "Sat 9/30")
        guard k + 2 < tokens.count, a.kind == .number, a.digits <= 2, a.number >= 1, a.number <= 12, b.lower == "/", b.glued else { return false }
        return tokens[k + 2].glued && isDay(tokens[k + 2])
    }

    /// Whether the not-after tests that open a rule ("@notafterpossessive") also hold at
    /// an earlier start: where a modifier joins the expression, the word before the
    /// modifier is the one they are about ("her late eighties" is an age, as "her
    /// eighties" is).
    func leadingExclusionsHold(rule: Int, _ tokens: [TToken], at i: Int) -> Bool {
        for e in rules[rule].elements {
            guard e.alternatives.count == 1, case .wordClass(let c) = e.alternatives[0], c.zeroWidth else { break }
            if c.id == .notPrecededBy, !zeroWidth(c.id, c.name, tokens, i) { return false }
        }
        return true
    }

    /// Context tests that consume nothing.
    func zeroWidth(_ id: WordClass.ID, _ name: String, _ tokens: [TToken], _ i: Int) -> Bool {
        let next: TToken? = i < tokens.count ? tokens[i] : nil
        if id == .precededBy, let words = lexicon.precededBy[name] { return i > 0 && words.contains(tokens[i - 1].lower) }
        if id == .notPrecededBy, let words = lexicon.precededBy[String(name.dropFirst(3))] { return !(i > 0 && words.contains(tokens[i - 1].lower)) }
        if id == .followedBy, let words = lexicon.followedBy[name] { return next.map { words.contains($0.lower) } ?? false }
        if id == .notFollowedBy, let words = lexicon.followedBy[String(name.dropFirst(3))] { return !(next.map { words.contains($0.lower) } ?? false) }
        switch id {
        case .eoc:
            guard let n = next else { return true }
            return n.kind == .boundary || (n.kind == .punct && n.lower != "-" && n.lower != cx.possessive)
        case .domend:
            // A day of the month ends its phrase: punctuation, a range word or "at" follows, not a noun.
            guard let n = next else { return true }
            if zeroWidth(.eoc, "eoc", tokens, i) { return true }
            // "from the 13th to the 19th of October", not "the 11th to 13th century".
            // ("on the 25th and i still havent got a dress": "and" before a subject opens
            // another clause)
            if lexicon.rangeJoiners.contains(n.lower) {
                guard i + 1 < tokens.count else { return false }
                let after = tokens[i + 1].lower
                return after == cx.definiteArticle || (lexicon.listJoiners.contains(n.lower) && lexicon.subjectPronouns.contains(after))
            }
            return n.kind == .word && (lexicon.afterDayOfMonth.contains(n.lower)
                || (i > 0 && tokens[i - 1].kind == .number && lexicon.afterNumericDayOfMonth.contains(n.lower)))
        case .clauseend:
            // The phrase ends here: punctuation, a function word or a subject pronoun follows
            // ("in the past, …", "in the past that…", "in the past it…"), not a noun or "of".
            guard let n = next else { return true }
            if zeroWidth(.eoc, "eoc", tokens, i) { return true }
            return n.kind == .word && n.lower != cx.partitive
                && (lexicon.functionWords.contains(n.lower) || lexicon.subjectPronouns.contains(n.lower))
        case .afterlaterin:
            // After "earlier in", "later in" ("later in the day").
            return i > 1 && tokens[i - 1].lower == cx.aheadPreposition && lexicon.relativeInModifiers.contains(tokens[i - 2].lower)
        case .afterinonly:
            // "in five years", but not "the first time in three decades" or "the highest in
            // five years", which look back over a span.
            guard i > 0, tokens[i - 1].lower == cx.aheadPreposition else { return false }
            guard i > 1 else { return true }
            let before = tokens[i - 2].lower
            if cx.spanLookBackHeads.contains(before) || (before.count > 4 && before.hasSuffix(cx.superlativeSuffix)) { return false }
            // ("up to 40mm in 24 hours", "will climb 5 percent in a year": after an amount
            // of a measure, "in" a number of units is the span of a rate, not a time ahead)
            // (the amount may stand a few words back in its clause: "up to 60mm could fall
            // in 12 hours", "40 mm of rain fell in six hours")
            var m = i - 2
            while m >= 0 && m >= i - 6 && tokens[m].kind != .punct && tokens[m].kind != .boundary {
                let w = tokens[m].lower
                if m > 0, cx.measureUnits.contains(w), tokens[m - 1].kind == .number { return false }
                if let d = w.unicodeScalars.first, d.properties.numericType != nil,
                   cx.measureUnits.contains(String(w.unicodeScalars.drop { $0.properties.numericType != nil || $0 == "." || $0 == "," })) {
                    return false
                }
                m -= 1
            }
            // ("her first in five years", "the first visit by top leaders in ten years",
            // "its highest reading in five years": "first", "only", "last" up to six words
            // back and a superlative two, within the noun phrase: a verb or an auxiliary
            // ends the search, "the first phase will be done in five years" looks ahead)
            let verbTypes = TokenType.strongFuture | TokenType.strongPast | TokenType.presentBe | TokenType.futureCue | TokenType.pastCue
            var k = i - 2
            while k >= 0 && k >= i - 7 && tokens[k].kind == .word && tokens[k].types & verbTypes == 0 {
                let w = tokens[k].lower
                if cx.spanLookBackModifiers.contains(w) { return false }
                if k >= i - 3 && w.count > 5 && w.hasSuffix(cx.superlativeSuffix) { return false }
                k -= 1
            }
            return true
        case .freesoon:
            // "soon" on its own, not "as soon as", "too soon", "soon after the vote".
            if i > 0 && cx.soonDegreeWords.contains(tokens[i - 1].lower) { return false }
            // A capital mid-sentence is a name ("Kim Soon").
            if i < tokens.count && tokens[i].capitalized && i > 0 && tokens[i - 1].kind == .word { return false }
            guard i + 1 < tokens.count else { return true }
            return !cx.soonPhraseFollowers.contains(tokens[i + 1].lower)
        case .quarterend:
            // "the fourth quarter of the game" is a period of play; "… of 1990", "… of this
            // year", "… of fiscal 1990" are calendar quarters.
            // ("the third quarter of $226 million" is a loss for the quarter: fine too.)
            guard i + 2 < tokens.count, tokens[i].lower == cx.partitive, cx.articles.contains(tokens[i + 1].lower) else { return true }
            return lexicon.quarterOfYearWords.contains(tokens[i + 2].lower)
        case .notofdate:
            // Not "… of Sunday" / "… of March": then the phrase is a point in that day or month.
            guard i + 1 < tokens.count, tokens[i].lower == cx.partitive else { return true }
            let n = tokens[i + 1].lower
            return lexicon.weekdays[n] == nil && lexicon.months[n] == nil && !cx.deicticDays.contains(n)
        case .notold:
            guard let n = next else { return true }
            return !cx.ageWords.contains(n.lower)
        case .notcapital:
            // The token here does not start with a capital.
            guard let n = next else { return true }
            return !n.capitalized
        case .notbeforecapital:
            // The next token is not a capitalised word (a name follows: "A Bola").
            guard let n = next else { return true }
            return !(n.kind == .word && n.capitalized)
        case .unitsdescend:
            // After "N unit and M unit": the second unit is smaller than the first ("an hour
            // and 40 minutes"), not a list or a range of lengths ("three months and two years").
            guard i >= 4, let second = lexicon.units[tokens[i - 1].lower].flatMap(TimeUnit.init(rawValue:)),
                  let first = lexicon.units[tokens[i - 4].lower].flatMap(TimeUnit.init(rawValue:)),
                  let a = TimeUnit.descending.firstIndex(of: first), let b = TimeUnit.descending.firstIndex(of: second) else { return false }
            return b > a
        case .notagelist:
            // Not the second of two ages after a possessive: "in their eighties and
            // nineties", "in her 70s or 80s".
            guard i >= 3, lexicon.listJoiners.contains(tokens[i - 1].lower) || tokens[i - 1].lower == "to",
                  let possessives = lexicon.precededBy["afterpossessive"] else { return true }
            let d = tokens[i - 2]
            guard d.kind == .decade || lexicon.decadeWords[d.lower] != nil else { return true }
            return !possessives.contains(tokens[i - 3].lower)
        case .notage:
            // Not an age: "five years old", "44-year-old".
            guard let n = next else { return true }
            if cx.ageWords.contains(n.lower) { return false }
            return !(n.lower == "-" && i + 1 < tokens.count && cx.ageWords.contains(tokens[i + 1].lower))
        case .durend:
            // A duration ends before punctuation or a function word, not before a noun ("a day trip");
            // a day named after it is an adjunct of its own ("halted for an hour Thursday",
            // "for a day yesterday").
            guard let n = next else { return true }
            if n.kind != .word { return n.lower != "-" }
            if lexicon.subjectPronouns.contains(n.lower) {
                // A fronted duration's phrase ends before the subject of its clause:
                // "Within a year it closed", "For a decade he said nothing" (after its
                // preposition; not "a day he would never forget", a relative clause).
                var k = i - 2
                if k >= 0, !cx.indefiniteArticles.contains(tokens[k].lower) { k -= 1 }
                return k >= 1 && cx.indefiniteArticles.contains(tokens[k].lower) && cx.durationGovernors.contains(tokens[k - 1].lower)
            }
            return lexicon.functionWords.contains(n.lower) || cx.deicticDays.contains(n.lower)
                || cx.durationEndAdverbs.contains(n.lower)
                || (n.capitalized && lexicon.weekdays[n.lower] != nil)
        case .notof:
            guard let n = next else { return true }
            return !cx.notPointFollowers.contains(n.lower)
        case .sentencestart:
            // A sentence starts here: the text's start, a line break or a sentence's end
            // mark before ("That autumn William marched…").
            guard i > 0 else { return true }
            let p = tokens[i - 1]
            return p.kind == .boundary || (p.kind == .punct && [".", "!", "?"].contains(p.lower))
        case .notaward:
            // Not the unit of an award's title: "player of the year", "employee of the
            // month", "goal of the week".
            // (nor the unit whose parts a plural names in general: "on certain days of
            // the week", "at all times of the year")
            guard i >= 2, tokens[i - 1].lower == cx.partitive else { return true }
            if lexicon.awardNouns.contains(tokens[i - 2].lower) { return false }
            // (not parts counted within one unit: "the first nine months of the year",
            // "the final days of the year")
            if cx.partsInGeneral.contains(tokens[i - 2].lower) {
                let definite = (max(0, i - 5)..<(i - 2)).contains { tokens[$0].lower == cx.definiteArticle }
                return definite
            }
            return true
        case .notnum:
            // Not before a number: "the years 1751-1777", "the days 3 and 4" name the
            // times themselves.
            guard let n = next else { return true }
            return n.kind != .number
        case .notdiscourse:
            // A sentence-opening "Now," or "Now for …" is a discourse marker, not a time.
            guard i >= 1, tokens[i - 1].lower == cx.discourseNow, tokens[i - 1].capitalized else { return true }
            let before = i >= 2 ? tokens[i - 2] : nil
            let opensSentence = before == nil || before!.kind == .boundary || [".", "\"", "!", "?"].contains(before!.lower)
            guard opensSentence, let n = next else { return true }
            return !cx.afterDiscourseNow.contains(n.lower)
        case .afteramount:
            // ("120 kilometers per hour": a unit of speed)
            return afterAmount(tokens, i) && !(i > 0 && cx.lengthUnits.contains(tokens[i - 1].lower))
        case .notafteramount:
            return !afterAmount(tokens, i)
        case .nohyphen:
            guard let n = next else { return true }
            return !(n.lower == "-" && n.glued)
        case .yearended:
            guard let n = next else { return false }
            return cx.periodEndFollowers.contains(n.lower)
        case .afterdur:
            guard i > 0 else { return false }
            return cx.durationGovernors.contains(tokens[i - 1].lower)
        default:
            return false
        }
    }

    /// Right after a number or an amount ("$2 million a year", "700 seats a week",
    /// "fifty thousand CDs a year"): "a year" there is a rate.
    func afterAmount(_ tokens: [TToken], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        func isAmount(_ t: TToken) -> Bool {
            t.kind == .number || lexicon.amountWords.contains(t.lower) || lexicon.cardinals[t.lower] != nil
        }
        let p = tokens[i - 1]
        if isAmount(p) || p.lower == "%" { return true }
        return i > 1 && p.kind == .word && isAmount(tokens[i - 2])
    }

    /// Whether the number at `i` follows an approximator of a date: "circa 1350", "c.
    /// 1350", "ca. 466", or "about", "around" after a preposition of time ("in about
    /// 1500", "from around 1200").
    func approximatedYear(_ tokens: [TToken], _ i: Int) -> Bool {
        guard i >= 1 else { return false }
        var k = i - 1
        var word = tokens[k].lower
        if word == ".", k >= 1, tokens[k].glued {
            k -= 1
            if tokens[k].lower.utf8.count == 1 && tokens[k].capitalized { return false }
            word = tokens[k].lower + "."
        }
        if lexicon.dateApproximators.contains(word) { return true }
        guard lexicon.pointApproximators.contains(word) || lexicon.prepositionalApproximators.contains(word), k >= 1 else { return false }
        return lexicon.approximatedPointPrepositions.contains(tokens[k - 1].lower)
    }

    /// The code of a holiday named by words that are also common words, when the
    /// phrase at `i` is written as a name: each word capitalised, and no capitalised
    /// word before it but a function word ("Lunar New Year", "Happy New Year" are
    /// other names).
    func writtenAsName(_ phrase: [String], _ tokens: [TToken], _ i: Int) -> String? {
        guard let v = lexicon.holidayNames[phrase] else { return nil }
        for k in i..<(i + phrase.count) where tokens[k].kind == .word && !tokens[k].capitalized
            && tokens[k].lower != lexicon.context.possessive { return nil }
        // (a function word capitalised at the sentence's start is no part of a name:
        // "At New Year, crowds gather")
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].capitalized,
           !lexicon.functionWords.contains(tokens[i - 1].lower) { return nil }
        return v
    }

    func phraseMatches(_ phrase: [String], _ tokens: [TToken], _ i: Int) -> Bool {
        guard i + phrase.count <= tokens.count else { return false }
        for (k, w) in phrase.enumerated() where tokens[i + k].lower != w { return false }
        return true
    }

    /// Cardinal numbers in digits or words: "3", "2.5", "three", "twenty-four", "twenty four",
    /// "a hundred", "two hundred".
    func matchNumber(_ tokens: [TToken], _ i: Int, _ cap: inout Captures, _ key: String) -> Int? {
        let t = tokens[i]
        if t.kind == .number {
            // A year-like number is not a count ("the 1988 quarter").
            if t.digits == 4 && t.number >= 1000 && t.number <= 2199 { return nil }
            cap[key] = formatNumber(t.number)
            return i + 1
        }
        guard t.kind == .word else { return nil }
        let article = cx.indefiniteArticles.contains(t.lower)
        if cx.coupleWords.contains(t.lower) || (article && i + 1 < tokens.count && cx.coupleWords.contains(tokens[i + 1].lower)) {
            let j = article ? i + 1 : i
            guard j + 1 < tokens.count else { return nil }
            // "a couple of days"; and, as Americans write it, "a couple weeks" (only
            // before a unit of time: "a couple hundred" is a number, "a couple" people);
            // posts drop the article ("couple days ago").
            if tokens[j + 1].lower == cx.partitive {
                cap[key] = "2"
                return j + 2
            }
            guard lexicon.units[tokens[j + 1].lower] != nil else { return nil }
            cap[key] = "2"
            return j + 1
        }
        var value = 0
        var j = i
        if article {
            guard i + 1 < tokens.count, cx.multipliers[tokens[i + 1].lower] != nil else { return nil }
            value = 1
            j = i + 1
        } else if let c = lexicon.cardinals[t.lower] {
            value = c
            j = i + 1
        } else if let tens = lexicon.tens[t.lower] {
            value = tens
            j = i + 1
            if j + 1 < tokens.count, tokens[j].lower == "-", tokens[j].glued, let ones = lexicon.cardinals[tokens[j + 1].lower], ones < 10 {
                value += ones
                j += 2
            } else if j < tokens.count, let ones = lexicon.cardinals[tokens[j].lower], ones >= 1, ones < 10 {
                value += ones
                j += 1
            }
        } else {
            return nil
        }
        while j < tokens.count, let factor = cx.multipliers[tokens[j].lower] {
            value *= factor
            j += 1
        }
        cap[key] = String(value)
        return j
    }

    /// Spelled-out years: "nineteen ninety-six", "two thousand", "two thousand and five", "twenty twenty-six".
    func matchSpelledYear(_ tokens: [TToken], _ i: Int, _ cap: inout Captures) -> Int? {
        let t = tokens[i]
        func twoDigits(_ j: Int) -> (Int, Int)? {
            guard j < tokens.count else { return nil }
            if let tens = lexicon.tens[tokens[j].lower] {
                if j + 2 < tokens.count, tokens[j + 1].lower == "-", tokens[j + 1].glued,
                   let ones = lexicon.cardinals[tokens[j + 2].lower], ones >= 1, ones < 10 {
                    return (tens + ones, j + 3)
                }
                return (tens, j + 1)
            }
            if let c = lexicon.cardinals[tokens[j].lower], c >= 10 { return (c, j + 1) }
            return nil
        }
        // "two thousand (and) five": the cardinal 2 before the multiplier 1000.
        if lexicon.cardinals[t.lower] == 2, i + 1 < tokens.count, cx.multipliers[tokens[i + 1].lower] == 1000 {
            var j = i + 2
            if j < tokens.count && tokens[j].lower == cx.numberConjunction { j += 1 }
            if let c = (j < tokens.count ? lexicon.cardinals[tokens[j].lower] : nil), c < 20 {
                cap["year"] = String(2000 + c)
                return j + 1
            }
            if let (v, end) = twoDigits(j) { cap["year"] = String(2000 + v); return end }
            cap["year"] = "2000"
            return i + 2
        }
        let century: Int
        if let c = lexicon.cardinals[t.lower], c >= 10, c <= 19 { century = c }
        else if lexicon.tens[t.lower] == 20 { century = 20 }
        else { return nil }
        guard let (v, end) = twoDigits(i + 1), v >= 10 else { return nil }
        cap["year"] = String(century * 100 + v)
        return end
    }
}

func formatNumber(_ v: Double) -> String {
    if v == v.rounded() && abs(v) < 1e12 { return String(Int(v)) }
    return String(v)
}

/// The captures of a match in progress: a stack of (name, value) writes, so that
/// backtracking drops writes by count instead of copying a dictionary per
/// alternative tried. A later write of a name overrides an earlier one. Rolling
/// back only lowers the count: the storage is kept for the next writes.
struct Captures {
    private var pairs: [(key: String, value: String)] = []
    private(set) var count = 0

    init() { pairs.reserveCapacity(8) }

    mutating func rollBack(to mark: Int) {
        if count > mark { count = mark }
    }

    private mutating func push(_ pair: (key: String, value: String)) {
        if count < pairs.count { pairs[count] = pair } else { pairs.append(pair) }
        count += 1
    }

    subscript(key: String) -> String? {
        get {
            var k = count - 1
            while k >= 0 { if pairs[k].key == key { return pairs[k].value }; k -= 1 }
            return nil
        }
        set {
            if let v = newValue { push((key, v)) } else {
                var kept = 0
                for k in 0..<count where pairs[k].key != key { pairs[kept] = pairs[k]; kept += 1 }
                count = kept
            }
        }
    }

    mutating func append(_ writes: ArraySlice<(key: String, value: String)>) { for w in writes { push(w) } }

    /// Appends the writes made since `mark` to `out`, in order.
    func copyWrites(since mark: Int, to out: inout [(key: String, value: String)]) {
        var k = mark
        while k < count { out.append(pairs[k]); k += 1 }
    }

    var dictionary: [String: String] {
        var d: [String: String] = [:]
        d.reserveCapacity(count)
        for k in 0..<count { d[pairs[k].key] = pairs[k].value }
        return d
    }
}

/// What a word class gave at a token, kept while one text is matched: a class's
/// result depends only on the class, its capture name, the tokens and the
/// position, never on what was captured before. A small table indexed by token
/// position (modulo `window`) and class; an entry for another position or
/// capture name is worked out again and replaces it.
final class ClassMemo {
    static let window = 64
    static let largestPosition = Int(Int32.max) / 2
    /// Plain values only, so that the table is set up and torn down without
    /// touching a reference count: the captures an entry wrote are a range of
    /// `pool`, which only grows while one text is matched.
    struct Entry {
        var token: Int32 = -1
        var key: Int32 = -1
        /// The end token, or -1 for no match.
        var end: Int32 = -1
        var first: Int32 = 0
        var count: Int32 = 0
    }
    // (raw storage: a class's array property would be checked for exclusive
    // access on every look-up)
    private let entries: UnsafeMutablePointer<Entry>
    private var pool: [(key: String, value: String)] = []
    /// Positions kept: the window, or fewer for a shorter text (a one-line
    /// article does not set up 64 positions).
    private let positions: Int
    private let capacity: Int

    init(tokens: Int) {
        positions = max(1, min(ClassMemo.window, tokens))
        capacity = positions * WordClass.ID.allCases.count
        entries = .allocate(capacity: capacity)
        entries.initialize(repeating: Entry(), count: capacity)
    }

    deinit {
        entries.deallocate()
    }

    /// The class at `classIndex` (`WordClass.index`) under capture name `key` (an
    /// index of `FlatPatterns.strings`) at token `i`.
    func matchClass(_ classIndex: Int, _ key: Int, _ i: Int, _ captures: inout Captures,
                    _ compute: (inout Captures) -> Int?) -> Int? {
        // (positions and ends are kept in 32 bits: past them, work it out afresh)
        guard i < ClassMemo.largestPosition else { return compute(&captures) }
        let slot = (i % positions) * WordClass.ID.allCases.count + classIndex
        let e = entries[slot]
        if Int(e.token) == i && Int(e.key) == key {
            if e.count > 0 { captures.append(pool[Int(e.first)..<Int(e.first + e.count)]) }
            return e.end < 0 ? nil : Int(e.end)
        }
        let mark = captures.count
        let end = compute(&captures)
        let first = pool.count
        if end != nil { captures.copyWrites(since: mark, to: &pool) }
        entries[slot] = Entry(token: Int32(truncatingIfNeeded: i), key: Int32(truncatingIfNeeded: key),
                              end: Int32(truncatingIfNeeded: end ?? -1),
                              first: Int32(truncatingIfNeeded: first), count: Int32(truncatingIfNeeded: pool.count - first))
        return end
    }
}

/// The rules' patterns as flat tables of plain values: elements and alternatives
/// by index, words and names as indices into `strings`. The matching loop reads
/// them without touching a reference count.
struct FlatPatterns {
    struct Rule { var first: Int; var count: Int }
    struct Element { var first: Int; var count: Int; var optional: Bool; var capture: Int }
    struct Alternative {
        /// Index of the word in `strings`, or -1 for a word class.
        var word: Int
        /// The word's number (`TToken.wordID`), set by `TimexMatcher`; -1 for a class.
        var wordID: Int32 = -1
        /// A hyphen or slash that must be glued to both neighbours.
        var gluedMark: Bool
        var id: WordClass.ID
        var classIndex: Int
        var zeroWidth: Bool
        /// The class's name and the capture name it writes under (indices of `strings`).
        var name: Int
        var key: Int
    }
    var rules: [Rule] = []
    var elements: [Element] = []
    var alternatives: [Alternative] = []
    var strings: [String] = []

    init() {}

    init(_ compiled: [CompiledRule]) {
        var index: [String: Int] = [:]
        func id(_ s: String) -> Int {
            if let k = index[s] { return k }
            index[s] = strings.count
            strings.append(s)
            return strings.count - 1
        }
        for r in compiled {
            rules.append(Rule(first: elements.count, count: r.elements.count))
            for e in r.elements {
                elements.append(Element(first: alternatives.count, count: e.alternatives.count, optional: e.optional,
                                        capture: e.capture.map(id) ?? -1))
                for alt in e.alternatives {
                    switch alt {
                    case .word(let w):
                        alternatives.append(Alternative(word: id(w), gluedMark: w == "-" || w == "/", id: .unknown, classIndex: 0,
                                                        zeroWidth: false, name: -1, key: -1))
                    case .wordClass(let c):
                        // (a capture name renames a class only when the class is the element's sole alternative)
                        let key = e.alternatives.count == 1 ? (e.capture ?? c.name) : c.name
                        alternatives.append(Alternative(word: -1, gluedMark: false, id: c.id, classIndex: c.index,
                                                        zeroWidth: c.zeroWidth, name: id(c.name), key: id(key)))
                    }
                }
            }
        }
    }
}
