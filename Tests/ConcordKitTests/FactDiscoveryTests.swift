@testable import ConcordKit
import Foundation
import XCTest

/// Discovery of the facts several reports of one event give (what happened to whom),
/// the rows of an event's matrix when its sources report no agreement or pledge.
final class FactDiscoveryTests: XCTestCase {
    private func facts(_ sentences: [String], oneArticle: Bool = false) -> [FactFinder.Item] {
        var finder = FactFinder(excluded: Set(StanceLexicon.english.commitmentVerbs + StanceLexicon.english.reportingVerbs),
                                timeWords: Set(TimeLexicon.english.weekdays.keys).union(TimeLexicon.english.months.keys)
                                    .union(TimeLexicon.english.shifts.keys).union(TimeLexicon.english.units.keys))
        let vocabulary = Vocabulary()
        for (i, s) in sentences.enumerated() {
            let scalars = Array(s.unicodeScalars)
            let sentence = IndexedSentence(scalars, Span(0, scalars.count), vocabulary: vocabulary)
            let tokens = sentence.tokens
            finder.scan(tokens, id: { sentence.tokenId($0) }, article: oneArticle ? 0 : i, capitalized: { k in k > 0 && isUpper(scalars[tokens[k].start]) })
        }
        return finder.items
    }

    private func pairs(_ sentence: String) -> [String] {
        facts([sentence]).map { "\($0.theme ?? "-") \($0.predicate)" }
    }

    /// A name as the object of a verb whose object undergoes the event (`patientVerbs`),
    /// or after "of" its noun, is the fact's patient, also after a title; other verbs'
    /// named objects stay parties, who act.
    func testANamedObjectOfAPatientVerbIsThePatient() {
        XCTAssertEqual(pairs("A court convicted former transport minister Ulrich Kessler of fraud on Wednesday."), ["kessler convicted"])
        XCTAssertEqual(pairs("The conviction of Ulrich Kessler has split the coalition."), ["kessler conviction", "coalition split"])
        XCTAssertEqual(pairs("The premier appointed Lena Brandt on Friday."), ["brandt appointed"])
        XCTAssertEqual(pairs("Rebels attacked Kessler on Friday."), ["- attacked"])
    }

    /// The patient of a passive is its subject's head; of an active verb, its object's
    /// head; of a verb with no object, its subject.
    func testAFactsPatientIsReadFromTheClause() {
        XCTAssertEqual(pairs("About 3,000 residents were evacuated on Tuesday."), ["residents evacuated"])
        XCTAssertEqual(pairs("The storm has destroyed more than 4,200 homes in the valley."), ["homes destroyed"])
        XCTAssertEqual(pairs("A gas tank exploded at the plant."), ["tank exploded"])
        XCTAssertEqual(pairs("Hundreds of homes were flooded."), ["homes flooded"], "a count of homes is about homes")
        XCTAssertEqual(pairs("The personal data of 2 million customers was stolen."), ["data stolen"], "the head before 'of'")
        XCTAssertEqual(pairs("Services on the route have been suspended."), ["services suspended"])
        XCTAssertEqual(pairs("Part of the old bridge collapsed into the river."), ["bridge collapsed"])
        XCTAssertEqual(pairs("Crews made contact on Monday with some of the 15 miners trapped by the collapse."), ["miners trapped"],
                       "the counted noun heads a partitive")
        XCTAssertEqual(pairs("A man arrested on Friday appeared in court."), ["man arrested"], "a reduced passive")
        XCTAssertEqual(pairs("Rescuers are trying to reach 17 miners trapped by the collapse."), ["miners trapped"])
        XCTAssertEqual(pairs("Divers inspected a tanker on Monday that ran aground in fog."), ["tanker inspected", "tanker ran aground"],
                       "a relative clause's subject over a time, with the verb's particle")
        XCTAssertEqual(pairs("Crews fought the fire, which began in a kitchen."), ["fire fought", "fire began"])
        XCTAssertEqual(pairs("A tank exploded during maintenance."), ["tank exploded"], "'during' is no gerund")
        XCTAssertEqual(pairs("The quake struck at dawn, killing nine people and injuring 200 residents."),
                       ["quake struck", "people killing", "residents injuring"], "a participial clause tells what the event did")
        XCTAssertEqual(pairs("Rescuers searched collapsed buildings."), ["buildings searched"], "a participle before a noun")
        XCTAssertEqual(pairs("The death toll from Thursday's earthquake rose to 12."), ["toll rose"], "over a time in the phrase")
        XCTAssertEqual(pairs("A freight train derailed near the village."), ["train derailed"], "a place is no object")
        XCTAssertEqual(pairs("Schools will stay shut on Friday."), ["schools shut"], "a copula with a participle")
        XCTAssertEqual(pairs("Two nurses tested positive."), ["nurses tested positive"], "an adjective that completes the verb")
        XCTAssertEqual(pairs("The crowd looked like an army."), ["crowd looked"], "'like' opens no object")
        XCTAssertEqual(pairs("The blast killed two workers."), ["workers killed"], "over a count in words")
        XCTAssertEqual(pairs("The hotel was closed pending an investigation."), ["hotel closed"], "a passive takes no gerund")
        XCTAssertEqual(pairs("A cyclist was killed crossing the road."), ["cyclist killed"])
        XCTAssertEqual(pairs("The train struck two employees working on the track."), ["employees struck"],
                       "an -ing form after a plural opens a reduced relative clause")
        XCTAssertEqual(pairs("The city hosted an athletics meeting in May."), ["meeting hosted"], "'athletics' is singular")
        XCTAssertEqual(pairs("The minister chaired the ministers' meeting."), ["meeting chaired"], "a possessive plural")
        XCTAssertEqual(pairs("Fire destroyed the apartment building on Monday."), ["building destroyed"], "a compound")
        XCTAssertEqual(pairs("More than 120 guests were evacuated as flames spread."), ["guests evacuated"],
                       "'as' with a subject and its verb opens a clause")
        XCTAssertEqual(pairs("The man was identified as Ali Hassan."), [], "'as' with a name is the complement")
        XCTAssertEqual(pairs("All the gunmen were killed as security forces ended the siege."),
                       ["gunmen killed", "siege ended"])
        XCTAssertFalse(pairs("Candidates who ran as independents but were backed by the party won.").contains("candidates ran"),
                       "a clause's verb follows its subject at once")
    }

