/// Divides a body into blocks (paragraphs with a kind) and sentences.
///
/// The engine knows no English: every word list comes from a `SegmentationLexicon`.
public struct Segmenter: Sendable {
    public let lexicon: SegmentationLexicon
    let captionCues: [[Unicode.Scalar]]
    /// The caption cues by their first scalar, when every cue is ASCII and at least
    /// two long: a paragraph is then read once for all of them, not once per cue.
    let captionCuesByFirst: [[Int]]?
    /// Which pairs of ASCII scalars open a caption cue (first * 128 + second), so
    /// that most positions are passed over with one look-up.
    let captionCuePairs: [Bool]
    let bioCues: [[Unicode.Scalar]]

    public init(lexicon: SegmentationLexicon = .english) {
        self.lexicon = lexicon
        captionCues = lexicon.captionCues.map { Array($0.unicodeScalars) }
        var pairs = [Bool](repeating: false, count: 128 * 128)
        if captionCues.allSatisfy({ $0.count >= 2 && $0.allSatisfy(\.isASCII) }) {
            var byFirst = [[Int]](repeating: [], count: 128)
            for (k, cue) in captionCues.enumerated() {
                byFirst[Int(cue[0].value)].append(k)
                pairs[Int(cue[0].value << 7 | cue[1].value)] = true
            }
            captionCuesByFirst = byFirst
        } else {
            captionCuesByFirst = nil
        }
        captionCuePairs = pairs
        bioCues = lexicon.bioCues.map { Array($0.unicodeScalars) }
    }

    /// Whether the span, lowercased, contains a caption cue ("shakes hands", "(left)").
    func containsCaptionCue(_ s: [Unicode.Scalar], _ span: Span) -> Bool {
        guard let byFirst = captionCuesByFirst else {
            let lowerScalars = Array(s.lowered(span.start..<span.end).unicodeScalars)
            return captionCues.contains { containsScalars(lowerScalars, $0) }
        }
        // (ASCII cues: only ASCII letters of the text can match them, folded as read)
        guard span.length >= 2 else { return false }
        for i in span.start..<(span.end - 1) {
            let c = asciiLower(s[i]), d = asciiLower(s[i + 1])
            guard c.value < 0x80, d.value < 0x80, captionCuePairs[Int(c.value << 7 | d.value)] else { continue }
            for k in byFirst[Int(c.value)] {
                let cue = captionCues[k]
                guard i + cue.count <= span.end else { continue }
                var j = 1
                while j < cue.count && asciiLower(s[i + j]) == cue[j] { j += 1 }
                if j == cue.count { return true }
            }
        }
        return false
    }

    /// A paragraph before classification.
    struct Paragraph {
        var span: Span
        var line: Int   // 1-based line within the body
    }

    // MARK: Paragraphs

    /// Splits the body into paragraphs. Each non-empty line is a paragraph,
    /// unless the text is hard-wrapped, in which case blank lines separate them.
    /// The narrowest width text is taken to be wrapped at.
    static let minimumWrapWidth = 40

