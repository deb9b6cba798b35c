/// NFKC_Casefold of a string and of a non-ASCII token (from the cache, else from ICU).
extension Tokenizer {
  /// NFKC_Casefold of a string (what `Token.norm` holds for words), for callers that normalise
  /// lexicon or rule terms the same way tokens are normalised.
  public func caseFold(_ text: String) throws(TokenizationError) -> String {
    var output: [UInt8] = []
    var copy = text
    var failure: TokenizationError?
    copy.withUTF8 { buffer in
      do throws(TokenizationError) { try normalizer.appendCaseFolded(buffer, to: &output) } catch { failure = error }
    }
    if let failure { throw failure }
    return String(decoding: output, as: UTF8.self)
  }

  /// Appends NFKC_Casefold of a non-ASCII token: from the cache when the token was seen recently,
  /// else from ICU (and remembered).
  @inline(__always)
  func appendCaseFolded(_ token: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) throws(TokenizationError) {
    guard token.count <= NormCache.maximumKeyLength else {
      try normalizer.appendCaseFolded(token, to: &output)
      return
    }
    let hash = NormCache.hash(token)
    if normCache.appendForm(of: token, hash: hash, to: &output) { return }
    try appendCaseFolded(token, hash: hash, to: &output)
  }

  /// ICU's NFKC_Casefold of a token the cache does not hold (`hash` is its `NormCache.hash`),
  /// appended to `output` and remembered.
  func appendCaseFolded(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64, to output: inout [UInt8])
    throws(TokenizationError)
  {
    let formStart = output.count
    try normalizer.appendCaseFolded(token, to: &output)
    normCache.insert(token, hash: hash, form: output[formStart...])
  }
}