    /// A conjunct's bare count stands for the noun a parallel count gave before it
    /// ("12 people were killed and 230 injured"), and only then.
    func testAnElidedNounIsTheParallelCountsNoun() {
        XCTAssertEqual(pairs("At least 12 people were killed and 230 injured when the bridge collapsed."),
                       ["people killed", "people injured", "bridge collapsed"])
        XCTAssertEqual(pairs("Twelve people died and more than 200 were hurt."), ["people died", "people hurt"])
        XCTAssertEqual(pairs("The quake struck, killing nine people and injuring more than 200."),
                       ["quake struck", "people killing", "people injuring"])
        XCTAssertEqual(pairs("Some 182 countries voted for it and one abstained."), ["countries voted", "countries abstained"])
        XCTAssertEqual(pairs("Seven workers died and four were rescued."), ["workers died", "workers rescued"])
        // (the nearest counted noun: the stocks, not the shares before them)
        XCTAssertEqual(pairs("Traders sold 300 shares as 492 stocks rose and 319 were unchanged."),
                       ["shares sold", "stocks rose", "stocks unchanged"])
        XCTAssertEqual(pairs("A building collapsed, killing two other people."), ["building collapsed", "people killing"],
                       "a count with its noun is no elided one")
        XCTAssertEqual(pairs("The rebels killed 34 pupils and seven lay members."), ["pupils killed"],
                       "a participle before a noun qualifies it")
        XCTAssertEqual(pairs("The fire destroyed the school and 230 were injured."), ["school destroyed", "- injured"],
                       "an uncounted noun is no antecedent of a count")
        XCTAssertEqual(pairs("A blast ripped through the store, killing two workers and injuring five others."),
                       ["blast ripped", "workers killing", "workers injuring"], "'others' stands for the noun counted before")
        XCTAssertEqual(pairs("Two workers died in the blast and five more were injured."), ["workers died", "workers injured"])
        XCTAssertEqual(pairs("Eleven fans were killed and dozens injured."), ["fans killed", "fans injured"], "a count noun")
        XCTAssertEqual(pairs("A crush killed 11 supporters and injured 43 on Saturday."), ["supporters killed", "supporters injured"],
                       "a verb joined by 'and' shares the subject, and its bare count the noun")
        XCTAssertEqual(pairs("Police arrested the driver and questioned him."), ["driver arrested", "- questioned"], "'him' is no patient")
        XCTAssertEqual(pairs("Relatives of the 11 fans who died gathered outside."), ["fans died"],
                      "a relative clause tells of the nearest noun")
    }

