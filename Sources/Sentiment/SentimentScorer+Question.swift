public import Tokenization

/// How `SentimentScorer.score(_:explain:question:)` read an answer through its question.
public enum QuestionReading: String, Sendable, Equatable {
  /// A bare answer ("Nothing.", "Everything!"; `BareAnswer`).
  case bareAnswer = "bare answer"
  /// A short answer that names something and says nothing of it ("The food.", "Faster response";
  /// `FramedMention`).
  case mention
  /// A request that answers a question about faults ("Be more friendly", "Better integrations
  /// with Slack"; `FramedRequest`).
  case request
  /// An answer that declines to answer ("No idea", "Unsure"; `BareAnswer.declines`): neutral,
  /// whatever its words score in a sentence ("they had no idea").
  case decline
  /// An answer that gives the score its question asks for, at its start ("8 driver was lovely" to
  /// "Reply with a score 0-10") or in a sentence of its own ("… Toner prices crept up. 6";
  /// `RatingScale.answerScore(of:)`), read as one term besides its words.
  case openingScore = "opening score"
}

extension SentimentScorer {
  /// `score(_:explain:question:)` of an answer to `question`: read through its frame, and, when it
  /// asks for a score on a scale and the answer gives one (`RatingScale.answerScore(of:)`: at its
  /// start, or in a sentence of its own), with that score as one more valence term,
  /// `RatingScale.valence(of:)` ("2 machine wouldnt take card" to "How did we do today? Reply
  /// 1-5": −1.6; "8 driver was lovely" to "Reply with a score 0-10": 0, a passive's score, and the
  /// words decide). The term is scored as the words
  /// around it are (a "but" after it weighs it down) and shown in the explanation as "score N on
  /// 0–10". The VADER profile reads no question.
  ///
  /// An answer of degree words alone to a question that asks a degree (`SurveyQuestion.degree`:
  /// "Very." to "How satisfied were you?") is scored with the quality it leaves out ("very
  /// satisfied"; `DegreeAnswer`), as a bare answer.
  public func score(
    _ tokenized: TokenizedText, explain: Bool, question: SurveyQuestion
  ) -> (SentimentScore, SentimentExplanation?) {
    if let quality = question.degree, !usesVader, let degree = DegreeAnswer.words(of: tokenized, quality: quality) {
      return score(tokenized, explain: explain, degree: degree, quality: quality, frame: question.frame)
    }
    guard let scale = question.scale, !usesVader, let opening = scale.answerScore(of: tokenized) else {
      return score(tokenized, explain: explain, question: question.frame)
    }
    setAnswerScore(AnswerScore(token: opening.token, value: opening.value, scale: scale))
    defer { setAnswerScore(.none) }
    let result = score(tokenized, explain: explain, question: question.frame)
    if lastQuestionReading == nil { lastQuestionReading = .openingScore }
    return result
  }

  /// `tokenized`, an answer of the degree words `degree` alone, scored as `degree` and `quality`
  /// written together ("very satisfied"), explained as one contribution of the answer's words with
  /// that phrase as its term and the rule `question frame`.
  private func score(
    _ tokenized: TokenizedText, explain: Bool, degree: String, quality: String, frame: QuestionFrame
  ) -> (SentimentScore, SentimentExplanation?) {
    let own = score(tokenized, explain: explain)
    // The phrase is another text: the answer's own reading of its language stands.
    let mayBeNonEnglish = scoredTextMayBeNonEnglish
    let phrase = degree.isEmpty ? quality : degree + " " + quality
    let (score, phraseExplanation) = self.score(text: phrase, explain: explain)
    scoredTextMayBeNonEnglish = mayBeNonEnglish
    lastQuestionReading = .bareAnswer
    guard var explanation = own.1, let phraseExplanation,
      let first = tokenized.tokens.firstIndex(where: { $0.kind == .word }),
      let last = tokenized.tokens.lastIndex(where: { $0.kind == .word })
    else { return (score, nil) }
    let value = phraseExplanation.contributions.reduce(0) { $0 + $1.contribution }
    Self.replace(&explanation, by: phrase, value: value, tokens: first..<(last + 1), of: tokenized, frame: frame)
    return (score, explanation)
  }

  /// Cancels every contribution of `explanation` by the rule `question frame` and adds the reading
  /// of `tokens` of `tokenized` in their place: the term `term`, valence `value`.
  private static func replace(
    _ explanation: inout SentimentExplanation, by term: String, value: Double, tokens: Range<Int>,
    of tokenized: TokenizedText, frame: QuestionFrame
  ) {
    let rule = SentimentRule.questionFrame(frame: frame.rawValue)
    explanation.cancelAll(by: rule)
    let first = tokenized.tokens[tokens.lowerBound]
    let last = tokenized.tokens[tokens.upperBound - 1]
    explanation.contributions.append(
      SentimentContribution(
        text: String(decoding: tokenized.utf8[first.utf8Range.lowerBound..<last.utf8Range.upperBound], as: UTF8.self),
        term: term, start: first.start, end: last.end, lexiconValence: value,
        origin: "rule: answer read through its question", rules: [rule], contribution: value))
  }

