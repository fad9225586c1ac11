/// Proposes the facts that several sources report of one event: what happened to
/// whom, read from the clause's predicate and its patient ("About 3,000 residents
/// were evacuated", "the fire destroyed 127 homes", "a tunnel collapsed", "17
/// miners trapped underground"). Reports of a wildfire, a flood or a data breach
/// hold few agreements or pledges; what the reader compares is which sources
/// report the evacuation, the arrest or the deaths, which only hedge them, and
/// which deny them ("No one has died"). A fact becomes a row of the matrix when
/// `minSources` sources report its predicate of one patient; the matrix then reads
/// every source's stance on it as it does for a commitment.
struct FactFinder {
    let lexicon: FactLexicon
    /// Verbs (base forms) that are no fact: commitment and reporting verbs (their
    /// rows and attributions are read elsewhere) and the lexicon's light verbs.
    let excluded: Set<String>
    /// Words that name a time, never a fact's patient ("Monday", "week").
    let timeWords: Set<String>
    let morphology: MorphologyLexicon

    /// One report of a fact: the predicate as written, its group key, and its patient.
    struct Item {
        var article: Int
        var predicate: String
        var key: String
        var theme: String?
        var themeKey: String?
        /// Told by a noun of the event ("the evacuation of"), not by a verb.
        var nominal = false
    }
    private(set) var items: [Item] = []
    /// The plain forms of verbs the corpus writes in a denial ("did not lower") or
    /// after a future modal ("would cut"): the only plain forms a row matches besides
    /// its reports' own (an infinitive, "six months to pass a new law", reports no
    /// passing).
    private(set) var deniedForms: Set<String> = []
    /// Whether a word form may be a fact's predicate, decided once per form.
    private var predicateForms: [String: Bool] = [:]
    /// A synonym set's index for each of its stems.
    private let synonymKeys: [String: Int]

    /// Nouns that count people in general ("people"), and nouns that count a kind of
    /// person ("passengers"): "14 people were treated" and "14 passengers were treated"
    /// report one fact.
    let genericPersonNouns: Set<String>
    let personNouns: Set<String>
    /// The stems of the lexicon's names of a deal.
    let dealKeys: Set<String>
    /// The nouns of each verb's event, by the verb's key ("resign": ["resignation"]).
    let nominalsByKey: [String: [String]]
    /// The stems of the lexicon's verbs whose subject undergoes the event.
    let undergoerKeys: Set<String>
    let patientKeys: Set<String>
    let numbers: NumberLexicon
    /// The words of the lexicon's approximators ("more", "than", "at", "least").
    let approximatorWords: Set<String>
    /// Nouns of one person a pronoun may stand for ("driver", "passenger").
    let singularPersons: Set<String>
    /// The persons last named by such nouns, the latest last: each one's article, how
    /// many sentences ago, the noun as written (a few, so that "he" passes over a woman
    /// named after the man).
    private var recentPersons: [(article: Int, age: Int, text: String)] = []

    init(lexicon: FactLexicon = .english, excluded: Set<String>, timeWords: Set<String>,
         morphology: MorphologyLexicon = .english, numbers: NumberLexicon = .english) {
        self.lexicon = lexicon
        self.numbers = numbers
        approximatorWords = Set(lexicon.objectApproximators.joined())
        // (a plural's singular: not "men", "crew", whose stem is the word)
        singularPersons = lexicon.singularPersonNouns.union(numbers.personNouns.compactMap { w in
            let s = CommitmentDiscovery.stem(w)
            return s != w ? s : nil
        })
        genericPersonNouns = Set(numbers.genericPersonNouns.map(CommitmentDiscovery.stem))
        personNouns = Set(numbers.personNouns.map(CommitmentDiscovery.stem))
        dealKeys = Set(lexicon.dealNouns.map(CommitmentDiscovery.stem))
        var nominals: [String: [String]] = [:]
        for (noun, past) in lexicon.eventNominals.sorted(by: { $0.key < $1.key }) { nominals[Self.verbStem(past, morphology), default: []].append(noun) }
        nominalsByKey = nominals
        patientKeys = Set(lexicon.patientVerbs.map { Self.verbStem($0, morphology) })
        undergoerKeys = Set(lexicon.undergoerVerbs.map { $0.split(separator: " ").map { CommitmentDiscovery.stem(String($0)) }.joined(separator: " ") })
        self.excluded = excluded.union(lexicon.lightVerbs).subtracting(lexicon.performativeVerbs)
        self.timeWords = timeWords
        self.morphology = morphology
        var keys: [String: Int] = [:]
        for (i, set) in lexicon.synonyms.enumerated() {
            // (a phrasal verb by its verb's stem and its particle: "stepped down")
            for w in set { keys[w.split(separator: " ").map { Self.verbStem(String($0), morphology) }.joined(separator: " ")] = i }
        }
        synonymKeys = keys
    }

    /// A verb's stem, an irregular past under its base: "won" and "winning" are one verb.
    static func verbStem(_ w: String, _ morphology: MorphologyLexicon) -> String {
        CommitmentDiscovery.stem(morphology.irregularBases[w] ?? w)
    }

    /// A past form or past participle that says what happened: "evacuated", "stolen",
    /// "collapsed"; not a light verb ("held", "expected") nor a noun in -ed ("hundred").
    private mutating func isPredicate(_ w: String) -> Bool {
        if let known = predicateForms[w] { return known }
        let regular = w.count >= morphology.participleMinLength && w.hasSuffix(lexicon.pastSuffix)
            && !lexicon.notPastForms.contains(w)
        let irregular = lexicon.irregularParticiples.contains(w) || morphology.irregularPastForms.contains(w)
        let ok = (regular || irregular) && !excluded.contains(w)
            && !TermText.baseForms(w).contains(where: excluded.contains)
        predicateForms[w] = ok
        return ok
    }

