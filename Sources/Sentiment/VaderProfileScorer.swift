/// A line-by-line port of vaderSentiment 3.3.2's `SentimentIntensityAnalyzer.polarity_scores`
/// (Hutto & Gilbert 2014, doi:10.1609/icwsm.v8i1.14550), quirks and rounding included, so that
/// `--profile vader` with VADER's own lexicon files gives VADER's numbers. The quirks are listed in
/// evaluation/sentiment/README.md; the default profile fixes them.
struct VaderProfileScorer {
  let tables: VaderTables
  let parameters: SentimentParameters
  let thresholds: SentimentThresholds

  /// `B_INCR` of the rule file's "kind of"-style n-grams is added without sign adjustment (quirk).
  func score(text raw: String, explain: Bool) -> (SentimentScore, SentimentExplanation?) {
    // 1. Emoji → description, one code point at a time.
    var replaced = String.UnicodeScalarView()
    var previousSpace = true
    for scalar in raw.unicodeScalars {
      if let description = tables.emoji[scalar.value] {
        if !previousSpace { replaced.append(" ") }
        replaced.append(contentsOf: description.unicodeScalars)
        previousSpace = false
      } else {
        replaced.append(scalar)
        previousSpace = scalar == " "
      }
    }
    let text = VaderText.strip(String(replaced))
    // 2. Whitespace tokens, punctuation stripped unless ≤ 2 code points would remain.
    let words = VaderText.split(text).map(VaderText.stripPunctuationIfWord)
    let lower = words.map { $0.lowercased() }
    // 3. Caps differential: some but not all tokens upper-case.
    let upper = words.map(VaderText.isUpper)
    let upperCount = upper.filter { $0 }.count
    let isCapDiff = upperCount > 0 && upperCount < words.count
    // 4. One sentiment per token.
    var sentiments: [Double] = []
    sentiments.reserveCapacity(words.count)
    for index in words.indices {
      if tables.boosters[lower[index]] != nil {
        sentiments.append(0)
        continue
      }
      if index < words.count - 1 && lower[index] == "kind" && lower[index + 1] == "of" {
        sentiments.append(0)
        continue
      }
      sentiments.append(valence(at: index, words: words, lower: lower, upper: upper, isCapDiff: isCapDiff))
    }
    // 5. "but".
    butCheck(lower: lower, sentiments: &sentiments)
    // 6–8. Sum, punctuation, normalisation, proportions; rounded like VADER.
    var compound = 0.0
    var pos = 0.0
    var neu = 0.0
    var neg = 0.0
    var punctuation: (signed: Double, exclamations: Int, questions: Int)?
    if !sentiments.isEmpty {
      var sum = sentiments.reduce(0, +)
      var exclamations = 0
      var questions = 0
      for byte in text.utf8 {
        if byte == UInt8(ascii: "!") { exclamations += 1 } else if byte == UInt8(ascii: "?") { questions += 1 }
      }
      let emphasis = parameters.punctuationEmphasis(exclamations: exclamations, questions: questions)
      if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
      if sum != 0 && emphasis > 0 { punctuation = (sum > 0 ? emphasis : -emphasis, exclamations, questions) }
      compound = parameters.normalize(sum)
      var positiveSum = 0.0
      var negativeSum = 0.0
      var neutralCount = 0.0
      for sentiment in sentiments {
        if sentiment > 0 { positiveSum += sentiment + 1 }
        if sentiment < 0 { negativeSum += sentiment - 1 }
        if sentiment == 0 { neutralCount += 1 }
      }
      if positiveSum > abs(negativeSum) {
        positiveSum += emphasis
      } else if positiveSum < abs(negativeSum) {
        negativeSum -= emphasis
      }
      let total = positiveSum + abs(negativeSum) + neutralCount
      pos = abs(positiveSum / total)
      neg = abs(negativeSum / total)
      neu = abs(neutralCount / total)
    }
    compound = VaderText.round(compound, digits: 4)
    let score = SentimentScore(
      label: thresholds.label(for: compound), compound: compound, pos: VaderText.round(pos, digits: 3),
      neu: VaderText.round(neu, digits: 3), neg: VaderText.round(neg, digits: 3))
    guard explain else { return (score, nil) }
    var explanation = SentimentExplanation()
    for (index, sentiment) in sentiments.enumerated() where sentiment != 0 {
      explanation.contributions.append(
        SentimentContribution(
          text: words[index], term: lower[index], start: nil, end: nil,
          lexiconValence: tables.lexicon[lower[index]] ?? 0, origin: tables.origin(of: lower[index]) ?? "vader rules",
          rules: [.vaderRules(note: "vaderSentiment 3.3.2 rules; not itemised")], contribution: sentiment))
    }
    if let punctuation {
      // As in the default profile's explanation: the "!"/"?" emphasis added to the sum.
      explanation.contributions.append(
        SentimentContribution(
          text: String(repeating: "!", count: punctuation.exclamations)
            + String(repeating: "?", count: punctuation.questions),
          term: punctuation.exclamations > 0 ? "!" : "?", start: nil, end: nil, lexiconValence: 0,
          origin: "punctuation",
          rules: [.punctuationEmphasis(exclamations: punctuation.exclamations, questions: punctuation.questions)],
          contribution: punctuation.signed))
    }
    return (score, explanation)
  }