    func paragraphs(_ s: [Unicode.Scalar]) -> [Paragraph] {
        var lines: [(span: Span, line: Int)] = []
        var lineStart = 0
        var lineNo = 1
        var i = 0
        let n = s.count
        while i <= n {
            if i == n || s[i] == "\n" {
                var end = i
                if end > lineStart && s[end - 1] == "\r" { end -= 1 }
                lines.append((Span(lineStart, end), lineNo))
                lineNo += 1
                lineStart = i + 1
            }
            i += 1
        }
        func trimmed(_ span: Span) -> Span {
            var a = span.start, b = span.end
            while a < b && isSpace(s[a]) { a += 1 }
            while b > a && isSpace(s[b - 1]) { b -= 1 }
            return Span(a, b)
        }
        let trimmedLines = lines.map { (trimmed($0.span), $0.line) }

        // Hard-wrap detection: many consecutive non-empty lines whose lengths
        // cluster below 100 scalars and that mostly end mid-sentence.
        var runs: [[Int]] = []
        var current: [Int] = []
        for (k, l) in trimmedLines.enumerated() {
            if l.0.isEmpty {
                if !current.isEmpty { runs.append(current); current = [] }
            } else {
                current.append(k)
            }
        }
        if !current.isEmpty { runs.append(current) }
        var inner = 0, innerMidSentence = 0, innerShort = 0
        var innerLengths: [Int] = []
        func midSentence(_ span: Span) -> Bool {
            let last = s[span.end - 1]
            return !isSentenceFinal(last) && !isCloser(last) && last != ":"
        }
        for run in runs where run.count >= 2 {
            for k in run.dropLast() {
                let span = trimmedLines[k].0
                inner += 1
                if span.length <= 100 { innerShort += 1 }
                innerLengths.append(span.length)
                if midSentence(span) { innerMidSentence += 1 }
            }
        }
        var hardWrapped = inner >= 3 && innerShort * 10 >= inner * 9 && innerMidSentence * 2 >= inner
        // A wrapped line is full: the next line's first word would not have fitted on it
        // (within a tenth of the wrap width, which an optimal-fit wrapper such as fmt
        // leaves). Lines that stop mid-sentence well short of the width were ended by
        // hand: one post or message a line ("last nite was crazy ¶ i'll call u back in
        // 5 mins"), a list, a poem; such a file is not wrapped. In a wrapped file, a line
        // that ends a sentence short of the width ends its paragraph too.
        var paragraphEnds = Set<Int>()
        if hardWrapped {
            innerLengths.sort()
            let width = innerLengths[(innerLengths.count - 1) * 9 / 10]
            var midTotal = 0, midFull = 0
            for run in runs where run.count >= 2 {
                for (k, next) in zip(run.dropLast(), run.dropFirst()) {
                    let span = trimmedLines[k].0, nextSpan = trimmedLines[next].0
                    var w = nextSpan.start
                    while w < nextSpan.end && !isSpace(s[w]) { w += 1 }
                    let full = (span.length + 1 + (w - nextSpan.start)) * 10 > width * 9
                    if midSentence(span) {
                        midTotal += 1
                        if full { midFull += 1 }
                    } else if !full {
                        paragraphEnds.insert(k)
                    }
                }
            }
            // (and text is wrapped at 40 columns or more: a file of short lines of about
            // one length, "see u tmr at 10am ¶ gym 2moro at 2pm ¶ meeting on friday", is
            // one post a line, not a column 20 wide)
            hardWrapped = midFull * 10 >= midTotal * 9 && width >= Segmenter.minimumWrapWidth
        }

        var result: [Paragraph] = []
        if hardWrapped {
            for run in runs {
                var first = run[0]
                for k in run where k == run.last || paragraphEnds.contains(k) {
                    result.append(Paragraph(span: Span(trimmedLines[first].0.start, trimmedLines[k].0.end),
                                            line: trimmedLines[first].1))
                    first = k + 1
                }
            }
        } else {
            for (span, line) in trimmedLines where !span.isEmpty {
                result.append(Paragraph(span: span, line: line))
            }
        }
        return result
    }

    // MARK: Blocks

