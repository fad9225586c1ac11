/// How a source treats a commitment.
public enum Stance: String, Sendable, Codable, CaseIterable {
    /// `mentioned`: the source names the commitment only in a heading, caption or
    /// dateline, or in a question: it is there, but nothing is said of it.
    case confirmed, hedged, contradicted, mixed, mentioned, silent
}

/// Decides the stance of one evidence sentence from cue words in scope of the
/// matched terms: negation in the same comma-delimited segment before the terms,
/// or a refusal, postponement or exclusion just after them in the clause;
/// a question hedges; otherwise the nearest hedge or confirmation cue in the
/// clause (before the terms first, then after), then in the sentence; a plain
/// statement confirms. The token that decided is returned as the cue.
public struct StanceDetector: Sendable {
    let confirmed: [[String]]
    let hedged: [[String]]
    let contradicted: [[String]]
    let breaks: Set<String>
    let particles: Set<String>
    let elaborations: Set<String>
    let embedded: Set<String>
    let conditions: Set<String>
    let conditionPhrases: [[String]]
    let concessive: Set<String>
    let adverbial: Set<String>
    let concessiveOpeners: Set<String>
    let relative: Set<String>
    let definite: Set<String>
    let commaRelative: Set<String>
    let gerundSuffix: String
    let listJoiners: Set<String>
    let subjectOpeners: Set<String>
    let auxiliaries: Set<String>
    let pastSuffix: String
    let withdrawals: Set<String>
    let departure: String
    let passiveAgent: Set<String>
    let additive: Set<String>
    let questionWords: Set<String>
    let wishAfterModal: Set<String>
    let articles: Set<String>
    let adjectiveSuffixes: [String]
    let thirdPersonSuffix: String
    let nounComplement: Set<String>
    let agreements: Set<String>
    let infinitive: String
    /// Modals that a past reporting verb backshifts ("said it would"), and those verbs' past forms.
    let backshifted: Set<String>
    let reporting: Set<String>
    /// Forms of "be" between a negation and a passive participle ("will not be sent").
    let passiveBeForms: Set<String>
    let breaksBeforeInfinitive: Set<String>
    let negatedInclusion: [[String]]
    let morphology: MorphologyLexicon
    /// Nouns of saying before "that" ("the announcement that it would sign").
    let reportNouns: Set<String>
    let complementizer: String
    let comparedExpectations: Set<String>
    let comparison: String
    let adverbSuffix: String
    /// Forms of "be" and auxiliaries after which an adverb may stand inside a cue phrase.
    let adverbHosts: Set<String>
    let beForms: Set<String>
    let comparisonFillers: Set<String>
    let modals: Set<String>
    let notBeforeModal: Set<String>
    /// Cue phrases by their first word.
    let byFirstWord: [String: [(phrase: [String], cue: Cue)]]

    /// `morphology` tells participles and past forms of the lexicon's language.
    public init(_ lexicon: StanceLexicon = .english, morphology: MorphologyLexicon = .english) {
        func split(_ list: [String]) -> [[String]] { list.map { TermText.words($0) }.filter { !$0.isEmpty } + list.filter { $0 == "n't" }.map { [$0] } }
        confirmed = split(lexicon.confirmed)
        hedged = split(lexicon.hedged)
        contradicted = split(lexicon.contradicted)
        breaks = Set(lexicon.clauseBreaks)
        particles = Set(lexicon.negationParticles)
        elaborations = Set(lexicon.elaborationWords)
        embedded = lexicon.embeddedClauseOpeners
        conditions = lexicon.conditionOpeners
        conditionPhrases = lexicon.conditionPhrases.map { TermText.words($0) }.filter { !$0.isEmpty }
        concessive = lexicon.concessiveBeforeCondition
        adverbial = lexicon.adverbialClauseOpeners
        relative = lexicon.relativeClauseOpeners
        commaRelative = lexicon.nonRestrictiveRelativeOpeners
        definite = lexicon.definiteDeterminers
        gerundSuffix = lexicon.gerundSuffix
        listJoiners = lexicon.listJoiners
        subjectOpeners = lexicon.clauseSubjectOpeners
        auxiliaries = lexicon.auxiliaryVerbs
        pastSuffix = lexicon.pastSuffix
        infinitive = lexicon.infinitiveMarker
        withdrawals = lexicon.withdrawalVerbs
        departure = lexicon.departurePreposition
        passiveAgent = lexicon.passiveAgentPrepositions
        additive = lexicon.additiveAfterNegation
        questionWords = lexicon.questionWords
        wishAfterModal = lexicon.wishAfterModal
        articles = lexicon.articles
        adjectiveSuffixes = lexicon.adjectiveSuffixes
        thirdPersonSuffix = lexicon.thirdPersonSuffix
        nounComplement = lexicon.nounComplementPrepositions
        agreements = lexicon.agreementNouns.union(lexicon.withdrawableThings)
        backshifted = Set(lexicon.backshiftedModals)
        reporting = Set(lexicon.pastReportingVerbs)
        passiveBeForms = lexicon.passiveBeForms
        breaksBeforeInfinitive = lexicon.clauseBreaksNotBeforeInfinitive
        concessiveOpeners = lexicon.concessiveClauseOpeners
        negatedInclusion = lexicon.inclusionPredicates.map { TermText.words($0) }.filter { !$0.isEmpty }
        self.morphology = morphology
        reportNouns = Set(lexicon.reportNouns)
        complementizer = lexicon.complementizer
        comparedExpectations = lexicon.comparedExpectations
        comparison = lexicon.comparisonConjunction
        adverbSuffix = lexicon.adverbSuffix
        adverbHosts = lexicon.auxiliaryVerbs.union(lexicon.passiveBeForms)
        beForms = lexicon.beForms
        comparisonFillers = lexicon.auxiliaryVerbs.union(lexicon.comparisonParticiples)
        modals = lexicon.modalCues
        notBeforeModal = lexicon.notBeforeModal
        var index: [String: [(phrase: [String], cue: Cue)]] = [:]
        for (list, cue) in [(contradicted, Cue.contradicted), (hedged, .hedged), (confirmed, .confirmed)] {
            for phrase in list { index[phrase[0], default: []].append((phrase, cue)) }
        }
        byFirstWord = index
    }

