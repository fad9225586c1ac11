/// A number written in text, parsed once and shared by every analysis:
/// "1,700", "5,500", "3.5", "12 to 15", "12-15", "a dozen", "hundreds",
/// "two-thirds", "twenty-five", "2.3 million", "more than 1,000".
public struct Quantity: Equatable, Sendable, CustomStringConvertible {
    /// The value (the lower bound of a range).
    public var value: Double
    /// The upper bound of a range ("12 to 15").
    public var upper: Double?
    /// "more than", "about", "hundreds": not an exact count.
    public var approximate: Bool
    /// What an approximate count allows: a rounding ("about 200"), a floor ("at least
    /// 14"), a ceiling ("nearly 100"), or an order of size ("hundreds").
    public enum Bound: Sendable { case exact, rounded, floor, ceiling, vague }
    public var bound: Bound = .exact
    /// Digits after the decimal point as written ("2,437.36" has 2).
    public var decimals: Int = 0
    /// Scalar offsets of the whole expression.
    public var span: Span

    public var description: String {
        func show(_ v: Double) -> String {
            if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
            var s = String(format: "%.4f", v)
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
            return s
        }
        let base = show(value) + (upper.map { "–" + show($0) } ?? "")
        // (a floor and a ceiling say which way the count may go: "more than 100" is
        // ≥100, "nearly 100" ≤100; a rounding or an order of size is ~)
        guard approximate else { return base }
        switch bound {
        case .floor: return "≥" + base
        case .ceiling: return "≤" + base
        default: return "~" + base
        }
    }
}


