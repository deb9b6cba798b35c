import Tokenization

/// The default profile's rule 20 (see `FeedbackRules.swift` for the list): balanced answers, and
/// the verdicts denied both ways ("Not great, not terrible").
extension DefaultProfileScorer {
  /// `Unit.entry` of a neutral unit that states the answer's balance (a `frame=balance` phrase,
  /// rule 20); not an index into the valence entries.
  static let balanceFrameEntry: Int32 = -7

  /// Whether the sentence's units deny one verdict and then the other (rule 20): "Not great, not
  /// terrible", "Not good, not bad", "not the best but not the worst" (review h55b: "Not great,
  /// not terrible" read as a weak complaint). Its only two terms are each negated or open with a
  /// negator, score opposite signs, and stand at most `neitherWayGap` units apart with only a
  /// comma, a conjunction, a contrast, a negator, a copula or a determiner between.
  func deniesBothVerdicts(_ text: TokenizedText) -> Bool {
    var first: Int?
    var second: Int?
    for index in units.indices where units[index].kind == .valence && units[index].value != 0 {
      if first == nil {
        first = index
      } else if second == nil {
        second = index
      } else {
        return false
      }
    }
    guard let first, let second, second - first - 1 <= Self.neitherWayGap,
      (units[first].value > 0) != (units[second].value > 0)
    else { return false }
    for index in [first, second] where !(units[index].isNegated || startsWithNegator(units[index])) { return false }
    return ((first + 1)..<second).allSatisfy { index in
      let unit = units[index]
      switch unit.kind {
      case .boundary, .contrast, .negator: return true
      case .neutral: return unit.length == 1 && Self.isWord(text, unit.start, in: Self.neitherWayLinks)
      default: return false
      }
    }
  }

  /// Most units between the two denied verdicts ("wouldn't be the worst, wouldn't be the best":
  /// the comma, "wouldn't", "be" and "the").
  static let neitherWayGap = 5
  /// Words that may join two denied verdicts, and the copulas and determiners of the second
  /// ("wouldn't be the best").
  private static let neitherWayLinks: ShortWords = [
    "and", "or", "nor", "yet", "just", "but", "&", "be", "is", "was", "it", "it's", "its", "the", "a", "an",
  ]
}
