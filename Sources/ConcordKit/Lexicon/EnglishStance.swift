// Stance cue words (data). Base forms: the matcher also accepts regular
// inflections ("agree" matches "agreed", "agreeing"). A commitments file can
// extend or replace these lists under `cues:`.

public struct StanceLexicon: Sendable, Equatable {
    /// Cues that report a commitment as made.
    public var confirmed: [String]
    /// Cues that report it only as discussed, hoped for, possible or planned.
    public var hedged: [String]
    /// Cues that negate or refuse it.
    public var contradicted: [String]
    /// Negation particles: they govern what follows them, so after the terms they
    /// decide nothing ("expand cooperation without delay").
    public var negationParticles: [String]
    /// Words that end a clause (besides ; : — ( ) and sentence ends).
    public var clauseBreaks: [String]
    /// Verbs that report a commitment, used to discover commitments.
    public var commitmentVerbs: [String]
    /// Words that refer to the parties together.
    public var partyWords: [String]
    /// Verbs (base forms) and phrases that attribute what a sentence says to a
    /// speaker ("…, Ivanov said", "according to the ministry").
    public var reportingVerbs: [String]
    /// Pronouns that speak for the last named speaker in a run of quotes ("…," he
    /// said, after "…," Altindal said).
    public var speakerPronouns: [String]
    /// Pronouns that name no one, capitalised or not ("Nobody is going to say…").
    public var indefinitePronouns: [String]
    /// Words that open a fronted phrase before a clause's subject ("Under the plan, …").
    public var frontingWords: [String]
    /// Words that may join the words of one name ("Ministry of Defence", "Trinidad and
    /// Tobago", "Kenya's").
    public var nameJoiners: [String]
    /// Words that follow a clause's subject when it acts (auxiliaries and common
    /// verbs besides the cue and reporting verbs; any "-ed" word counts too): a name
    /// followed by anything else is a modifier ("Security cooperation was…") or a
    /// fronted phrase ("Marking the anniversary, …"), not the subject.
    public var subjectVerbs: [String]
    /// Strong commitment verbs: one source reporting one of these is enough for a
    /// discovered row.
    public var strongCommitmentVerbs: [String]
    /// Words that say how a commitment relates the parties, not what it is about
    /// ("deepen cooperation", "strengthen ties", "a framework"): they never group
    /// proposals on their own.
    public var relationWords: [String]
    /// Words that split a sentence's list of commitments into items.
    public var itemSplitters: [String]
    /// Words that end a sentence's list of commitments: the attribution that follows
    /// it ("…, officials said", "President Ruto said after talks with…") and a clause
    /// of contrast or cause ("though no date was given").
    public var itemListEnders: [String] = []
    /// Words after a comma that go on with the object before it ("leaves out the
    /// hardest issues, including the withdrawal of troops"): the verb before the comma
    /// still governs what follows.
    public var elaborationWords: [String] = []
    /// Words that open an embedded question or condition ("not clear whether the plan
    /// had been dropped", "will not say if…"): a negation before one governs the verb
    /// it belongs to, not the terms inside the clause, which are left open.
    public var embeddedClauseOpeners: Set<String> = []
    /// Conjunctions that open a clause of time, cause or concession: a negation or
    /// refusal before one is its own clause's, not the terms' after it ("The match was
    /// abandoned when news of the deaths reached the stands" reports the deaths), and
    /// one after the terms tells of another act ("resolutions on Zaire and Iraq despite
    /// failing to reach accord on a third" do not fail Iraq's).
    public var adverbialClauseOpeners: Set<String> = []
    /// Pronouns that open a relative clause after a noun ("brake hoses that may leak"):
    /// a cue in one tells of that noun, not of the terms before it.
    public var relativeClauseOpeners: Set<String> = []
    /// Those that open one after a comma ("the SUVs, which may crash").
    public var nonRestrictiveRelativeOpeners: Set<String> = []
    /// Conjunctions that open a condition: one after the terms, in their clause, makes
    /// what they tell of hang on it ("will close ticket offices if the union agrees",
    /// "will send troops unless the ceasefire holds"): the act is not reported as done
    /// or decided outright, so the stance is a hedge.
    public var conditionOpeners: Set<String> = []
    /// Phrases that open a condition the same way ("provided that", "on condition that").
    public var conditionPhrases: [String] = []
    /// Words right before a condition opener that make it a concession or a
    /// comparison, which leaves the clause before it standing ("will go ahead even if
    /// the union objects", "acted as if nothing had happened").
    public var concessiveBeforeCondition: Set<String> = []
    /// Determiners that make a noun phrase definite: what a relative clause on one says
    /// is taken as given ("did not spark the wildfire that destroyed 150 homes"), unlike
    /// one on an indefinite noun under a hedge ("could generate a tsunami that strikes").
    public var definiteDeterminers: Set<String> = []
    /// Pronouns that stand for something named elsewhere ("keep them open"): a title
    /// holding one says less than one that names the thing.
    public var referringPronouns: Set<String> = []
    /// Sentence adverbs that link a clause to the text around it ("still", "however",
    /// "meanwhile"): a discovered title neither opens nor ends with one ("Still
    /// advanced however" is "Advanced").
    public var linkingAdverbs: Set<String> = []
    /// Words that join the items of a list ("… and to withdraw…"): a cue after the
    /// terms does not reach past one into the next item.
    public var listJoiners: Set<String> = []
    /// Words that open a clause's subject after a list word ("Talks collapsed and the
    /// union rejected an offer"): a cue there is that clause's, not the terms'.
    public var clauseSubjectOpeners: Set<String> = []
    /// Auxiliaries, and the past's ending, that show a clause has its verb before such
    /// a list word (not "The plan and the budget were rejected", one subject).
    public var auxiliaryVerbs: Set<String> = []
    public var pastSuffix = "ed"
    /// Forms of the verb of withdrawal, and the preposition of what is left: leaving a
    /// place ("withdraw fighters from hospitals") is no refusal; leaving an agreement
    /// (`agreementNouns`) or one of `withdrawableThings` ("withdrew from the talks") is.
    public var withdrawalVerbs: Set<String> = []
    public var departurePreposition = ""
    /// Prepositions that, right after a past participle, show it passive and about
    /// the noun before it: "19 teachers dismissed over a strike", "a plan rejected by
    /// voters", "talks were postponed after a strike": the refusal is the noun's, not
    /// that of the terms the phrase goes on to ("from" is not one: "barred from
    /// joining the alliance" refuses the joining).
    public var passiveAgentPrepositions: Set<String> = []
    /// Words before a backshifted modal that make its clause an embedded question or
    /// a relative ("where it would deploy the troops", "which would cut"), and words
    /// after it that make it a wish ("would like to see it happen"): the modal hedges
    /// there even before a closing reporting clause.
    public var questionWords: Set<String> = []
    public var wishAfterModal: Set<String> = []
    /// Focus words after a negation particle that make it additive, not a denial:
    /// "would not only be relevant to NATO but to all the other organisations".
    public var additiveAfterNegation: Set<String> = []
    /// Articles, and the endings of adjectives between one and a noun: a refusal word
    /// after them ("a definitive halt", "after a lengthy delay") is a noun heading its
    /// own phrase, which refuses what it names ("a delay of the vote"), not the terms
    /// of the clause around it.
    public var articles: Set<String> = []
    public var adjectiveSuffixes: [String] = []
    /// Possessive determiners, which, as an article does, make the word after them a
    /// noun ("its pledge", "their promise"). ("her" is left out: also an object, "help
    /// her launch".)
    public var possessiveDeterminers: Set<String> = []
    /// The ending of a present verb's third person ("the army halts"), which a refusal
    /// word with an adjective-like word before it is read as, not as a noun.
    public var thirdPersonSuffix = ""
    /// Prepositions after such a noun that join it to what it refuses ("a halt to").
    public var nounComplementPrepositions: Set<String> = []
    public var withdrawableThings: Set<String> = []
    /// A modal that, after a past reporting verb in its sentence, is the reported
    /// "will" ("said on Monday that it would buy"): it confirms, not hedges.
    public var backshiftedModals: [String] = []
    /// Past forms of reporting verbs, for `backshiftedModals`.
    public var pastReportingVerbs: [String] = []
    /// Nouns of saying that report what follows "that" as a past reporting verb does
    /// ("the announcement that it would sign", "his pledge that troops would leave"),
    /// for `backshiftedModals` in stance only, when `complementizer` follows them.
    public var reportNouns: [String] = []
    public var complementizer = "that"
    /// Determiners that open an appositive after a comma in a list of verb phrases
    /// ("agreed to withdraw troops from the territory, a key demand"): a noun phrase
    /// that renames the item before it, not an item.
    public var appositiveOpeners: Set<String> = []
    /// The word before an infinitive ("agreed to reopen"): its list's items are verb phrases.
    public var infinitiveMarker = ""
    /// Prepositions that open a time after an object ("launched an inquiry on Thursday
    /// afternoon"): with a weekday or a month after one, or a shift word before a unit
    /// ("signed a deal last week"), the item ends; the time is when, not what. (Not in
    /// a list of verb phrases: "agreed to meet again next month" pledges the time too.)
    public var itemTimePrepositions: Set<String> = ["on", "in", "at", "by", "since", "until", "during", "before", "after", "from"]
    /// The ending of a gerund, which may open a title as its verb ("did not commit to
    /// withdrawing troops" is titled "Withdrawing troops …", not "Troops …"); a "that"
    /// after one opens its complement, not a relative clause ("warning that it may").
    public var gerundSuffix = ""
    /// The ending of an adverb ("still", "now" aside), which may stand between a
    /// subject and its verb ("the deal formally includes").
    public var adverbSuffix = ""
    /// Words that never say what a discovered commitment is about ("work", "step",
    /// "together"), and endings of adverbs and participles that do not either.
    public var nonContentWords: Set<String>
    public var nonContentSuffixes: [String]
    /// Commitment verbs that are auxiliaries ("will"): never a title's first word.
    public var auxiliaryCommitmentVerbs: Set<String>
    /// Nouns that name what the parties agreed ("the deal", "the accord"): a sentence
    /// whose subject is one of them reports its terms, whoever is named.
    public var agreementNouns: Set<String> = []
    /// Verbs (base forms) by which an agreement states its terms ("the deal includes
    /// a pay rise", "the accord gives…", "the treaty provides for…").
    public var agreementTermVerbs: Set<String> = []
    /// Prepositions that front an agreement before the clause stating its terms
    /// ("Under the offer, drivers will receive…").
    public var agreementFrontings: Set<String> = []
    /// Prepositions after an agreement noun that name who it is with ("a deal with
    /// the operators", "an accord between…"), not what it says.
    public var counterpartPrepositions: Set<String> = []
    /// Hedge cues of expectation that, in a clause of comparison ("as expected", "as
    /// widely expected", "as had been hoped"), say the event matched what was
    /// expected: no hedge. Between the conjunction and the cue may stand adverbs in
    /// `adverbSuffix` ("widely"), `auxiliaryVerbs` and `comparisonParticiples` ("been").
    public var comparedExpectations: Set<String> = []
    public var comparisonConjunction = "as"
    public var comparisonParticiples: Set<String> = ["been"]
    /// Forms of "be" between a negation and a passive participle ("will not be sent",
    /// "has not been set up").
    public var passiveBeForms: Set<String> = ["be", "been", "being"]
    /// Every form of "be", before a passive participle ("which was postponed").
    public var beForms: Set<String> = ["be", "been", "being", "am", "is", "are", "was", "were"]
    /// Clause breaks that open no clause before the infinitive marker ("have yet to
    /// agree"; not "but": "no choice but to accept" is one clause, whose "no" is not
    /// the acceptance's).
    public var clauseBreaksNotBeforeInfinitive: Set<String> = ["yet"]
    /// Clause breaks that subordinate: one opening the sentence fronts a clause of
    /// concession up to its comma, whose cues are its own ("Although no date has been
    /// set for a meeting, Han said the North was willing").
    public var concessiveClauseOpeners: Set<String> = ["although", "though", "while", "whereas"]
    /// Predicates that place the terms in what was agreed or call them possible;
    /// negated after the terms' own auxiliary they deny them ("Joint patrols are not
    /// part of the deal", "were not on the agenda", "would not be possible").
    public var inclusionPredicates: [String] = ["part of", "among", "on the agenda", "on the table", "included",
                                                "possible", "feasible"]
    /// Modal verbs among the cues. A modal follows a subject and comes before a verb:
    /// after a determiner or a preposition, or before a number or the sentence's end,
    /// the same word is a month or a noun ("scheduled for May 25", "the May
    /// elections", "last May", "the will of the people"), not a cue.
    public var modalCues: Set<String> = ["may", "might", "will", "must", "can", "could", "would", "should", "shall"]
    public var notBeforeModal: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
        "in", "on", "at", "by", "since", "until", "till", "from", "to", "of", "for", "during", "before", "after",
        "through", "between", "into", "about", "around", "last", "next", "early", "late", "mid",
    ]
}