    /// A stem with the past ending added as written ("recall" → "recalled", "mak" →
    /// "maked"): whether an -ing form's stem is a verb that tells of a fact, its light
    /// verbs ("making") refused by their base forms.
    private func suffixedPast(_ w: String) -> String? {
        guard w.utf8.count >= 3, w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        return w.hasSuffix(lexicon.silentEnding) ? w + lexicon.pastAfterE : w + lexicon.pastSuffix
    }

    /// The past participle of a plain verb, for a word of letters only: an irregular
    /// verb's own ("send" → "sent"), else the regular one with English spelling
    /// ("raise" → "raised", "try" → "tried", "ban" → "banned", "lower" → "lowered").
    func pastParticiple(_ w: String) -> String? {
        if let irregular = lexicon.irregularPastParticiples[w] { return irregular }
        guard w.utf8.count >= 3, w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        if w.hasSuffix(lexicon.silentEnding) { return w + lexicon.pastAfterE }
        let letters = Array(w)
        let n = letters.count
        // (three letters at least: "aé" has three UTF-8 bytes and two letters)
        guard n >= 3 else { return w + lexicon.pastSuffix }
        let isVowel = { (c: Character) in lexicon.vowelLetters.contains(c) }
        if w.hasSuffix(lexicon.yEnding), !isVowel(letters[n - 2]) {
            return String(w.dropLast(lexicon.yEnding.count)) + lexicon.pastAfterY
        }
        // (one vowel, then one consonant, closing the only syllable or a stressed last one)
        let last = letters[n - 1]
        if !isVowel(last), !lexicon.undoubledFinals.contains(last), isVowel(letters[n - 2]), !isVowel(letters[n - 3]) {
            var groups = 0
            for (i, c) in letters.enumerated() where isVowel(c) && (i == 0 || !isVowel(letters[i - 1])) { groups += 1 }
            if groups == 1 || lexicon.finalStressVerbs.contains(w) { return w + String(last) + lexicon.pastSuffix }
        }
        return w + lexicon.pastSuffix
    }

    /// Whether the word may be a fact's patient or subject: a content word, not a time.
    private func isTheme(_ w: String) -> Bool {
        guard w.count > 2, let first = w.unicodeScalars.first, isLetter(first) else { return false }
        return !EnglishStopwords.words.contains(w) && !timeWords.contains(w) && !lexicon.partitiveHeads.contains(w)
            && !lexicon.relativePronouns.contains(w) && !lexicon.nonPatients.contains(w)
    }

    private func isIntervener(_ w: String) -> Bool {
        lexicon.interveners.contains(w) || (w.count > lexicon.adverbSuffix.count + 2 && w.hasSuffix(lexicon.adverbSuffix))
    }

    /// A count, in digits or in words ("4,200", "two", "hundred").
    private func isNumeric(_ w: String) -> Bool {
        w.unicodeScalars.first.map(isDigit) == true || numbers.units[w] != nil || numbers.tens[w] != nil || numbers.scales[w] != nil
            || lexicon.countNouns.contains(w)
    }

    /// The head of the subject that ends at `end`: the noun before a relative pronoun
    /// ("The fire, which started"); in a noun phrase with a preposition, the word before
    /// the first one ("Services on the route were suspended", "The personal data of 2.1
    /// million customers was stolen"), unless it counts what follows ("Hundreds of
    /// homes were flooded", "part of a tunnel collapsed").
    private mutating func subjectHead(_ tokens: [WordToken], _ end: Int) -> Int? {
        var s = end
        guard s >= 0 else { return nil }
        if lexicon.relativePronouns.contains(tokens[s].text) {
            s -= 1
            if s >= 0, tokens[s].text == "," { s -= 1 }
            // (over a time the antecedent is given: "a ferry on Sunday that ran aground")
            var back = s
            while back >= 1, s - back < 4, tokens[back].isWord, timeWords.contains(tokens[back].text)
                    || lexicon.nounPhraseWords.contains(tokens[back].text) || lexicon.timePrepositions.contains(tokens[back].text) {
                back -= 1
            }
            if back < s, back >= 0, lexicon.timePrepositions.contains(tokens[back + 1].text) { s = back }
            // (a relative clause tells of the nearest noun: "Relatives of the 11 fans who died")
            guard s >= 0, tokens[s].isWord, isTheme(tokens[s].text), !isPredicate(tokens[s].text) else { return nil }
            return s
        }
        // (a verb is no subject: "searched collapsed buildings")
        guard s >= 0, tokens[s].isWord, isTheme(tokens[s].text), !isPredicate(tokens[s].text) else { return nil }
        var b = s - 1
        var first: Int?  // the leftmost preposition of the phrase
        while b >= 0, b >= s - 8 {
            let t = tokens[b]
            if t.isWord {
                if lexicon.nounPhrasePrepositions.contains(t.text) {
                    // (a count of what follows: its head is the counted noun, "some of
                    // the 15 miners trapped")
                    if b >= 1, lexicon.partitiveHeads.contains(tokens[b - 1].text) { return s }
                    first = b
                }
                else if isPredicate(t.text) { break }  // (a verb ends the phrase)
                else if !(isNumeric(t.text) || lexicon.partitiveHeads.contains(t.text) || lexicon.nounPhraseWords.contains(t.text)
                          || timeWords.contains(t.text)  // ("The death toll from Thursday's earthquake")
                          || lexicon.objectFillers.contains(t.text)
                          || (isTheme(t.text) && !isIntervener(t.text))) { break }
            } else if !isThousands(tokens, b) { break }
            b -= 1
        }
        if let p = first, p >= 1, p < s, tokens[p - 1].isWord, isTheme(tokens[p - 1].text) {
            return p - 1
        }
        return s
    }

