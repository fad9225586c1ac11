// English inflection as data: the suffixes that the term matcher strips to find a
// word's possible base forms, and the clitics the word splitter knows. The engine
// (`TermText`) applies these rules and names no English suffix itself.

public struct MorphologyLexicon: Sendable {
    /// A suffix and what may replace it: a word longer than `longerThan` letters that
    /// ends in `suffix` (and not in `unless`) may have each `replacements` form;
    /// with `undouble`, also the stem without a doubled final consonant
    /// ("planned" → "plan").
    public struct SuffixRule: Sendable {
        public var suffix: String
        public var longerThan: Int
        public var unless: String?
        public var replacements: [String]
        public var undouble: Bool
    }

    /// Tried in order; every rule that applies adds its forms.
    public var suffixRules: [SuffixRule]
    /// Final letters that stay doubled in a stem ("called" → "call", "passed" → "pass").
    public var keepDoubled: Set<Character>
    /// The possessive clitic after an apostrophe ("Kenya's" → "Kenya").
    public var possessiveClitic: String
    /// The negative clitic, written as its own word: the letter before the apostrophe
    /// and the letter after it ("don't" → "do", "n't").
    public var negativeClitic: (before: Character, after: String, word: String)
    /// Endings of participles (verb forms used as adjectives or in compound tenses),
    /// with the shortest word that can carry one.
    public var participleSuffixes: [String]
    public var participleMinLength: Int
    /// Regular participles shorter than that ("two injuries tied to the fault", "the
    /// money owed"), where most such words are nouns ("need", "seed", "shed").
    public var shortParticiples: Set<String> = ["tied", "lied", "died", "vied", "owed", "sued", "cued", "eyed",
                                                "dyed", "axed", "iced", "awed", "toed", "hoed"]
    /// Irregular past forms that are no noun ("came", "fell", "went"): a noun phrase
    /// ends before one ("six carriages came off the rails", "two dozen colleagues fell
    /// victim"). (Forms that are also nouns or bases, "set", "cut", "hit", are left out.)
    public var irregularPastForms: Set<String> = [
        "came", "went", "fell", "ran", "rose", "grew", "began", "became", "took", "gave", "made", "sent", "left",
        "brought", "built", "caught", "chose", "drew", "drove", "felt", "fought", "found", "flew", "froze", "heard",
        "kept", "knew", "meant", "sank", "shot", "sought", "spent", "spoke", "stood", "stole", "struck", "swore",
        "taught", "tore", "thought", "threw", "understood", "wrote", "ate", "withdrew", "broke", "woke", "slid",
        "swept", "wore", "lost", "won", "met", "paid", "sold", "bought", "told", "said", "saw", "led", "held",
        "died", "fled", "sat", "lay", "hung", "stuck", "bled", "dug", "rode", "swam", "sang", "spun",
        // (past forms written as the present: "a ferry carrying 198 passengers and 14 crew
        // hit rocks" counts crew, not rocks)
        "hit", "hurt", "cut", "shut", "burst", "split", "quit", "put"]

    /// The bases of irregular past forms and participles ("met" → "meet", "bought" →
    /// "buy", "taken" → "take"), so that a term matches them as it matches regular
    /// inflections. (Forms that are also a noun or another verb's base are left out:
    /// "left", "saw", "found", "fell", "felt", "rose", "spoke", "lay", "bore".)
    public var irregularBases: [String: String] = [
        "bought": "buy", "brought": "bring", "built": "build", "caught": "catch", "chose": "choose",
        "chosen": "choose", "came": "come", "dealt": "deal", "drew": "draw", "drawn": "draw", "drove": "drive",
        "driven": "drive", "fought": "fight", "fled": "flee", "flew": "fly", "flown": "fly", "forgot": "forget", "forgotten": "forget",
        "froze": "freeze", "frozen": "freeze", "got": "get", "gotten": "get", "gave": "give", "given": "give",
        "went": "go", "gone": "go", "grew": "grow", "grown": "grow", "heard": "hear", "hid": "hide",
        "hidden": "hide", "held": "hold", "kept": "keep", "knew": "know", "known": "know", "led": "lead",
        "lost": "lose", "made": "make", "meant": "mean", "met": "meet", "paid": "pay", "ran": "run", "risen": "rise",
        "said": "say", "seen": "see", "sold": "sell", "sent": "send", "shook": "shake", "shaken": "shake",
        "shot": "shoot", "shown": "show", "sank": "sink", "sunk": "sink", "slept": "sleep", "spoken": "speak",
        "stood": "stand", "stole": "steal", "stolen": "steal", "struck": "strike", "sworn": "swear", "took": "take",
        "taken": "take", "taught": "teach", "told": "tell", "thought": "think", "threw": "throw", "thrown": "throw",
        "understood": "understand", "woke": "wake", "woken": "wake", "won": "win", "wrote": "write",
        "written": "write", "withdrew": "withdraw", "withdrawn": "withdraw", "began": "begin", "begun": "begin",
        "broke": "break", "broken": "break", "became": "become", "beaten": "beat", "forgave": "forgive",
        "forgiven": "forgive", "overtook": "overtake", "overtaken": "overtake", "undertook": "undertake",
        "arose": "arise", "arisen": "arise", "swept": "sweep", "spun": "spin", "sped": "speed", "slid": "slide",
        "fallen": "fall", "ate": "eat", "eaten": "eat", "hung": "hang", "sat": "sit", "stuck": "stick", "dug": "dig",
        "rode": "ride", "ridden": "ride", "swam": "swim", "sang": "sing", "sung": "sing", "wore": "wear",
        "worn": "wear", "tore": "tear", "torn": "tear", "bled": "bleed", "fed": "feed", "sprang": "spring",
        "sprung": "spring", "forbade": "forbid", "forbidden": "forbid", "foresaw": "foresee", "foreseen": "foresee",
        "mistook": "mistake", "mistaken": "mistake", "retook": "retake", "retaken": "retake"
    ]

    /// Whether a word has a participle's ending ("injured", "collapsing"); with
    /// `irregular`, an irregular past form counts too ("fell", "hit").
    public func isParticiple(_ w: String, irregular: Bool = false) -> Bool {
        (w.count >= participleMinLength && participleSuffixes.contains { w.hasSuffix($0) })
            || shortParticiples.contains(w) || (irregular && irregularPastForms.contains(w))
    }

    public static let english = MorphologyLexicon(
        suffixRules: [
            SuffixRule(suffix: "ies", longerThan: 4, unless: nil, replacements: ["y"], undouble: false),
            SuffixRule(suffix: "ied", longerThan: 4, unless: nil, replacements: ["y"], undouble: false),
            SuffixRule(suffix: "es", longerThan: 3, unless: nil, replacements: [""], undouble: false),
            SuffixRule(suffix: "s", longerThan: 3, unless: "ss", replacements: [""], undouble: false),
            SuffixRule(suffix: "ed", longerThan: 3, unless: nil, replacements: ["", "e"], undouble: true),
            SuffixRule(suffix: "ing", longerThan: 4, unless: nil, replacements: ["", "e"], undouble: true),
            SuffixRule(suffix: "er", longerThan: 3, unless: nil, replacements: ["", "e"], undouble: false),
        ],
        keepDoubled: ["a", "e", "i", "o", "u", "l", "s"],
        possessiveClitic: "s",
        negativeClitic: (before: "n", after: "t", word: "n't"),
        participleSuffixes: ["ed", "ing"],
        participleMinLength: 5
    )
}
