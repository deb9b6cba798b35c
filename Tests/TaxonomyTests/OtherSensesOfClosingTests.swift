import Testing

/// Codebook 1.15.0: "closed", "broke down" and "delivered" in senses that are not a shop's hours,
/// a faulty product or an order's delivery: a loan or house purchase that closes, costs or steps
/// broken down (explained), a loan, a promise or results delivered. Every sentence is written for
/// this test (not taken from the YAML's examples or any data set); each expectation is how a human
/// coder reads it with the tags' descriptions, and the paired sentences show that the ordinary
/// sense still gets its tag.
@Suite struct OtherSensesOfClosingTests {
  let shipped: ShippedTagging

  init() throws { shipped = try ShippedTagging() }

  func codes(_ text: String) throws -> [String] { try shipped.codes(text) }

  @Test(arguments: [
    // (code, a sentence that must not get it, why)
    ("store.hours_location", "Our mortgage closed on Thursday, two days early.", "a mortgage closing"),
    ("store.hours_location", "We finally closed on the house on Monday.", "a house purchase"),
    ("product.defect", "The advisor broke down the charges for us one by one.", "charges explained"),
    ("product.defect", "Our banker broke it down so it all made sense.", "explained"),
    ("delivery.speed", "They delivered our loan on time despite the holidays.", "a loan, not an order"),
    ("delivery", "The broker delivered on every promise he made.", "a promise kept"),
    ("delivery", "The new team delivered excellent results this year.", "results"),
  ])
  func otherSensesAreNot(code: String, text: String, why: String) throws {
    #expect(try !codes(text).contains(code), "\(text) (\(why))")
  }

  @Test(arguments: [
    // (code, the ordinary sense, which keeps its tag)
    ("store.hours_location", "The branch is closed on Saturdays now."),
    ("product.defect", "The washing machine broke down after a month."),
    ("delivery.speed", "The sofa was delivered two weeks late."),
    ("delivery", "They delivered it to my neighbour without asking."),
    // The base form keeps the tag: a promise the company cannot deliver is about delivery.
    ("delivery", "Stop promising what you cannot deliver."),
  ])
  func ordinarySensesAreTagged(code: String, text: String) throws {
    #expect(try codes(text).contains(code), "\(text)")
  }
}