  private func valence(at index: Int, words: [String], lower: [String], upper: [Bool], isCapDiff: Bool) -> Double {
    guard let base = tables.lexicon[lower[index]] else { return 0 }
    let negation = parameters.negationScalar
    var valence = base
    // "no" before a lexicon word is not itself scored; words after "no" are negated.
    if lower[index] == "no" && index != words.count - 1 && tables.lexicon[lower[index + 1]] != nil {
      valence = 0
    }
    if (index > 0 && lower[index - 1] == "no") || (index > 1 && lower[index - 2] == "no")
      || (index > 2 && lower[index - 3] == "no" && (lower[index - 1] == "or" || lower[index - 1] == "nor"))
    {
      valence = base * negation
    }
    if upper[index] && isCapDiff {
      if valence > 0 { valence += parameters.capsIncrement } else { valence -= parameters.capsIncrement }
    }
    for distance in 0..<3 where index > distance && tables.lexicon[lower[index - (distance + 1)]] == nil {
      let before = index - (distance + 1)
      var scalar = boosterScalar(lower[before], isUpper: upper[before], valence: valence, isCapDiff: isCapDiff)
      if distance == 1 && scalar != 0 { scalar *= parameters.intensifierDecay[1] }
      if distance == 2 && scalar != 0 { scalar *= parameters.intensifierDecay[2] }
      valence += scalar
      valence = negationCheck(valence, lower: lower, distance: distance, index: index)
      if distance == 2 { valence = specialCasesCheck(valence, lower: lower, index: index) }
    }
    // "least".
    if index > 1 && tables.lexicon[lower[index - 1]] == nil && lower[index - 1] == "least" {
      if lower[index - 2] != "at" && lower[index - 2] != "very" { valence *= negation }
    } else if index > 0 && tables.lexicon[lower[index - 1]] == nil && lower[index - 1] == "least" {
      valence *= negation
    }
    return valence
  }

  private func boosterScalar(_ word: String, isUpper: Bool, valence: Double, isCapDiff: Bool) -> Double {
    guard var scalar = tables.boosters[word] else { return 0 }
    if valence < 0 { scalar *= -1 }
    if isUpper && isCapDiff {
      if valence > 0 { scalar += parameters.capsIncrement } else { scalar -= parameters.capsIncrement }
    }
    return scalar
  }

  private func isNegator(_ word: String) -> Bool {
    tables.negators.contains(word) || Self.containsContraction(word)
  }

  /// Python's `"n't" in word`: a code-point substring test. (Swift's `String.contains` compares
  /// characters, so "isn't" + U+0301 — its "t" combined with the accent — would not match.)
  static func containsContraction(_ word: String) -> Bool {
    let scalars = Array(word.unicodeScalars)
    guard scalars.count >= 3 else { return false }
    for index in 0...(scalars.count - 3)
    where scalars[index] == "n" && scalars[index + 1] == "'" && scalars[index + 2] == "t" {
      return true
    }
    return false
  }

  private func negationCheck(_ valence: Double, lower: [String], distance: Int, index: Int) -> Double {
    let negation = parameters.negationScalar
    switch distance {
    case 0:
      return isNegator(lower[index - 1]) ? valence * negation : valence
    case 1:
      if lower[index - 2] == "never" && (lower[index - 1] == "so" || lower[index - 1] == "this") {
        return valence * 1.25
      } else if lower[index - 2] == "without" && lower[index - 1] == "doubt" {
        return valence
      }
      return isNegator(lower[index - 2]) ? valence * negation : valence
    default:
      // Operator precedence as in 3.3.2: `never so|this` at d = 3 or `so|this` at d = 1.
      if (lower[index - 3] == "never" && (lower[index - 2] == "so" || lower[index - 2] == "this"))
        || (lower[index - 1] == "so" || lower[index - 1] == "this")
      {
        return valence * 1.25
      } else if lower[index - 3] == "without" && (lower[index - 2] == "doubt" || lower[index - 1] == "doubt") {
        return valence
      }
      return isNegator(lower[index - 3]) ? valence * negation : valence
    }
  }

  private func specialCasesCheck(_ valence: Double, lower: [String], index: Int) -> Double {
    var valence = valence
    let oneZero = lower[index - 1] + " " + lower[index]
    let twoOneZero = lower[index - 2] + " " + lower[index - 1] + " " + lower[index]
    let twoOne = lower[index - 2] + " " + lower[index - 1]
    let threeTwoOne = lower[index - 3] + " " + lower[index - 2] + " " + lower[index - 1]
    let threeTwo = lower[index - 3] + " " + lower[index - 2]
    for sequence in [oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo] {
      if let value = tables.specialCases[sequence] {
        valence = value
        break
      }
    }
    if lower.count - 1 > index, let value = tables.specialCases[lower[index] + " " + lower[index + 1]] {
      valence = value
    }
    if lower.count - 1 > index + 1,
      let value = tables.specialCases[lower[index] + " " + lower[index + 1] + " " + lower[index + 2]]
    {
      valence = value
    }
    for ngram in [threeTwoOne, threeTwo, twoOne] {
      if let value = tables.boosters[ngram] { valence += value }
    }
    return valence
  }

  /// `_but_check`, including its lookup of positions by value (`list.index`). A zero (a word not in
  /// the lexicon, most of them) is skipped: the value written back would be zero again, at the first
  /// zero, so skipping it changes nothing, and a long text of unscored words is no longer searched
  /// once per word (that lookup is quadratic in the scored words, as in vaderSentiment).
  private func butCheck(lower: [String], sentiments: inout [Double]) {
    guard let butIndex = lower.firstIndex(of: "but") else { return }
    for position in sentiments.indices {
      let sentiment = sentiments[position]
      if sentiment == 0 { continue }
      guard let found = sentiments.firstIndex(of: sentiment) else { continue }
      if found < butIndex {
        sentiments[found] = sentiment * parameters.contrastWeakWeight
      } else if found > butIndex {
        sentiments[found] = sentiment * parameters.contrastStrongWeight
      }
    }
  }
}