  /// `score(_:explain:)` of an answer to a survey question of `frame` (`QuestionFrame(question:)`).
  /// Two kinds of answer carry no sign of their own, so they take the question's:
  /// - a bare answer (`BareAnswer`: "Nothing.", "Everything!", "None really, thanks", "Yes",
  ///   "Already do"), or one that opens an answer whose rest states no opinion ("Nothing, y'all
  ///   rock"): valence `SentimentParameters.bareAnswerValence` (1.8), + for "nothing" to a question
  ///   about faults and "everything" or "yes" to one about praise, − for the reverse, + for a
  ///   satisfied answer to either; so is an opening whose terms are all that scored ("Yes, more
  ///   vegan options"); to a yes/no question of approval ("Would you recommend us?", "Did we
  ///   resolve your issue?"; `QuestionFrame.approval`), + for "yes" or a satisfied answer and −
  ///   for "no" ("everything" answers nothing asked there);
  /// - a mention (`FramedMention`: a short answer in which no term scored, "The food.", "Listened.",
  ///   "Faster response", "Employ more staff."): valence `SentimentParameters.mentionValence`
  ///   (1.0), + to a question about praise (what was good is named), − to one about faults (what
  ///   was wrong or missing is named), none to a yes/no question of approval;
  /// - a request to a question about faults (`FramedRequest`: "Be more friendly", "Better
  ///   integrations with Slack", "A proper export to Excel"), not negative on its own and with all
  ///   its praise in the request: its praise names what is wished for, so it counts as a mention
  ///   of a fault, valence −`mentionValence`.
  ///
  /// An answer that declines to answer ("No idea", "Unsure", "Mixed"; `BareAnswer.declines`) is
  /// neutral (compound 0, neu 1), its terms cancelled.
  ///
  /// The score is then compound s / √(s² + α) of that one valence, pos (or neg) 1; the answer's
  /// own terms, if any ("thanks"), are cancelled in the explanation and the reading added as a
  /// contribution with the rule `question frame`. Any other answer, an `open` frame, and the VADER
  /// profile (which copies VADER, and VADER reads no question) score as `score(_:explain:)` does.
  /// `lastQuestionReading` says afterwards which reading applied, if any.
  public func score(
    _ tokenized: TokenizedText, explain: Bool, question frame: QuestionFrame
  ) -> (SentimentScore, SentimentExplanation?) {
    let result = score(tokenized, explain: explain)
    lastQuestionReading = nil
    guard frame != .open, !usesVader else { return result }
    let parameters = model.parameters
    let value: Double
    let term: String
    let tokens: Range<Int>
    let bare: (answer: BareAnswer, tokens: Range<Int>)?
    var named: Range<Int>?
    // The answer's explanation, made at most once (a call without --explain has none until a
    // reading below needs one).
    var explained: SentimentExplanation?? = result.1.map { .some($0) }
    func explanation() -> SentimentExplanation? {
      if let explained { return explained }
      let made = self.score(tokenized, explain: true).1
      explained = .some(made)
      return made
    }
    if let whole = BareAnswer.of(tokenized) {
      bare = whole
    } else if result.0.compound != 0, Self.declines(tokenized) {
      // "No idea", "Unsure": no answer to the question, whatever the words score in a sentence.
      lastQuestionReading = .decline
      let score = SentimentScore(label: .neutral, compound: 0, pos: 0, neu: 1, neg: 0)
      guard var explanation = result.1 else { return (score, nil) }
      explanation.cancelAll(by: .questionFrame(frame: frame.rawValue))
      return (score, explanation)
    } else if result.0.compound == 0, explanation().map(Self.statesNoOpinion) ?? false {
      // The rest of the answer states no opinion: "Nothing, y'all rock" opens with a bare answer.
      bare = BareAnswer.opening(of: tokenized)
      if bare == nil, frame != .approval { named = FramedMention.tokens(of: tokenized) }
    } else if let opening = BareAnswer.opening(of: tokenized), let explanation = explanation(),
      Self.onlyWithin(opening.tokens, of: tokenized, explanation)
    {
      // "Yes, more vegan options": what scored is the opening ("yes"); the rest states no opinion.
      bare = opening
    } else {
      bare = nil
    }
    if let bare, bare.answer.answers(frame) {
      value = bare.answer.isPositive(to: frame) ? parameters.bareAnswerValence : -parameters.bareAnswerValence
      term = bare.answer.rawValue
      tokens = bare.tokens
      lastQuestionReading = .bareAnswer
    } else if let named {  // set only where no bare answer was found
      value = frame == .praise ? parameters.mentionValence : -parameters.mentionValence
      term = QuestionReading.mention.rawValue
      tokens = named
      lastQuestionReading = .mention
    } else if frame == .improvement, result.0.label != .negative, let request = request(in: tokenized, explanation) {
      value = -parameters.mentionValence
      term = QuestionReading.request.rawValue
      tokens = request
      lastQuestionReading = .request
    } else {
      return result
    }
    let compound = parameters.normalize(value)
    let score = SentimentScore(
      label: model.thresholds.label(for: compound), compound: compound, pos: value > 0 ? 1 : 0, neu: 0,
      neg: value > 0 ? 0 : 1)
    guard var explanation = result.1 else { return (score, nil) }
    Self.replace(&explanation, by: term, value: value, tokens: tokens, of: tokenized, frame: frame)
    return (score, explanation)
  }

