import Testing

/// Codebook 1.14.0 (field test h49b on real reviews of mortgage lenders and banks): what a lender's
/// customer says about the people, calls, updates, explanations, credit checks and fees, and two
/// words in another sense. Every sentence is written for this test, not taken from the YAML's
/// examples or from the reviews; each expectation is how a human coder reads the sentence with the
/// tags' descriptions.
@Suite struct LenderReviewsH49Tests {
  let shipped: ShippedTagging

  init() throws { shipped = try ShippedTagging() }

  func codes(_ text: String) throws -> [String] { try shipped.codes(text) }

  @Test(arguments: [
    // (code, a sentence that must get it)
    ("service.courtesy", "My loan officer was condescending every time I called."),
    ("service.courtesy", "The underwriter was helpful and quick to reply."),
    ("store.staff", "The tellers at the branch were friendly as always."),
    ("service.follow_up", "Nobody at the bank ever returned our calls."),
    ("communication.updates", "Our broker kept us posted while the loan was in underwriting."),
    ("communication.updates", "They never kept us in the loop about the valuation."),
    ("communication.clarity", "She talked me through every form before I signed."),
    ("privacy.data", "The lender ran a credit check without my consent."),
    ("price.expensive", "Their overdraft fees are excessive."),
    ("price.expensive", "The interest rates went up twice in a month."),
  ])
  func lenderTopicsAreTagged(code: String, text: String) throws {
    #expect(try codes(text).contains(code), "\(text)")
  }

  @Test(arguments: [
    // (code, a sentence that must not get it, why)
    ("policy.returns", "Our accountant filed the tax returns late.", "a tax return"),
    ("price.promotion", "The sale of the flat fell through twice.", "selling a property"),
    ("communication.clarity", "We walked through the branch to the back office.", "walking, not explaining"),
    ("privacy.data", "They ran a credit check with my consent, as agreed.", "a check allowed"),
  ])
  func otherSensesAreNot(code: String, text: String, why: String) throws {
    #expect(try !codes(text).contains(code), "\(text) (\(why))")
  }

  /// The session's battery of one sentence a code: churn said by cancelling a contract keeps its tag
  /// beside the subscription's (longest match hid it), and a store that closes too early.
  @Test func cancellingAContractIsChurnRiskAndASubscriptionMatter() throws {
    let cancelling = try codes("I am cancelling my contract at the end of the month.")
    #expect(cancelling.contains("general.churn_risk") && cancelling.contains("billing.subscription"), "\(cancelling)")
    #expect(try codes("The branch shuts too early on Saturdays.").contains("store.hours_location"))
  }
}
