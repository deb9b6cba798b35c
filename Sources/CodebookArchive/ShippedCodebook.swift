public import Taxonomy
public import Tokenization

/// The shipped codebook compiled from the archive the build embedded (`EmbeddedCodebookArchive`,
/// written by the EmbedCodebook plugin: the codebook with its rules parsed) instead of from its
/// YAML: the same codebook, tags, evidence and explanations, about 120M fewer instructions at
/// every start-up.
public enum ShippedCodebook {
  /// The shipped codebook, compiled with `tokenizer`'s tokenizing of texts. Read from the embedded
  /// archive; an archive this build cannot read (never the case for a build's own) falls back to
  /// reading the YAML, as `CompiledCodebook(Codebook.shipped(), tokenizer:)`.
  /// - Throws: what `CompiledCodebook(_:tokenizer:)` throws.
  public static func compiled(tokenizer: Tokenizer) throws(TaxonomyError) -> CompiledCodebook {
    let text = EmbeddedCodebookArchive.text
    let archive = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    if let source = Codebook.shippedBytes(),
      let compiled = try CompiledCodebook(archive: archive, source: source, tokenizer: tokenizer)
    {
      return compiled
    }
    // Never the case for a build's own archive: a debug build (the tests) stops here.
    assertionFailure("the embedded codebook archive could not be read; reading the YAML")
    return try CompiledCodebook(Codebook.shipped(), tokenizer: tokenizer)
  }
}
