import Testing
import VerbatimCore

/// A literal member name or value goes to `JSONWriter`'s `StaticString` overloads (the `String`
/// ones are disfavoured), which append its bytes as they are when they need no escape: both must
/// write the same JSON.
@Suite struct JSONWriterLiteralTests {
  @Test func aLiteralAndTheSameStringWriteTheSameBytes() {
    var literal = JSONWriter(capacity: 64)
    literal.beginObject()
    literal.key("question_text")
    literal.string("positive")
    literal.key("meta")
    literal.beginObject()
    literal.endObject()
    literal.endObject()
    var dynamic = JSONWriter(capacity: 64)
    dynamic.beginObject()
    dynamic.key(String("question_text"))
    dynamic.string(String("positive"))
    dynamic.key(String("meta"))
    dynamic.beginObject()
    dynamic.endObject()
    dynamic.endObject()
    #expect(literal.bytes == dynamic.bytes)
    #expect(String(decoding: literal.bytes, as: UTF8.self) == #"{"question_text":"positive","meta":{}}"#)
    // A name that needs escapes, passed as a String, is still escaped.
    var escaped = JSONWriter(capacity: 16)
    escaped.key(String("a\"b"))
    #expect(String(decoding: escaped.bytes, as: UTF8.self) == #""a\"b":"#)
  }

  /// A literal that needs escapes is escaped as the same text passed as a String is.
  @Test func aLiteralWithEscapesIsEscaped() {
    var literal = JSONWriter(capacity: 64)
    literal.beginObject()
    literal.key("say \"hi\"\n")
    literal.string("back\\slash\u{1}")
    literal.endObject()
    var dynamic = JSONWriter(capacity: 64)
    dynamic.beginObject()
    dynamic.key(String("say \"hi\"\n"))
    dynamic.string(String("back\\slash\u{1}"))
    dynamic.endObject()
    #expect(literal.bytes == dynamic.bytes)
    #expect(String(decoding: literal.bytes, as: UTF8.self) == #"{"say \"hi\"\n":"back\\slash\u0001"}"#)
  }
}
