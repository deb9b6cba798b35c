import Testing

@testable import Taxonomy

/// Codebook 1.23.0: the goods judged as a whole are `product.quality`; a problem still there after
/// an attempt to fix it, or unchanged after a complaint, is `service.resolution`; a passport or
/// licence renewed is no `billing.subscription`. Blind reviews h59b, h60b and h60e coded so in the
/// odd ids read (the even ids are held out). Every sentence is written for this test; each
/// expectation is how a coder reads it with the tags' descriptions.
@Suite struct Codebook123Tests {
  let shipped: ShippedTagging

  init() throws { shipped = try ShippedTagging() }

  func codes(_ text: String) throws -> [String] {
    try shipped.tagger.tag(try shipped.tokenizer.tokenize(text)).map(\.code)
  }

  @Test(arguments: [
    ("product.quality", "Lovely product, the delivery was a shambles though."),
    ("product.quality", "The items were poor and nothing like last year's."),
    ("product.quality", "Honestly the goods are superb."),
    ("service.resolution", "The heating is still off after the engineer came twice."),
    ("service.resolution", "Still no dial tone despite three resets."),
    ("service.resolution", "I reported the damp in June and nothing has changed."),
    ("service.resolution", "Thank you for fixing the problem with my meter."),
    ("service.resolution", "They are sorting it out this week, I am told."),
    ("billing.subscription", "My gym renewal came through at a higher price."),
  ])
  func isCoded(code: String, text: String) throws {
    #expect(try codes(text).contains(code), "\(text)")
  }

  @Test(arguments: [
    ("product.quality", "Good value for the product, nothing more to say."),
    ("product.quality", "The staff have good product knowledge."),
    ("product.quality", "Item returned in good condition, still no refund."),
    ("product.quality", "Great product range in the new store."),
    ("service.resolution", "Still a fan after all these years."),
    ("service.resolution", "Nothing has changed about the opening hours, which suits me."),
    ("billing.subscription", "Got my passport renewed in a week."),
    ("billing.subscription", "The driving licence was renewed without any fuss."),
  ])
  func isNotCoded(code: String, text: String) throws {
    #expect(try !codes(text).contains(code), "\(text)")
  }
}
