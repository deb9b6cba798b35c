import Sentiment
import Testing

/// Entries added in the fifty-first session after a field test on travellers' reviews of airline
/// lounges (a worn-out room, food nobody wants, nowhere to sit, "paying for the privilege", an oasis
/// of calm) and the names of air travel that held an opinion word (a first-class ticket, the code of
/// Los Angeles airport, the wait for one's own flight, a change of planes). The texts are invented.
/// Expected compounds are worked by hand from VADER's normalisation, which the default profile
/// keeps: one term of valence v alone gives v / √(v² + 15).
struct LoungeReviews51Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    scorer = SentimentScorer(model: try SentimentModel.shipped())
  }

  private static func normalised(_ sum: Double) -> Double { sum / (sum * sum + 15).squareRoot() }

  @Test func aWornOutRoomIsAComplaint() {
    // −1.6 → −0.3819; −1.8 → −0.4215; −1.2 → −0.2960; −1.0 → −0.25.
    #expect(abs(compound("The carpets looked tatty") - Self.normalised(-1.6)) < 0.0001)
    #expect(abs(compound("The sofas were grubby") - Self.normalised(-1.8)) < 0.0001)
    #expect(abs(compound("It was a poky room at the back") - Self.normalised(-1.2)) < 0.0001)
    #expect(abs(compound("The lounge is windowless") + 0.25) < 0.0001)
    #expect(abs(compound("The bar needs a refit") - Self.normalised(-1.2)) < 0.0001)
    #expect(abs(compound("The reception could use a facelift") + 0.25) < 0.0001)
  }

  @Test func foodNobodyWantsAndSuppliesThatRanOutAreComplaints() {
    // −2.2 → −0.4939; −1.0 → −0.25; −1.4 → −0.3400.
    #expect(abs(compound("The sandwiches were unappetising") - Self.normalised(-2.2)) < 0.0001)
    #expect(abs(compound("The milk ran out by nine") + 0.25) < 0.0001)
    #expect(abs(compound("There was no food after eight") - Self.normalised(-1.4)) < 0.0001)
    #expect(abs(compound("There was no hot food") - Self.normalised(-1.4)) < 0.0001)
  }

  @Test func nowhereToSitAndACrowdAreComplaints() {
    // −1.4 → −0.3400; −2.2 → −0.4939; −2.0 → −0.4588. The phrases that open with a negator
    // ("impossible to", "not") carry their final valence and are not negated again.
    #expect(abs(compound("There were no seats") - Self.normalised(-1.4)) < 0.0001)
    #expect(abs(compound("Impossible to find a seat on Friday") - Self.normalised(-2.2)) < 0.0001)
    #expect(abs(compound("Not a seat to be found") - Self.normalised(-2.0)) < 0.0001)
    #expect(abs(compound("It was a zoo on Friday night") - Self.normalised(-2.0)) < 0.0001)
  }

  @Test func sarcasticPrivilegeAndSorryExcusesAreComplaints() {
    // −1.2 → −0.2960 against "privilege" alone, +1.8 → +0.4215.
    #expect(abs(compound("And you have to pay for the privilege") - Self.normalised(-1.2)) < 0.0001)
    #expect(abs(compound("It was a privilege to meet her") - Self.normalised(1.8)) < 0.0001)
    // −2.6 → −0.5574; −2.2 → −0.4939; −2.4 → −0.5267 (both spellings of "sub-standard").
    #expect(abs(compound("A sorry excuse for a café") - Self.normalised(-2.6)) < 0.0001)
    #expect(abs(compound("This excuse of a hotel") - Self.normalised(-2.2)) < 0.0001)
    #expect(abs(compound("That shop is best avoided") - Self.normalised(-2.4)) < 0.0001)
    #expect(abs(compound("The catering was sub-standard") - Self.normalised(-2.4)) < 0.0001)
    #expect(abs(compound("The catering was sub standard") - Self.normalised(-2.4)) < 0.0001)
  }

  @Test func wellEquippedRoomsWithSeatsArePraise() {
    // +1.6 → +0.3819; +1.4 → +0.3400 (against "plenty" alone, +0.8 → +0.2024); +2.6 → +0.5574;
    // +2.0 → +0.4588.
    #expect(abs(compound("The gym is well equipped") - Self.normalised(1.6)) < 0.0001)
    #expect(abs(compound("There is plenty of seating") - Self.normalised(1.4)) < 0.0001)
    #expect(abs(compound("There is plenty") - Self.normalised(0.8)) < 0.0001)
    #expect(abs(compound("The garden is an oasis of calm") - Self.normalised(2.6)) < 0.0001)
    #expect(abs(compound("Their app is streets ahead") - Self.normalised(2.0)) < 0.0001)
  }

  @Test func namesOfAirTravelAreNoOpinion() {
    // A cabin is no praise, first-class service is (+2.8 → +0.5859).
    #expect(compound("We were flying first class to Delhi") == 0)
    #expect(abs(compound("The service was first class") - Self.normalised(2.8)) < 0.0001)
    // An airport code is no complaint, lax security is (−1.3 → −0.3182).
    #expect(compound("We flew from LAX to Sydney") == 0)
    #expect(abs(compound("Security was lax") - Self.normalised(-1.3)) < 0.0001)
    // Waiting for one's own flight is no complaint; waiting for a reply still is.
    #expect(compound("I was waiting for my flight in the cafe") == 0)
    #expect(compound("Still waiting for a reply") < -0.05)
    // A route is no failed connection; a printer that does not connect is.
    #expect(compound("We were connecting through Doha") == 0)
    #expect(compound("The printer is not connecting") < -0.05)
    // Staff who work there are no product that works (+0.9 → +0.2262).
    #expect(compound("I asked the woman who works there") == 0)
    #expect(abs(compound("It works") - Self.normalised(0.9)) < 0.0001)
  }
}
