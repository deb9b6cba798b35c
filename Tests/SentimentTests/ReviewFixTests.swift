import Sentiment
import Testing
import Tokenization

/// Behaviour fixed after a black-box review, on the shipped model: labels and signs only, so the
/// tests hold whatever the exact valences are.
struct ReviewFixTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  /// "used to" negates a past habit only ("used to love it"); after "be" or "get" it is a passive
  /// or "accustomed to" and negates nothing (the VADER tweets' "will be used to build some cool
  /// widgets" scored negative). The compound depends on the sum alone, so the frame adds nothing.
  @Test func usedToAfterBeOrGetIsNotANegator() {
    #expect(compound("I used to love it") < 0)
    #expect(compound("The API will be used to build some cool widgets") == compound("cool"))
    #expect(compound("It is often used to make great coffee") == compound("great"))
    #expect(compound("We got used to the great service") == compound("the great service"))
    #expect(compound("They were not used to such friendly staff") > 0)
  }

  /// "never" + a verb + "so"/"such"/"this" + term is a superlative, not a negation (the VADER
  /// tweets' "I have never slept so well" scored negative); with no verb between, or with "not",
  /// negation applies as before.
  @Test func neverWithADegreeWordIsASuperlative() {
    #expect(compound("I have never slept so well") > 0)
    #expect(compound("I've never eaten such good food") > 0)
    #expect(compound("We have never had such a good experience") > 0)
    #expect(compound("I have never been so disappointed") < 0)
    #expect(compound("never so good") < 0)
    #expect(compound("It was not so good") < 0)
  }

  /// "yet to" + verb is a negator, not the connective "yet": "Still yet to be fixed" scored
  /// positive (the clause after "yet" weighed more), "The best is yet to come" was halved.
  @Test func yetToIsANegator() {
    #expect(compound("Still yet to be fixed") < 0)
    #expect(compound("I have yet to receive my refund") < 0)
    #expect(compound("The best is yet to come") == compound("The best"))
    #expect(compound("cheap yet good") > compound("good"))
  }

  /// Review r16c R1: only an exclamation of praise opens an ironic sentence, and not when the rest
  /// reports a fix or praise ("Very helpful, she fixed the leak" scored −0.35).
  @Test func praiseThatNamesAFixedProblemIsNotIronic() {
    #expect(compound("Very helpful, she fixed the leak in an hour.") > 0)
    #expect(compound("Perfect, the engineer replaced the faulty boiler") > 0)
    #expect(compound("Excellent, they refunded the wrong charge") > 0)
    #expect(compound("Great, another delay") < 0)
    #expect(compound("Oh great, another delay") < 0)
  }

  /// Review r16c R2: a subject negator reaches over the phrase after it.
  @Test func aSubjectNegatorReachesOverItsPhrase() {
    #expect(compound("None of the staff were helpful.") < 0)
    #expect(compound("Nobody at the branch was helpful") < 0)
    #expect(compound("None of them, it was great") > 0)
  }

  /// Review r17b: a 0.0 entry is a neutral frame. It covers the term inside it and is not itself
  /// a sentiment an intensifier can boost: at +0.1 "more gluten free" came out positive.
  @Test func aNeutralFrameScoresNothingEvenWhenBoosted() {
    #expect(compound("more gluten free options") == 0)
    #expect(compound("very very working days") == 0)
    #expect(compound("My smart meter and the fraud team") == 0)
    #expect(compound("Kind regards") == 0)
    #expect(compound("It would be great if the app had dark mode") == 0)
    #expect(compound("The gluten free options were great") == compound("The options were great"))
  }

  /// Review r17b: a negated raising verb ("don't think", "wouldn't say") reaches into the clause it
  /// introduces (neg-raising: "I don't think they were helpful" = "I think they were not"); "never
  /// thought" (surprise), "I don't think so", "can't say enough", "ever", a relative pronoun and a
  /// degree word before the term ("this easy") keep their old readings, and only the clause's first
  /// term is reached (the VADER NYT "don't consider it worth the administrative hassle").
  @Test func aNegatedRaisingVerbReachesIntoItsClause() {
    #expect(compound("I don't think the staff were good") < 0)
    #expect(compound("I wouldn't say the food was particularly good") < 0)
    #expect(compound("I didn't feel the price was fair") < 0)
    #expect(compound("I don't think the staff were rude") > 0)
    #expect(compound("I don't think I've ever had better service") > 0)
    #expect(compound("I never thought the setup would be this easy") > 0)
    #expect(compound("I can't say enough good things about them") > 0)
    #expect(compound("I don't think so and the staff were lovely") > 0)
    #expect(compound("I don't consider it worth the hassle") < 0)
    #expect(compound("I don't think most of the people who loved the first one will agree") > 0)
    #expect(compound("The design is not thought out, there is too much plastic") < 0)
    // "find" + object + adjective is a raising frame too ("I didn't find them helpful" = "I found
    // them not helpful"); "won't find better" is the superlative of rule 2, as "couldn't be better".
    #expect(compound("I did not find the staff particularly helpful") < 0)
    #expect(compound("I didn't find the app easy to use") < 0)
    #expect(compound("You won't find better prices anywhere") > 0)
    #expect(compound("you will never find a nicer team") > 0)
  }

  /// Review r17b: a sentence that is only an exclamation of praise right after a complaint is
  /// ironic ("Delivery was late. Brilliant." and "Forgot my phone at home. Great." of the VADER
  /// tweets scored positive); after praise or a neutral fact it stays praise, and praise with
  /// content ("Brilliant support fixed it") is not an exclamation.
  @Test func aLonePraiseExclamationAfterAComplaintIsIronic() {
    #expect(compound("Delivery was late. Brilliant.") < 0)
    #expect(compound("Waited 40 minutes on hold. Oh great.") < 0)
    #expect(compound("Forgot my phone at home. Great.") < 0)
    #expect(compound("The staff were lovely. Brilliant.") > 0)
    #expect(compound("Ordered on Monday. Great!") > 0)
    #expect(compound("Had a problem with the app. Brilliant support fixed it.") > 0)
  }

  /// Review r19d: "Love it." after a complaint is the same exclamation ("Late again. Love it."
  /// scored +0.40); after praise it stays praise. A complaint that reports its own fix ("…caught a
  /// dodgy payment and refunded me the same day. Brilliant.") earns the praise (scored −0.49).
  @Test func loveItAfterAComplaintIsIronicButPraiseOfAFixIsNot() {
    #expect(compound("Late again. Love it.") < 0)
    #expect(compound("Lost my luggage. Loving it!") < 0)
    #expect(compound("The new menu is great. Love it.") > 0)
    #expect(compound("Fraud team caught a dodgy payment and refunded me the same day. Brilliant.") > 0)
  }

  /// Review r20a: praise conceded before a contrast is sincere ("Good, although a bit slow" was
  /// −0.47: "Good" was read as ironic); "Great, another delay" stays ironic.
  @Test func praiseBeforeAContrastIsNotIronic() {
    #expect(compound("Good, although a bit slow") > 0)
    #expect(compound("Great, another delay") < 0)
  }

  /// Review r19a: a hyphen typed as U+2010 or U+2011 (the non-breaking hyphen word processors put
  /// in "follow‑up") matches the lexicon's "-" as typographic apostrophes match "'".
  @Test func typographicHyphensMatchTheLexicon() {
    let ascii = compound("There was no follow-up at all.")
    #expect(ascii < 0)
    #expect(compound("There was no follow\u{2011}up at all.") == ascii)
    #expect(compound("There was no follow\u{2010}up at all.") == ascii)
  }

  /// Review r19d: lexicon section 25 — a cost that is "eye-watering", staff who were "very
  /// understanding", and frames that state no sentiment ("Neither good nor bad.", scored −0.15).
  @Test func reviewR19dLexiconEntries() {
    #expect(compound("Vet bill was eye-watering.") < 0)
    #expect(compound("They were very understanding.") > 0)
    #expect(compound("Neither good nor bad.") == 0)
    #expect(compound("No strong feelings either way.") == 0)
  }

  /// Review r16c R3: "couldn't recommend … more (highly) / any higher" is praise, like "… enough".
  @Test func cannotRecommendMoreIsPraise() {
    #expect(compound("Couldn't recommend her more") > 0)
    #expect(compound("Can't recommend them any higher") > 0)
    #expect(compound("I can't recommend this anymore") < 0)
  }

  /// Lexicons list emoji without skin tones (lexicons/README.md): 👍🏽 is 👍.
  @Test func skinTonesDoNotHideAnEmoji() {
    #expect(compound("👍🏽") == compound("👍"))
    #expect(compound("👎🏻") == compound("👎"))
    #expect(compound("👍") > 0)
  }

  /// An invisible format character after a space (a direction mark, a zero-width space) is not a
  /// clause boundary: "not" still negates "good".
  @Test func invisibleCharactersDoNotBreakNegation() {
    let plain = compound("it was not good")
    #expect(plain < 0)
    #expect(compound("it was not \u{200E}good") == plain)
    #expect(compound("it was not \u{200B}good") == plain)
  }

  /// A sentence-final "however" turns against the previous sentence, as a sentence-initial one
  /// does; it does not halve its own sentence.
  @Test func sentenceFinalHoweverFavoursItsOwnSentence() {
    #expect(compound("The food was great. The staff were rude, however.") < 0)
    #expect(compound("The staff were rude, however.") == compound("The staff were rude."))
  }

  /// Temporal "yet" and the noun "while" are not contrastive connectives.
  @Test func temporalYetAndNounWhileAreNotConnectives() {
    #expect(compound("Still not fixed yet") == compound("Still not fixed"))
    #expect(compound("I waited for a while and the agent was great") > 0)
    #expect(compound("Cheap yet good") > 0)
  }

  /// With three negators the factor applies once; the explanation must list factors whose product
  /// is the factor applied.
  @Test func explainedNegationFactorsMultiplyToTheAppliedOne() throws {
    let (_, explanation) = scorer.score(text: "not never no good", explain: true)
    let item = try #require(explanation?.contributions.first { $0.term == "good" })
    var product = 1.0
    for rule in item.rules {
      if case .negated(_, _, let factor) = rule { product *= factor }
    }
    #expect(item.contribution == item.lexiconValence * product)
  }
}
