// How English writes numbers (data for the quantity parser in Analysis/Quantity.swift).

/// The words numbers are written with (data).
public struct NumberLexicon: Sendable {
    public var units: [String: Double]
    public var tens: [String: Double]
    /// "hundred", "thousand", "million", "billion", "trillion".
    public var scales: [String: Double]
    /// "dozens", "hundreds", "thousands": an approximate count (the scale's value).
    public var vague: [String: Double]
    /// "half", "third", "thirds", "quarter": denominators of fractions.
    public var fractions: [String: Double]
    /// "more than", "about", "nearly", "at least", "some", "over": approximate.
    public var approximators: [[String]]
    /// "to", "and" (after "between"), "-": range joiners.
    public var rangeWords: Set<String>
    /// "a", "an" before "dozen", "hundred", "thousand".
    public var articles: Set<String>
    /// Words whose count is not a quantity of a thing: units of time (ages and
    /// durations), weekdays and months (dates), percent (shares).
    public var nonCountHeads: Set<String>
    /// Nouns that name a measure on a scale, written next to its number ("a magnitude
    /// 7.1 quake", "a 7.1-magnitude quake", "a category 4 hurricane", "a level 3
    /// alert"): the number is that measure, not a count of the noun after it.
    public var measureNouns: Set<String> = ["magnitude", "category", "level", "grade", "force", "stage"]
    /// Compass points: a number before one ("50 km south of the capital") places
    /// something and counts nothing.
    public var compassPoints: Set<String> = ["north", "south", "east", "west", "northeast", "northwest", "southeast",
                                             "southwest", "north-east", "north-west", "south-east", "south-west"]
    /// A count after an article ("a dozen") besides the scales.
    public var articleCounts: [String: Double] = ["dozen": 12]
    /// Nouns that count people in general, and nouns that count a kind of person: one
    /// count told as "47 people" in one report and "52 passengers" in another is one
    /// count of the people the story is about ("people" is the hypernym news uses
    /// most). Two kinds of person ("soldiers", "civilians") are two counts.
    public var genericPersonNouns: Set<String> = ["people", "persons"]
    public var personNouns: Set<String> = [
        "passengers", "travellers", "travelers", "commuters", "workers", "employees", "staff", "miners",
        "soldiers", "troops", "civilians", "residents", "villagers", "inhabitants", "students", "pupils",
        "children", "adults", "men", "women", "patients", "victims", "migrants", "refugees", "protesters",
        "demonstrators", "tourists", "visitors", "fans", "spectators", "pilgrims", "prisoners", "detainees",
        "hostages", "inmates", "officers", "policemen", "firefighters", "crew", "doctors", "nurses",
        "teachers", "voters", "survivors", "climbers", "fishermen", "sailors", "farmers", "guests",
        "shoppers", "worshippers", "customers", "occupants", "casualties"]
    /// The words between a count and the verb that says what happened to it, skipped to
    /// find that verb: auxiliaries after the counted noun ("42,000 people had been
    /// evacuated"), and approximators, prepositions and articles before the number
    /// ("power was cut to about 120,000 homes", "the evacuation of 40,000").
    /// Words that make a count an increment, a further group beside the tally
    /// ("another 1,290 people were injured", "an additional 15 million dollars", "two
    /// other militants", "ten more bodies"): one is compared only with increments, not
    /// with the tally it adds to ("offered 10 million dollars … another 15 million").
    public var incrementBefore: Set<String> = ["another", "additional", "extra", "further"]
    public var incrementAfter: Set<String> = ["other", "more", "additional", "extra", "further"]
    public var predicateAuxiliaries: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "had", "have", "has"]
    public var predicateFillers: Set<String> = ["about", "around", "some", "more", "than", "least", "at", "nearly",
                                                "almost", "over", "roughly", "approximately", "estimated", "to", "of",
                                                "the", "a", "an", "another", "up", "as", "many", "upwards", "just", "only"]
    /// Where a sentence's clauses part: a semicolon, and a comma before a coordinating
    /// conjunction ("All 180 passengers were evacuated, and 12 people were treated for
    /// minor injuries"): a count's context is its own clause's words when the sentence
    /// holds counts in more than one.
    /// Words and signs that make a number a share ("12 percent", "64.2%", "9 per cent").
    public var percentSigns: Set<String> = ["percent", "pct", "%", "per cent"]
    /// How a share's topic names its measure: "rise (percent)".
    public var shareLabel = "percent"
    /// Words between a share and the thing it is of, before it ("a pay rise of 12
    /// percent", "wages will rise by 12 percent", "turnout was 64.2 percent").
    public var shareLinks: Set<String> = ["of", "by", "was", "were", "is", "are", "be", "been", "will", "would", "to",
                                          "about", "around", "some", "nearly", "almost", "roughly", "approximately",
                                          "just", "only", "over", "under", "more", "less", "than", "least", "at"]
    /// Words after a share that say how it moved or why, not what it is of ("closed 0.8
    /// percent higher", "rose 1.0 percent due to", "4.5 percent against").
    public var shareModifiers: Set<String> = ["higher", "lower", "up", "down", "due", "against", "respectively", "more",
                                              "less", "above", "below", "year-on-year", "annually", "overall"]
    /// The ending of adverbs ("0.27 percent respectively").
    public var adverbSuffix = "ly"
    public var clauseSeparators: Set<String> = [";"]
    public var clauseCommas: Set<String> = [","]
    public var clauseConjunctions: Set<String> = ["and", "but", "while", "whereas", "although", "though", "yet"]
    /// A part of a total, "six of its eight carriages": the partitive word and the
    /// determiners between it and the total.
    public var partitive = "of"
    public var partitiveDeterminers: Set<String> = ["its", "their", "the", "his", "her", "our", "these", "those"]
    /// Scales written short ("bn", "mn"), never after an article.
    public var abbreviatedScales: Set<String> = ["bn", "mn"]
    /// Approximators that give a floor ("at least 14", "more than 1,000") or a ceiling
    /// ("nearly 100", "up to 300"); the others ("about", "some", "estimated") round.
    public var floorApproximators: Set<[String]> = [["more", "than"], ["at", "least"], ["over"], ["upwards", "of"]]
    public var ceilingApproximators: Set<[String]> = [["less", "than"], ["fewer", "than"], ["at", "most"], ["nearly"],
                                                      ["almost"], ["under"], ["up", "to"], ["as", "many", "as"]]
    /// How far a rounded count ("about 200", "around 1,000") may lie from the true one,
    /// as a share of it: a rounding to the nearest ten or so per cent.
    public var roundingSlack = 0.1
    /// The word that opens a range whose joiner is "and" ("between 12 and 15"), and that joiner.
    public var rangeOpener = "between"
    public var listJoiner = "and"

    public static let english = NumberLexicon(
        units: ["zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12],
        tens: ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90],
        scales: ["hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
                 "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000],
        vague: ["dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000],
        fractions: ["half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5],
        approximators: [["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"], ["about"],
                        ["around"], ["nearly"], ["almost"], ["roughly"], ["some"], ["over"], ["under"], ["up", "to"],
                        ["approximately"], ["estimated"], ["as", "many", "as"], ["upwards", "of"]],
        rangeWords: ["to", "and", "-", "–", "or"],
        articles: ["a", "an"],
        nonCountHeads: ["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                        "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "january", "february", "march", "april", "june", "july", "august", "september",
                        "october", "november", "december", "percent", "per", "cent"])
}
