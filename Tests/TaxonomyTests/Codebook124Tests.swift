import Testing

@testable import Taxonomy

/// Codebook 1.24.0: general praise, general complaint and the overall verdict are fallbacks
/// (`FallbackTagTests`); the state of what was bought, a product doing its job and handmade work
/// judged are `product.quality` (blind review h64d coded so in the odd ids read; the even ids are
/// held out). Every sentence is written for this test; each expectation is how a coder reads it
/// with the tags' descriptions.
@Suite struct Codebook124Tests {
  let shipped: ShippedTagging

  init() throws { shipped = try ShippedTagging() }

  @Test(arguments: [
    "Second hand but in excellent condition.",
    "The bike is as good as new after the service.",
    "Does exactly what it says, no fuss.",
    "Works perfectly, charges in an hour.",
    "Lovely workmanship on the frame.",
    "Beautiful work, the colours are spot on.",
  ])
  func isProductQuality(text: String) throws {
    #expect(try shipped.codes(text).contains("product.quality"), "\(text)")
  }

  @Test(arguments: [
    "The parcel arrived in good condition.",
    "I returned it in perfect condition and still no refund.",
    "The app works perfectly now.",
    "Read the terms and conditions before you sign.",
    "The discount code works fine at checkout.",
  ])
  func isNotProductQuality(text: String) throws {
    #expect(try !shipped.codes(text).contains("product.quality"), "\(text)")
  }

  /// An overall verdict beside a topic is left to the topic; alone, it is the verdict.
  @Test func theOverallVerdictIsAFallback() throws {
    #expect(try shipped.codes("Overall it was okay.") == ["general"])
    #expect(try shipped.codes("Overall the engineer was rude.") == ["store.staff"])
  }
}