    /// "He" or "she" stands for the person a role noun named in its sentence or the one
    /// before, not further back, not across articles, and never for a name.
    func testAPronounStandsForThePersonJustNamed() {
        func themes(_ sentences: [String]) -> [String] { facts(sentences, oneArticle: true).map { "\($0.theme ?? "-") \($0.predicate)" } }
        XCTAssertEqual(themes(["Survivors said the driver was speeding.", "He was detained by police."]), ["driver detained"])
        XCTAssertEqual(themes(["A passenger was injured.", "She died in hospital on Sunday."]), ["passenger injured", "passenger died"])
        XCTAssertEqual(themes(["The driver fled.", "Police closed the road.", "He was arrested later."]),
                       ["driver fled", "road closed", "- arrested"], "two sentences back is too far")
        XCTAssertEqual(themes(["Minister Ruiz arrived.", "He was questioned."]), ["- arrived", "- questioned"], "a name is no role")
        XCTAssertEqual(themes(["Three passengers were hurt.", "He was arrested."]), ["passengers hurt", "- arrested"],
                       "a plural is no antecedent of 'he'")
        XCTAssertEqual(facts(["A passenger was injured.", "She died in hospital."]).last?.theme, nil, "another article")
        XCTAssertEqual(themes(["The suspect attacked a girl.", "He was arrested."]), ["girl attacked", "suspect arrested"],
                       "'he' passes over a girl to the man named before her")
        XCTAssertEqual(themes(["A boy was hurt.", "She was arrested."]), ["boy hurt", "- arrested"], "'she' is not the boy")
        XCTAssertEqual(themes(["The site manager ignored the warnings.", "He was arrested."]),
                       ["warnings ignored", "manager arrested"])
        XCTAssertEqual(Set(facts(["The plant was shut down.", "The plant has been closed."]).map(\.key)).count, 1,
                       "shut and closed are one fact")
    }

    /// Not facts: adjectives, verbs whose fact is in their complement, light verbs, a
    /// named actor's acts.
    func testWhatIsNoFact() {
        XCTAssertEqual(pairs("The injured man was taken to hospital."), [], "an adjective; a light verb")
        XCTAssertEqual(pairs("Residents were ordered to leave their homes."), [], "the fact is in the complement")
        XCTAssertEqual(pairs("The talks are expected to resume."), [])
        XCTAssertEqual(pairs("Crews began clearing the debris."), [], "an aspectual verb")
        XCTAssertEqual(pairs("Police said a hundred people gathered."), ["people gathered"], "'hundred' is no past form")
        XCTAssertEqual(pairs("Officials took responsibility for the delay."), [])
        XCTAssertEqual(facts(["Mayor Ruiz visited the site."]).first?.theme, "site")
        XCTAssertEqual(facts(["The minister met Ruiz."]).first?.theme, nil, "a name is who acts, not a patient")
    }

    /// Three reports of an event with no agreement in them: discovery proposes the facts
    /// two of them share, with their own wording ("detained" beside "arrested"), and
    /// the matrix reads each source's stance, a denial included.
    func testAnEventsReportsProposeTheFactsTheyShare() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("---\noutlet: A\npublished: 2025-02-03\n---\nAn explosion at a chemical plant near Dunmore killed two workers on Monday. About 400 residents were evacuated as a precaution.\n\n"
                           + "A storage tank exploded during maintenance, the company said. Police have arrested a contractor.\n", "a.md", in: dir)
        try Fixtures.write("---\noutlet: B\npublished: 2025-02-03\n---\nTwo workers died in a blast at the Dunmore chemical plant. Some 350 people were evacuated from nearby streets.\n\n"
                           + "A tank exploded while it was being repaired. A contractor was detained, police said.\n", "b.md", in: dir)
        try Fixtures.write("---\noutlet: C\npublished: 2025-02-04\n---\nResidents of Dunmore returned home on Tuesday after a blast at the chemical plant. Nobody was evacuated from the town centre.\n\n"
                           + "Police said no one had been arrested.\n", "c.md", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        let set = CommitmentDiscovery.discover(corpus)
        let titles = set.commitments.map(\.title)
        for expected in ["Residents evacuated", "Tank exploded", "Contractor arrested"] {
            XCTAssertTrue(titles.contains(expected), "\(expected) in \(titles)")
        }
        let arrest = try XCTUnwrap(set.commitments.first { $0.title == "Contractor arrested" })
        XCTAssertEqual(Set(arrest.match.map { $0.map(\.source) }), [["arrested"], ["detained"]])
        let matrix = AgreementMatrix.build(corpus, set)
        let cells = try XCTUnwrap(matrix.rows.first { $0.commitment.id == arrest.id }).cells
        XCTAssertEqual(cells.map(\.stance), [.confirmed, .confirmed, .contradicted])
        // (a negative quantifier denies its clause: "Nobody was evacuated from the town centre")
        let evacuated = try XCTUnwrap(matrix.rows.first { $0.commitment.title == "Residents evacuated" })
        XCTAssertEqual(evacuated.cells.map(\.stance), [.confirmed, .confirmed, .contradicted])
    }

