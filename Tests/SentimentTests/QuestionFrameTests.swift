import Sentiment
import Testing
import Tokenization

/// Questions as surveys word them, and the frame a coder reads in each. The NHS Friends and Family
/// Test's follow-up questions ("What was good?", "What could we do better?", "How could we
/// improve?", "Please can you tell us why you gave your answer?") are NHS England's published
/// wording (FFT guidance, 2019); the others are common wordings of open questions in customer
/// surveys. Each expectation says which side the question asks for.
struct QuestionFrameTests {
  @Test func questionsAboutFaultsOrImprovements() {
    for question in [
      "How could we improve?", "What could we do better?", "What did you like least?",
      "What didn't you like?", "Is there anything you did not like about your visit?",
      "Did anything go wrong?", "What one thing would you change?", "What could we have done differently?",
      "Were there any problems with your order?", "Do you have any suggestions for us?",
      "What disappointed you?", "What were you unhappy with?", "What was frustrating about the app?",
      "What would have made your experience better?", "Was anything missing?",
      "What would make you more likely to recommend us?", "What should we stop doing?",
      "Is there anything we could have done to make your visit more enjoyable?", "Where did we fall short?",
      "What changes would you make?",
    ] {
      #expect(QuestionFrame(question: question) == .improvement, "\(question)")
    }
  }

  @Test func questionsAboutWhatWasGood() {
    for question in [
      "What was good?", "What did you like most?", "What did you like about your stay?", "What went well?",
      "What was the best part of your visit?", "What do you value most about our service?",
      "What did you enjoy?", "What should we keep doing?", "Was there anything you particularly liked?",
      "What were you happy with?", "What impressed you?", "What was the highlight of your trip?",
      "What aspects of your stay exceeded your expectations?", "What do you find most valuable about our product?",
      "What did we get right?", "What are our strengths?",
    ] {
      #expect(QuestionFrame(question: question) == .praise, "\(question)")
    }
  }

  /// Yes/no questions whose "yes" approves of the company: the Net Promoter follow-up in its
  /// yes/no form (Reichheld, "The One Number You Need to Grow", Harvard Business Review 2003, asks
  /// "How likely is it that you would recommend [company] to a friend or colleague?"), the
  /// return-intent question, and the contact-centre survey's first-contact-resolution question
  /// ("Did we resolve your issue today?"). "How likely …?", "What would make you more likely to
  /// recommend us?", a negated question and "Was there anything we could have fixed?" are not such
  /// questions.
  @Test func yesNoQuestionsOfApproval() {
    for question in [
      "Would you recommend us?", "Would you recommend us to a friend or colleague? Why or why not?",
      "Would you recommend us to a friend? Why / why not?", "Will you recommend our app to others?",
      "Would you recommend us after how we handled your problem?", "Did you recommend us to anyone?",
      "would you recommend this hotel", "Would You Recommend Us?", "Would you still recommend us?",
      "Would you use us again?", "Will you shop with us again?", "Would you come back?",
      "Would you book with us again in future?", "Would you renew with us?",
      "Did we resolve your issue? Tell us more", "Was your query answered today?",
      "Has your problem been fixed?", "Did we sort everything out for you?", "Is your issue now resolved?",
    ] {
      #expect(QuestionFrame(question: question) == .approval, "\(question)")
    }
    for question in [
      "What would make you more likely to recommend us?", "How likely are you to recommend us?",
      "Would you like to recommend a friend for our referral scheme and earn a reward?",
      "Why would you recommend us?", "Would you not recommend us?", "Didn't we fix it last time?",
      "Was there anything we could have fixed?", "Did anything go wrong?", "Would you use the app?",
      "What could we do to resolve your issue?",
    ] {
      #expect(QuestionFrame(question: question) != .approval, "\(question)")
    }
  }

  @Test func questionsThatAskForNeitherSideOrForBoth() {
    for question in [
      // The reason for a rating: either side.
      "Please can you tell us why you gave your answer?", "FFT Why?", "What is the main reason for your score?",
      "Any other comments?",
      // "like" in a request idiom is no praise.
      "Is there anything else you would like to tell us?", "Anything else you'd like to add?",
      // Both sides at once.
      "What were you satisfied and/or dissatisfied with?", "What did you like and dislike?",
      "What did you like most and least?", "What was good and what could be improved?",
      "What was good and what was bad about your stay?", "What are the pros and cons?",
      // A change made is asked about, not asked for.
      "How do you feel about the recent changes to bin collections?",
      // How to serve better is asked, not what was best.
      "How can we best serve you?",
      // A degree is asked for, not what was good (blind review h63d).
      "How satisfied were you with your repair visit? Please tell us why", "How well did we do?",
      "How helpful was the agent?",
    ] {
      let frame = QuestionFrame(question: question)
      if question == "How can we best serve you?" {
        #expect(frame != .praise, "\(question)")
      } else {
        #expect(frame == .open, "\(question)")
      }
    }
  }

