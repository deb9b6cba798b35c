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
///   the whole thing, everything about it;
/// - yes: yes, yeah, yep, yup, sure, definitely, absolutely, of course, certainly, for sure, (yes) i
///   would / will / do / have (a "Yes" to "Were there any problems?" reports one, to "Did anything
///   stand out as good?" praises, to "Would you recommend us?" or "Did we resolve your issue?"
///   approves);
/// - satisfied: already do, already have, keep doing what you're doing, keep it up, carry on (as
///   you are), (it's) fine / good / perfect as it is or the way it is, leave it as it is, i like it
///   the way it is, nothing needs changing: positive to a question of either side.
///
/// The "nothing" list also holds the denials that answer a question about faults with "there was
/// none" and one about praise with "there was none worth naming": not much, not a lot, none of
/// it, nowhere, not a thing, you didn't, it wasn't, it didn't, (i) wouldn't change anything / a
/// thing.
///
/// The leading fillers also take "on this occasion", "to be honest", "at the moment", "for now" and
/// a form's "N/A" before the answer; "you couldn't" ("What could we do better?" "You couldn't.")
/// names nothing too. "N/A", "No comment", "Don't know" and "Nothing to add" decline to answer
/// (`declines(_:)`) and are not bare; an answer with any other word ("Nothing, it was perfect",
/// "All good") is scored as written.
public enum BareAnswer: String, Sendable, Equatable {
  case nothing
  case everything
  case yes
  case satisfied

  /// Whether the answer is positive to a question of `frame` (praise, improvement or approval:
  /// "Yes" to "Would you recommend us?" recommends, "No" does not).
  public func isPositive(to frame: QuestionFrame) -> Bool {
    switch self {
    case .nothing: frame == .improvement
    case .everything: frame == .praise
    case .yes: frame == .praise || frame == .approval
    case .satisfied: true
    }
  }

  /// Whether the answer has a sign to a question of `frame`: every bare answer has one to a
  /// question about praise or faults; to a yes/no question of approval, "everything" (or "all")
  /// answers nothing that was asked.
  public func answers(_ frame: QuestionFrame) -> Bool {
    frame != .open && !(self == .everything && frame == .approval)
  }

  /// The bare answer that opens `text` before its first punctuation mark, with more words after it
  /// ("Nothing, y'all rock", "No, the staff were busy"), and the token range of its words; nil
  /// otherwise. `SentimentScorer.score(_:explain:question:)` reads it only when the rest of the
  /// answer states no opinion.
  public static func opening(of text: TokenizedText) -> (answer: BareAnswer, tokens: Range<Int>)? {
    guard let mark = text.tokens.firstIndex(where: { $0.kind == .punct }), mark > 0,
      text.tokens[(mark + 1)...].contains(where: { $0.kind == .word })
    else { return nil }
    var words: [String] = []
    for token in text.tokens[..<mark] {
      guard token.kind == .word, words.count < maximumWords else { return nil }
      words.append(word(text, token))
    }
    guard let answer = core(of: words[...]) else { return nil }
    return (answer, 0..<mark)
  }

  /// The first clause of `text` (its words before the first punctuation mark), or all its words
  /// when it has no mark, lowercased with "’" as "'".
  static func openingWords(of text: TokenizedText) -> [String] {
    var words: [String] = []
    for token in text.tokens {
      if token.kind == .punct && !words.isEmpty { break }
      if token.kind == .word { words.append(word(text, token)) }
    }
    return words
  }

  /// A word token's norm as the lists hold it ("’" as "'"). Foundation's replacement is called only
  /// for a norm that may hold "’" (its first byte, E2): called for every word, it cost some 20,000
  /// instructions a word on the question path (`score(_:explain:question:)`).
  static func word(_ text: TokenizedText, _ token: Token) -> String {
    text.withNorm(of: token) { bytes in
      let word = String(decoding: bytes, as: UTF8.self)
      return bytes.contains(0xE2) ? word.replacingOccurrences(of: "\u{2019}", with: "'") : word
    }
  }

