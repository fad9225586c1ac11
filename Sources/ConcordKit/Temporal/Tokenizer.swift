/// A token for the temporal tagger: a word, a number, an ordinal, a decade,
/// a clock time or a punctuation mark, with scalar offsets into the body.
struct TToken {
    enum Kind: UInt8 { case word, number, ordinal, decade, clock, punct, boundary }

    var kind: Kind
    var start: Int
    var end: Int
    /// Lowercased text (ASCII-folded quotes and dashes for punctuation).
    var lower: String
    /// Numeric value: the number, the ordinal, the decade's first year, or hours*100+minutes.
    var number: Double = 0
    /// Number of digits for numbers (4 for a year-like token).
    var digits: Int = 0
    /// True when the token is glued to the previous one (no space between).
    var glued: Bool = false
    /// True when the word starts with an uppercase letter.
    var capitalized: Bool = false
    /// True when its second letter is uppercase too (an acronym, a word in capitals).
    var capitals: Bool = false
    /// The word's types from the lexicon (`TokenType` bits), looked up once per token
    /// by `TimexMatcher.assignTypes`; 0 until then.
    var types: UInt32 = 0
    /// Index of the rules that may start at this word (`TimexMatcher.openerLists`), or -1.
    var openers: Int32 = -1
    /// The word's number among the words the rules name (`TimexMatcher.wordTypes`),
    /// or -1.
    var wordID: Int32 = -1
}

/// The general types of a token that the tagger's engines test (one bit each).
/// A word's types come from the `TimeLexicon` in one table look-up per token, so
/// that the matcher and the tense reader need no further look-ups by string.
enum TokenType {
    static let assigned: UInt32 = 1 << 31
    /// Carries time by itself (a month, a unit, "yesterday", a word of a rule…).
    static let trigger: UInt32 = 1 << 0
    static let clauseBreak: UInt32 = 1 << 1
    static let strongFuture: UInt32 = 1 << 2
    static let strongPast: UInt32 = 1 << 3
    static let futureCue: UInt32 = 1 << 4
    static let futureBeforeTo: UInt32 = 1 << 5
    static let pastCue: UInt32 = 1 << 6
    static let presentBe: UInt32 = 1 << 7
    static let determiner: UInt32 = 1 << 8
    static let verbPrefix: UInt32 = 1 << 9
    static let quarterWord: UInt32 = 1 << 10
    /// The last word of a future-cue phrase ("see you", "looking forward").
    static let futurePhraseEnd: UInt32 = 1 << 11
    /// A present form of "be" before a present participle ("is", "are").
    static let progressiveBe: UInt32 = 1 << 12
    /// A preposition that opens a clause before an -ing word ("after winning").
    static let gerundOpener: UInt32 = 1 << 13
    /// A word after which a small number may open a time expression ("the", "half").
    static let smallNumberOpener: UInt32 = 1 << 14
    /// A word after which a spelled number may ("half").
    static let spelledNumberOpener: UInt32 = 1 << 15
    /// A cardinal number word ("seven").
    static let cardinal: UInt32 = 1 << 16
    /// A verb of commitment, future before "to" for what follows it ("promised").
    static let commitmentBeforeTo: UInt32 = 1 << 17
    /// A modal verb of possibility or obligation ("may", "could", "must").
    static let modal: UInt32 = 1 << 18
    /// A subject pronoun whose simple present says what is arranged ("I", "we", "he").
    static let presentSubject: UInt32 = 1 << 19
}

enum TemporalTokenizer {
    /// The separator of an ISO 8601 date and time, lowercased ("2014-03-08T19:00").
    static let isoTimeSeparator = "t"
    /// Whether one of `eras` (lowercase, with its dots: "bc", "b.c.") follows position
    /// `j` as a whole word, after spaces (or, unless `spaced`, glued: "2.30am").
    static func eraFollows(_ s: [Unicode.Scalar], _ j: Int, _ end: Int, _ eras: Set<String>, spaced: Bool = true) -> Bool {
        guard !eras.isEmpty else { return false }
        var k = j
        while k < end && s[k] == " " { k += 1 }
        guard k > j || !spaced else { return false }
        var word = ""
        var e = k
        while e < end && e - k < 8 && (isASCIILetter(s[e]) || s[e] == ".") {
            word.unicodeScalars.append(s[e])
            e += 1
        }
        if e < end && isASCIILetter(s[e]) { return false }
        let lower = word.lowercased()
        return eras.contains(lower) || (lower.hasSuffix(".") && eras.contains(String(lower.dropLast())))
    }