    /// Classifies paragraphs into blocks.
    public func blocks(_ s: [Unicode.Scalar]) -> [Block] {
        let paras = paragraphs(s)
        var kinds: [BlockKind] = []
        kinds.reserveCapacity(paras.count)
        var bylineNames: [String] = []
        for (index, p) in paras.enumerated() {
            let kind = classify(s, p.span, index: index, count: paras.count, bylineNames: bylineNames)
            // Each name once, lowercased, and at most 64 of them: a file of a thousand
            // stories costs no more per paragraph than one story.
            if kind == .byline && bylineNames.count < 64 {
                for name in Segmenter.names(inByline: s.string(p.span.start..<p.span.end), lexicon: lexicon) {
                    let lower = name.lowercased()
                    if !bylineNames.contains(lower) && bylineNames.count < 64 { bylineNames.append(lower) }
                }
            }
            kinds.append(kind)
        }
        // A file in which such lines are half the paragraphs or more is a run of posts
        // or notes written in lower case ("last nite was crazy ¶ see u in a few hrs"):
        // they are its text, not stray tags.
        if paras.count >= 2 {
            let tags = paras.indices.filter { kinds[$0] == .boilerplate && Segmenter.isTagLine(s, paras[$0].span, words: Segmenter.wordCount(s, paras[$0].span)) }
            if tags.count * 2 >= paras.count { for k in tags { kinds[k] = .text } }
        }
        // Author biographies: a late paragraph that opens with a byline name.
        if !bylineNames.isEmpty {
            for (index, p) in paras.enumerated() where kinds[index] == .text && index * 2 >= paras.count {
                let head = s.lowered(p.span.start..<min(p.span.end, p.span.start + 200))
                let headScalars = Array(head.unicodeScalars)
                if bylineNames.contains(where: { head.hasPrefix($0) }),
                   bioCues.contains(where: { containsScalars(headScalars, $0) }) || headScalars.contains("@") {
                    kinds[index] = .boilerplate
                }
            }
        }
        // Trailing chrome: a heading followed only by boilerplate and bylines is boilerplate.
        var k = paras.count - 1
        var sawBoilerplate = false
        while k >= 0 {
            switch kinds[k] {
            case .boilerplate: sawBoilerplate = true
            case .byline: break
            case .heading where sawBoilerplate: kinds[k] = .boilerplate
            default: k = -1
            }
            k -= 1
        }
        return WireDateline.markDatelines(s, zip(paras, kinds).map { Block(kind: $1, span: $0.span, line: $0.line) })
    }

    /// Site chrome by its words: "Leave a reply", "Subscribe to…", "© 2026…" (short
    /// paragraphs only). Shared by text files and web pages.
    static func isBoilerplateLine(_ s: [Unicode.Scalar], _ span: Span, lexicon: SegmentationLexicon) -> Bool {
        let length = span.length
        if length <= 80 {
            var bare = s.lowered(span.start..<span.end)
            while let last = bare.unicodeScalars.last, last == ":" || last == "." || last == "…" || isSpace(last) {
                bare.unicodeScalars.removeLast()
            }
            if lexicon.boilerplateLines.contains(bare) { return true }
        }
        if length <= 200 {
            let lower = s.lowered(span.start..<min(span.end, span.start + 48))
            if lexicon.boilerplatePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        }
        return false
    }

    /// A stray tag line: a few lowercase words and no punctuation ("news world asia").
    static func isTagLine(_ s: [Unicode.Scalar], _ span: Span, words: Int) -> Bool {
        guard words <= 6, span.length <= 60, !(isSentenceFinal(s[span.end - 1]) || isCloser(s[span.end - 1])) else { return false }
        for i in span.start..<span.end {
            let c = s[i]
            if !(isLower(c) || c == " " || c == "," || isDigit(c)) { return false }
        }
        return true
    }

    func classify(_ s: [Unicode.Scalar], _ span: Span, index: Int, count: Int, bylineNames: [String]) -> BlockKind {
        let length = span.length
        // Only short paragraphs can be chrome, headings, bylines or datelines;
        // lowercase no more of a paragraph than the checks read.
        let lower = s.lowered(span.start..<min(span.end, span.start + 48))
        let words = Segmenter.wordCount(s, span)
        if Segmenter.isBoilerplateLine(s, span, lexicon: lexicon) { return .boilerplate }
        if length <= 120, Segmenter.dateline(s, span, lexicon: lexicon) != nil { return .dateline }
        if length <= 120, words <= 14, lexicon.bylinePrefixes.contains(where: { lower.hasPrefix($0) }) {
            let names = Segmenter.names(inByline: s.string(span.start..<span.end), lexicon: lexicon)
            if !names.isEmpty { return .byline }
        }
        if length <= 600, Segmenter.hasPhotoCredit(s, span, lexicon: lexicon) { return .caption }
        let last = s[span.end - 1]
        let endsLikeSentence = isSentenceFinal(last) || isCloser(last)
        if length <= 400 && words <= 50, containsCaptionCue(s, span) {
            // A caption describes a picture in one sentence, in the present tense.
            if Segmenter.sentenceCount(s, span, lexicon: lexicon) == 1 { return .caption }
        }
        // Stray tag lines: a few lowercase words, no punctuation.
        if Segmenter.isTagLine(s, span, words: words) { return .boilerplate }
        if words >= 1 && words <= 12 && length <= 100 && !endsLikeSentence && last != "," && last != ";" {
            if let first = (span.start..<span.end).first(where: { isLetter(s[$0]) || isDigit(s[$0]) }),
               isUpper(s[first]) || isDigit(s[first]) {
                return .heading
            }
        }
        return .text
    }

