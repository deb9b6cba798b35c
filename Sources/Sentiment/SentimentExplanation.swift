public import VerbatimCore

/// A rule that changed a contribution, in the order it was applied.
public enum SentimentRule: Sendable, Equatable {
  /// A negator `distance` tokens before the term multiplied its valence by `factor`.
  case negated(by: String, distance: Int, factor: Double)
  /// A negator right after the term, as its object ("fixed nothing", "helped no one"), multiplied
  /// its valence by `factor`.
  case negatedByObject(by: String, factor: Double)
  /// A negator `distance` tokens before the term that does not flip it, and why (an emoji, a negated
  /// comparative such as "couldn't be happier", "can't … enough").
  case negationKept(by: String, distance: Int, reason: String)
  /// An intensifier (amount > 0) or dampener (amount < 0) `distance` tokens before the term changed
  /// its magnitude by `amount`.
  case boosted(by: String, distance: Int, amount: Double)
  /// The term is in ALL CAPS in mixed-case text: magnitude + `amount`.
  case capitalised(amount: Double)
  /// The term matched only once its lengthened letters were shortened ("loooove"): magnitude + `amount`.
  case lengthened(amount: Double)
  /// A contrastive connective weighted the term's clause by `weight`.
  case clauseWeight(connective: String, weight: Double)
  /// "again" closes an intent to come back or a refusal: the rule's `value` replaces the lexicon's
  /// valence (`SentimentParameters.returnIntentValence`, `refusedReturnValence`); the term's own
  /// capitals and lengthening then add to it, as to any valence.
  case returnIntent(reason: String, value: Double)
  /// A lone positive interjection before a negative remainder ("Great, another delay") × `factor`.
  case ironicPraise(factor: Double)
  /// A positive term inside scare quotes ('a "free" account') contributes nothing.
  case scareQuotes
  /// A positive term right after an intensifier of excess ("too fast") is a complaint: its
  /// magnitude × `factor` (negative).
  case excess(by: String, factor: Double)
  /// A positive term after a suggestion frame ("would be nice to have more choice") describes what
  /// is missing: it contributes nothing.
  case suggestion(frame: String)
  /// Thanks that only closes a filler answer ("Nothing else, thanks", "n/a thank you") is a polite
  /// formula: it contributes nothing.
  case politeFormula
  /// A mild positive or weak negative term in a question that opens with an auxiliary ("Do you
  /// offer a student discount?", "Is there a fee for cancelling?") asks rather than praises or
  /// complains: it contributes nothing.
  case question(opener: String)
  /// The yes or no that opens the answer of a listing's question and answer ("Q: Is it unlocked?
  /// A: Yes, …") answers it: it contributes nothing (rule 56).
  case listingAnswer
  /// A short answer whose only opinion terms are lukewarm ("ok i guess", "Average experience") is
  /// neutral: they contribute nothing.
  case lukewarmAnswer
  /// An answer whose only opinion terms are courtesy ("thanks", "kindly") around a question or a
  /// request ("How do I reset my password? thank u") is neutral: they contribute nothing (rule 26).
  case politeRequest
  /// The answer says its praise and complaints even out ("Swings and roundabouts", "it's a mixed
  /// bag") and holds both: it is neutral, every term contributes nothing (rule 20).
  case balancedAnswer
  /// Laughter in a text with a complaint marks its tone, not praise ("the food was cold lol"): it
  /// contributes nothing (rule 21).
  case laughterAtAComplaint
  /// A bare thanks in a sentence after a complaint closes it politely ("The box was damaged. Thanks
  /// for asking anyway."): it contributes nothing (rule 23).
  case thanksAfterComplaint
  /// A bare "help" the writer asks for, in a question or a request or opening its sentence ("Can
  /// you help me?", "Help! I've been on hold"), is no praise: it contributes nothing (rule 46).
  case requestedHelp
  /// Loudly crying (😭) in a text whose other terms are praise or laughter marks how strongly it is
  /// felt, not sadness ("the new menu is so good 😭"): it contributes nothing (rule 22).
  case tearsOfJoy
  /// The negative term is what a fix that happened removed ("fixed my broken boiler", "the leak
  /// was repaired"): it counts nothing (rule 19).
  case fixedObject(verb: String)
  /// The negative term is what a fix reported by a frame of accomplishment removed ("managed to fix
  /// the problem", "was able to resolve my issue"): the fix's praise replaces it, `value`
  /// (`SentimentParameters.accomplishedFixValence`; rule 19).
  case accomplishedFix(verb: String, value: Double)
  /// The negative term is a problem that went away, or the verb of its going away ("my back pain
  /// is gone", "the pain disappeared"): it counts nothing (rule 45).
  case problemGone(verb: String)
  /// A fix that has not happened: the verb after "be" ("when it will be fixed", "supposed to be
  /// resolved") or after "until"/"unless": it counts nothing (rule 24).
  case fixNotDone(marker: String)
  /// Praise of what a promise broken in the same sentence promised ("Promised a courtesy car, there
  /// wasn't one"): it did not happen, and counts nothing (rule 35; `by` is the promise word).
  case promiseBroken(by: String)
  /// An expected outcome that happened after the event it was for ("arrived the day after the
  /// wedding"): late, it counts its lexicon value as a missing one does (rule 25; `after` names the
  /// event).
  case lateOutcome(after: String)
  /// A count of the writer's own visits or orders ("my third time staying here", "second time
  /// ordering from them"): loyalty, not a repeat the writer had to make; the lexicon's count
  /// ("third time" −1.3) counts nothing (rule 43; `count` is the counted phrase).
  case visitCounted(count: String)
  /// A positive term in the subject of "counts for nothing", "means nothing": what the writer says is
  /// not valued, not praise; it counts nothing (rule 55; `by` is the phrase).
  case devalued(by: String)
  /// A negative term in the first-person consequent of an averting condition ("Without their help
  /// we'd have missed the deadline"): what the writer was spared, negated (× `factor`; rule 29).
  case averted(by: String, factor: Double)
  /// An idea or a look praised, then how it works faulted, joined by a comma alone ("Good idea,
  /// poor execution"): each clause weighted as around a "but" (rule 32); `word` names the promise.
  case promiseAndDelivery(word: String, weight: Double)
  /// A term tagged `negation=only`, an outcome customers expect ("came", "responding"): when it did
  /// not happen (negated: "not came", "nobody picking up") it counts its lexicon value as given;
  /// when it happened it counts nothing (rule 25).
  case expectedOutcome(happened: Bool)
  /// A wish for what should already happen (rule 41): after a suggestion frame, a fault wished away
  /// ("would be nice if it didn't crash") or an expected outcome wished for ("would be good if they
  /// replied") counts its lexicon value as given; the frame itself counts
  /// `SentimentParameters.unmetWishValence` when the wish says "actually" or names something that
  /// should work ("would be nice if the aircon worked").
  case unmetWish(frame: String)
  /// A phrase the lexicon scores 0 ("would be nice", "i'd love", "best regards"): matched longest
  /// first, it covers the words inside it, which then score nothing (QA review 40: "Would be nice."
  /// was 0 with an empty explanation).
  case neutralFrame
  /// The word stands for the term of the clause before it, which its clause leaves out: "the wait
  /// times are NOT" after "Counter staff are lovely" (rule 40; `negated` gives the negation).
  case ellipsis
  /// A manner adverb right after a failure ("won't open properly", "stopped syncing correctly")
  /// states how it failed, not praise: it contributes nothing, and the failure term keeps its value
  /// (rule 47).
  case failureManner
  /// A closing sarcastic "not" ("Great service... not", "Loved the wait. NOT!") reverses the praise
  /// of the statement it closes: the term × `factor` (`SentimentParameters.negationScalar`; rule 48).
  case closingNot(factor: Double)
  /// "Thanks to" names the cause of a complaint in its sentence ("Thanks to them, my order arrived
  /// late"): the thanks counts nothing (rule 49).
  case causalThanks
  /// A one-sentence answer that is only a comparative and a few words ("Better communication",
  /// "Faster delivery") names what is asked for: the comparative contributes nothing (rule 52).
  case comparativeRequest
  /// A term in a clause whose subject is another provider ("Other banks are far more helpful",
  /// "Every other airline was better", "Their competitors are cheaper") judges that provider, not
  /// the one reviewed (rule 51): praise of it is a complaint about the one reviewed, × `factor`
  /// (`SentimentParameters.negationScalar`), and its faults count nothing (`factor` 0).
  case otherProvider(subject: String, factor: Double)
  /// A short sign-off's thanks after a sentence that asked a question ("Could you let me know?
  /// Thanks, Lauren"): thanks for the answer asked for, not for a service given (rule 26).
  case thanksAfterQuestion
  /// A remedy the writer demands ("I want a full refund", "I would like the renewal refunded"):
  /// what is asked for, not what was got; the term × `factor`
  /// (`SentimentParameters.negationScalar`; rule 57). `verb` is the demand's verb.
  case demandedRemedy(verb: String, factor: Double)
  /// "!"/"?" emphasis of a sentence, added away from zero.
  case punctuationEmphasis(exclamations: Int, questions: Int)
  /// A bare answer ("Nothing.") read through its survey question's frame (`QuestionFrame`:
  /// "praise" or "improvement"); the answer's own terms count nothing.
  case questionFrame(frame: String)
  /// The VADER profile: VADER's rules were applied as a whole.
  case vaderRules(note: String)
}

