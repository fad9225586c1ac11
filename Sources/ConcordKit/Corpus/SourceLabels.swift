import Foundation

/// Short labels a person recognises for each source: a `label:` from the front
/// matter or `sources:` in concord.yaml; else the outlet (without one: the first
/// author's surname, or the file name), and
/// where several sources share it, a disambiguator: the publication date, else
/// the first author's surname, else the title's first words, else a number.
public enum SourceLabels {
    public static let maxLength = 32

    public static func make(_ articles: [Article], config: CorpusConfig) -> [String] {
        // (Per-article work runs on all cores: a streaming corpus of 100,000 sources is
        // labelled on every snapshot.)
        var labels = parallelMap(articles.count) { i -> String in
            let a = articles[i]
            if let l = config.sources[a.id] ?? a.metadata.label, !l.isEmpty { return clip(InertText.sanitize(l)) }
            // No outlet: the site of its address (a page clipped without its site's name),
            // else the first author's surname, else the file's name (as the user named it).
            let base = a.metadata.outlet ?? a.metadata.url.flatMap(site) ?? a.metadata.authors.first.map(surname) ?? shortId(a.id)
            return clip(InertText.sanitize(base))
        }
        let explicit = articles.map { config.sources[$0.id] != nil || $0.metadata.label != nil }
        // Disambiguate groups that share a label, one step at a time.
        let steps: [(Article) -> String?] = [
            { $0.metadata.published?.description },
            { $0.metadata.authors.first.map(surname) },
            { $0.metadata.title.map(firstWords) },
        ]
        // Labels are grouped once by their case-folded form; each step then moves only
        // the members it relabels (a corpus of 100,000 sources is labelled on every
        // snapshot while it streams in). The groups are those a regrouping of every
        // label would find: the keys that were shared before, or that gained members.
        var keys = parallelMap(labels.count) { explicit[$0] ? GroupKey("") : GroupKey(groupKey(labels[$0])) }
        var byKey: [GroupKey: [Int]] = [:]
        for i in labels.indices where !explicit[i] { byKey[keys[i], default: []].append(i) }
        var group = byKey.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        for step in steps where !group.isEmpty {
            // Each member's extra, and for the groups the step tells apart, each relabelled
            // member's new label and key: pure work, on all cores.
            let flat = Array(group.joined())
            let extras = parallelMap(flat.count, chunk: 256) { step(articles[flat[$0]]) }
            var told: [Bool] = []
            var offset = 0
            for members in group {
                let own = extras[offset..<offset + members.count]
                // A step helps a group only if it tells at least two of its members apart.
                let first = own.first(where: { $0 != nil }) ?? nil
                told.append(first != nil && own.contains { $0 != nil && $0 != first })
                offset += members.count
            }
            var memberTold: [Bool] = []
            memberTold.reserveCapacity(flat.count)
            for (g, members) in group.enumerated() { memberTold += repeatElement(told[g], count: members.count) }
            let relabelled = parallelMap(flat.count, chunk: 256) { k -> (label: String, key: GroupKey)? in
                guard memberTold[k], let extra = extras[k] else { return nil }
                let label = clip(labels[flat[k]] + " " + InertText.sanitize(extra))
                return (label, GroupKey(groupKey(label)))
            }
            // First every relabelled member leaves its group's key, then each joins its new
            // key (a new key may be another group's old one: "AP" + "Smith" and the
            // outlet "AP Smith").
            var candidates: [GroupKey] = []
            var moved: [Int] = []
            offset = 0
            for (g, members) in group.enumerated() {
                let oldKey = keys[members[0]]
                candidates.append(oldKey)
                defer { offset += members.count }
                guard told[g] else { continue }
                var stay: [Int] = []
                for (k, i) in members.enumerated() {
                    if let new = relabelled[offset + k] {
                        labels[i] = new.label
                        keys[i] = new.key
                        moved.append(i)
                    } else {
                        stay.append(i)
                    }
                }
                byKey[oldKey] = stay
            }
            for i in moved {
                byKey[keys[i], default: []].append(i)
                candidates.append(keys[i])
            }
            var seen = Set<GroupKey>()
            group = []
            for key in candidates where seen.insert(key).inserted {
                if let members = byKey[key], members.count > 1 { group.append(members.sorted()) }
            }
            group.sort { $0[0] < $1[0] }
        }
        for members in group {
            for (k, i) in members.enumerated() { labels[i] = clip(labels[i]) + " #\(k + 1)" }
        }
        return labels
    }

