/// Terms of one kind that a text-level rule may cancel once every sentence is scored (laughter,
/// rule 21; loud crying, rule 22): their summed value, their number, what they added to the text's
/// sum and their explanation entries.
struct CancellableTerms {
  /// The terms' values as scored in their sentences (their proportions counted these).
  var sum = 0.0
  var count = 0.0
  var contributions: [Int] = []
  /// What the terms add to the text's sum when a later rule scaled a whole sentence ("… lol. But
  /// …": the sentence is demoted): the terms of sentences before the latest one with terms, and of
  /// that one, which a rule at the next sentence may still scale. Kept without an array (one per
  /// text cost retains and releases on every text).
  private var settledShare = 0.0
  private var latestShare = 0.0
  private var latestSentence = -1
  private var scaled = false

  /// Notes a term of `value` in sentence `sentence` (sentences come in order); `contribution` is
  /// its index among the explanation's entries, if any.
  mutating func add(_ value: Double, sentence: Int, contribution: Int?) {
    sum += value
    count += 1
    if sentence != latestSentence {
      settledShare += latestShare
      latestShare = 0
      latestSentence = sentence
    }
    latestShare += value
    if let contribution { contributions.append(contribution) }
  }

  /// Sentence `sentence`'s part of the text's sum was multiplied by `weight` (a contrast demotes
  /// it, rule 36 turns praise ironic): so was what its terms add. Only the sentence before the one
  /// being scored is ever scaled, so only the latest sentence's terms can be.
  mutating func scale(sentence: Int, by weight: Double) {
    guard sentence == latestSentence, latestShare != 0 else { return }
    latestShare *= weight
    scaled = true
  }

  /// Takes the terms out of the text's sum (what they added to it, so that the compound is what
  /// the explanation's contributions add up to: QA review 32, H1, found "bad lol. But …" cancelled
  /// at twice what the demoted "lol" added) and out of `side` (the sum of their sign's proportion,
  /// where each counted |value| + 1), counts them as neutral, and zeroes their explanation entries.
  func cancel(
    total: inout Double, side: inout Double, neutralCount: inout Double, explanation: inout SentimentExplanation?,
    by rule: SentimentRule
  ) {
    // Unscaled, exactly `sum` (summed in the order added).
    total -= scaled ? settledShare + latestShare : sum
    side -= abs(sum) + count
    neutralCount += count
    explanation?.cancel(contributions, by: rule)
  }
}