/// One term's part in a score.
public struct SentimentContribution: Sendable, Equatable {
  /// The text as written.
  public var text: String
  /// The lexicon term that matched (a wildcard ends in `*`).
  public var term: String
  /// Code-point offsets in the text (nil in the VADER profile, which works on whitespace tokens).
  public var start: Int?
  public var end: Int?
  /// The lexicon's valence (−4…+4).
  public var lexiconValence: Double
  /// Where the entry came from and its line: "general-en.tsv:123" for a shipped lexicon, the path
  /// as given for a `--lexicon` file ("packs/client-a/domain.tsv:12"; "./mine.tsv:3" for a bare
  /// name), or what made it ("punctuation", "rule: …", "emoji description …").
  public var origin: String
  public var rules: [SentimentRule]
  /// What the term adds to the sum that is normalised into the compound.
  public var contribution: Double

  public init(
    text: String, term: String, start: Int?, end: Int?, lexiconValence: Double, origin: String,
    rules: [SentimentRule], contribution: Double
  ) {
    self.text = text
    self.term = term
    self.start = start
    self.end = end
    self.lexiconValence = lexiconValence
    self.origin = origin
    self.rules = rules
    self.contribution = contribution
  }
}

/// Why a text got its score: every contributing term with the rules applied to it. The
/// contributions add up to the sum s that gives compound = s / √(s² + α).
public struct SentimentExplanation: Sendable, Equatable {
  public var contributions: [SentimentContribution] = []

