import Tokenization

/// The tokens of each white-space separated piece of a rule's terms and phrases, normalised once
/// per parser: rules repeat their words ("product", "refund", "not"), and tokenizing a piece cost
/// about 3,000 instructions. A tokenizer's result depends on the piece alone.
final class PieceTokens {
  /// A token's norm and whether it is punctuation.
  typealias Token = (norm: String, isPunct: Bool)

  /// The tokens of each ASCII piece tokenized so far.
  var byPiece: [String: [Token]] = [:]
  /// The phrase of each term or quoted phrase normalised so far (`RuleParser`'s `phrase`), by the
  /// text's bytes (its index in `phrases`): one value, shared by every rule that writes the text.
  /// Keyed by bytes, not by `String` (which compares by canonical equivalence: two spellings of
  /// "é" need not tokenize alike), and without hashing a `String`.
  /// Sized for a codebook of the shipped one's size (growing it from 1,024 cost 0.9M instructions).
  private var phraseIndex = ByteStringTable(capacity: 4096)
  private var phrases: [RuleExpression] = []

  /// The phrase of `text` if it was normalised before.
  func phrase(of text: UnsafeBufferPointer<UInt8>) -> RuleExpression? {
    phraseIndex.value(for: text).map { phrases[Int($0)] }
  }

  /// Remembers the phrase of `text`.
  func remember(_ phrase: RuleExpression, of text: String) {
    phraseIndex.insert(text, value: Int32(phrases.count))
    phrases.append(phrase)
  }

  /// Whether `piece` is one or more lower-case ASCII letters and digits, which a tokenizer with the
  /// ASCII fast path (`TokenizerOptions.asciiFastPath`) makes one token, a word or a number, whose
  /// norm (ASCII lower-casing, which NFKC_Casefold is for ASCII) is the piece itself: a run of
  /// letters and digits is one segment by the word rules (UAX #29 WB5, WB8–WB10), no special span
  /// (URL, e-mail, mention, hashtag, emoticon) is made of lower-case letters and digits alone, and
  /// it holds no apostrophe or full stop for the later passes to join or split at.
  /// `PieceTokensTests` compares this with the tokenizer on every piece of the shipped codebook.
  static func isPlainWord(_ piece: UnsafeBufferPointer<UInt8>, tokenizer: Tokenizer) -> Bool {
    guard !piece.isEmpty, tokenizer.options.asciiFastPath else { return false }
    for byte in piece where !(byte >= 0x61 && byte <= 0x7A) && !(byte >= 0x30 && byte <= 0x39) { return false }
    return true
  }
}
