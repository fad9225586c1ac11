import Foundation

/// Word-level text normalization and term matching for commitments:
/// case-insensitive whole words, phrases, regular English inflections
/// (`agree` ~ `agreed`, `agreeing`; `ally` ~ `allies`), a trailing `*` for a
/// prefix, folded quotes and dashes, and hyphen equal to space.
public struct WordToken: Sendable, Hashable {
    /// Lowercased word, or a punctuation mark for clause structure.
    public var text: String
    public var isWord: Bool
    // Offsets are stored in 32 bits (an article is at most 64 MiB): a corpus holds one
    // token per word, tens of millions of them at scale.
    private var start32: Int32
    private var end32: Int32
    /// Scalar offsets into the body.
    public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(clamping: newValue) }
    }
    public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(clamping: newValue) }
    }

    public init(text: String, isWord: Bool, start: Int, end: Int) {
        self.text = text
        self.isWord = isWord
        start32 = Int32(clamping: start)
        end32 = Int32(clamping: end)
    }
}

public enum TermText {
    /// Splits text into words (letters and digits; an apostrophe inside a word is kept,
    /// a possessive 's dropped) and the punctuation that structures clauses.
    public static func tokens(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [WordToken] {
        var out: [WordToken] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = s[i]
            if isWordChar(c) {
                let start = i
                var word = String.UnicodeScalarView()
                while i < end {
                    let d = s[i]
                    if isWordChar(d) {
                        if d.value < 0x80 { word.append(asciiLower(d)) } else { word.append(contentsOf: d.properties.lowercaseMapping.unicodeScalars) }
                        i += 1
                    } else if (d == "'" || d == "\u{2019}") && i + 1 < end && isLetter(s[i + 1]) {
                        // don't, it's, Kenya's
                        var j = i + 1
                        var tail = String.UnicodeScalarView()
                        while j < end && isLetter(s[j]) { tail.append(asciiLower(s[j])); j += 1 }
                        let t = String(tail)
                        let clitics = MorphologyLexicon.english
                        if t == clitics.possessiveClitic {
                            i = j  // possessive: drop
                        } else if t == clitics.negativeClitic.after && String(word).last == clitics.negativeClitic.before {
                            var w = String(word)
                            w.removeLast()
                            out.append(WordToken(text: w, isWord: true, start: start, end: i - 1))
                            out.append(WordToken(text: clitics.negativeClitic.word, isWord: true, start: i - 1, end: j))
                            word = String.UnicodeScalarView()
                            i = j
                        } else {
                            word.append("'")
                            word.append(contentsOf: tail)
                            i = j
                        }
                        break
                    } else {
                        break
                    }
                }
                if !word.isEmpty { out.append(WordToken(text: String(word), isWord: true, start: start, end: i)) }
                continue
            }
            switch c {
            case ";", ":", "(", ")", ",", "\u{2014}", "\u{2013}", "?", "!", "\"", "\u{201C}", "\u{201D}":
                out.append(WordToken(text: c == "\u{2013}" ? "\u{2014}" : String(Character(c)), isWord: false, start: i, end: i + 1))
            case "-":
                // A spaced hyphen works as a dash, and so does a run of two or more, as
                // typewritten and wire copy write one ("a mission -- to seek peace",
                // "Mobutu--who"); a hyphen inside a word is a space.
                var j = i + 1
                while j < end && s[j] == "-" { j += 1 }
                let spaced = (i == range.lowerBound || isSpace(s[i - 1])) && (j >= end || isSpace(s[j]))
                if spaced || j - i >= 2 { out.append(WordToken(text: "\u{2014}", isWord: false, start: i, end: j)) }
                i = j
                continue
            default:
                break
            }
            i += 1
        }
        return out
    }

    /// Splits a term written by a user into lowercase words, the same way as the text.
    public static func words(_ term: String) -> [String] {
        let s = Array(term.unicodeScalars)
        return tokens(s, 0..<s.count).filter(\.isWord).map(\.text)
    }

