/// The scale of a score a survey question asks for in its own words ("Reply with a score 0–10 and
/// tell us why", "How did we do today? Reply 1-5", "Rate us out of 10"), when the answer may open
/// with that score ("8 driver was lovely", "2. Machine wouldn't take my card", "10!!!").
///
/// Text-message surveys and some web forms put the score and the comment in one answer; the score
/// is then the customer's verdict, which the words alone may not state ("2 machine wouldnt take
/// card" has no opinion word). `SentimentScorer.score(_:explain:question:)` reads such an opening
/// score as one valence term (`valence(of:)`), added to the words' own.
///
/// Read from the question's words (`QuestionFrame.words`): a range "A-B", "A–B", "A to B", "between
/// A and B", "from A (poor) to B (excellent)" (up to three words between A and "to") or "out of
/// B", in digits or spelt out ("zero to ten", "one to five"), with A 0 or 1 and B 5 or 10; and a
/// word that asks for a score somewhere in the question (score, rate, rating, scale, reply, text,
/// recommend, likely, satisfied, satisfaction, stars, points). Not a range of days or minutes ("Did
/// it arrive within 1-5 days?"), and not a reversed scale, whose low end is named good ("1 =
/// excellent, 5 = poor"): its direction is not guessed, and no score is read.
public struct RatingScale: Sendable, Equatable, Hashable {
  /// The lowest score: 0 or 1.
  public let lowest: Int
  /// The highest score: 5 or 10.
  public let highest: Int

  /// A scale from `lowest` (0 or 1) to `highest` (5 or 10); nil for any other.
  public init?(lowest: Int, highest: Int) {
    guard lowest == 0 || lowest == 1, highest == 5 || highest == 10 else { return nil }
    self.lowest = lowest
    self.highest = highest
  }

  /// The scale `question` asks a score on; nil when it asks for none.
  public init?(question: String) {
    self.init(words: QuestionFrame.words(question))
  }

  init?(words: [String]) {
    guard words.contains(where: { Self.cues.contains($0) }) else { return nil }
    for (index, word) in words.enumerated() {
      guard let high = Self.value(word), high == 5 || high == 10 else { continue }
      var low: Int?
      if index >= 2, words[index - 1] == "of", words[index - 2] == "out" {
        low = 0  // "out of 10": the low end is not said, and need not be
      } else if index >= 1, let value = Self.value(words[index - 1]) {
        low = value  // "0-10", "1–5": the dash is no word
      } else if index >= 2, words[index - 1] == "to" || words[index - 1] == "and" {
        // "0 to 10", "between 1 and 5", "from 1 (very poor) to 5 (excellent)".
        var back = index - 2
        while back >= 0, index - 2 - back < 3, Self.value(words[back]) == nil { back -= 1 }
        if back >= 0, let value = Self.value(words[back]) { low = value }
      }
      guard let low, let scale = RatingScale(lowest: low, highest: high) else { continue }
      // "within 1-5 days": a range of time, not a score.
      if index + 1 < words.count, Self.quantities.contains(words[index + 1]) { continue }
      // "1 = excellent … 5 = poor", "(1 being very satisfied)": the low end named good anywhere in
      // the question. Its direction is not guessed.
      for (at, word) in words.enumerated() where Self.value(word) == low {
        var next = at + 1
        while next < words.count, next - at <= 2, Self.degrees.contains(words[next]) { next += 1 }
        if next < words.count, Self.goodEnds.contains(words[next]) { return nil }
      }
      self = scale
      return
    }
    return nil
  }

  /// The valence of a score `value` on this scale, given as an answer opens. On a scale to 10, by
  /// the groups of the Net Promoter Score (Reichheld 2003: promoters 9–10, passives 7–8,
  /// detractors 0–6), as a bare score given in an answer's words is read
  /// (`DefaultProfileScorer.recommendationValence`); on a scale to 5, as the lexicon's star phrases
  /// rate "N/5" (1 −2.8, 2 −1.6, 3 0, 4 +1.9, 5 +3.1; `DefaultProfileScorer.ratingAnchors`): the
  /// middle of a five-point scale takes neither side. 0 on a scale from 1 is read as 1.
  public func valence(of value: Int) -> Double {
    let clamped = min(max(value, lowest), highest)
    return highest == 10
      ? DefaultProfileScorer.recommendationValence[clamped] : DefaultProfileScorer.ratingAnchors[clamped]
  }

  /// "0–10" or "1–5", for explanations.
  public var description: String { "\(lowest)–\(highest)" }

  private static func value(_ word: String) -> Int? {
    switch word {
    case "0", "zero": 0
    case "1", "one": 1
    case "5", "five": 5
    case "10", "ten": 10
    default: nil
    }
  }

  /// Words that ask for a score.
  private static let cues: Set<String> = [
    "score", "scores", "rate", "rating", "ratings", "scale", "reply", "text", "respond", "recommend", "likely",
    "satisfied", "satisfaction", "stars", "star", "points",
  ]
  /// Words after a range that make it a quantity ("within 1-5 days").
  private static let quantities: Set<String> = [
    "minute", "minutes", "mins", "hour", "hours", "hrs", "day", "days", "week", "weeks", "month", "months", "year",
    "years", "times", "working", "business", "people", "items", "miles", "km", "percent",
  ]
  /// Words that name the good end of a scale ("1 = excellent", "1 being very satisfied").
  private static let goodEnds: Set<String> = [
    "excellent", "outstanding", "best", "great", "good", "satisfied", "happy", "likely", "positive", "agree",
  ]
  /// Degree words before a good end ("1 = very satisfied", "1 being extremely likely").
  private static let degrees: Set<String> = ["very", "extremely", "completely", "totally", "strongly", "being", "is"]
}
