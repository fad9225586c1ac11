// Small, allocation-free predicates on Unicode scalars for hot loops.

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

/// Text from a body of Unicode scalars.
public enum Scalars {
    /// The text a span of `scalars` covers (clamped to the body).
    public static func string(_ scalars: [Unicode.Scalar], _ span: Span) -> String {
        let s = max(0, min(span.start, scalars.count))
        let e = max(s, min(span.end, scalars.count))
        // UTF-8 bytes first: much faster than appending scalars to a String one by one.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(e - s + 16)
        for c in scalars[s..<e] {
            if c.value < 0x80 { bytes.append(UInt8(truncatingIfNeeded: c.value)) } else { UTF8.encode(c) { bytes.append($0) } }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
