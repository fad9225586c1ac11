// English word lists and rules for the temporal tagger. Data only: the engine
// (Temporal/) reads these tables and knows no English. Each rule carries
// examples (text → value) and negatives that become tests.

public struct TimeLexicon: Sendable {
    public var months: [String: Int]
    /// Month names that are also common words: only months with a date around them or a cue before them.
    public var ambiguousMonths: Set<String>
    public var weekdays: [String: Int]
    public var seasons: [String: String]
    /// Season words that are also verbs: only with a determiner, modifier or year.
    public var ambiguousSeasons: Set<String>
    /// Season words that are also nouns of another sense: before "of" without a year
    /// they are that noun ("the fall of Rome"), not the season ("the fall of 1944").
    public var seasonHomonymsBeforeOf: Set<String>
    /// Duration units: word (singular and plural) → unit code (Y, M, W, D, H, MIN, S, DE, CE, Q, WE).
    public var units: [String: String]
    public var cardinals: [String: Int]
    public var tens: [String: Int]
    public var ordinals: [String: Int]
    /// Vague quantities ("several", "a few") → X in durations.
    public var vague: [[String]]
    public var partsOfDay: [String: String]
    /// The day's first and last light, as the part of the day each opens ("at dawn on
    /// 21 March": that day's morning; "at dusk": its evening). `@twilight` in the rules,
    /// after a word that takes a time (`@beforetwilight`): "the dawn of an era" is a
    /// figure of speech.
    public var twilight: [String: String] = ["dawn": "MO", "daybreak": "MO", "sunrise": "MO", "first light": "MO",
                                             "dusk": "EV", "nightfall": "EV", "sunset": "EV", "sundown": "EV"]
    /// Words that, before "hours of" a day, name the part of that day the hours fill
    /// ("the early hours of Sunday", "the pre-dawn hours of 12 May", "the late-night
    /// hours of Friday", "the evening hours of June 3"). `@hourspod` in the rules; a
    /// two-word entry also matches with a glued hyphen ("early-morning").
    public var partOfDayBeforeHours: [String: String] = [
        "early": "MO", "small": "MO", "wee": "MO", "predawn": "MO", "pre dawn": "MO", "morning": "MO",
        "early morning": "MO", "late morning": "MO", "daylight": "DT", "daytime": "DT",
        "afternoon": "AF", "early afternoon": "AF", "late afternoon": "AF",
        "evening": "EV", "early evening": "EV", "late evening": "EV",
        "night": "NI", "late night": "NI", "nighttime": "NI", "night time": "NI", "overnight": "NI", "late": "NI",
    ]
    /// Words that shift a calendar unit: last −1, next +1, this 0.
    public var shifts: [String: Int]
    /// Shift words ahead that name the nearest weekend ahead, not the one after it
    /// ("the coming weekend" written on a Tuesday: that week's; captured as `nearest`,
    /// as "ahead" is in "the weekend ahead").
    public var nearestAheadShifts: Set<String> = []
    /// Modifier phrases that may precede a time expression → TIMEX3 mod.
    public var modifiers: [[String]: String]
    /// Words before a bare ambiguous month or season that make it temporal.
    public var temporalCues: Set<String>
    /// Words that make a capitalized "May" the month even before a lowercase word ("in May that…").
    public var monthPrepositions: Set<String>
    /// Subject pronouns: after one a phrase like "in the past" has ended ("in the past it…").
    public var subjectPronouns: Set<String>
    /// The prepositions of a date that narrows a year named just before it ("in
    /// 1969, on Christmas Day"; not "in", which as often opens the next clause's
    /// adverbial: "which lost money last year, in July extended a credit line").
    public var appositionPrepositions: Set<String>
    /// Prepositions of a year in apposition to an expression that opens its sentence
    /// ("Decades later, in 1671, …"): the year opens the sentence as well.
    public var frontedAppositionPrepositions: Set<String> = ["in"]
    /// Words that end an amount: "a year" after them is a rate ("$2 million a year").
    public var amountWords: Set<String>
    /// Zero-width pattern classes that only test the word after: "@beforeevent".
    public var followedBy: [String: Set<String>]
    /// Zero-width pattern classes that only test the word before: "@afterat" in a rule
    /// holds when the previous word is in this class's set.
    public var precededBy: [String: Set<String>]
    /// Year-like words after "quarter of the": "the fourth quarter of the year" is a
    /// calendar quarter, "… of the game" is not.
    public var quarterOfYearWords: Set<String>
    /// Words after a number that show it is not a year ("percent", "billion", units).
    public var notYearFollowers: Set<String>
    /// Words that mark a sentence as future (for resolving "Friday", "March").
    public var futureCues: Set<String>
    /// Words that mark a sentence as past.
    public var pastCues: Set<String>
    /// Past cues that are no cue after these words, in an idiom ("at last": finally).
    public var pastCueIdioms: [String: Set<String>] = [:]
    /// Words after which a past form is a noun ("one more cut in September", "the hit",
    /// "another win"): an article, a possessive, "another", "more".
    public var nounMarkers: Set<String> = []
    /// Auxiliaries and reporting verbs that settle the tense near them ("future" or "past").
    public var strongTenseCues: [String: String]
    /// Reporting verbs among them: they settle the tense of what is next to them, not
    /// of a reported clause with its own verb ("said Tuesday it expects to close the
    /// deal by June": June is ahead).
    public var reportingCues: Set<String> = []
    /// Future markers that count from the time of speaking ("will", not the
    /// future-in-the-past "would"): in a narrative they point at the time of writing.
    public var speechFutureCues: Set<String>
    /// Auxiliaries before the negative clitic, as the tokenizer splits them ("won" +
    /// "'t", "didn" + "'t"), with the tense each gives; "won" is "will" only there.
    public var negatedAuxiliaries: [String: String] = [:]
    /// The negative clitic after its auxiliary ("'t").
    public var negationClitic = ""
    /// The past perfect's auxiliary: in a story, a clause in the past perfect counts
    /// back from the story's time ("In the past year, both armies had…").
    public var pastPerfectCues: Set<String>
    /// The perfect participle that opens a clause before the main one ("Having secured
    /// New York in 1776, Howe marched on Philadelphia in 1777"): what it tells happened
    /// before the main clause, so its time does not set the story's.
    public var anteriorClauseOpeners: Set<String> = []
    /// A span's end ("until", "till") and the relative pronouns that open a clause
    /// about a noun ("that", "which"): in a story, "an assault that lasted until the
    /// fall of Budapest in February 1945" looks ahead to where the span ended; the
    /// story stays where it was.
    public var spanEndWords: Set<String> = []
    /// Prepositions that name where a span ends ("through Sept. 30") and say nothing of
    /// tense themselves: the verb of their own clause does. A past one ends the span
    /// in the past ("ran through Sept. 30"); any other (a present state, a plan, none)
    /// in the future ("funds the government through Sept. 30", "valid thru June").
    /// ("until" and "till" are future cues of their own: past verbs before them most
    /// often set a deadline or a new date, "gave the government until Friday".)
    public var spanEndPrepositions: Set<String> = []
    /// Words that open a span's start after a clause ("declared mourning, starting
    /// Saturday"): the start takes the tense of the verb before them.
    public var spanStartWords: Set<String> = []
    /// Words after which a regular past form is an adjective, no verb: prepositions
    /// ("of exhausted refugees", "by armed men") and degree adverbs ("so excited",
    /// "very tired"): no past cue.
    public var pastAsAdjectiveAfter: Set<String> = []
    /// Linking verbs in the present: a past participle after one is an adjective, no
    /// past ("Schools stay closed on Friday", "Thursday looks settled", "seems
    /// determined to finish by Friday"); their past forms are past cues of their own.
    public var presentLinkingVerbs: Set<String> = []
    /// Future cues that are verbs' present forms and also plural nouns ("starts",
    /// "ends", "leaves"): after a determiner ("its starts", "the ends") they are
    /// nouns and no cue.
    public var verbFutureCues: Set<String> = []
    /// Words that set a figure against a baseline ("3,500 in January 2007, as against
    /// 490 in November 2008", "as opposed to a peak in summer 2007", "down from"): a
    /// date after them in its clause is the baseline, not where the story goes.
    public var comparisonCues: [[String]] = []
    /// Phrases of parting and looking forward ("see you Friday", "c u tmrw", "looking
    /// forward to Monday"): their last word is a future cue. (Alone, "see" and
    /// "forward" are none: "only to see it crack Wednesday", a team's forward.)
    public var futureCuePhrases: [[String]] = []
    /// Present forms of "be" that make a present progressive with an -ing word after
    /// them ("who's watching the final on Sunday", "we are meeting Friday"): English
    /// states an arrangement ahead with it, and a past day takes the past tense.
    public var progressiveBe: Set<String> = []
    /// Prepositions after which a present "be" places an event at a time ("The final
    /// is on Saturday", "the vote is in November"; also with none, "the deadline is
    /// Friday"): a scheduled event, ahead, as a progressive is; a past one takes "was".
    public var scheduleLinks: Set<String> = []
    /// Words before the clitic "'s" that make it "is", not a possessive ("who's", "it's").
    public var contractedBeHosts: Set<String> = []
    /// Words ending in -ing after "is" that are no verb ("is nothing", "it's morning").
    public var notProgressive: Set<String> = []
    /// The ending of a present participle.
    public var progressiveSuffix: String = ""
    /// Words before "in" that place a time within the one in context ("later in the
    /// day", "earlier in the week").
    public var relativeInModifiers: Set<String> = []
    /// Time words English writes in lowercase: capitalised in mid-sentence next to a
    /// capitalised word, they are part of a name or title ("USA Today", "High Noon",
    /// "Apocalypse Now", "Midnight Oil").
    public var lowercaseTimeWords: Set<String> = []
    /// Prepositions that open a clause of their own before an -ing word ("is heading
    /// to Russia after winning the trophy Friday": the win is not the trip's time).
    public var gerundClauseOpeners: Set<String> = []
    /// Words that open a subordinate clause when a verb follows them before the time
    /// ("will return on Tuesday after the union reached a deal late on Sunday": the
    /// deal's verb, not "will", tells Sunday's tense); as prepositions ("will resume
    /// after talks on Sunday") no verb stands between them and the time. (Not "as",
    /// mostly a preposition: "will act as an adviser … led by".)
    public var subordinators: Set<String> = []
    /// Adjectives of an event still to come ("anxiety over a possible verdict Thursday",
    /// "the impending strike on Monday"): a future cue for a time after them only (after
    /// the time they qualify another noun, "issued gold bars on Friday to commemorate the
    /// forthcoming Year of the Pig").
    public var prospectiveAdjectives: Set<String> = []
    /// The present of a fixture's verbs ("United host Rovers on Wednesday night", "City
    /// face Leeds on Saturday"): a future cue for a time after them only, and not as a
    /// noun after a determiner ("the host nation on Sunday"); after the time they are
    /// another clause's ("a site that is to host a reactor", "which faces the tasks").
    public var fixtureVerbs: Set<String> = []
    /// Nouns of awards named "… of the year" ("player of the year", "employee of the
    /// month"): there the unit is part of a title, not a time.
    public var awardNouns: Set<String> = []
    /// Verbs that move an event to a new time ("postponed to Saturday", "delayed
    /// until Friday", "moved to Monday"): the new time lies ahead of the report.
    public var rescheduleVerbs: Set<String> = []
    /// The prepositions that name that new time after them.
    public var rescheduleLinks: Set<String> = []
    /// Particles that may stand between the verb and the preposition ("pushed back to").
    public var rescheduleParticles: Set<String> = []
    /// Verbs that fix an event's time ("booked flights for Dec. 20", "the vote is
    /// scheduled for Tuesday", "slated for release in March"): the time after the
    /// preposition (`arrangeLinks`) is the arranged one, ahead of the arranging,
    /// whatever the verb's own tense.
    public var arrangeVerbs: Set<String> = []
    public var arrangeLinks: Set<String> = []
    /// The present of "be" that tells of a planned event's time (English's futurate
    /// present: "the vote is on the 14th", "my birthday is the 28th", "the talks are on
    /// Friday"): the time named right after it, or after one of `futurateLinks`, is not
    /// gone by.
    public var futurateBe: Set<String> = []
    public var futurateLinks: Set<String> = []
    /// Prepositions that open a sentence's fronted adverbial ("For the first ten
    /// months of 1915, …", "By the end of 1916, …"): a year that ends such a phrase
    /// frames its sentence, as a year right at the start does.
    public var frontingPrepositions: Set<String> = []
    /// Prepositions that place a clause's events at the time after them ("founded in
    /// 2009", "landed on 6 June 1944", "By late July they had broken out"): such a time
    /// sets the scene a background paragraph goes on in.
    public var framingPrepositions: Set<String> = []
    public var relativePronouns: Set<String> = []
    /// Relative pronouns that open a clause set off by commas ("City, which lost on
    /// Sunday, faces Atalanta on Tuesday"): its verb has its own tense, which says
    /// nothing of a time outside it.
    public var nonRestrictiveRelatives: Set<String> = []
    /// Words that join the two ends of a range or a list of days ("6-7", "15 to 22").
    public var rangeJoiners: Set<String>
    /// Those of them that join a list, in any order ("Friday and Thursday"), not a
    /// span from one to the other.
    public var listJoiners: Set<String> = []
    /// The range joiners that make a span from one end to the other, not a list.
    public var spanJoiners: Set<String> { rangeJoiners.subtracting(listJoiners) }
    /// Words that carry one time on into a later one after "and" or alone ("the spring
    /// and into the summer of 1917", "from March into May 1940"): the two share a year
    /// as the ends of a range do.
    public var rangeContinuers: Set<String> = []
    /// Words before the first of two joined days that make them a span after all
    /// ("between Friday and Wednesday", "from Monday to Friday").
    public var spanOpeners: Set<String> = []
    /// Words before the first of two weekdays joined as a range that make them days
    /// of one week ("from Monday to Friday", "on Mon-Fri", "next Tuesday-Thursday"):
    /// without one, a weekday range with its clock times is a timetable ("Open
    /// Mon-Fri 9am-5pm"), days that recur.
    public var weekdayRangeGovernors: Set<String> = []
    /// Words that join a clock time to the day before it ("tomorrow at 2pm", "Friday
    /// around 10 a.m.") and to the day after it ("3 p.m. on Monday"): the time is on that day.
    public var clockDayLinkersBefore: Set<String>
    /// Prepositions after which a day is a point of reference (a span's start or end,
    /// a comparison: "from Monday", "until Friday"), not the day its clause happens on.
    public var dayReferencePrepositions: Set<String> = []
    /// The hour from which a time is late evening, and the hour until which one is of
    /// the small hours: a small-hours time right after a late-evening one of the same
    /// day, with no day of its own, is past midnight.
    public var eveningStartHour = 18
    /// Hours that, written in figures with their minutes and no a.m. or p.m., are
    /// read in the afternoon when nothing else says the half ("closes at 5:30").
    public var afternoonClockHours: ClosedRange<Int> = 1...5
    /// Words of the day's break and the small hours that, near such a clock time, keep
    /// it in the morning ("dawn broke at 5:10").
    public var dayBreakWords: Set<String> = ["dawn", "daybreak", "sunrise", "breakfast", "overnight", "midnight"]
    public var smallHoursEnd = 6
    public var clockDayLinkersAfter: Set<String>
    /// The word that runs a night into the day it ends in: "overnight into Saturday".
    public var nightIntoLinkers: Set<String> = ["into"]
    /// Words that qualify a clock time between it and the day it is on ("4:30 p.m.
    /// local time on Oct. 20"). `TimeLexicon.nameSlot` stands for a name of one to
    /// three capitalised words ("Pacific time", "New York time").
    public var clockQualifiers: [[String]] = []
    /// The slot for a capitalised name in `clockQualifiers`.
    public static let nameSlot = "<Name>"

