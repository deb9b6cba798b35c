public import Tokenization

extension RatingScale {
  /// The token and value of the score that opens `text`, an answer to a question asking for a
  /// score on this scale ("8 driver was lovely", "2. Machine wouldn't take my card", "(4) ok",
  /// "10!!!"); nil when it opens with no such score.
  ///
  /// The score is a whole number on the scale, the text's first token but for an opening bracket or
  /// quote, and not glued to a word ("10am", "2nd"). It is not a score when what follows makes it
  /// something else: "/" or "out of" (a rating the words' own rule reads, "8/10"), "." ":" "," or a
  /// dash and a number ("7.5", "10:30", "7-8"), "%", a unit or a count ("4 months", "3 times", "2
  /// people", "5 stars"), or "or"/"and"/"to" and a number ("8 or 9").
  public func openingScore(of text: TokenizedText) -> (token: Int, value: Int)? {
    let tokens = text.tokens
    var first = 0
    while first < tokens.count, tokens[first].kind == .punct, text.withNorm(of: tokens[first], Self.isOpener) {
      first += 1
    }
    guard first < tokens.count, tokens[first].kind == .number,
      let value = text.withNorm(of: tokens[first], Self.wholeNumber), value >= lowest, value <= highest
    else { return nil }
    let next = first + 1
    guard next < tokens.count else { return (first, value) }
    let follower = tokens[next]
    let glued = tokens[first].utf8Range.upperBound == follower.utf8Range.lowerBound
    let numberAfter = next + 1 < tokens.count && tokens[next + 1].kind == .number
    switch follower.kind {
    case .punct:
      let mark = text.norm(of: follower)
      if mark == "/" || mark == "%" { return nil }
      if glued, numberAfter, Self.joiners.contains(mark) { return nil }
    case .word:
      if glued { return nil }
      let word = text.norm(of: follower)
      if Self.units.contains(word) { return nil }
      if numberAfter, word == "or" || word == "and" || word == "to" { return nil }
    case .number:
      return nil
    default:
      break
    }
    return (first, value)
  }

  /// The token and value of the score an answer to a question asking for one gives: the score that
  /// opens it (`openingScore(of:)`), else the first score that stands as a sentence of its own or
  /// opens one with its reason after a comma or a dash ("Toner prices crept up. 6", "… it's a
  /// pension. 5", "Overall 7.", "… barely touch them. 9, only because turnaround can be slow");
  /// nil when it gives none.
  ///
  /// Such a score starts the text or a sentence, or follows a full stop, "!" or "?" and a space
  /// (the sentence break does not always fall there: "them. 9, only" is one sentence), after
  /// "overall", "score" or "rating" (and a colon) at most; and ends the text or is followed by
  /// ".", "!", "?", ",", ")" or a dash, not glued to a number ("7.5", "7-8"). "No. 5" is a number.
  public func answerScore(of text: TokenizedText) -> (token: Int, value: Int)? {
    if let opening = openingScore(of: text) { return opening }
    let tokens = text.tokens
    // Whether token `index` starts a sentence or follows a sentence's end and a space. Asked only
    // of a number on the scale and the word before it: no table of sentence starts is built.
    func opensSentence(_ index: Int) -> Bool {
      if index == 0 || text.sentences.contains(where: { $0.tokenRange.lowerBound == index }) { return true }
      let previous = tokens[index - 1]
      guard previous.kind == .punct, previous.utf8Range.upperBound < tokens[index].utf8Range.lowerBound,
        Self.sentenceEnds.contains(text.norm(of: previous))
      else { return false }
      return index < 2 || !Self.numberAbbreviations.contains(text.norm(of: tokens[index - 2]))
    }
    for index in tokens.indices.dropFirst() where tokens[index].kind == .number {
      guard let value = text.withNorm(of: tokens[index], Self.wholeNumber), value >= lowest, value <= highest
      else { continue }
      // "Overall 7", "Score: 8": the lead word, before a colon if there is one.
      let colon = tokens[index - 1].kind == .punct && text.norm(of: tokens[index - 1]) == ":"
      let word = colon ? index - 2 : index - 1
      let hasLead = word >= 0 && tokens[word].kind == .word && Self.scoreLeads.contains(text.norm(of: tokens[word]))
      guard opensSentence(hasLead ? word : index) else { continue }
      let next = index + 1
      guard next < tokens.count else { return (index, value) }
      let follower = tokens[next]
      guard follower.kind == .punct, Self.scoreEnds.contains(text.norm(of: follower)) else { continue }
      let glued = tokens[index].utf8Range.upperBound == follower.utf8Range.lowerBound
      if glued, next + 1 < tokens.count, tokens[next + 1].kind == .number,
        follower.utf8Range.upperBound == tokens[next + 1].utf8Range.lowerBound
      {
        continue
      }
      return (index, value)
    }
    return nil
  }

