/// Who a sentence says acts or speaks: the speaker of a reporting verb ("…, Igor
/// Ivanov said", "according to Beijing"), else the subject of the clause that holds
/// the matched terms ("Beijing tightened export controls …"), as the capitalised words
/// that name it. A commitment's parties (`parties:` in the commitments file) are
/// checked against it: evidence whose actor is named and is none of the parties is a
/// third party's doing or saying, and only *mentions* the commitment.
///
/// No parser: the subject is the name that opens the clause (after a fronted phrase
/// such as "Under the plan,"), the speaker the name next to a reporting verb. A
/// clause whose subject is not a name ("The two leaders agreed", "They will", "Both
/// sides") names no actor, and keeps its stance.
public struct ActorFinder: Sendable {
    let reporting: [[String]]
    let fronting: Set<String>
    let joiners: Set<String>
    let partyWords: Set<String>
    let verbs: Set<String>
    let timeWords: Set<String>
    let pronouns: Set<String>
    let notNames: Set<String>

    public init(_ lexicon: StanceLexicon = .english, time: TimeLexicon = .english) {
        reporting = lexicon.reportingVerbs.map { TermText.words($0) }.filter { !$0.isEmpty }
        fronting = Set(lexicon.frontingWords)
        joiners = Set(lexicon.nameJoiners)
        partyWords = Set(lexicon.partyWords)
        verbs = Set(lexicon.subjectVerbs).union(lexicon.reportingVerbs)
        timeWords = Set(time.months.keys).union(time.weekdays.keys)
        pronouns = Set(lexicon.speakerPronouns)
        notNames = Set(lexicon.speakerPronouns).union(lexicon.indefinitePronouns)
    }

