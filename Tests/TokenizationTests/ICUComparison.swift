import Tokenization

/// A tokenizer with its fast paths and one that sends every text to ICU, compared text by text:
/// the fast paths must give exactly ICU's tokens (`ASCIIFastPathTests.signature`) and sentences.
struct ICUComparison {
  let fast: Tokenizer
  let icu: Tokenizer
  private var fastResult = TokenizedText()
  private var icuResult = TokenizedText()

  init(fast: Tokenizer? = nil) throws {
    self.fast = try fast ?? Tokenizer(options: TokenizerOptions(sentences: true, asciiFastPath: true))
    icu = try Tokenizer(options: TokenizerOptions(sentences: true, asciiFastPath: false))
  }

  /// Whether both tokenizers give the same tokens and sentences for `text`.
  mutating func agrees(on text: String) throws -> Bool {
    try fast.tokenize(text, into: &fastResult)
    try icu.tokenize(text, into: &icuResult)
    return ASCIIFastPathTests.signature(fastResult) == ASCIIFastPathTests.signature(icuResult)
      && fastResult.sentences == icuResult.sentences
  }
}
