/// Agency datelines at the head of wire copy: "NAIROBI, Kenya (AP) _",
/// "WASHINGTON (AP) --", "BEIJING, March 13 (Xinhua) --", "NEW YORK _",
/// "NAIROBI — ", "INDEPENDENCE, MO. (AP)--". The grammar is the one news agencies
/// share: a place in capitals, optional comma-separated qualifiers (region,
/// country, date) in capitalised words, an optional agency in parentheses, and
/// a dash or underscore before the story.
public struct WireDateline: Equatable, Sendable {
    /// Where the dateline ends (after its separator), and where the story starts.
    public var end: Int
    public var storyStart: Int
    public var place: String
    public var agency: String?

    /// Reads a dateline at the start of `span`, if there is one.
    public static func parse(_ s: [Unicode.Scalar], _ span: Span) -> WireDateline? {
        let limit = min(span.end, span.start + 100)
        var i = span.start
        // The place: one to five words in capitals ("NEW YORK", "O'SMACH", "ST. LOUIS").
        var placeEnd = i
        var words = 0
        while i < limit {
            let wordStart = i
            var letters = 0
            while i < limit, isUpper(s[i]) || s[i] == "'" || s[i] == "\u{2019}" || s[i] == "." || s[i] == "-" {
                if isUpper(s[i]) { letters += 1 }
                i += 1
            }
            if i < limit, isLower(s[i]) || isDigit(s[i]) { return nil }
            guard letters >= (words == 0 ? 2 : 1) else { i = wordStart; break }
            words += 1
            placeEnd = i
            if words > 5 { return nil }
            if i < limit, s[i] == " ", i + 1 < limit, isUpper(s[i + 1]), !isLower(s[min(i + 2, limit - 1)]) {
                i += 1
                continue
            }
            break
        }
        guard words >= 1 else { return nil }
        i = placeEnd
        // Qualifiers: ", Kenya", ", Puerto Rico", ", MO.", ", March 13".
        var qualifiers = 0
        while i + 1 < limit, s[i] == ",", s[i + 1] == " " {
            var j = i + 2
            var qualifierWords = 0
            while j < limit, isUpper(s[j]) || isDigit(s[j]) {
                while j < limit, isLetter(s[j]) || isDigit(s[j]) || s[j] == "." || s[j] == "'" || s[j] == "-" { j += 1 }
                qualifierWords += 1
                if j < limit, s[j] == " ", j + 1 < limit, isUpper(s[j + 1]) || isDigit(s[j + 1]) { j += 1 } else { break }
            }
            guard qualifierWords >= 1, qualifierWords <= 4 else { return nil }
            i = j
            qualifiers += 1
            if qualifiers > 3 { return nil }
        }
        // The agency: "(AP)", "(Xinhua)", "(Reuters)", "(AFP)".
        var agency: String?
        var k = i
        while k < limit, s[k] == " " { k += 1 }
        if k < limit, s[k] == "(" {
            var j = k + 1
            while j < limit, s[j] != ")" && s[j] != "(" { j += 1 }
            guard j < limit, s[j] == ")", j - k - 1 >= 2, j - k - 1 <= 40, isUpper(s[k + 1]) else { return nil }
            agency = s.string((k + 1)..<j)
            k = j + 1
        }
        // The separator: _ -- — – or a spaced hyphen.
        while k < span.end, s[k] == " " { k += 1 }
        var sepEnd = k
        if k < span.end {
            let c = s[k]
            if c == "_" || c == "\u{2014}" || c == "\u{2013}" {
                sepEnd = k + 1
            } else if c == "-" {
                sepEnd = k + 1
                if sepEnd < span.end, s[sepEnd] == "-" { sepEnd += 1 }
                else if sepEnd < span.end, s[sepEnd] != " " { return nil }
            }
        }
        let hasSeparator = sepEnd > k
        guard hasSeparator || (agency != nil && k < span.end && isUpper(s[k])) || (agency != nil && k >= span.end) else { return nil }
        // Without an agency, only a dash after a capitalised place makes a dateline, and
        // the story after it must start like a sentence (not "NATO — the alliance").
        var story = sepEnd
        while story < span.end, s[story] == " " || s[story] == "_" || s[story] == "-" { story += 1 }
        if story < span.end {
            let c = s[story]
            guard isUpper(c) || isDigit(c) || c == "\"" || c == "\u{201C}" || c == "'" || c == "\u{2018}" else { return nil }
        }
        guard hasSeparator || agency != nil else { return nil }
        let place = s.string(span.start..<i)
        return WireDateline(end: sepEnd, storyStart: story, place: place, agency: agency)
    }

    /// Marks datelines among the first blocks of an article: a block that is only a
    /// dateline becomes a dateline block; a lede that opens with one is split into
    /// a dateline block and a text block (same line, the text unchanged).
    public static func markDatelines(_ s: [Unicode.Scalar], _ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        out.reserveCapacity(blocks.count + 1)
        var looked = 0
        var done = false
        for b in blocks {
            guard !done, looked < 4, b.kind == .text || b.kind == .heading, let d = parse(s, b.span) else {
                if b.kind == .text || b.kind == .heading { looked += 1; if b.kind == .text { done = true } }
                out.append(b)
                continue
            }
            done = true
            if d.storyStart >= b.span.end {
                out.append(Block(kind: .dateline, span: b.span, line: b.line))
            } else {
                var datelineEnd = d.end
                while datelineEnd > b.span.start, s[datelineEnd - 1] == " " { datelineEnd -= 1 }
                out.append(Block(kind: .dateline, span: Span(b.span.start, datelineEnd), line: b.line))
                out.append(Block(kind: .text, span: Span(d.storyStart, b.span.end), line: b.line))
            }
        }
        return out
    }
}
