import Sentiment
import Testing
import Tokenization

/// Ratings ("0/10", "2 out of 5 stars") and hyphenated compounds ("over-priced") in the default
/// profile (`RatingsAndCompounds.swift`), on the inline test lexicons. A rating's valence is
/// interpolated between the anchors −3.6, −2.8, −1.6, 0, +1.9, +3.1 at each fifth of the scale
/// (the shipped lexicon's "0 stars" … "5 stars"), so expected values are worked by hand:
/// 7/10 = 0 + (1.9 − 0) × 0.5 = 0.95.
struct RatingsAndCompoundsTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence + """

        overpriced\t-2.0
        unhelpful\t-2.4
        5 stars\t3.1
        """)
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aScoreOutOfFiveTenOrAHundredIsARating() throws {
    try expectSum("0/10", -3.6)
    try expectSum("10/10", 3.1)
    try expectSum("7/10", 0.95)
    try expectSum("5/10", -0.8)
    try expectSum("3.5/5", 0.95)
    // The midpoint of a five-point scale is neither side.
    try expectSum("3/5", 0)
    try expectSum("6/10", 0)
    try expectSum("85/100", 1.9 + (3.1 - 1.9) * 0.25)
    try expectSum("Score: 4/5.", 1.9)
  }

  /// "2 out of 5 stars" scored +3.1 ("5 stars" matched inside it).
  @Test func theRatingWinsOverAPhraseInsideIt() throws {
    try expectSum("I'd give it 2 out of 5 stars.", -1.6)
    try expectSum("2/5 stars", -1.6)
    try expectSum("5 stars", 3.1)
  }

  @Test func outOfIsARatingOnlyWhereSomethingSaysSo() throws {
    try expectSum("I'd rate them 8 out of 10", 1.9)
    try expectSum("8 out of 10.", 1.9)
    try expectSum("9 out of 10 times", 0)
    try expectSum("like 8 out of 10, he agreed", 0)
    // Review r21a: a rating of an aspect, after a verb of rating, or opening the sentence before a comma.
    try expectSum("5 out of 5 for returns", 3.1)
    try expectSum("gave them 4 out of 5 today", 1.9)
    try expectSum("4 out of 5, would have been 5 if it worked", 1.9)
  }

  @Test func datesAndFractionsAreNotRatings() throws {
    try expectSum("Ordered on 3/10, arrived 5/10.", 0)
    try expectSum("Delivered 10/10/2025", 0)
    try expectSum("1/5 of the staff", 0)
    try expectSum("We had a 24/7 helpline", 0)
    try expectSum("Rated 4/5", 1.9)  // a verb of rating, not a date
  }

  /// A clothing size written as two sizes has a rating's shape only as "8/10"; after a word of
  /// wearing or sizing it is a size (clothing review 46: "I am normally a 8/10 in skirts" was
  /// +1.9). A rating keeps its reading, also after "a".
  @Test func aClothingSizeIsNoRating() throws {
    try expectSum("I am normally a 8/10 in skirts", 0)
    try expectSum("I wear a medium 8/10", 0)
    try expectSum("usually a m (8/10)", 0)
    try expectSum("I'd give it a 8/10", 1.9)
    try expectSum("8/10 would buy again", 1.9)
  }

  @Test func aHyphenatedCompoundIsLookedUpJoined() throws {
    try expectSum("Over-priced.", -2.0)
    try expectSum("very un-helpful staff", -2.4 - 0.3)
    // Spaced, the hyphen is punctuation between two words.
    try expectSum("over - priced", 0)
  }
}

extension RatingsAndCompoundsTests {
  /// A bare 0–10 score after a verb of giving is a recommendation score (review r30), valued by
  /// the Net Promoter groups (Reichheld 2003): promoters 9–10 at the anchors' +2.5 and +3.1,
  /// passives 7–8 at 0, detractors 0–6 from −3.6 to −0.6.
  @Test func aBareScoreGivenIsARecommendationScore() throws {
    try expectSum("gave 9 because the staff know me", 2.5)
    try expectSum("gave 10", 3.1)
    try expectSum("I'd give it a 7.", 0)
    try expectSum("i gave them a 3, good food though", -2.2 + 2.0)
    try expectSum("gave 6 as the wait was long", -0.6)
  }

  /// Not a score: a quantity ("gave 3 days notice"), a decimal, a number without a verb of giving,
  /// or one above 10.
  @Test func otherNumbersAfterGaveAreNoScore() throws {
    for text in ["gave 3 days notice", "they gave me 2 options", "gave 5.5 because", "9 because", "gave 12 because"] {
      try expectSum(text, 0)
    }
  }
}