    /// Possible base forms of an inflected word (including the word itself), memoized:
    /// a corpus has a few tens of thousands of distinct words.
    public static func baseForms(_ w: String) -> [String] {
        formLock.lock()
        if let cached = formMemo[w] { formLock.unlock(); return cached }
        formLock.unlock()
        let forms = computeBaseForms(w)
        formLock.lock()
        if formMemo.count > 500_000 { formMemo.removeAll(keepingCapacity: true) }
        formMemo[w] = forms
        formLock.unlock()
        return forms
    }

    nonisolated(unsafe) static var formMemo: [String: [String]] = [:]
    static let formLock = NSLock()

    static func computeBaseForms(_ w: String, morphology: MorphologyLexicon = .english) -> [String] {
        var forms = [w]
        let chars = Array(w)
        let n = chars.count
        func undouble(_ stem: String) -> String? {
            let a = Array(stem)
            guard a.count >= 3, a[a.count - 1] == a[a.count - 2], !morphology.keepDoubled.contains(a[a.count - 1]) else { return nil }
            return String(a.dropLast())
        }
        for rule in morphology.suffixRules where n > rule.longerThan && w.hasSuffix(rule.suffix) {
            if let unless = rule.unless, w.hasSuffix(unless) { continue }
            let stem = String(chars[0..<(n - rule.suffix.count)])
            for r in rule.replacements { forms.append(stem + r) }
            if rule.undouble, let u = undouble(stem) { forms.append(u) }
        }
        if let base = morphology.irregularBases[w] { forms.append(base) }
        return forms
    }
}

/// A term: one or more words; the last may be a prefix (`ratif*`).
public struct Term: Sendable, Hashable, CustomStringConvertible {
    public var words: [String]
    public var prefix: Bool
    public var source: String

    public init?(_ text: String) {
        var t = text.trimmingSpaces()
        source = t
        prefix = t.hasSuffix("*")
        if prefix { t.removeLast() }
        words = TermText.words(t)
        if words.isEmpty { return nil }
    }

    public var description: String { source }
}

/// The word types of a corpus, each stored once and named by a 32-bit id, with
/// the ids of its base forms: the word index keeps ids, not strings (a corpus of
/// 100,000 articles holds tens of millions of word tokens but well under a
/// million distinct words). Shared by every sentence of one `CorpusWords`;
/// thread-safe (interning and reading take one lock per sentence).
public final class Vocabulary: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [String: UInt32] = [:]
    private var strings: [String] = []
    /// Base-form ids per id; empty until the id is first met as a token.
    private var forms: [[UInt32]] = []

    public init() {}

    /// The number of distinct strings (words, base forms, punctuation).
    public var count: Int { lock.lock(); defer { lock.unlock() }; return strings.count }

    private func internLocked(_ s: String) -> UInt32 {
        if let id = ids[s] { return id }
        let id = UInt32(truncatingIfNeeded: strings.count)
        ids[s] = id
        strings.append(s)
        forms.append([])
        return id
    }

    /// The id of a string already known, if any (a lookup never adds).
    public func id(_ s: String) -> UInt32? {
        lock.lock(); defer { lock.unlock() }
        return ids[s]
    }

    public func string(_ id: UInt32) -> String {
        lock.lock(); defer { lock.unlock() }
        return strings[Int(id)]
    }

    /// The strings of many ids under one lock.
    func strings<C: Collection>(_ list: C) -> [String] where C.Element == UInt32 {
        lock.lock(); defer { lock.unlock() }
        return list.map { strings[Int($0)] }
    }

    /// Interns a sentence's tokens: for each, its id and (for words) the ids it is
    /// indexed under: function words as they are, content words under every base form.
    func intern(_ tokens: [WordToken]) -> (ids: [UInt32], forms: [[UInt32]]) {
        var tokenIds: [UInt32] = []
        tokenIds.reserveCapacity(tokens.count)
        var tokenForms: [[UInt32]] = []
        tokenForms.reserveCapacity(tokens.count)
        lock.lock(); defer { lock.unlock() }
        for t in tokens {
            let id = internLocked(t.text)
            tokenIds.append(id)
            guard t.isWord else { tokenForms.append([]); continue }
            if forms[Int(id)].isEmpty {
                if EnglishStopwords.words.contains(t.text) {
                    forms[Int(id)] = [id]
                } else {
                    var list: [UInt32] = []
                    for f in TermText.computeBaseForms(t.text) {
                        let fid = internLocked(f)
                        if !list.contains(fid) { list.append(fid) }
                    }
                    forms[Int(id)] = list
                }
            }
            tokenForms.append(forms[Int(id)])
        }
        return (tokenIds, tokenForms)
    }
}

