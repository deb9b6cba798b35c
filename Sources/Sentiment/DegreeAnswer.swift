public import Tokenization

/// An answer made of degree words alone to a question that asks a degree: "Very." to "How
/// satisfied were you with the resolution of your ticket?", "Not at all" to "How likely are you to
/// recommend us?", "Extremely" to "How easy was it to book?". The answer leaves out the quality
/// the question names; read with it ("very satisfied", "not at all likely to recommend") it has
/// the sign that the quality's words give in the lexicon, boosted, dampened or negated by the
/// answer's words as in a sentence. Alone, "Very." scores nothing (review h66a, sixty-sixth
/// session: business customers answered a satisfaction question "Very." and were coded positive).
public enum DegreeAnswer {
  /// The most words of a degree answer ("not very much at all").
  public static let maximumWords = 5

  /// The quality a question asks the degree of, from its words (`QuestionFrame.words`): the word
  /// right after its first "how" ("How satisfied …", "How easy …", "How helpful …", "How well …"),
  /// unless that word asks something else (`otherQuestions`: "How was …", "How much …", "How long
  /// …", "How do …", "How would you rate …"). "likely" asks the degree of what follows its "to":
  /// "likely to recommend" when the verb is "recommend" ("How likely are you to recommend us to a
  /// friend?"), nothing otherwise (no lexicon term says how likely a return is). Nil when the
  /// question asks no degree.
  public static func quality(askedBy words: [String]) -> String? {
    guard let how = words.firstIndex(of: "how"), how + 1 < words.count else { return nil }
    let quality = words[how + 1]
    guard !otherQuestions.contains(quality), quality.allSatisfy(\.isLetter) else { return nil }
    guard quality == "likely" else { return quality }
    let rest = words[(how + 2)...]
    guard let to = rest.firstIndex(of: "to"), to + 1 < words.count, words[to + 1].hasPrefix("recommend") else {
      return nil
    }
    return "likely to recommend"
  }

  /// The answer's degree words joined by single spaces ("not at all"), lowercased, when the whole
  /// answer is made of them (punctuation, emoji and emoticons aside; at most `maximumWords`) and
  /// of words of the quality asked about, which are left out ("Extremely likely" to "How likely
  /// are you to recommend us?" gives "extremely", "Likely" the empty string); nil otherwise.
  public static func words(of tokenized: TokenizedText, quality: String) -> String? {
    let qualityWords = quality.split(separator: " ")
    var words: [String] = []
    var count = 0
    for token in tokenized.tokens {
      switch token.kind {
      case .word:
        let word = BareAnswer.word(tokenized, token)
        count += 1
        guard count <= maximumWords else { return nil }
        if qualityWords.contains(where: { $0 == word }) { continue }
        guard degreeWords.contains(word) else { return nil }
        words.append(word)
      case .punct, .emoji, .emoticon:
        continue
      default:
        return nil
      }
    }
    // A lone "not", "at" or "all" is no degree: one word of degree is needed, or "not at all".
    // Or the quality's words alone ("Likely."): the empty string.
    let joined = words.joined(separator: " ")
    guard
      joined == "not at all" || words.contains(where: { !connectingWords.contains($0) }) || (words.isEmpty && count > 0)
    else { return nil }
    return joined
  }

  /// Words that say how much, and those that join them ("not at all", "very much so").
  static let degreeWords: Set<String> = [
    "very", "extremely", "really", "quite", "fairly", "pretty", "somewhat", "completely", "totally", "entirely",
    "absolutely", "highly", "incredibly", "super", "so", "slightly", "moderately", "reasonably", "mostly",
    "partly", "partially", "little", "bit", "a", "not", "at", "all", "much", "too", "extremly", "v",
  ]
  /// Degree words that say no degree on their own.
  private static let connectingWords: Set<String> = ["not", "at", "all", "a", "much", "so"]
  /// Words after "how" that ask something other than a degree.
  private static let otherQuestions: Set<String> = [
    "was", "is", "are", "were", "did", "do", "does", "would", "could", "can", "will", "should", "has", "have",
    "had", "much", "many", "long", "often", "soon", "far", "about", "come", "old", "to", "we", "you", "i", "it",
    "the", "else", "might", "may", "your", "this", "that", "they",
  ]
}
