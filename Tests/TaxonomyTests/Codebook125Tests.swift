import Testing

@testable import Taxonomy

/// Codebook 1.25.0: classes, sessions, workshops, talks, tours and care judged are what a service
/// business sells (`product.quality`); guides, leaders, presenters, hosts, organisers and community
/// health and housing staff judged are met in person (`store.staff`); a waiting room, a vending
/// machine, sockets wanted and an event's refreshments are the premises' amenities
/// (`store.facilities`); an amount called a lot or paid just to get in is `price.expensive`; written
/// information that contradicts itself is `communication.clarity`. Blind review h65d coded so in the odd ids read; the even ids are held
/// out. Every sentence is written for this test; each expectation is how a coder reads it with the
/// tags' descriptions.
@Suite struct Codebook125Tests {
  let shipped: ShippedTagging

  init() throws { shipped = try ShippedTagging() }

  /// The codes of `text` read as the answer to `question`.
  func codes(_ text: String, question: String) throws -> [String] {
    var metadata = RuleMetadata()
    metadata.question = question
    return try shipped.tagger.tag(try shipped.tokenizer.tokenize(text), metadata: metadata).map(\.code)
  }

  @Test(arguments: [
    "The yoga classes were excellent all term.",
    "Really informative webinar, I took pages of notes.",
    "The workshop felt rushed at the end.",
    "Some of the sessions were a bit salesy.",
    "The care was brilliant on the stroke unit.",
  ])
  func isProductQuality(text: String) throws {
    #expect(try shipped.codes(text).contains("product.quality"), "\(text)")
  }

  @Test(arguments: [
    "Customer care were great when I rang.",
    "My session expired while I was paying.",
    "Take care of yourselves, it was a good year.",
  ])
  func isNotProductQuality(text: String) throws {
    #expect(try !shipped.codes(text).contains("product.quality"), "\(text)")
  }

  @Test(arguments: [
    "Our guide was funny and knew so much about the castle.",
    "The group leader was kind to my son.",
    "The health visitor made me feel stupid for asking.",
    "The organisers were helpful when our stand lost power.",
    "The loss adjuster was thorough and fair.",
    "Brilliant job, the lads were tidy and polite.",
  ])
  func isStoreStaff(text: String) throws {
    #expect(try shipped.codes(text).contains("store.staff"), "\(text)")
  }

  @Test(arguments: [
    "The waiting area was cramped and far too hot.",
    "The vending machine took my money and gave me nothing.",
    "We need more power sockets in the library.",
    "Refreshments were laid on at the break.",
  ])
  func isStoreFacilities(text: String) throws {
    #expect(try shipped.codes(text).contains("store.facilities"), "\(text)")
  }

  @Test(arguments: [
    "I sat in the waiting room for an hour.",
    "The guide book was out of date.",
  ])
  func isNeitherStaffNorFacilities(text: String) throws {
    let codes = try shipped.codes(text)
    #expect(!codes.contains("store.staff") && !codes.contains("store.facilities"), "\(text)")
  }

  @Test(arguments: [
    "£40 just to get in the door.",
    "Honestly £120 is a lot for one afternoon.",
    "Silly money for a sandwich.",
  ])
  func isPriceExpensive(text: String) throws {
    #expect(try shipped.codes(text).contains("price.expensive"), "\(text)")
  }

  @Test func writtenInformationThatContradictsItselfIsUnclear() throws {
    #expect(try shipped.codes("The timetable and the app contradict each other.").contains("communication.clarity"))
    #expect(try !shipped.codes("Two agents contradicted each other on the phone.").contains("communication.clarity"))
  }

  /// How likely the customer is to come back, answered "Unlikely", is `general.recommend`.
  @Test func howLikelyToComeBackIsRecommendation() throws {
    let question = "How likely are you to come back to us in future? Please tell us why."
    #expect(try codes("Unlikely, the prices keep going up.", question: question).contains("general.recommend"))
    #expect(try !shipped.codes("Unlikely, the prices keep going up.").contains("general.recommend"))
  }

  /// A verdict of the whole is general praise or complaint; beside a topic the topic has it.
  @Test func verdictsOfTheWholeAreGeneral() throws {
    #expect(try shipped.codes("Good overall, thanks.") == ["general.praise"])
    #expect(try shipped.codes("Honestly a bad experience.") == ["general.complaint"])
    #expect(try !shipped.codes("Not a bad experience at all.").contains("general.complaint"))
    #expect(try !shipped.codes("The delivery was a bad experience.").contains("general.complaint"))
  }

  /// A case passed round, or a new handler each time, is `service.transfer`.
  @Test func passedRoundIsATransfer() throws {
    #expect(try shipped.codes("Passed round like a parcel.").contains("service.transfer"))
    #expect(try shipped.codes("Three different claims handlers in two months.").contains("service.transfer"))
  }

  /// How fast an order came, in an answer to a question about the order, is `delivery.speed`.
  @Test func speedInAnAnswerAboutAnOrderIsDeliverySpeed() throws {
    #expect(try codes("Hot and on time, thanks.", question: "How was your order?").contains("delivery.speed"))
    #expect(try !codes("Hot and on time, thanks.", question: "How was your stay?").contains("delivery.speed"))
    #expect(try !shipped.codes("Hot and on time, thanks.").contains("delivery.speed"))
  }
}
