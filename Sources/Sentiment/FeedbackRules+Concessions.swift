import Tokenization

/// The default profile's rule 36 (see `FeedbackRules.swift` for the list) and the test that keeps
/// rule 4's ironic praise away from conceded complaints.
extension DefaultProfileScorer {
  // MARK: Minor complaints

  /// Words naming a fault after "only" that concede it ("the only complaint", "my only gripe",
  /// "only downside").
  static let concessionNouns: ShortWords = [
    "complaint", "complaints", "issue", "issues", "problem", "problems", "downside", "downsides", "negative",
    "negatives", "gripe", "gripes", "criticism", "niggle", "niggles", "drawback", "drawbacks", "quibble", "con",
    "cons", "minus", "concern", "fault", "thing", "letdown", "disappointment", "suggestion",
  ]
  /// Words allowed between "only" and the fault it concedes ("only real complaint", "only minor
  /// issue", "only slight niggle").
  private static let concessionModifiers: ShortWords = [
    "real", "minor", "small", "slight", "little", "tiny", "major", "big", "one", "other", "bad", "negative",
  ]

  /// Whether the units in `range` frame their complaint as a minor one, conceded beside praise: a
  /// dampener ("a bit pricey", "slightly slow"), "only" before a word naming a fault ("only
  /// complaint is the price", "the only real issue was parking"), or a term that opens a contrast
  /// ("shame about the parking", tagged `contrast=after`). Praise before such a complaint is sincere
  /// (QA review 23: "Excellent, only complaint is the price" and "Great, a bit pricey" were made
  /// ironic and scored strongly negative).
  func concedesMinorComplaint(_ text: TokenizedText, _ range: Range<Int>) -> Bool {
    for index in range {
      let unit = units[index]
      switch unit.kind {
      case .intensifier where tables.intensifierEntries[Int(unit.entry)].scalar < 0:
        return true
      case .valence where unit.entry >= 0 && tables.tags(ofEntry: unit.entry).contains(.opensContrast):
        return true
      default:
        break
      }
    }
    guard let first = range.first, first < units.count else { return false }
    let lastToken = units[range.upperBound - 1].start + units[range.upperBound - 1].length
    var token = units[first].start
    while token < lastToken {
      defer { token += 1 }
      guard Self.norm(of: text, token, is: "only") else { continue }
      var next = token + 1
      while next < lastToken, next < token + 3, Self.isWord(text, next, in: Self.concessionModifiers) { next += 1 }
      if next < lastToken, Self.isWord(text, next, in: Self.concessionNouns) { return true }
    }
    return false
  }

  // MARK: Rule 36

  /// Praise interjections that open a complaint as sarcasm even as a sentence of their own ("Great.
  /// Another delay.", "Wonderful. My card declined again."). Not the mild ones ("Good.", "Nice.",
  /// "Cool.") nor "Wow." (surprise), which as a sentence of their own answer the question asked or
  /// exclaim.
  private static let weakPraiseInterjections: ShortWords = [
    "good", "nice", "cool", "grand", "fine", "ok", "okay", "wow",
  ]

  /// The summed value and number of the praise units when the sentence is only a strong praise
  /// interjection ("Great.", "Oh brilliant!", "Just perfect."), with at most irony openers ("oh",
  /// "just") and punctuation besides, and its praise was not already made ironic; nil otherwise.
  func lonePraiseSentence(_ text: TokenizedText) -> (value: Double, count: Int)? {
    lonePraiseUnit { unit in
      unit.length == 1 && tokenWordLists[unit.start].contains(.praiseInterjections)
        && !Self.isWord(text, unit.start, in: Self.weakPraiseInterjections)
    }.map { (units[$0].value, 1) }
  }

  /// The index of the one positive term of the current sentence that `accepts`, when the sentence
  /// holds nothing else but boundaries and irony openers ("oh", "just"); nil otherwise (rules 36
  /// and 39).
  func lonePraiseUnit(accepts: (Unit) -> Bool) -> Int? {
    var praise: Int?
    for index in units.indices {
      let unit = units[index]
      switch unit.kind {
      case .boundary:
        continue
      case .neutral where unit.length == 1 && tokenWordLists[unit.start].contains(.ironyOpeners):
        continue
      case .valence where praise == nil && unit.value > 0 && accepts(unit):
        praise = index
      default:
        return nil
      }
    }
    return praise
  }

  /// Rule 36: whether the current sentence (its units after the rules) is a plain complaint
  /// (`isPlainComplaint`) that makes a lone praise sentence before it ironic ("Great. Another
  /// update.", "Perfect. The engineer replaced the boiler." is not one), with no contrastive
  /// connective ("Excellent. The staff were rude though." concedes).
  func complaintMakesPraiseIronic(_ text: TokenizedText) -> Bool {
    guard trailingConnective == nil, !units.contains(where: { $0.kind == .contrast }),
      let first = units.firstIndex(where: { $0.kind != .boundary })
    else { return false }
    return isPlainComplaint(text, units.indices, opener: first)
  }

  /// Whether the units of `range` are a complaint that turns a lone praise before them ironic
  /// (rules 4 and 36): they hold no praise and no verb of fixing ("Perfect, the engineer replaced
  /// the faulty boiler"; review r16c), sum negative, or sum zero when the unit at `opener` is
  /// "another" ("Great, another 40 minute video" expects more of what the writer did not want;
  /// review r23), and concede no complaint as minor (`concedesMinorComplaint`). A stock phrase of
  /// satisfaction (`isStockIrony`: "Oh brilliant, another letter about a price rise, just what I
  /// needed") is no praise there, and praise or a fix in scare quotes that counted nothing (rule
  /// 11) is doubted, not done: it makes a sum of zero a complaint ("Yeah great, the handyman
  /// 'fixed' the door and now it doesn't close"; blind review h59b).
  func isPlainComplaint(_ text: TokenizedText, _ range: Range<Int>, opener: Int) -> Bool {
    var sum = 0.0
    var doubted = false
    for unit in units[range] {
      let fix = tokenWordLists[unit.start].contains(.fixVerbs)
      // `isQuoted` looks at most a few words either side: no whole-text pre-test is needed here.
      if unit.value == 0, unit.kind == .valence || fix, isQuoted(text, from: unit.start, to: unit.start + unit.length) {
        doubted = true
        continue
      }
      if unit.value > 0, isStockIrony(text, unit) { continue }
      if unit.value > 0 || fix { return false }
      sum += unit.value
    }
    let another =
      sum == 0 && opener < units.count && units[opener].kind == .neutral
      && Self.norm(of: text, units[opener].start, is: "another")
    guard sum < 0 || another || (sum == 0 && doubted) else { return false }
    return !concedesMinorComplaint(text, range)
  }
}
