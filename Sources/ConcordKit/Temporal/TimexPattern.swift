/// A compiled pattern element: alternatives (literal words or word classes),
/// optional or not, with an optional capture name for literal alternatives.
struct PatternElement {
    enum Alternative: Equatable {
        case word(String)
        case wordClass(String)
    }

    var alternatives: [Alternative]
    var optional: Bool
    var capture: String?

    /// Parses one pattern item such as `the?`, `last|next:dir`, `@month`, `@num|@a`.
    static func parse(_ item: String) -> PatternElement {
        var text = Substring(item)
        var optional = false
        if text.count > 1 && text.hasSuffix("?") {
            optional = true
            text = text.dropLast()
        }
        var capture: String?
        if let colon = text.lastIndex(of: ":"), colon != text.startIndex {
            capture = String(text[text.index(after: colon)...])
            text = text[..<colon]
        }
        let alternatives: [Alternative] = text.split(separator: "|").map { alt in
            alt.hasPrefix("@") ? .wordClass(String(alt.dropFirst())) : .word(alt.lowercased())
        }
        return PatternElement(alternatives: alternatives, optional: optional, capture: capture)
    }
}

/// A rule ready to match: the data rule and its parsed elements.
struct CompiledRule {
    var index: Int
    var rule: TimexRule
    var elements: [PatternElement]

    init(index: Int, rule: TimexRule) {
        self.index = index
        self.rule = rule
        elements = rule.pattern.split(separator: " ").map { PatternElement.parse(String($0)) }
    }

    /// The alternatives that can open a match (leading optional elements expanded).
    var openers: [PatternElement.Alternative] {
        var out: [PatternElement.Alternative] = []
        for e in elements {
            let zeroWidth = e.alternatives.allSatisfy {
                if case .wordClass(let c) = $0 { return CompiledRule.zeroWidthClasses.contains(c) }
                return false
            }
            if zeroWidth { continue }
            out += e.alternatives
            if !e.optional { break }
        }
        return out
    }

    /// Classes that test context without consuming a token.
    static let zeroWidthClasses: Set<String> = Set(["eoc", "domend", "notold", "notof", "afterdur", "yearended", "durend", "nohyphen",
        "afteramount", "notafteramount", "notdiscourse", "clauseend", "afterinonly", "notofdate", "freesoon", "quarterend"])
        // and the previous-word classes the lexicon defines ("afterat", "aftermodal"…)
        .union(TimeLexicon.english.precededBy.keys)
}