    // MARK: Sentences

    /// Splits every text, heading and caption block into sentences.
    public func sentences(_ s: [Unicode.Scalar], blocks: [Block]) -> [Sentence] {
        var out: [Sentence] = []
        for (index, block) in blocks.enumerated() where block.kind.carriesSentences {
            // (a heading is split as text is: a first line that is a post, "Just landed
            // in NYC! Back on the 20th", holds two sentences; a headline holds one)
            for span in Segmenter.sentenceSpans(s, block.span, lexicon: lexicon) {
                out.append(Sentence(span: span, block: index))
            }
        }
        return out
    }

    static func sentenceCount(_ s: [Unicode.Scalar], _ span: Span, lexicon: SegmentationLexicon) -> Int {
        sentenceSpans(s, span, lexicon: lexicon).count
    }

    /// The sentence spans inside one block.
    public static func sentenceSpans(_ s: [Unicode.Scalar], _ span: Span, lexicon: SegmentationLexicon) -> [Span] {
        var spans: [Span] = []
        var start = span.start
        while start < span.end && isSpace(s[start]) { start += 1 }
        var i = start
        let end = span.end
        func emit(_ a: Int, _ b: Int) {
            var b = b
            while b > a && isSpace(s[b - 1]) { b -= 1 }
            if b > a { spans.append(Span(a, b)) }
        }
        while i < end {
            let c = s[i]
            // An emoticon or an emoji ends a sentence of informal writing as a full stop
            // does, before a word ("back to work monday :( just finished my shift").
            if c == ":" || c == ";" || isEmojiRange(c.value), let after = emoticonEnd(s, i, blockStart: span.start, end: end) {
                var k = after
                while k < end && isSpace(s[k]) { k += 1 }
                if k > after, k < end, isLetter(s[k]) {
                    emit(start, after)
                    start = k
                }
                i = max(after, i + 1)
                continue
            }
            guard isSentenceFinal(c) else { i += 1; continue }
            var j = i + 1
            while j < end && isSentenceFinal(s[j]) { j += 1 }
            while j < end && isCloser(s[j]) { j += 1 }
            if j >= end { break }
            guard isSpace(s[j]) else { i = j; continue }
            var k = j
            while k < end && isSpace(s[k]) { k += 1 }
            if k >= end { break }
            // (in informal writing a sentence may open in lower case after a "?" that no
            // quote or bracket closes: "any plans? see u sat"; not after "!", which ends
            // names too, "Yahoo! shares", "Brink! didn't"; after a full stop a lowercase
            // word goes on: "3 p.m. on Friday")
            if !startsSentence(s, k, end), !(c == "?" && !isCloser(s[j - 1]) && isLower(s[k])) { i = k; continue }
            if c == "." && j == i + 1 {
                if !periodEndsSentence(s, period: i, next: k, end: end, lexicon: lexicon) { i = k; continue }
            }
            emit(start, j)
            start = k
            i = k
        }
        emit(start, end)
        return spans
    }