    /// What a word form may be: a fact's predicate, a verb's present participle.
    static let predicateForm: UInt8 = 1, gerundForm: UInt8 = 2, personForm: UInt8 = 4, copulaForm: UInt8 = 8
    /// By vocabulary id (ids are dense: an array, `unknown` where not yet decided).
    private var flagsById: [UInt8] = []
    private static let unknown: UInt8 = 0xFF
    private mutating func formFlags(_ id: UInt32, _ w: String) -> UInt8 {
        let i = Int(id)
        if i < flagsById.count, flagsById[i] != Self.unknown { return flagsById[i] }
        var f: UInt8 = 0
        if w.count >= 3, isPredicate(w) { f |= Self.predicateForm }
        if singularPersons.contains(w) { f |= Self.personForm }
        if lexicon.copulas.contains(w) { f |= Self.copulaForm }
        if !lexicon.gerundSuffix.isEmpty, w.count > lexicon.gerundSuffix.count + 3, w.hasSuffix(lexicon.gerundSuffix),
           !EnglishStopwords.words.contains(w), !timeWords.contains(w), !excluded.contains(w),
           !TermText.baseForms(w).contains(where: excluded.contains) { f |= Self.gerundForm }
        if i >= flagsById.count { flagsById.append(contentsOf: repeatElement(Self.unknown, count: max(i + 1 - flagsById.count, flagsById.count / 2))) }
        flagsById[i] = f
        return f
    }

    /// A present participle (`gerundForm`) that opens a clause after a comma (or after
    /// "and" that continues one).
    private func isParticipialClause(_ tokens: [WordToken], _ k: Int, continuing: Bool) -> Bool {
        let joiner = tokens[k - 1].text
        return lexicon.participialJoiners.contains(joiner) && (joiner == "," || continuing)
    }

    /// Whether the count that ends at `end` opens a conjunct whose noun is elided: "and
    /// 230 injured", ", more than 200 were hurt" (after "12 people were killed").
    private func isElidedCount(_ tokens: [WordToken], _ end: Int) -> Bool {
        // (over a word that stands for the noun: "five more", "three others")
        let end = end >= 2 && lexicon.elidedNounWords.contains(tokens[end].text) ? end - 1 : end
        guard end >= 1, tokens[end].isWord, isNumeric(tokens[end].text) else { return false }
        let b = countStart(tokens, end) - 1
        return b >= 0 && lexicon.participialJoiners.contains(tokens[b].text)
    }

    /// Whether the object after the verb at `k` is a bare count, its noun elided
    /// ("injuring more than 200.", "and injuring 14, two of them seriously").
    private func isElidedObject(_ tokens: [WordToken], after k: Int) -> Bool {
        var e = k + 1
        while e < tokens.count, tokens[e].isWord, lexicon.numberApproximators.contains(tokens[e].text)
                || approximatorWords.contains(tokens[e].text) { e += 1 }
        guard e < tokens.count, isNumeric(tokens[e].text) else { return false }
        while e < tokens.count, isNumeric(tokens[e].text) || isThousands(tokens, e) { e += 1 }
        if e < tokens.count, lexicon.elidedNounWords.contains(tokens[e].text) { e += 1 }
        // (the count ends the phrase: not "killing two other people")
        return e == tokens.count || !tokens[e].isWord || lexicon.participialJoiners.contains(tokens[e].text)
            || lexicon.nounPhrasePrepositions.contains(tokens[e].text) || lexicon.timePrepositions.contains(tokens[e].text)
    }

    /// Whether no count stands between the antecedent at `from` and the count at `to`:
    /// an elided noun is the nearest counted one's ("492 stocks rose, 677 fell and 319
    /// were unchanged" is no report of what came before the stocks).
    private func noCountBetween(_ tokens: [WordToken], _ from: Int, _ to: Int) -> Bool {
        guard from + 1 < to else { return true }
        return !(from + 1..<to).contains { tokens[$0].isWord && isNumeric(tokens[$0].text) }
    }

    /// Where the count that ends at `end` begins (over approximators: "more than 200").
    private func countStart(_ tokens: [WordToken], _ end: Int) -> Int {
        var b = end
        while b > 0, isNumeric(tokens[b - 1].text) || isThousands(tokens, b - 1) || lexicon.numberApproximators.contains(tokens[b - 1].text)
                || approximatorWords.contains(tokens[b - 1].text) { b -= 1 }
        return b
    }

    /// Whether the noun at `t` is counted ("12 people", "at least nine Chinese workers"):
    /// only a parallel count may stand for it later without its noun.
    private func isCounted(_ tokens: [WordToken], _ t: Int) -> Bool {
        !isNumeric(tokens[t].text)
            && ((t >= 1 && isNumeric(tokens[t - 1].text)) || (t >= 2 && tokens[t - 1].isWord && isNumeric(tokens[t - 2].text)))
    }

    /// A comma inside a number ("4,200").
    private func isThousands(_ tokens: [WordToken], _ k: Int) -> Bool {
        k > 0 && k + 1 < tokens.count && tokens[k].text == "," && tokens[k - 1].end == tokens[k].start
            && tokens[k + 1].start == tokens[k].end && isNumeric(tokens[k + 1].text)
            && tokens[k - 1].text.unicodeScalars.last.map(isDigit) == true
    }

