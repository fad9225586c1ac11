import Foundation
/// Proposes commitments from the articles: sentences in which the parties
/// report an agreement or a commitment (agreed, pledged, signed, will, …),
/// clustered across sources by their content words and named by a key phrase.
public enum CommitmentDiscovery {
    /// Content words that carry the object of a commitment: no function words,
    /// adverbs, participles or reporting verbs.
    static func isContent(_ w: String, _ exclude: Set<String>, _ lexicon: StanceLexicon = .english) -> Bool {
        w.count > 2 && !EnglishStopwords.words.contains(w) && !exclude.contains(w) && Int(w) == nil
            && !lexicon.nonContentSuffixes.contains(where: { w.hasSuffix($0) }) && !lexicon.nonContentWords.contains(w)
    }

    /// A common noun is a party when it is the subject of a commitment verb in at least
    /// this share of the sources (and two).
    static let subjectShare = 0.3

    /// A discovered row is not matched by one word alone when that word is in this
    /// share of the corpus's sentences or more; the share is read only in a corpus of
    /// at least `minSentencesForShare` sentences.
    static let broadWordShare = 1.0 / 3.0
    static let minSentencesForShare = 20

    /// Discovery reads at most this many articles, evenly spaced through the corpus:
    /// its proposals are rows worth checking, and the matrix then checks every article
    /// against them. (Clustering candidates grows faster than the corpus.)
    public static let maxArticles = 4_000

    /// The articles discovery reads: all of them, or `maxArticles` evenly spaced.
    static func sample(_ n: Int) -> [Int] {
        guard n > maxArticles else { return Array(0..<n) }
        return (0..<maxArticles).map { $0 * n / maxArticles }
    }

    /// The proper nouns found in most sources: the parties of the event.
    public static func parties(_ corpus: Corpus) -> Set<String> {
        var df: [String: Int] = [:]
        let picked = sample(corpus.articles.count)
        for ai in picked {
            let article = corpus.articles[ai]
            var seen: Set<String> = []
            let s = article.scalars
            for block in article.blocks where block.kind == .text {
                var i = block.span.start
                while i < block.span.end {
                    if isUpper(s[i]) && (i == block.span.start || !isLetter(s[i - 1])) {
                        var j = i
                        while j < block.span.end && isLetter(s[j]) { j += 1 }
                        if j - i >= 3 { seen.insert(s.lowered(i..<j)) }
                        i = j
                    } else { i += 1 }
                }
            }
            // (a month or a weekday is in every report of one week, and names no party)
            for w in seen where !EnglishStopwords.words.contains(w) && TimeLexicon.english.months[w] == nil
                && TimeLexicon.english.weekdays[w] == nil { df[w, default: 0] += 1 }
        }
        let n = picked.count
        let threshold = max(2, Int((Double(n) * 0.6).rounded(.up)))
        return Set(df.filter { $0.value >= threshold }.map(\.key))
    }

