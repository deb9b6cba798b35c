import Testing

/// Codebook 1.15.0, after batteries of contact-centre comments written for the fiftieth session:
/// a message left unanswered or answered fast, an agent who knew (or did not know) what they were
/// doing, an agent who went above and beyond, an experience praised as painless, fees and rates
/// judged (helper h50a's money-transfer reviews). Every sentence is written for this test (not
/// taken from the YAML's examples or any data set); each expectation is how a human coder reads it
/// with the tags' descriptions.
@Suite struct ContactCentreTags50Tests {
  let shipped: ShippedTagging

  init() throws { shipped = try ShippedTagging() }

  func codes(_ text: String) throws -> [String] { try shipped.codes(text) }

  @Test(arguments: [
    // (code, a sentence that must get it)
    ("service.follow_up", "They left me on read for a week."),
    ("service.follow_up", "Support ghosted us after the first email."),
    ("service.follow_up", "Really quick reply from the team."),
    ("service.agent_knowledge", "The second agent actually knew what she was doing."),
    ("service.agent_knowledge", "Nobody was able to answer a simple question."),
    ("service.courtesy", "The advisor went the extra mile to sort it."),
    ("general.praise", "Quick and painless, thanks."),
    ("general.praise", "Couldn't be easier, thank you."),
    ("general.praise", "Nothing was too much trouble, lovely people."),
    ("general.complaint", "Nothing but trouble since we moved to them."),
    ("product.not_as_described", "Download speeds are nowhere near what they advertised."),
    ("price.value", "Great exchange rates and really low fees."),
    ("price.value", "The commission was fair for an overseas transfer."),
  ])
  func contactCentreTopicsAreTagged(code: String, text: String) throws {
    #expect(try codes(text).contains(code), "\(text)")
  }

  @Test(arguments: [
    // (code, a sentence that must not get it, why)
    ("service.follow_up", "Slow response from the screen when I type.", "a device's response"),
    ("service.courtesy", "The girl at the branch counter went above and beyond.", "store staff"),
    ("general.praise", "Hassle-free refund, as promised.", "the refund's own ease"),
    ("delivery.missing", "Our server forgot the drinks we ordered.", "a waiter at the table, not an order"),
    ("price.value", "The success rate of their repairs is low.", "a statistic, not a price"),
  ])
  func otherTopicsAreNot(code: String, text: String, why: String) throws {
    #expect(try !codes(text).contains(code), "\(text) (\(why))")
  }
}