  public init(contributions: [SentimentContribution] = []) {
    self.contributions = contributions
  }

  /// Sets the contributions at `indices` to 0, noting `rule` as the reason (a text-level rule that
  /// cancels terms after the sentences were scored: lukewarm, balanced, laughter, tears).
  mutating func cancel(_ indices: some Sequence<Int>, by rule: SentimentRule) {
    for index in indices {
      contributions[index].contribution = 0
      contributions[index].rules.append(rule)
    }
  }

  /// `cancel(_:by:)` for every contribution that is not 0 already.
  mutating func cancelAll(by rule: SentimentRule) {
    cancel(contributions.indices.filter { contributions[$0].contribution != 0 }, by: rule)
  }
}

extension JSONWriter {
  /// Writes an explanation as a JSON array of contributions:
  /// `[{"text","term","start","end","valence","source","rules":[{"rule",…}],"contribution"}]`.
  public mutating func explanation(_ explanation: SentimentExplanation) {
    beginArray()
    for item in explanation.contributions {
      beginObject()
      key("text")
      string(item.text)
      key("term")
      string(item.term)
      if let start = item.start, let end = item.end {
        key("start")
        number(start)
        key("end")
        number(end)
      }
      key("valence")
      number(item.lexiconValence)
      key("source")
      string(item.origin)
      key("rules")
      beginArray()
      for rule in item.rules { sentimentRule(rule) }
      endArray()
      key("contribution")
      number(item.contribution)
      endObject()
    }
    endArray()
  }

