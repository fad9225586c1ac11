// Small, allocation-free predicates on Unicode scalars for hot loops.
import Dispatch

@inline(__always) func isSpace(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
        return true
    default:
        return false
    }
}

@inline(__always) func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

@inline(__always) func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
    let v = c.value | 0x20
    return v >= 97 && v <= 122
}

@inline(__always) func isLetter(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return isASCIILetter(c) }
    return c.properties.isAlphabetic
}

@inline(__always) func isUpper(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return c.value >= 65 && c.value <= 90 }
    return c.properties.isUppercase
}

@inline(__always) func isLower(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return c.value >= 97 && c.value <= 122 }
    return c.properties.isLowercase
}

@inline(__always) func isWordChar(_ c: Unicode.Scalar) -> Bool {
    isDigit(c) || isLetter(c)
}

/// Closing quotes and brackets that may follow sentence-final punctuation.
@inline(__always) func isCloser(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0xBB, 0x203A: return true
    default: return false
    }
}

/// Opening quotes and brackets that may precede a sentence's first word.
@inline(__always) func isOpener(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2018, 0x201C, 0xAB, 0x2039, 0x2014, 0x2013, 0x2D: return true
    default: return false
    }
}

@inline(__always) func isSentenceFinal(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F: return true
    default: return false
    }
}

/// ASCII-lowercases a scalar; other scalars are returned as they are.
@inline(__always) func asciiLower(_ c: Unicode.Scalar) -> Unicode.Scalar {
    if c.value >= 65 && c.value <= 90 { return Unicode.Scalar(c.value + 32) ?? c }
    return c
}

extension Array where Element == Unicode.Scalar {
    /// The lowercased string of a range (simple case mapping, fast path for ASCII).
    func lowered(_ range: Range<Int>) -> String {
        if let ascii = asciiString(range, lower: true) { return ascii }
        var view = String.UnicodeScalarView()
        view.reserveCapacity(range.count)
        for i in range {
            let c = self[i]
            if c.value < 0x80 { view.append(asciiLower(c)) } else {
                let low = c.properties.lowercaseMapping.unicodeScalars
                view.append(contentsOf: low)
            }
        }
        return String(view)
    }

    func string(_ range: Range<Int>) -> String {
        if let ascii = asciiString(range, lower: false) { return ascii }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self[range])
        return String(view)
    }

    /// The range as a String written byte by byte when every scalar is ASCII (the
    /// common case for words), else nil. Appending scalars one by one to a
    /// `UnicodeScalarView` costs several times more.
    @inline(__always) private func asciiString(_ range: Range<Int>, lower: Bool) -> String? {
        let n = range.count
        if n == 0 { return "" }
        var i = range.lowerBound
        while i < range.upperBound {
            if self[i].value >= 0x80 { return nil }
            i += 1
        }
        return String(unsafeUninitializedCapacity: n) { buffer in
            var k = 0
            for j in range {
                var v = UInt8(truncatingIfNeeded: self[j].value)
                if lower && v >= 65 && v <= 90 { v += 32 }
                buffer[k] = v
                k += 1
            }
            return n
        }
    }
}

/// Decodes UTF-8 into Unicode scalars, replacing invalid sequences with U+FFFD.
/// Returns the scalars and the byte offset of the first invalid sequence, if any.
func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (scalars: [Unicode.Scalar], firstInvalid: Int?) {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(bytes.count)
    var firstInvalid: Int?
    var i = 0
    let n = bytes.count
    let replacement = Unicode.Scalar(0xFFFD)!
    while i < n {
        let b0 = bytes[i]
        if b0 < 0x80 {
            out.append(Unicode.Scalar(b0))
            i += 1
            continue
        }
        var need = 0
        var value: UInt32 = 0
        var minimum: UInt32 = 0
        if b0 & 0xE0 == 0xC0 { need = 1; value = UInt32(b0 & 0x1F); minimum = 0x80 }
        else if b0 & 0xF0 == 0xE0 { need = 2; value = UInt32(b0 & 0x0F); minimum = 0x800 }
        else if b0 & 0xF8 == 0xF0 { need = 3; value = UInt32(b0 & 0x07); minimum = 0x10000 }
        else {
            if firstInvalid == nil { firstInvalid = i }
            out.append(replacement)
            i += 1
            continue
        }
        var ok = i + need < n
        if ok {
            for k in 1...need {
                let b = bytes[i + k]
                if b & 0xC0 != 0x80 { ok = false; break }
                value = (value << 6) | UInt32(b & 0x3F)
            }
        }
        if ok, value >= minimum, let scalar = Unicode.Scalar(value) {
            out.append(scalar)
            i += need + 1
        } else {
            if firstInvalid == nil { firstInvalid = i }
            out.append(replacement)
            i += 1
        }
    }
    return (out, firstInvalid)
}