  /// The bare answer `text` gives, with the token range of its words (first to last word); nil
  /// when it is no bare answer.
  public static func of(_ text: TokenizedText) -> (answer: BareAnswer, tokens: Range<Int>)? {
    // Most answers are no bare answer by their length or their tokens alone: counted first, before
    // any word is spelt out as a String.
    var count = 0
    for token in text.tokens {
      switch token.kind {
      case .word:
        count += 1
        guard count <= maximumWords else { return nil }
      case .punct: continue
      default: return nil
      }
    }
    var words: [String] = []
    var first = -1
    var last = -1
    for (index, token) in text.tokens.enumerated() {
      switch token.kind {
      case .word:
        // A bare answer has a few words; a longer answer is not read further.
        guard words.count < maximumWords else { return nil }
        words.append(word(text, token))
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
      if nothingCores.contains(phrase) {
        found = .nothing
      } else if everythingCores.contains(phrase) {
        found = .everything
      } else if yesCores.contains(phrase) {
        found = .yes
      } else if satisfiedCores.contains(phrase) {
        found = .satisfied
      }
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
    "you could not", "you can't", "you cannot", "not much", "not a lot", "none of it", "nowhere", "not a thing",
    "you didn't", "you didnt", "it wasn't", "it wasnt", "it didn't", "it didnt", "wouldn't change anything",
    "wouldnt change anything", "would not change anything", "wouldn't change a thing", "wouldnt change a thing",
    "would not change a thing", "i wouldn't change anything", "i wouldnt change anything",
    "i would not change anything", "i wouldn't change a thing", "i wouldnt change a thing", "nothin", "nuthin",
    "nothing i disliked", "nothing i didn't like", "nothing i didnt like", "nothing i would change",
    "nothing i'd change", "nothing to change", "don't change a thing", "dont change a thing",
    "don't change anything", "dont change anything",
  ]

  static let yesCores: Set<String> = [
    "yes", "yeah", "yea", "yep", "yup", "sure", "definitely", "absolutely", "of course", "yes definitely",
    "yes absolutely", "yes of course", "certainly", "for sure", "yes for sure", "i would", "yes i would",
    "i would yes", "i will", "yes i will", "yes i do", "yes i have", "yes i did", "i have done",
  ]

  static let satisfiedCores: Set<String> = [
    "already do", "i already do", "already have", "i already have", "already did", "i already did",
    "keep doing what you're doing", "keep doing what you are doing", "keep doing what ur doing",
    "keep doing what your doing", "keep it up", "carry on", "carry on as you are", "fine as it is",
    "it's fine as it is", "its fine as it is", "it is fine as it is", "good as it is", "it's good as it is",
    "perfect as it is", "it's perfect as it is", "all good as it is", "fine as is", "good as is",
    "keep it as it is", "leave it as it is", "nothing needs changing", "nothing needs to change",
    "keep it exactly as it is", "i'd keep it as it is", "i'd keep it exactly as it is", "i would keep it as it is",
    "leave it as is", "keep it the same", "more of the same", "same again", "fine the way it is",
    "it's fine the way it is", "its fine the way it is", "it is fine the way it is", "good the way it is",
    "it's good the way it is", "its good the way it is", "perfect the way it is", "it's perfect the way it is",
    "its perfect the way it is", "keep it the way it is", "leave it the way it is", "i like it the way it is",
    "i like it as it is", "happy with it as it is", "happy as it is",
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
    "as above", "same as above", "see above", "as before", "test", "hard to say", "difficult to say",
    "hard to tell", "too early to say", "too early to tell", "can't say", "cannot say", "can't really say",
    "not sure yet", "mixed", "mixed feelings", "didn't notice", "didn't notice any difference", "no difference",
  ]

  /// Longest first, so that a filler that ends another is not cut first ("so much" before "much").
  static let trailingFillers: [[String]] = [
    ["to", "be", "honest"], ["at", "the", "moment"], ["at", "this", "time"], ["at", "this", "stage"],
    ["thanks", "a", "lot"], ["thank", "you"], ["thank", "u"], ["at", "present"], ["right", "now"], ["so", "far"],
    ["for", "now"], ["as", "yet"], ["at", "all"], ["i", "think"], ["in", "particular"], ["so", "much"],
    ["very", "much"], ["really"], ["thanks"], ["thankyou"], ["thx"], ["ta"], ["cheers"], ["currently"], ["yet"],
    ["tbh"], ["honestly"], ["whatsoever"], ["else"], ["much"], ["specific"], ["sorry"], ["please"],
  ]
}