  @Test func comparativesAndObstaclesAskForFaults() {
    // A comparative asks what would make it so; what stood in the way is a fault. Wordings of
    // blind review h57d's questions (fifty-seventh session), which the frame read as open before.
    for question in [
      "What would make your bill easier to understand?", "What would have made your claim easier?",
      "What almost stopped you completing your order?", "What nearly put you off?",
      "What was the hardest part of signing up?", "Do you have any concerns?",
    ] {
      #expect(QuestionFrame(question: question) == .improvement, "\(question)")
    }
    for question in [
      "What are we doing right?", "What stood out positively during your stay?",
      "Is there a member of staff you'd like to thank?",
    ] {
      #expect(QuestionFrame(question: question) == .praise, "\(question)")
    }
  }

  @Test func curlyApostrophesAndCaseDoNotMatter() {
    #expect(QuestionFrame(question: "WHAT DIDN’T YOU LIKE?") == .improvement)
    #expect(QuestionFrame(question: "Anything else you’d like to add?") == .open)
  }
}

/// Bare answers: words that name nothing or everything and say no more (`BareAnswer`).
struct BareAnswerTests {
  private func bare(_ text: String) throws -> BareAnswer? {
    var tokenized = TokenizedText()
    try Tokenizer().tokenize(text, into: &tokenized)
    return BareAnswer.of(tokenized)?.answer
  }

  @Test func answersThatNameNothing() throws {
    for text in [
      "Nothing.", "nothing", "None", "No.", "Nope", "Nothing really.", "Not really", "Nothing at all!",
      "Nothing at the moment, thanks", "Honestly, nothing.", "Can't think of anything.",
      "I can’t think of anything at the moment", "None needed", "No suggestions", "Nothing comes to mind",
      "No, nothing.", "Nothing. Thank you", "Nothing. Thank you so much.", "On this occasion nothing.",
      "n/a Nothing.", "You couldn't.",
      // Denials: there was none (worth naming).
      "Not much", "not a lot", "None of it", "It wasn't", "Wouldn't change a thing", "I wouldnt change anything",
    ] {
      #expect(try bare(text) == .nothing, "\(text)")
    }
  }

  @Test func answersThatNameEverything() throws {
    for text in ["Everything.", "Everything!", "everything really", "All of it", "All.", "The whole thing"] {
      #expect(try bare(text) == .everything, "\(text)")
    }
  }

  @Test func answersThatAffirmOrAreContent() throws {
    for text in ["Yes", "Yeah!", "Definitely", "Yes of course"] {
      #expect(try bare(text) == .yes, "\(text)")
    }
    for text in [
      "Already do", "Keep doing what you’re doing", "Keep it up!", "It's fine as it is", "Carry on as you are",
      // Asking for what there was is content (review h57d's convention A6).
      "More of the same please!", "I'd keep it exactly as it is", "Same again",
    ] {
      #expect(try bare(text) == .satisfied, "\(text)")
    }
    // "Nothing I disliked" restates the question: nothing is named.
    for text in ["Nothing I disliked", "Nothin", "Don't change a thing"] {
      #expect(try bare(text) == .nothing, "\(text)")
    }
  }

  @Test func anAnswerMayOpenWithABareClause() throws {
    var tokenized = TokenizedText()
    try Tokenizer().tokenize("Nothing, y'all rock", into: &tokenized)
    #expect(BareAnswer.of(tokenized) == nil)
    let opening = try #require(BareAnswer.opening(of: tokenized))
    #expect(opening.answer == .nothing && opening.tokens == 0..<1)
    // No clause after the mark, or a clause that is no bare answer: nothing opens it.
    try Tokenizer().tokenize("Nothing.", into: &tokenized)
    #expect(BareAnswer.opening(of: tokenized) == nil)
    try Tokenizer().tokenize("The staff, mostly", into: &tokenized)
    #expect(BareAnswer.opening(of: tokenized) == nil)
  }

