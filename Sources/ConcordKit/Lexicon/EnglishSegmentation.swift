// Word lists for English segmentation and block classification.
// Data only: the engine in Parsing/ reads these tables and knows no English.

public struct SegmentationLexicon: Sendable {
    /// Abbreviations (lowercase, without the final period) that never end a sentence.
    public var neverFinal: Set<String>
    /// Abbreviations that may end a sentence: split after them only before a typical sentence opener.
    public var mayBeFinal: Set<String>
    /// Month abbreviations: never split before a number.
    public var monthAbbreviations: Set<String>
    /// Capitalised words that typically open a sentence (lowercase).
    public var sentenceOpeners: Set<String>
    /// Whole-paragraph boilerplate (site chrome), lowercase, trailing colon removed.
    public var boilerplateLines: Set<String>
    /// Prefixes of boilerplate lines (lowercase).
    public var boilerplatePrefixes: [String]
    /// Byline openers (lowercase, with trailing space or colon).
    public var bylinePrefixes: [String]
    /// Words that join the names of a byline ("By Ann Lee and Bo Chan").
    public var bylineJoiners: Set<String> = []
    /// Words after the names that open the writer's affiliation or place, which
    /// ends the names ("By Cy Other for the Wire", "By Ann Lee in Geneva").
    public var bylineAffiliations: Set<String> = []
    /// Words and phrases typical of photo captions (lowercase).
    public var captionCues: [String]
    /// Photo-credit openers inside parentheses (lowercase), e.g. "©", "photo:".
    public var creditOpeners: [String]
    /// Cues of an author biography (lowercase).
    public var bioCues: [String]
    /// Dateline openers (lowercase), e.g. "date ", "published ".
    public var datelinePrefixes: [String]
}

extension SegmentationLexicon {
    public static let english = SegmentationLexicon(
        neverFinal: [
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
            "rev", "hon", "pres", "maj", "adm", "cmdr", "mt", "ft", "no", "nos", "vol", "fig", "vs",
            "approx", "e.g", "i.e", "cf", "al", "st", "messrs", "mme", "mlle", "sr", "jr", "esq",
            "dept", "univ", "assn", "gov't", "supt", "insp", "det", "cpl", "pvt", "sec", "amb",
            "p", "pp", "ch", "art", "para", "ed", "eds", "est", "ca", "op",
        ],
        mayBeFinal: [
            "inc", "corp", "ltd", "co", "bros", "plc", "llc", "etc", "s.p.a", "u.s", "u.k", "u.n",
            "a.m", "p.m", "e.u", "u.s.a", "d.c", "n.y", "l.a", "s.a", "n.v", "ag", "gmbh",
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
            "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
            "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "n.h", "n.j", "n.m",
            "n.c", "n.d", "s.c", "s.d", "r.i", "w.va",
        ],
        monthAbbreviations: [
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        ],
        sentenceOpeners: [
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
            "those", "but", "and", "in", "on", "at", "for", "as", "its", "his", "her", "their",
            "our", "there", "however", "meanwhile", "after", "before", "when", "while", "if",
            "some", "many", "most", "both", "all", "one", "two", "three", "officials", "analysts",
            "according", "during", "since", "with", "by", "to", "under", "shares", "prices",
        ],
        boilerplateLines: [
            "skip to main content", "skip to content", "leave a reply", "leave a comment",
            "join the conversation", "be the first to comment", "related", "related articles",
            "related stories", "read more", "see also", "advertisement", "share this article",
            "share this", "share", "subscribe", "sign up", "sign up for our newsletter",
            "follow us", "click here", "print", "comments", "show comments", "more from",
            "recommended", "most read", "you may also like", "cancel reply", "post comment",
            "log in", "login", "menu", "search", "back to top", "continue reading",
            "all rights reserved", "loading",
        ],
        boilerplatePrefixes: [
            "related:", "read more:", "see also:", "advertisement", "copyright ©", "© ",
            "all rights reserved", "sign up for", "subscribe to", "follow us on",
            "click here", "this article was", "tags:",
        ],
        bylinePrefixes: ["by ", "author:", "authors:", "written by ", "reporting by ", "words by ", "posted by ", "article by "],
        bylineJoiners: ["and", "&"],
        bylineAffiliations: ["for", "in", "at", "of"],
        captionCues: [
            "(left)", "(right)", "(center)", "(centre)", "(front)", "(back)", "(l)", "(r)",
            "shake hands", "shakes hands", "pose for", "poses for", "pictured", "is seen",
            "are seen", "photo:", "photo by", "file photo", "attends a", "attends the",
            "arrives at", "arrive at", "waves to", "wave to", "speaks during", "speaks at",
            "gestures", "a model of",
        ],
        creditOpeners: ["©", "(c)", "photo:", "photo by", "photograph:", "image:", "featured image:", "credit:", "getty images",
                        "ap photo"],
        bioCues: [" holds a", " holds an", " is a professor", " is the author", " is an associate",
                  " is a senior", " is a former", " is a fellow", " is a research", " teaches ",
                  " is director", " is a correspondent", " is a journalist", " is a reporter"],
        datelinePrefixes: ["date ", "published ", "published:", "updated ", "updated:", "posted ", "posted:"]
    )
}