  /// Marks that end a sentence, before a score that opens the next.
  private static let sentenceEnds: Set<String> = [".", "!", "?", "\u{2026}"]
  /// Words whose full stop is an abbreviation before a number ("No. 5").
  private static let numberAbbreviations: Set<String> = ["no", "nr", "nos", "ref", "vol", "pt", "ch", "p", "pp"]
  /// Words that may stand before a score given in a sentence of its own ("Overall 7.").
  private static let scoreLeads: Set<String> = ["overall", "score", "rating"]
  /// Marks after a score given in a sentence of its own ("6.", "9, only because …", "7 - fine").
  private static let scoreEnds: Set<String> = [".", "!", "?", ",", ")", "-", "\u{2013}", "\u{2014}", "\u{2026}"]

  /// Brackets and quotes that may stand before an opening score.
  private static func isOpener(_ norm: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let byte = norm.first else { return false }
    if norm.count == 1 { return byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "\"") }
    // “ and ‘ (E2 80 9C, E2 80 98).
    return norm.count == 3 && byte == 0xE2 && norm[1] == 0x80 && (norm[2] == 0x9C || norm[2] == 0x98)
  }

  /// The value of one or two ASCII digits; nil for anything else.
  private static func wholeNumber(_ norm: UnsafeBufferPointer<UInt8>) -> Int? {
    guard norm.count >= 1, norm.count <= 2, norm.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    return norm.reduce(0) { $0 * 10 + Int($1 - 0x30) }
  }

  /// Marks that join a number to the next one ("7.5", "10:30", "1,000", "7-8").
  private static let joiners: Set<String> = [".", ":", ",", "-", "\u{2013}"]

  /// Words after a number that make it a quantity, not a score.
  private static let units: Set<String> = [
    "min", "mins", "minute", "minutes", "sec", "secs", "seconds", "hr", "hrs", "hour", "hours", "day", "days", "wk",
    "wks", "week", "weeks", "month", "months", "yr", "yrs", "year", "years", "time", "times", "visit", "visits",
    "call", "calls", "attempt", "attempts", "people", "person", "items", "item", "of", "out", "star", "stars",
    "point", "points", "pts", "x", "am", "pm", "pounds", "quid", "pence", "p", "miles", "mile", "km", "kw", "kwh",
    "percent", "per", "bags", "boxes", "parcels", "orders", "emails", "letters", "engineers", "weekends",
  ]
}

/// The score that opens the text being scored (`RatingScale.openingScore(of:)`), as the default
/// profile holds it: its token, value and scale, packed in eight bytes.
struct AnswerScore {
  /// The score's token; -1 when the text opens with none.
  var token: Int32
  var value: UInt8
  var lowest: UInt8
  var highest: UInt8

  static let none = AnswerScore(token: -1, value: 0, lowest: 0, highest: 0)

  init(token: Int32, value: UInt8, lowest: UInt8, highest: UInt8) {
    self.token = token
    self.value = value
    self.lowest = lowest
    self.highest = highest
  }

  /// The score `value` at token `token` on `scale`.
  init(token: Int, value: Int, scale: RatingScale) {
    self.init(
      token: Int32(token), value: UInt8(value), lowest: UInt8(scale.lowest), highest: UInt8(scale.highest))
  }

  /// The score's scale (nil for `none`).
  var scale: RatingScale? { RatingScale(lowest: Int(lowest), highest: Int(highest)) }

  /// `RatingScale.valence(of:)` of the score.
  var valence: Double { scale?.valence(of: Int(value)) ?? 0 }
}

extension DefaultProfileScorer {
  /// `Unit.entry` of an answer's opening score (`RatingScale.openingScore(of:)`); not an index into
  /// the valence entries.
  static let answerScoreEntry: Int32 = -22
}