    /// A row of a synonym set is matched by the nouns of its event too: "No deaths were
    /// reported" denies the deaths, "led to 47 arrests" reports the arrests.
    func testAnEventsNounsMatchItsRow() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("Two climbers were killed by the avalanche.\n", "a.txt", in: dir)
        try Fixtures.write("Two climbers died when the snow gave way.\n", "b.txt", in: dir)
        try Fixtures.write("Rescuers said no deaths had been confirmed.\n", "c.txt", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        let set = CommitmentDiscovery.discover(corpus)
        let row = try XCTUnwrap(set.commitments.first { $0.title == "Climbers died" }, "\(set.commitments.map(\.title))")
        XCTAssertEqual(Set(row.match.map { $0.map(\.source) }), [["killed"], ["died"], ["deaths"]], "only the nouns the corpus writes")
        let cells = try XCTUnwrap(AgreementMatrix.build(corpus, set).rows.first { $0.commitment.id == row.id }).cells
        XCTAssertEqual(cells.map(\.stance), [.confirmed, .confirmed, .contradicted])
    }

    /// A row matches a verb's plain form only where the corpus writes it in a denial:
    /// an infinitive ("six months to pass a new law") reports no passing.
    func testAnInfinitiveIsNoReportOfTheFact() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("The law was passed in 2024 after a wave of attacks.\n", "a.txt", in: dir)
        try Fixtures.write("The law, which was passed in 2024, let police read messages.\n", "b.txt", in: dir)
        try Fixtures.write("The court gave parliament six months to pass a new law.\n", "c.txt", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        let set = CommitmentDiscovery.discover(corpus)
        let row = try XCTUnwrap(set.commitments.first { $0.title == "Law passed" }, "\(set.commitments.map(\.title))")
        XCTAssertEqual(row.match.map { $0.map(\.source) }, [["passed"]])
        let cells = try XCTUnwrap(AgreementMatrix.build(corpus, set).rows.first { $0.commitment.id == row.id }).cells
        XCTAssertEqual(cells.map(\.stance), [.confirmed, .confirmed, .silent])
    }

    /// A phrasal verb's object follows its particle: "struck down the law" is the
    /// law's fact under "struck down"; a particle with no object after it completes
    /// the verb alone ("ran aground").
    func testAPhrasalVerbsObjectFollowsItsParticle() {
        XCTAssertEqual(pairs("The court struck down the surveillance law on Tuesday."), ["law struck down"])
        XCTAssertEqual(pairs("The owners shut down the plant after the blast."), ["plant shut down"])
        XCTAssertEqual(pairs("The ferry ran aground near the port."), ["ferry ran aground"])
    }