  private mutating func sentimentRule(_ rule: SentimentRule) {
    beginObject()
    key("rule")
    switch rule {
    case .negated(let by, let distance, let factor):
      string("negated")
      key("by")
      string(by)
      key("distance")
      number(distance)
      key("factor")
      number(factor)
    case .negatedByObject(let by, let factor):
      string("negated by its object")
      key("by")
      string(by)
      key("factor")
      number(factor)
    case .negationKept(let by, let distance, let reason):
      string("negation kept polarity")
      key("by")
      string(by)
      key("distance")
      number(distance)
      key("reason")
      string(reason)
    case .boosted(let by, let distance, let amount):
      string(amount >= 0 ? "boosted" : "dampened")
      key("by")
      string(by)
      key("distance")
      number(distance)
      key("amount")
      number(amount)
    case .capitalised(let amount):
      string("capitalised")
      key("amount")
      number(amount)
    case .lengthened(let amount):
      string("lengthened")
      key("amount")
      number(amount)
    case .clauseWeight(let connective, let weight):
      string("clause weight")
      key("connective")
      string(connective)
      key("weight")
      number(weight)
    case .returnIntent(let reason, let value):
      string("return intent")
      key("reason")
      string(reason)
      // QA review 36, F16: the value that replaced the lexicon's was not given.
      key("value")
      number(value)
    case .ironicPraise(let factor):
      string("ironic praise")
      key("factor")
      number(factor)
    case .scareQuotes:
      string("scare quotes")
    case .neutralFrame:
      string("neutral phrase")
    case .ellipsis:
      string("ellipsis")
    case .failureManner:
      string("manner of a failure")
    case .closingNot(let factor):
      string("closing not")
      key("factor")
      number(factor)
    case .causalThanks:
      string("thanks as a cause")
    case .comparativeRequest:
      string("comparative request")
    case .otherProvider(let subject, let factor):
      string("other provider")
      key("subject")
      string(subject)
      key("factor")
      number(factor)
    case .thanksAfterQuestion:
      string("thanks after a question")
    case .demandedRemedy(let verb, let factor):
      string("demanded remedy")
      key("by")
      string(verb)
      key("factor")
      number(factor)
    case .politeFormula:
      string("polite formula")
    case .lukewarmAnswer:
      string("lukewarm answer")
    case .politeRequest:
      string("courtesy of a request")
    case .balancedAnswer:
      string("balanced answer")
    case .laughterAtAComplaint:
      string("laughter at a complaint")
    case .thanksAfterComplaint:
      string("thanks after a complaint")
    case .requestedHelp:
      string("help asked for")
    case .tearsOfJoy:
      string("tears of joy")
    case .expectedOutcome(let happened):
      string(happened ? "expected outcome happened" : "expected outcome missing")
    case .fixNotDone(let marker):
      string("fix not done")
      key("by")
      string(marker)
    case .promiseBroken(let marker):
      string("promise broken")
      key("by")
      string(marker)
    case .lateOutcome(let event):
      string("expected outcome late")
      key("after")
      string(event)
    case .visitCounted(let count):
      string("visit counted")
      key("count")
      string(count)
    case .devalued(let by):
      string("devalued")
      key("by")
      string(by)
    case .averted(let by, let factor):
      string("averted")
      key("by")
      string(by)
      key("factor")
      number(factor)
    case .promiseAndDelivery(let word, let weight):
      string("promise and delivery")
      key("word")
      string(word)
      key("weight")
      number(weight)
    case .fixedObject(let verb):
      string("object of a fix")
      key("by")
      string(verb)
    case .accomplishedFix(let verb, let value):
      string("accomplished fix")
      key("by")
      string(verb)
      key("value")
      number(value)
    case .problemGone(let verb):
      string("problem gone")
      key("by")
      string(verb)
    case .question(let opener):
      string("question")
      key("opener")
      string(opener)
    case .listingAnswer:
      string("listing answer")
    case .unmetWish(let frame):
      string("unmet wish")
      key("frame")
      string(frame)
    case .suggestion(let frame):
      string("suggestion")
      key("frame")
      string(frame)
    case .excess(let by, let factor):
      string("excess")
      key("by")
      string(by)
      key("factor")
      number(factor)
    case .punctuationEmphasis(let exclamations, let questions):
      string("punctuation emphasis")
      key("exclamations")
      number(exclamations)
      key("questions")
      number(questions)
    case .questionFrame(let frame):
      string("question frame")
      key("frame")
      string(frame)
    case .vaderRules(let note):
      string("vader")
      key("note")
      string(note)
    }
    endObject()
  }
}
