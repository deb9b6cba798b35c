import Testing

/// Codebook 1.16.1, after batteries of short verdicts written for the fifty-first session: praise
/// of the whole ("can't fault them"), the company called a joke, the conditional refusal to return
/// and the first order that was the last. Every sentence is written for this test (not taken from
/// the YAML's examples or any data set); each expectation is how a human coder reads it with the
/// tags' descriptions.
@Suite struct Verdicts51TagsTests {
  let shipped: ShippedTagging

  init() throws { shipped = try ShippedTagging() }

  @Test(arguments: [
    // (code, a sentence that must get it)
    ("general.praise", "Really can't fault them at all."),
    ("general.praise", "The whole move could not have gone better."),
    ("general.complaint", "Honestly what a joke, three weeks and nothing."),
    ("general.complaint", "Complete joke of an outfit."),
    ("general.complaint", "Cheers, thanks for nothing."),
    ("general.churn_risk", "We would never go back after that."),
    ("general.churn_risk", "First and last order from this shop."),
    ("general.churn_risk", "Wouldn't go back to that garage if you paid me."),
  ])
  func shortVerdictsAreTagged(code: String, text: String) throws {
    #expect(try shipped.codes(text).contains(code), "\(text)")
  }

  @Test(arguments: [
    // (code, a sentence that must not get it, why)
    ("general.churn_risk", "I wouldn't go back to my old broadband provider.", "leaving the other company"),
    ("general.complaint", "The comedian's joke about the queue was great.", "a joke told, no verdict"),
  ])
  func neighboursAreNotTagged(code: String, text: String, why: String) throws {
    #expect(try !shipped.codes(text).contains(code), "\(text): \(why)")
  }
}