  /// The tokens of the request that opens `tokenized` (`FramedRequest`), when every term that
  /// scored positive in it lies in the request and one does: its praise names what is wished for.
  /// `explanation` gives the answer's explanation, asked for only when the words may be a request.
  private func request(
    in tokenized: TokenizedText, _ explanation: () -> SentimentExplanation?
  ) -> Range<Int>? {
    // The words alone first (an "-er" word taken as positive): most answers open with no request,
    // and need no explanation.
    guard FramedRequest.tokens(of: tokenized, positiveWords: nil) != nil, let explanation = explanation() else {
      return nil
    }
    let praise = explanation.contributions.filter { $0.contribution > 0 }
    guard !praise.isEmpty else { return nil }
    let words = Set(praise.filter { $0.lexiconValence > 0 }.map { $0.term.lowercased() })
    guard let request = FramedRequest.tokens(of: tokenized, positiveWords: words) else { return nil }
    let span = Self.codePoints(of: request, in: tokenized)
    return praise.allSatisfy { Self.lies($0, within: span) } ? request : nil
  }

  /// The code points that tokens `tokens` of `tokenized` cover, first to last.
  private static func codePoints(of tokens: Range<Int>, in tokenized: TokenizedText) -> Range<Int> {
    tokenized.tokens[tokens.lowerBound].start..<tokenized.tokens[tokens.upperBound - 1].end
  }

  /// Whether `contribution` lies within the code points `span` (one without offsets does not).
  private static func lies(_ contribution: SentimentContribution, within span: Range<Int>) -> Bool {
    (contribution.start ?? -1) >= span.lowerBound && (contribution.end ?? Int.max) <= span.upperBound
  }

  /// Whether the whole answer declines to answer (`BareAnswer.declines`: "No idea", "Unsure",
  /// "Don't know", "N/A").
  private static func declines(_ tokenized: TokenizedText) -> Bool {
    // Counted first: most answers are longer than any decline, and need no word spelt out.
    let count = tokenized.tokens.count { $0.kind == .word }
    guard count > 0, count <= BareAnswer.maximumWords else { return false }
    let words = tokenized.tokens.filter { $0.kind == .word }.map { BareAnswer.word(tokenized, $0) }
    return BareAnswer.declines(words[...])
  }

  /// Whether every term that scored in `explanation`, but for those that state no opinion
  /// (`statesNoOpinion`), lies in `tokens` of `tokenized`.
  private static func onlyWithin(
    _ tokens: Range<Int>, of tokenized: TokenizedText, _ explanation: SentimentExplanation
  ) -> Bool {
    let span = codePoints(of: tokens, in: tokenized)
    var rest = explanation
    rest.contributions.removeAll { lies($0, within: span) }
    return rest.contributions.count < explanation.contributions.count && statesNoOpinion(rest)
  }

  /// Whether an explanation shows no opinion: no term scored, or only terms that a rule cancelled
  /// as what is asked for ("Faster response", rule 52; "would be nice", rule 13), as a phrase the
  /// lexicon scores 0, or as an expected outcome that happened ("They came on time", rule 25). A
  /// term cancelled as lukewarm ("All been fine", rule 18) or as politeness is an opinion, which the
  /// question does not override.
  private static func statesNoOpinion(_ explanation: SentimentExplanation) -> Bool {
    explanation.contributions.allSatisfy { contribution in
      contribution.contribution == 0
        && contribution.rules.contains {
          switch $0 {
          case .comparativeRequest, .suggestion, .neutralFrame, .expectedOutcome(happened: true): true
          default: false
          }
        }
    }
  }
}