public enum QuantityParser {
    /// Every number in `span` of `s`, left to right, none overlapping. Four-digit
    /// numbers that read as years (1000–2199 without a thousands separator) are left out.
    public static func quantities(_ s: [Unicode.Scalar], _ span: Span, lexicon: NumberLexicon = .english) -> [Quantity] {
        let words = lexWords(s, span)
        var out: [Quantity] = []
        var i = 0
        while i < words.count {
            if let (q, next) = parse(words, i, s, lexicon) {
                out.append(q)
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    struct Word {
        var text: String
        var start: Int
        var end: Int
        /// A numeral as written ("1,700" → 1700, "3.5"), separators checked.
        var numeral: Double?
        var hasSeparator: Bool
    }

    /// Words (letters, digits with , and . inside) and single punctuation marks.
    static func lexWords(_ s: [Unicode.Scalar], _ span: Span) -> [Word] {
        var out: [Word] = []
        var i = span.start
        while i < span.end {
            let c = s[i]
            if isDigit(c) {
                var j = i
                var text = ""
                var separators = 0
                var groupOK = true
                var digitsSince = 0
                var sawPoint = false
                while j < span.end {
                    let d = s[j]
                    if isDigit(d) { text.unicodeScalars.append(d); digitsSince += 1; j += 1; continue }
                    // "1,700": a comma followed by exactly three digits; "3.5": one point then digits.
                    if d == ",", !sawPoint, j + 3 < span.end, isDigit(s[j + 1]), isDigit(s[j + 2]), isDigit(s[j + 3]),
                       j + 4 >= span.end || !isDigit(s[j + 4]) {
                        if separators == 0 && digitsSince > 3 { groupOK = false }
                        separators += 1
                        digitsSince = 0
                        j += 1
                        continue
                    }
                    if d == ".", !sawPoint, j + 1 < span.end, isDigit(s[j + 1]) {
                        sawPoint = true
                        text.unicodeScalars.append(".")
                        j += 1
                        continue
                    }
                    break
                }
                // Letters stuck to digits ("5th", "10am", "3D") make it not a plain count.
                var k = j
                while k < span.end, isLetter(s[k]) { k += 1 }
                let suffix = s.lowered(j..<k)
                var value = text.count <= 15 ? Double(text) : nil
                if !groupOK { value = nil }
                if !suffix.isEmpty {
                    if ["st", "nd", "rd", "th"].contains(suffix) || !["m", "bn", "mn", "k", "b"].contains(suffix) { value = nil }
                    else if let v = value {
                        value = v * (suffix == "k" ? 1_000 : suffix == "m" || suffix == "mn" ? 1_000_000 : 1_000_000_000)
                    }
                }
                out.append(Word(text: s.lowered(i..<k), start: i, end: k,
                                numeral: value, hasSeparator: separators > 0))
                i = k
            } else if isLetter(c) {
                var j = i
                while j < span.end, isLetter(s[j]) || ((s[j] == "-" || s[j] == "'") && j + 1 < span.end && isLetter(s[j + 1])) { j += 1 }
                out.append(Word(text: s.lowered(i..<j), start: i, end: j, numeral: nil, hasSeparator: false))
                i = j
            } else if isSpace(c) {
                i += 1
            } else {
                out.append(Word(text: String(c), start: i, end: i + 1, numeral: nil, hasSeparator: false))
                i += 1
            }
        }
        return out
    }

    /// A spelled number starting at word i: "twenty-five", "two hundred", "a dozen",
    /// "two-thirds", "three million". Returns the value and the next word index.
    static func spelled(_ w: [Word], _ i: Int, _ lx: NumberLexicon) -> (Double, Int)? {
        guard i < w.count else { return nil }
        var k = i
        let text = w[k].text
        // "two-thirds", "twenty-five"
        // (a byte test: `contains` with a string goes through Foundation's search)
        if text.utf8.contains(UInt8(ascii: "-")) {
            let parts = text.split(separator: "-").map(String.init)
            if parts.count == 2, let a = lx.units[parts[0]] ?? lx.tens[parts[0]] {
                if let d = lx.fractions[parts[1]] { return (a / d, k + 1) }
                if let t = lx.tens[parts[0]], let u = lx.units[parts[1]], u < 10 { return (t + u, k + 1) }
                _ = a
            }
            return nil
        }
        var value: Double
        _ = text
        if lx.articles.contains(text), k + 1 < w.count, let sc = lx.scales[w[k + 1].text] ?? lx.articleCounts[w[k + 1].text],
           !lx.abbreviatedScales.contains(w[k + 1].text) {
            value = sc
            k += 2
        } else if let u = lx.units[text] {
            value = u
            k += 1
        } else if let t = lx.tens[text] {
            value = t
            k += 1
        } else {
            return nil
        }
        // Scales: "two hundred", "three million", "a hundred thousand", "two dozen".
        while k < w.count, let sc = lx.scales[w[k].text] ?? lx.articleCounts[w[k].text] {
            value *= sc
            k += 1
        }
        return (value, k)
    }

    static func parse(_ w: [Word], _ start: Int, _ s: [Unicode.Scalar], _ lx: NumberLexicon) -> (Quantity, Int)? {
        var i = start
        var approximate = false
        var bound = Quantity.Bound.exact
        // An approximator before the number: "more than 1,000".
        for phrase in lx.approximators where i + phrase.count < w.count {
            if phrase.enumerated().allSatisfy({ w[i + $0.offset].text == $0.element }) {
                let after = i + phrase.count
                if w[after].numeral != nil || spelled(w, after, lx) != nil || lx.vague[w[after].text] != nil {
                    approximate = true
                    bound = lx.floorApproximators.contains(phrase) ? .floor : lx.ceilingApproximators.contains(phrase) ? .ceiling : .rounded
                    i = after
                }
                break
            }
        }
        // "hundreds", "thousands", "dozens" (of): a vague count.
        if let v = lx.vague[w[i].text] {
            var q = Quantity(value: v, upper: nil, approximate: true, span: Span(w[start].start, w[i].end))
            q.bound = .vague
            return (q, i + 1)
        }
        guard let (first, afterFirst) = number(w, i, lx) else { return nil }
        var value = first
        var end = afterFirst
        // A four-digit year is not a count ("in 2026"), unless it has a separator or a scale.
        if let n = w[i].numeral, !w[i].hasSeparator, end == i + 1, n == n.rounded(), n >= 1000, n <= 2199, w[i].text.count == 4 {
            return nil
        }
        // Scale words after a numeral: "2.3 million", "3 dozen".
        while end < w.count, let sc = lx.scales[w[end].text] ?? lx.articleCounts[w[end].text] {
            value *= sc
            end += 1
        }
        var upper: Double?
        // A range: "12 to 15", "12-15", "between 12 and 15".
        if end + 1 < w.count, lx.rangeWords.contains(w[end].text), let (second, afterSecond) = number(w, end + 1, lx) {
            let joiner = w[end].text
            let between = start > 0 && w[start - 1].text == lx.rangeOpener
            if joiner != lx.listJoiner || between {
                var top = second
                var e2 = afterSecond
                while e2 < w.count, let sc = lx.scales[w[e2].text] { top *= sc; e2 += 1 }
                if top > value {
                    upper = top
                    end = e2
                }
            }
        }
        var q = Quantity(value: value, upper: upper, approximate: approximate, span: Span(w[start].start, w[end - 1].end))
        q.bound = bound
        if w[i].numeral != nil, let point = w[i].text.firstIndex(of: ".") {
            q.decimals = w[i].text[w[i].text.index(after: point)...].prefix(while: { $0.isNumber }).count
        }
        return (q, end)
    }

    /// A numeral or a spelled number at word i.
    static func number(_ w: [Word], _ i: Int, _ lx: NumberLexicon) -> (Double, Int)? {
        guard i < w.count else { return nil }
        if let n = w[i].numeral { return (n, i + 1) }
        return spelled(w, i, lx)
    }
}