extension StanceLexicon {
    public static let english = StanceLexicon(
        confirmed: [
            "agree", "announce", "sign", "will", "confirm", "reaffirm", "pledge", "commit", "commitment",
            "launch", "establish", "decide", "decision", "include", "schedule", "approve", "adopt", "conclude",
            "unveil", "upgrade", "elevate", "secure", "yield", "call", "took place", "set up", "reach", "vow",
            "endorse", "finalize", "finalise",
        ],
        hedged: [
            "discuss", "discussion", "explore", "expect", "hope", "hoped", "possible", "possibility", "possibly",
            "could", "may", "might", "would", "consider", "potential", "potentially", "propose", "proposal",
            "suggest", "likely", "reportedly", "report", "aim", "seek", "sought", "applying", "apply", "poised",
            "positioned", "emphasize", "emphasise", "stress", "underscore", "importance", "prominent",
            "prominently", "feature", "focus", "urge", "mull", "weigh", "if", "talk about", "look into",
            "look forward", "intend", "envisage", "envision", "aspire", "want", "wait", "unless", "whether",
            "apparent", "apparently", "perceive", "perceived", "seem", "seemingly", "allegedly", "alleged",
            "purportedly", "supposedly", "must", "appear to", "unlikely", "in principle",
            // (what is still being weighed: "A fund is under consideration"; not
            // "floated", which also founds a party: "he floated the Tamil Maanila Congress")
            "under consideration", "under discussion", "under review", "under negotiation",
            // (the reporting passive passes on what others say or think: "the fund is said
            // to be close", "more than 100 are believed to have died"; and what is still
            // being prepared: "in the works", "on the cards", "being negotiated")
            "said to be", "said to have", "believed to be", "believed to have", "thought to be", "thought to have",
            "understood to be", "understood to have", "rumoured to", "rumored to",
            "on the cards", "in the cards", "in the works", "in the pipeline", "being negotiated", "being finalised",
            "being finalized", "being worked out",
            // (what is worked towards, put forward, to be studied, uncertain or a long way
            // off is not yet agreed: "both sides are working towards a deal", "agreed to
            // study the expansion of defence cooperation"; not "in doubt", whose negation
            // is as common and confirms: "the outcome is not in doubt")
            "work towards", "work toward", "put forward", "to study", "uncertain", "a long way off",
            // (openness to a thing is readiness to consider it: "signalled openness to a cut")
            "openness to",
            // (what has no guarantee or no date set may still come: "There is no guarantee
            // that the fund will be set up", "No date has been set for the cut"; the
            // longer phrase wins over the denial "no")
            "no guarantee", "no date", "no timetable", "no timeline", "no deadline",
            // (a demand is for what has not happened: "demanded his resignation", "the
            // opposition leader demanded early elections"; not "call for", which a plan
            // or joint statement also does of what it commits to: "It also calls for the
            // strengthening of security cooperation")
            "demanded", "demanding",
        ],
        contradicted: [
            "not", "no", "never", "n't", "neither", "nor", "without", "refuse", "reject", "deny", "denied",
            "decline", "fail", "turned away", "turn away", "ruled out", "rule out", "halt", "suspend", "cancel",
            "abandon", "withdraw", "withdrew", "withdrawn", "oppose", "block", "veto", "scrap", "stall",
            "postpone", "delay", "defer", "shelve", "exclude", "left out", "leave out", "dismiss", "put off",
            "on hold", "turn down", "turned down", "freeze", "froze",
            // (what is dropped, passive, is given up: "the fund was dropped from the
            // text", "charges were dropped"; not the active "exports dropped", a fall)
            "was dropped", "were dropped", "been dropped", "be dropped",
            // (the opposites of a place on the agenda, and what a text or meeting lacks:
            // "the fund was taken off the table", "patrols were missing from the statement";
            // not a person's state without the verb, "83 missing from a boat that sank")
            // (and what is derailed, pushed back or put to one side: "talks were derailed
            // by a row", "the vote was pushed back to May"; the passive only for "derailed",
            // as a train "derailed")
            "was derailed", "were derailed", "been derailed", "push back", "put to one side",
            // (talks that break down, a plan that falls through, an offer walked back or
            // backed away from, a plan put on ice: "talks on the cut broke down"; not the
            // bare "on ice", "issues currently on ice", nor the base "break down", which
            // base forms would match in the adjective "broken-down roads")
            "broke down", "breaks down", "fall through", "fell through",
            "falls through", "back away from", "walk back", "walked back", "walks back", "put on ice",
            "off the table", "off the agenda", "on the back burner", "was missing from", "were missing from", "is missing from",
            "are missing from", "was absent", "were absent", "is absent", "are absent",
            // (what an act stops short of, it does not do: "the deal stops short of a ban")
            "stop short of", "stopped short of", "fall short of", "fell short of",
            // (what is yet to happen has not: "have yet to agree"; talks that end without
            // agreement reach none; what remains elusive is not had)
            "yet to", "end without", "ended without", "remain elusive", "remained elusive", "prove elusive", "proved elusive",
            // (negative quantifiers deny the clause: "Nobody was hurt", "none of the
            // passengers were injured")
            "nobody", "nothing", "none",
        ],
        negationParticles: ["not", "no", "never", "n't", "neither", "nor", "without", "nobody", "nothing", "none"],
        clauseBreaks: ["but", "while", "although", "though", "whereas", "however", "yet"],
        commitmentVerbs: [
            "agree", "pledge", "commit", "sign", "announce", "will", "reaffirm", "confirm", "decide", "vow",
            "launch", "establish", "upgrade", "elevate", "promised",
        ],
        partyWords: ["both", "two", "leaders", "sides", "countries", "governments", "nations", "ministers", "they", "we"],
        reportingVerbs: ["say", "said", "tell", "told", "state", "announce", "add", "note", "warn", "stress", "insist", "comment",
                         "claim", "argue", "according to", "quote", "quoted"],
        speakerPronouns: ["he", "she"],
        indefinitePronouns: ["nobody", "somebody", "anybody", "everybody", "everyone", "someone", "anyone", "nothing",
                             "something", "anything", "everything"],
        frontingWords: ["in", "on", "at", "under", "after", "before", "during", "with", "while", "as", "since", "although",
                        "though", "despite", "following", "amid", "for", "by", "to", "from", "when", "once", "if",
                        "meanwhile", "separately", "earlier", "later", "last", "this", "also", "beyond", "additionally",
                        "moreover", "furthermore", "besides"],
        nameJoiners: ["of", "and", "'s", "for", "de", "-"],
        subjectVerbs: ["is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might",
                       "must", "should", "shall", "does", "did", "also", "has", "wants", "plans", "seeks", "says",
                       "insists", "opposes", "rejects", "refuses", "warns", "threatens", "demands", "accuses", "urges",
                       "calls", "made", "took", "sent", "gave", "began", "went", "met", "chose", "sought", "won",
                       "lost", "led", "held", "kept", "set", "put", "cut", "hit", "let", "told", "said"],
        strongCommitmentVerbs: ["agree", "pledge", "commit", "sign", "decide", "vow", "launch", "establish", "promised"],
        relationWords: ["cooperation", "cooperate", "collaboration", "collaborate", "relation", "relations", "relationship",
                        "ties", "tie", "development", "effort", "efforts", "measure", "measures", "area", "areas", "field",
                        "fields", "sector", "sectors", "issue", "issues", "matter", "matters", "framework", "step", "steps",
                        "deepen", "strengthen", "expand", "enhance", "promote", "boost", "advance", "further", "bolster",
                        "foster", "build", "improve", "increase", "broaden", "mutual", "bilateral", "joint", "new", "closer",
                        "close", "various", "particular", "focus", "including", "important", "key", "major", "greater"],
        itemSplitters: ["and", "or", "including", "such", "plus", "with", "while", "well", "besides", "alongside"],
        itemListEnders: ["said", "says", "told", "tells", "according", "added", "noted", "stated", "though", "although",
                         "but", "whereas", "because", "unless", "despite", "yet",
                         // (a relative clause says more of the item before it: "a joint commission,
                         // which will hold its first meeting in June")
                         "which", "who", "whose", "whom"],
        elaborationWords: ["including", "such", "notably", "especially", "particularly", "namely"],
        embeddedClauseOpeners: ["whether", "if", "unless"],
        adverbialClauseOpeners: ["when", "after", "before", "because", "until", "once", "despite"],
        relativeClauseOpeners: ["that", "which", "who", "whose"],
        nonRestrictiveRelativeOpeners: ["which", "who", "whose"],
        conditionOpeners: ["if", "unless"],
        // (and after the terms, a verb or adjective of condition: "the fund hinges on
        // security checks", "is contingent on approval"; not "depends on" or "subject
        // to", which as often tell of reliance or of being under a rule: "Hong Kong depends
        // on confidence", "high earners will be subject to fines")
        conditionPhrases: ["provided that", "providing that", "on condition that", "on the condition that", "hinges on",
                           "hinge on", "hinged on", "contingent on", "contingent upon", "conditional on", "conditional upon"],
        concessiveBeforeCondition: ["even", "as"],
        definiteDeterminers: ["the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"],
        referringPronouns: ["it", "its", "them", "they", "their", "him", "his", "her", "he", "she", "this", "these",
                            "those", "us", "we"],
        linkingAdverbs: ["however", "meanwhile", "still", "nevertheless", "nonetheless", "moreover", "furthermore", "therefore",
                         "thus", "instead", "though", "also", "too", "meantime"],
        listJoiners: ["and", "or"],
        clauseSubjectOpeners: ["the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
                               "his", "her", "its", "their", "our"],
        auxiliaryVerbs: ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
                         "must", "should", "did", "does"],
        withdrawalVerbs: ["withdraw", "withdrawing", "withdraws", "withdrew", "withdrawn"],
        departurePreposition: "from",
        passiveAgentPrepositions: ["over", "by", "for", "after", "amid", "during", "following", "because", "in", "at", "on",
                                   "under", "with", "since"],
        questionWords: ["where", "how", "why", "what", "which", "who", "whom", "when"],
        wishAfterModal: ["like", "love", "prefer", "rather", "welcome"],
        additiveAfterNegation: ["only", "just", "merely", "solely"],
        articles: ["a", "an", "the"],
        adjectiveSuffixes: ["ive", "al", "ful", "ous", "ic", "ary", "less", "ent", "ant", "able", "ible", "y"],
        possessiveDeterminers: ["its", "their", "his", "our", "my", "your"],
        thirdPersonSuffix: "s",
        nounComplementPrepositions: ["of", "to", "in", "on", "for"],
        withdrawableThings: ["talks", "negotiation", "negotiations", "race", "election", "competition", "bid", "process",
                             "alliance", "union", "organisation", "organization", "league", "coalition", "government",
                             "program", "programme", "scheme", "plan", "project", "initiative", "framework", "partnership"],
        backshiftedModals: ["would"],
        pastReportingVerbs: ["said", "told", "announced", "stated", "confirmed", "declared", "added", "pledged", "promised", "agreed"],
        reportNouns: ["announcement", "statement", "pledge", "promise", "assurance", "assurances", "declaration"],
        appositiveOpeners: ["a", "an", "the"],
        infinitiveMarker: "to",
        gerundSuffix: "ing",
        adverbSuffix: "ly",
        nonContentWords: ["work", "act", "back", "make", "take", "move", "step", "use", "way", "range", "areas", "area",
                          "wide", "forward", "together", "closely", "further", "need", "issue", "part", "effort", "new",
                          // (light verbs, words of scheduling and a title: "set up a committee", "due to
                          // begin", "would like to", "later than", "Secretary General")
                          "set", "due", "get", "gets", "got", "like", "ahead", "later", "earlier", "late", "general",
                          // (adjectives that act as modals, "be able to", and shell nouns, "the fact that")
                          "able", "unable", "likely", "unlikely", "willing", "fact", "thing", "things",
                          // Closed classes that never say what a statement is about: adverbs of time,
                          // degree and linking, subordinators, prepositions, quantifiers, indefinite and
                          // reflexive pronouns.
                          "still", "yet", "already", "ever", "never", "always", "often", "sometimes", "soon", "too", "quite",
                          "rather", "almost", "nearly", "however", "therefore", "thus", "hence", "meanwhile", "instead",
                          "otherwise", "indeed", "perhaps", "maybe", "else", "whether", "though", "although", "unless",
                          "whereas", "whilst", "against", "around", "behind", "beyond", "despite", "throughout", "without",
                          "unlike", "except", "besides", "alongside", "amongst", "every", "another", "either", "neither",
                          "many", "much", "few", "fewer", "several", "enough", "whatever", "none", "nothing", "something",
                          "anything", "everything", "someone", "anyone", "everyone", "nobody", "somebody", "everybody",
                          "itself", "themselves", "himself", "herself", "ourselves", "yourself", "myself", "cannot"],
        nonContentSuffixes: ["ly", "ed", "ing"],
        auxiliaryCommitmentVerbs: ["will"],
        agreementNouns: ["agreement", "deal", "accord", "pact", "treaty", "offer", "settlement", "package", "memorandum",
                         "declaration", "communique", "compact", "arrangement", "truce", "ceasefire", "contract"],
        agreementTermVerbs: ["include", "give", "provide", "contain", "grant", "guarantee", "cover", "require", "allow",
                             "set", "call", "offer", "commit", "oblige", "entitle", "foresee", "envisage", "stipulate"],
        agreementFrontings: ["under"],
        counterpartPrepositions: ["with", "between"],
        comparedExpectations: ["expect", "hope", "hoped"]
    )
}

