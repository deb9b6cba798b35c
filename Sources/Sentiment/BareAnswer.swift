public import Tokenization

/// An answer that names nothing or everything and says no more ("Nothing.", "None really, thanks",
/// "Can't think of anything at the moment", "Everything!", "All of it"): its sign is the
/// question's (`QuestionFrame`), not its own. To "How could we improve?" a bare "nothing" is
/// satisfaction and "everything" a complaint; to "What was good?" the reverse.
///
/// An answer is bare when its tokens are words and punctuation only (an emoji, emoticon, number,
/// link or placeholder says something of its own) and its words, lowercased with "’" read as "'",
/// are one of the cores below once leading fillers ("honestly", "um", "well", "just", "literally",
/// "absolutely" …) and trailing ones ("really", "at all", "at the moment", "so far", "for now",
/// "thanks", "thank you", "cheers", "to be honest", "i think", "much", "else", "whatsoever" …) are
/// taken off, one at a time from either end:
/// - nothing: nothing, none, no, nope, nah, nil, nada, zilch, not really, no nothing, no
///   suggestions, no improvements, no changes, none needed, nothing needed, nothing comes to mind,
///   nothing (that) i can think of, (i) can't / cannot think of anything, not that i can think of;
/// - everything: everything, all, all of it, all of them, all of the above, every thing, the lot,
///   the whole thing, everything about it.
///
/// The leading fillers also take "on this occasion", "to be honest", "at the moment", "for now" and
/// a form's "N/A" before the answer; "you couldn't" ("What could we do better?" "You couldn't.")
/// names nothing too. "N/A", "No comment", "Don't know" and "Nothing to add" decline to answer
/// (`declines(_:)`) and are not bare; an answer with any other word ("Nothing, it was perfect",
/// "All good") is scored as written.
public enum BareAnswer: String, Sendable, Equatable {
  case nothing
  case everything

  /// The bare answer `text` gives, with the token range of its words (first to last word); nil
  /// when it is no bare answer.
  public static func of(_ text: TokenizedText) -> (answer: BareAnswer, tokens: Range<Int>)? {
    var words: [String] = []
    var first = -1
    var last = -1
    for (index, token) in text.tokens.enumerated() {
      switch token.kind {
      case .word:
        // A bare answer has a few words; a longer answer is not read further.
        guard words.count < maximumWords else { return nil }
        let norm = text.withNorm(of: token) { String(decoding: $0, as: UTF8.self) }
        words.append(norm.replacingOccurrences(of: "\u{2019}", with: "'"))
        if first < 0 { first = index }
        last = index
      case .punct:
        continue
      default:
        return nil
      }
    }
    guard first >= 0, let answer = core(of: words[...]) else { return nil }
    return (answer, first..<(last + 1))
  }

  /// The most words a bare answer has, fillers included ("Honestly I can't think of anything at
  /// the moment, thank you" has 13).
  static let maximumWords = 16

  /// The core `words` hold once fillers are taken off either end, if any.
  static func core(of words: ArraySlice<String>) -> BareAnswer? {
    var found: BareAnswer?
    _ = reduces(words) { phrase in
      if nothingCores.contains(phrase) { found = .nothing }
      if everythingCores.contains(phrase) { found = .everything }
      return found != nil
    }
    return found
  }

  /// Whether `words` decline to answer ("N/A", "No comment", "Don't know", "Nothing to add"),
  /// fillers aside: such an answer names nothing and no topic.
  static func declines(_ words: ArraySlice<String>) -> Bool { reduces(words) { declineCores.contains($0) } }

  /// Whether `words`, joined by spaces, satisfy `matches` once leading and trailing fillers are
  /// taken off, one at a time (the whole phrase is tried first, then after each cut).
  private static func reduces(_ words: ArraySlice<String>, to matches: (String) -> Bool) -> Bool {
    var words = words
    while !words.isEmpty {
      if matches(words.joined(separator: " ")) { return true }
      if let filler = trailingFillers.first(where: {
        words.count > $0.count && words.suffix($0.count).elementsEqual($0)
      }) {
        words = words.dropLast(filler.count)
      } else if let filler = leadingFillers.first(where: {
        words.count > $0.count && words.prefix($0.count).elementsEqual($0)
      }) {
        words = words.dropFirst(filler.count)
      } else {
        return false
      }
    }
    return false
  }

  static let nothingCores: Set<String> = [
    "nothing", "none", "no", "nope", "nah", "nil", "nada", "zilch", "not really", "no nothing", "nope nothing",
    "no suggestions", "no suggestion", "no improvements", "no improvement", "no changes", "none needed",
    "nothing needed", "nothing comes to mind", "nothing i can think of", "nothing that i can think of",
    "can't think of anything", "cant think of anything", "cannot think of anything", "i can't think of anything",
    "i cant think of anything", "i cannot think of anything", "not that i can think of", "you couldn't",
    "you could not", "you can't", "you cannot",
  ]

  static let everythingCores: Set<String> = [
    "everything", "all", "all of it", "all of them", "all of the above", "every thing", "the lot", "the whole thing",
    "everything about it",
  ]

  /// Longest first where one starts another.
  static let leadingFillers: [[String]] = [
    ["on", "this", "occasion"], ["to", "be", "honest"], ["at", "the", "moment"], ["at", "this", "time"],
    ["for", "now"], ["n", "a"], ["honestly"], ["um"], ["umm"], ["erm"], ["hmm"], ["hm"], ["er"], ["uh"], ["well"],
    ["oh"], ["ah"], ["just"], ["literally"], ["absolutely"], ["really"], ["genuinely"], ["simply"], ["so"],
  ]

  /// Answers that decline to answer (`declines(_:)`).
  static let declineCores: Set<String> = [
    "n a", "na", "not applicable", "no comment", "no comments", "no further comment", "no further comments",
    "don't know", "dont know", "do not know", "not sure", "unsure", "no idea", "idk", "dunno", "no opinion",
    "nothing to say", "nothing to add", "nothing else to add", "nothing more to add", "nothing further",
    "nothing further to add", "none to add", "nothing to report", "nothing to comment", "no answer", "pass",
    "as above", "same as above", "see above", "as before", "test",
  ]

  /// Longest first, so that a filler that ends another is not cut first ("so much" before "much").
  static let trailingFillers: [[String]] = [
    ["to", "be", "honest"], ["at", "the", "moment"], ["at", "this", "time"], ["at", "this", "stage"],
    ["thanks", "a", "lot"], ["thank", "you"], ["thank", "u"], ["at", "present"], ["right", "now"], ["so", "far"],
    ["for", "now"], ["as", "yet"], ["at", "all"], ["i", "think"], ["in", "particular"], ["so", "much"],
    ["very", "much"], ["really"], ["thanks"], ["thankyou"], ["thx"], ["ta"], ["cheers"], ["currently"], ["yet"],
    ["tbh"], ["honestly"], ["whatsoever"], ["else"], ["much"], ["specific"], ["sorry"],
  ]
}
