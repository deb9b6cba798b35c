import Taxonomy
import Tokenization

/// The shipped codebook compiled once for a suite, and the codes it gives a text: what the
/// field-test suites (`WordSensesH48Tests`, `LenderReviewsH49Tests`) ask of it.
struct ShippedTagging {
  let tokenizer: Tokenizer
  let tagger: Tagger

  init() throws {
    tokenizer = try Tokenizer()
    tagger = try Tagger(try CompiledCodebook(try Codebook.shipped(), tokenizer: tokenizer))
  }

  /// The codes the shipped codebook gives `text`, in the tagger's order.
  func codes(_ text: String) throws -> [String] { try tagger.tag(try tokenizer.tokenize(text)).map(\.code) }
}