/// A sentence prepared for term lookups: its tokens and an index from every
/// base form to the token positions where it occurs, all as vocabulary ids
/// (12 bytes a token and 8 an index entry; strings are made only when asked for).
/// The index is one array sorted by form (a dictionary per sentence cost ~5 KB
/// each on a large corpus).
public struct IndexedSentence: Sendable {
    public var span: Span
    public let vocabulary: Vocabulary
    private var packed: [Packed]
    /// (form, token position), sorted by form and then position.
    private var entries: [Entry]

    /// A token: its vocabulary id (top bit set for words) and scalar offsets.
    struct Packed: Sendable {
        var id: UInt32
        var start: Int32
        var end: Int32
        var isWord: Bool { id & 0x8000_0000 != 0 }
        var word: UInt32 { id & 0x7FFF_FFFF }
    }

    struct Entry: Sendable {
        var form: UInt32
        var position: UInt32
    }

    public init(_ s: [Unicode.Scalar], _ span: Span, vocabulary: Vocabulary = Vocabulary()) {
        self.span = span
        self.vocabulary = vocabulary
        let tokens = TermText.tokens(s, span.start..<span.end)
        let (ids, forms) = vocabulary.intern(tokens)
        var packed: [Packed] = []
        packed.reserveCapacity(tokens.count)
        // (sorted by form, then position, as one 64-bit key each: a plain integer
        // sort instead of a comparison closure)
        var keys: [UInt64] = []
        keys.reserveCapacity(tokens.count + tokens.count / 2)
        for (i, t) in tokens.enumerated() {
            packed.append(Packed(id: ids[i] | (t.isWord ? 0x8000_0000 : 0), start: Int32(clamping: t.start), end: Int32(clamping: t.end)))
            for f in forms[i] { keys.append(UInt64(f) << 32 | UInt64(UInt32(truncatingIfNeeded: i))) }
        }
        keys.sort()
        self.packed = packed
        self.entries = keys.map { Entry(form: UInt32(truncatingIfNeeded: $0 >> 32), position: UInt32(truncatingIfNeeded: $0)) }
    }

    /// The tokens, with their text (made from the vocabulary on each call: keep the
    /// result rather than asking again in a loop).
    public var tokens: [WordToken] {
        let texts = vocabulary.strings(packed.lazy.map(\.word))
        var out: [WordToken] = []
        out.reserveCapacity(packed.count)
        for (i, p) in packed.enumerated() {
            out.append(WordToken(text: texts[i], isWord: p.isWord, start: Int(p.start), end: Int(p.end)))
        }
        return out
    }