/// English function words, skipped when comparing sentences by content.
public enum EnglishStopwords {
    public static let words: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with",
        "about", "as", "into", "onto", "over", "under", "between", "among", "through", "during", "before", "after",
        "above", "below", "up", "down", "out", "off", "than", "then", "so", "such", "that", "this", "these", "those",
        "it", "its", "they", "them", "their", "we", "our", "us", "you", "your", "he", "him", "his", "she", "her",
        "i", "me", "my", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
        "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "also",
        "both", "each", "other", "more", "most", "very", "which", "who", "whom", "whose", "what", "when", "where",
        "while", "how", "all", "any", "some", "there", "here", "further", "said", "says", "say", "according",
        "new", "two", "one", "well", "including", "include", "includes", "included", "within", "across", "amid",
        "toward", "towards", "upon", "via", "per", "if", "because", "since", "until", "only", "just", "even",
        "now", "again", "same", "own", "s", "t", "n't", "'s", "mr", "ms", "mrs",
    ]
}

/// Words that name events, grouped by kind, for matching the same event across
/// sources; and claim pairs that contradict each other. Data only.
public struct EventLexicon: Sendable {
    /// Event kind → words (base forms) that name it.
    public var events: [String: [String]]
    /// A claim and the counter-claims that contradict it.
    public var claimPairs: [ClaimPair]
    /// Prepositions before a place that says where an event happened ("in Nairobi").
    public var locationPrepositions: Set<String> = ["in", "at", "from"]
    /// Verbs and nouns (base forms) of an event's end: a date that one ties to the event
    /// ("talks that ended in South Africa Tuesday", "at the close of the summit on
    /// Friday") dates its end, which a report of the opening day does not contradict
    /// ("the talks officially opened here Saturday"). Not one glued to a hyphen, an
    /// adjective: "closed-door talks".
    public var endPhaseWords: Set<String> = ["end", "conclude", "conclusion", "close", "finish", "adjourn", "wrap"]
    /// Verbs of an event's start: one between the event word and the date dates the
    /// start, whatever ends it ("ending a strike that began on 20 November").
    public var startPhaseWords: Set<String> = ["begin", "start", "open", "commence"]
    /// How the end's kind is named from the event's: "end of the meeting".
    public var endPhaseKindPrefix = "end of the "
    /// Word forms that look like an event word's but are none: "according" (to a
    /// statement) is no accord.
    public var notEventForms: Set<String> = ["according", "accordingly", "fired", "firing"]
    /// Words before an event word that give it another kind: a strike "on strike",
    /// "general", "hunger", of "workers" or of a trade ("the rail strike", "a nurses'
    /// strike"), or counted in hours or days ("a 24-hour strike") is a stoppage of
    /// work, not an attack ("an air strike", "a missile strike" stay attacks).
    public var kindAfter: [String: (words: Set<String>, kind: String)] = [
        "strike": (["on", "general", "hunger", "national", "nationwide", "labour", "labor", "workers", "worker", "union",
                    "unions", "staff", "employees", "hour", "day", "week", "indefinite", "rolling", "wildcat", "sympathy",
                    "pay", "warning", "token", "port", "dock", "rail", "transport", "teachers", "nurses", "doctors",
                    "miners", "drivers", "pilots"], "strike"),
    ]
    /// Words that, anywhere near an event word, give it another kind when the word
    /// before it does not ("ending a strike that began on 20 November" in a sentence of
    /// "their union"), unless the word before it is one of `unless` ("an air strike").
    /// Only words of the other kind alone: "workers" are also an attack's victims.
    public var kindNear: [String: (words: Set<String>, unless: Set<String>, kind: String)] = [
        "strike": (["union", "unions", "unionised", "unionized", "walkout", "walkouts", "wage", "wages", "picket", "pickets",
                    "picketing", "strikers", "bargaining", "dockers"],
                   ["air", "airstrike", "missile", "drone", "rocket", "artillery", "military", "nuclear", "preemptive",
                    "pre-emptive", "retaliatory", "precision", "lightning", "first", "second", "counter"], "strike"),
        // (an attack by hackers is a breach of a system: "hackers had stolen the records …
        // in an attack discovered on 3 November")
        "attack": (["hackers", "hacker", "hacked", "hacking", "cyber", "ransomware", "malware", "phishing"],
                   ["military", "missile", "drone", "rocket", "terrorist", "terror", "suicide", "knife", "gun", "bomb"], "breach"),
    ]
    /// Verbs that, with the particle after them, name an event of a kind: a court
    /// that "struck down" a law decided, it did not attack; one who "stepped down"
    /// resigned.
    public var kindWithParticle: [String: [String: String]] = [
        "strike": ["down": "decision"], "strikes": ["down": "decision"], "struck": ["down": "decision"],
        "striking": ["down": "decision"],
        // (one who "stepped down" resigned)
        "step": ["down": "resignation"], "steps": ["down": "resignation"], "stepped": ["down": "resignation"],
        "stepping": ["down": "resignation"],
    ]
    /// Words before an event word that make it another thing: "opened fire", "came
    /// under fire", "exchanged fire" are shots or blame, not a blaze.
    public var notEventAfter: [String: Set<String>] = [
        "fire": ["opened", "open", "opens", "opening", "under", "returned", "return", "exchanged", "exchange", "cease",
                 "heavy", "sniper", "gun", "artillery", "rocket", "mortar", "friendly", "hostile", "live", "small-arms"],
        // (a market or a currency, not a swap: "the stock exchange", "foreign exchange")
        "exchange": ["stock", "foreign", "currency", "commodity", "commodities", "futures", "mercantile"],
        "exchanges": ["stock", "foreign", "currency", "commodity", "commodities", "futures", "mercantile"]]
    /// Words that set one event before or after another ("on Sunday, after two weeks
    /// of talks"): an event word beyond one is not the dated event.
    public var sequenceWords: Set<String> = ["after", "before", "since", "following", "until", "till", "ahead"]
    /// Relative pronouns, and the auxiliaries that may follow one: an event word right
    /// after one ("the train that derailed", "a dam which had burst") is the verb of a
    /// relative clause, which a date before the pronoun does not date ("apologised on
    /// Monday to the passengers of the train that derailed").
    public var relativePronouns: Set<String> = ["that", "which", "who", "whose"]
    public var relativeAuxiliaries: Set<String> = ["was", "were", "had", "has", "have", "been", "is", "are"]
    /// The preposition of a passive's agent, the other forms of "be" and "get" a passive
    /// takes, and the ending of manner adverbs: "the miners trapped by a collapse" is a
    /// noun's clause, "were badly hit by the flood" the clause's own verb.
    public var agentPrepositions: Set<String> = ["by"]
    public var passiveAuxiliaries: Set<String> = ["be", "being", "get", "got", "gets", "getting", "am"]
    public var adverbSuffix = "ly"
    /// Times of day a sequence word may take as its object, as part of the date's own
    /// phrase ("struck before dawn on Monday"): no other event stands there.
    public var sequenceTimeObjects: Set<String> = ["dawn", "daybreak", "sunrise", "sunset", "dusk", "nightfall", "midnight",
                                                  "noon", "midday", "daylight", "lunch", "breakfast"]
    /// Verbs that tell that an event happened, whose event is the noun they go with
    /// ("the quake struck on Tuesday", "the explosion occurred at 9 a.m."): the nearest
    /// event noun in the sentence names it; with none, the verb's own kind, if any
    /// ("a missile struck the school": an attack). Only forms that are verbs ("strike
    /// leaders", "a strike" are nouns).
    public var eventCarriers: Set<String> = ["struck", "hit", "occurred", "occurs", "happened", "happens"]
    /// The definite article: a name between it and a common noun qualifies the noun
    /// ("the Richter scale") and names no one.
    public var definiteArticle = "the"
    /// Words that deny the event word one or two words after them ("did not agree on
    /// the tram line on Thursday" dates no agreement).
    public var eventNegations: Set<String> = ["not", "never", "no", "without", "failed", "didn't", "didn\u{2019}t", "cannot",
                                             "won't", "won\u{2019}t", "don't", "don\u{2019}t", "doesn't", "doesn\u{2019}t"]
    /// Nouns of a count that an event noun may qualify ("the death toll", "the
    /// casualty count"): the event noun then names the count, not an event.
    public var countNouns: Set<String> = ["toll", "tolls", "tally", "count", "figure", "figures", "total", "rate"]
    /// Prepositions that attach an event to a count ("the death toll from the cyclone",
    /// "the number of victims of the quake"), and the determiners that may stand between.
    public var countPrepositions: Set<String> = ["from", "of", "in", "for"]
    public var determiners: Set<String> = ["the", "a", "an", "this", "that"]
    /// Verbs that announce, as a report does when they close a sentence after a comma
    /// and their subject ("Iran has decided to halt talks with the EU, the foreign
    /// ministry announced Wednesday."): that date is the report's, not an
    /// announcement's to compare ("announced a recall on Tuesday" is one).
    public var closingReportVerbs: Set<String> = ["announced", "announces", "declared", "declares", "disclosed", "revealed"]
    /// Verbs that report what someone said: a date next to one is the report's.
    public var reportVerbs: Set<String> = ["said", "says", "told", "tells", "reported", "reports", "added", "stated",
                                           "states", "noted", "quoted", "wrote", "confirmed", "insisted", "warned"]
    /// Verbs (base forms) of a reaction to an event: a date next to one is the
    /// reaction's ("Iraq condemned on Thursday the bombings", "Howard on Thursday
    /// condemned the attacks"), as a report's date is the report's.
    public var reactionVerbs: Set<String> = ["condemn", "denounce", "deplore", "mourn", "welcome", "hail", "praise",
                                             "criticise", "criticize", "apologise", "apologize", "blame", "commemorate",
                                             "decry", "lament", "applaud", "salute", "regret", "honor", "honour",
                                             "claim", "visit", "inspect", "survey", "tour"]
    /// Nouns of a reaction that a date may follow ("paid tribute Tuesday to the 105
    /// killed", "paid their respects on Monday").
    /// (and a claim of an attack, made after it: "claimed responsibility on Thursday
    /// for the bombings")
    public var reactionNouns: Set<String> = ["tribute", "tributes", "homage", "condolences", "respects", "responsibility"]
    /// Reporting verbs that take the hearer before the date ("told Xinhua on Saturday",
    /// "told reporters Monday"): the date is still the report's.
    public var hearerReportVerbs: Set<String> = ["told", "tells", "informed", "briefed"]
    /// Words between a reporting verb and its date ("said on Tuesday", "said here
    /// Monday", "told reporters late Friday" is no report's date).
    public var reportDateFillers: Set<String> = ["on", "here", "there", "late", "early"]

