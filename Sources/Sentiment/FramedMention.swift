public import Tokenization

/// A short answer that names something and says nothing of it: "The food.", "Listened.",
/// "Faster response", "Employ more staff.", "Visiting time". Given its survey question
/// (`QuestionFrame`), it takes the question's sign: what was good is named in answer to "What was
/// good?", what was wrong or missing in answer to "How could we improve?"
/// (`SentimentScorer.score(_:explain:question:)`, which also requires that no term of the answer
/// scored).
///
/// In the NHS Friends and Family Test comments of the fifty-fifth session's field test, the trust's
/// coders coded such answers to "What was good?" positive (11 of 15) and to "What could we do
/// better?" and "How could we improve?" negative (11 of 16 that were no bare "nothing"); the text
/// alone scores them neutral.
///
/// A mention has one to `maximumWords` words, no "?" (a question asks, it names nothing), no link,
/// e-mail address or redaction placeholder, no negator ("not a lot anymore", "Didn't notice any
/// difference": it says something of what it names), and neither it nor its first clause declines
/// to answer (`BareAnswer.declines`: "N/A", "Don't know", "No comment", "Nothing to add", "Hard to
/// say, we only just started"). A longer answer tells a story whose sign
/// the question does not decide ("As I live in sheltered accommodation all transport was arranged
/// by my housekeeper").
public enum FramedMention {
  /// The most words a mention has.
  public static let maximumWords = 10

  /// The tokens of `text` from its first word or number to its last, when it is a mention; nil
  /// otherwise.
  public static func tokens(of text: TokenizedText) -> Range<Int>? {
    var words: [String] = []
    var first = -1
    var last = -1
    for (index, token) in text.tokens.enumerated() {
      switch token.kind {
      case .word, .number:
        if token.kind == .word {
          guard words.count < maximumWords else { return nil }
          words.append(BareAnswer.word(text, token))
        }
        if first < 0 { first = index }
        last = index
      case .punct:
        if text.withNorm(of: token, { $0.count == 1 && $0[0] == UInt8(ascii: "?") }) { return nil }
      case .url, .email, .placeholder:
        return nil
      default:
        continue
      }
    }
    guard !words.isEmpty, !words.contains(where: isNegation), !BareAnswer.declines(words[...]),
      !BareAnswer.declines(BareAnswer.openingWords(of: text)[...])
    else { return nil }
    return first..<(last + 1)
  }

  /// A negator: an answer with one says something of what it names ("not a lot anymore",
  /// "Didn't notice any difference"), which the question's sign would overturn. `word` is spelled
  /// as `BareAnswer.word` gives it ("’" as "'").
  static func isNegation(_ word: String) -> Bool {
    negators.contains(word) || word.hasSuffix("n't")
  }

  private static let negators: Set<String> = [
    "not", "no", "never", "nothing", "none", "nobody", "nowhere", "neither", "nor", "without", "hardly", "didnt",
    "dont", "doesnt", "wasnt", "werent", "isnt", "arent", "cant", "couldnt", "wouldnt", "wont", "shouldnt",
    "havent", "hasnt", "hadnt",
  ]
}