    /// The copula with one adjective that closes its clause tells a state of the
    /// subject: a fact ("The decision was unanimous"). Not a participle (a passive,
    /// read as the verb's fact), a comparison, a number or a pronoun's state.
    func testACopularStateIsAFact() throws {
        XCTAssertEqual(pairs("The decision was unanimous, the bank said."), ["decision unanimous"])
        XCTAssertEqual(pairs("The strike was illegal and the union knew it.").first, "strike illegal")
        XCTAssertEqual(pairs("Turnout was higher than in 2022."), [])
        XCTAssertEqual(pairs("Inflation was 4.1 percent in February."), [])
        XCTAssertEqual(pairs("It was unanimous."), [])
        XCTAssertEqual(pairs("The vote was unanimously approved."), ["vote approved"], "the passive's fact, no state")
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("The central bank raised its rate. The decision was unanimous.\n", "a.txt", in: dir)
        try Fixtures.write("The bank raised rates again. The decision was unanimous, officials said.\n", "b.txt", in: dir)
        try Fixtures.write("The bank raised its key rate on Thursday.\n", "c.txt", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        let set = CommitmentDiscovery.discover(corpus)
        let row = try XCTUnwrap(set.commitments.first { $0.title == "Decision unanimous" }, "\(set.commitments.map(\.title))")
        let cells = try XCTUnwrap(AgreementMatrix.build(corpus, set).rows.first { $0.commitment.id == row.id }).cells
        XCTAssertEqual(cells.map(\.stance), [.confirmed, .confirmed, .silent])
    }

    /// Verbs that move a level down ("cut", "lowered", "reduced") report one fact; a
    /// source that denies it writes the verb's plain form ("did not lower"), which the
    /// row matches where the corpus writes it.
    func testALevelMovedDownIsOneFactThatADenialMatches() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("The central bank cut its growth forecast for this year.\n", "a.txt", in: dir)
        try Fixtures.write("The bank also lowered its growth forecast for 2026.\n", "b.txt", in: dir)
        try Fixtures.write("The bank did not lower its growth forecast, which it kept at 1.3 per cent.\n", "c.txt", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        let set = CommitmentDiscovery.discover(corpus)
        // (the denial counts as a source too, under "lowered": the commonest form names the row)
        let row = try XCTUnwrap(set.commitments.first { $0.title == "Forecast lowered" }, "\(set.commitments.map(\.title))")
        XCTAssertEqual(row.match.map { $0.map(\.source) }, [["lowered"], ["cut"], ["lower"]])
        let cells = try XCTUnwrap(AgreementMatrix.build(corpus, set).rows.first { $0.commitment.id == row.id }).cells
        XCTAssertEqual(cells.map(\.stance), [.confirmed, .confirmed, .contradicted])
    }

    /// A denial ("did not raise its fuel surcharge") is a source that tells of the
    /// fact: with one report of it, the row is proposed, and the denial contradicts.
    func testADenialCountsAsASourceOfTheFact() throws {
        XCTAssertEqual(pairs("The group did not raise its fuel surcharge, a spokeswoman said."), ["surcharge raised"])
        XCTAssertEqual(pairs("The old tunnel did not collapse."), ["tunnel collapsed"])
        XCTAssertEqual(pairs("Officials did not say when the talks would resume."), [])
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("The airline also raised its fuel surcharge on long-haul flights by 20 euros.\n", "a.txt", in: dir)
        try Fixtures.write("The group did not raise its fuel surcharge, a spokeswoman said.\n", "b.txt", in: dir)
        try Fixtures.write("Shares fell 2 percent.\n", "c.txt", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        let set = CommitmentDiscovery.discover(corpus)
        let row = try XCTUnwrap(set.commitments.first { $0.title == "Surcharge raised" }, "\(set.commitments.map(\.title))")
        let cells = try XCTUnwrap(AgreementMatrix.build(corpus, set).rows.first { $0.commitment.id == row.id }).cells
        XCTAssertEqual(cells.map(\.stance), [.confirmed, .contradicted, .silent])
    }

    /// A time between the subject and its verb, as news writes it, leaves the subject
    /// the subject; an act under way in the progressive is a fact of its own, named by
    /// a past where a source writes one, else as an act ("Cutting jobs").
    func testATimeBeforeTheVerbAndTheProgressiveTellOfAFact() throws {
        XCTAssertEqual(pairs("The company on Tuesday recalled 120,000 vehicles."), ["vehicles recalled"])
        XCTAssertEqual(pairs("Police late Sunday arrested two men."), ["men arrested"])
        XCTAssertEqual(pairs("Halvorsen Motors is recalling 120,000 vehicles."), ["vehicles recalling"])
        XCTAssertEqual(pairs("The airline is also cutting 4,000 jobs."), ["jobs cutting"])
        XCTAssertEqual(pairs("The company expects savings and is cutting 600 jobs."), ["jobs cutting"])
        XCTAssertEqual(pairs("The company is planning to cut jobs."), [])
        XCTAssertEqual(pairs("The firm is considering cutting jobs."), [])
        XCTAssertEqual(pairs("Talks are making progress."), [])
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("Halvorsen Motors said on Monday it is recalling 120,000 sport utility vehicles.\n", "a.txt", in: dir)
        try Fixtures.write("Halvorsen Motors is recalling about 118,000 SUVs from the 2023 model year.\n", "b.txt", in: dir)
        try Fixtures.write("Halvorsen Motors on Tuesday recalled 120,000 sport utility vehicles.\n", "c.txt", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        let set = CommitmentDiscovery.discover(corpus)
        let row = try XCTUnwrap(set.commitments.first { $0.title == "Vehicles recalled" }, "\(set.commitments.map(\.title))")
        let cells = try XCTUnwrap(AgreementMatrix.build(corpus, set).rows.first { $0.commitment.id == row.id }).cells
        XCTAssertEqual(cells.map(\.stance), [.confirmed, .confirmed, .confirmed])
        let under = try Fixtures.tempDir(self)
        try Fixtures.write("The airline is cutting 4,000 jobs.\n", "a.txt", in: under)
        try Fixtures.write("The carrier is cutting 3,800 jobs in administration.\n", "b.txt", in: under)
        XCTAssertEqual(CommitmentDiscovery.discover(try CorpusLoader().load(under.path)).commitments.map(\.title), ["Cutting jobs"])
    }

    /// A verb of saying that acts on a noun phrase ("declared a state of emergency") or
    /// in the passive tells of a fact; one before a clause or a person reports.
    func testADeclarationOfAStateIsAFact() throws {
        XCTAssertEqual(pairs("Governor Ana Ruiz declared a state of emergency on Wednesday."), ["state declared"])
        XCTAssertEqual(pairs("A state of emergency was declared on Wednesday."), ["state declared"])
        XCTAssertEqual(pairs("The governor declared that the fire was contained."), ["fire contained"], "the clause's fact, not the saying")
        XCTAssertEqual(pairs("The doctor declared him fit."), [])
    }

    /// People "rescued" in one report and "saved" in another tell one fact.
    func testRescuedAndSavedTellOneFact() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("Coast guard vessels rescued 160 passengers on Thursday.\n", "a.txt", in: dir)
        try Fixtures.write("Rescuers saved more than 160 passengers, many clinging to debris.\n", "b.txt", in: dir)
        let set = CommitmentDiscovery.discover(try CorpusLoader().load(dir.path))
        let row = try XCTUnwrap(set.commitments.first { $0.title == "Passengers rescued" }, "\(set.commitments.map(\.title))")
        XCTAssertEqual(Set(row.match.map { $0.map(\.source) }), [["rescued"], ["saved"]])
    }

    /// Prisoners "exchanged" in one report and "swapped" in another, "freed" and
    /// "released", tell one fact each.
    func testSwappedAndReleasedTellOneFact() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("The two countries exchanged 12 prisoners on Thursday. The border guards freed 40 hostages.\n", "a.txt", in: dir)
        try Fixtures.write("The neighbours swapped 12 prisoners at the border. The rebels released 40 hostages.\n", "b.txt", in: dir)
        let set = CommitmentDiscovery.discover(try CorpusLoader().load(dir.path))
        let swap = try XCTUnwrap(set.commitments.first { $0.title == "Prisoners exchanged" }, "\(set.commitments.map(\.title))")
        XCTAssertEqual(Set(swap.match.map { $0.map(\.source) }), [["exchanged"], ["swapped"]])
        let release = try XCTUnwrap(set.commitments.first { $0.title == "Hostages freed" }, "\(set.commitments.map(\.title))")
        XCTAssertEqual(Set(release.match.map { $0.map(\.source) }), [["freed"], ["released"]])
    }

    /// A relative clause whose pronoun is its object, with a subject of its own, tells
    /// of the noun before it as the verb's patient.
    func testARelativeObjectIsThePatient() {
        XCTAssertEqual(pairs("The exchange, which Qatar reportedly mediated, took place at a border crossing."), ["exchange mediated"])
        XCTAssertEqual(pairs("Crews searched the homes that the fire destroyed."), ["homes searched", "homes destroyed"])
        // (the pronoun as subject, and a complement's "that", are not)
        XCTAssertEqual(pairs("Workers cleared the tunnel that collapsed."), ["tunnel cleared", "tunnel collapsed"])
        XCTAssertEqual(pairs("Officials said that the fire destroyed 40 homes."), ["homes destroyed"])
    }

    /// A participle right after a noun, with its agent after it, qualifies that noun.
    func testAReducedPassiveQualifiesTheNearestNoun() {
        XCTAssertEqual(pairs("The two sides exchanged prisoners on Thursday in a swap brokered by Qatar."), ["prisoners exchanged", "swap brokered"])
    }

    /// A manner adverb after the object ends it; a noun in -ly does not.
    func testAMannerAdverbEndsTheObject() {
        XCTAssertEqual(pairs("The board approved the sale unanimously."), ["sale approved"])
        XCTAssertEqual(pairs("The blast destroyed the building completely."), ["building destroyed"])
        XCTAssertEqual(pairs("The storm disrupted the water supply."), ["supply disrupted"])
    }

    /// An act announced ahead is told under the verb's past, as a denial is.
    func testAnActAnnouncedAheadIsTold() {
        XCTAssertEqual(pairs("Norvik said it would cut about 800 jobs as it merges the head offices."), ["jobs cut"])
        XCTAssertEqual(pairs("The carmaker will close three plants next year."), ["plants closed"])
        // (no subject, or no object: none)
        XCTAssertEqual(pairs("Prices will rise."), [])
    }

    /// A denial or an act announced ahead is told under the verb's own past
    /// participle, spelt as English spells it ("sent", "found", "banned", "denied"; not
    /// "sended", "baned"), so that it groups with the reports that write it; an adverb
    /// between the modal and the verb is no verb ("would also send"), a negation there
    /// tells of no act.
    func testAnActDeniedOrAheadIsToldUnderItsOwnParticiple() {
        XCTAssertEqual(pairs("The group did not send troops."), ["troops sent"])
        XCTAssertEqual(pairs("Police did not find the body."), ["body found"])
        XCTAssertEqual(pairs("The city will ban cars from the centre."), ["cars banned"])
        XCTAssertEqual(pairs("The union did not stop the strike."), ["strike stopped"])
        XCTAssertEqual(pairs("The board did not deny the report."), ["report denied"])
        XCTAssertEqual(pairs("The clubs will transfer two players."), ["players transferred"])
        XCTAssertEqual(pairs("The chain will open two stores."), ["stores opened"])
        XCTAssertEqual(pairs("The chain will fix the prices."), ["prices fixed"])
        XCTAssertEqual(pairs("The move would also send a signal to the public."), ["signal sent"])
        XCTAssertEqual(pairs("The plant will soon close three lines."), ["lines closed"])
        XCTAssertEqual(pairs("The firm will never cut jobs."), [])
        XCTAssertEqual(pairs("The firm will not cut jobs."), [])
        // (a word of two letters and three bytes, "aé", has no spelling rule to trap on)
        XCTAssertEqual(FactFinder(excluded: [], timeWords: []).pastParticiple("aé"), "aéed")
    }

    /// A name that undergoes the event is its patient: a passive's subject, or the
    /// subject of a verb such as "resigned"; a name that acts is not ("Takaichi met").
    func testANameThatUndergoesTheEventIsItsPatient() {
        XCTAssertEqual(pairs("Finance Minister Lena Horvath resigned on Tuesday."), ["horvath resigned"])
        XCTAssertEqual(pairs("Horvath was arrested at the airport."), ["horvath arrested"])
        XCTAssertEqual(pairs("Takaichi and Meloni met in Tokyo."), ["- met"], "no patient")
    }

    /// "resigned", "quit" and "stepped down" tell one fact (a phrasal verb in a
    /// synonym set, by its particle).
    func testSteppedDownAndResignedTellOneFact() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("Finance Minister Lena Horvath resigned on Tuesday.\n", "a.txt", in: dir)
        try Fixtures.write("Lena Horvath stepped down on Monday evening, the government said.\n", "b.txt", in: dir)
        let set = CommitmentDiscovery.discover(try CorpusLoader().load(dir.path))
        let row = try XCTUnwrap(set.commitments.first { $0.title.hasPrefix("Horvath") }, "\(set.commitments.map(\.title))")
        XCTAssertEqual(Set(row.match.map { $0.map(\.source) }), [["resigned"], ["stepped down"]])
    }

