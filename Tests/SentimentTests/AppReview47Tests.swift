import Sentiment
import Testing

/// App review 47 on the shipped lexicons: what a field test on Google Play reviews of seven apps
/// (Facebook, Spotify, Zoom, TikTok, Instagram, YouTube, Netflix; `evaluation/sentiment/apps.py`)
/// showed the default profile misreading. The texts are invented, after patterns of those reviews.
struct AppReview47Tests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws {
    scorer = SentimentScorer(model: try SentimentModel.shipped())
  }

  /// The positive contributions `--explain` lists for `text`.
  private func praise(_ text: String) throws -> [String] {
    let explanation = try #require(scorer.score(text: text, explain: true).1)
    return explanation.contributions.filter { $0.contribution > 0 }.map(\.text)
  }

  /// "premium" names a tier (20 of the read half's 20 uses: "I pay for premium", "premium user"),
  /// so alone it is no praise (it was +1.0); the praise senses are listed whole.
  @Test func aPremiumTierIsNoPraise() throws {
    #expect(label("I pay for premium.") == .neutral)
    #expect(label("My brother bought premium.") == .neutral)
    #expect(try praise("I've been a premium user for years.").isEmpty)
    #expect(label("Premium quality.") == .positive)
    #expect(label("It feels premium in the hand.") == .positive)
  }

  /// A negator-initial failure phrase spends its negator, so "properly" after it counted as praise
  /// (+1.2): "not working properly" scored above "not working". The adverb now belongs to the failure.
  @Test func aMannerAdverbAfterAFailureIsPartOfIt() throws {
    #expect(compound("It's not working properly.") <= compound("It's not working."))
    #expect(compound("It doesn't work correctly.") <= compound("It doesn't work."))
    #expect(compound("The app never works properly.") <= compound("The app never works."))
    #expect(try praise("Videos are not loading properly since Monday.").isEmpty)
    // Affirmed, the adverb is still praise.
    #expect(label("It works properly now.") == .positive)
  }

  /// The state before a failure is no praise ("was working fine until …"), nor is another app
  /// that works ("all other apps work fine": the fault is this one's).
  @Test func theStateBeforeAFailureIsNoPraise() throws {
    #expect(label("It was working fine until yesterday.") != .positive)
    #expect(try praise("All other apps work fine, only this one freezes.").isEmpty)
    #expect(label("It works fine.") != .negative)
  }

  /// Help sought, or a help section, is not help given (+0.9 before); "need some help" is "need help".
  @Test func helpSoughtIsNoPraise() throws {
    #expect(label("I searched google for help.") == .neutral)
    #expect(label("The help centre sends me in circles.") != .positive)
    #expect(label("I need some help with my account.") == label("I need help with my account."))
    #expect(label("They helped me straight away.") == .positive)
  }

  /// "liked songs" is a feature of a music app, not the writer's liking (+1.8 before).
  @Test func aLikedSongsListIsAFeature() throws {
    #expect(try praise("When I tap my liked songs nothing plays.").isEmpty)
    #expect(label("I liked the new layout.") == .positive)
  }

  /// A product or a company that blocks the writer is a complaint ("let" is no term, so these were
  /// neutral; ten in the read half); the praise idiom "won't let you down" stays praise, since the
  /// longer phrase wins.
  @Test func beingBlockedIsAComplaint() {
    #expect(label("The app won't let me log in.") == .negative)
    #expect(label("It's not letting me sign in.") == .negative)
    #expect(label("The site doesn't let you change the date.") == .negative)
    #expect(label("They won't let you down.") == .positive)
    #expect(label("They didn't let me down.") == .positive)
    #expect(label("It never let me down.") == .positive)
  }

  /// Exasperation with a word of praise in it: "For the love of God fix the bugs" (love +3.0).
  @Test func exasperationIsNoPraise() {
    #expect(label("For the love of God fix the bugs.") == .negative)
    #expect(label("Good lord, the ads.") == .neutral)
  }
}
