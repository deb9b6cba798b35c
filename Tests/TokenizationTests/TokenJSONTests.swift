import Foundation
import Testing
import VerbatimCore

@testable import Tokenization

/// `JSONWriter.tokenMembers` assembles its JSON in a buffer (`TokenJSONChunk`) instead of calling
/// the writer per piece. The reference is the writer's own calls (`beginObject`, `key`,
/// `string(utf8:)`, `number`: the `tokenize` contract as it was written before), byte for byte, and
/// Foundation's JSON parser, which must read back every token's text and norm.
@Suite struct TokenJSONTests {
  /// The members as the writer's calls write them.
  static func reference(_ tokenized: TokenizedText) -> [UInt8] {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("tokens")
    writer.beginArray()
    for token in tokenized.tokens {
      writer.beginObject()
      writer.key("text")
      writer.string(tokenized.text(of: token))
      writer.key("norm")
      writer.string(tokenized.norm(of: token))
      writer.key("kind")
      writer.string(token.kind.rawValue)
      writer.key("start")
      writer.number(token.start)
      writer.key("end")
      writer.number(token.end)
      writer.endObject()
    }
    writer.endArray()
    writer.key("sentences")
    writer.beginArray()
    for sentence in tokenized.sentences {
      writer.beginArray()
      writer.number(sentence.start)
      writer.number(sentence.end)
      writer.endArray()
    }
    writer.endArray()
    writer.endObject()
    return writer.bytes
  }

  static func written(_ tokenized: TokenizedText) -> [UInt8] {
    var writer = JSONWriter()
    writer.beginObject()
    writer.tokenMembers(of: tokenized)
    writer.endObject()
    return writer.bytes
  }

  /// Texts with every kind of token, every escape (quote, backslash, tab, CR, LF, other control
  /// characters, a full-width quotation mark whose norm is `"`), non-ASCII text, and tokens longer
  /// than the buffer, plain and with escapes.
  static let texts: [String] = [
    "", "ok", "Great service :) see https://example.com/a?b=1 or mail help@example.com #love @acme 3.5 stars 👍🏽",
    "He said \"terrible\" and left \\ twice\tthen\r\nagain \u{1}\u{1F}\u{7F} done.",
    "Ｆｕｌｌ\u{FF02}width\u{FF02} quotes ＂ok＂ and Straße, höflich, Доставка была быстрой! 服务很好。",
    String(repeating: "a", count: 2000) + " short " + String(repeating: "é", count: 700) + " end",
    "x " + String(repeating: "\"", count: 300) + " y " + String(repeating: "b\\", count: 200),
    "https://example.com/" + String(repeating: "path/", count: 300) + " after",
    (0..<400).map { "w\($0)" }.joined(separator: " ") + ". Second sentence! Third?",
    "1️⃣ keycap, 🇬🇧 flag, 👨‍👩‍👧 family, <3 ^_^ XD",
  ]

  @Test func membersMatchTheWritersCalls() throws {
    let tokenizer = try Tokenizer()
    for text in Self.texts {
      let tokenized = try tokenizer.tokenize(text)
      let written = Self.written(tokenized)
      #expect(written == Self.reference(tokenized), "\(text.prefix(40))")
      // Foundation reads every token back.
      let object = try #require(try JSONSerialization.jsonObject(with: Data(written)) as? [String: Any])
      let tokens = try #require(object["tokens"] as? [[String: Any]])
      #expect(tokens.count == tokenized.tokens.count)
      for (parsed, token) in zip(tokens, tokenized.tokens) {
        #expect(parsed["text"] as? String == tokenized.text(of: token))
        #expect(parsed["norm"] as? String == tokenized.norm(of: token))
        #expect(parsed["kind"] as? String == token.kind.rawValue)
        #expect(parsed["start"] as? Int == token.start && parsed["end"] as? Int == token.end)
      }
      let sentences = try #require(object["sentences"] as? [[Int]])
      #expect(sentences == tokenized.sentences.map { [$0.start, $0.end] })
    }
  }

  /// Placeholders (the one kind the tokenizer never emits) and many tokens in a row, so that the
  /// buffer is appended several times within a text.
  @Test func placeholdersAndManyChunks() throws {
    let tokenizer = try Tokenizer()
    let text = (0..<60).map { "Mail [EMAIL] now \($0)." }.joined(separator: " ")
    var tokenized = try tokenizer.tokenize(text)
    let placeholders = (0..<60).map { index -> Range<Int> in
      let start = text.distance(
        from: text.startIndex,
        to: text.ranges(of: "[EMAIL]")[index].lowerBound)
      return start..<(start + 7)
    }
    tokenized.collapse(placeholders: placeholders)
    #expect(tokenized.tokens.filter { $0.kind == .placeholder }.count == 60)
    #expect(Self.written(tokenized) == Self.reference(tokenized))
  }

  /// Offsets of every length (the decimal writer) and negative ones (never made by the tokenizer,
  /// but the writer writes them).
  @Test func numbersOfEveryLength() throws {
    let tokenizer = try Tokenizer()
    var tokenized = try tokenizer.tokenize("a b")
    var values = [0, 9, 10, 99, 100, 12_345, Int.max, -1, -10, Int.min]
    var power = 1
    for _ in 0..<18 {
      power *= 10
      values += [power - 1, power, power + 7]
    }
    for value in values {
      tokenized.replaceToken(0, start: value, end: value)
      #expect(Self.written(tokenized) == Self.reference(tokenized), "\(value)")
    }
  }
}

extension TokenizedText {
  /// Test support: sets a token's code-point offsets.
  fileprivate mutating func replaceToken(_ index: Int, start: Int, end: Int) {
    tokens[index].start = start
    tokens[index].end = end
  }
}
