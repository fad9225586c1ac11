/// Builds an `Article` from a file's text: front matter, blocks, sentences,
/// and metadata inferred from the text where the front matter is silent.
public struct ArticleParser: Sendable {
    public var segmenter: Segmenter

    public init(segmenter: Segmenter = Segmenter()) {
        self.segmenter = segmenter
    }

    /// Parses one file. `id` and `path` name the article; problems are returned, never thrown.
    public func parse(fileScalars: [Unicode.Scalar], id: String, path: String) -> (Article, [CorpusProblem]) {
        var problems: [CorpusProblem] = []
        let split = FrontMatter.split(fileScalars, path: path)
        if let p = split.problem { problems.append(p) }
        var metadata = Metadata()
        if let fm = split.frontMatterText {
            let (parsed, fmProblems) = FrontMatter.parse(fm, firstLine: split.frontMatterFirstLine, path: path)
            metadata = parsed
            problems += fmProblems
        }
        let scalars = split.bodyStart == 0 ? fileScalars : Array(fileScalars[split.bodyStart...])
        let blocks = segmenter.blocks(scalars)
        let sentences = segmenter.sentences(scalars, blocks: blocks)
        infer(&metadata, scalars, blocks: blocks, sentences: sentences, lineOffset: split.bodyLineOffset)
        var words = 0
        for block in blocks where block.kind != .boilerplate {
            words += Segmenter.wordCount(scalars, block.span)
        }
        let article = Article(id: id, path: path, scalars: scalars, metadata: metadata,
                              blocks: blocks, sentences: sentences, bodyLineOffset: split.bodyLineOffset,
                              wordCount: words)
        return (article, problems)
    }

    /// An article from a web page's typed blocks: the body is the blocks' text, one
    /// paragraph each, boilerplate included (hideable, never dropped).
    public func article(from page: ExtractedPage, id: String, path: String) -> Article {
        var scalars: [Unicode.Scalar] = []
        var blocks: [Block] = []
        for (i, b) in page.blocks.enumerated() {
            if i > 0 { scalars.append(contentsOf: ["\n", "\n"]) }
            let start = scalars.count
            scalars.append(contentsOf: InertText.sanitize(b.text).unicodeScalars)
            var kind = b.kind
            // The words of site chrome mark it inside the article's container too.
            if kind == .text || kind == .heading,
               Segmenter.isBoilerplateLine(scalars, Span(start, scalars.count), lexicon: segmenter.lexicon) { kind = .boilerplate }
            blocks.append(Block(kind: kind, span: Span(start, scalars.count), line: 2 * i + 1))
        }
        blocks = WireDateline.markDatelines(scalars, blocks)
        let sentences = segmenter.sentences(scalars, blocks: blocks)
        var metadata = page.metadata
        infer(&metadata, scalars, blocks: blocks, sentences: sentences, lineOffset: 0)
        var words = 0
        for block in blocks where block.kind != .boilerplate { words += Segmenter.wordCount(scalars, block.span) }
        return Article(id: id, path: path, scalars: scalars, metadata: metadata, blocks: blocks, sentences: sentences,
                       bodyLineOffset: 0, wordCount: words)
    }

    /// Fills the fields the front matter left empty from what the text states, recording the line.
    func infer(_ m: inout Metadata, _ s: [Unicode.Scalar], blocks: [Block], sentences: [Sentence], lineOffset: Int) {
        let lexicon = segmenter.lexicon
        for block in blocks where block.kind == .dateline {
            guard let (date, outlet) = Segmenter.dateline(s, block.span, lexicon: lexicon) else { continue }
            if m.published == nil {
                m.published = date
                m.provenance["published"] = .inferred(line: block.line + lineOffset, rule: "dateline")
            }
            if m.outlet == nil, let outlet {
                m.outlet = outlet
                m.provenance["outlet"] = .inferred(line: block.line + lineOffset, rule: "dateline")
            }
            break
        }
        if m.authors.isEmpty {
            for block in blocks where block.kind == .byline {
                let names = Segmenter.names(inByline: s.string(block.span.start..<block.span.end), lexicon: lexicon)
                if !names.isEmpty {
                    m.authors = names
                    m.provenance["authors"] = .inferred(line: block.line + lineOffset, rule: "byline")
                    break
                }
            }
        }
        if m.outlet == nil {
            // The agency named in the most photo credits, e.g. "(©Agency by Name)".
            var counts: [String: (count: Int, line: Int)] = [:]
            for block in blocks where block.kind == .caption {
                guard let credit = Segmenter.photoCredit(s, block.span, lexicon: lexicon) else { continue }
                let owner = credit.components(separatedBy: " by ").first?.trimmingSpaces() ?? ""
                // A bare personal name (two capitalised words, no "by") is a photographer, not an outlet.
                guard !owner.isEmpty, credit.contains(" by ") else { continue }
                let entry = counts[owner] ?? (0, block.line + lineOffset)
                counts[owner] = (entry.count + 1, entry.line)
            }
            if let best = counts.max(by: { $0.value.count < $1.value.count || ($0.value.count == $1.value.count && $0.value.line > $1.value.line) }) {
                m.outlet = best.key
                m.provenance["outlet"] = .inferred(line: best.value.line, rule: "photo credit")
            }
        }
        if let block = blocks.prefix(6).first(where: { $0.kind == .dateline }),
           let wire = WireDateline.parse(s, block.span) {
            if m.outlet == nil, let agency = wire.agency {
                m.outlet = agency
                m.provenance["outlet"] = .inferred(line: block.line + lineOffset, rule: "agency dateline")
            }
            if m.place == nil {
                m.place = wire.place
                m.provenance["place"] = .inferred(line: block.line + lineOffset, rule: "dateline")
            }
        }
        if m.title == nil {
            if let first = blocks.first(where: { ($0.kind == .heading && !ArticleParser.isSlugLine(s, $0.span)) || $0.kind == .text }) {
                let firstSentence = sentences.first(where: { first.span.contains($0.span) })
                if first.kind == .heading {
                    m.title = s.string(first.span.start..<first.span.end)
                    m.provenance["title"] = .inferred(line: first.line + lineOffset, rule: "first short line")
                } else if let sentence = firstSentence {
                    let single = sentence.span.end >= first.span.end - 1
                    m.title = s.string(sentence.span.start..<sentence.span.end)
                    m.provenance["title"] = .inferred(line: first.line + lineOffset,
                                                      rule: single ? "standfirst" : "first sentence")
                }
            }
        }
    }

    /// A wire slug or story code, not a title: one token with digits or hyphens
    /// ("BC-Kenya-Bombing", "NYT19980807.0343", "A0274").
    static func isSlugLine(_ s: [Unicode.Scalar], _ span: Span) -> Bool {
        var marks = 0
        for i in span.start..<span.end {
            let c = s[i]
            if c == " " { return false }
            if c == "-" || c == "." || c == "_" || isDigit(c) { marks += 1 }
        }
        return marks > 0
    }
}