    public struct ClaimPair: Sendable {
        public var topic: String
        /// Phrases (word lists, gaps of up to three words allowed) that make the claim.
        public var claim: [[String]]
        /// Words that void the claim when they follow it in the clause ("first … since").
        public var claimUnless: [String]
        public var counter: [[String]]
    }
}

extension EventLexicon {
    public static let english = EventLexicon(
        events: [
            "meeting": ["meet", "met", "meeting", "summit", "talks", "talk"],
            "visit": ["visit", "trip", "tour"],
            "arrival": ["arrive", "arrival", "land"],
            "announcement": ["announce", "announcement", "unveil"],
            "press conference": ["conference", "briefing"],
            "election": ["election", "elect", "vote", "ballot"],
            "attack": ["attack", "bombing", "explosion", "strike", "raid"],
            // (a breach of a system, a ceasefire or a contract: "the breach was discovered
            // on 2 November"; an attack by hackers is one, `kindNear`)
            "breach": ["breach", "cyberattack", "hack", "intrusion"],
            // (of prisoners, hostages, bodies: "swapped 12 prisoners on Thursday")
            "exchange": ["exchange", "swap"],
            // (a stoppage of work; "strike" after the words of `kindAfter`)
            "strike": ["walkout", "stoppage"],
            "death": ["die", "death", "killed", "kill"],
            "launch": ["launch"],
            // (signing and agreeing are one event told two ways: "signed an agreement on
            // Tuesday", "agreed on Monday to expand…")
            "agreement": ["agreement", "deal", "accord", "treaty", "agree", "sign", "signing"],
            "resignation": ["resign", "resignation"],
            // (a candidate's or a side's admission of defeat: "conceded defeat late on Sunday")
            "concession": ["concede", "concession"],
            // (a body's decision, and the change of a level it decides: "cut its deposit
            // rate on Thursday", "a price hike", "the court's ruling on Monday")
            // (a court's judgment of a person is one too: "convicted … on Wednesday and
            // sentenced him", "the conviction of Kessler on Tuesday")
            "decision": ["decision", "decide", "ruling", "verdict", "overturn", "annul", "annulled", "annulment", "uphold", "upheld",
                         "convict", "conviction", "acquit", "acquittal", "sentence", "sentencing"],
            "cut": ["cut", "slash"],
            "hike": ["hike", "raise"],
            "crash": ["crash", "collide", "collision", "derail", "derailment", "capsize", "aground", "grounding", "sinking"],
            "disaster": ["earthquake", "quake", "tremor", "eruption", "erupt", "flood", "flooding", "hurricane", "cyclone",
                         "typhoon", "tornado", "tsunami", "landslide", "mudslide", "avalanche", "wildfire", "blaze", "inferno",
                         "landfall", "collapse", "fire"],
        ],
        claimPairs: [
            ClaimPair(topic: "first meeting",
                      claim: [["first", "meeting"], ["first", "talks"], ["first", "summit"], ["first", "meet"], ["never", "met"]],
                      claimUnless: ["since"],
                      counter: [["met", "previously"], ["met", "before"], ["met", "earlier"], ["previous", "meeting"],
                                ["previously", "met"], ["had", "met"], ["have", "met"], ["met", "again"], ["last", "met"]]),
            ClaimPair(topic: "first visit",
                      claim: [["first", "visit"], ["first", "trip"]],
                      claimUnless: ["since"],
                      counter: [["visited", "before"], ["previous", "visit"], ["visited", "previously"], ["last", "visit"]]),
        ]
    )
}

