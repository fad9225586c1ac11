/// Proposes commitments from the articles: sentences in which the parties
/// report an agreement or a commitment (agreed, pledged, signed, will, …),
/// clustered across sources by their content words and named by a key phrase.
public enum CommitmentDiscovery {
    struct Candidate {
        var article: Int
        var words: [String]   // content words after the verb, in order
        var bigrams: [String] // adjacent content-word pairs in the text
        var set: Set<String>
    }

    /// Content words that carry the object of a commitment: no function words,
    /// adverbs, participles or reporting verbs.
    static func isContent(_ w: String, _ exclude: Set<String>) -> Bool {
        w.count > 2 && !EnglishStopwords.words.contains(w) && !exclude.contains(w) && Int(w) == nil
            && !w.hasSuffix("ly") && !w.hasSuffix("ed") && !w.hasSuffix("ing")
            && !["work", "act", "back", "make", "take", "move", "step", "use", "way", "range", "areas", "area",
                 "wide", "forward", "together", "closely", "further", "need", "issue", "part", "effort"].contains(w)
    }

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
            for block in article.blocks where block.kind == .text {
                let s = article.scalars
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
            for w in seen where !EnglishStopwords.words.contains(w) { df[w, default: 0] += 1 }
        }
        let n = picked.count
        let threshold = max(2, Int((Double(n) * 0.6).rounded(.up)))
        return Set(df.filter { $0.value >= threshold }.map(\.key))
    }

    public static func discover(_ corpus: Corpus, lexicon: StanceLexicon = .english, limit: Int = 30,
                                words: CorpusWords? = nil) -> CommitmentSet {
        let store = words ?? CorpusWords(corpus)
        let parties = parties(corpus)
        let partyWords = Set(lexicon.partyWords).union(parties)
        let verbs = Set(lexicon.commitmentVerbs)
        var candidates: [Candidate] = []
        for ai in sample(corpus.articles.count) {
            let article = corpus.articles[ai]
            let indexed = store.sentences(ai)
            for (si, sentence) in article.sentences.enumerated() where article.blocks[sentence.block].kind == .text {
                let tokens = indexed[si].tokens
                guard let v = tokens.firstIndex(where: { t in t.isWord && TermText.baseForms(t.text).contains(where: verbs.contains) }) else { continue }
                // The parties must be named in the sentence.
                guard tokens.contains(where: { partyWords.contains($0.text) }) else { continue }
                var words: [String] = []
                var bigrams: [String] = []
                var previous: String?
                var k = v + 1
                let exclude = partyWords.union(verbs)
                while k < tokens.count && words.count < 12 {
                    let t = tokens[k]
                    if !t.isWord && [";", ":", "\u{2014}", "(", ")"].contains(t.text) { break }
                    if t.isWord && isContent(t.text, exclude) {
                        words.append(t.text)
                        if let p = previous { bigrams.append(p + " " + t.text) }
                        previous = t.text
                    } else {
                        previous = nil
                    }
                    k += 1
                }
                guard words.count >= 2 else { continue }
                candidates.append(Candidate(article: ai, words: words, bigrams: bigrams, set: Set(words.map(stem))))
            }
        }
        // Single-link clustering by shared content, through an inverted index on
        // content stems (stems in very many candidates are too common to link).
        var parent = Array(candidates.indices)
        func find(_ x: Int) -> Int { var x = x; while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }; return x }
        var postings: [String: [Int]] = [:]
        for (i, c) in candidates.enumerated() { for w in c.set { postings[w, default: []].append(i) } }
        let common = max(50, candidates.count / 20)
        for i in candidates.indices {
            var shared: [Int: Int] = [:]
            for w in candidates[i].set {
                guard let list = postings[w], list.count <= common else { continue }
                for j in list where j > i { shared[j, default: 0] += 1 }
            }
            for (j, inter) in shared {
                let union = candidates[i].set.count + candidates[j].set.count - inter
                if union > 0 && (Double(inter) / Double(union) >= 0.25 || inter >= 3) { parent[find(i)] = find(j) }
            }
        }
        var clusters: [Int: [Int]] = [:]
        for i in candidates.indices { clusters[find(i), default: []].append(i) }
        var proposals: [(sources: Int, commitment: Commitment)] = []
        var usedIds: Set<String> = []
        var nextSuffix: [String: Int] = [:]
        // In index order, so ids ("bird-flu", "bird-flu-2") are the same on every run.
        for members in clusters.values.sorted(by: { $0[0] < $1[0] }) {
            // Key phrase: the adjacent content-word pair found in most sources, else the commonest word.
            var bigramSources: [String: Set<Int>] = [:]
            var wordSources: [String: Set<Int>] = [:]
            for m in members {
                let c = candidates[m]
                for bg in c.bigrams { bigramSources[bg, default: []].insert(c.article) }
                for w in c.words { wordSources[w, default: []].insert(c.article) }
            }
            let sources = Set(members.map { candidates[$0].article }).count
            let bestBigram = bigramSources.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }
            let topWords = wordSources.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.prefix(2).map(\.key)
            let phrase: String
            var match: [[Term]] = []
            if let bg = bestBigram, bg.value.count >= 2 || topWords.count < 2 || bg.value.count == sources {
                phrase = bg.key
                match.append([Term(bg.key)].compactMap { $0 })
            } else {
                phrase = topWords.joined(separator: " ")
            }
            if match.isEmpty && topWords.count == 2 { match.append(topWords.compactMap { Term($0) }) }
            match = match.filter { !$0.isEmpty }
            guard !match.isEmpty else { continue }
            // Unique ids: the slug, then slug-2, slug-3… (a counter per slug, so that many
            // groups with one phrase cost no more than one).
            let base = slug(phrase)
            var id = base
            var n = nextSuffix[base] ?? 2
            while usedIds.contains(id) { id = base + "-\(n)"; n += 1 }
            nextSuffix[base] = n
            usedIds.insert(id)
            proposals.append((sources, Commitment(id: id, title: phrase.prefix(1).uppercased() + phrase.dropFirst(), match: match)))
        }
        proposals.sort { ($0.sources, $1.commitment.id) > ($1.sources, $0.commitment.id) }
        // Prefer what several sources report; single-source rows only fill a short list.
        let shared = proposals.filter { $0.sources >= 2 }
        if shared.count >= 5 { proposals = shared }
        return CommitmentSet(title: "Discovered commitments: \(corpus.title)", commitments: proposals.prefix(limit).map(\.commitment),
                             lexicon: lexicon)
    }

    /// The shortest base form of a word, for comparing content.
    public static func stem(_ w: String) -> String {
        TermText.baseForms(w).min { $0.count < $1.count } ?? w
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