    /// The tokens that start within `reach` characters of a span, with their text
    /// (only those are made: a run-on "sentence" can hold 200,000 tokens).
    public func tokens(within reach: Int, of around: Span) -> [WordToken] {
        func first(_ offset: Int) -> Int {
            var lo = 0, hi = packed.count
            while lo < hi { let mid = (lo + hi) / 2; if Int(packed[mid].start) < offset { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        let a = first(around.start - reach), b = max(a, first(around.end + reach))
        let texts = vocabulary.strings(packed[a..<b].lazy.map(\.word))
        return (a..<b).enumerated().map { k, i in
            WordToken(text: texts[k], isWord: packed[i].isWord, start: Int(packed[i].start), end: Int(packed[i].end))
        }
    }

    /// The index of the first token that starts at or after `offset` (binary search).
    public func firstToken(startingAtOrAfter offset: Int) -> Int {
        var lo = 0, hi = packed.count
        while lo < hi { let mid = (lo + hi) / 2; if Int(packed[mid].start) < offset { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// The number of tokens.
    public var count: Int { packed.count }

    /// Whether token `i` is a word (not punctuation).
    public func isWord(_ i: Int) -> Bool { packed[i].isWord }

    /// The vocabulary id of token `i`'s text.
    public func tokenId(_ i: Int) -> UInt32 { packed[i].word }

    /// The scalar span of token `i`.
    public func tokenSpan(_ i: Int) -> Span { Span(Int(packed[i].start), Int(packed[i].end)) }

    /// The first entry whose form is not below `form`.
    private func lowerBound(_ form: UInt32) -> Int {
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].form < form { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Token positions of a form, in order.
    func positions(_ form: String) -> [Int] {
        guard let id = vocabulary.id(form) else { return [] }
        var out: [Int] = []
        var i = lowerBound(id)
        while i < entries.count && entries[i].form == id {
            if out.last != Int(entries[i].position) { out.append(Int(entries[i].position)) }
            i += 1
        }
        return out
    }

    /// Whether token `k` is indexed under the form `id` (or is that word).
    private func has(_ k: Int, _ id: UInt32) -> Bool {
        if packed[k].word == id { return true }
        var i = lowerBound(id)
        while i < entries.count && entries[i].form == id {
            if entries[i].position == UInt32(k) { return true }
            if entries[i].position > UInt32(k) { return false }
            i += 1
        }
        return false
    }

    /// Token positions where a term matches (word by word, skipping no words).
    public func find(_ term: Term) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // Strings are needed only for a prefix term (`ratif*`).
        let words = term.prefix ? tokens : []
        let ids = term.words.map { vocabulary.id($0) }
        func wordMatches(_ k: Int, _ index: Int, isLast: Bool) -> Bool {
            guard k < packed.count, packed[k].isWord else { return false }
            if isLast && term.prefix { return words[k].text.hasPrefix(term.words[index]) }
            guard let id = ids[index] else { return false }
            return has(k, id)
        }
        let firstIsPrefix = term.prefix && term.words.count == 1
        let starts: [Int]
        if firstIsPrefix {
            starts = words.indices.filter { words[$0].isWord && words[$0].text.hasPrefix(term.words[0]) }
        } else {
            starts = positions(term.words[0])
        }
        for st in starts {
            var ok = true
            for k in 1..<max(1, term.words.count) where !wordMatches(st + k, k, isLast: k == term.words.count - 1) {
                ok = false
                break
            }
            if ok { out.append(st..<(st + term.words.count)) }
        }
        return out
    }

    /// If every term occurs, the token positions they cover.
    public func matchAll(_ terms: [Term]) -> [Int]? {
        var covered: [Int] = []
        for term in terms {
            guard let first = find(term).first else { return nil }
            covered += Array(first)
        }
        return covered.sorted()
    }

    public func contains(_ base: String) -> Bool {
        guard let id = vocabulary.id(base) else { return false }
        let i = lowerBound(id)
        return i < entries.count && entries[i].form == id
    }

    /// Every form the sentence is indexed under, each once, as vocabulary ids.
    var formIds: [UInt32] {
        var out: [UInt32] = []
        for e in entries where out.last != e.form { out.append(e.form) }
        return out
    }

    /// Every form the sentence is indexed under, each once.
    public var forms: [String] { vocabulary.strings(formIds) }
}
