public import VerbatimCore

extension JSONWriter {
  /// Writes `"tokens": [...]` and `"sentences": [[start, end], ...]` members for a tokenized text
  /// (the `verbatim tokenize` contract).
  public mutating func tokenMembers(of tokenized: TokenizedText) {
    key("tokens")
    beginArray()
    for token in tokenized.tokens {
      beginObject()
      key("text")
      tokenized.utf8.withUnsafeBufferPointer { string(utf8: UnsafeBufferPointer(rebasing: $0[token.utf8Range])) }
      key("norm")
      tokenized.normBytes.withUnsafeBufferPointer { string(utf8: UnsafeBufferPointer(rebasing: $0[token.normRange])) }
      key("kind")
      string(token.kind.rawValue)
      key("start")
      number(token.start)
      key("end")
      number(token.end)
      endObject()
    }
    endArray()
    key("sentences")
    beginArray()
    for sentence in tokenized.sentences {
      beginArray()
      number(sentence.start)
      number(sentence.end)
      endArray()
    }
    endArray()
  }
}