    /// Reads one sentence's facts. `capitalized(k)`: whether token `k` is written with a
    /// capital (a name in -ed, "Reed", is no predicate).
    /// `id(k)`: token `k`'s vocabulary id, by which what each word form may be is
    /// decided once (most words are neither, and cost one lookup).
    mutating func scan(_ tokens: [WordToken], id: (Int) -> UInt32, article: Int, capitalized: (Int) -> Bool) {
        // (whether the last report read was a participial clause: "and injuring 200"
        // continues ", killing nine people")
        var participial = false
        // (the counted patient of this sentence's last report: a later conjunct's count
        // may elide its noun, "12 people were killed and 230 injured")
        var lastTheme: Int?
        // (whether the last report was of an active verb: one joined to it by "and" shares
        // its subject)
        var lastActive = false
        recentPersons = recentPersons.compactMap { p in
            p.article == article && p.age < lexicon.personPronounReach ? (article, p.age + 1, p.text) : nil
        }
        for k in tokens.indices where tokens[k].isWord && k > 0 {
            let w = tokens[k].text
            let form = formFlags(id(k), w)
            // A noun of the event with its patient after "of" ("forced the evacuation of
            // about 12,000 residents", "the arrest of three men"): a report of the fact
            // under the verb's past.
            if let past = lexicon.eventNominals[w], k + 2 < tokens.count, tokens[k + 1].isWord,
               tokens[k + 1].text == lexicon.partitive, !capitalized(k),
               let head = objectHead(tokens, after: k + 1, names: capitalized).head, !lexicon.elidedNounWords.contains(tokens[head].text) {
                add(tokens, k, theme: head, particle: nil, article: article, capitalized: capitalized,
                    undergoer: patientKeys.contains(Self.verbStem(past, morphology)), keyedAs: past)
                lastTheme = nil
                lastActive = false
                participial = false
                continue
            }
            // A state told of a subject with the copula and one adjective that closes the
            // clause ("The decision was unanimous.", "the strike was illegal, the court
            // said"): a fact whose predicate is the adjective and whose patient is the
            // subject. (Not a participle, which is a passive read below; not a number, a
            // name or a comparison: "was higher than".)
            if form & Self.copulaForm != 0, k + 1 < tokens.count, tokens[k + 1].isWord, !capitalized(k + 1),
               case let adjective = tokens[k + 1].text, isTheme(adjective),
               adjective.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
               !adjective.hasSuffix(lexicon.pastSuffix), !adjective.hasSuffix(lexicon.gerundSuffix),
               !(adjective.utf8.count > lexicon.adverbSuffix.utf8.count + 2 && adjective.hasSuffix(lexicon.adverbSuffix)),
               !morphology.irregularPastForms.contains(adjective), !lexicon.irregularParticiples.contains(adjective),
               k + 2 == tokens.count || !tokens[k + 2].isWord || lexicon.copularClauseClosers.contains(tokens[k + 2].text),
               let subject = subjectHead(tokens, k - 1) {
                add(tokens, k + 1, theme: subject, particle: nil, article: article, capitalized: capitalized)
                lastTheme = nil
                lastActive = false
                participial = false
                continue
            }
            // A denial ("did not raise its fuel surcharge"): a source that tells of the
            // fact, under the verb's regular past; its patient is the object, else the
            // subject before the auxiliary ("the tunnel did not collapse").
            if form & Self.predicateForm == 0, k >= 2, lexicon.denialNegations.contains(tokens[k - 1].text),
               lexicon.denialAuxiliaries.contains(tokens[k - 2].text), !capitalized(k), let past = pastParticiple(w), isPredicate(past) {
                let object = objectHead(tokens, after: k)
                let head = object.head.flatMap { lexicon.elidedNounWords.contains(tokens[$0].text) ? nil : $0 }
                    ?? (object.head == nil && k >= 3 ? subjectHead(tokens, k - 3) : nil)
                add(tokens, k, theme: head, particle: object.particle, article: article, capitalized: capitalized, as: past)
                deniedForms.insert(w)
                lastTheme = nil
                lastActive = true
                participial = false
                continue
            }
            // An act announced ahead ("said it would cut about 800 jobs", "will close
            // three plants"): under the verb's past; its patient is the object, and the
            // modal needs a subject before it.
            // A fact told as possible ("chlorine could leak from a tanker") is read the same
            // way; with no object its patient is the subject. An adverb may stand between
            // the modal and the verb ("would also send", "will soon close"), and is no
            // verb itself; a negation may not ("will not cut" tells of no cut).
            var m = k - 1
            while m > 1, tokens[m].isWord, isIntervener(tokens[m].text), !lexicon.denialNegations.contains(tokens[m].text) { m -= 1 }
            let possible = lexicon.possibilityModals.contains(tokens[m].text)
            if m >= 1, possible || lexicon.futureAuxiliaries.contains(tokens[m].text), !capitalized(k),
               !lexicon.interveners.contains(w), w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
               let past = form & Self.predicateForm != 0 ? w : pastParticiple(w), form & Self.predicateForm != 0 || isPredicate(past),
               case let subject = subjectHead(tokens, m - 1), subject != nil || lexicon.subjectPronouns.contains(tokens[m - 1].text),
               case let object = objectHead(tokens, after: k),
               let head = object.head ?? (possible && object.particle == nil ? subject : nil),
               !lexicon.elidedNounWords.contains(tokens[head].text) {
                add(tokens, k, theme: head, particle: object.particle, article: article, capitalized: capitalized, as: past)
                if past != w { deniedForms.insert(w) }
                lastTheme = nil
                lastActive = true
                participial = false
                continue
            }
            // The progressive of an act under way ("Halvorsen Motors is recalling 120,000
            // SUVs", "the airline is also cutting 4,000 jobs"): a source that tells of the
            // act, as its past does, under the verb's stem; its patient is the object. Not
            // an aim or an aspect, which take a complement ("is planning to", "are trying
            // to", "is considering cutting"), nor a light verb ("is making", "are holding").
            if form & Self.predicateForm == 0, k >= 2, w.utf8.count > lexicon.gerundSuffix.utf8.count + 2, w.hasSuffix(lexicon.gerundSuffix),
               !capitalized(k), !(k + 1 < tokens.count && tokens[k + 1].isWord
                                  && (lexicon.complementOpeners.contains(tokens[k + 1].text) || tokens[k + 1].text.hasSuffix(lexicon.gerundSuffix))) {
                var a = k - 1
                while a > 0, tokens[a].isWord, isIntervener(tokens[a].text) { a -= 1 }
                // (the auxiliary first: most -ing words have none, and the stem is made only then)
                if tokens[a].isWord, lexicon.progressiveAuxiliaries.contains(tokens[a].text),
                   case let stem = CommitmentDiscovery.stem(w), stem != w, let past = suffixedPast(stem), isPredicate(past) {
                    var j = a - 1
                    while j >= 0, tokens[j].isWord, isIntervener(tokens[j].text) { j -= 1 }
                    // (or one shared with a verb before it: "expects savings … and is cutting 600 jobs")
                    let hasSubject = j >= 0 && (subjectHead(tokens, j) != nil || lexicon.subjectPronouns.contains(tokens[j].text)
                                                || lexicon.verbConjunctions.contains(tokens[j].text))
                    let object = objectHead(tokens, after: k)
                    if hasSubject, let head = object.head, !lexicon.elidedNounWords.contains(tokens[head].text) {
                        add(tokens, k, theme: head, particle: object.particle, article: article, capitalized: capitalized)
                        lastTheme = nil
                        lastActive = true
                        participial = false
                        continue
                    }
                }
            }
            guard form != 0 else { continue }
            if form & Self.personForm != 0 {
                if !capitalized(k) {
                    if recentPersons.count >= 4 { recentPersons.removeFirst() }
                    recentPersons.append((article, 0, w))
                }
                if form == Self.personForm { continue }
            }
            // A participial clause after the event's clause tells what the event did (",
            // killing at least nine people and injuring more than 200"): its object is
            // the patient.
            if form & Self.gerundForm != 0, isParticipialClause(tokens, k, continuing: participial) {
                // (a bare count takes the noun of the clause before: ", killing nine people
                // and injuring more than 200")
                let elided = lastTheme.flatMap { prior in
                    isElidedObject(tokens, after: k) && noCountBetween(tokens, prior, k) ? prior : nil
                }
                let object = objectHead(tokens, after: k).head.flatMap { lexicon.elidedNounWords.contains(tokens[$0].text) ? nil : $0 }
                if let head = object ?? elided {
                    add(tokens, k, theme: head, particle: nil, article: article, capitalized: capitalized)
                    lastTheme = isCounted(tokens, head) ? head : nil
                    participial = true
                }
                continue
            }
            guard form & Self.predicateForm != 0, !capitalized(k) else { continue }
            // (a verb of saying acts only on a noun phrase, or in the passive: "declared a
            // state of emergency", "a curfew was declared"; not "declared that…")
            if lexicon.performativeVerbs.contains(w) {
                var a = k - 1
                while a > 0, tokens[a].isWord, isIntervener(tokens[a].text) { a -= 1 }
                let passiveVoice = tokens[a].isWord && lexicon.passiveAuxiliaries.contains(tokens[a].text)
                // (or a count: "declared three days of mourning")
                guard passiveVoice || (k + 1 < tokens.count && (lexicon.performativeObjectOpeners.contains(tokens[k + 1].text)
                                                                || isNumeric(tokens[k + 1].text))) else { continue }
            }
            // What follows: a complement makes the verb an auxiliary of another ("were
            // ordered to leave", "was told that"); a gerund makes it aspectual ("began
            // returning").
            var gerundNext = false
            if k + 1 < tokens.count, tokens[k + 1].isWord {
                let next = tokens[k + 1].text
                if lexicon.complementOpeners.contains(next) {
                    let after = k + 2 < tokens.count && tokens[k + 2].isWord ? tokens[k + 2].text : ""
                    // ("were moved to the shelters" is a place, "as a precaution" a manner)
                    let phrase = lexicon.complementOrPhrase.contains(next) && (lexicon.objectFillers.contains(after) || isNumeric(after))
                    // (a short subject, then its past verb: "as flames spread", "as security forces
                    // ended"; not "ran as independents but were supported", "as Mohammed Abed")
                    var clause = false
                    if lexicon.complementOrClause.contains(next), lexicon.objectFillers.contains(after) || isTheme(after) {
                        var v = k + 3
                        while v < min(k + 5, tokens.count), tokens[v].isWord, !capitalized(v) {
                            if formFlags(id(v), tokens[v].text) & Self.predicateForm != 0 { clause = v > k + 2 && isTheme(tokens[v - 1].text); break }
                            guard isTheme(tokens[v].text) else { break }
                            v += 1
                        }
                    }
                    if !phrase && !clause { continue }
                }
                // ("during", "morning" are no gerunds)
                if !lexicon.gerundSuffix.isEmpty, next.count > lexicon.gerundSuffix.count + 2, next.hasSuffix(lexicon.gerundSuffix),
                   !EnglishStopwords.words.contains(next), !timeWords.contains(next) { gerundNext = true }
            }
            // Before it: the auxiliaries, then the subject.
            var j = k - 1
            while j >= 0, tokens[j].isWord, isIntervener(tokens[j].text) { j -= 1 }
            // (a time between the subject and its verb, as news writes it: "The company on
            // Tuesday recalled", "Police late Sunday arrested")
            if j >= 1, tokens[j].isWord, timeWords.contains(tokens[j].text) {
                var b = j - 1
                while b >= 0, j - b < 4, tokens[b].isWord, timeWords.contains(tokens[b].text)
                        || lexicon.timePrepositions.contains(tokens[b].text) || lexicon.timeAdjunctModifiers.contains(tokens[b].text) { b -= 1 }
                if b >= 0, tokens[b].isWord, isTheme(tokens[b].text), !isPredicate(tokens[b].text) { j = b }
            }
            guard j >= 0 else { continue }
            var passive = false, perfect = false
            if tokens[j].isWord, lexicon.passiveAuxiliaries.contains(tokens[j].text) {
                passive = true
            } else if tokens[j].isWord, lexicon.perfectAuxiliaries.contains(tokens[j].text) {
                perfect = true
            }
            // (a passive takes no gerund: what follows it is an adjunct, "was killed crossing
            // the road", "was closed pending an inquiry")
            if gerundNext && !passive { continue }
            if passive || perfect {
                j -= 1
                while j >= 0, tokens[j].isWord,
                      lexicon.tenseAuxiliaries.contains(tokens[j].text) || lexicon.passiveAuxiliaries.contains(tokens[j].text)
                        || isIntervener(tokens[j].text) { j -= 1 }
            } else if lexicon.irregularParticiples.contains(w) && !morphology.irregularPastForms.contains(w) && !w.hasSuffix(lexicon.pastSuffix) {
                // (a participle alone is no finite verb: "the stolen records")
                continue
            }
            var subject = j >= 0 ? subjectHead(tokens, j).flatMap { lexicon.elidedNounWords.contains(tokens[$0].text) ? nil : $0 } : nil
            // (a participle right after a noun, with its agent after it, qualifies that
            // noun: "exchanged prisoners in a deal mediated by Qatar" tells of the deal)
            if !passive, !perfect, j == k - 1, let s = subject, s < j, k + 1 < tokens.count, tokens[k + 1].text == lexicon.agentPreposition,
               tokens[j].isWord, !capitalized(j), isTheme(tokens[j].text), !isPredicate(tokens[j].text) {
                subject = j
            }
            // The noun a relative pronoun at `r` stands for: the content word before it
            // (over a comma), not a name and no verb ("the exchange, which …"; not "said
            // that"). (One whose pronoun is the subject is read by `subjectHead`.)
            func antecedent(_ r: Int) -> Int? {
                var a = r - 1
                if a >= 1, tokens[a].text == "," { a -= 1 }
                guard a >= 0, tokens[a].isWord, !capitalized(a), isTheme(tokens[a].text),
                      formFlags(id(a), tokens[a].text) & (Self.predicateForm | Self.gerundForm) == 0 else { return nil }
                return a
            }
            // One whose pronoun is its object, with a subject of its own, tells of the noun
            // as the verb's patient ("the exchange, which Qatar reportedly mediated", "the
            // homes that the fire destroyed").
            var relativeObject: Int?
            if let h = subject, !passive {
                var r = h - 1
                while r > 0, h - r <= 3, tokens[r].isWord, !lexicon.relativePronouns.contains(tokens[r].text),
                      isTheme(tokens[r].text) || EnglishStopwords.words.contains(tokens[r].text) && !lexicon.verbConjunctions.contains(tokens[r].text) { r -= 1 }
                if r > 0, r < h, tokens[r].isWord, lexicon.relativePronouns.contains(tokens[r].text) { relativeObject = antecedent(r) }
            }
            // A conjunct's bare count takes the noun of the clause before ("were killed and
            // 230 injured"), and its verb that clause's auxiliary.
            // (not a participle that qualifies a noun: "41 unforced errors")
            if subject == nil, !perfect, let prior = lastTheme, j >= 0, isElidedCount(tokens, j),
               noCountBetween(tokens, prior, countStart(tokens, j)),
               !(k + 1 < tokens.count && tokens[k + 1].isWord && isTheme(tokens[k + 1].text)) {
                subject = prior
                passive = true
            }
            // A simple past needs its subject: after a determiner or a preposition the
            // form is an adjective ("the injured man", "of stolen cars").
            // A verb joined by "and" to an active report before it shares that report's
            // subject ("A crush killed 11 supporters and injured 43").
            let sharedSubject = !passive && !perfect && subject == nil && lastActive && j >= 0
                && lexicon.verbConjunctions.contains(tokens[j].text)
            if !passive && !perfect && subject == nil && !sharedSubject {
                guard j >= 0, tokens[j].isWord, lexicon.subjectPronouns.contains(tokens[j].text)
                        || lexicon.relativePronouns.contains(tokens[j].text) else { continue }
            }
            // (a pronoun for the person just named: "the driver had been speeding. He was
            // detained")
            var pronounFor: String?
            if subject == nil, j >= 0, let otherSex = lexicon.personPronouns[tokens[j].text] {
                pronounFor = recentPersons.last { !otherSex.contains($0.text) }?.text
            }
            var theme = passive ? subject : nil
            var objectless = false
            var particle: String?
            if passive, k + 1 < tokens.count, lexicon.verbParticles.contains(tokens[k + 1].text) { particle = tokens[k + 1].text }
            var namedPatient = false
            if !passive {
                let object = objectHead(tokens, after: k, names: capitalized)
                particle = object.particle
                namedPatient = object.head != nil && patientKeys.contains(Self.verbStem(w, morphology))
                // (no object: the verb tells of its subject, "a tunnel collapsed", or a
                // reduced passive does, "17 miners trapped underground")
                // (a bare count takes the noun of the count before: "killed 11 supporters and
                // injured 43")
                let head = object.head.flatMap { lexicon.elidedNounWords.contains(tokens[$0].text) ? nil : $0 }
                let elided = lastTheme.flatMap { prior in
                    isElidedObject(tokens, after: k) && noCountBetween(tokens, prior, k) ? prior : nil
                }
                theme = head ?? elided ?? (object.head == nil ? relativeObject ?? subject : nil)
                objectless = object.head == nil
            }
            add(tokens, k, theme: theme, particle: particle, article: article, capitalized: capitalized,
                themeText: theme == nil && (passive || objectless) ? pronounFor : nil,
                undergoer: passive || namedPatient || (objectless && (undergoerKeys.contains(CommitmentDiscovery.stem(w))
                                                      || particle.map { undergoerKeys.contains(CommitmentDiscovery.stem(w) + " " + $0) } == true)))
            lastTheme = theme.flatMap { isCounted(tokens, $0) ? $0 : nil }
            lastActive = !passive
            participial = false
        }
    }

