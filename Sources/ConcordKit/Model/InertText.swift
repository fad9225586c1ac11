/// Makes untrusted text safe to draw on a terminal: every control character,
/// escape sequence and bidirectional override becomes visible and inert.
///
/// Works scalar by scalar, so an unterminated escape sequence is still caught.
public enum InertText {
    /// Replaces C0 controls (except tab and newline when allowed) with caret
    /// notation (`^[` for ESC), DEL with `^?`, C1 controls with `<U+0085>`-style
    /// notation, and bidi controls with `�`.
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        // ASCII text (the common case) is checked byte by byte.
        let ascii = text.utf8.withContiguousStorageIfAvailable { b -> Bool in
            for c in b where c >= 0x7F || c < 0x20 {
                if keepNewlines && (c == 0x0A || c == 0x09) { continue }
                return false
            }
            return true
        } ?? false
        if ascii { return text }
        var clean = true
        for c in text.unicodeScalars where needsReplacement(c, keepNewlines: keepNewlines) {
            clean = false
            break
        }
        if clean { return text }
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars { append(c, to: &out, keepNewlines: keepNewlines) }
        return String(out)
    }

    @inline(__always)
    public static func needsReplacement(_ c: Unicode.Scalar, keepNewlines: Bool = false) -> Bool {
        let v = c.value
        if v < 0x20 { return !(keepNewlines && (v == 0x0A || v == 0x09)) }
        if v < 0x7F { return false }
        if v == 0x7F || (v >= 0x80 && v <= 0x9F) { return true }
        return isBidiControl(v) || v == 0x2028 || v == 0x2029
    }

    @inline(__always)
    static func isBidiControl(_ v: UInt32) -> Bool {
        (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    public static func append(_ c: Unicode.Scalar, to out: inout String.UnicodeScalarView, keepNewlines: Bool = false) {
        let v = c.value
        if !needsReplacement(c, keepNewlines: keepNewlines) { out.append(c); return }
        if v < 0x20 {
            out.append("^")
            out.append(Unicode.Scalar(UInt8(v + 0x40)))
        } else if v == 0x7F {
            out.append("^"); out.append("?")
        } else if v == 0x2028 || v == 0x2029 {
            out.append(" ")
        } else if v >= 0x80 && v <= 0x9F {
            for u in "<U+00\(String(v, radix: 16, uppercase: true))>".unicodeScalars { out.append(u) }
        } else {
            out.append("\u{FFFD}")
        }
    }
}
