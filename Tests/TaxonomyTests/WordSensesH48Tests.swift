import Testing

/// Codebook 1.13.0 (field test h48 on real app, hotel, phone-accessory and restaurant reviews):
/// words that name a topic in one sense and something else in another. Each pair below is written
/// for this test (not taken from the YAML's examples or from the reviews): the first sentence of a
/// pair keeps the tag, the second uses the word in the other sense, as a human coder would read it
/// (named in the fourth field).
@Suite struct WordSensesH48Tests {
  let shipped: ShippedTagging

  init() throws { shipped = try ShippedTagging() }

  func codes(_ text: String) throws -> [String] { try shipped.codes(text) }

  @Test(arguments: [
    // (code, keeps it, does not get it, the other sense)
    ("general", "Service was so-so at best.", "I was so so happy with how fast they sorted it.", "an intensifier"),
    ("policy", "The terms of my contract changed.", "Good value in terms of price.", "a comparison"),
    ("delivery.tracking", "No tracking number was ever sent.", "I hate the ad tracking in this app.", "people tracked"),
    (
      "policy.returns", "Returned the jacket because it was too small.",
      "We returned from our holiday to find the boiler still broken.",
      "a trip"
    ),
    (
      "policy.returns", "I will return it if it doesn't fit.", "Pressing back returns to the main menu every time.",
      "a screen"
    ),
    (
      "delivery.missing", "My order is lost somewhere between the depot and my house.",
      "The songs play in random order and half my playlist is lost.",
      "a sequence"
    ),
    (
      "store.hours_location", "The shop should stay open later on Sundays.",
      "The window won't stay open long enough to read it.",
      "a window"
    ),
    (
      "privacy", "I felt like I was being watched by the guard the whole time.",
      "The episode being watched restarts from the beginning.",
      "a show"
    ),
    (
      "delivery", "My package was left out in the rain.", "We booked a spa package for two and loved it.",
      "what was booked"
    ),
    (
      "delivery.speed", "My order arrived late again.", "We arrived late at night and the desk was empty.",
      "the customer arriving"
    ),
    (
      "store.staff", "The receptionist was lovely and sorted our room.",
      "The reception on this phone drops in the lift.", "a phone's signal"
    ),
    ("policy.returns", "I will return for a refund.", "Great food and will definitely return.", "coming back"),
    ("store", "The outlet store had everything in my size.", "It charges from any wall outlet.", "a power socket"),
    (
      "billing.payment_failed", "I couldn't pay with my card at the till.", "You couldn't pay me to go back there.",
      "an idiom"
    ),
  ])
  func wordInTheTopicSenseOnly(code: String, keeps: String, other: String, otherSense: String) throws {
    #expect(try codes(keeps).contains(code), "\(keeps)")
    #expect(try !codes(other).contains(code), "\(other) (\(otherSense))")
  }

  @Test func softwareFaultsNamedWithoutTheApp() throws {
    // A fault of software needs no "app" beside it; insects are bugs too and stay out.
    #expect(try codes("The new version is really buggy.").contains("digital.performance"))
    #expect(try codes("They still haven't fixed the glitch with the basket.").contains("digital.performance"))
    #expect(try !codes("There were bugs all over the bathroom.").contains("digital.performance"))
  }

  @Test func dishesAndTasteWordsAreProductQuality() throws {
    // Restaurant reviews judge dishes the codebook did not name, and words said only of food
    // stand alone; "tasteless" is said of adverts too and still needs a food word. A verdict on a
    // dish is the dish's, not general praise.
    #expect(try codes("Bacon was far too salty.").contains("product.quality"))
    #expect(try codes("Honestly so yummy.").contains("product.quality"))
    #expect(try !codes("A tasteless advert on the radio.").contains("product.quality"))
    #expect(try codes("The tacos were amazing.") == ["product.quality"])
  }

  @Test func trackingOfPeopleIsPersonalData() throws {
    // The phrase that takes "tracking" from delivery.tracking gives it to privacy.data.
    #expect(try codes("I hate the ad tracking in this app.").contains("privacy.data"))
  }
}
