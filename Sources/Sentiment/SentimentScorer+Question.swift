public import Tokenization

/// How `SentimentScorer.score(_:explain:question:)` read an answer through its question.
public enum QuestionReading: String, Sendable, Equatable {
  /// A bare answer ("Nothing.", "Everything!"; `BareAnswer`).
  case bareAnswer = "bare answer"
  /// A short answer that names something and says nothing of it ("The food.", "Faster response";
  /// `FramedMention`).
  case mention
}

extension SentimentScorer {
  /// `score(_:explain:)` of an answer to a survey question of `frame` (`QuestionFrame(question:)`).
  /// Two kinds of answer carry no sign of their own, so they take the question's:
  /// - a bare answer (`BareAnswer`: "Nothing.", "Everything!", "None really, thanks", "Yes",
  ///   "Already do"), or one that opens an answer whose rest states no opinion ("Nothing, y'all
  ///   rock"): valence `SentimentParameters.bareAnswerValence` (1.8), + for "nothing" to a question
  ///   about faults and "everything" or "yes" to one about praise, − for the reverse, + for a
  ///   satisfied answer to either;
  /// - a mention (`FramedMention`: a short answer in which no term scored, "The food.", "Listened.",
  ///   "Faster response", "Employ more staff."): valence `SentimentParameters.mentionValence`
  ///   (1.0), + to a question about praise (what was good is named), − to one about faults (what
  ///   was wrong or missing is named).
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
    if let whole = BareAnswer.of(tokenized) {
      bare = whole
    } else if result.0.compound == 0,
      (result.1 ?? score(tokenized, explain: true).1).map(Self.statesNoOpinion) ?? false
    {
      // The rest of the answer states no opinion: "Nothing, y'all rock" opens with a bare answer.
      bare = BareAnswer.opening(of: tokenized)
      if bare == nil { named = FramedMention.tokens(of: tokenized) }
    } else {
      bare = nil
    }
    if let bare {
      value = bare.answer.isPositive(to: frame) ? parameters.bareAnswerValence : -parameters.bareAnswerValence
      term = bare.answer.rawValue
      tokens = bare.tokens
      lastQuestionReading = .bareAnswer
    } else if let named {
      value = frame == .praise ? parameters.mentionValence : -parameters.mentionValence
      term = QuestionReading.mention.rawValue
      tokens = named
      lastQuestionReading = .mention
    } else {
      return result
    }
    let compound = parameters.normalize(value)
    let score = SentimentScore(
      label: model.thresholds.label(for: compound), compound: compound, pos: value > 0 ? 1 : 0, neu: 0,
      neg: value > 0 ? 0 : 1)
    guard var explanation = result.1 else { return (score, nil) }
    let rule = SentimentRule.questionFrame(frame: frame.rawValue)
    explanation.cancelAll(by: rule)
    let first = tokenized.tokens[tokens.lowerBound]
    let last = tokenized.tokens[tokens.upperBound - 1]
    explanation.contributions.append(
      SentimentContribution(
        text: String(decoding: tokenized.utf8[first.utf8Range.lowerBound..<last.utf8Range.upperBound], as: UTF8.self),
        term: term, start: first.start, end: last.end, lexiconValence: value,
        origin: "rule: answer read through its question", rules: [rule], contribution: value))
    return (score, explanation)
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
