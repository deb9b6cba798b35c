import Sentiment
import Testing

/// Trustpilot reviews 50 on the shipped lexicons: what a field test on company reviews of a
/// money-transfer service and an online shop (`evaluation/sentiment/trustpilot.py`) showed the
/// default profile misreading. The texts are invented, after patterns of those reviews; each
/// expectation is the reading a customer means, worked from the lexicon values and the rules.
struct TrustpilotReviews50Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    scorer = SentimentScorer(model: try SentimentModel.shipped())
  }

  /// The terms `--explain` lists for `text` with a non-zero contribution.
  private func counted(_ text: String) throws -> [String] {
    let explanation = try #require(scorer.score(text: text, explain: true).1)
    return explanation.contributions.filter { $0.contribution != 0 }.map(\.text)
  }

  /// "fail to", "fails to", "failed to" negate an opinion word after them; with none, the failure
  /// itself is the complaint (−1.8, as "unable to" states a need left unmet). One term of −1.8 gives
  /// the compound −1.8 / √(1.8² + 15) = −0.4215.
  @Test func aFailureWithNoOpinionWordIsAComplaint() throws {
    #expect(try counted("They failed to send the money.") == ["failed to"])
    #expect(abs(compound("They failed to send the money.") - -0.4215) < 0.0005)
    #expect(label("The payment failed to go through.") == .negative)
    #expect(label("The courier fails to turn up every time.") == .negative)
    #expect(label("They always fail to call back.") == .negative)
  }

  /// Before an opinion word the three stay negators and count nothing of their own: "failed to
  /// impress" is the negated praise, "failed to disappoint" the negated complaint (× −0.4, mild
  /// praise), and "never failed to" is still a 0.0 frame.
  @Test func beforeAnOpinionWordTheyStillNegate() throws {
    #expect(try counted("The upgrade failed to impress.") == ["impress"])
    #expect(label("The upgrade failed to impress.") == .negative)
    #expect(try counted("The new app failed to disappoint.") == ["disappoint"])
    #expect(label("The new app failed to disappoint.") == .positive)
    #expect(label("Their support never failed to impress me.") == .positive)
  }

  /// Leaving said with "no longer" and nothing for it to negate: with "will", or as the customer's
  /// status, it is the reviewed company that loses the customer (−1.8).
  @Test func leavingWithNoLongerIsAComplaint() throws {
    #expect(try counted("I will no longer be shopping here.") == ["will no longer be shopping"])
    #expect(label("We will no longer use this courier.") == .negative)
    #expect(label("I will no longer be ordering from them.") == .negative)
    #expect(label("I am no longer a customer.") == .negative)
    // A problem that is no longer there is still praise, and the present tense of switching away
    // from another provider is not listed ("I no longer use my bank for this" is praise of the
    // service that replaced it), so nothing counts.
    #expect(label("I no longer have any problems with my transfers.") == .positive)
    #expect(try counted("I no longer use my bank for this.").isEmpty)
  }
}