    /// A fingerprint of everything the labels are made from, in article order: each
    /// article's id, label, outlet, first author, date and title, and concord.yaml's
    /// `sources:` (two independent 64-bit hashes of them, as hex). The parse cache
    /// keeps a complete corpus's labels under it.
    public static func fingerprint(_ articles: [Article], config: CorpusConfig) -> String {
        let each = parallelMap(articles.count, chunk: 4096) { i -> (UInt64, UInt64) in
            var h = Fingerprint()
            let a = articles[i]
            let m = a.metadata
            h.add(a.id)
            h.add(config.sources[a.id])
            h.add(m.label)
            h.add(m.outlet)
            h.add(m.authors.first)
            h.add(m.published.map { UInt64(bitPattern: Int64($0.year * 10_000 + $0.month * 100 + $0.day)) } ?? UInt64.max)
            h.add(m.title)
            return (h.a, h.b)
        }
        var h = Fingerprint()
        h.add(String(maxLength))
        for (a, b) in each { h.add(a); h.add(b) }
        for (id, label) in config.sources.sorted(by: { $0.key < $1.key }) { h.add(id); h.add(label) }
        return String(h.a, radix: 16) + "-" + String(h.b, radix: 16)
    }

    /// Two 64-bit hashes (multiply-xorshift and multiply-rotate, on eight bytes at a
    /// time) of a sequence of fields; a field that is absent counts differently from
    /// one that is empty.
    struct Fingerprint {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x9e37_79b9_7f4a_7c15

        mutating func add(_ w: UInt64) {
            a = (a ^ w) &* 0x100_0000_01b3
            a ^= a >> 29
            b = (b ^ w) &* 0xff51_afd7_ed55_8ccd
            b = (b << 31) | (b >> 33)
        }

        mutating func add(_ s: String?) {
            guard var s else { add(UInt64.max); return }
            add(UInt64(s.utf8.count))
            s.withUTF8 { u in
                var i = 0
                while i + 8 <= u.count {
                    add(UnsafeRawPointer(u.baseAddress! + i).loadUnaligned(as: UInt64.self))
                    i += 8
                }
                var tail: UInt64 = 0
                var shift: UInt64 = 0
                while i < u.count { tail |= UInt64(u[i]) << shift; shift += 8; i += 1 }
                add(tail)
            }
        }
    }

    /// A group key with its hash worked out once, where the key is made (on all
    /// cores): grouping 100,000 labels hashes and compares keys several times each,
    /// and hashing a string each time was most of the labels' cost on one thread.
    /// Equal when the texts are; the hash only saves work.
    struct GroupKey: Hashable {
        let text: String
        let hash: UInt64

        init(_ text: String) {
            self.text = text
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            hash = h
        }