    /// Where an emoticon (":)", ":-(", ";D", ":P", ":/") or a run of emoji that starts
    /// at `i` ends. An emoticon stands after a space (or at the block's start) and
    /// before a space or the end ("10:30", "http://" are none); an emoji is a scalar
    /// shown as an emoji by default, with its joiners, variation selectors and skin
    /// tones.
    static func emoticonEnd(_ s: [Unicode.Scalar], _ i: Int, blockStart: Int, end: Int) -> Int? {
        let c = s[i]
        if c == ":" || c == ";" {
            guard i == blockStart || isSpace(s[i - 1]) else { return nil }
            var k = i + 1
            if k < end && s[k] == "-" { k += 1 }
            guard k < end else { return nil }
            switch s[k] {
            case ")", "(", "D", "P", "p", "/", "|": k += 1
            default: return nil
            }
            guard k == end || isSpace(s[k]) else { return nil }
            return k
        }
        guard isEmojiRange(c.value), c.properties.isEmojiPresentation else { return nil }
        var k = i + 1
        while k < end {
            let v = s[k].value
            if v == 0x200D || v == 0xFE0F || (0x1F3FB...0x1F3FF).contains(v) || (isEmojiRange(v) && s[k].properties.isEmojiPresentation) {
                k += 1
            } else { break }
        }
        return k
    }

    /// The blocks where emoji live (miscellaneous technical and symbols, arrows to
    /// dingbats; the pictographs of plane 1): other scalars are not looked up.
    @inline(__always) static func isEmojiRange(_ v: UInt32) -> Bool {
        (0x231A...0x2BFF).contains(v) || (0x1F000...0x1FAFF).contains(v)
    }

    /// Whether the text at `k` can open a sentence: an uppercase letter, a
    /// digit, or an opening quote or bracket followed by one; letters of
    /// scripts without case count as well.
    static func startsSentence(_ s: [Unicode.Scalar], _ k: Int, _ end: Int) -> Bool {
        var k = k
        while k < end && isOpener(s[k]) && s[k] != "-" { k += 1 }
        guard k < end else { return false }
        let c = s[k]
        if isDigit(c) || isUpper(c) { return true }
        if isLetter(c) && !isLower(c) { return true }
        return false
    }

    /// Decides whether the period at `period` ends a sentence, given the word before it.
    static func periodEndsSentence(_ s: [Unicode.Scalar], period: Int, next: Int, end: Int,
                                   lexicon: SegmentationLexicon) -> Bool {
        var a = period
        while a > 0 && !isSpace(s[a - 1]) && !isOpener(s[a - 1]) { a -= 1 }
        guard a < period else { return true }
        let word = s.lowered(a..<period)
        let nextWord = lowerWord(s, next, end)
        let nextIsNumber = isDigit(s[next])
        // A single capital letter is an initial ("J. Smith").
        if period - a == 1 && isUpper(s[a]) { return false }
        if lexicon.neverFinal.contains(word) { return false }
        if lexicon.monthAbbreviations.contains(word) {
            return !nextIsNumber && lexicon.sentenceOpeners.contains(nextWord)
        }
        let dotted = word.unicodeScalars.contains(".")
        if lexicon.mayBeFinal.contains(word) || dotted {
            return lexicon.sentenceOpeners.contains(nextWord)
        }
        return true
    }

    static func lowerWord(_ s: [Unicode.Scalar], _ k: Int, _ end: Int) -> String {
        var a = k
        while a < end && isOpener(s[a]) { a += 1 }
        var b = a
        while b < end && isLetter(s[b]) { b += 1 }
        return s.lowered(a..<b)
    }

    // MARK: Helpers shared with metadata inference

    static func wordCount(_ s: [Unicode.Scalar], _ span: Span) -> Int {
        var count = 0
        var inWord = false
        for i in span.start..<span.end {
            let w = isWordChar(s[i])
            if w && !inWord { count += 1 }
            inWord = w
        }
        return count
    }

    /// A parenthesised photo credit such as `(©Agency by Name)` or `(Photo: Agency)`.
    static func hasPhotoCredit(_ s: [Unicode.Scalar], _ span: Span, lexicon: SegmentationLexicon) -> Bool {
        photoCredit(s, span, lexicon: lexicon) != nil
    }

    /// The text inside a photo credit's parentheses, without its opener.
    static func photoCredit(_ s: [Unicode.Scalar], _ span: Span, lexicon: SegmentationLexicon) -> String? {
        var i = span.start
        while i < span.end {
            if s[i] == "(" {
                var j = i + 1
                while j < span.end && s[j] != ")" { j += 1 }
                if j < span.end && j - i < 80 {
                    let inside = s.lowered((i + 1)..<j)
                    for opener in lexicon.creditOpeners where inside.hasPrefix(opener) {
                        let original = s.string((i + 1)..<j)
                        let dropped = String(original.unicodeScalars.dropFirst(opener.unicodeScalars.count))
                        return dropped.trimmingSpaces()
                    }
                }
                i = j
            }
            i += 1
        }
        return nil
    }