  @Test func theSignOfEachKind() {
    #expect(BareAnswer.nothing.isPositive(to: .improvement) && !BareAnswer.nothing.isPositive(to: .praise))
    #expect(BareAnswer.everything.isPositive(to: .praise) && !BareAnswer.everything.isPositive(to: .improvement))
    #expect(BareAnswer.yes.isPositive(to: .praise) && !BareAnswer.yes.isPositive(to: .improvement))
    #expect(BareAnswer.satisfied.isPositive(to: .praise) && BareAnswer.satisfied.isPositive(to: .improvement))
  }

  @Test func answersWithMoreToSayOrThatDecline() throws {
    for text in [
      // An opinion of their own.
      "Nothing, it was perfect", "All good", "Everything was great", "Nothing was explained", "No problems",
      // Declining to answer is no answer of nothing.
      "N/A", "No comment", "Don't know", "Nothing to add",
      // An emoji or a number says something of its own.
      "Nothing 😊", "None 0",
      // Fillers alone.
      "really", "thanks",
    ] {
      #expect(try bare(text) == nil, "\(text)")
    }
  }
}

/// Bare answers scored through their question (`SentimentScorer.score(_:explain:question:)`) on
/// the shipped lexicons.
struct QuestionFrameScoringTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  private func score(_ text: String, _ frame: QuestionFrame, explain: Bool = false) throws -> (
    SentimentScore, SentimentExplanation?
  ) {
    scorer.score(try tokenized(text), explain: explain, question: frame)
  }

  @Test func nothingToAQuestionAboutFaultsScoresAsNothingToImprove() throws {
    // The valence is the lexicon's "nothing to improve" (1.8): the answer scores as its paraphrase,
    // which takes the lexicon path: compound 1.8 / √(1.8² + 15) = 0.42146.
    let bare = try score("Nothing.", .improvement).0
    let paraphrase = scorer.score(text: "Nothing to improve", explain: false).0
    #expect(abs(bare.compound - paraphrase.compound) < 1e-12)
    #expect(abs(bare.compound - 1.8 / (1.8 * 1.8 + 15).squareRoot()) < 1e-12)
    #expect(bare.label == .positive)
    #expect(bare.pos == 1 && bare.neu == 0 && bare.neg == 0)
  }

  @Test func theSignFollowsTheQuestion() throws {
    #expect(try score("Everything!", .improvement).0.label == .negative)
    #expect(try score("Everything.", .praise).0.label == .positive)
    #expect(try score("Nothing really", .praise).0.label == .negative)
    #expect(try score("None at the moment, thank you", .improvement).0.label == .positive)
    // With the text alone the answers are neutral (their words score nothing).
    #expect(scorer.score(text: "Nothing.", explain: false).0.label == .neutral)
    #expect(scorer.score(text: "Everything.", explain: false).0.label == .neutral)
  }

  @Test func aYesOrANoToAQuestionOfApprovalApprovesOrNot() throws {
    // A coder reads "No" to "Would you recommend us?" as a customer who would not; the text alone
    // is neutral (the words score nothing).
    #expect(scorer.score(text: "no", explain: false).0.label == .neutral)
    for text in ["no", "No.", "Nope", "Not really", "no, not at the moment"] {
      #expect(try score(text, .approval).0.label == .negative, "\(text)")
    }
    for text in ["Yes", "yes definitely", "Of course!", "Already have", "Already do, thanks"] {
      #expect(try score(text, .approval).0.label == .positive, "\(text)")
    }
    // The valence is the bare answer's, either sign: compound ±1.8 / √(1.8² + 15).
    let expected = 1.8 / (1.8 * 1.8 + 15).squareRoot()
    #expect(abs(try score("Yes", .approval).0.compound - expected) < 1e-12)
    #expect(abs(try score("No", .approval).0.compound + expected) < 1e-12)
  }

  @Test func aMentionOrEverythingSaysNothingOfApproval() throws {
    // "Depends on the price" names something; it neither recommends nor refuses. "Everything"
    // answers nothing asked. Both score as written.
    for text in ["Depends on the price", "Everything.", "The app", "Maybe"] {
      #expect(try score(text, .approval).0 == scorer.score(text: text, explain: false).0, "\(text)")
    }
  }

  @Test func openQuestionsAndAnswersWithMoreToSayScoreAsWritten() throws {
    for (text, frame) in [
      ("Nothing.", QuestionFrame.open), ("Nothing, it was perfect", .praise), ("Everything was great", .improvement),
      ("The wait was too long", .praise),
    ] {
      let alone = scorer.score(text: text, explain: false).0
      #expect(try score(text, frame).0 == alone, "\(text)")
    }
  }

  @Test func theExplanationNamesTheQuestionAndCancelsTheAnswersOwnTerms() throws {
    let (score, explanation) = try score("Nothing, thanks!", .praise, explain: true)
    #expect(score.label == .negative)
    let contributions = try #require(explanation?.contributions)
    let last = try #require(contributions.last)
    #expect(last.text == "Nothing, thanks")
    #expect(last.term == "nothing")
    #expect(last.contribution == -1.8)
    #expect(last.rules == [.questionFrame(frame: "praise")])
    // Whatever the answer's own words scored counts nothing now.
    #expect(contributions.dropLast().allSatisfy { $0.contribution == 0 })
  }
}

