import Sentiment
import Testing

/// Bank reviews 49 on the shipped lexicons: what a field test on reviews of mortgage lenders and
/// banks (`evaluation/sentiment/bank.py`) showed the default profile misreading. The texts are
/// invented, after patterns of those reviews; each expectation is the reading a customer means.
struct BankReviews49Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    scorer = SentimentScorer(model: try SentimentModel.shipped())
  }

  /// The terms `--explain` lists for `text` with a non-zero contribution.
  private func counted(_ text: String) throws -> [String] {
    let explanation = try #require(scorer.score(text: text, explain: true).1)
    return explanation.contributions.filter { $0.contribution != 0 }.map(\.text)
  }

  /// "hard to" negates what follows it ("hard to get approved" is a complaint), so effort read as
  /// difficulty: "worked so hard to get the loan approved" was negative. The effort is praise.
  @Test func effortIsPraiseNotDifficulty() {
    #expect(label("Our adviser worked so hard to get the loan approved.") == .positive)
    #expect(label("The broker worked hard to close before the deadline.") == .positive)
    #expect(label("She works really hard for her clients.") == .positive)
    // Difficulty itself stays a complaint.
    #expect(label("It was hard to get the loan approved.") == .negative)
  }

  /// "the pros and cons of …" names a topic; only a statement that the answer's praise and
  /// complaints even out is a balance (rule 20), which zeroed whole reviews of praise before.
  @Test func prosAndConsAsATopicIsNoBalance() throws {
    #expect(label("She explained the pros and cons of each loan and was extremely helpful.") == .positive)
    #expect(label("We went through pros and cons on the phone, and he was fantastic.") == .positive)
    // The balance statement still cancels praise and complaint.
    let balanced = "The branch has its pros and cons: friendly tellers but long queues."
    #expect(label(balanced) == .neutral)
    #expect(try counted(balanced).isEmpty)
  }

  /// Thanks said again is thanks; "again" alone stays a recurring fault.
  @Test func thanksAgainIsThanks() throws {
    #expect(try counted("Thanks again for sorting out my account.") == ["Thanks again"])
    #expect(label("The card broke again.") == .negative)
  }

  /// Rule 5's verbs of coming back now include services one hires: working with someone,
  /// refinancing, hiring. A refusal is still a refusal, and someone else's "again" is no intent.
  @Test func hiringAgainIsAReturnIntent() {
    #expect(label("I would work with her again.") == .positive)
    #expect(label("Would refinance with them again.") == .positive)
    #expect(label("I'd hire him again.") == .positive)
    #expect(label("I will never work with them again.") == .negative)
    #expect(label("I wouldn't hire them again.") == .negative)
    #expect(label("It broke and will not work again.") == .negative)
  }

  /// Keeping the customer informed and handling things: praise with no single opinion word.
  @Test func handlingEverythingIsPraise() {
    #expect(label("My banker kept me in the loop the whole time.") == .positive)
    #expect(label("The manager stayed on top of everything.") == .positive)
    #expect(label("Our mortgage closed without a glitch.") == .positive)
    #expect(label("The teller walked me through the new app.") == .positive)
    #expect(label("She took the anxiety out of switching accounts.") == .positive)
    #expect(label("The bank made me feel like more than just a number.") == .positive)
    #expect(label("I felt like just a number.") == .negative)
  }

  /// Honesty about costs, and costs out of proportion.
  @Test func upfrontAndAstronomicalCosts() {
    #expect(label("The branch staff were upfront about the charges.") == .positive)
    #expect(label("They were not upfront about the penalty.") == .negative)
    #expect(label("The fees were astronomical.") == .negative)
    #expect(label("Low fees and quick transfers.") == .positive)
    #expect(label("The fees were high.") == .negative)
  }

  /// Complaints stated without an opinion word.
  @Test func plainComplaints() {
    #expect(label("There was no sense of urgency from the complaints team.") == .negative)
    #expect(label("I saw red flags from the first call.") == .negative)
    #expect(label("The chat agent offered little help.") == .negative)
    #expect(label("I couldn't get a hold of anyone at the branch.") == .negative)
    #expect(label("My instructions were not followed.") == .negative)
    #expect(label("They opened the account without my knowledge.") == .negative)
    #expect(label("My emails fell on deaf ears.") == .negative)
    #expect(label("All I got was a busy signal.") == .negative)
  }

  /// Names of things in lending that hold an opinion word are no opinion: a loan document, a kind
  /// of bank, a loan product, the customer's own credit, a property's value.
  @Test func lendingNamesAreNoOpinion() throws {
    #expect(try counted("They sent me the good faith estimate.").isEmpty)
    #expect(try counted("North American Savings Bank holds my mortgage.").isEmpty)
    #expect(try counted("I took a 15 year fixed loan.").isEmpty)
    #expect(try counted("I have excellent credit.").isEmpty)
    #expect(try counted("They asked for the value of the property.").isEmpty)
    #expect(label("To make it short and sweet, the service was slow.") == .negative)
  }
}