    /// Names of one deal are one patient: "a deal mediated by Qatar" and "the exchange,
    /// which Qatar mediated" tell one fact; talks and a truce that collapsed tell two.
    func testNamesOfOneDealAreOnePatient() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("The two countries exchanged prisoners in a deal mediated by Qatar.\n", "a.txt", in: dir)
        try Fixtures.write("The exchange, which Qatar mediated, took place at the border.\n", "b.txt", in: dir)
        let set = CommitmentDiscovery.discover(try CorpusLoader().load(dir.path))
        let row = try XCTUnwrap(set.commitments.first { $0.title.hasSuffix("mediated") }, "\(set.commitments.map(\.title))")
        XCTAssertEqual(row.match.map { $0.map(\.source) }, [["mediated"]])

        let two = try Fixtures.tempDir(self)
        try Fixtures.write("The ceasefire collapsed on Monday.\n", "a.txt", in: two)
        try Fixtures.write("The talks collapsed on Monday.\n", "b.txt", in: two)
        let none = CommitmentDiscovery.discover(try CorpusLoader().load(two.path))
        XCTAssertFalse(none.commitments.contains { $0.title.hasSuffix("collapsed") }, "\(none.commitments.map(\.title))")
    }

    /// A span of time "of" a thing is that thing: the object is what the span holds.
    func testASpanOfTimeOfAThingIsTheThing() throws {
        XCTAssertEqual(pairs("Regional president Klaus Berg declared a day of mourning."), ["mourning declared"])
        XCTAssertEqual(pairs("The city declared three days of mourning on Tuesday."), ["mourning declared"])
        XCTAssertEqual(pairs("The company halted production for a day."), ["production halted"], "a span alone is no object")
    }

    /// A row's title keeps the verb's particle where a source writes it.
    func testATitleKeepsTheParticle() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("A car was swept into the river on Sunday.\n", "a.txt", in: dir)
        try Fixtures.write("Witnesses said a car was swept off the bridge.\n", "b.txt", in: dir)
        try Fixtures.write("A car was swept away by the flood.\n", "c.txt", in: dir)
        let set = CommitmentDiscovery.discover(try CorpusLoader().load(dir.path))
        XCTAssertEqual(set.commitments.map(\.title), ["Car swept away"])
    }

    /// One predicate told of a different thing by each source is no fact ("trade was
    /// discussed", "security was discussed"); nor does a fact one source reports make
    /// a row.
    func testAPredicateWithoutASharedPatientIsNoRow() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("Trade was discussed at length. A bridge collapsed.\n", "a.txt", in: dir)
        try Fixtures.write("Security was discussed over lunch.\n", "b.txt", in: dir)
        try Fixtures.write("Tourism was discussed briefly.\n", "c.txt", in: dir)
        let set = CommitmentDiscovery.discover(try CorpusLoader().load(dir.path))
        XCTAssertEqual(set.commitments.map(\.title), [])
    }

    /// "People" in one report and a kind of person in another are one patient; two
    /// kinds of person each in two sources are two rows, each matched with its noun.
    func testKindsOfPeople() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("Twelve passengers were injured. Four officers were injured in the clashes.\n", "a.txt", in: dir)
        try Fixtures.write("Eight people were injured when the bus overturned. Two officers were injured.\n", "b.txt", in: dir)
        try Fixtures.write("Several passengers were injured.\n", "c.txt", in: dir)
        let set = CommitmentDiscovery.discover(try CorpusLoader().load(dir.path))
        XCTAssertEqual(set.commitments.map(\.title), ["Passengers injured", "Officers injured"])
        XCTAssertEqual(set.commitments.last?.match.map { $0.map(\.source) }, [["officers", "injured"]])
    }

    /// A fact told as possible ("chlorine could leak") is a source that tells of it, read
    /// as hedged; its patient is the object, else the subject. "Can" tells of ability.
    func testAFactToldAsPossibleIsHedged() throws {
        XCTAssertEqual(pairs("Officials feared that chlorine could leak from a damaged tanker."), ["chlorine leaked"])
        XCTAssertEqual(pairs("The storm may destroy hundreds of homes."), ["homes destroyed"])
        XCTAssertEqual(pairs("Residents can return on Friday."), [], "ability is no report")
        XCTAssertEqual(pairs("The storm destroyed hundreds of homes."), ["homes destroyed"], "the counted noun is the object")
        XCTAssertEqual(pairs("Police arrested some of the protesters."), ["protesters arrested"])
        XCTAssertEqual(pairs("The floods destroyed part of the bridge."), ["bridge destroyed"], "a part of a thing is the thing, as in a subject")
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("Chlorine leaked from a tanker car overnight.\n", "a.txt", in: dir)
        try Fixtures.write("Chlorine leaked from one of the tankers.\n", "b.txt", in: dir)
        try Fixtures.write("Officials feared that chlorine could leak from a damaged tanker.\n", "c.txt", in: dir)
        try Fixtures.write("The fire chief said the tanker was intact.\n", "d.txt", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        let set = CommitmentDiscovery.discover(corpus)
        let row = try XCTUnwrap(set.commitments.first { $0.title == "Chlorine leaked" }, "\(set.commitments.map(\.title))")
        let cells = try XCTUnwrap(AgreementMatrix.build(corpus, set).rows.first { $0.commitment.id == row.id }).cells
        XCTAssertEqual(cells.map(\.stance), [.confirmed, .confirmed, .hedged, .silent])
    }

    /// An irregular past and the verb's other forms tell one fact: "won 187 seats" and
    /// "winning 187 seats".
    func testAnIrregularPastIsItsVerb() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("The coalition won 187 of the 350 seats in parliament.\n", "a.txt", in: dir)
        try Fixtures.write("The coalition claimed victory, winning 187 seats.\n", "b.txt", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        let set = CommitmentDiscovery.discover(corpus)
        let row = try XCTUnwrap(set.commitments.first { $0.title == "Seats won" }, "\(set.commitments.map(\.title))")
        XCTAssertEqual(Set(row.match.map { $0.map(\.source) }), [["won"], ["winning"]])
    }

    /// A noun of the event with its patient after "of" ("forced the evacuation of
    /// 12,000 residents") reports what the verb does ("residents were evacuated"), and
    /// joins the row the verb makes; nouns alone make no row ("demanded the release of
    /// the hostages" reports no release), and a noun with no patient after it reports
    /// nothing ("the release was delayed").
    func testANounOfTheEventJoinsItsVerb() throws {
        XCTAssertEqual(pairs("The fire forced the evacuation of about 12,000 residents."), ["evacuation forced", "residents evacuation"])
        XCTAssertEqual(facts(["Police announced the arrest of three men."]).map(\.nominal), [true])
        XCTAssertEqual(pairs("The release was delayed."), ["release delayed"], "a noun that is the subject is no report")
        XCTAssertEqual(pairs("The Evacuation of Dunkirk is a film."), [], "a capitalized noun names a title")
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("About 12,000 residents were evacuated on Sunday. Protesters demanded the release of the hostages.\n", "a.txt", in: dir)
        try Fixtures.write("The fire forced the evacuation of about 12,000 residents. Families called for the release of the hostages.\n", "b.txt", in: dir)
        try Fixtures.write("Some 11,000 residents were evacuated from the valley.\n", "c.txt", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        let set = CommitmentDiscovery.discover(corpus)
        XCTAssertEqual(set.commitments.map(\.title), ["Residents evacuated"], "the verb names the row; the release is only demanded")
        let row = try XCTUnwrap(set.commitments.first)
        XCTAssertEqual(Set(row.match.map { $0.map(\.source) }), [["evacuated"], ["evacuation"]])
        let cells = try XCTUnwrap(AgreementMatrix.build(corpus, set).rows.first).cells
        XCTAssertEqual(cells.map(\.stance), [.confirmed, .confirmed, .confirmed])
    }
}

/// Row ids: a slug of the title, unique within the set.
final class DiscoveryIdTests: XCTestCase {
    func testIdsAreUniqueSlugs() {
        XCTAssertEqual(CommitmentDiscovery.slug("Miners killed (at least 9)"), "miners-killed-at-least-9")
        XCTAssertEqual(CommitmentDiscovery.slug("¿?"), "commitment")
        var ids = CommitmentDiscovery.UniqueIds()
        XCTAssertEqual(["homes", "homes", "homes-2", "homes", "roads"].map { ids.make($0) },
                       ["homes", "homes-2", "homes-2-2", "homes-3", "roads"])
    }
}