    /// Words that join a yearly recurrence to its day or month ("every year on 27
    /// January", "each year in May").
    public var recurrenceLinks: Set<String> = []
    /// Verbs of reporting next to a time that is the time of the report ("said
    /// Friday", "Friday said", "reported last month"): no point that "a year earlier"
    /// counts from.
    public var reportTimeVerbs: Set<String> = []
    /// Phrases before a day that name the day next to it ("the day after Labor
    /// Day"), with the shift in days.
    public var dayNextToPhrases: [String: Int] = [:]
    /// Approximators that may also modify a point in time ("around 5 p.m.",
    /// "approximately 1990"), not only a duration.
    public var pointApproximators: Set<String>
    /// Words after a month that is also a noun that make it the noun in a name when a
    /// capitalised name follows and no preposition claims the month ("the March for
    /// Life"), as "of" does ("the March of Dimes").
    public var monthNounNameLinks: Set<String> = ["for"]
    /// Approximators written only before a date ("circa 1350", "c. 1350", "ca. 466
    /// BC"): a number after one is a year, however old. (A one-letter abbreviation
    /// counts in lower case only: "C. 1350" is an initial.)
    public var dateApproximators: Set<String> = ["circa", "c.", "ca."]
    /// Approximators that modify a point in time only after a preposition of time ("in
    /// about 1990", "by about 2030", "at about 5 p.m."); alone, "about" may name a topic
    /// ("a film about 1968").
    public var prepositionalApproximators: Set<String> = ["about"]
    /// The prepositions of time before such an approximator.
    public var approximatedPointPrepositions: Set<String> = ["in", "since", "from", "until", "till", "by", "after",
                                                             "before", "to", "at"]
    /// Edge words that may be glued to their expression by a hyphen ("mid-2026",
    /// "early-2028", "end-March"), with the edge each gives; "end" modifies only so.
    public var gluedModifiers: [String: String]
    /// The last word of an edge modifier ("the end of", "the start of"): before a
    /// possessive ("the start of Sunday's final") the edge is the noun's, not the day's.
    public var edgePreposition = "of"
    /// Words after "the quarter" that name its last month ("the quarter ended Sept. 30").
    public var periodEndVerbs: Set<String>
    /// Phrases that extend an expression to the right ("or so", "or later", "and beyond").
    public var trailers: [[String]]
    /// Adverbs of frequency and the period they repeat ("daily" every P1D).
    public var frequencyAdverbs: [String: String]
    /// Plural parts of the day and their TIMEX3 codes ("nights": NI), for "Monday nights".
    public var partOfDayPlurals: [String: String]
    /// Words that count one step along a sequence ("the following year" +1,
    /// "the previous April" -1, "the same day" 0).
    public var sequenceShifts: [String: Int]
    /// Day words and their distance from the anchor ("yesterday" -1, "last night" -1).
    public var dayShifts: [String: Int]
    /// The word for the end of the day (T24).
    public var midnightWords: Set<String>
    /// Colloquial and texting spellings read as the standard word ("tmr", "2moro").
    public var spellingVariants: [String: String]
    /// Weekdays as posts write them, lowercase and without a period ("sat morning",
    /// "on fri", "back on mon"): a day with a part of the day after it, or with one
    /// of `postWeekdayCues` before it (for a homonym, one of the strict cues: "last"
    /// may be the adverb, "who last sat").
    public var postWeekdays: [String: Int]
    public var postWeekdayHomonyms: Set<String>
    public var postWeekdayCues: Set<String>
    public var postWeekdayStrictCues: Set<String>
    public var postWeekdayHomonymCues: Set<String> = []
    /// Abbreviations that no English word shares, read as days with no cue ("see u
    /// thurs", "back fri").
    public var postWeekdaysAlone: Set<String>
    /// Suffixes glued to a number that are their own word ("10am" is "10 am").
    public var numberSuffixWords: Set<String>
    /// Holidays and named days: phrase (lowercase tokens) → rule of the calendar:
    /// `F:MM-DD` a fixed day, `F:MM` a month, `E:n` n days from Western Easter
    /// Sunday, `N:month:weekday:n` the n-th weekday of a month (n = -1 the last),
    /// `N:month:weekday:n:d` d days after it,
    /// `I:month:day` a day of the tabular Islamic calendar (day 0: the whole month).
    public var holidays: [[String]: String]
    /// Holidays whose words are also common words ("new year"): one only when every
    /// word is capitalised and no capitalised word before it makes it part of another
    /// name ("at New Year", not "a new year", "Lunar New Year", "Happy New Year").
    public var holidayNames: [[String]: String] = [:]
    /// Words before a bare season that make it the season ("the summer", "in winter").
    public var seasonCues: Set<String>
    /// Decades as words ("the sixties").
    public var decadeWords: [String: Int]
    /// Time-zone abbreviations after a clock time. (Those of two letters, "ET", "PT",
    /// are other abbreviations too: after a dotted number they make no clock time.)
    public var timezones: Set<String>
    /// Words after four digits that make them a 24-hour clock time as armies, police and
    /// ships write it ("0600 hrs", "at 1400 hours"); else the digits count hours.
    public var clockHourWords: Set<String>
    /// Words of time expressions that carry no time alone: a match is tried only
    /// near a word that does (a month, a unit, "yesterday"…).
    public var nonTriggers: Set<String>
    /// Function words: a phrase such as "in the past" has ended before one.
    public var functionWords: Set<String>
    /// Spellings of a.m. and p.m. → "am" / "pm".
    public var ampmWords: [String: String]
    /// Number words a spelled year starts with ("nineteen ninety-six").
    public var spelledYearStarts: Set<String>
    /// Words and signs before a four-digit number that make it no year ("$2000", "No. 1999").
    public var notYearPrecedents: Set<String>
    /// Words that make an article about quarterly results ("the quarter", "quarterly").
    public var quarterWords: Set<String>
    /// Words near an expression that make it about a reporting period ("the period a year ago").
    public var quarterContextWords: Set<String>
    /// Words of games that make a bare "the fourth quarter" a period of play ("scored a
    /// touchdown late in the fourth quarter", "17 points and 8 assists").
    public var playContextWords: Set<String> = []
    /// Words between a quarter and a year that make the quarter one of that year ("Q4
    /// and full-year 2025", "the fourth quarter and the full year 2025").
    public var quarterYearLinks: Set<String> = []
    /// The word between a month and the year that places it, each its own expression
    /// ("first met in December in 1999").
    public var monthInYearLinks: Set<String> = []
    /// Nouns after a holiday word that make it a name of something else ("Easter Island").
    public var holidayNounFollowers: Set<String>
    /// Gatherings named after a season's holiday and often held on another day of its
    /// season ("the office Christmas party", "the town's Christmas parade"): not the
    /// holiday's date unless the name says the day ("a New Year's Eve party", "the
    /// Thanksgiving Day parade"). A meal of the day is of the day ("Christmas dinner").
    public var holidaySeasonGatherings: Set<String> = []
    /// Last words of a holiday's name that name one day ("Eve", "Day", "Easter Sunday").
    public var holidayDayWords: Set<String> = []
    /// Words that may follow a day of the month named alone ("on the 19th at noon").
    public var afterDayOfMonth: Set<String>
    public var afterNumericDayOfMonth: Set<String> = []
    /// Month names that are ordinary words in lower case ("august" the adjective).
    public var lowercaseHomonymMonths: Set<String>
    /// Verbs after a modal: "may go" is no month.
    public var verbsAfterModal: Set<String>
    /// Words right before an expression that fix its tense whatever the verbs say
    /// ("since August" lies in the past).
    public var governingTense: [String: String]
    /// Tokens that end a clause: tense cues beyond them count less.
    public var clauseBreaks: Set<String>
    /// Words that make a future with a following "to" ("set to", "is to resume").
    public var futureBeforeTo: Set<String>
    /// Verbs of commitment before "to": a time after them is ahead; one before them is
    /// when the commitment was made ("On Thursday, he promised to support…"), which
    /// only their past form says.
    public var commitmentBeforeTo: Set<String>
    /// Modal verbs of possibility and obligation: a weak future cue ("rain may fall on
    /// Monday", "winds could gust on Saturday", "talks should resume in May"), but a
    /// past one before a perfect ("may have died on Monday"). Only in lower case (or
    /// first in a sentence): "Theresa May" and "Can" the city are names.
    public var modalCues: Set<String> = []
    /// Words after a modal that make its perfect ("may have", "should've", "could of").
    public var modalPerfectMarkers: Set<String> = []
    /// Endings of past participles after a modal's "have" ("died", "been", "taken").
    public var pastParticipleSuffixes: [String] = []
    /// The auxiliaries of the present perfect ("has died", "have agreed"): a lede in it
    /// tells news of the time of writing.
    public var presentPerfectAuxiliaries: Set<String> = []
    /// Adverbs that may stand between a perfect's auxiliary and its participle ("has
    /// already fallen", "have just died").
    public var perfectAdverbs: Set<String> = []
    /// Subject pronouns whose simple present is the bare verb ("I have an exam on
    /// Monday", "we play them Saturday", "they open Friday"): that present speaks of a
    /// day ahead, as the progressive does. ("you" is an object as often.)
    public var bareVerbSubjects: Set<String> = []
    /// Subject pronouns whose simple present takes -s ("he turns 40 on Saturday", "it
    /// opens Friday").
    public var singularSubjects: Set<String> = []
    /// Words ending in -s that are no verb's present ("always", "its", "news").
    public var notPresentForms: Set<String> = []
    /// Words after the comma or bracket that restate a relative date by its calendar
    /// date ("Two years later, in June 1941", "the next day, on 7 June 1944").
    public var restatementLinks: Set<String> = []
    /// Verbs of memory, which look back whatever their tense ("I remember Monday").
    public var memoryVerbs: Set<String> = []
    /// Prepositions of a month that holds the events of its clause ("died in
    /// December", "during March").
    public var monthSpanPrepositions: Set<String> = []
    /// The bare "be" after a future's "will" ("will be held in October", "will be in
    /// Rome in October").
    public var bareBe: Set<String> = []
    /// Prepositions of a day that holds the events of its clause ("was held on
    /// December 3").
    public var dayPlacingPrepositions: Set<String> = []
    /// Words that open a condition, whose past is no past ("If the government fell on
    /// Dec. 8, a vote would follow").
    public var conditionalOpeners: Set<String> = []
    /// The auxiliaries of a past passive or perfect ("was held", "had died", "got
    /// married").
    public var pastAuxiliaries: Set<String> = []
    /// Words that tell an event expected or arranged, not one that took place: after a
    /// past form they leave the month's side of the time of writing open ("was expected
    /// in December", "were due in January", "was pencilled in for March").
    public var expectationWords: Set<String> = []
    /// Words naming an edge of a unit ("the end of the month", "the start of the week"):
    /// TimeML's mod.
    public var periodEdges: [String: String] = [:]
    /// Words before a deadline ("by the end of the year", "before the start of the month").
    public var deadlineWords: Set<String> = []
    /// Modals that are also a past of ability, which a negation after them makes past
    /// as often as not ("police could not say on Monday"): no cue then.
    public var pastAbilityModals: Set<String> = []
    /// Negations after a modal ("could not", "could never").
    public var modalNegations: Set<String> = []
    /// Modals of ability: "in" a number of units after them is a length of time ("it
    /// can be done in 30 seconds"), not a time ahead.
    public var abilityModals: Set<String> = []
    /// Present forms of "be": a participle after them is not a past tense.
    public var presentBe: Set<String>
    /// Prefixes that leave a hyphenated past form a verb ("re-elected", "co-founded").
    public var verbPrefixes: Set<String>
    /// Determiners: an -ed word after one is an adjective ("a unified stance").
    public var determiners: Set<String>
    /// Single words that are reference times (now → PRESENT_REF).
    public var referenceWords: [[String]: String]
    /// Era markers of years: -1 before the common era (241 BC), +1 in it (AD 70).
    public var eraWords: [String: Int] = [:]
    /// The words the matcher's context tests, number grammar and tense reader look for.
    public var context: TimeContextWords
}

