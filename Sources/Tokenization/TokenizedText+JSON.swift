public import VerbatimCore

extension JSONWriter {
  /// Writes `"tokens": [...]` and `"sentences": [[start, end], ...]` members for a tokenized text
  /// (the `verbatim tokenize` contract).
  public mutating func tokenMembers(of tokenized: TokenizedText) {
    key("tokens" as StaticString)
    beginArray()
    tokenized.utf8.withUnsafeBufferPointer { text in
      tokenized.normBytes.withUnsafeBufferPointer { norms in
        for token in tokenized.tokens {
          beginObject()
          key("text" as StaticString)
          string(utf8: UnsafeBufferPointer(rebasing: text[token.utf8Range]))
          key("norm" as StaticString)
          string(utf8: UnsafeBufferPointer(rebasing: norms[token.normRange]))
          key("kind" as StaticString)
          string(token.kind.staticName)
          key("start" as StaticString)
          number(token.start)
          key("end" as StaticString)
          number(token.end)
          endObject()
        }
      }
    }
    endArray()
    key("sentences" as StaticString)
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

extension TokenKind {
  /// `rawValue` as a static string (written without building a `String`).
  var staticName: StaticString {
    switch self {
    case .word: "word"
    case .number: "number"
    case .emoji: "emoji"
    case .emoticon: "emoticon"
    case .url: "url"
    case .email: "email"
    case .mention: "mention"
    case .hashtag: "hashtag"
    case .punct: "punct"
    case .placeholder: "placeholder"
    }
  }
}