    enum Cue { case confirmed, hedged, contradicted }

    /// The cue starting at token k, if any (negation first, then hedges, then confirmations).
    func cue(at k: Int, _ tokens: [WordToken]) -> Cue? {
        guard tokens[k].isWord else { return nil }
        // (a modal's homograph: a month or a noun, "for May 25", "the will of")
        if modals.contains(tokens[k].text) {
            if k > 0, tokens[k - 1].isWord, notBeforeModal.contains(tokens[k - 1].text) { return nil }
            // (a comma may follow a modal, "may, in the end, resume"; a number or the
            // sentence's end may not)
            if k + 1 >= tokens.count || tokens[k + 1].text.unicodeScalars.first.map({ $0.properties.numericType != nil }) == true
                || [".", "?", "!", ")", ";", ":"].contains(tokens[k + 1].text) {
                return nil
            }
        }
        func wordMatches(_ t: WordToken, _ w: String) -> Bool {
            // Short cues ("no", "not", "may", "if") match only themselves: "noted" is not "not".
            t.isWord && (t.text == w || (w.count > 3 && TermText.baseForms(t.text).contains(w)))
        }
        var best: Cue?
        var bestLength = 0
        func consider(_ first: String) {
            guard let options = byFirstWord[first] else { return }
            for (phrase, cue) in options {
                guard wordMatches(tokens[k], phrase[0]) else { continue }
                // (an adverb may stand between a form of "be" and the rest of the phrase:
                // "was quietly dropped", "were conspicuously absent from")
                var skip = 0
                if phrase.count > 1, adverbHosts.contains(phrase[0]), k + 2 < tokens.count, isAdverb(tokens[k + 1]),
                   !wordMatches(tokens[k + 1], phrase[1]) { skip = 1 }
                guard k + phrase.count + skip <= tokens.count else { continue }
                var ok = true
                for (j, w) in phrase.enumerated().dropFirst() where !wordMatches(tokens[k + j + skip], w) { ok = false; break }
                guard ok else { continue }
                // (the longest phrase says most: "no guarantee" hedges, though "no" denies;
                // of phrases as long, a denial before a hedge before a confirmation)
                if best == nil || phrase.count > bestLength || (phrase.count == bestLength && rank(cue) < rank(best!)) {
                    best = cue
                    bestLength = phrase.count
                }
            }
        }
        for form in TermText.baseForms(tokens[k].text) { consider(form) }
        if best == .hedged, comparesWithExpectation(k, tokens) { return nil }
        // ("not only … but", "not just": additive, no denial)
        if best == .contradicted, particles.contains(tokens[k].text), k + 1 < tokens.count, tokens[k + 1].isWord,
           additive.contains(tokens[k + 1].text) {
            return nil
        }
        return best
    }

    /// Whether the token is an adverb in -ly of six letters or more ("quietly",
    /// "widely"; not "only", "early" or "Italy").
    func isAdverb(_ t: WordToken) -> Bool {
        !adverbSuffix.isEmpty && t.isWord && t.text.utf8.count > adverbSuffix.utf8.count + 3 && t.text.hasSuffix(adverbSuffix)
    }

    /// Whether one of `phrases` (each a run of words) starts at token `k` and ends
    /// before `end`: "provided that", "on the agenda".
    func phrase(from phrases: [[String]], at k: Int, before end: Int, _ tokens: [WordToken]) -> Bool {
        phrases.contains { p in
            k + p.count <= end && p.indices.allSatisfy { tokens[k + $0].isWord && tokens[k + $0].text == p[$0] }
        }
    }

    /// Whether the refusal word at `k` is a noun after an article, with at most an
    /// adjective between ("a halt", "a definitive halt", "after a lengthy delay"; not
    /// "the rebels rejected", whose middle word is the subject).
    func isNounAfterArticle(_ k: Int, _ tokens: [WordToken]) -> Bool {
        guard k >= 1, tokens[k].isWord, !tokens[k].text.hasSuffix(pastSuffix) else { return false }
        if tokens[k - 1].isWord, articles.contains(tokens[k - 1].text) { return true }
        guard k >= 2, tokens[k - 2].isWord, articles.contains(tokens[k - 2].text), tokens[k - 1].isWord,
              thirdPersonSuffix.isEmpty || !tokens[k].text.hasSuffix(thirdPersonSuffix) else { return false }
        let middle = tokens[k - 1].text
        return !EnglishStopwords.words.contains(middle)
            && adjectiveSuffixes.contains { middle.utf8.count > $0.utf8.count + 2 && middle.hasSuffix($0) }
    }