/// The text of the tokens `find` picks in `text` once tokenized, first to last; nil when it picks
/// none.
private func spanText(_ text: String, _ find: (TokenizedText) -> Range<Int>?) throws -> String? {
  var tokenized = TokenizedText()
  try Tokenizer().tokenize(text, into: &tokenized)
  guard let tokens = find(tokenized) else { return nil }
  let first = tokenized.tokens[tokens.lowerBound].utf8Range.lowerBound
  let last = tokenized.tokens[tokens.upperBound - 1].utf8Range.upperBound
  return String(decoding: tokenized.utf8[first..<last], as: UTF8.self)
}

/// Short answers that name something and say nothing of it (`FramedMention`).
struct FramedMentionTests {
  private func mention(_ text: String) throws -> String? {
    try spanText(text) { FramedMention.tokens(of: $0) }
  }

  @Test func shortAnswersNameWhatTheyAreAbout() throws {
    // The span runs from the first word or number to the last, without closing punctuation.
    #expect(try mention("The food.") == "The food")
    #expect(try mention("Listened.") == "Listened")
    #expect(try mention("Employ more staff.") == "Employ more staff")
    #expect(try mention("Visiting time COVID 19.") == "Visiting time COVID 19")
  }

  @Test func questionsDeclinesLinksAndStoriesAreNoMentions() throws {
    for text in [
      "Is it open on Sunday?", "Don't know", "N/A", "No comment.", "Nothing to add",
      "www.example.com", "As I live in sheltered accommodation all my transport was arranged by the warden",
      // A negator says something of what is named; a first clause may decline.
      "not a lot anymore since they shut the library", "Didn't notice any difference",
      "Hard to say, we only just started",
    ] {
      #expect(try mention(text) == nil, "\(text)")
    }
  }
}

/// Mentions scored through their question on the shipped lexicons.
struct FramedMentionScoringTests {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  private func score(_ text: String, _ frame: QuestionFrame) throws -> SentimentScore {
    var tokenized = TokenizedText()
    try Tokenizer().tokenize(text, into: &tokenized)
    return scorer.score(tokenized, explain: false, question: frame).0
  }

  @Test func aMentionTakesAMildSignFromItsQuestion() throws {
    // Valence ±1.0 (`mentionValence`): compound 1 / √(1 + 15) = 0.25 exactly.
    #expect(try score("The food.", .praise).compound == 0.25)
    #expect(try score("Parking.", .improvement).compound == -0.25)
    // Terms a rule cancelled as asked for, or as an outcome that happened, are no opinion.
    #expect(try score("Faster response", .improvement).label == .negative)
    #expect(try score("Came sooner", .improvement).label == .negative)
    #expect(try score("They came.", .praise).label == .positive)
    #expect(scorer.lastQuestionReading == .mention)
  }

  @Test func aBareOpeningBeforeNoOpinionIsReadAsBare() throws {
    #expect(try score("Nothing, y'all rock", .improvement).label == .positive)
    #expect(scorer.lastQuestionReading == .bareAnswer)
    // With an opinion after it, the answer is scored as written.
    #expect(
      try score("Nothing, the food was cold", .improvement)
        == scorer.score(text: "Nothing, the food was cold", explain: false).0)
  }

  @Test func answersWithAnOpinionOrAnOpenQuestionScoreAsWritten() throws {
    for (text, frame) in [
      ("All been fine", QuestionFrame.improvement), ("The food was cold.", .praise), ("Parking.", .open),
      ("Don't know", .praise),
    ] {
      #expect(try score(text, frame) == scorer.score(text: text, explain: false).0, "\(text)")
    }
    #expect(scorer.lastQuestionReading == nil)
  }
}

