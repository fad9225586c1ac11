import ConcordKit

/// The eight basic terminal colours; `nil` in a `Style` means the terminal default.
public enum Color: Int, Hashable, Sendable, CaseIterable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn. Colours are dropped when colour is off (`NO_COLOR`,
/// monochrome terminals); the attributes alone must carry the meaning.
public struct Style: Hashable, Sendable {
    public var fg: Color?
    public var bg: Color?
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(fg: Color? = nil, bg: Color? = nil, bold: Bool = false, reverse: Bool = false,
                underline: Bool = false, dim: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)
    public static let dim = Style(dim: true)
}

/// One terminal cell. A wide character occupies its cell and the next one,
/// which holds an empty `text` as a continuation.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String = " ", _ style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public var isContinuation: Bool { text.isEmpty }
}

/// A rectangle of cells.
public struct Rect: Equatable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    /// Splits off `rows` rows from the top.
    public func splitTop(_ rows: Int) -> (Rect, Rect) {
        let r = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: r), Rect(x: x, y: y + r, width: width, height: height - r))
    }

    /// Splits off `cols` columns from the left.
    public func splitLeft(_ cols: Int) -> (Rect, Rect) {
        let c = min(max(0, cols), width)
        return (Rect(x: x, y: y, width: c, height: height), Rect(x: x + c, y: y, width: width - c, height: height))
    }
}

/// An in-memory grid of cells that views draw into, as ratatui's `Buffer`.
/// Everything drawn passes through `InertText`, so no file content reaches the
/// terminal as control characters or escape sequences.
public struct Buffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    public mutating func fill(_ rect: Rect, _ style: Style = .plain) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                cells[y * width + x] = Cell(" ", style)
            }
        }
    }

    /// Applies a style to a range of cells without changing their text.
    public mutating func restyle(x: Int, y: Int, width w: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for cx in max(0, x)..<min(width, x + w) { change(&cells[y * width + cx].style) }
    }

    /// Draws text at (x, y), clipped to `maxWidth` columns; returns the columns used.
    /// Control characters are made inert, tabs become a space, combining marks join
    /// the previous cell, and a wide character that does not fit is replaced by a space.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var cx = x
        var view = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if c == "\t" { view.append(" "); continue }
            if c == "\n" { view.append(" "); continue }
            InertText.append(c, to: &view)
        }
        for c in view {
            let w = DisplayWidth.of(c)
            if w == 0 {
                if cx > x, cx - 1 < width, cx - 1 >= 0 {
                    var prev = cx - 1
                    while prev > x && cells[y * width + prev].isContinuation { prev -= 1 }
                    cells[y * width + prev].text.unicodeScalars.append(c)
                }
                continue
            }
            if cx + w > limit {
                if w == 2 && cx < limit { self[cx, y] = Cell(" ", style); cx += 1 }
                // A line cut at its edge ends in an ellipsis, so that nothing looks whole
                // that is not.
                if cx > x, cx - 1 >= 0, cx - 1 < width {
                    var last = cx - 1
                    while last > x && cells[y * width + last].isContinuation { last -= 1 }
                    if cells[y * width + last].text != " " || last == cx - 1 {
                        self[last, y] = Cell("…", style)
                        for k in (last + 1)..<cx where k < width { self[k, y] = Cell(" ", style) }
                    }
                }
                break
            }
            if cx >= 0 {
                self[cx, y] = Cell(String(Character(c)), style)
                if w == 2 { self[cx + 1, y] = Cell("", style) }
            }
            cx += w
        }
        return cx - x
    }

    /// The buffer as plain text lines (trailing spaces kept), for tests and captures.
    public func lines() -> [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width { s += cells[y * width + x].text }
            return s
        }
    }

    /// Lines with trailing spaces removed.
    public func trimmedLines() -> [String] {
        lines().map { line in
            var l = line
            while l.last == " " { l.removeLast() }
            return l
        }
    }
}