/// Near-synonyms that news reports use for one another when they retell the same
/// statement ("collaboration on defense" / "defense cooperation", "stressed" /
/// "underscored"): the compare view pairs sentences through them. Each group is read
/// as one word. Data only; a word belongs to one group.
public enum EnglishParaphrases {
    public static let groups: [[String]] = [
        ["cooperation", "collaboration", "partnership", "cooperate", "collaborate"],
        ["agree", "pledge", "vow", "commit", "promise", "undertake"],
        ["expand", "strengthen", "deepen", "boost", "bolster", "enhance", "broaden", "increase", "step"],
        ["emphasize", "emphasise", "stress", "underscore", "underline", "highlight"],
        ["say", "state", "tell", "remark"],
        ["important", "key", "crucial", "vital", "essential", "significant"],
        ["meeting", "summit", "talks", "meet"],
        ["leader", "head"],
        ["defense", "defence", "military"],
        ["economy", "economic", "trade", "commerce", "commercial"],
        ["discuss", "address", "explore", "examine"],
        ["plan", "initiative", "program", "programme", "project", "scheme"],
        ["visit", "trip", "tour"],
        ["country", "nation", "state"],
        ["announce", "unveil", "declare", "reveal"],
        ["goal", "aim", "objective", "target"],
        ["concern", "worry", "fear"],
        ["support", "back", "endorse"],
        ["threat", "risk", "danger"],
        ["kill", "die", "dead", "death"],
        ["begin", "start", "launch", "open"],
        ["end", "finish", "conclude", "close"],
        ["buy", "purchase", "acquire"],
        ["hire", "recruit", "employ"],
        ["rise", "climb", "gain", "grow"],
        ["fall", "drop", "decline", "slide", "sink"],
    ]
}