    /// Records one report: the predicate at `k` and its patient.
    private mutating func add(_ tokens: [WordToken], _ k: Int, theme: Int?, particle: String?, article: Int,
                              capitalized: (Int) -> Bool, themeText pronounFor: String? = nil, as form: String? = nil,
                              undergoer: Bool = false, keyedAs verb: String? = nil) {
        let w = form ?? tokens[k].text
        var theme = theme
            // (grouped by the verb: "swept away" and "swept into a ditch" tell one fact)
            // (a name is who acts, "Takaichi met", not what happened to someone: a party's
            // acts are read as commitments; but a name that undergoes the event, a
            // passive's subject or the subject of a verb of `undergoerVerbs`, is its
            // patient: "Horvath was arrested", "Horvath resigned")
        if let t = theme, capitalized(t), !undergoer { theme = nil }
        // (a noun of the event under its verb: "evacuation" with "evacuated")
        let stem = Self.verbStem(verb ?? w, morphology)
        let key = (particle.flatMap { synonymKeys[stem + " " + $0] } ?? synonymKeys[stem]).map { "=\($0)" } ?? stem
        let themeText = theme.map { tokens[$0].text } ?? pronounFor
        items.append(Item(article: article, predicate: particle.map { w + " " + $0 } ?? w, key: key, theme: themeText,
                          themeKey: themeText.map(CommitmentDiscovery.stem), nominal: verb != nil))
    }

