// How English reports what happened to whom (data for Analysis/FactDiscovery.swift).

/// The words fact discovery reads a clause's predicate, its patient and its
/// subject with: "About 3,000 residents were evacuated", "the fire destroyed 127
/// homes", "a tunnel collapsed".
public struct FactLexicon: Sendable {
    /// Forms of "be" (and "get") that make a participle after them passive ("were
    /// evacuated", "got hurt").
    public var passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "am", "get", "gets",
                                                  "got", "getting",
                                                  // (copulas with a participle: "Schools will stay shut", "remained closed")
                                                  "stay", "stays", "stayed", "remain", "remains", "remained"]
    /// Auxiliaries and modals that may stand before them or before a past participle
    /// ("have been destroyed", "has destroyed", "may have been exposed").
    public var tenseAuxiliaries: Set<String> = ["have", "has", "had", "having", "will", "would", "may", "might", "could",
                                                "can", "should", "must", "shall"]
    /// Words that may stand between an auxiliary and its participle besides -ly adverbs
    /// ("were not affected", "had already been evacuated").
    public var interveners: Set<String> = ["not", "n't", "never", "also", "already", "still", "since", "just", "now",
                                           "soon", "all", "both", "reportedly", "allegedly"]
    public var adverbSuffix = "ly"
    /// The auxiliaries of the perfect: a past participle after one is active ("has
    /// destroyed 127 homes").
    public var perfectAuxiliaries: Set<String> = ["have", "has", "had", "having"]
    /// Pronouns that may be a simple past's subject ("they fled").
    public var subjectPronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you"]
    /// Pronouns that stand for one person named just before ("the driver had been
    /// speeding. He was detained"), and the nouns of one person they may stand for
    /// besides the singulars of `NumberLexicon.personNouns` (roles an incident's
    /// reports name; never a name, which is who acts, not what happened to someone).
    /// Each pronoun with the nouns of the other sex it never stands for ("a 12-year-old
    /// girl. When he was arrested": he is not the girl).
    public var personPronouns: [String: Set<String>] = [
        "he": ["woman", "girl", "mother", "wife", "daughter", "sister", "widow", "grandmother", "policewoman"],
        "she": ["man", "boy", "father", "husband", "son", "brother", "widower", "grandfather", "gunman", "policeman"],
    ]
    public var singularPersonNouns: Set<String> = ["man", "woman", "boy", "girl", "child", "teenager", "driver", "pilot",
                                                    "captain", "suspect", "gunman", "attacker", "motorist", "cyclist",
                                                    "pedestrian", "journalist", "reporter", "photographer", "owner",
                                                    "operator", "guard", "conductor", "skipper", "mother", "father",
                                                    "wife", "husband", "daughter", "son", "sister", "brother", "widow",
                                                    "widower", "grandmother", "grandfather", "policeman", "policewoman",
                                                    "manager", "director", "supervisor", "foreman", "engineer", "technician",
                                                    "employee", "official", "executive", "chairman", "headteacher", "landlord"]
    /// How many sentences back a pronoun's person may be named (its own and the one before).
    public var personPronounReach: Int = 1
    /// The regular past ending, and the words that end in it without being a past
    /// ("hundred", "need", "speed").
    public var pastSuffix = "ed"
    public var notPastForms: Set<String> = ["hundred", "indeed", "need", "speed", "seed", "feed", "breed", "greed",
                                            "creed", "deed", "weed", "proceed", "exceed", "succeed", "bleed", "heed",
                                            "steed", "sacred", "naked", "wicked", "rugged", "kindred", "shred", "red",
                                            "bed", "wed", "bred", "embed", "shed", "sled", "allied", "aged", "beloved",
                                            "crooked", "learned", "ragged", "wretched", "dogged", "jagged", "hatred",
                                            "infrared", "unprecedented", "unexpected", "unidentified", "unnamed",
                                            "undisclosed", "unspecified", "unprovoked", "unarmed", "unconfirmed"]
    /// The gerund's ending: a verb before a gerund is aspectual ("began returning").
    public var gerundSuffix = "ing"
    /// The auxiliaries of the progressive ("is recalling", "were evacuating").
    public var progressiveAuxiliaries: Set<String> = ["is", "are", "was", "were", "am"]
    /// The copula's finite forms, for a state told of a subject with one adjective
    /// ("The decision was unanimous", "the strike was illegal").
    public var copulas: Set<String> = ["is", "are", "was", "were"]
    /// Words that may close a copular clause after its adjective ("unanimous and final").
    public var copularClauseClosers: Set<String> = ["and", "but"]
    /// A plural noun's ending, and the endings of singular nouns that share it
    /// ("glass", "bus", "crisis", "athletics"): after a plural an -ing form is a
    /// clause, not the head of a compound ("employees working on the track").
    public var pluralSuffix = "s"
    public var singularEndings: [String] = ["ss", "us", "is", "ics", "news"]
    /// Words that open both a complement and a phrase ("were ordered to leave", "were
    /// moved to the shelters"; "was described as", "were evacuated as a precaution"):
    /// before a determiner or a number they open the phrase.
    public var complementOrPhrase: Set<String> = ["to", "as"]
    /// Openers of a complement that may open a clause of time or cause instead, when a
    /// subject and its verb follow ("were evacuated as flames spread"; not "was
    /// described as dangerous").
    public var complementOrClause: Set<String> = ["as"]
    /// Pronouns that name no one: never a fact's patient ("Nobody was evacuated").
    public var nonPatients: Set<String> = ["nobody", "everybody", "somebody", "anybody", "everyone", "someone",
                                           "anyone", "nothing", "something", "anything", "everything", "none"]
    /// Past participles not written with -ed ("stolen", "hurt", "swept").
    public var irregularParticiples: Set<String> = [
        "arisen", "beaten", "bitten", "blown", "broken", "brought", "built", "burnt", "bought", "caught", "chosen",
        "cut", "done", "drawn", "driven", "drunk", "dug", "eaten", "fallen", "fled", "flown", "forgiven", "forgotten",
        "frozen", "fought", "ground", "grown", "hidden", "hit", "hung", "hurt", "kept", "knocked", "laid", "led",
        "lent", "lit", "lost", "overrun", "overtaken", "overthrown", "paid", "rebuilt", "ridden", "risen", "run",
        "sent", "shaken", "shot", "shut", "slain", "sold", "sought", "spent", "split", "spread", "stolen", "struck",
        "stricken", "stuck", "stung", "sunk", "sunken", "swept", "swollen", "thrown", "torn", "undertaken", "upheld",
        "withdrawn", "woken", "won", "worn", "wounded", "written", "bled", "fed", "bound", "wound", "dealt", "slid",
        "sprung", "spun", "trodden", "beset", "bent", "burst", "quit"]
    /// Verbs of saying that perform an act on the noun phrase after them ("declared a
    /// state of emergency", "a curfew was proclaimed"), as no other report does; before
    /// a clause or a person they report ("declared that…", "declared him fit").
    public var performativeVerbs: Set<String> = ["declare", "declared", "proclaim", "proclaimed"]
    /// The words that open the noun phrase such a verb acts on.
    public var performativeObjectOpeners: Set<String> = ["a", "an", "the"]
    /// Verbs that carry no fact of their own: they say, think, expect, name, locate or
    /// take part ("is expected to", "was held", "were told", "is based"), written as the
    /// base form or, when irregular, as the participle.
    public var lightVerbs: Set<String> = [
        "say", "said", "tell", "told", "ask", "call", "name", "know", "known", "see", "seen", "make", "made", "give",
        "given", "take", "taken", "hold", "held", "use", "base", "set", "put", "get", "got", "gotten", "do", "done",
        "consider", "believe", "think", "thought", "report", "quote", "schedule", "plan", "allow", "require", "need",
        "suppose", "describe", "show", "shown", "include", "involve", "concern", "relate", "locate", "situate", "age",
        "born", "borne", "list", "rank", "own", "follow", "accompany", "join", "want", "like", "seem", "appear",
        "become", "remain", "keep", "kept", "leave", "left", "let", "mean", "meant", "try", "help", "expect",
        "estimate", "add", "note", "warn", "claim", "cite", "refer", "mention", "invite", "urge", "design",
        "intend", "prepare", "compare", "link", "connect", "associate", "accuse", "charge", "suspect", "aim",
        "interest", "worry", "please", "surprise", "tire", "qualify", "equip", "dub", "title", "label",
        "term", "entitle", "attend", "mark", "feature", "star", "post", "place", "pose", "face", "hope", "fear",
        "publish", "update", "write", "written", "photograph", "picture", "film", "record", "speak", "spoken",
        // (irregular pasts of the verbs above: "took responsibility", "gave a speech")
        "took", "gave", "came", "went", "saw", "became", "wrote", "spoke", "meant", "thought", "kept"]
    /// Words after a predicate that make it an auxiliary of what follows ("were ordered
    /// to leave", "was told that", "is described as"): its clause's fact is elsewhere.
    public var complementOpeners: Set<String> = ["to", "that", "as", "whether", "if"]
    /// Words between a verb and its object's head that do not head it: determiners,
    /// possessives and the words that approximate a count ("destroyed about 150
    /// homes", "stolen the personal details").
    public var objectFillers: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this",
                                             "that", "these", "those", "about", "some", "around", "nearly", "almost",
                                             "another", "several", "many", "all", "roughly", "approximately",
                                             "estimated", "just", "only", "dozens", "hundreds", "thousands", "millions",
                                             // (after a count: "killing two other people", "two additional crew")
                                             "other", "additional"]
    /// Prepositions and adverbs of time or place that end a verb's object before it
    /// starts ("derailed near the village", "derailed late on Monday").
    /// Endings of manner adverbs, which end an object as `objectStoppers` do
    /// ("approved the sale unanimously", "destroyed the building completely"): only
    /// endings no common noun has ("supply", "family", "rally", "assembly" keep theirs).
    public var adverbEndings: [String] = ["ously", "ively", "ently", "antly", "fully", "ically", "edly", "ately", "ingly",
                                          "lessly", "ially", "ckly", "etely", "ntially", "arily"]
    public var objectStoppers: Set<String> = ["near", "nearby", "late", "early", "outside", "inside", "behind", "beside",
                                              "beyond", "along", "against", "despite", "past", "there", "overnight",
                                              "yesterday", "today", "tonight", "again", "once", "twice", "ago", "later",
                                              "earlier", "soon", "instead", "too", "alongside", "throughout", "amid",
                                              "like", "unlike", "via", "per", "toward", "towards", "within", "without"]
    /// Words that join a participial clause to the clause before it (", killing nine
    /// people and injuring 200"): its object is what the event did.
    public var participialJoiners: Set<String> = [",", "and"]
    /// Approximators of more than one word, skipped before an object's count
    /// ("destroyed more than 40 homes", "burned at least 200 hectares"); and words
    /// that approximate only before a number ("over 200 homes", not "rolled over").
    public var objectApproximators: [[String]] = [["more", "than"], ["at", "least"], ["up", "to"], ["fewer", "than"],
                                                  ["less", "than"], ["as", "many", "as"], ["upwards", "of"]]
    public var numberApproximators: Set<String> = ["over", "under", "almost", "nearly"]
    /// Words after a count that stand for the noun counted before ("killing two workers
    /// and injuring five others", "five more were injured").
    public var elidedNounWords: Set<String> = ["others", "more"]
    /// Nouns that are a count by themselves ("dozens injured", "hundreds were evacuated").
    public var countNouns: Set<String> = ["dozens", "scores", "hundreds", "thousands", "millions"]
    /// Words that join a verb to the one before it with the same subject ("killed 11
    /// supporters and injured 43").
    public var verbConjunctions: Set<String> = ["and"]
    /// Adverbs of place and direction that complete a verb ("ran aground", "were
    /// swept away", "broke out"): part of the predicate, never its patient.
    public var verbParticles: Set<String> = ["aground", "ashore", "away", "apart", "adrift", "afloat", "overboard",
                                             "underground", "out", "off", "down", "up", "back", "over", "home",
                                             "abroad", "together", "open", "loose",
                                             // (an adjective that completes the verb: "tested positive")
                                             "positive", "negative", "dead", "alive", "missing", "unconscious"]
    /// Prepositions inside a subject's noun phrase ("Services on the route were
    /// suspended", "The personal data of 2.1 million customers was stolen"): its head
    /// is the word before the first of them.
    public var nounPhrasePrepositions: Set<String> = ["of", "on", "in", "at", "from", "for", "with", "between", "near",
                                                      "across", "along", "inside", "outside", "under", "aboard"]
    /// Words that may stand inside a subject's noun phrase besides content words and
    /// numbers.
    public var nounPhraseWords: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "these",
                                               "those", "and"]
    /// The head of "N of X" when it counts or measures X: the fact is about X
    /// ("Hundreds of homes were flooded", "part of a tunnel collapsed").
    public var partitiveHeads: Set<String> = ["some", "many", "most", "all", "none", "part", "parts", "number", "total",
                                              "majority", "minority", "rest", "half", "dozens", "hundreds", "thousands",
                                              "millions", "scores", "tens", "each", "several", "few", "one", "two",
                                              "three", "four", "five", "six", "seven", "eight", "nine", "ten", "lot",
                                              "lots", "dozen", "hundred", "thousand", "million", "billion", "percent",
                                              "cent", "share", "proportion", "bulk", "remainder", "handful", "group"]
    public var partitive = "of"
    /// Relative pronouns: the subject of a verb after one is the noun before it ("The
    /// fire, which started on Sunday").
    public var relativePronouns: Set<String> = ["which", "who", "that"]
    /// Prepositions of a time phrase that may stand between a noun and its relative
    /// clause ("a ferry on Sunday that ran aground").
    public var timePrepositions: Set<String> = ["on", "in", "at", "since", "during", "last", "this"]
    /// Words that qualify a time between a subject and its verb ("Police late Sunday
    /// arrested", "The firm earlier this week said").
    public var timeAdjunctModifiers: Set<String> = ["late", "early", "earlier", "later"]
    /// Verbs that report one fact in other words: a death, an injury, an arrest. Each
    /// set is one row; its first word names it. (A phrasal verb is written with its
    /// particle: "stepped down".)
    public var synonyms: [[String]] = [["injured", "hurt", "wounded"], ["arrested", "detained"], ["died", "killed"],
                                       ["closed", "shut"], ["rescued", "saved"], ["freed", "released"],
                                       ["exchanged", "swapped"], ["resigned", "quit", "stepped down"],
                                       // (a level or an amount moved down or up: "cut its forecast",
                                       // "lowered rates", "raised prices")
                                       ["cut", "lowered", "reduced", "slashed", "trimmed"],
                                       ["raised", "increased", "hiked"]]
    /// The nouns that name those events, matched beside the verbs a row's sources
    /// write: "No deaths have been reported" denies a death, "led to 47 arrests"
    /// reports the arrests (the set's index in `synonyms` → its nouns).
    public var eventNouns: [[String]] = [["injuries", "injury"], ["arrests", "arrest"], ["deaths", "death", "dead"]]
    /// Nouns that name an event by its verb, with that verb's past: "forced the
    /// evacuation of 12,000 residents" tells of what "12,000 residents were evacuated"
    /// does, and the phrase after "of" (`partitive`) is the patient ("the arrest of
    /// three men", "the destruction of 340 homes"). Such a report joins a fact that
    /// some source tells with a verb; nouns alone make no row ("demanded the release
    /// of the hostages" reports no release). Listed, not derived: "station" is no
    /// "stated", "relation" no "related".
    public var eventNominals: [String: String] = [
        "evacuation": "evacuated", "evacuations": "evacuated", "destruction": "destroyed", "arrest": "arrested",
        "arrests": "arrested", "release": "released", "freeing": "freed", "removal": "removed", "closure": "closed",
        "shutdown": "shut", "cancellation": "cancelled", "suspension": "suspended", "resignation": "resigned",
        "dismissal": "dismissed", "sacking": "sacked", "election": "elected", "approval": "approved",
        "rejection": "rejected", "capture": "captured", "seizure": "seized", "killing": "killed", "killings": "killed",
        "death": "died", "deaths": "died", "collapse": "collapsed", "rescue": "rescued", "recall": "recalled",
        "postponement": "postponed", "expulsion": "expelled", "deportation": "deported", "detention": "detained",
        "execution": "executed", "assassination": "assassinated", "abduction": "abducted", "kidnapping": "kidnapped",
        "withdrawal": "withdrawn", "acquisition": "acquired", "sale": "sold", "purchase": "purchased",
        "appointment": "appointed", "nomination": "nominated", "conviction": "convicted", "acquittal": "acquitted",
        "imposition": "imposed", "extension": "extended", "reduction": "reduced", "demolition": "demolished",
        "restoration": "restored", "reopening": "reopened", "sinking": "sunk", "bombing": "bombed",
        "invasion": "invaded", "annexation": "annexed", "ratification": "ratified", "signing": "signed",
        "impeachment": "impeached", "indictment": "indicted", "exchange": "exchanged", "swap": "swapped",
        "dissolution": "dissolved", "devaluation": "devalued", "nationalisation": "nationalised",
        "nationalization": "nationalized", "privatisation": "privatised", "privatization": "privatized",
    ]
    /// Nouns that name one settled thing, a deal, in other words: a predicate told of
    /// "the deal" in one source and "the agreement", "the swap" or "the takeover" in
    /// another is one fact ("a deal mediated by Qatar", "the exchange, which Qatar
    /// mediated"). (Not "talks" or "ceasefire": talks that collapsed and a truce that
    /// collapsed are two facts.)
    public var dealNouns: Set<String> = ["deal", "deals", "agreement", "agreements", "accord", "accords", "pact", "pacts",
                                         "treaty", "treaties", "settlement", "arrangement", "exchange", "swap", "swaps",
                                         // (a deal of business: "the board approved the takeover", "… the sale")
                                         "takeover", "merger", "acquisition", "sale", "purchase", "buyout"]
    /// Verbs without an object whose subject undergoes the event, not acts: a name as
    /// their subject is the fact's patient ("Horvath resigned", "the general died"),
    /// as a passive's subject is.
    public var undergoerVerbs: [String] = ["resigned", "quit", "stepped down", "died", "retired", "fled", "escaped",
                                           "surrendered", "disappeared", "defected", "abdicated", "collapsed"]
    /// Verbs whose object undergoes the event: a name as their object (or after "of"
    /// their noun, "the conviction of Ulrich Kessler") is the fact's patient, not a
    /// party acting ("convicted former minister Ulrich Kessler", "appointed Lena
    /// Brandt"). Other verbs' named objects stay parties ("agreed to buy Pettersen Foods").
    public var patientVerbs: [String] = ["arrested", "convicted", "sentenced", "jailed", "charged", "indicted", "acquitted",
                                         "appointed", "elected", "dismissed", "fired", "sacked", "killed", "released", "freed",
                                         "detained", "extradited", "expelled", "deported", "kidnapped", "pardoned", "nominated",
                                         "impeached", "ousted", "executed", "suspended", "injured", "wounded", "rescued"]
    /// The preposition of a passive's agent: a participle right after a noun and
    /// before it qualifies that noun ("in a deal mediated by Qatar", "prisoners held
    /// by rebels"), the nearest, whatever phrase the noun stands in.
    public var agentPreposition = "by"
    /// A fact reported by at least this many sources is proposed.
    public var minSources = 2
    /// A denial of a fact: a plain verb after one of `denialAuxiliaries` and one of
    /// `denialNegations` ("The group did not raise its fuel surcharge"). It counts
    /// as a source that tells of the fact (the matrix reads it as a contradiction),
    /// grouped under the verb's regular past (`pastSuffix`, or the `pastAfterE` of a
    /// verb in -e: "raise" → "raised").
    public var denialAuxiliaries: Set<String> = ["did", "does", "do"]
    /// An act announced ahead: a plain verb with an object after one of these ("Norvik
    /// said it would cut about 800 jobs", "will close three plants"). It counts as a
    /// source that tells of the act (the matrix reads the modal's stance), grouped
    /// under the verb's past, as a denial is.
    public var futureAuxiliaries: Set<String> = ["will", "would", "shall", "'ll"]
    /// A fact told as possible: a plain verb after one of these ("chlorine could leak",
    /// "the dam may collapse"). Like an act announced ahead it counts as a source that
    /// tells of the fact (the matrix reads it as hedged); its patient is the object,
    /// else the subject before the modal. Not "can" or "must", which tell of ability
    /// and duty ("residents can return").
    public var possibilityModals: Set<String> = ["could", "may", "might"]
    public var denialNegations: Set<String> = ["not", "n't", "never"]
    public var pastAfterE = "d"
    public var silentEnding = "e"
    /// A verb ending in a consonant and `yEnding` takes `pastAfterY` ("try" → "tried",
    /// "deny" → "denied"; "play" → "played").
    public var yEnding = "y"
    public var pastAfterY = "ied"
    /// A verb of one syllable that ends in one vowel and one consonant doubles the
    /// consonant before the past ending ("ban" → "banned", "stop" → "stopped"), not
    /// one of `undoubledFinals` ("fix" → "fixed", "show" → "showed"); so do the verbs of
    /// `finalStressVerbs`, longer verbs stressed on the last syllable ("commit" →
    /// "committed"; "visit" → "visited").
    public var vowelLetters: Set<Character> = ["a", "e", "i", "o", "u"]
    public var undoubledFinals: Set<Character> = ["w", "x", "y"]
    public var finalStressVerbs: Set<String> = [
        "admit", "commit", "submit", "permit", "omit", "emit", "transmit", "remit", "acquit", "refer", "prefer",
        "confer", "defer", "deter", "infer", "transfer", "occur", "recur", "incur", "concur", "control", "patrol",
        "compel", "expel", "propel", "repel", "dispel", "rebel", "regret", "equip", "abet", "rebut", "allot",
        "embed", "outbid", "overstep", "handicap", "kidnap"]
    /// The past participles of irregular verbs, by base: a denial or an act announced
    /// ahead ("did not send troops", "will take the town") is told under the form the
    /// reports of the fact write ("troops were sent"), not under a regular "-ed".
    public var irregularPastParticiples: [String: String] = [
        "arise": "arisen", "awake": "awoken", "bear": "borne", "beat": "beaten", "become": "become",
        "begin": "begun", "bend": "bent", "bet": "bet", "bid": "bid", "bind": "bound", "bite": "bitten",
        "bleed": "bled", "blow": "blown", "break": "broken", "breed": "bred", "bring": "brought",
        "broadcast": "broadcast", "build": "built", "burst": "burst", "buy": "bought", "cast": "cast",
        "catch": "caught", "choose": "chosen", "cling": "clung", "come": "come", "cost": "cost", "creep": "crept",
        "cut": "cut", "deal": "dealt", "dig": "dug", "do": "done", "draw": "drawn", "drink": "drunk",
        "drive": "driven", "eat": "eaten", "fall": "fallen", "feed": "fed", "feel": "felt", "fight": "fought",
        "find": "found", "flee": "fled", "fling": "flung", "fly": "flown", "forbid": "forbidden",
        "forecast": "forecast", "foresee": "foreseen", "forget": "forgotten", "forgive": "forgiven",
        "freeze": "frozen", "get": "got", "give": "given", "go": "gone", "grind": "ground", "grow": "grown",
        "hang": "hung", "have": "had", "hear": "heard", "hide": "hidden", "hit": "hit", "hold": "held",
        "hurt": "hurt", "keep": "kept", "kneel": "knelt", "know": "known", "lay": "laid", "lead": "led",
        "leave": "left", "lend": "lent", "let": "let", "light": "lit", "lose": "lost", "make": "made",
        "mean": "meant", "meet": "met", "mislead": "misled", "mistake": "mistaken", "overcome": "overcome",
        "overrun": "overrun", "oversee": "overseen", "overtake": "overtaken", "overthrow": "overthrown",
        "pay": "paid", "put": "put", "quit": "quit", "read": "read", "rebuild": "rebuilt", "repay": "repaid",
        "retake": "retaken", "ride": "ridden", "ring": "rung", "rise": "risen", "run": "run", "say": "said",
        "see": "seen", "seek": "sought", "sell": "sold", "send": "sent", "set": "set", "shake": "shaken",
        "shed": "shed", "shine": "shone", "shoot": "shot", "show": "shown", "shrink": "shrunk", "shut": "shut",
        "sing": "sung", "sink": "sunk", "sit": "sat", "slay": "slain", "sleep": "slept", "slide": "slid",
        "speak": "spoken", "speed": "sped", "spend": "spent", "spin": "spun", "split": "split",
        "spread": "spread", "spring": "sprung", "stand": "stood", "steal": "stolen", "stick": "stuck",
        "sting": "stung", "strike": "struck", "swear": "sworn", "sweep": "swept", "swim": "swum",
        "swing": "swung", "take": "taken", "teach": "taught", "tear": "torn", "tell": "told", "think": "thought",
        "throw": "thrown", "thrust": "thrust", "tread": "trodden", "undergo": "undergone",
        "understand": "understood", "undertake": "undertaken", "upset": "upset", "uphold": "upheld",
        "wake": "woken", "wear": "worn", "weave": "woven", "weep": "wept", "win": "won", "withdraw": "withdrawn",
        "withhold": "withheld", "withstand": "withstood", "write": "written"]

    public static let english = FactLexicon()
}