    /// Whether the cue at `k` is an expectation in a clause of comparison: "cut rates,
    /// as (widely) expected", "as had been hoped" says the event came as expected.
    func comparesWithExpectation(_ k: Int, _ tokens: [WordToken]) -> Bool {
        guard TermText.baseForms(tokens[k].text).contains(where: comparedExpectations.contains) else { return false }
        var j = k - 1
        while j >= 0, j >= k - 3, tokens[j].isWord,
              comparisonFillers.contains(tokens[j].text) || (tokens[j].text.utf8.count > 4 && tokens[j].text.hasSuffix(adverbSuffix)) {
            j -= 1
        }
        return j >= 0 && tokens[j].isWord && tokens[j].text == comparison
    }

    func rank(_ c: Cue) -> Int {
        switch c {
        case .contradicted: return 0
        case .hedged: return 1
        case .confirmed: return 2
        }
    }

    public func stance(_ sentence: IndexedSentence, matched: [Int]) -> Stance {
        decide(sentence, matched: matched).stance
    }

    /// The stance and the token that decided it (nil for a plain statement).
    public func decide(_ sentence: IndexedSentence, matched: [Int]) -> (stance: Stance, cue: Int?) {
        let found = decideByCues(sentence, matched: matched)
        // "would" after a past reporting verb is the reported "will" ("Microsoft said on
        // Monday that it would buy LinkedIn"): a confirmation, not a hedge.
        if found.stance == .hedged, let c = found.cue, backshifted.contains(sentence.tokens[c].text) {
            let tokens = sentence.tokens
            var k = c - 1
            // (not past another hedge: "said she hoped the two countries would")
            while k >= 0 && k >= c - 16 && !(tokens[k].isWord && breaks.contains(tokens[k].text)) {
                if tokens[k].isWord, reporting.contains(tokens[k].text) { return (.confirmed, c) }
                if tokens[k].isWord, reportNouns.contains(tokens[k].text), k + 1 < c, tokens[k + 1].text == complementizer { return (.confirmed, c) }
                if cue(at: k, tokens) == .hedged { break }
                k -= 1
            }
            // (or before a reporting clause that closes the sentence: "NATO would open a
            // liaison office in Belgrade in mid December, a senior Serbian official
            // said"; not past a condition or another hedge: "would open one if asked")
            // (nor in direct speech, whose modal is the speaker's own: "there would be
            // heavy consequences," said Larijani; nor in an embedded question or a
            // relative, "where it would deploy", nor a wish, "would like to see")
            var b = c - 1
            var clauseOpen = true
            while b >= 0 && b >= c - 20 && tokens[b].text != "," && !(tokens[b].isWord && breaks.contains(tokens[b].text)) {
                if tokens[b].isWord, embedded.contains(tokens[b].text) || questionWords.contains(tokens[b].text) { clauseOpen = false }
                b -= 1
            }
            let wish = c + 1 < tokens.count && tokens[c + 1].isWord && wishAfterModal.contains(tokens[c + 1].text)
            var j = c + 1
            var comma: Int?
            while clauseOpen && !wish && j < tokens.count && j <= c + 40 && !(tokens[j].isWord && breaks.contains(tokens[j].text)) {
                if tokens[j].text == "," { comma = j }
                if ["\"", "\u{201D}"].contains(tokens[j].text) { break }
                if tokens[j].isWord, embedded.contains(tokens[j].text) || cue(at: j, tokens) == .hedged { break }
                // (up to eight words after the comma: a speaker's title and name, "…,
                // Albanian Deputy Defence Minister Alfred Moisiu told AFP")
                if tokens[j].isWord, reporting.contains(tokens[j].text), let cm = comma, j - cm <= 8 { return (.confirmed, c) }
                j += 1
            }
        }
        return found
    }