    /// The head of the object after the verb at `k`: over determiners and counts, the
    /// last of up to three content words ("destroyed about 150 homes", "stolen the
    /// personal details"); or the particle that completes the verb ("ran aground").
    /// (With `names`, a name after a title runs on: "former transport minister Ulrich
    /// Kessler" is Kessler.)
    private mutating func objectHead(_ tokens: [WordToken], after k: Int, names: (Int) -> Bool = { _ in false }) -> (head: Int?, particle: String?) {
        var o = k + 1
        var head: Int?
        var particle: String?
        var run = 0
        objectLoop: while o < tokens.count, o <= k + 10 {
            guard tokens[o].isWord else {
                if head == nil && isThousands(tokens, o) { o += 1; continue }
                break
            }
            let t = tokens[o].text
            if head == nil {
                if lexicon.objectFillers.contains(t) || isNumeric(t) { o += 1; continue }
                // (a span of time "of" a thing is that thing: "declared a day of mourning",
                // "three days of mourning", "after a night of rioting")
                if timeWords.contains(t), o + 2 < tokens.count, tokens[o + 1].isWord, tokens[o + 1].text == lexicon.partitive,
                   tokens[o + 2].isWord, isTheme(tokens[o + 2].text) {
                    o += 2
                    continue
                }
                if lexicon.numberApproximators.contains(t), o + 1 < tokens.count, isNumeric(tokens[o + 1].text) { o += 1; continue }
                // (a count of what follows: its head is the counted noun, "destroyed
                // hundreds of homes", "arrested some of the protesters", "destroyed part of
                // the bridge"), as in a subject
                if t == lexicon.partitive, o > k + 1, tokens[o - 1].isWord,
                   lexicon.partitiveHeads.contains(tokens[o - 1].text) || isNumeric(tokens[o - 1].text) { o += 1; continue }
                if lexicon.partitiveHeads.contains(t), o + 2 < tokens.count, tokens[o + 1].isWord,
                   tokens[o + 1].text == lexicon.partitive { o += 2; continue }
                for a in lexicon.objectApproximators where o + a.count <= tokens.count
                    && a.indices.allSatisfy({ tokens[o + $0].text == a[$0] }) {
                    o += a.count
                    continue objectLoop
                }
                // (a particle completes the verb: "ran aground", "broke out"; a phrasal
                // verb's object follows it, "struck down the law", "called off the strike")
                if o == k + 1, lexicon.verbParticles.contains(t) { particle = t; o += 1; continue }
                if isIntervener(t) { break }
            }
            // (an adverb or a place ends it: "spread quickly", "derailed near", "homes
            // nearby")
            if lexicon.objectStoppers.contains(t) { break }
            if head != nil, t.utf8.count > 6, lexicon.adverbEndings.contains(where: t.hasSuffix) { break }
            // (an -ing form after a plural noun opens a reduced relative clause: "struck
            // two employees working on the track"; a compound's head is after a singular,
            // "an apartment building")
            if let h = head, isReducedRelative(tokens, h, o) { break }
            // (a participle before a noun qualifies it: "searched collapsed buildings"; not
            // one before an adverb, the next clause's verb: "who died gathered outside")
            guard isTheme(t), run < 3 || (run < 6 && names(o)),
                  !isPredicate(t) || (o + 1 < tokens.count && tokens[o + 1].isWord && isTheme(tokens[o + 1].text)
                                      && !lexicon.objectStoppers.contains(tokens[o + 1].text)) else { break }
            head = o
            run += 1
            o += 1
        }
        return (head, particle)
    }