    /// Parses a dateline: `date 2026-01-16 Outlet`, `Published: 2026-01-16`, or a line
    /// that is only an ISO date. Returns the date and any trailing outlet text.
    static func dateline(_ s: [Unicode.Scalar], _ span: Span, lexicon: SegmentationLexicon) -> (CalendarDate, String?)? {
        let text = s.string(span.start..<span.end)
        var rest = Substring(text)
        let lower = text.lowercased()
        for prefix in lexicon.datelinePrefixes where lower.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        rest = rest.drop(while: { $0 == " " || $0 == "\t" })
        guard rest.count >= 10 else { return nil }
        let datePart = String(rest.prefix(while: { !$0.isWhitespace }))
        guard let date = CalendarDate.parseISO(datePart) else { return nil }
        let outlet = rest.dropFirst(datePart.count).trimmingCharactersSpaces()
        return (date, outlet.isEmpty ? nil : outlet)
    }

    /// Names in a byline such as `By A and B` or `Author: C`.
    static func names(inByline text: String, lexicon: SegmentationLexicon) -> [String] {
        var rest = Substring(text)
        let lower = text.lowercased()
        for prefix in lexicon.bylinePrefixes where lower.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        var parts: [String] = []
        var current = ""
        let tokens = rest.split(separator: " ", omittingEmptySubsequences: true)
        for (k, token) in tokens.enumerated() {
            let t = String(token)
            // (the writer's affiliation or place ends the names: "for the Wire", "in Rome";
            // a few words with no clause after them, not "By Monday in the north, troops…")
            if lexicon.bylineAffiliations.contains(t), !current.isEmpty || !parts.isEmpty {
                let after = tokens[(k + 1)...]
                guard (1...4).contains(after.count), !after.contains(where: { $0.contains(",") || $0.contains(".") }) else { return [] }
                break
            }
            if lexicon.bylineJoiners.contains(t) {
                if !current.isEmpty { parts.append(current) }
                current = ""
                continue
            }
            let endsWithComma = t.hasSuffix(",")
            let word = endsWithComma ? String(t.dropLast()) : t
            current = current.isEmpty ? word : current + " " + word
            if endsWithComma { parts.append(current); current = "" }
        }
        if !current.isEmpty { parts.append(current) }
        // Every name must be one to four capitalised words.
        let names = parts.filter { name in
            let ws = name.split(separator: " ")
            return (1...4).contains(ws.count) && ws.allSatisfy { w in
                guard let f = w.unicodeScalars.first else { return false }
                return isUpper(f) || (w.count <= 3 && w.allSatisfy { $0.isLowercase })
            } && ws.first.map { $0.unicodeScalars.first.map(isUpper) ?? false } ?? false
        }
        return names.count == parts.count ? names : []
    }
}

extension StringProtocol {
    func trimmingCharactersSpaces() -> String {
        let scalars = Array(unicodeScalars)
        var a = 0, b = scalars.count
        while a < b && isSpace(scalars[a]) { a += 1 }
        while b > a && isSpace(scalars[b - 1]) { b -= 1 }
        return scalars.string(a..<b)
    }

    func trimmingSpaces() -> String { trimmingCharactersSpaces() }
}

/// Substring test on Unicode scalars (Foundation's `contains` is slow on Linux).
func containsScalars(_ h: [Unicode.Scalar], _ n: [Unicode.Scalar]) -> Bool {
    guard let first = n.first else { return true }
    guard h.count >= n.count else { return false }
    var i = 0
    let last = h.count - n.count
    while i <= last {
        if h[i] == first {
            var k = 1
            while k < n.count && h[i + k] == n[k] { k += 1 }
            if k == n.count { return true }
        }
        i += 1
    }
    return false
}