    /// `d.m.yyyy` or `dd.mm.yyyy` at `i` (one or two digits, one or two, four), not
    /// followed by another digit or dot-digit: the three numbers' spans and values.
    static func dottedDate(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> [(start: Int, end: Int, value: Int)]? {
        var parts: [(start: Int, end: Int, value: Int)] = []
        var k = i
        for (n, maxDigits) in [2, 2, 4].enumerated() {
            if n > 0 {
                guard k < end, s[k] == "." else { return nil }
                k += 1
            }
            let partStart = k
            var value = 0
            while k < end, k - partStart < maxDigits, s[k].value >= 48, s[k].value <= 57 {
                value = value * 10 + Int(s[k].value - 48)
                k += 1
            }
            let count = k - partStart
            guard count >= (n == 2 ? 4 : 1) else { return nil }
            parts.append((partStart, k, value))
        }
        if k < end, s[k].value >= 48 && s[k].value <= 57 { return nil }
        if k + 1 < end, s[k] == ".", s[k + 1].value >= 48 && s[k + 1].value <= 57 { return nil }
        guard (1...31).contains(parts[0].value), (1...12).contains(parts[1].value) else { return nil }
        return parts
    }

    /// Tokenizes a range of the body. Newlines become boundary tokens that no rule crosses.
    /// `suffixWords`: letters glued to a number that are a word of their own ("10am").
    /// `clockSuffixWords`: the words after which "h.mm" is a clock time ("2.30am");
    /// `clockZoneWords`: time zones, after which "hh.mm" of a 24-hour clock is one too
    /// ("09.30 GMT", "18.45 BST").
    static func tokenize(_ s: [Unicode.Scalar], _ range: Range<Int>, suffixWords: Set<String> = [], eraWords: Set<String> = [],
                         clockSuffixWords: Set<String> = [], clockZoneWords: Set<String> = []) -> [TToken] {
        var out: [TToken] = []
        out.reserveCapacity(range.count / 4)
        var i = range.lowerBound
        let end = range.upperBound
        var glued = false
        while i < end {
            let c = s[i]
            if c == "\n" {
                out.append(TToken(kind: .boundary, start: i, end: i + 1, lower: ""))
                i += 1
                glued = false
                continue
            }
            if isSpace(c) { i += 1; glued = false; continue }
            let start = i
            // A dotted date ("16.01.2026", "1.5.2020"): day, month and year as numbers
            // with the dots between them, for the date rules (not a decimal).
            if isDigit(c), let parts = TemporalTokenizer.dottedDate(s, i, end) {
                for (n, p) in parts.enumerated() {
                    if n > 0 {
                        out.append(TToken(kind: .punct, start: p.start - 1, end: p.start, lower: ".", glued: true))
                    }
                    out.append(TToken(kind: .number, start: p.start, end: p.end, lower: s.string(p.start..<p.end),
                                      number: Double(p.value), digits: p.end - p.start, glued: n > 0 || glued))
                }
                i = parts[2].end
                glued = true
                continue
            }
            if isDigit(c) {
                // Digits with internal , or . between digits; a trailing "s" (1990s),
                // an ordinal suffix (16th), or a clock time (10:30).
                var value = 0.0
                var digits = 0
                var fraction = 0.0, scale = 0.1
                var fractionDigits = 0
                var inFraction = false
                var hasComma = false
                while i < end {
                    let d = s[i]
                    if isDigit(d) {
                        if inFraction { fraction += Double(d.value - 48) * scale; scale /= 10; fractionDigits += 1 }
                        // Past 15 digits a number is no time: its value stops growing, so that
                        // every conversion to Int downstream stays in range.
                        else { if digits < 15 { value = value * 10 + Double(d.value - 48) }; digits += 1 }
                        i += 1
                    } else if (d == "," || d == ".") && i + 1 < end && isDigit(s[i + 1]) && !inFraction {
                        if d == "." { inFraction = true } else { hasComma = true }
                        i += 1
                    } else { break }
                }
                if hasComma { digits = 0 }
                // Clock time hh:mm
                if !inFraction && !hasComma && i + 2 < end && s[i] == ":" && isDigit(s[i + 1]) && isDigit(s[i + 2]) && digits <= 2 {
                    let minutes = Double((s[i + 1].value - 48) * 10 + (s[i + 2].value - 48))
                    i += 3
                    // A timestamp's seconds belong to its clock time ("10:30:15", "10:30:15.250"):
                    // after an ISO date's "T", after a date ("2022-04-26 21:21:50", "August 6,
                    // 2020 9:09:24 AM") or before a.m., p.m. or a zone. Elsewhere h:mm:ss is a
                    // race time, a length run (the matcher's rule for it sees the seconds apart).
                    let iso = start >= 2 && (s[start - 1] == "T" || s[start - 1] == "t") && isDigit(s[start - 2])
                    if i + 2 < end && s[i] == ":" && isDigit(s[i + 1]) && isDigit(s[i + 2]) && !(i + 3 < end && isDigit(s[i + 3])) {
                        var j = i + 3
                        if j + 1 < end && s[j] == "." && isDigit(s[j + 1]) { j += 1; while j < end && isDigit(s[j]) { j += 1 } }
                        var k = start - 1
                        while k >= 0 && s[k] == " " { k -= 1 }
                        let afterDate = k >= 0 && k < start - 1 && isDigit(s[k])
                        if iso || afterDate || TemporalTokenizer.eraFollows(s, j, end, clockSuffixWords, spaced: false)
                            || TemporalTokenizer.eraFollows(s, j, end, clockZoneWords) { i = j }
                    }
                    // After an ISO 8601 date's "T" ("2025-11-12T10:30:00Z", "…T10:30+01:00",
                    // "…T10:30-0500") the zone belongs to the time too: its offset is no clock
                    // time of its own. (Not after a bare time: "10:30-11:00" is a range.)
                    if iso && i < end {
                        if s[i] == "Z" && !(i + 1 < end && isLetter(s[i + 1])) { i += 1 }
                        else if (s[i] == "+" || s[i] == "-") && i + 2 < end && isDigit(s[i + 1]) && isDigit(s[i + 2]) {
                            var j = i + 3
                            if j + 2 < end && s[j] == ":" && isDigit(s[j + 1]) && isDigit(s[j + 2]) { j += 3 }
                            else if j + 1 < end && isDigit(s[j]) && isDigit(s[j + 1]) { j += 2 }
                            if !(j < end && isDigit(s[j])) { i = j }
                        }
                    }
                    out.append(TToken(kind: .clock, start: start, end: i, lower: s.string(start..<i),
                                      number: value * 100 + minutes, digits: digits, glued: glued))
                    glued = true
                    continue
                }
                // A clock time with a dot, as British news writes it, only before a.m. or
                // p.m. ("2.30am", "7.30 p.m."; "rose 2.30 points" is an amount): hour 1-12,
                // two digits of minutes.
                if inFraction && !hasComma && digits <= 2 && fractionDigits == 2 && value <= 23,
                   case let minutes = (fraction * 100).rounded(), minutes < 60,
                   (value >= 1 && value <= 12 && TemporalTokenizer.eraFollows(s, i, end, clockSuffixWords, spaced: false))
                    || TemporalTokenizer.eraFollows(s, i, end, clockZoneWords) {
                    out.append(TToken(kind: .clock, start: start, end: i, lower: s.string(start..<i),
                                      number: value * 100 + minutes, digits: digits, glued: glued))
                    glued = true
                    continue
                }
                // Ordinal suffix / decade "s"
                if i < end && isASCIILetter(s[i]) {
                    var j = i
                    while j < end && isASCIILetter(s[j]) { j += 1 }
                    let suffix = s.lowered(i..<j)
                    if !inFraction && !hasComma && ["st", "nd", "rd", "th"].contains(suffix) {
                        out.append(TToken(kind: .ordinal, start: start, end: j, lower: s.lowered(start..<j),
                                          number: value, digits: digits, glued: glued))
                        i = j; glued = true; continue
                    }
                    // (a three-digit decade, "the 460s BC", only before an era: "in the 300s" is
                    // most often an amount)
                    if !inFraction && !hasComma && suffix == "s"
                        && (digits == 4 || digits == 2 || (digits == 3 && value.truncatingRemainder(dividingBy: 10) == 0 && TemporalTokenizer.eraFollows(s, j, end, eraWords))) {
                        out.append(TToken(kind: .decade, start: start, end: j, lower: s.lowered(start..<j),
                                          number: digits == 2 ? 1900 + value : value, digits: digits, glued: glued))
                        i = j; glued = true; continue
                    }
                    if !inFraction && !hasComma && digits <= 2 && suffixWords.contains(suffix) {
                        out.append(TToken(kind: .number, start: start, end: i, lower: s.string(start..<i),
                                          number: value, digits: digits, glued: glued))
                        out.append(TToken(kind: .word, start: i, end: j, lower: suffix, glued: true))
                        i = j; glued = true; continue
                    }
                    // The "T" between an ISO 8601 date and its time ("2014-03-08T19:00") is a
                    // token of its own, so that the day and the clock time are read.
                    if !inFraction && !hasComma && digits == 2 && suffix == TemporalTokenizer.isoTimeSeparator
                        && j + 2 < end && isDigit(s[j]) && isDigit(s[j + 1]) {
                        out.append(TToken(kind: .number, start: start, end: i, lower: s.string(start..<i),
                                          number: value, digits: digits, glued: glued))
                        out.append(TToken(kind: .word, start: i, end: j, lower: suffix, glued: true))
                        i = j; glued = true; continue
                    }
                    // Mixed like "3D", "F-35" handled as a word.
                    i = j
                    out.append(TToken(kind: .word, start: start, end: j, lower: s.lowered(start..<j), glued: glued))
                    glued = true
                    continue
                }
                out.append(TToken(kind: .number, start: start, end: i, lower: s.string(start..<i),
                                  number: value + fraction, digits: inFraction ? 0 : digits, glued: glued))
                glued = true
                continue
            }
            if isLetter(c) {
                // Dotted abbreviations made of single letters ("a.m.", "U.S.", "S.p.A.") are one token.
                var j = start
                var letters = 0
                while j < end && isLetter(s[j]) && (j + 1 >= end || !isLetter(s[j + 1])) {
                    letters += 1
                    j += 1
                    if j < end && s[j] == "." { j += 1 } else { break }
                }
                if letters >= 2 && s[j - 1] == "." || letters >= 2 && j > start + 2 {
                    i = j
                } else {
                    while i < end && isLetter(s[i]) { i += 1 }
                }
                let lower = s.lowered(start..<i)
                out.append(TToken(kind: .word, start: start, end: i, lower: lower, glued: glued, capitalized: isUpper(c),
                                  capitals: i > start + 1 && isUpper(s[start + 1])))
                glued = true
                continue
            }
            if (c == "'" || c == "\u{2019}") && i + 1 < end && (s[i + 1] == "s" || s[i + 1] == "S")
                && (i + 2 >= end || !isLetter(s[i + 2])) && glued {
                out.append(TToken(kind: .punct, start: i, end: i + 2, lower: "'s", glued: true))
                i += 2
                continue
            }
            // A clitic glued to its word is one token ("we'll": "we", "'ll"), so that the
            // tense reader sees "'ll" as it sees "will".
            if (c == "'" || c == "\u{2019}") && glued && i + 1 < end && isLetter(s[i + 1]) {
                var j = i + 1
                while j < end && j - i <= 3 && isLetter(s[j]) { j += 1 }
                if j - i <= 3 && (j >= end || !isLetter(s[j])) {
                    out.append(TToken(kind: .word, start: i, end: j, lower: "'" + s.lowered((i + 1)..<j), glued: true))
                    i = j
                    continue
                }
            }
            if c == "'" || c == "\u{2019}" {
                // '80s (decade) or possessive 's
                if i + 3 < end && isDigit(s[i + 1]) && isDigit(s[i + 2]) && (s[i + 3] == "s") {
                    let v = Double((s[i + 1].value - 48) * 10 + (s[i + 2].value - 48))
                    out.append(TToken(kind: .decade, start: i, end: i + 4, lower: "'" + s.string((i + 1)..<(i + 4)),
                                      number: 1900 + v, digits: 2, glued: glued))
                    i += 4; glued = true; continue
                }
            }
            var lower = String(Character(c))
            switch c {
            case "\u{2013}", "\u{2014}", "\u{2012}", "\u{2010}", "\u{2011}": lower = "-"
            case "\u{2019}", "\u{2018}": lower = "'"
            case "\u{201C}", "\u{201D}": lower = "\""
            default: break
            }
            out.append(TToken(kind: .punct, start: i, end: i + 1, lower: lower, glued: glued))
            i += 1
            glued = true
        }
        return out
    }
}
