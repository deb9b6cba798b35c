import Sentiment
import Testing

/// Factual complaints and unmarked sarcasm on the shipped lexicons (review h55b, fifty-fifth
/// session; rules 4, 15, 25, 35, 42, 43 and the domain pack's block of factual complaints). Labels
/// hand-judged: each complaint is one a coder would code negative with no opinion word in it, and
/// each guard the reading the rule must leave alone.
struct Verdicts55Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func waitsStatedByTheirLengthOrTheirDates() {
    #expect(label("Forty minutes to get through to someone in accounts.") == .negative)
    #expect(label("3 hours to get hold of the letting agent.") == .negative)
    #expect(label("Paid on the 1st, it's now the 18th and no refund.") == .negative)
    // Guards: a quick line, a journey, a time judged well, a delivery's dates.
    #expect(label("5 minutes to get through, not bad.") == .positive)
    #expect(label("Two hours to get to the airport from the hotel.") == .neutral)
    #expect(label("30 minutes to get through security, very efficient.") == .positive)
    #expect(label("Ordered on the 9th, delivered on the 11th.") != .negative)
  }

  @Test func effortsCountedByAnOrdinal() {
    #expect(label("On my 4th router reset this week.") == .negative)
    #expect(label("The 7th engineer visit and still no heating.") == .negative)
    // Loyalty, not a complaint.
    #expect(label("Our 7th visit and the food was lovely.") == .positive)
    #expect(label("My 3rd order from this shop, always perfect.") == .positive)
  }

  @Test func promisesBrokenAndArrivalsTooLate() {
    #expect(label("Promised a courtesy phone, there was none available when I got there.") == .negative)
    #expect(label("They said they would call me back, they never did.") == .negative)
    #expect(label("The flowers came two days after her birthday.") == .negative)
    #expect(label("Tickets arrived after the concert had finished.") == .negative)
    // Guards: a fear denied, a promise kept, a delivery's days.
    #expect(label("They said it might hurt, it didn't.") != .negative)
    #expect(label("They promised a discount, and there was one.") == .positive)
    #expect(label("Arrived after two days, well packed.") == .positive)
  }

  @Test func changesWithoutConsentAndContactThatLedNowhere() {
    #expect(label("They switched my supplier without asking.") == .negative)
    #expect(label("Complained twice and nothing has happened.") == .negative)
    #expect(label("She couldn't wait to get me off the phone.") == .negative)
    #expect(label("The app just spins on the payment page.") == .negative)
    #expect(label("You can't get a human on the phone.") == .negative)
    // "means nothing is wrong" is "nothing is wrong".
    #expect(label("The light stays green, which means nothing is wrong.") != .negative)
  }

  @Test func sarcasmWithoutAMarker() {
    #expect(label("Good to know my complaint was ignored again.") == .negative)
    #expect(label("Yeah, really, a premium service that never answers the phone.") == .negative)
    #expect(label("Wow, only took them six months to answer one email. Impressive.") == .negative)
    #expect(label("Only took two years to get my deposit back. Amazing!") == .negative)
    // Guards: news, and sincere praise after a short wait.
    #expect(label("Good to know the shop opens late on Thursdays.") == .positive)
    #expect(label("Only took 3 months to sell our house, brilliant agents.") == .positive)
  }
}