/// Words that the engine's context tests read, one field per test, so that the
/// engine code names no English word (each test's comment in `TimexMatcher`
/// gives its English examples).
public struct TimeContextWords: Sendable {
    /// Month names of four letters or fewer that are whole names, not abbreviations.
    public var shortFullMonths: Set<String>
    /// Month names that are also modal verbs: before a lowercase word they are the verb.
    public var modalMonths: Set<String>
    /// Plural ending of units, and unit plurals that do not take it.
    public var pluralSuffix: String
    public var irregularUnitPlurals: Set<String>
    public var indefiniteArticles: Set<String>
    /// Articles that may stand between "of" and a noun ("the fourth quarter of the year").
    public var articles: Set<String>
    public var definiteArticle: String
    /// Words between a noun and itself that make a phrase of repetition, no time
    /// ("night after night", "day by day", "day to day").
    public var reduplicationLinkers: Set<String>
    /// Words after which a small number may open a time expression, so the matcher
    /// looks there though no time word is near ("on the 21", British "at half 7"),
    /// and those after which a spelled one may ("at half seven", "at ten to seven").
    public var smallNumberOpeners: Set<String>
    public var spelledNumberOpeners: Set<String>
    /// The partitive preposition ("the fall of Rome", "the 3rd of March").
    public var partitive: String
    /// "in" before a duration that looks ahead ("in five years").
    public var aheadPreposition: String
    /// Nouns and the superlative ending before "in <duration>" that make it a span looked
    /// back over ("the first time in three decades", "the highest in five years").
    public var spanLookBackHeads: Set<String>
    /// Words that make "in <duration>" a span looked back over from a little further
    /// back in the noun phrase ("her first in five years", "his first album in a
    /// decade", "the only win in six games").
    public var spanLookBackModifiers: Set<String> = []
    /// Units of measure: "in <duration>" after an amount of one is the span of a rate
    /// ("up to 40mm in 24 hours", "5 percent in a year"), not a time ahead.
    public var measureUnits: Set<String> = []
    /// Units of length: "per hour" after one is part of a unit of speed ("120
    /// kilometers per hour", "90 km per hour"), no rate of time of its own.
    public var lengthUnits: Set<String> = []
    /// Plurals of parts of a unit that name them in general before "of the" unit
    /// ("certain days of the week", "at all times of the year"): no week or year in
    /// particular.
    public var partsInGeneral: Set<String> = []
    public var superlativeSuffix: String
    /// Degree words that make "soon" part of a comparison ("as soon as", "too soon").
    public var soonDegreeWords: Set<String>
    /// Words after "soon" that make it part of a phrase ("soon after the vote").
    public var soonPhraseFollowers: Set<String>
    /// Days named relative to today ("today", "yesterday", "tomorrow").
    public var deicticDays: Set<String>
    /// Words after a clock time that make it a game's clock, the time left or gone,
    /// not a time of day ("with 3:57 left", "2:46 into the second half").
    public var gameClockFollowers: [[String]]
    /// Adverbs that end a duration's phrase ("it's been a year already", "a week now").
    public var durationEndAdverbs: Set<String>
    /// Words after a duration that make it an age ("five years old").
    public var ageWords: Set<String>
    /// Words after a hyphen that keep a unit that is also an ordinal a unit ("a
    /// 30-second-long spot"); before any other word it is the ordinal of a compound
    /// ("second-hand", "second-largest").
    public var unitCompoundWords: Set<String> = ["long"]
    /// Words after a period that make it part of another phrase ("two years ago", "of").
    public var notPointFollowers: Set<String>
    /// The word that is a discourse marker at a sentence's start ("Now, …"), and the
    /// words after it that make it one.
    public var discourseNow: String
    public var afterDiscourseNow: Set<String>
    /// Words after a year that make it the end of a fiscal period ("the year ended").
    public var periodEndFollowers: Set<String>
    /// Words before a duration that govern it as a length of time ("for", "lasted").
    public var durationGovernors: Set<String>
    /// Number grammar: "a couple of", multipliers ("two hundred"), the conjunction of
    /// spelled numbers ("two thousand and five"), symbols of fractions.
    public var coupleWords: Set<String>
    public var multipliers: [String: Int]
    public var numberConjunction: String
    public var fractionSymbols: [String: Double]
    /// The possessive clitic as the tokenizer writes it.
    public var possessive: String
    /// The infinitive marker ("due to", "set to" look ahead) and the regular past ending.
    public var infinitiveMarker: String
    public var pastSuffix: String
    /// The ending of manner adverbs: a past form after one that follows a preposition or
    /// a determiner is an adjective ("at newly promoted Harbour City", "the recently
    /// opened bridge", "by heavily armed men").
    public var adverbSuffix: String = "ly"
    /// The last day (1 = Monday) of the working week: "last" with a weekday counts from
    /// the week before until it ends, from the week just ended at a weekend.
    public var workingWeekEnd: Int = 5
}