    func decideByCues(_ sentence: IndexedSentence, matched: [Int]) -> (stance: Stance, cue: Int?) {
        let tokens = sentence.tokens
        guard let first = matched.first, let last = matched.last else { return (.confirmed, nil) }
        let matchedSet = Set(matched)
        // ("yet" before the infinitive marker opens no clause: "have yet to agree")
        func isHardBreak(_ i: Int) -> Bool {
            let t = tokens[i]
            if !t.isWord { return [";", ":", "\u{2014}", "(", ")", "?", "!"].contains(t.text) }
            return breaks.contains(t.text) && !(breaksBeforeInfinitive.contains(t.text) && i + 1 < tokens.count && tokens[i + 1].text == infinitive)
        }
        func of(_ c: Cue) -> Stance { c == .hedged ? .hedged : c == .contradicted ? .contradicted : .confirmed }
        // Clause bounds around the matched terms.
        var clauseStart = first
        while clauseStart > 0 && !isHardBreak(clauseStart - 1) { clauseStart -= 1 }
        var clauseEnd = last + 1
        while clauseEnd < tokens.count && !isHardBreak(clauseEnd) { clauseEnd += 1 }
        // Negation governs when it sits before the terms in the same comma segment.
        // (", including …" goes on with the object of the verb before the comma: the
        // negation or exclusion before it still governs, "the deal leaves out the
        // hardest issues, including the withdrawal of troops")
        // (a verb phrase joined with its own auxiliary has its own cues: "expects savings
        // and is cutting 600 jobs" does not hedge the cut)
        func joinsVerbPhrase(_ k: Int) -> Bool {
            tokens[k].isWord && listJoiners.contains(tokens[k].text) && !matchedSet.contains(k) && k + 1 <= first
                && tokens[k + 1].isWord && auxiliaries.contains(tokens[k + 1].text)
        }
        // (the terms in a relative clause whose pronoun is their subject, on a definite
        // noun, tell of that noun as given, whatever the clause around says of it: "its
        // power lines did not spark the wildfire that destroyed 150 homes" does not deny
        // the homes destroyed; "could generate a tsunami that can strike" stays a hedge)
        func opensRelativeOfTerms(_ k: Int) -> Bool {
            guard tokens[k].isWord, relative.contains(tokens[k].text), !matchedSet.contains(k), k >= 2, tokens[k - 1].isWord,
                  !EnglishStopwords.words.contains(tokens[k - 1].text), !reporting.contains(tokens[k - 1].text),
                  !tokens[k - 1].text.hasSuffix(pastSuffix), k + 1 <= first else { return false }
            // (the noun's determiner, before up to two more words of its phrase)
            var d = k - 2
            while d >= 0, d >= k - 4, tokens[d].isWord, !EnglishStopwords.words.contains(tokens[d].text) { d -= 1 }
            guard d >= 0, tokens[d].isWord, definite.contains(tokens[d].text) else { return false }
            // (its verb right after it, or after an auxiliary or an adverb: "that had destroyed")
            return tokens[(k + 1)..<first].allSatisfy {
                $0.isWord && (auxiliaries.contains($0.text) || ($0.text.utf8.count > adverbSuffix.utf8.count + 2 && $0.text.hasSuffix(adverbSuffix)))
            }
        }
        var k = first - 1
        var steps = 0
        while k >= clauseStart && steps < 8 {
            if tokens[k].text == "," || joinsVerbPhrase(k) || opensRelativeOfTerms(k) { break }
            // The terms sit in an embedded question or condition, which leaves them open
            // whatever the clause around it says ("It was not clear whether the plan to
            // close ticket offices had been dropped", "would not say whether the operators
            // will close…").
            if tokens[k].isWord, embedded.contains(tokens[k].text) { return (.hedged, k) }
            if tokens[k].isWord, adverbial.contains(tokens[k].text), !matchedSet.contains(k) { break }
            if !matchedSet.contains(k), cue(at: k, tokens) == .contradicted, !isWithdrawalFromPlace(k, first: first, last: last, tokens),
               !isPassiveOfNounBefore(k, first: first, tokens) {
                // (a noun refuses what its preposition joins it to, "a delay of the
                // vote", not terms further on: "after a lengthy delay due to lingering
                // opposition to Washington's restored ties")
                if isNounAfterArticle(k, tokens),
                   !(k + 1 < first && first - k <= 4 && tokens[k + 1].isWord && nounComplement.contains(tokens[k + 1].text)) {
                    k -= 1
                    steps += 1
                    continue
                }
                // (a negation inside a condition or an embedded question leaves the terms
                // open: "famine if there is no help")
                var j = k - 1
                while j >= clauseStart, j >= k - 8, tokens[j].text != "," {
                    if tokens[j].isWord, embedded.contains(tokens[j].text) { return (.hedged, j) }
                    j -= 1
                }
                return (.contradicted, k)
            }
            k -= 1
            steps += 1
        }
        var segmentStart = first
        while segmentStart > clauseStart && tokens[segmentStart - 1].text != "," { segmentStart -= 1 }
        if segmentStart > clauseStart, elaborations.contains(tokens[segmentStart].text) {
            k = segmentStart - 2
            steps = 0
            while k >= clauseStart && tokens[k].text != "," && steps < 8 {
                if cue(at: k, tokens) == .contradicted { return (.contradicted, k) }
                k -= 1
                steps += 1
            }
        }
        // The first relative clause after the terms, to its comma or break: its cues
        // tell of the noun it follows ("is recalling 118,000 SUVs to fix brake hoses
        // that may leak", "recalled the SUVs, which may crash"), not of the terms. (Not a
        // report's or a verb's complement: "said that it may", "warning that".)
        // (a comma inside a number, "118,000", is none)
        func isComma(_ i: Int) -> Bool {
            tokens[i].text == "," && !(i > 0 && i + 1 < tokens.count && tokens[i - 1].end == tokens[i].start && tokens[i + 1].start == tokens[i].end)
        }
        // Terms in a relative clause set off by commas, whose pronoun is their subject
        // (", which stood at 4.1% in February,"), make an aside of their own: only its
        // cues are theirs, not those of the clause around it ("Inflation, which stood at
        // 4.1% in February, is expected to fall" does not hedge the 4.1%).
        var parenthetical = false
        k = first - 1
        while k > clauseStart, k >= first - 3, tokens[k].isWord, !matchedSet.contains(k),
              auxiliaries.contains(tokens[k].text) || (tokens[k].text.utf8.count > adverbSuffix.utf8.count + 2 && tokens[k].text.hasSuffix(adverbSuffix)) {
            k -= 1
        }
        if k >= 1, k > clauseStart, tokens[k].isWord, commaRelative.contains(tokens[k].text), !matchedSet.contains(k), isComma(k - 1) {
            var e = last + 1
            while e < clauseEnd && !isComma(e) { e += 1 }
            clauseStart = k + 1
            clauseEnd = e
            parenthetical = true
        }
        var relativeClause = 0..<0
        k = last + 1
        while k < clauseEnd {
            var opens = false
            if isComma(k) {
                guard k + 1 < clauseEnd, tokens[k + 1].isWord, commaRelative.contains(tokens[k + 1].text) else { break }
                k += 1
                opens = true
            } else if tokens[k].isWord, relative.contains(tokens[k].text), !matchedSet.contains(k), k - 1 >= last, tokens[k - 1].isWord,
                      !EnglishStopwords.words.contains(tokens[k - 1].text), !reporting.contains(tokens[k - 1].text),
                      !tokens[k - 1].text.hasSuffix(pastSuffix), gerundSuffix.isEmpty || !tokens[k - 1].text.hasSuffix(gerundSuffix) {
                // ("that" is read as a relative pronoun only as the clause's subject, before
                // an auxiliary or an adverb: "hoses that may leak", "a campaign that
                // reportedly planted"; before a subject it opens a complement, "prospects
                // that the bank would", "warned Thursday that unchecked climate change could")
                if !commaRelative.contains(tokens[k].text) {
                    if k + 1 < tokens.count, tokens[k + 1].isWord {
                        let next = tokens[k + 1].text
                        // (not a past form, which may be an adjective: "that unchecked climate change")
                        opens = auxiliaries.contains(next) || (next.utf8.count > adverbSuffix.utf8.count + 2 && next.hasSuffix(adverbSuffix))
                    }
                } else {
                    opens = true
                }
            }
            if opens {
                var e = k + 1
                while e < tokens.count && !isHardBreak(e) && !isComma(e) { e += 1 }
                relativeClause = k..<e
                break
            }
            k += 1
        }
        // The terms as the subject of a negated verb group right after them: "Joint
        // patrols were not discussed", "The fund has not been set up", "Troops will not
        // be sent", "were never agreed" (a negation after an object governs only what
        // follows it, "expand cooperation without delay"; this one follows the terms' own
        // auxiliary).
        k = last + 1
        var afterAuxiliary = false
        // (the subject's head may follow the matched word: "The quota cut was not approved")
        if k + 1 < clauseEnd, tokens[k].isWord, !matchedSet.contains(k), !EnglishStopwords.words.contains(tokens[k].text),
           cue(at: k, tokens) == nil, !tokens[k].text.hasSuffix(pastSuffix), gerundSuffix.isEmpty || !tokens[k].text.hasSuffix(gerundSuffix),
           tokens[k + 1].isWord, auxiliaries.contains(tokens[k + 1].text) { k += 1 }
        while k < clauseEnd, k <= last + 5, tokens[k].isWord, !matchedSet.contains(k), !relativeClause.contains(k) {
            let w = tokens[k].text
            if auxiliaries.contains(w) { afterAuxiliary = true; k += 1; continue }
            if afterAuxiliary, particles.contains(w), cue(at: k, tokens) == .contradicted {
                // (of a passive or a verb of the commitment's own, "were not discussed",
                // "will not be sent", "did not sign"; not a role, "should not be used as
                // leverage", nor another predicate, "would not face a civil war", "were not
                // out of the question")
                var m = k + 1
                while m < clauseEnd, m <= k + 2, tokens[m].isWord, passiveBeForms.contains(tokens[m].text) { m += 1 }
                if m < clauseEnd, tokens[m].isWord, !(m + 1 < tokens.count && tokens[m + 1].text == comparison),
                   morphology.isParticiple(tokens[m].text, irregular: true) || cue(at: m, tokens) == .confirmed {
                    return (.contradicted, k)
                }
                // (or a place in what was agreed: "are not part of the deal", "were not
                // on the agenda", "was not among the measures")
                if phrase(from: negatedInclusion, at: m, before: clauseEnd, tokens) { return (.contradicted, k) }
                break
            }
            if afterAuxiliary, w.utf8.count > adverbSuffix.utf8.count + 2, w.hasSuffix(adverbSuffix) { k += 1; continue }
            break
        }
        // Refusal, postponement and exclusion after the terms in the clause ("Romania
        // and Slovenia were turned away", "the plan was shelved").
        k = last + 1
        while k < clauseEnd && k <= last + 8 {
            if relativeClause.contains(k) { break }
            // (not past the next item of a list of verb phrases: "allowing aid into
            // Darfur and to withdrawing fighters from hospitals")
            if tokens[k].isWord, listJoiners.contains(tokens[k].text), k + 1 < tokens.count, tokens[k + 1].text == infinitive { break }
            // (nor into a clause of time or cause, which tells of another act: "Talks
            // collapsed on Sunday after the union rejected an offer")
            if tokens[k].isWord, adverbial.contains(tokens[k].text), !matchedSet.contains(k) { break }
            // (nor into the next clause of a list, with its own subject: "Talks collapsed
            // and the union rejected an offer")
            if opensClause(k, tokens, matchedSet, from: first) { break }
            // (a noun after an article heads its own phrase: "the meeting should
            // coincide with a definitive halt to hostilities" halts the hostilities)
            if !matchedSet.contains(k), !particles.contains(tokens[k].text), cue(at: k, tokens) == .contradicted,
               !(k > 0 && particles.contains(tokens[k - 1].text)), !isNounAfterArticle(k, tokens) {
                return (.contradicted, k)
            }
            k += 1
        }
        // A question asks; it does not report.
        if clauseEnd < tokens.count, tokens[clauseEnd].text == "?" { return (.hedged, clauseEnd) }
        // A clause of time, cause or manner fronted before the terms' clause, up to its
        // comma ("Just 11 weeks after he outraged Muslims by appearing to equate Islam
        // with violence, the pope made a gesture"; "Coming a week after …, the trip
        // turned into …"), tells of its own event: its cues are not the terms'. (Not a
        // condition or an open question, which leaves the clause after it open: "If
        // the talks fail, the union will strike".)
        let frontedEnd = frontedClauseEnd(tokens, before: first, matchedSet, isComma)
        // A condition after the terms in their clause ("will close ticket offices if the
        // union agrees"): the act hangs on it, whatever cue before says it will happen.
        // (not one inside a relative clause on a noun after the terms, nor past a clause
        // of time or cause or the next clause of a list; not a concession, "even if")
        // (nor past a comma, a quotation mark, a report or a word that opens a clause of
        // its own, whose condition is that clause's: "assistance to North Korea, where
        // officials forecast famine if there is no help", "told Lee that there would be
        // consequences if")
        k = last + 1
        while k < clauseEnd {
            if relativeClause.contains(k) { k = relativeClause.upperBound; continue }
            if isComma(k) || ["\"", "\u{201C}", "\u{201D}"].contains(tokens[k].text) { break }
            guard tokens[k].isWord, !matchedSet.contains(k) else { k += 1; continue }
            let w = tokens[k].text
            if phrase(from: conditionPhrases, at: k, before: clauseEnd, tokens) { return (.hedged, k) }
            if relative.contains(w) || questionWords.contains(w) || reporting.contains(w) { break }
            if adverbial.contains(w) || opensClause(k, tokens, matchedSet, from: first) { break }
            if conditions.contains(tokens[k].text) {
                if k > 0, tokens[k - 1].isWord, concessive.contains(tokens[k - 1].text) { break }
                return (.hedged, k)
            }
            k += 1
        }
        // Nearest cue before the terms in the clause, then after. A confirming verb that
        // a hedge governs in its own verb group is hedged: "reportedly includes", "is
        // expected to include", "could sign", "hopes to reach" (the hedge, over
        // auxiliaries, the infinitive marker and adverbs).
        k = first - 1
        while k >= clauseStart && k > frontedEnd {
            if joinsVerbPhrase(k) || opensRelativeOfTerms(k) { break }
            if !matchedSet.contains(k), let c = cue(at: k, tokens), c != .contradicted {
                if c == .confirmed {
                    var j = k - 1
                    while j >= clauseStart, j > frontedEnd, k - j <= 3, tokens[j].isWord, !matchedSet.contains(j) {
                        // (a modal, a hedge before the infinitive marker, or an adverb right
                        // before the verb: not a noun that is the subject, "The report will call")
                        if cue(at: j, tokens) == .hedged,
                           auxiliaries.contains(tokens[j].text) || (j + 1 < tokens.count && tokens[j + 1].text == infinitive)
                            || (j == k - 1 && tokens[j].text.utf8.count > adverbSuffix.utf8.count + 2 && tokens[j].text.hasSuffix(adverbSuffix)) {
                            return (.hedged, j)
                        }
                        let w = tokens[j].text
                        guard auxiliaries.contains(w) || w == infinitive
                                || (w.utf8.count > adverbSuffix.utf8.count + 2 && w.hasSuffix(adverbSuffix)) else { break }
                        j -= 1
                    }
                }
                return (of(c), k)
            }
            k -= 1
        }
        k = last + 1
        while k < clauseEnd {
            if relativeClause.contains(k) { k = relativeClause.upperBound; continue }
            if tokens[k].isWord, adverbial.contains(tokens[k].text), !matchedSet.contains(k) { break }
            if opensClause(k, tokens, matchedSet, from: first) { break }
            if let c = cue(at: k, tokens), c != .contradicted {
                // (a hedge right after the confirming word qualifies it: "had been agreed
                // in principle", "will likely take effect"; not a verb or clause of its
                // own, "agreed to study", "to decide whether", the object's stance)
                if c == .confirmed, k + 1 < clauseEnd, !matchedSet.contains(k + 1), tokens[k + 1].isWord,
                   tokens[k + 1].text != infinitive, !questionWords.contains(tokens[k + 1].text),
                   !embedded.contains(tokens[k + 1].text), cue(at: k + 1, tokens) == .hedged {
                    return (.hedged, k + 1)
                }
                return (of(c), k)
            }
            k += 1
        }
        // A relative clause on the terms themselves, right after them ("The tariff cut,
        // which Tokyo rejected, was a key demand of Rome"; "a fund whose launch was
        // postponed"), tells what became of them: a refusal in it, or a denied
        // confirmation ("which was never agreed"), stands when their own clause has
        // no cue. The terms must be what is refused, not who refuses: the pronoun is
        // the object, with a subject after it ("which Tokyo rejected"), or the verb is
        // passive ("which was postponed"); not "China, which has opposed sanctions".
        // (Not a purpose, "which was set up to halt the flow", nor a noun after an
        // article, "which called for a halt".)
        if relativeClause.lowerBound > last, relativeClause.lowerBound <= last + 3,
           (last + 1..<relativeClause.lowerBound).allSatisfy({ isComma($0) || (tokens[$0].isWord && !matchedSet.contains($0)
                && !EnglishStopwords.words.contains(tokens[$0].text)) }),
           (last + 1..<relativeClause.lowerBound).filter({ tokens[$0].isWord }).count <= 1 {
            let pronoun = relativeClause.lowerBound
            let subjectAfter: Bool = {
                guard pronoun + 1 < relativeClause.upperBound else { return false }
                let t = tokens[pronoun + 1]
                return t.isWord && !EnglishStopwords.words.contains(t.text) && !auxiliaries.contains(t.text) && !isAdverb(t)
                    && !adverbial.contains(t.text) && !t.text.hasSuffix(pastSuffix) && cue(at: pronoun + 1, tokens) == nil
            }()
            func passive(_ i: Int) -> Bool {
                var j = i - 1
                while j > pronoun, tokens[j].isWord, isAdverb(tokens[j]) { j -= 1 }
                return j > pronoun && tokens[j].isWord && beForms.contains(tokens[j].text)
            }
            for k in relativeClause.dropFirst() where tokens[k].isWord && !matchedSet.contains(k) && cue(at: k, tokens) == .contradicted {
                // (nor a participle after an article, an adjective: "led a failed coup")
                if tokens[k - 1].text == infinitive || articles.contains(tokens[k - 1].text) || isNounAfterArticle(k, tokens) { continue }
                if particles.contains(tokens[k].text) {
                    var m = k + 1
                    while m < relativeClause.upperBound, m <= k + 2, tokens[m].isWord, passiveBeForms.contains(tokens[m].text) { m += 1 }
                    if m < relativeClause.upperBound, cue(at: m, tokens) == .confirmed, subjectAfter || passive(k) {
                        return (.contradicted, k)
                    }
                    continue
                }
                if particles.contains(tokens[k - 1].text) { continue }
                if subjectAfter || passive(k) { return (.contradicted, k) }
            }
        }
        // Then anywhere in the sentence, nearest first, but not across a contrast ("was
        // expected to hit Manila but veered south … towards the South China Sea": the
        // expectation is not the second clause's).
        if parenthetical { return (.confirmed, nil) }
        // (nor across a semicolon, which joins clauses that stand alone, "Ueda said
        // tension was visible; you only have to look at the Korean peninsula", or a
        // colon that opens a quotation, "asking rhetorically: \"Why would we…\""; a
        // colon before a list goes on with its clause, "waiting in the wings: Slovenia")
        func bounds(_ i: Int) -> Bool {
            let t = tokens[i]
            if t.isWord { return breaks.contains(t.text) }
            return t.text == ";" || (t.text == ":" && i + 1 < tokens.count && ["\"", "\u{201C}"].contains(tokens[i + 1].text))
        }
        var lo = clauseStart, hi = clauseEnd
        while lo > 0 && !bounds(lo - 1) { lo -= 1 }
        while hi < tokens.count && !bounds(hi) { hi += 1 }
        var best: (Int, Cue, Int)?
        for i in lo..<hi where (i < clauseStart || i >= clauseEnd) && !relativeClause.contains(i) && i > frontedEnd {
            guard let c = cue(at: i, tokens), c != .contradicted else { continue }
            let d = i < first ? first - i : i - last
            if best == nil || d < best!.0 { best = (d, c, i) }
        }
        if let (_, c, i) = best { return (of(c), i) }
        return (.confirmed, nil)
    }