    /// Quotation marks: a sentence holding one is (part of) someone's words.
    public static let quoteMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]

    /// Who speaks in a sentence, by its reporting verb.
    public enum Speaker: Equatable, Sendable {
        /// No reporting verb outside the matched terms.
        case none
        /// A name ("Ivanov said", "said Igor Ivanov", "according to Beijing").
        case named(words: [String], first: Int, last: Int)
        /// A pronoun that speaks ("…," he said): token position.
        case pronoun(Int)
        /// Someone described, not named ("officials said", "the researcher said"): the
        /// reporting verb's token position.
        case unnamed(Int)
    }

    /// A party: the words of one of its names (a trailing `*` is a prefix: `Kenya*`).
    public struct Party: Sendable, Hashable {
        public var term: Term
        public init(_ term: Term) { self.term = term }
    }

    /// The named actor of the sentence for the terms at `matched` (token positions):
    /// the lower-case words of the name and its first and last tokens, or nil when
    /// none is named.
    public func actor(_ sentence: IndexedSentence, _ s: [Unicode.Scalar], matched: [Int]) -> (words: [String], first: Int, last: Int)? {
        attribution(sentence, s, matched: matched).actor
    }

    /// The named actor (as `actor`) and the speaker of the sentence's reporting verb,
    /// found in one pass over its tokens.
    public func attribution(_ sentence: IndexedSentence, _ s: [Unicode.Scalar], matched: [Int])
        -> (actor: (words: [String], first: Int, last: Int)?, speaker: Speaker) {
        guard let first = matched.first else { return (nil, .none) }
        let tokens = sentence.tokens
        guard !tokens.isEmpty else { return (nil, .none) }
        // 1. The speaker of a reporting verb.
        let speaker = speaker(tokens, s, matched: matched)
        if case .named(let words, let lo, let hi) = speaker { return ((words, lo, hi), speaker) }
        // 2. The subject of the clause that holds the terms: the name that opens the
        //    clause (after ; : — or a quote, past a parenthesis, past a fronted phrase
        //    that ends in a comma, past "the") when a verb follows it.
        var start = first
        var depth = 0
        while start > 0 {
            let t = tokens[start - 1]
            if !t.isWord {
                if t.text == ")" { depth += 1 } else if t.text == "(" { depth = max(0, depth - 1) }
                else if depth == 0 && [";", ":", "\u{2014}", "\u{201C}", "\""].contains(t.text) { break }
            }
            start -= 1
        }
        if start < first, fronting.contains(tokens[start].text),
           let comma = tokens[start..<first].firstIndex(where: { $0.text == "," }) {
            start = comma + 1
        }
        if start < tokens.count, tokens[start].text == "the" { start += 1 }
        if let n = name(tokens, s, at: start, forward: true), isVerb(tokens, n.last + 1) { return ((n.words, n.first, n.last), speaker) }
        return (nil, speaker)
    }

    /// The speaker of a sentence's reporting verb (outside `matched`).
    public func speaker(_ sentence: IndexedSentence, _ s: [Unicode.Scalar]) -> Speaker {
        speaker(sentence.tokens, s, matched: [])
    }

    func isCapitalised(_ tokens: [WordToken], _ s: [Unicode.Scalar], _ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isWord && tokens[i].start < s.count && s[tokens[i].start].properties.isUppercase
    }

    func isName(_ tokens: [WordToken], _ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard isCapitalised(tokens, s, i) else { return false }
        let w = tokens[i].text
        return !(EnglishStopwords.words.contains(w) || partyWords.contains(w) || fronting.contains(w) || timeWords.contains(w)
                 || notNames.contains(w))
    }

    /// The name that starts (forward) or ends (backward) at position i.
    func name(_ tokens: [WordToken], _ s: [Unicode.Scalar], at i: Int, forward: Bool) -> (words: [String], first: Int, last: Int)? {
        var words: [String] = []
        var k = i, lo = i, hi = i
        while k >= 0 && k < tokens.count {
            if isName(tokens, s, k) { words.append(tokens[k].text); lo = min(lo, k); hi = max(hi, k) }
            else if !(joiners.contains(tokens[k].text) && !words.isEmpty && isName(tokens, s, forward ? k + 1 : k - 1)) { break }
            k += forward ? 1 : -1
        }
        if !forward { words.reverse() }
        return words.isEmpty ? nil : (words, lo, hi)
    }

    func isVerb(_ tokens: [WordToken], _ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].isWord else { return false }
        let w = tokens[i].text
        return verbs.contains(w) || (w.count > 4 && w.hasSuffix("ed"))
    }

    func speaker(_ tokens: [WordToken], _ s: [Unicode.Scalar], matched: [Int]) -> Speaker {
        func isCapitalised(_ i: Int) -> Bool { self.isCapitalised(tokens, s, i) }
        func isName(_ i: Int) -> Bool { self.isName(tokens, s, i) }
        func name(at i: Int, forward: Bool) -> (words: [String], first: Int, last: Int)? { self.name(tokens, s, at: i, forward: forward) }
        var found = Speaker.none
        // 1. The speaker of a reporting verb: named right before it ("Ivanov said"), in
        //    the phrase before it ("a spokesman for the Chinese foreign ministry said"), or
        //    after it at the clause's end ("…, said Igor Ivanov.", "according to Beijing").
        // (a capitalised word is part of a name, not a verb: "the United States")
        for r in tokens.indices where tokens[r].isWord && !matched.contains(r) && !isCapitalised(r) {
            for phrase in reporting where r + phrase.count <= tokens.count {
                guard phrase.enumerated().allSatisfy({ j, w in
                    tokens[r + j].text == w || (w.count > 3 && TermText.baseForms(tokens[r + j].text).contains(w))
                }) else { continue }
                if let n = name(at: r - 1, forward: false) { return .named(words: n.words, first: n.first, last: n.last) }
                var k = r - 1
                var steps = 0
                while k >= 0 && tokens[k].isWord && steps < 8 {
                    if isName(k), let n = name(at: k, forward: false) { return .named(words: n.words, first: n.first, last: n.last) }
                    k -= 1
                    steps += 1
                }
                var a = r + phrase.count
                if a < tokens.count && tokens[a].text == "the" { a += 1 }
                if let n = name(at: a, forward: true), phrase.count > 1 || n.last + 1 >= tokens.count || !tokens[n.last + 1].isWord {
                    return .named(words: n.words, first: n.first, last: n.last)
                }
                // A speaker who is not named: a pronoun next to the verb ("he said",
                // "said she"), or someone described ("officials said").
                if r > 0, pronouns.contains(tokens[r - 1].text) { found = .pronoun(r - 1) }
                else if r + phrase.count < tokens.count, pronouns.contains(tokens[r + phrase.count].text),
                        r + phrase.count + 1 >= tokens.count || !tokens[r + phrase.count + 1].isWord {
                    // ("…," said he. — not "said he had", where he is the reported clause's subject)
                    found = .pronoun(r + phrase.count)
                }
                else if case .none = found { found = .unnamed(r) }
            }
        }
        return found
    }

    /// Whether an actor's name is one of the parties'.
    public static func isParty(_ actor: [String], _ parties: [Party]) -> Bool {
        for p in parties {
            let w = p.term.words
            guard !w.isEmpty, w.count <= actor.count else { continue }
            for i in 0...(actor.count - w.count) {
                var ok = true
                for (j, word) in w.enumerated() {
                    let a = actor[i + j]
                    let last = j == w.count - 1
                    if !(a == word || (last && p.term.prefix && a.hasPrefix(word)) || TermText.baseForms(a).contains(word)) { ok = false; break }
                }
                if ok { return true }
            }
        }
        return false
    }
}
