/// A fixed table from words to values for the look-up every token costs: words
/// hashed with FNV-1a over their UTF-8 bytes, linear probing. Cheaper per look-up
/// than `Dictionary`'s seeded SipHash on the short words of running text, and
/// its answers are the dictionary's it was built from.
struct WordTable<Value> {
    private var keys: [String] = []
    private var values: [Value] = []
    /// Indices of `keys`, -1 where empty; a power of two long, at most half full.
    private var slots: [Int32]
    private let mask: Int

    init(_ dictionary: [String: Value]) {
        var size = 16
        while size < dictionary.count * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        keys.reserveCapacity(dictionary.count)
        values.reserveCapacity(dictionary.count)
        for (key, value) in dictionary {
            var i = WordTable.hash(key) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(keys.count)
            keys.append(key)
            values.append(value)
        }
    }

    var count: Int { keys.count }

    static func hash(_ word: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    subscript(_ word: String) -> Value? {
        var i = WordTable.hash(word) & mask
        while true {
            let k = slots[i]
            if k < 0 { return nil }
            if keys[Int(k)] == word { return values[Int(k)] }
            i = (i + 1) & mask
        }
    }
}