    /// The comma that ends a clause of time or cause opening the sentence before the
    /// token `first`, or -1: the words up to the sentence's first comma hold an
    /// adverbial clause opener ("after", "when", "because") with no finite verb before
    /// it ("Just 11 weeks after", "Coming a week after") and a verb after it ("after
    /// he outraged", "because the vote might fail", "after arriving"; "after the vote"
    /// is a phrase, not a clause), and no word that opens a condition or a question
    /// ("if", "unless", "whether").
    func frontedClauseEnd(_ tokens: [WordToken], before first: Int, _ matched: Set<Int>, _ isComma: (Int) -> Bool) -> Int {
        guard let c = (0..<first).first(where: isComma), c >= 2 else { return -1 }
        // (a participle clause opening the sentence, after at most an adverb: "Seeking to
        // address a longstanding concern, North Korea has agreed to meet", "Apparently
        // forecasting problems, he said"; its aim or manner is not the terms')
        var p = 0
        if tokens[0].isWord, tokens[0].text.utf8.count > adverbSuffix.utf8.count + 2, tokens[0].text.hasSuffix(adverbSuffix) { p = 1 }
        if !gerundSuffix.isEmpty, p < c, tokens[p].isWord, tokens[p].text.utf8.count > gerundSuffix.utf8.count + 2,
           tokens[p].text.hasSuffix(gerundSuffix), !EnglishStopwords.words.contains(tokens[p].text),
           !(0..<c).contains(where: { matched.contains($0) || (tokens[$0].isWord && embedded.contains(tokens[$0].text)) }) {
            return c
        }
        func isFinite(_ w: String) -> Bool {
            auxiliaries.contains(w) || (w.utf8.count > pastSuffix.utf8.count + 2 && w.hasSuffix(pastSuffix))
                || morphology.shortParticiples.contains(w) || morphology.irregularPastForms.contains(w)
        }
        var opener: Int?
        var verb = false
        for i in 0..<c where tokens[i].isWord {
            let w = tokens[i].text
            if embedded.contains(w) || matched.contains(i) { return -1 }
            if opener == nil {
                if adverbial.contains(w) || (i == 0 && concessiveOpeners.contains(w)) {
                    opener = i
                } else if isFinite(w) {
                    // (a main clause before the opener: "He made a U-turn moments after
                    // arriving in Ankara, saying he backed …" is no fronted clause)
                    return -1
                }
            } else if isFinite(w) || morphology.isParticiple(w) {
                verb = true
            }
        }
        return verb ? c : -1
    }

