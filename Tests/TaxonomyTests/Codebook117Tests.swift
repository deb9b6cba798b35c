import Testing

/// Codebook 1.17.0: the new `store.facilities` code (the premises' amenities and comfort) and its
/// neighbours, the misfires found on airline-lounge reviews (a return flight, a lounge too small,
/// "till" as until, privacy as seclusion, a wifi password), older misfires (a sign-in code that took
/// ages, a card frozen in the app, transfers between departments) and topic-free verdicts. Every
/// sentence is written for this test (not taken from the YAML's examples or any data set); each
/// expectation is how a human coder reads it with the tags' descriptions.
@Suite struct Codebook117Tests {
  let shipped: ShippedTagging

  init() throws { shipped = try ShippedTagging() }

  func codes(_ text: String) throws -> [String] { try shipped.codes(text) }

  @Test(arguments: [
    // (a sentence about the premises' amenities or comfort)
    "The lounge was rammed and we sat on the floor by the windows.",
    "Nowhere to sit in the waiting area, half the chairs were taped off.",
    "Only one toilet for the whole lounge, so there was always a queue.",
    "The showers in the lounge were a lifesaver after the night flight.",
    "Wifi in the terminal kept dropping every ten minutes.",
    "There are hardly any power sockets in the cafe.",
    "The branch was boiling inside, the air con must be broken.",
    "Far too noisy in the gym with the music that loud.",
    "The lounge ran out of hot food by seven and nobody refilled it.",
    "The fitting rooms have no hooks and one mirror between six cubicles.",
    "Great facilities, and the lounge had plenty of space to spread out.",
    "The sofas are so close together in the lounge that there is no privacy.",
  ])
  func facilitiesAreTagged(text: String) throws {
    #expect(try codes(text).contains("store.facilities"), "\(text)")
  }

  @Test(arguments: [
    // (a sentence that must not get store.facilities, the code it belongs to instead)
    ("The toilets in the lounge were disgusting.", "store.cleanliness"),
    ("We queued at the lounge desk for half an hour.", "store.queue"),
    ("The lounge closes at nine, before most evening flights.", "store.hours_location"),
    ("Parking at the branch is impossible on a weekday.", "store.hours_location"),
    ("The seats on the train were cramped and worn.", "product.quality"),
    ("The hotel room had a huge comfy bed.", "product.quality"),
  ])
  func facilitiesLeaveItsNeighboursAlone(text: String, neighbour: String) throws {
    let got = try codes(text)
    #expect(!got.contains("store.facilities") && got.contains(neighbour), "\(text): \(got)")
  }

  @Test(arguments: [
    // (a sentence that names no premises, why)
    ("I love the armchair I bought, so comfortable.", "furniture bought, not premises"),
    ("My home broadband is slow every evening.", "a home connection"),
    ("The dress was too small across the shoulders.", "a garment's fit"),
  ])
  func noPremisesNoFacilities(text: String, why: String) throws {
    #expect(try !codes(text).contains("store.facilities"), "\(text): \(why)")
  }

  @Test(arguments: [
    // (code, a lounge-review sentence that must not get it, why)
    ("policy.returns", "On my return to Manchester the lounge was shut.", "the way home"),
    ("policy.returns", "We used the lounge on the Dubai to Perth return as well.", "a return flight"),
    ("product.size_fit", "The lounge is far too small for the number of flights.", "premises, not a garment"),
    ("product.size_fit", "The washrooms are small for the size of the lounge.", "premises, not a garment"),
    ("store.queue", "We had to wait till boarding for anything hot.", "till as until"),
    ("store.queue", "The flight did not leave till midnight, the lounge closed at ten.", "till as until"),
    ("privacy", "There is no privacy in that seating area, the chairs touch.", "seclusion in a place"),
    ("digital.login", "Had to ask the bar staff for the wifi password.", "a wifi password"),
  ])
  func loungeMisfiresAreGone(code: String, text: String, why: String) throws {
    #expect(try !codes(text).contains(code), "\(text): \(why)")
  }

  @Test(arguments: [
    // (code, a sentence that must not get it, why)
    ("delivery.speed", "The security code took ages to arrive, so the payment failed.", "a sign-in code"),
    ("digital.performance", "Froze my card in the app while I looked for it.", "a card frozen, not the app"),
    ("account.restriction", "Froze my card on the app, then found it in my coat.", "the customer's doing"),
    ("general.churn_risk", "I won't go back to my old bank now.", "leaving the other company"),
    ("service.wait_time", "Chatted to an agent for over an hour and he fixed it.", "time on the call, no wait"),
  ])
  func olderMisfiresAreGone(code: String, text: String, why: String) throws {
    #expect(try !codes(text).contains(code), "\(text): \(why)")
  }

  @Test(arguments: [
    // (code, a sentence that must get it)
    ("service.transfer", "I was transferred to four departments before I gave up."),
    ("service.transfer", "Got passed between departments for a fortnight."),
    ("service.wait_time", "Finally spoke to a human after 40 minutes of music."),
    ("service.wait_time", "Got through to a real person after nearly two hours."),
    ("general.churn_risk", "I won't go back to that garage."),
    ("digital.login", "The one-time code took ages to arrive."),
    ("general.praise", "Second to none."),
    ("general.praise", "Absolutely top notch, thank you all."),
    ("general.praise", "Can't fault anything about it."),
    ("general.complaint", "Left a lot to be desired."),
    ("general.complaint", "Far from ideal, to put it kindly."),
    ("general.complaint", "Honestly nothing to write home about."),
  ])
  func gapsAreTagged(code: String, text: String) throws {
    #expect(try codes(text).contains(code), "\(text)")
  }

  @Test(arguments: [
    // (a verdict said of a topic, which the topic's tag takes)
    "The coffee left a lot to be desired.",
    "Their delivery drivers are top notch.",
    "The seating in the lounge was far from ideal.",
  ])
  func verdictsOfATopicAreNotGeneral(text: String) throws {
    let got = try codes(text)
    #expect(!got.contains("general.praise") && !got.contains("general.complaint"), "\(text): \(got)")
  }
}