public struct TimexRule: Sendable {
    public var id: String
    /// Space-separated pattern; see `TimexPattern` for the syntax.
    public var pattern: String
    public var type: TimexType
    /// Value template with {captures}; see `TimexResolver` for the underspecified forms.
    public var value: String
    /// Examples: "text => value" pairs that must be tagged exactly so (with the test anchor 2026-01-16).
    public var examples: [String]
    /// Texts in which this rule must not fire.
    public var negatives: [String]

    public init(_ id: String, _ pattern: String, _ type: TimexType, _ value: String,
                examples: [String] = [], negatives: [String] = []) {
        self.id = id
        self.pattern = pattern
        self.type = type
        self.value = value
        self.examples = examples
        self.negatives = negatives
    }
}

extension TimeLexicon {
    public static let english = TimeLexicon(
        months: [
            "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
            "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
            "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        ],
        ambiguousMonths: ["may", "march", "mar", "jan", "sep", "dec"],
        weekdays: [
            "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
            "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5,
        ],
        seasons: ["spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"],
        ambiguousSeasons: ["fall", "spring"],
        seasonHomonymsBeforeOf: ["fall"],
        units: [
            "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y", "month": "M", "months": "M",
            "week": "W", "weeks": "W", "day": "D", "days": "D", "hour": "H", "hours": "H",
            "minute": "MIN", "minutes": "MIN", "second": "S", "seconds": "S",
            "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
            "quarter": "Q", "quarters": "Q", "weekend": "WE", "weekends": "WE",
            "fortnight": "FN", "millennium": "ML", "millennia": "ML",
        ],
        cardinals: [
            "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
            "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
            "nineteen": 19, "dozen": 12,
        ],
        tens: ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
               "eighty": 80, "ninety": 90],
        ordinals: [
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
            "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "twenty-first": 21,
        ],
        vague: [["several"], ["a", "few"], ["few"], ["many"], ["some"], ["a", "number", "of"], ["recent"],
                ["the", "past", "few"], ["the", "last", "few"], ["the", "next", "few"], ["the", "next", "several"],
                ["the", "past", "several"], ["the", "coming"], ["coming"],
                // counted from the time talked of: "in the following weeks", "the ensuing months"
                ["the", "following"], ["the", "following", "few"], ["the", "ensuing"], ["the", "subsequent"]],
        partsOfDay: ["morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "lunchtime": "MI",
                     "tonight": "NI"],
        shifts: ["last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1,
                 "this": 0, "current": 0],
        nearestAheadShifts: ["coming"],
        modifiers: [
            ["early"]: "START", ["earlier"]: "START", ["late"]: "END", ["later"]: "END",
            ["early", "in"]: "START", ["late", "in"]: "END",
            ["mid"]: "MID", ["middle", "of"]: "MID", ["the", "middle", "of"]: "MID",
            ["the", "end", "of"]: "END", ["end", "of"]: "END", ["the", "beginning", "of"]: "START",
            ["beginning", "of"]: "START", ["the", "start", "of"]: "START", ["start", "of"]: "START",
            ["about"]: "APPROX", ["around"]: "APPROX", ["approximately"]: "APPROX", ["roughly"]: "APPROX",
            ["circa"]: "APPROX", ["c", "."]: "APPROX", ["ca", "."]: "APPROX",
            ["some"]: "APPROX", ["nearly"]: "LESS_THAN", ["almost"]: "LESS_THAN",
            ["more", "than"]: "MORE_THAN", ["at", "least"]: "EQUAL_OR_MORE",
            ["the", "early"]: "START", ["the", "late"]: "END", ["the", "mid"]: "MID",
            ["less", "than"]: "LESS_THAN", ["under"]: "LESS_THAN", ["up", "to"]: "EQUAL_OR_LESS",
            ["no", "more", "than"]: "EQUAL_OR_LESS",
        ],
        temporalCues: ["in", "on", "since", "by", "until", "till", "from", "of", "last", "next", "this",
                       "early", "late", "mid", "during", "before", "after", "through", "between", "and",
                       "or", "to", "the", "each", "every", "in", "that", "until", "late", "earlier", "later"],
        monthPrepositions: ["in", "since", "by", "until", "till", "from", "of", "early", "late", "mid", "during",
                            "before", "after", "through", "last", "next", "this", "between"],
        subjectPronouns: ["i", "you", "he", "she", "it", "we", "they", "there"],
        appositionPrepositions: ["on"],
        amountWords: ["million", "billion", "thousand", "trillion", "hundred", "percent", "dollars", "cents", "times",
                      "dozen", "once", "twice", "thrice",
                      // (a count of times as posts write it: "3x a week")
                      "x"],
        followedBy: [
            // Nouns of events: a season that modifies one names the event's time ("the
            // summer offensive", "the spring session"), unlike "winter coat", "Winter Palace".
            "beforeevent": ["offensive", "offensives", "campaign", "campaigns", "invasion", "uprising", "war",
                            "fighting", "battle", "battles", "assault", "attack", "attacks", "session", "sessions",
                            "recess", "election", "elections", "meeting", "meetings", "tour", "visit", "harvest",
                            "planting", "sowing", "term", "semester", "vacation", "holidays", "sales", "floods",
                            "drought", "thaw", "retreat", "exercises", "manoeuvres", "maneuvers"],
            // Nouns that "overnight" sorts into a kind, a loan for one night or a stay of
            // one ("the overnight interest rate", "an overnight bag", "overnight trains"):
            // no night in particular.
            "overnightkind": ["rate", "rates", "interest", "call", "lending", "loan", "loans", "repo", "repos",
                              "deposit", "deposits", "borrowing", "money", "funds", "bag", "bags", "stay", "stays",
                              "train", "trains", "flight", "flights", "bus", "buses", "ferry", "shelter", "shelters",
                              "camp", "camps", "delivery", "shipping", "parking", "guest", "guests", "trip", "trips",
                              "stop", "stops", "stopover", "accommodation", "oats", "success", "sensation", "celebrity"],
            // The word of a comparison: "a week later than planned" tells how much later,
            // a length, not a date counted from the time talked of.
            "comparison": ["than"],
            // Words that place a unit by another event ("the week before the vote", "the
            // week between Christmas and New Year").
            "sequence": ["before", "after", "following", "preceding", "ahead", "between"],
            // The possessive clitic: "the new year's eve party" is the holiday's.
            "possessive": ["'s", "'"],
            // The partitive "of": "months of talks", "years of conflict".
            "partitive": ["of"],
            // Nouns of a holiday's feast: "the new year festival" is the holiday, not a year.
            "feast": ["festival", "festivals", "festivities", "holiday", "holidays", "celebration", "celebrations",
                      "party", "parties", "eve", "message", "address", "honours", "honors", "greetings",
                      "card", "cards", "break", "resolution", "resolutions"],
            // Nouns that a part of the day sorts into a kind ("the night shift", "the
            // morning paper", "the evening news", "the night market"): no morning or
            // night in particular.
            "podkind": ["shift", "shifts", "market", "markets", "paper", "papers", "newspaper", "newspapers",
                        "edition", "editions", "news", "bulletin", "bulletins", "show", "shows", "programme",
                        "programmes", "program", "programs", "bus", "buses", "train", "trains", "service",
                        "services", "sky", "skies", "club", "clubs", "life", "owl", "owls", "watchman", "guard",
                        "nurse", "nurses", "staff", "rush", "commute", "traffic", "tea", "coffee", "prayer",
                        "prayers", "mass", "class", "classes", "school", "light", "air", "sun", "star", "sickness",
                        "routine", "dress", "wear", "meal", "meals", "walk", "walks", "jog", "run", "run-up",
                        "people", "person", "lark", "larks", "sitting", "court", "game", "games", "lights"],
            // Words that make a length before them a point ("two hours and 15 minutes later").
            "beforeanaphor": ["later", "earlier", "ago", "afterwards", "afterward"],
        ],
        precededBy: [
            "afterat": ["at"],
            // "between five and six years": a count given as a range, as "five to six years".
            "afterbetween": ["between"],
            // Prepositions before a plural of recurrence: "on weekends", "at weekends".
            "beforerecurrence": ["on", "at", "over", "during"],
            // Words that take a clock time after them, where "ten to seven" is a time
            // rather than a range of numbers ("at ten to seven", "until a quarter to ten").
            "beforeclock": ["at", "until", "till", "til", "around", "before", "after"],
            // Words that take the day's first or last light as a time ("at dawn", "before
            // dawn Friday", "after dusk on 5 June"), not "the dawn of an era".
            "beforetwilight": ["at", "before", "after", "by", "until", "till", "from", "since", "around"],
            // "at this time", "by this time": the present (of the writing, or of the story).
            "afterthistime": ["at", "by", "around"],
            // Words before a year written "'85" ("the class of '85", "summer of '69").
            "beforeyear": ["of", "in", "since", "from", "until", "till", "by", "before", "after", "class", "summer",
                           "spring", "winter", "fall", "autumn"],
            "afterin": ["in", "over"],
            // "late afternoon", "the early morning": a part of the day with its modifier.
            "afterpodmod": ["early", "late"],
            // Verbs of scoring: a century after them is a hundred runs ("Ponting hit a
            // century", "scored a half-century"), no span of years.
            "afterscoring": ["hit", "hits", "hitting", "scored", "scores", "scoring", "struck", "notched", "smashed",
                             "compiled", "made", "makes", "making"],
            // Modal verbs: "will one day" is a vague future.
            "aftermodal": ["will", "would", "may", "might", "could", "can", "should", "shall", "must"],
            // Verbs of saying and thinking: the "that" after them opens a clause ("said
            // that morning people…"), it does not point at a time.
            "aftersaying": ["said", "says", "say", "saying", "told", "tells", "tell", "think", "thinks", "thought",
                            "believe", "believes", "believed", "know", "knows", "knew", "noted", "added", "argued",
                            "claimed", "claims", "reported", "found", "showed", "shows", "suggest", "suggests",
                            "suggested", "warned", "feared", "hoped", "hope", "insisted", "agreed", "announced"],
            // Possessive determiners: "in his 70s" is an age, not a decade.
            "afterpossessive": ["his", "her", "their", "my", "our", "your", "its"],
            // A person's possessive: "our last night", "his last week in office" are the
            // final ones of a stay or a life, not the ones before the time of writing
            // ("its next quarter" is a company's, and is one).
            "afterpersonpossessive": ["his", "her", "their", "my", "our", "your", "whose"],
            // Prepositions that take a day: "left on the 21", "back by the 5", "valid thru
            // 12/15"; "due", which a deadline's day follows ("due 2/1"); and the words
            // that open or close a period or fix the day a rule or a text holds from, as
            // notices write them with the day alone ("sale ends 11/30", "effective 7/1").
            "afterdayprep": ["on", "by", "until", "till", "til", "thru", "through", "from", "since", "before", "after", "due",
                             "ends", "ending", "starts", "starting", "begins", "expires", "effective", "dated"],
            // Articles: "the last season" is the final one, not the one before now.
            "afterarticle": ["the", "a", "an"],
            // A hyphen: the word after it ends a compound ("kilowatt-hours", "three-quarters").
            "afterhyphen": ["-"],
            // Words after which "one" is a pronoun, not "some" ("the next one Friday",
            // "this one Sunday"): the weekday after it is a day of its own.
            "afterpronounone": ["next", "the", "this", "that", "last", "every", "each", "another", "which", "any", "no"],
        ],
        quarterOfYearWords: ["year", "fiscal", "current", "financial", "calendar", "same", "previous", "following",
                             "next", "coming", "last", "new"],
        notYearFollowers: ["percent", "%", "million", "billion", "trillion", "thousand", "hundred", "people",
                           "tons", "tonnes", "barrels", "shares", "points", "votes", "troops", "soldiers",
                           "workers", "employees", "members", "units", "cars", "vehicles", "dollars",
                           "euros", "yen", "pounds", "miles", "kilometers", "km", "meters", "feet", "acres",
                           "deaths", "cases", "jobs", "students", "pages", "words", "men", "women",
                           "children", "residents", "ounces", "lb", "kg", "mw", "mph",
                           // (British spellings and other measures)
                           "metres", "kilometres", "litres", "liters", "yards", "inches", "grams",
                           "kilograms", "calories", "rupees", "pesos", "yuan", "francs", "hectares"],
        futureCues: ["upcoming", "next", "scheduled", "tomorrow", "planned", "plans", "intends", "intend", "expected",
                     "expects", "expect", "until", "till", "til", "effective", "ahead", "starting", "coming",
                     // the present of scheduling verbs, as news states what is arranged
                     // ("the talks open Monday", "the law takes effect Jan. 1")
                     "opens", "reopens", "begins", "arrives", "departs", "resumes", "convenes", "expires",
                     "meets", "closes", "ends", "concludes", "takes", "airs", "premieres", "debuts", "leaves",
                     "starts", "runs",
                     // and their plain forms that are no noun or adjective ("the talks resume Monday")
                     "begin", "resume", "reopen", "convene", "depart", "arrive",
                     // what is owed or awaited ("the report is due in the spring", "due here Tuesday")
                     "due",
                     // a forecast's probability ("frost is likely on Sunday", "a deal is unlikely
                     // before March"; a past verb nearer the time still decides: "likely died")
                     "likely", "unlikely",
                     // anticipation ("can't wait for Friday", "awaiting Monday's vote",
                     // "getting ready for the weekend"; not "forward", a player too)
                     "wait", "await", "awaits", "awaiting", "ready",
                     // hope for what has not come ("back home by tues hopefully")
                     "hopefully"],
        pastCues: ["was", "were", "had", "did", "said", "ago", "last", "earlier", "previously", "met",
                   "held", "announced", "agreed", "signed", "took", "made", "came", "went", "began",
                   "ended", "reported", "told", "rose", "fell", "closed", "opened", "won", "lost",
                   "visited", "arrived", "left", "saw", "gave", "became", "imposed", "tightened", "declared",
                   "since", "ran", "sold", "bought", "paid", "led", "grew", "cut", "hit", "put", "earned",
                   // irregular past forms (an -ed ending catches the regular ones)
                   "brought", "built", "caught", "chose", "drew", "drove", "felt", "fought", "found", "flew",
                   "forgot", "froze", "got", "heard", "kept", "knew", "laid", "lent", "meant", "quit", "sank",
                   "sent", "shot", "shut", "sought", "spent", "spoke", "stood", "stole", "struck", "swore",
                   "taught", "tore", "thought", "threw", "understood", "upheld", "wrote", "ate", "withdrew",
                   "broke", "bore", "woke", "overtook", "undertook", "slid", "sped", "spun", "swept", "wore",
                   // regular past forms too short for the -ed test, which would take "need", "shed"
                   "died", "sued", "tied", "lied", "owed", "eyed", "axed"],
        pastCueIdioms: ["last": ["at"]],
        nounMarkers: ["a", "an", "the", "its", "their", "his", "our", "my", "your", "another", "more"],
        strongTenseCues: ["will": "future", "'ll": "future", "shall": "future", "would": "future",
                          "had": "past", "was": "past", "were": "past", "did": "past", "said": "past",
                          "told": "past", "ago": "past"],
        reportingCues: ["said", "told", "reported"],
        // ("won" is the "will" of "won't": it is a cue only before the clitic)
        speechFutureCues: ["will", "'ll", "shall", "won"],
        negatedAuxiliaries: ["won": "future", "wouldn": "future", "shan": "future",
                             "didn": "past", "wasn": "past", "weren": "past", "hadn": "past"],
        negationClitic: "'t",
        pastPerfectCues: ["had", "'d"],
        anteriorClauseOpeners: ["having"],
        spanEndWords: ["until", "till", "untill", "til"],
        spanEndPrepositions: ["through", "thru"],
        spanStartWords: ["starting", "beginning"],
        pastAsAdjectiveAfter: ["of", "for", "with", "by", "from", "in", "on", "at", "into", "among", "against",
                                 "about", "between", "under", "without", "like",
                                 "so", "soo", "sooo", "very", "too", "quite", "pretty", "super", "extremely"],
        presentLinkingVerbs: ["look", "looks", "seem", "seems", "appear", "appears", "remain", "remains", "stay", "stays",
                              "feel", "feels", "sound", "sounds", "become", "becomes"],
        verbFutureCues: ["opens", "reopens", "begins", "arrives", "departs", "resumes", "convenes", "expires", "meets",
                         "closes", "ends", "concludes", "takes", "airs", "premieres", "debuts", "leaves", "starts", "runs"],
        comparisonCues: [["compared"], ["opposed"], ["versus"], ["vs"], ["as", "against"], ["down", "from"], ["up", "from"]],
        futureCuePhrases: [["see", "you"], ["see", "u"], ["see", "ya"], ["c", "u"], ["cya"], ["look", "forward"],
                           ["looking", "forward"], ["looks", "forward"], ["looked", "forward"],
                           // the future as posts write it, without the apostrophe ("ill be 30", "youll
                           // love it"; "ill" alone is sick) or with "gonna"
                           ["ill", "be"], ["youll"], ["theyll"], ["itll"], ["thatll"], ["gonna"], ["wanna"],
                           // anticipation's idiom ("the weekend can't come soon enough")
                           ["come", "soon", "enough"]],
        progressiveBe: ["is", "are", "am", "'re", "'m"],
        scheduleLinks: ["on", "at", "in", "until", "till"],
        contractedBeHosts: ["he", "she", "it", "there", "who", "what", "that", "where", "here"],
        notProgressive: ["nothing", "something", "anything", "everything", "morning", "evening", "during"],
        progressiveSuffix: "ing",
        relativeInModifiers: ["earlier", "later"],
        lowercaseTimeWords: ["today", "tomorrow", "yesterday", "tonight", "now", "noon", "midday", "midnight", "morning",
                             "afternoon", "evening", "night", "overnight"],
        gerundClauseOpeners: ["after", "before", "since", "while", "despite", "without", "upon"],
        subordinators: ["after", "before", "since", "until", "till", "because", "once", "although", "though", "if",
                        "unless", "whereas"],
        prospectiveAdjectives: ["possible", "potential", "impending", "looming", "forthcoming", "prospective"],
        fixtureVerbs: ["hosts", "host", "faces", "face", "visits", "travels"],
        awardNouns: ["player", "players", "team", "athlete", "coach", "manager", "footballer", "sportsman",
                     "sportswoman", "personality", "person", "man", "woman", "rookie", "newcomer", "artist",
                     "entertainer", "album", "song", "record", "book", "film", "car", "word", "employee",
                     "goal", "try", "save", "play", "pick", "deal", "photo", "picture", "product"],
        rescheduleVerbs: ["postponed", "delayed", "rescheduled", "moved", "deferred", "adjourned", "extended",
                          "pushed", "put", "brought", "postpone", "delay", "reschedule", "move", "defer", "adjourn",
                          "extend", "postpones", "delays", "reschedules", "moves", "defers", "adjourns", "extends"],
        rescheduleLinks: ["to", "until", "till", "til"],
        rescheduleParticles: ["back", "off", "forward"],
        arrangeVerbs: ["booked", "scheduled", "rescheduled", "slated", "planned", "set", "fixed", "reserved", "pencilled",
                       "penciled", "timetabled", "earmarked", "arranged",
                       // (a court "lists" a hearing: "a two-day hearing has been listed for 22 April")
                       "listed"],
        arrangeLinks: ["for"],
        futurateBe: ["is", "are", "am", "'re"],
        futurateLinks: ["on"],
        frontingPrepositions: ["in", "by", "for", "during", "until", "till", "after", "before", "from", "since",
                               "throughout", "through", "at", "on", "over", "within", "toward", "towards", "around"],
        framingPrepositions: ["in", "on", "during", "by", "at"],
        relativePronouns: ["that", "which"],
        nonRestrictiveRelatives: ["which", "who", "whom", "whose"],
        rangeJoiners: ["-", "to", "and", "through", "thru", "until", "till", "or"],
        listJoiners: ["and", "or"],
        rangeContinuers: ["into", "through", "until", "till"],
        spanOpeners: ["between", "from"],
        weekdayRangeGovernors: ["between", "from", "on", "this", "next", "last", "by", "until", "till", "since",
                                "before", "after", "the", "that", "of", "during", "for", "over"],
        clockDayLinkersBefore: ["at", "around", "about", "by", "from", "until", "till", "before", "after", "starting"],
        dayReferencePrepositions: ["from", "since", "until", "till", "before", "after", "than", "between"],
        clockDayLinkersAfter: ["on", "of", "in"],
        clockQualifiers: [["local", "time"], [TimeLexicon.nameSlot, "time"]],
        recurrenceLinks: ["on", "in", "at", "during", "around"],
        reportTimeVerbs: ["said", "says", "told", "reported", "reports", "announced", "announces", "added"],
        dayNextToPhrases: ["the day after": 1, "the day before": -1],
        pointApproximators: ["around", "approximately", "circa", "c.", "ca."],
        gluedModifiers: ["mid": "MID", "early": "START", "late": "END", "end": "END"],
        periodEndVerbs: ["ended", "ending"],
        trailers: [["or", "so"], ["or", "later"], ["or", "earlier"], ["and", "beyond"], ["or", "more"]],
        frequencyAdverbs: ["daily": "XXXX-XX-XX", "weekly": "XXXX-WXX", "monthly": "XXXX-XX", "annually": "XXXX", "yearly": "XXXX",
                           "hourly": "PT1H", "quarterly": "P3M", "biweekly": "P2W", "fortnightly": "P2W",
                           "semiannually": "P6M", "nightly": "XXXX-XX-XXTNI"],
        partOfDayPlurals: ["nights": "NI", "mornings": "MO", "evenings": "EV", "afternoons": "AF"],
        sequenceShifts: ["following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0],
        dayShifts: ["yesterday": -1, "tomorrow": 1, "today": 0, "tonight": 0, "last": -1],
        midnightWords: ["midnight"],
        spellingVariants: ["tmr": "tomorrow", "tmrw": "tomorrow", "tmrrw": "tomorrow", "2moro": "tomorrow",
                           "2morrow": "tomorrow", "2mrw": "tomorrow", "tomoz": "tomorrow", "2day": "today",
                           "tdy": "today", "2nite": "tonight", "tonite": "tonight", "2night": "tonight",
                           "yday": "yesterday", "ystrdy": "yesterday", "wknd": "weekend", "nite": "night", "wk": "week", "xmas": "christmas",
                           "mins": "minutes", "hrs": "hours", "hr": "hour", "yrs": "years", "wks": "weeks",
                           "tmw": "tomorrow", "min": "minute", "secs": "seconds", "nxt": "next", "wkend": "weekend",
                           "yest": "yesterday", "mos": "months", "arvo": "afternoon", "morn": "morning",
                           // the dropped g of speech ("this mornin", "sat evenin")
                           "mornin": "morning", "evenin": "evening",
                           // common misspellings in posts and comments
                           "tommorow": "tomorrow", "tommorrow": "tomorrow", "tomorow": "tomorrow", "tmoro": "tomorrow",
                           "febuary": "february", "feburary": "february", "wensday": "wednesday",
                           "wendsday": "wednesday", "thrusday": "thursday", "saterday": "saturday",
                           "ystrday": "yesterday", "yesturday": "yesterday", "yesterdy": "yesterday",
                           "tmrow": "tomorrow", "2nyt": "tonight", "tonyt": "tonight",
                           "tonght": "tonight", "mnth": "month", "mnths": "months"],
        postWeekdays: ["mon": 1, "tue": 2, "tues": 2, "wed": 3, "weds": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5,
                       "sat": 6, "sun": 7],
        postWeekdayHomonyms: ["sat", "sun", "wed"],
        postWeekdayCues: ["on", "this", "next", "last", "till", "til", "until", "by", "every", "from", "since", "before",
                          "after", "thru", "through", "due"],
        postWeekdayStrictCues: ["on", "this", "next", "till", "til", "until", "every"],
        postWeekdayHomonymCues: ["next", "this", "till", "til", "until"],
        postWeekdaysAlone: ["tue", "tues", "thu", "thur", "thurs", "weds", "fri"],
        // (and units glued to a small number: "20min", "2hrs", "45secs")
        numberSuffixWords: ["am", "pm", "min", "mins", "hr", "hrs", "secs", "yrs", "wks", "x", "ish",
                            // a post's age in one letter ("2h ago", "3d", "1w", "6mo")
                            "h", "d", "w", "m", "y", "mo", "mos"],
        holidays: [
            ["christmas"]: "F:12-25", ["christmas", "day"]: "F:12-25", ["christmas", "eve"]: "F:12-24",
            ["boxing", "day"]: "F:12-26", ["new", "year", "'s", "day"]: "F:01-01", ["new", "year", "'s", "eve"]: "F:12-31",
            // (as posts write them, without the apostrophe)
            ["new", "years", "day"]: "F:01-01", ["new", "years", "eve"]: "F:12-31", ["nye"]: "F:12-31",
            ["valentine", "'s", "day"]: "F:02-14", ["st", ".", "patrick", "'s", "day"]: "F:03-17",
            // (British style writes "St" without its full stop)
            ["st", "patrick", "'s", "day"]: "F:03-17", ["st", "george", "'s", "day"]: "F:04-23",
            ["st", ".", "george", "'s", "day"]: "F:04-23", ["st", "andrew", "'s", "day"]: "F:11-30",
            ["st", ".", "andrew", "'s", "day"]: "F:11-30", ["st", "david", "'s", "day"]: "F:03-01",
            ["st", ".", "david", "'s", "day"]: "F:03-01", ["juneteenth"]: "F:06-19",
            ["saint", "patrick", "'s", "day"]: "F:03-17", ["halloween"]: "F:10-31", ["all", "saints", "'", "day"]: "F:11-01",
            ["may", "day"]: "F:05-01", ["the", "festive", "season"]: "F:12", ["the", "holiday", "season"]: "F:12",
            ["the", "festive", "period"]: "F:12",
            ["easter"]: "E:0", ["easter", "sunday"]: "E:0", ["easter", "monday"]: "E:1", ["good", "friday"]: "E:-2",
            ["holy", "thursday"]: "E:-3", ["maundy", "thursday"]: "E:-3", ["palm", "sunday"]: "E:-7",
            ["ash", "wednesday"]: "E:-46", ["pentecost"]: "E:49", ["whit", "sunday"]: "E:49", ["ascension", "day"]: "E:39",
            ["whit", "monday"]: "E:50", ["whitsun"]: "E:49", ["whitsunday"]: "E:49", ["trinity", "sunday"]: "E:56",
            ["shrove", "tuesday"]: "E:-47", ["pancake", "day"]: "E:-47", ["holy", "saturday"]: "E:-1",
            ["all", "souls", "'", "day"]: "F:11-02",
            ["hogmanay"]: "F:12-31", ["st", "stephen", "'s", "day"]: "F:12-26",
            ["thanksgiving"]: "N:11:4:4", ["thanksgiving", "day"]: "N:11:4:4", ["memorial", "day"]: "N:5:1:-1",
            ["labor", "day"]: "N:9:1:1", ["labour", "day"]: "N:9:1:1", ["mother", "'s", "day"]: "N:5:7:2",
            ["father", "'s", "day"]: "N:6:7:3", ["martin", "luther", "king", "day"]: "N:1:1:3",
            ["black", "friday"]: "N:11:4:4:1", ["cyber", "monday"]: "N:11:4:4:4",
            ["presidents", "'", "day"]: "N:2:1:3", ["presidents", "day"]: "N:2:1:3", ["columbus", "day"]: "N:10:1:2",
            ["veterans", "day"]: "F:11-11", ["remembrance", "day"]: "F:11-11", ["armistice", "day"]: "F:11-11",
            ["groundhog", "day"]: "F:02-02", ["earth", "day"]: "F:04-22", ["canada", "day"]: "F:07-01",
            ["bastille", "day"]: "F:07-14", ["anzac", "day"]: "F:04-25", ["guy", "fawkes", "night"]: "F:11-05",
            ["bonfire", "night"]: "F:11-05",
            ["ramadan"]: "I:9:0", ["eid", "al", "-", "fitr"]: "I:10:1", ["eid", "al", "-", "adha"]: "I:12:10",
            ["eid", "ul", "-", "fitr"]: "I:10:1", ["eid", "ul", "-", "adha"]: "I:12:10", ["islamic", "new", "year"]: "I:1:1",
        ],
        holidayNames: [["new", "year"]: "F:01-01", ["new", "year", "'s"]: "F:01-01", ["new", "years"]: "F:01-01"],
        seasonCues: ["the", "this", "last", "next", "early", "late", "mid", "in", "during",
                                   "since", "until", "by", "that", "each", "every", "of", "same"],
        decadeWords: ["twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950,
                                      "sixties": 1960, "seventies": 1970, "eighties": 1980, "nineties": 1990],
        timezones: ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "et", "pt",
                                  "cet", "cest", "jst", "kst", "ist", "msk", "aest"],
        clockHourWords: ["hours", "hrs"],
        nonTriggers: [
        "the", "a", "an", "of", "this", "that", "last", "next", "each", "every", "and", "or", "-", ",", ".", "'s",
        "in", "at", "to", "on", "by", "for", "before", "after", "more", "same", "most", "recent", "end", "long",
        "old", "following", "previous", "current", "latest", "full", "early", "late", "earlier", "later",
        "additional", "half", "corresponding", "comparable", "fiscal", "its", "coming", "first", "second",
        "third", "fourth", "some", "several", "few", "many", "number", "couple", "over", "than", "least",
        "about", "around", "nearly", "almost", "up", "no", "beginning", "start", "middle", "mid", "so",
    ],
        functionWords: [
        "of", "in", "to", "for", "and", "or", "ago", "later", "earlier", "before", "after", "with", "at", "on",
        "by", "from", "than", "as", "the", "a", "an", "that", "this", "since", "until", "when", "while", "but",
        "so", "more", "longer", "is", "was", "were", "are", "has", "had", "will", "would", "be", "into", "of",
        "ahead", "late", "early", "or", "without", "under", "over", "behind", "away", "off", "out", "if", "no", "not",
    ],
        ampmWords: ["a.m.": "am", "am": "am", "a.m": "am", "p.m.": "pm", "pm": "pm", "p.m": "pm"],
        spelledYearStarts: ["nineteen", "eighteen", "twenty", "thousand"],
        notYearPrecedents: ["$", "€", "£", "¥", "#", "no.", "no", "number", "nos.", "us$",
                            // numbered things: "Room 2010", "Resolution 1441", "Flight 1549"
                            "room", "suite", "apartment", "section", "subsection", "paragraph", "chapter", "page", "pages",
                            "route", "highway", "interstate", "exit", "flight", "gate", "platform", "track", "resolution",
                            "model", "version", "episode", "volume", "vol.", "channel", "precinct", "box", "unit", "lot", "item", "code"],
        quarterWords: ["quarter", "quarterly"],
        quarterContextWords: ["quarter", "quarterly", "period"],
        // (only words no report of a company or an economy uses: not "points", "led", "run",
        // "rebound")
        playContextWords: ["touchdown", "touchdowns", "halftime", "quarterback", "assists",
                           "three-pointer", "three-pointers", "pointers", "dunk", "yards", "overtime", "scored"],
        quarterYearLinks: ["and", "full", "year", "the", "fiscal", "annual", "for"],
        monthInYearLinks: ["in"],
        holidayNounFollowers: ["island", "islands", "egg", "eggs", "bunny", "lily", "tree", "trees", "card", "cards",
                               "carol", "carols", "special", "movie", "film", "market", "markets",
                               "lights", "pudding", "turkey", "costume", "costumes", "rising", "offensive",
                               "uprising", "agreement", "accord", "accords", "massacre", "bombing", "bombings",
                               "resolution", "resolutions", "honours", "honors"],
        holidaySeasonGatherings: ["party", "parties", "parade", "parades", "concert", "concerts", "fair", "fairs"],
        holidayDayWords: ["day", "eve", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
        afterDayOfMonth: ["at", "in", "when", "as", "so", "but", "then", "we", "i", "you", "he", "she", "they", "it", "the",
                          // (a finite verb after it: the day is the subject, "the 12th cant come soon enough")
                          "is", "was", "will", "would", "can", "cant", "cannot", "could", "should", "wont", "isnt", "wasnt",
                          // (a spoken aside closes the phrase: "the party is on the 14th tho")
                          "tho", "though", "lol", "lmao", "haha", "btw",
                          // (a limit on the day: "valid thru 12/15 only")
                          "only"],
        // (a prepositional phrase of its event, after a day written as a number: "Sat 9/30
        // from 10-2", "on June 5 for a week"; not after an ordinal, "the 14th for the system")
        afterNumericDayOfMonth: ["from", "for", "on", "with", "after", "before", "until", "till", "starting"],
        lowercaseHomonymMonths: ["august"],
        verbsAfterModal: ["be", "have", "go", "not", "come", "do", "get", "make", "take", "see", "also", "well",
                          "still", "never", "only", "need", "want", "seem", "become", "help", "lead", "cause",
                          "include", "affect", "result", "occur", "happen", "rise", "fall", "change"],
        governingTense: ["since": "past"],
        clauseBreaks: [",", ";", ":", "--", "(", ")", "\"", "which", "who", "that", "when", "while", "but"],
        futureBeforeTo: ["set", "due", "supposed", "poised", "slated", "is", "are", "going", "scheduled", "expected", "planning", "plans",
                         // (a prediction's passive and its adjectives: "is forecast to hit overnight",
                         // "likely to rise on Monday")
                         "forecast", "projected", "predicted", "likely", "unlikely", "bound"],
        // Verbs of commitment and intent: what they commit to is ahead ("promised to
        // rebuild the schools before September"); only forms whose "to" opens an
        // infinitive ("agreed to a ceasefire" is not one; "hoped to" looks back).
        commitmentBeforeTo: ["promised", "promises", "promise", "promising", "pledged", "pledges", "pledge", "pledging",
                             "vowed", "vows", "vow", "vowing", "aims", "aim", "aiming", "intends", "intend", "intending",
                             "hopes", "hoping", "seeks", "seeking", "wants", "threatens", "threatened", "threatening"],
        // (not "would", a strong cue already)
        modalCues: ["may", "might", "can", "could", "should", "must", "ought"],
        modalPerfectMarkers: ["have", "'ve", "of"],
        pastParticipleSuffixes: ["ed", "en", "wn", "ne"],
        presentPerfectAuxiliaries: ["has", "have", "'ve"],
        perfectAdverbs: ["already", "just", "also", "now", "since", "recently", "not", "never", "only"],
        bareVerbSubjects: ["i", "we", "they"],
        singularSubjects: ["he", "she", "it", "who"],
        notPresentForms: ["always", "perhaps", "sometimes", "afterwards", "towards", "besides", "whereas", "its",
                          "his", "hers", "ours", "yours", "theirs", "news", "series", "means", "species", "politics",
                          "economics", "says", "lets", "thanks", "regards"],
        restatementLinks: ["in", "on"],
        memoryVerbs: ["remember", "recall", "miss", "regret", "forget", "recollect"],
        monthSpanPrepositions: ["in", "during", "throughout"],
        bareBe: ["be"],
        dayPlacingPrepositions: ["on"],
        conditionalOpeners: ["if", "unless", "whether", "suppose", "supposing", "lest"],
        pastAuxiliaries: ["was", "were", "had", "got"],
        expectationWords: ["expected", "due", "likely", "unlikely", "set", "poised", "supposed", "meant", "projected",
                           "forecast", "predicted", "anticipated", "intended", "planned", "proposed", "promised",
                           "pledged", "vowed", "hoped", "aimed", "scheduled", "slated", "booked", "penciled",
                           "pencilled", "timetabled", "earmarked", "arranged", "listed", "tipped", "seen", "eyed",
                           "targeted", "foreseen", "envisaged", "envisioned", "rumored", "rumoured"],
        periodEdges: ["end": "END", "start": "START", "beginning": "START", "close": "END"],
        deadlineWords: ["by", "before", "until", "till", "til", "untill", "for"],
        pastAbilityModals: ["could"],
        modalNegations: ["not", "never"],
        abilityModals: ["can"],
        presentBe: ["is", "are", "am", "be", "being", "'s", "'re"],
        verbPrefixes: ["re", "co", "pre", "un", "de", "dis", "mis", "out", "over", "under", "up", "cross", "double"],
        determiners: ["a", "an", "the", "its", "their", "his", "her", "this", "these", "those", "our", "my",
                      "your", "every", "each", "some", "any", "no", "all", "both", "several", "many"],
        referenceWords: [
            ["now"]: "PRESENT_REF", ["more", "recently"]: "PAST_REF", ["currently"]: "PRESENT_REF",
            ["nowadays"]: "PRESENT_REF", ["these", "days"]: "PRESENT_REF", ["at", "present"]: "PRESENT_REF",
            ["recently"]: "PAST_REF", ["lately"]: "PAST_REF", ["the", "future"]: "FUTURE_REF", ["the", "near", "future"]: "FUTURE_REF",
            ["the", "near", "term"]: "FUTURE_REF", ["the", "short", "term"]: "FUTURE_REF",
            ["recent", "years"]: "PAST_REF",
            ["the", "coming", "months"]: "FUTURE_REF", ["coming", "months"]: "FUTURE_REF",
            ["the", "coming", "days"]: "FUTURE_REF", ["coming", "days"]: "FUTURE_REF",
            ["the", "coming", "weeks"]: "FUTURE_REF", ["coming", "weeks"]: "FUTURE_REF",
            ["the", "coming", "years"]: "FUTURE_REF", ["coming", "years"]: "FUTURE_REF",
            ["the", "coming", "quarters"]: "FUTURE_REF", ["coming", "quarters"]: "FUTURE_REF",
            ["future", "quarters"]: "FUTURE_REF", ["future", "years"]: "FUTURE_REF",
            ["recent", "weeks"]: "PAST_REF", ["recent", "days"]: "PAST_REF",
        ],
        eraWords: ["bc": -1, "b.c.": -1, "b.c": -1, "bce": -1, "b.c.e.": -1, "ad": 1, "a.d.": 1, "a.d": 1, "ce": 1, "c.e.": 1],
        context: TimeContextWords(
            shortFullMonths: ["june", "july", "may"],
            modalMonths: ["may"],
            pluralSuffix: "s",
            irregularUnitPlurals: ["millennia"],
            indefiniteArticles: ["a", "an"],
            articles: ["the", "a", "an"],
            definiteArticle: "the",
            reduplicationLinkers: ["after", "by", "to"],
            smallNumberOpeners: ["the", "half"],
            // ("at ten to seven", "until five to nine": the clock read aloud)
            spelledNumberOpeners: ["half", "at", "until", "till", "til", "around", "before", "after"],
            partitive: "of",
            aheadPreposition: "in",
            spanLookBackHeads: ["time", "times"],
            spanLookBackModifiers: ["first", "only", "last"],
            measureUnits: ["percent", "%", "mm", "cm", "km", "millimetres", "millimeters", "centimetres",
                           "centimeters", "metres", "meters", "kilometres", "kilometers", "inches", "inch",
                           "feet", "ft", "miles", "degrees", "points", "kg", "kilograms", "tonnes", "tons",
                           "litres", "liters", "gallons", "barrels", "mph", "kph"],
            // (not "m" or "mi": "£5m a year" is five million)
            lengthUnits: ["mm", "cm", "km", "millimetres", "millimeters", "centimetres", "centimeters", "metres",
                          "meters", "kilometres", "kilometers", "inches", "inch", "feet", "foot", "ft", "miles",
                          "mile", "yards", "yard", "kms", "nautical"],
            partsInGeneral: ["days", "times", "hours"],
            superlativeSuffix: "est",
            soonDegreeWords: ["as", "too", "so", "how"],
            soonPhraseFollowers: ["after", "before", "as", "thereafter", "afterward", "afterwards", "enough"],
            deicticDays: ["today", "yesterday", "tomorrow"],
            gameClockFollowers: [["left"], ["remaining"], ["to", "go"], ["to", "play"], ["gone"], ["into"],
                                 ["before", "the", "end"], ["before", "half", "-", "time"], ["before", "halftime"],
                                 ["before", "the", "break"], ["after", "the", "restart"], ["after", "the", "break"]],
            durationEndAdverbs: ["already", "now", "yet", "again", "too", "either", "anyway", "altogether", "straight"],
            ageWords: ["old", "older", "younger"],
            notPointFollowers: ["of", "ago", "earlier", "later"],
            discourseNow: "now",
            afterDiscourseNow: [",", "for"],
            periodEndFollowers: ["ended", "ending", "through", "to"],
            durationGovernors: ["for", "over", "within", "in", "after", "took", "take", "takes", "lasted", "spent"],
            coupleWords: ["couple"],
            multipliers: ["hundred": 100, "thousand": 1000],
            numberConjunction: "and",
            fractionSymbols: ["½": 0.5, "¼": 0.25, "¾": 0.75],
            possessive: "'s",
            infinitiveMarker: "to",
            pastSuffix: "ed"
        )
    )
}