    /// Whether a list word at `k` joins a clause with a subject of its own: a
    /// determiner or a pronoun after it, not matched, and a verb (an auxiliary or a
    /// past form) between the terms' start and it; or a reporting verb's past after it.
    func opensClause(_ k: Int, _ tokens: [WordToken], _ matched: Set<Int>, from first: Int) -> Bool {
        guard tokens[k].isWord, listJoiners.contains(tokens[k].text), !matched.contains(k), k + 1 < tokens.count,
              !matched.contains(k + 1), first < k else { return false }
        // (a second verb phrase of the same subject that reports: "cut rates to 2.25% and
        // said further cuts were possible" says what was said, not how sure the cut is)
        if reporting.contains(tokens[k + 1].text) { return true }
        // (a second verb phrase with its own auxiliary: "is cutting jobs and may close plants")
        if auxiliaries.contains(tokens[k + 1].text) { return true }
        // (after a comma, a clause with a subject of a few words and its own auxiliary:
        // "declared a state of emergency, and federal aid is expected")
        if k >= 1, tokens[k - 1].text == "," {
            var a = k + 2
            while a < tokens.count, a <= k + 4, tokens[a].isWord, !matched.contains(a - 1) {
                if auxiliaries.contains(tokens[a].text) { return true }
                a += 1
            }
        }
        guard subjectOpeners.contains(tokens[k + 1].text) else { return false }
        return tokens[first..<k].contains { $0.isWord && (auxiliaries.contains($0.text) || ($0.text.utf8.count > 4 && $0.text.hasSuffix(pastSuffix))) }
    }