/// Requests that open an answer (`FramedRequest`).
struct FramedRequestTests {
  private func request(_ text: String, positive: Set<String>? = nil) throws -> String? {
    try spanText(text) { FramedRequest.tokens(of: $0, positiveWords: positive) }
  }

  @Test func eachFormOfRequestIsFoundUpToTheEndOfItsClause() throws {
    // The span is the first clause, from its first word after a filler to its last token.
    #expect(try request("Please be more patient with older customers") == "be more patient with older customers")
    #expect(try request("Better coffee, the machine is always broken") == "Better coffee")
    #expect(try request("Clearer bills please.") == "Clearer bills please")
    #expect(try request("A manager who actually listens") == "A manager who actually listens")
    #expect(try request("A proper export to Excel") == "A proper export to Excel")
    #expect(try request("More money 😂") == "More money 😂")
    #expect(try request("Hire more nurses!") == "Hire more nurses")
  }

  @Test func anErWordIsAComparativeOnlyWhenTheLexiconScoresIt() throws {
    // "Clearer" is a praise word of the lexicon; "Manager" ends in "-er" and is none.
    #expect(try request("Clearer instructions", positive: ["clearer"]) != nil)
    #expect(try request("Manager sorted it quickly", positive: ["quickly"]) == nil)
    // Praise words in "-er" that are no comparatives praise what is there.
    #expect(try request("Super staff", positive: ["super"]) == nil)
  }

  @Test func statementsQuestionsNegationsAndContinuationsAreNoRequests() throws {
    for text in [
      "Better than last year", "Have always been happy", "More staff now", "Never change",
      "Could you be more friendly?",
      "Keep up the good work", "More of the same", "Carry on", "A lovely stay", "Staff", "Better",
    ] {
      #expect(try request(text) == nil, "\(text)")
    }
  }
}

/// Requests, declines and openings scored through their question on the shipped lexicons.
extension FramedMentionScoringTests {
  @Test func aRequestWithPraiseInItNamesAFaultToAnImprovementQuestion() throws {
    // Review h56d's convention (rule 5): a suggestion or feature request to an improvement
    // question implies a shortcoming (negative). Valence −1.0: compound −1 / √(1 + 15) = −0.25.
    for text in [
      "Be more friendly", "Better integrations with Slack and Teams", "Clearer instructions on the website please",
      "A manager who actually listens", "A proper export to Excel",
    ] {
      #expect(try score(text, .improvement).compound == -0.25, "\(text)")
      #expect(scorer.lastQuestionReading == .request, "\(text)")
    }
  }

  @Test func praiseOutsideTheRequestAnotherFrameOrAComplaintKeepTheirScore() throws {
    for (text, frame) in [
      ("Better parking, but the nurses were lovely", QuestionFrame.improvement),
      ("Be more friendly", .praise), ("Keep up the good work", .improvement),
      ("Fix the broken lift, it is dangerous", .improvement),
    ] {
      #expect(try score(text, frame) == scorer.score(text: text, explain: false).0, "\(text)")
    }
  }

  @Test func aWholeAnswerThatDeclinesIsNeutral() throws {
    // Both reviews' conventions (rule 4): non-answers are neutral for every question. In a
    // sentence the words score ("they had no idea"); as the whole answer they decline.
    for text in ["No idea", "Unsure", "Mixed"] {
      #expect(scorer.score(text: text, explain: false).0.compound < 0, "\(text)")
      let score = try score(text, .improvement)
      #expect(score.compound == 0 && score.label == .neutral, "\(text)")
      #expect(scorer.lastQuestionReading == .decline, "\(text)")
    }
    #expect(try score("No idea what they are doing", .improvement).label == .negative)
  }

  @Test func anOpeningThatHoldsAllThatScoredIsReadAsBare() throws {
    // "Yes" to "Any suggestions?" has a suggestion to make (review h56d's rule 3); what follows
    // names it and states no opinion.
    #expect(try score("Yes, more vegan options", .improvement).label == .negative)
    #expect(scorer.lastQuestionReading == .bareAnswer)
    // An opinion after the opening keeps the answer as written.
    #expect(
      try score("Yes, the staff were lovely", .improvement)
        == scorer.score(text: "Yes, the staff were lovely", explain: false).0)
  }
}