    /// Whether the word at `k`, right after the plural noun at `h`, is a present
    /// participle that opens a reduced relative clause, a word after it ("employees
    /// working on the track"). Nouns that premodify one are singular ("an apartment
    /// building", "an athletics meeting"); a plural's possessive is a determiner ("the
    /// ministers' meeting": an apostrophe between).
    func isReducedRelative(_ tokens: [WordToken], _ h: Int, _ k: Int) -> Bool {
        let word = tokens[k].text, noun = tokens[h].text
        return k == h + 1 && tokens[k].start == tokens[h].end + 1 && k + 1 < tokens.count && tokens[k + 1].isWord
            && word.utf8.count > 5 && word.hasSuffix(lexicon.gerundSuffix)
            && noun.utf8.count > 3 && noun.hasSuffix(lexicon.pluralSuffix) && !lexicon.singularEndings.contains { noun.hasSuffix($0) }
    }

    /// A proposed fact: its row and how many sources report it.
    struct Proposal {
        var sources: Int
        var items: Int
        var title: String
        var match: [[String]]
        /// The patient as the sources write it most ("inquiry").
        var theme: String? = nil
    }

    /// The facts at least `minSources` sources report, most sources first. A predicate
    /// told of two patients that each have `minSources` sources ("12 police officers
    /// were injured", "several protesters were injured") is two rows, each matched with
    /// its patient.
    func proposals(isWritten: (String) -> Bool = { _ in false }) -> [Proposal] {
        var byKey: [String: [Int]] = [:]
        for (i, it) in items.enumerated() { byKey[it.key, default: []].append(i) }
        var out: [Proposal] = []
        func commonest(_ forms: [String]) -> String? {
            var count: [String: Int] = [:]
            for f in forms { count[f, default: 0] += 1 }
            return count.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        // The forms to match, commonest first; a verb with a particle only where the
        // verb alone is not written ("swept" matches "swept away").
        func orderedForms(_ forms: [String]) -> [String] {
            var count: [String: Int] = [:]
            for f in forms { count[f, default: 0] += 1 }
            return count.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
                .filter { f in !(f.contains(" ") && count[String(f.prefix { $0 != " " })] != nil) }
        }
        // The event's nouns the corpus writes, for a row of a synonym set ("deaths"), or
        // of a verb with a noun of its event ("Renner's resignation, announced late
        // Wednesday" tells of the resignation; "demanded his resignation" is hedged).
        func nouns(_ key: String) -> [String] {
            guard key.hasPrefix("="), let i = Int(key.dropFirst()), i < lexicon.synonyms.count else {
                return (nominalsByKey[key] ?? []).filter(isWritten)
            }
            let nominals = lexicon.synonyms[i].flatMap { nominalsByKey[Self.verbStem($0, morphology)] ?? [] }
            var seen: Set<String> = []
            return ((i < lexicon.eventNouns.count ? lexicon.eventNouns[i] : []) + nominals).filter { isWritten($0) && seen.insert($0).inserted }
        }
        // (each form once: a noun a source writes is also among the nouns of its event)
        func unique(_ forms: [String]) -> [String] {
            var seen: Set<String> = []
            return forms.filter { seen.insert($0).inserted }
        }
        // The verbs' plain forms the corpus writes in a denial: a source that denies the
        // fact writes the verb after "did not" ("did not lower its forecast" against
        // "lowered its forecast"), a form the reports of the fact itself do not use.
        func plainForms(_ forms: [String]) -> [String] {
            var out: [String] = []
            for f in forms where !f.contains(" ") {
                for b in TermText.baseForms(f).dropFirst() where b.utf8.count >= 3 && !forms.contains(b) && !out.contains(b)
                    && deniedForms.contains(b) && isWritten(b) {
                    out.append(b)
                }
            }
            return out
        }
        for (key, members) in byKey {
            let sources = Set(members.map { items[$0].article })
            guard sources.count >= lexicon.minSources else { continue }
            var themeSources: [String: Set<Int>] = [:]
            for m in members { if let t = items[m].themeKey { themeSources[t, default: []].insert(items[m].article) } }
            // (a kind of person takes in the sources that say "people")
            let generic = themeSources.filter { genericPersonNouns.contains($0.key) }.values.reduce(into: Set<Int>()) { $0.formUnion($1) }
            var counted = themeSources
            for (t, srcs) in themeSources where personNouns.contains(t) { counted[t] = srcs.union(generic) }
            // (names of one deal are one patient, under the one most sources write)
            let deals = themeSources.filter { dealKeys.contains($0.key) }
            if deals.count >= 2, let top = deals.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }) {
                counted[top.key] = deals.values.reduce(into: Set<Int>()) { $0.formUnion($1) }
            }
            // A row's patient is one that two sources or more report: one predicate told
            // of a different thing by each source ("trade was discussed", "security
            // cooperation was discussed") is no one fact.
            var strongThemes = counted.filter { $0.value.count >= lexicon.minSources }
                .sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
            if strongThemes.contains(where: { personNouns.contains($0.key) }) {
                strongThemes.removeAll { genericPersonNouns.contains($0.key) }
            }
            func title(_ themeKey: String, _ group: [Int]) -> String {
                let theme = commonest(group.compactMap { items[$0].themeKey == themeKey ? items[$0].theme : nil }) ?? themeKey
                // (a past where a source writes one: "Vehicles recalled", though two say "is recalling")
                // (a verb, not a noun of the event: "Residents evacuated")
                let verbal = group.filter { !items[$0].nominal }
                let predicates = (verbal.isEmpty ? group : verbal).map { items[$0].predicate }
                var predicate = commonest(predicates.filter { !$0.hasSuffix(lexicon.gerundSuffix) }) ?? commonest(predicates) ?? ""
                // (a verb's particle where a source writes it: "Car swept away", not "Car swept")
                if !predicate.contains(" "), let full = commonest(predicates.filter { $0.hasPrefix(predicate + " ") }) {
                    predicate = full
                }
                // (an act under way is named as one: "Cutting jobs")
                let t = predicate.hasSuffix(lexicon.gerundSuffix) ? predicate + " " + theme : theme + " " + predicate
                return t.prefix(1).uppercased() + t.dropFirst()
            }
            // (nouns of the event alone make no row: "called for the release of the
            // hostages" in two sources reports no release)
            strongThemes.removeAll { t in !members.contains { items[$0].themeKey == t.key && !items[$0].nominal } }
            if strongThemes.count >= 2 {
                for (themeKey, srcs) in strongThemes {
                    let group = members.filter { items[$0].themeKey == themeKey }
                    let themeForm = commonest(group.compactMap { items[$0].theme }) ?? themeKey
                    let forms = Array(orderedForms(group.map { items[$0].predicate }).prefix(4))
                    out.append(Proposal(sources: srcs.count, items: group.count, title: title(themeKey, group),
                                        match: unique(forms + plainForms(forms) + nouns(key)).map { [themeForm, $0] }, theme: themeForm))
                }
            } else if let (best, srcs) = strongThemes.first {
                let forms = Array(orderedForms(members.map { items[$0].predicate }).prefix(4))
                out.append(Proposal(sources: max(srcs.count, sources.count), items: members.count, title: title(best, members),
                                    match: unique(forms + plainForms(forms) + nouns(key)).map { [$0] },
                                    theme: commonest(members.compactMap { items[$0].themeKey == best ? items[$0].theme : nil })))
            }
        }
        return out.sorted { ($0.sources, $0.items, $1.title) > ($1.sources, $1.items, $0.title) }
    }
}