    /// A refusal verb as a passive participle about the noun before it, which the
    /// terms only follow in a phrase of cause, agent or time ("the reinstatement of 19
    /// teachers dismissed over a warning strike held the previous month" dismisses the
    /// teachers, not the strike): the cue at `k` has the past ending and a
    /// `passiveAgentPrepositions` word right after it, before the terms.
    func isPassiveOfNounBefore(_ k: Int, first: Int, _ tokens: [WordToken]) -> Bool {
        guard tokens[k].isWord, k + 1 < first, tokens[k + 1].isWord, passiveAgent.contains(tokens[k + 1].text) else { return false }
        let w = tokens[k].text
        return w.utf8.count > pastSuffix.utf8.count + 2 && w.hasSuffix(pastSuffix)
    }

    /// A withdrawal from a place, not from an agreement: "withdrawing fighters from
    /// hospitals", "would withdraw from hospitals" is the commitment itself; "withdrew
    /// from the nuclear deal" refuses one. The cue at `k` is a withdrawal verb, and
    /// the words from its "from" to the terms' end name no agreement.
    func isWithdrawalFromPlace(_ k: Int, first: Int, last: Int, _ tokens: [WordToken]) -> Bool {
        guard tokens[k].isWord, withdrawals.contains(tokens[k].text),
              let from = (k + 1...first).first(where: { tokens[$0].text == departure }) else { return false }
        // (to the end of the phrase the terms stand in: "from the nuclear deal")
        var end = last
        while end + 1 < tokens.count && end < last + 3 && tokens[end + 1].isWord { end += 1 }
        return !tokens[from...end].contains { $0.isWord && TermText.baseForms($0.text).contains(where: agreements.contains) }
    }

    /// The stance of a cell from its evidence.
    public static func aggregate(_ all: [Stance]) -> Stance {
        if all.isEmpty { return .silent }
        // Mentions (headings, captions, questions) count only when nothing else is said.
        let stances = all.filter { $0 != .mentioned }
        if stances.isEmpty { return .mentioned }
        let confirms = stances.contains(.confirmed), contradicts = stances.contains(.contradicted)
        if confirms && contradicts { return .mixed }
        if confirms { return .confirmed }
        if contradicts { return .contradicted }
        return .hedged
    }
}