        static func == (a: GroupKey, b: GroupKey) -> Bool { a.hash == b.hash && a.text == b.text }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    /// The key labels are grouped by: equal for labels that are equal once lowercased
    /// (canonically equivalent, as Swift compares strings), and pure ASCII, so that
    /// hashing it needs no normalisation (a title's "…" would otherwise send every
    /// label of a large corpus through it). Scalars past ASCII are written as escapes;
    /// a label with combining marks or other scalars whose composition may differ is
    /// brought to its composed form (NFC) first.
    static func groupKey(_ s: String) -> String {
        var plain = true
        for c in s.unicodeScalars where c.value >= 0x80 {
            let v = c.value
            if !(v < 0x300 || (v >= 0x2010 && v <= 0x205F)) || c.properties.changesWhenLowercased {
                plain = false
                break
            }
        }
        let source = plain ? s : (s.lowercased() as NSString).precomposedStringWithCanonicalMapping
        var out: [UInt8] = []
        out.reserveCapacity(source.utf8.count + 8)
        for c in source.unicodeScalars {
            let v = c.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v) + 32 : UInt8(v))
            } else {
                out.append(0x01)
                out += Array(String(v, radix: 16).utf8)
                out.append(0x02)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A file id without a long hash suffix or folders: "000_15758e6d18e…" stays
    /// recognisable as "000", "news/AP900815-0044" as "AP900815-0044".
    static func shortId(_ id: String) -> String {
        let name = id.split(separator: "/").last.map(String.init) ?? id
        if let underscore = name.firstIndex(of: "_") {
            let tail = name[name.index(after: underscore)...]
            if tail.count >= 12, tail.allSatisfy({ $0.isHexDigit }) { return String(name[..<underscore]) }
        }
        return name
    }

    /// The host of a web address without a leading `www.`, in lower case
    /// ("https://www.Example.com:8080/a?b", "www.example.com/a" → "example.com");
    /// nil when there is none.
    static func site(_ url: String) -> String? {
        var u = Substring(url.trimmingCharacters(in: .whitespaces))
        // (an address without its scheme is one when it starts as a host does,
        // "www.example.com/a", as the front matter's `source:` takes it)
        if let scheme = u.range(of: "://") { u = u[scheme.upperBound...] } else if !u.lowercased().hasPrefix("www.") { return nil }
        if let end = u.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { u = u[..<end] }
        if let at = u.lastIndex(of: "@") { u = u[u.index(after: at)...] }
        if let colon = u.lastIndex(of: ":") { u = u[..<colon] }
        var host = u.lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty || !host.contains(".") ? nil : host
    }

    static func surname(_ name: String) -> String { name.split(separator: " ").last.map(String.init) ?? name }

    /// A title's first three words (runs between spaces), with "…" when there is more.
    static func firstWords(_ title: String) -> String {
        let u = title.utf8
        var out: [UInt8] = []
        out.reserveCapacity(48)
        var words = 0
        var i = u.startIndex
        while i != u.endIndex && words < 3 {
            while i != u.endIndex && u[i] == 0x20 { i = u.index(after: i) }
            if i == u.endIndex { break }
            if words > 0 { out.append(0x20) }
            while i != u.endIndex && u[i] != 0x20 { out.append(u[i]); i = u.index(after: i) }
            words += 1
        }
        let joined = String(decoding: out, as: UTF8.self)
        return out.count < u.count ? joined + "…" : joined
    }

    /// At most `maxLength` characters, the last one "…" when cut. Counting characters
    /// (grapheme clusters) is slow; where every scalar is a character on its own
    /// (below the combining marks, or general punctuation such as "…" and "’"),
    /// scalars are counted instead, with the same result.
    static func clip(_ s: String) -> String {
        if s.utf8.count <= maxLength { return s }
        var n = 0
        for c in s.unicodeScalars {
            let v = c.value
            guard v < 0x300 || (v >= 0x2010 && v <= 0x205F) else {
                return s.count <= maxLength ? s : String(s.prefix(maxLength - 1)) + "…"
            }
            n += 1
        }
        if n <= maxLength { return s }
        // The byte where scalar maxLength - 1 starts.
        var scalars = 0, end = 0
        for b in s.utf8 {
            if b & 0xC0 != 0x80 {
                if scalars == maxLength - 1 { break }
                scalars += 1
            }
            end += 1
        }
        return String(decoding: s.utf8.prefix(end), as: UTF8.self) + "…"
    }
}
