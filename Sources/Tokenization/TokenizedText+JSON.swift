public import VerbatimCore

extension JSONWriter {
  /// Writes `"tokens": [...]` and `"sentences": [[start, end], ...]` members for a tokenized text
  /// (the `verbatim tokenize` contract).
  public mutating func tokenMembers(of tokenized: TokenizedText) {
    key("tokens" as StaticString)
    beginArray()
    // The members are assembled in a stack buffer (`TokenJSONChunk`) and appended a chunk at a time;
    // a token too long for the buffer is written through the calls below.
    tokenized.utf8.withUnsafeBufferPointer { text in
      tokenized.normBytes.withUnsafeBufferPointer { norms in
        // Strings are copied as they are unless the text or a norm holds a byte to escape (one pass
        // over each instead of one test per token).
        let escaping = Self.needsEscape(text) || Self.needsEscape(norms)
        TokenJSONChunk.withChunk { chunk in
          var position = chunk.buffer
          var comma = false
          for token in tokenized.tokens {
            let tokenText = UnsafeBufferPointer(rebasing: text[token.utf8Range])
            let norm = UnsafeBufferPointer(rebasing: norms[token.normRange])
            let size =
              TokenJSONChunk.tokenOverhead + TokenJSONChunk.escapedSize(tokenText, escaping: escaping)
              + TokenJSONChunk.escapedSize(norm, escaping: escaping)
            if size > chunk.limit - position {
              position = chunk.flush(to: position, into: &bytes)
              if size > chunk.limit - position {
                if comma { bytes.append(UInt8(ascii: ",")) }
                startLine()  // the comma is written: none from `beginObject`
                writeToken(token, text: tokenText, norm: norm)
                comma = true
                continue
              }
            }
            position = chunk.token(
              at: position, text: tokenText, norm: norm, kind: token.kind, start: token.start, end: token.end,
              comma: comma, escaping: escaping)
            comma = true
          }
          _ = chunk.flush(to: position, into: &bytes)
        }
      }
    }
    endArray()
    key("sentences" as StaticString)
    beginArray()
    TokenJSONChunk.withChunk { chunk in
      var position = chunk.buffer
      var comma = false
      for sentence in tokenized.sentences {
        if TokenJSONChunk.sentenceSize > chunk.limit - position { position = chunk.flush(to: position, into: &bytes) }
        position = chunk.sentence(at: position, start: sentence.start, end: sentence.end, comma: comma)
        comma = true
      }
      _ = chunk.flush(to: position, into: &bytes)
    }
    endArray()
  }

  /// One token's object through the writer's calls (what `TokenJSONChunk` assembles).
  private mutating func writeToken(_ token: Token, text: UnsafeBufferPointer<UInt8>, norm: UnsafeBufferPointer<UInt8>) {
    beginObject()
    key("text" as StaticString)
    string(utf8: text)
    key("norm" as StaticString)
    string(utf8: norm)
    key("kind" as StaticString)
    string(token.kind.staticName)
    key("start" as StaticString)
    number(token.start)
    key("end" as StaticString)
    number(token.end)
    endObject()
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
