/// A half-open range of Unicode-scalar offsets into an article body, in the
/// style of spaCy's `Span`: the text itself is never copied or cut.
public struct Span: Hashable, Comparable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { other.start < end && start < other.end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}

/// What a block of the body is. Boilerplate is a kind of block, not text cut away.
public enum BlockKind: String, Sendable, Codable, CaseIterable {
    case text, heading, byline, dateline, caption, boilerplate

    /// Blocks whose sentences are segmented and analysed.
    public var carriesSentences: Bool {
        switch self {
        case .text, .heading, .caption: return true
        case .byline, .dateline, .boilerplate: return false
        }
    }
}

/// A paragraph-level division of the body.
public struct Block: Hashable, Sendable {
    public var kind: BlockKind
    public var span: Span
    /// The 1-based line of the file where the block starts.
    public var line: Int

    public init(kind: BlockKind, span: Span, line: Int) {
        self.kind = kind
        self.span = span
        self.line = line
    }
}

/// A sentence inside a text, heading or caption block.
public struct Sentence: Hashable, Sendable {
    public var span: Span
    public var block: Int

    public init(span: Span, block: Int) {
        self.span = span
        self.block = block
    }
}