/// An article's body kept as UTF-8 (a byte a character for most news, against four
/// for an array of Unicode scalars) and read by scalar offset, the unit every span
/// uses: ASCII text needs nothing more; other text keeps the byte offset of every
/// 64th scalar, so that a span's bytes are found after at most 63 steps.
public struct ScalarText: Sendable, Equatable {
    public let utf8: [UInt8]
    /// The number of Unicode scalars.
    public let count: Int
    /// Byte offset of scalar k × `markStride`; empty for ASCII text.
    private let marks: [Int]
    static let markStride = 64

    public init(_ scalars: [Unicode.Scalar]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        var marks: [Int] = []
        var ascii = true
        for (k, c) in scalars.enumerated() {
            if k % ScalarText.markStride == 0 { marks.append(bytes.count) }
            if c.value < 0x80 { bytes.append(UInt8(truncatingIfNeeded: c.value)) } else {
                ascii = false
                UTF8.encode(c) { bytes.append($0) }
            }
        }
        utf8 = bytes
        count = scalars.count
        self.marks = ascii ? [] : marks
    }

    /// Well-formed UTF-8 taken as it is; nil when it is not well-formed.
    public init?(validUTF8 bytes: [UInt8]) {
        // Most bodies are ASCII: eight bytes tested at a time, and no marks.
        let allASCII = bytes.withUnsafeBytes { raw -> Bool in
            let n = raw.count
            var i = 0
            while i + 8 <= n {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
            while i < n {
                if raw[i] >= 0x80 { return false }
                i += 1
            }
            return true
        }
        if allASCII {
            utf8 = bytes
            count = bytes.count
            marks = []
            return
        }
        var marks: [Int] = []
        var k = 0
        var i = 0
        let n = bytes.count
        var ascii = true
        while i < n {
            if k % ScalarText.markStride == 0 { marks.append(i) }
            let b0 = bytes[i]
            var need = 0
            var value: UInt32 = 0
            var minimum: UInt32 = 0
            if b0 < 0x80 { i += 1; k += 1; continue }
            ascii = false
            if b0 & 0xE0 == 0xC0 { need = 1; value = UInt32(b0 & 0x1F); minimum = 0x80 }
            else if b0 & 0xF0 == 0xE0 { need = 2; value = UInt32(b0 & 0x0F); minimum = 0x800 }
            else if b0 & 0xF8 == 0xF0 { need = 3; value = UInt32(b0 & 0x07); minimum = 0x10000 }
            else { return nil }
            guard i + need < n else { return nil }
            for j in 1...need {
                let b = bytes[i + j]
                guard b & 0xC0 == 0x80 else { return nil }
                value = value << 6 | UInt32(b & 0x3F)
            }
            guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
            i += need + 1
            k += 1
        }
        utf8 = bytes
        count = k
        self.marks = ascii ? [] : marks
    }

    public static func == (a: ScalarText, b: ScalarText) -> Bool { a.utf8 == b.utf8 }

    /// True when every character is ASCII (scalar and byte offsets are the same).
    public var isASCII: Bool { marks.isEmpty }

    /// The byte offset of scalar `k` (0...count).
    public func byteOffset(_ k: Int) -> Int {
        let k = max(0, min(k, count))
        if marks.isEmpty { return k }
        let m = k / ScalarText.markStride
        if m >= marks.count { return utf8.count }
        var i = marks[m]
        var left = k - m * ScalarText.markStride
        while left > 0 && i < utf8.count {
            i += 1
            while i < utf8.count && utf8[i] & 0xC0 == 0x80 { i += 1 }
            left -= 1
        }
        return i
    }

    /// The scalars a span covers (clamped), decoded: index 0 is the span's start.
    public func scalars(_ span: Span) -> [Unicode.Scalar] {
        let s = max(0, min(span.start, count))
        let e = max(s, min(span.end, count))
        if marks.isEmpty { return utf8[s..<e].map { Unicode.Scalar($0) } }
        return utf8.withUnsafeBufferPointer { decodeUTF8(UnsafeBufferPointer(rebasing: $0[byteOffset(s)..<byteOffset(e)])).scalars }
    }

    /// The scalar at offset `k` (0..<count).
    public func scalar(at k: Int) -> Unicode.Scalar {
        if marks.isEmpty { return Unicode.Scalar(utf8[k]) }
        var i = byteOffset(k)
        var it = utf8[i...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let c) = decoder.decode(&it) { return c }
        i += 1
        return Unicode.Scalar(0xFFFD)!
    }

    /// The text a span covers (clamped to the body).
    public func string(_ span: Span) -> String {
        let s = max(0, min(span.start, count))
        let e = max(s, min(span.end, count))
        return String(decoding: utf8[byteOffset(s)..<byteOffset(e)], as: UTF8.self)
    }

    /// Every scalar, decoded (a new array: keep it rather than asking again in a loop).
    public var scalars: [Unicode.Scalar] {
        if marks.isEmpty { return utf8.map { Unicode.Scalar($0) } }
        return utf8.withUnsafeBufferPointer { decodeUTF8($0).scalars }
    }
}

extension String {
    /// The same string as `lowercased()`, faster where it matters (file names, ids,
    /// labels of a large corpus): ASCII letters are folded byte by byte, and only a
    /// string with a scalar that lowercasing changes goes through Unicode's tables.
    var lowercasedFast: String {
        // ASCII (file names, most labels): bytes in, bytes out.
        var ascii = true, upper = false
        for b in utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41 && b <= 0x5A { upper = true }
        }
        if ascii {
            guard upper else { return self }
            return String(unsafeUninitializedCapacity: utf8.count) { out in
                var i = 0
                for b in utf8 {
                    out[i] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                    i += 1
                }
                return i
            }
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(utf8.count)
        var changed = false
        for c in unicodeScalars {
            let v = c.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { bytes.append(UInt8(v) + 32); changed = true } else { bytes.append(UInt8(v)) }
            } else if c.properties.changesWhenLowercased {
                return lowercased()
            } else {
                bytes.append(contentsOf: c.utf8)
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : self
    }

    /// Whether the string ends with an ASCII `suffix` (given in lower case), ignoring
    /// the case of ASCII letters.
    func hasSuffixFoldingASCII(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        let u = utf8
        guard u.count >= n else { return false }
        let p = suffix.utf8Start
        var k = 0
        for var b in u[u.index(u.endIndex, offsetBy: -n)...] {
            if b >= 0x41 && b <= 0x5A { b += 32 }
            if b != p[k] { return false }
            k += 1
        }
        return true
    }
}

/// `(0..<count).map(transform)` on all cores, in chunks (for pure per-item work over
/// a large corpus: labels, keys). Results are in index order.
func parallelMap<T>(_ count: Int, chunk: Int = 1024, _ transform: (Int) -> T) -> [T] {
    if count <= chunk { return (0..<count).map(transform) }
    var out = [T?](repeating: nil, count: count)
    out.withUnsafeMutableBufferPointer { buffer in
        let base = buffer.baseAddress!
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
            for i in c * chunk..<min(count, (c + 1) * chunk) { base[i] = transform(i) }
        }
    }
    return out.map { $0! }
}