    /// Acronyms the articles define, as "Global Combat Air Programme (GCAP)": an
    /// acronym of two to eight capitals in parentheses whose letters are the initials
    /// of the capitalised words just before it (lowercase function words may stand
    /// between them, a hyphenated word gives each part's initial: "Acquisition and
    /// Cross-Servicing Agreement (ACSA)"). Lowercased acronym → its words, lowercased.
    public static func acronyms(_ corpus: Corpus) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for ai in sample(corpus.articles.count) {
            let s = corpus.articles[ai].scalars
            var i = 0
            while i < s.count {
                defer { i += 1 }
                guard s[i] == "(" else { continue }
                var j = i + 1
                while j < s.count && j - i <= 9 && s[j].value >= 65 && s[j].value <= 90 { j += 1 }
                let letters = Array(s[(i + 1)..<j])
                guard j < s.count, s[j] == ")", letters.count >= 2, letters.count <= 8 else { continue }
                // The words before "(" on the same line, nearest first.
                var words: [(start: Int, end: Int)] = []
                var k = i - 1
                while k >= 0 && words.count < 16 && s[k] != "\n" {
                    if isLetter(s[k]) {
                        let end = k + 1
                        while k >= 0 && isLetter(s[k]) { k -= 1 }
                        words.append((k + 1, end))
                    } else if s[k] == " " || s[k] == "-" || s[k] == "\u{2010}" {
                        k -= 1
                    } else { break }
                }
                var need = letters.count - 1
                var taken: [(start: Int, end: Int)] = []
                for w in words {
                    guard need >= 0 else { break }
                    let first = s[w.start]
                    if first.value >= 65 && first.value <= 90 {
                        guard first == letters[need] else { break }
                        taken.append(w)
                        need -= 1
                    } else if !EnglishStopwords.words.contains(s.lowered(w.start..<w.end)) {
                        break
                    }
                }
                guard need < 0 else { continue }
                let key = s.lowered((i + 1)..<j)
                // ("(US)" after "United States" would make the pronoun a key.)
                if EnglishStopwords.words.contains(key) { continue }
                if out[key] == nil { out[key] = taken.reversed().map { s.lowered($0.start..<$0.end) } }
            }
        }
        return out
    }

    /// One item of a commitment sentence: the verb's object, or one entry of the list
    /// it names ("deepen cooperation in energy, critical mineral supply chains, space
    /// technology and joint development of the next-generation fighter" has four).
    struct Item {
        var article: Int
        var words: [String]        // content words, in order
        var bigrams: [String]      // adjacent content words
        var keys: Set<String>      // stems that may group items (no relation words)
        var text: String           // the item as written, for a title
        var strong: Bool
    }

    /// Proposes commitments as a person would list them: the items of sentences in
    /// which the parties report an agreement, pledge, plan or decision (the object of
    /// "agreed to …", each entry of a list), grouped across sources when they share a
    /// word that says what the commitment is about (not "cooperation" or "deepen"),
    /// titled by the item's own wording, matched by the group's commonest phrase. A
    /// group is proposed when at least two sources report it, or one with a strong
    /// verb (agreed, pledged, signed…); those reported by more sources come first.
    public static func discover(_ corpus: Corpus, lexicon: StanceLexicon = .english, limit: Int = 30,
                                words: CorpusWords? = nil) -> CommitmentSet {
        let store = words ?? CorpusWords(corpus)
        let parties = parties(corpus)
        let partyWords = Set(lexicon.partyWords).union(parties)
        let verbs = Set(lexicon.commitmentVerbs)
        let strongVerbs = Set(lexicon.strongCommitmentVerbs)
        let relation = Set(lexicon.relationWords)
        let splitters = Set(lexicon.itemSplitters)
        let enders = Set(lexicon.itemListEnders)
        // (the first word of each reporting verb or phrase: "said", "according" of "according to")
        let attributionHeads = Set(lexicon.reportingVerbs.compactMap { $0.split(separator: " ").first.map(String.init) })
        // (an ordinal says which, not what: "a second transmission line" is about the line)
        let ordinals = Set(TimeLexicon.english.ordinals.keys)
        // (nor a share's sign: "a pay rise of 12 percent", "a 10 percent pay rise" are
        // about the rise)
        let shareSigns = NumberLexicon.english.percentSigns
        // (nor does a time word: "next year", "by the end of the month")
        let time = TimeLexicon.english
        let timeWords = Set(time.months.keys).union(time.weekdays.keys).union(time.shifts.keys).union(time.units.keys)
        let namedTimes = Set(time.months.keys).union(time.weekdays.keys)
        let namedOrUnits = namedTimes.union(time.units.keys)
            .union(time.partsOfDay.keys)
        // (reporting verbs say who speaks, not what is committed: "told AFP"; the
        // agreement itself is not a term of it, "agreed a deal"; a negation says nothing
        // of what)
        let exclude = partyWords.union(verbs).union(lexicon.reportingVerbs).union(lexicon.agreementNouns)
            .union(lexicon.negationParticles)
        // An acronym and its words are one key: items that name "GCAP" and items that
        // write "Global Combat Air Programme" group together.
        let defined = acronyms(corpus)
        let expansions = defined.map { (key: $0.key, words: Set($0.value.filter { isContent($0, exclude, lexicon) })) }
            .filter { !$0.words.isEmpty }
        let nounDeterminers = lexicon.articles.union(lexicon.possessiveDeterminers)
        let backshifted = Set(lexicon.backshiftedModals)
        let pastReporting = Set(lexicon.pastReportingVerbs)
        // (what each word form is, decided once per form: base forms are dear)
        struct WordRole { var verb = false, agreement = false, terms = false }
        var roles: [String: WordRole] = [:]
        func role(_ w: String) -> WordRole {
            if let known = roles[w] { return known }
            let forms = TermText.baseForms(w)
            let r = WordRole(verb: forms.contains(where: verbs.contains), agreement: forms.contains(where: lexicon.agreementNouns.contains),
                             terms: forms.contains(where: lexicon.agreementTermVerbs.contains))
            roles[w] = r
            return r
        }
        // A commitment verb at `k`: "agreed", "will", or "would" after a past reporting
        // verb, which is the reported "will" ("said they would recruit").
        // (a determiner makes it a noun: "a sign of the malaise", "the launch of", "its
        // pledge", "the will of the people")
        func isCommitmentVerb(_ tokens: [WordToken], _ k: Int) -> Bool {
            let t = tokens[k]
            guard t.isWord else { return false }
            if k > 0, tokens[k - 1].isWord, nounDeterminers.contains(tokens[k - 1].text) { return false }
            if role(t.text).verb { return true }
            return backshifted.contains(t.text) && tokens[..<k].contains { pastReporting.contains($0.text) }
        }
        func isAgreementNoun(_ w: String) -> Bool { role(w).agreement }
        // Where an agreement states its terms, whoever is named: the verb after an
        // agreement noun ("The deal includes…", "the agreement, which gives…"), or the
        // commitment verb of a clause fronted by one ("Under the offer, drivers will
        // receive…").
        func agreementTerms(_ tokens: [WordToken]) -> Int? {
            for k in tokens.indices where tokens[k].isWord && isAgreementNoun(tokens[k].text) {
                var n = k + 1
                if n + 1 < tokens.count, tokens[n].text == ",", lexicon.itemListEnders.contains(tokens[n + 1].text) { n += 2 }
                // (one adverb or function word may stand between: "the deal also includes")
                if n + 1 < tokens.count, tokens[n].isWord,
                   EnglishStopwords.words.contains(tokens[n].text) || (!lexicon.adverbSuffix.isEmpty && tokens[n].text.hasSuffix(lexicon.adverbSuffix)),
                   !role(tokens[n].text).terms { n += 1 }
                if n < tokens.count, tokens[n].isWord, role(tokens[n].text).terms {
                    return n
                }
                if n < tokens.count, tokens[n].text == ",",
                   tokens[max(0, k - 4)..<k].contains(where: { lexicon.agreementFrontings.contains($0.text) }) {
                    return (n + 1..<min(tokens.count, n + 9)).first { isCommitmentVerb(tokens, $0) }
                }
            }
            return nil
        }
        // The subject's last word before the verb at `k` (over up to two function words
        // or adverbs: "the operators will", "the companies also pledged", "the unions
        // have already agreed"), when it is a content word.
        func subjectIndex(_ tokens: [WordToken], _ k: Int) -> Int? {
            var s = k - 1
            for _ in 0..<2 where s > 0 && tokens[s].isWord && (EnglishStopwords.words.contains(tokens[s].text)
                || lexicon.nonContentWords.contains(tokens[s].text)
                || (!lexicon.adverbSuffix.isEmpty && tokens[s].text.hasSuffix(lexicon.adverbSuffix))) { s -= 1 }
            guard s >= 0, tokens[s].isWord, !EnglishStopwords.words.contains(tokens[s].text), !lexicon.nonContentWords.contains(tokens[s].text),
                  tokens[s].text.first?.isLetter == true else { return nil }
            return s
        }
        // The sentences that may state a commitment, with their tokens, found once.
        var candidates: [(article: Int, tokens: [WordToken])] = []
        // Common nouns that act as a party: the subject of a commitment verb in a share
        // of the sources (`subjectShare`, and two: "The operators will hire…", "the rail
        // operators agreed to…"), as in a labour or business deal whose parties are no
        // proper names.
        var subjectSources: [String: Set<Int>] = [:]
        // The facts the sentences report (what happened to whom), read in the same pass.
        var facts = FactFinder(excluded: verbs.union(lexicon.reportingVerbs).union(lexicon.pastReportingVerbs),
                               timeWords: timeWords)
        for ai in sample(corpus.articles.count) {
            let article = corpus.articles[ai]
            let indexed = store.sentences(ai)
            for (si, sentence) in article.sentences.enumerated() where article.blocks[sentence.block].kind == .text {
                let tokens = indexed[si].tokens
                var found = false
                for k in tokens.indices where isCommitmentVerb(tokens, k) {
                    found = true
                    guard let s = subjectIndex(tokens, k) else { continue }
                    let w = tokens[s].text
                    if w.count > 3, !partyWords.contains(w), !timeWords.contains(w), !exclude.contains(w),
                       !lexicon.nonContentSuffixes.contains(where: { w.hasSuffix($0) }) {
                        subjectSources[w, default: []].insert(ai)
                    }
                }
                if found || agreementTerms(tokens) != nil { candidates.append((ai, tokens)) }  // (kept: a minority)
                let sentenceIds = indexed[si]
                facts.scan(tokens, id: { sentenceIds.tokenId($0) }, article: ai, capitalized: { k in
                    // (a sentence's first word is capitalised whatever it is)
                    k > 0 && isUpper(article.content.scalar(at: tokens[k].start))
                })
            }
        }
        // (in a share of the sources, as a party is: "the government will" in a heap of
        // unrelated stories names no party of one event)
        let subjectThreshold = max(2, Int((Double(sample(corpus.articles.count).count) * subjectShare).rounded(.up)))
        let subjects = Set(subjectSources.filter { $0.value.count >= subjectThreshold }.keys)
        var items: [Item] = []
        for (ai, tokens) in candidates {
            let article = corpus.articles[ai]
            do {
                // The parties must be named in the sentence, or an agreement state its terms.
                let v: Int
                let first = tokens.indices.first(where: { isCommitmentVerb(tokens, $0) })
                if let k = first, tokens.contains(where: { partyWords.contains($0.text) || subjects.contains($0.text) }) {
                    v = k
                } else if let k = first, TermText.baseForms(tokens[k].text).contains(where: strongVerbs.contains),
                          let s = subjectIndex(tokens, k), !isUpper(article.content.scalar(at: tokens[s].start)) {
                    // (a strong verb after a common noun, "the companies pledged to…": the
                    // parties as a labour or business story names them; a third party is
                    // mostly a name, "Beijing pledged")
                    v = k
                } else if let k = agreementTerms(tokens) {
                    v = k
                } else { continue }
                let strong = TermText.baseForms(tokens[v].text).contains(where: strongVerbs.contains)
                // Split what follows the verb into items, up to the clause's end.
                var groups: [[Int]] = [[]]
                var k = v + 1
                var depth = 0
                // (whether the list is of verb phrases, "to reopen …, to exchange …", and the
                // current item opened at a comma)
                var verbal = false, afterComma = false
                while k < tokens.count && k <= v + 48 {
                    let t = tokens[k]
                    if !t.isWord {
                        if t.text == "(" { depth += 1 } else if t.text == ")" { depth = max(0, depth - 1) }
                        else if depth == 0 && [";", ":", "\u{2014}"].contains(t.text) { break }
                        else if depth == 0 && t.text == "," && !(k > 0 && k + 1 < tokens.count && tokens[k - 1].end == t.start
                                                                     && tokens[k + 1].start == t.end && tokens[k - 1].text.last?.isNumber == true
                                                                     && tokens[k + 1].text.first?.isNumber == true) {
                            groups.append([]); afterComma = true
                        } else if depth == 0 && t.text == "," {
                            groups[groups.count - 1].append(k)  // (a thousands separator: "1,200 drivers")
                        }
                    } else if depth == 0 && t.text == lexicon.infinitiveMarker && groups.count == 1 && groups[0].count <= 3 {
                        verbal = true
                        groups[groups.count - 1].append(k)
                    } else if depth == 0 && verbal && afterComma && groups[groups.count - 1].isEmpty && lexicon.appositiveOpeners.contains(t.text) {
                        // An appositive ends the list ("…, a key Armenian demand").
                        groups[groups.count - 1] = []
                        break
                    } else if depth == 0 && !verbal && k + 1 < tokens.count && tokens[k + 1].isWord
                                && (lexicon.itemTimePrepositions.contains(t.text) && namedTimes.contains(tokens[k + 1].text)
                                    || time.shifts[t.text] != nil && namedOrUnits.contains(tokens[k + 1].text)) {
                        // (a time ends an object: "launched an inquiry on Thursday afternoon";
                        // not a verb phrase's, whose time is part of what is pledged: "agreed to
                        // meet again next month")
                        break
                    } else if depth == 0 && enders.contains(t.text) {
                        // (an attribution's words before its verb are no item either:
                        // ", President William Ruto said")
                        if TermText.baseForms(t.text).contains(where: attributionHeads.contains) {
                            groups[groups.count - 1] = []
                        }
                        break
                    } else if depth == 0 && lexicon.counterpartPrepositions.contains(t.text), k > 0, tokens[k - 1].isWord,
                              isAgreementNoun(tokens[k - 1].text) {
                        // ("agreed a deal with train operators": who the deal is with, not its terms)
                        break
                    } else if depth == 0 && splitters.contains(t.text)
                                && !(lexicon.nameJoiners.contains(t.text) && k > 0 && k + 1 < tokens.count
                                     && tokens[k - 1].isWord && tokens[k + 1].isWord
                                     && isUpper(article.content.scalar(at: tokens[k - 1].start))
                                     && isUpper(article.content.scalar(at: tokens[k + 1].start))) {
                        // (two names joined are one part of an item: "aid into Khartoum and
                        // Darfur", "Saudi and American officials")
                        groups.append([])
                        afterComma = false
                    } else {
                        groups[groups.count - 1].append(k)
                        afterComma = false
                    }
                    k += 1
                }
                for g in groups where !g.isEmpty {
                    let content = g.filter { tokens[$0].isWord && isContent(tokens[$0].text, exclude, lexicon) }
                    var keys = Set(content.filter { !relation.contains(tokens[$0].text) && !timeWords.contains(tokens[$0].text)
                                                    && !ordinals.contains(tokens[$0].text) && !shareSigns.contains(tokens[$0].text) }
                        .map { stem(tokens[$0].text) }.filter { !relation.contains($0) })
                    let written = Set(g.map { tokens[$0].text })
                    for e in expansions where e.words.isSubset(of: written) { keys.insert(e.key) }
                    guard !keys.isEmpty else { continue }
                    var bigrams: [String] = []
                    for (a, b) in zip(content, content.dropFirst()) where b == a + 1 {
                        bigrams.append(tokens[a].text + " " + tokens[b].text)
                    }
                    // The item as written: from its first word that is not a function word.
                    guard let from = g.first(where: { tokens[$0].isWord && !EnglishStopwords.words.contains(tokens[$0].text) }),
                          let to = g.last else { continue }
                    let text = article.text(Span(tokens[from].start, tokens[to].end))
                    items.append(Item(article: ai, words: content.map { tokens[$0].text }, bigrams: bigrams, keys: keys,
                                      text: text, strong: strong))
                }
            }
        }
        // Group by key, as a person sorts a list: the word found in most sources first
        // ("space" gathers "space technology", "peaceful use of space", "a consultative
        // framework for space cooperation"), then the next among the items left. Items
        // are assigned once.
        // (Ties go to the key that comes earlier in its items: the object before what
        // qualifies it, "a tram line between the cities".)
        var keyItems: [String: [Int]] = [:]
        var keyPosition: [String: Int] = [:]
        for (i, it) in items.enumerated() {
            for k in it.keys {
                keyItems[k, default: []].append(i)
                keyPosition[k, default: 0] += it.words.firstIndex { stem($0) == k } ?? 0
            }
        }
        let keyOrder = keyItems.map { (key: $0.key, articles: Set($0.value.map { items[$0].article }).count, count: $0.value.count,
                                       position: Double(keyPosition[$0.key] ?? 0) / Double($0.value.count)) }
            .sorted { ($0.articles, $0.count, -$0.position, $1.key) > ($1.articles, $1.count, -$1.position, $0.key) }
        var assigned = [Bool](repeating: false, count: items.count)
        var groups: [(key: String, members: [Int])] = []
        // Each key is ranked by the items still unassigned when its turn comes: "border"
        // in "reopen a border crossing" and in "a commission on border demarcation" must
        // not take the commission's items once the crossing's group has its own ("lazy
        // greedy": a key is taken when its current rank still beats the next key's rank
        // before any assignment, an upper bound, since ranks only fall).
        typealias Rank = (articles: Int, count: Int, position: Double)
        func beats(_ a: Rank, _ ak: String, _ b: Rank, _ bk: String) -> Bool {
            (a.articles, a.count, -a.position, bk) > (b.articles, b.count, -b.position, ak)
        }
        var pending = keyOrder.map { (key: $0.key, rank: Rank($0.articles, $0.count, $0.position)) }
        var next = 0
        while next < pending.count {
            let k = pending[next]
            next += 1
            let members = keyItems[k.key]!.filter { !assigned[$0] }
            guard !members.isEmpty else { continue }
            let positions = members.reduce(0) { $0 + (items[$1].words.firstIndex { stem($0) == k.key } ?? 0) }
            let now: Rank = (Set(members.map { items[$0].article }).count, members.count, Double(positions) / Double(members.count))
            // (a key left with one source's items keeps its place: its standing in the
            // whole corpus says best what a single item is about, "economic" more than
            // "maintain" in "maintain economic stability")
            if next < pending.count, now.articles >= 2, !beats(now, k.key, pending[next].rank, pending[next].key),
               now.articles != k.rank.articles || now.count != k.rank.count {
                // (fallen behind: back in line at its current rank)
                var at = next
                while at < pending.count && beats(pending[at].rank, pending[at].key, now, k.key) { at += 1 }
                pending.insert((k.key, now), at: at)
                continue
            }
            guard now.articles >= 2 || members.contains(where: { items[$0].strong }) else { continue }
            // A word two topics share ("border" in "reopen a border crossing" and in "a
            // commission on border demarcation") would merge them: when another key of
            // these items gathers two sources or more, and the items it leaves have a key
            // of their own in two sources or more that none of its items has ("commission"),
            // that key's group goes first, and this key comes back for what is left.
            if now.articles >= 2 {
                var split: (key: String, rank: Rank)?
                var seen: Set<String> = [k.key]
                let memberSet = Set(members)
                for m in members {
                    for other in items[m].keys where seen.insert(other).inserted {
                        let part = keyItems[other]!.filter { !assigned[$0] && memberSet.contains($0) }
                        guard part.count < members.count else { continue }
                        let partSet = Set(part)
                        let rest = Set(members.filter { !partSet.contains($0) }.map { items[$0].article }).count
                        let partSources = Set(part.map { items[$0].article }).count
                        guard partSources >= 2, rest >= 2 else { continue }
                        let partKeys = part.reduce(into: Set<String>()) { $0.formUnion(items[$1].keys) }
                        var restSources: [String: Set<Int>] = [:]
                        for r in members where !partSet.contains(r) {
                            for key in items[r].keys where !partKeys.contains(key) { restSources[key, default: []].insert(items[r].article) }
                        }
                        guard restSources.values.contains(where: { $0.count >= 2 }) else { continue }
                        let pos = part.reduce(0) { $0 + (items[$1].words.firstIndex { stem($0) == other } ?? 0) }
                        let r: Rank = (partSources, part.count, Double(pos) / Double(part.count))
                        if split == nil || beats(r, other, split!.rank, split!.key) { split = (other, r) }
                    }
                }
                if let sp = split {
                    let part = keyItems[sp.key]!.filter { !assigned[$0] && memberSet.contains($0) }
                    for m in part { assigned[m] = true }
                    groups.append((sp.key, part))
                    next -= 1  // (this key again, for the rest)
                    pending[next] = (k.key, now)
                    continue
                }
            }
            for m in members { assigned[m] = true }
            groups.append((k.key, members))
        }
        if ProcessInfo.processInfo.environment["CONCORD_DEBUG_DISCOVERY"] != nil {
            for g in groups {
                FileHandle.standardError.write(Data("group \(g.key):\n".utf8))
                for m in g.members { FileHandle.standardError.write(Data("  \(items[m].article) \(items[m].text)\n".utf8)) }
            }
            for f in facts.items {
                FileHandle.standardError.write(Data("fact \(f.article) \(f.key) \(f.predicate) \(f.theme ?? "-")\n".utf8))
            }
            for p in facts.proposals() {
                FileHandle.standardError.write(Data("proposed fact \(p.sources) \(p.title) \(p.match)\n".utf8))
            }
        }
        // The word forms the corpus writes (ids), made once when first asked.
        var writtenIds: Set<UInt32>?
        func isWritten(_ id: UInt32) -> Bool {
            if writtenIds == nil {
                var ids: Set<UInt32> = []
                for ai in sample(corpus.articles.count) {
                    for sentence in store.sentences(ai) { for k in 0..<sentence.count where sentence.isWord(k) { ids.insert(sentence.tokenId(k)) } }
                }
                writtenIds = ids
            }
            return writtenIds!.contains(id)
        }
        // The share of the corpus's sentences holding a word in any of its forms (the
        // sentences the matrix would take as evidence for it).
        let sentenceTotal = corpus.articles.reduce(0) { $0 + $1.sentences.count }
        func isBroad(_ word: String) -> Bool {
            guard sentenceTotal >= minSentencesForShare else { return false }
            return Double(store.postings(word).count) >= Double(sentenceTotal) * broadWordShare
        }
        var proposals: [(sources: Int, strong: Bool, base: String, title: String, match: [[Term]])] = []
        for (key, members) in groups {
            let sources = Set(members.map { items[$0].article }).count
            let strong = members.contains { items[$0].strong }
            // Match: the adjacent pair holding the key found in most sources, when it is
            // in at least two (or the group has one source); else the key's commonest form.
            var bigramSources: [String: Set<Int>] = [:]
            var formSources: [String: Set<Int>] = [:]
            var wordSources: [String: Set<Int>] = [:]
            for m in members {
                let it = items[m]
                for bg in it.bigrams where bg.split(separator: " ").contains(where: { stem(String($0)) == key }) {
                    bigramSources[bg, default: []].insert(it.article)
                }
                for w in it.words {
                    if stem(w) == key { formSources[w, default: []].insert(it.article) }
                    wordSources[w, default: []].insert(it.article)
                }
            }
            let bestBigram = bigramSources.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }
            let bestForm = formSources.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }
            var phrase: String
            var alternatives: [String] = []
            if let bg = bestBigram, bg.value.count >= 2 || sources == 1 {
                phrase = bg.key
                // (a source of the group that writes neither the pair nor another pair of
                // it is matched by its own pair or by the key's form: "establish a
                // commission on border delimitation" beside two "joint commission"s)
                for m in members where !bg.value.contains(items[m].article) {
                    let mine = items[m].bigrams.filter { bigramSources[$0] != nil && $0 != bg.key }
                    if let own = mine.max(by: { (bigramSources[$0]!.count, $1) < (bigramSources[$1]!.count, $0) }) {
                        if !alternatives.contains(own) { alternatives.append(own) }
                    } else if let form = items[m].words.first(where: { stem($0) == key }), form != bg.key, !alternatives.contains(form) {
                        alternatives.append(form)
                    }
                }
            } else if let bg = bestBigram, let w = bestForm {
                // No pair of words in two sources: each item's own pair around the key
                // ("mineral supply chains", "critical supply chains" → "supply chains",
                // "chains resilience"), the key alone only for an item that has none
                // ("Cyber security" should not gather every "security").
                var picks: [String] = []
                var bare = false
                for m in members {
                    let mine = items[m].bigrams.filter { bigramSources[$0] != nil }
                    if let best = mine.max(by: { (bigramSources[$0]!.count, $1) < (bigramSources[$1]!.count, $0) }) {
                        if !picks.contains(best) { picks.append(best) }
                    } else if items[m].words.contains(where: { stem($0) == key }) {
                        bare = true
                    }
                }
                if bare || picks.count > 4 {
                    phrase = w.key
                } else {
                    phrase = bg.key
                    alternatives = picks.filter { $0 != bg.key }
                }
            } else if let w = bestForm {
                phrase = w.key
            } else { continue }
            // A plural the corpus also writes in the singular is matched by the singular,
            // which the matcher's inflections widen to both ("troops" and "troop
            // withdrawal"; a term in the plural would miss the singular).
            let writtenPhrase = phrase  // (the title and the id keep the corpus's own form)
            var written = phrase.split(separator: " ").map(String.init)
            if let lastWord = written.last, !lastWord.contains("-"),  // ("driver-only" is no plural of "driver")
               let single = TermText.baseForms(lastWord).first(where: { $0 != lastWord && lastWord.hasPrefix(String($0.dropLast())) && $0.count >= 3
                   && isContent($0, exclude, lexicon) && store.vocabulary.id($0).map(isWritten) == true }) {
                written[written.count - 1] = single
                phrase = written.joined(separator: " ")
            }
            guard let term = Term(phrase) else { continue }
            // A lone word found in a large share of the corpus's sentences names what the
            // whole story is about ("drivers" in a drivers' strike), not one commitment:
            // as the only match it would make every sentence evidence.
            if term.words.count == 1, alternatives.isEmpty, defined[key] == nil, isBroad(term.words[0]) { continue }
            var match: [[Term]] = [[term]]
            for alt in alternatives { if let t = Term(alt) { match.append([t]) } }
            // Another way the group's own items say it: an acronym and its words.
            if let words = defined[key] {
                for alt in [key, words.joined(separator: " ")] where alt != phrase {
                    if let t = Term(alt) { match.append([t]) }
                }
            }
            // Title: the item that holds the phrase and most of the group's words, as written.
            let groupWords = Set(wordSources.filter { $0.value.count >= 2 }.map(\.key))
            let phraseWords = Set(writtenPhrase.split(separator: " ").map(String.init))
            // Title: the item that holds the phrase and most of the group's words, as
            // written; a verb phrase ("Expand defense cooperation") before a bare noun.
            func isVerbLike(_ w: String) -> Bool {
                relation.contains(w) || relation.contains(stem(w)) || (!lexicon.auxiliaryCommitmentVerbs.contains(w) && TermText.baseForms(w).contains(where: verbs.contains))
            }
            func isGerund(_ w: String) -> Bool { !lexicon.gerundSuffix.isEmpty && w.count > lexicon.gerundSuffix.count + 3 && w.hasSuffix(lexicon.gerundSuffix) }
            // (a title does not open with a time, "Saturday to a seven-day ceasefire…", nor
            // with a share's sign left by its number, "10 percent pay rise")
            let titles = members.map { m in (m, readableTitle(items[m].text, keep: {
                !timeWords.contains($0) && !shareSigns.contains($0) && (isContent($0, exclude, lexicon) || isVerbLike($0) || isGerund($0)) })) }
            let title = titles.max { a, b in
                func score(_ t: (Int, String)) -> (Int, Int, Int, Int, Int) {
                    let ws = Set(items[t.0].words)
                    let written = TermText.words(t.1)
                    let first = written.first ?? ""
                    // (a pronoun stands for what another sentence names: "Keep them open"
                    // says less than "Keep ticket offices open")
                    let named = written.contains(where: lexicon.referringPronouns.contains) ? 0 : 1
                    return (phraseWords.isSubset(of: ws) ? 1 : 0, ws.intersection(groupWords).count,
                            isVerbLike(first) && ws.count >= 2 ? 1 : 0, named, -t.1.count)
                }
                return score(a) < score(b)
            }?.1 ?? writtenPhrase
            proposals.append((sources, strong, slug(writtenPhrase), title, match))
        }
        // (stable: groups with one slug keep the order they were found in)
        let order = proposals.indices.sorted { a, b in
            let (x, y) = (proposals[a], proposals[b])
            if (x.sources, x.strong ? 1 : 0) != (y.sources, y.strong ? 1 : 0) {
                return (x.sources, x.strong ? 1 : 0) > (y.sources, y.strong ? 1 : 0)
            }
            return (x.base, a) < (y.base, b)
        }
        // Ids are given to the rows kept, so that a row dropped past the limit holds none.
        var ids = UniqueIds()
        var rows = order.prefix(limit).map { k in
            Commitment(id: ids.make(proposals[k].base), title: proposals[k].title, match: proposals[k].match)
        }
        // Then the facts two sources or more report, in the room left: not a predicate a
        // commitment already matches, nor one word found in a large share of the corpus.
        let matched = Set(rows.flatMap { $0.match.flatMap { $0.flatMap(\.words) } })
        // (nor the fact of a thing a commitment row is matched by alone: "launched an
        // inquiry" in three sources is the row "Inquiry"; "Inquiry opened" in two says less)
        let namedAlone = Set(rows.flatMap { $0.match.compactMap { $0.count == 1 && $0[0].words.count == 1 ? $0[0].words[0] : nil } })
        for fact in facts.proposals(isWritten: { store.vocabulary.id($0).map(isWritten) == true }) where rows.count < limit {
            let terms = fact.match.compactMap { alt -> [Term]? in
                let t = alt.compactMap(Term.init)
                return t.count == alt.count ? t : nil
            }
            guard !terms.isEmpty, !terms.contains(where: { $0.count == 1 && $0[0].words.contains(where: matched.contains) }) else { continue }
            if let theme = fact.theme, TermText.baseForms(theme).contains(where: namedAlone.contains) { continue }
            if terms.count == 1, terms[0].count == 1, terms[0][0].words.count == 1, isBroad(terms[0][0].words[0]) { continue }
            rows.append(Commitment(id: ids.make(slug(fact.title)), title: fact.title, match: terms))
        }
        return CommitmentSet(title: "Discovered commitments: \(corpus.title)", commitments: rows, lexicon: lexicon)
    }

    /// A title from an item as written: from its first word that `keep` accepts (a
    /// content or relation word: "need to expand defense cooperation" -> "Expand
    /// defense cooperation"), capitalised, at most twelve words, with an unfinished
    /// tail ("the", "of") and closing punctuation taken off.
    static func readableTitle(_ text: String, keep: (String) -> Bool = { _ in true }, linking: Set<String> = StanceLexicon.english.linkingAdverbs) -> String {
        // A phrase the item quotes is the name of the thing ("what they described as a
        // 'special strategic partnership'"): the title.
        let scalars = Array(text.unicodeScalars)
        if let open = scalars.indices.first(where: { k in
            "\u{201C}\u{2018}\"'".unicodeScalars.contains(scalars[k]) && (k == 0 || scalars[k - 1] == " ")
        }) {
            // The mark that closes this opening one ("'" only before a non-letter: not "Kenya's").
            let closing: Unicode.Scalar = ["\u{201C}": "\u{201D}", "\u{2018}": "\u{2019}", "\"": "\"", "'": "'"][scalars[open]] ?? "\""
            let close = scalars.indices.dropFirst(open + 1).first { k in
                scalars[k] == closing && (k + 1 == scalars.count || !scalars[k + 1].properties.isAlphabetic)
            } ?? scalars.count
            let quoted = String(String.UnicodeScalarView(scalars[(open + 1)..<close])).trimmingCharacters(in: .whitespaces)
            if quoted.split(separator: " ").count >= 2, quoted.split(separator: " ").count <= 8, let first = quoted.first {
                return first.uppercased() + quoted.dropFirst()
            }
        }
        var words = text.split(separator: " ").map(String.init)
        func bare(_ w: String) -> String { TermText.words(w).first ?? w.lowercased() }
        while words.count > 1, let first = words.first, !keep(bare(first)) || linking.contains(bare(first)) { words.removeFirst() }
        if words.count > 12 { words = Array(words.prefix(12)) }
        while words.count > 1, let last = words.last, EnglishStopwords.words.contains(last.lowercased())
                || last.allSatisfy({ !$0.isLetter && !$0.isNumber }) || linking.contains(bare(last)) {
            words.removeLast()
        }
        // (a title that would be a linking adverb alone keeps its words: "Still advanced,
        // however" where "advanced" is no content word)
        if !linking.isEmpty, words.allSatisfy({ linking.contains(bare($0)) }) { return readableTitle(text, keep: keep, linking: []) }
        var t = words.joined(separator: " ")
        // (a quote mark whose partner lies outside the title, "territories\" of the West
        // Bank and Gaza Strip", is dropped, with its kind's other marks)
        func count(_ c: Unicode.Scalar) -> Int { t.unicodeScalars.reduce(0) { $0 + ($1 == c ? 1 : 0) } }
        if count("\"") % 2 == 1 { t.unicodeScalars.removeAll { $0 == "\"" } }
        if count("\u{201C}") != count("\u{201D}") { t.unicodeScalars.removeAll { $0 == "\u{201C}" || $0 == "\u{201D}" } }
        while let c = t.unicodeScalars.last, ".,;:\"'\u{201D}".unicodeScalars.contains(c) { t.unicodeScalars.removeLast() }
        guard let first = t.first else { return text }
        return first.uppercased() + t.dropFirst()
    }

    /// The shortest base form of a word, for comparing content.
    public static func stem(_ w: String) -> String {
        TermText.baseForms(w).min { $0.count < $1.count } ?? w
    }

    /// Unique ids from slugs: the slug, then slug-2, slug-3… (a counter per slug, so that
    /// many rows with one slug cost no more than one).
    struct UniqueIds {
        private var used: Set<String> = []
        private var nextSuffix: [String: Int] = [:]
        mutating func make(_ base: String) -> String {
            var id = base
            var n = nextSuffix[base] ?? 2
            while used.contains(id) { id = base + "-\(n)"; n += 1 }
            nextSuffix[base] = n
            used.insert(id)
            return id
        }
    }

    static func slug(_ s: String) -> String {
        var out = ""
        for c in s.lowercased().unicodeScalars {
            if (c.value >= 97 && c.value <= 122) || isDigit(c) { out.unicodeScalars.append(c) }
            else if !out.hasSuffix("-") && !out.isEmpty { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "commitment" : String(out.prefix(40))
    }

    /// The set as an editable commitments file.
    public static func yaml(_ set: CommitmentSet) -> String {
        func quote(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        var out = "# Proposed by 'concord discover'. Edit the titles and match lists, then use\n"
        out += "# this file with 'concord matrix --commitments FILE' or save it as commitments.yaml.\n"
        out += "title: \(quote(set.title ?? "Commitments"))\ncommitments:\n"
        for c in set.commitments {
            out += "  - id: \(c.id)\n    title: \(quote(c.title))\n    match:\n"
            for alt in c.match { out += "      - [" + alt.map { quote($0.source) }.joined(separator: ", ") + "]\n" }
            if !c.exclude.isEmpty {
                out += "    exclude:\n"
                for alt in c.exclude { out += "      - [" + alt.map { quote($0.source) }.joined(separator: ", ") + "]\n" }
            }
        }
        return out
    }
}
