import Testing
import Tokenization

/// Keycap emoji next to letters and digits (review r6 finding 5). Issue 2: "emoji sequences (…
/// keycaps …) are one `emoji` token"; UTS #51 ED-14c defines a keycap sequence as [0-9#*] U+FE0F
/// U+20E3. ICU's word rules glue it to the word or number beside it (UAX #29 WB4 with WB8–WB10),
/// so the tokenizer cuts it out: the keycap is one emoji, and its neighbours are tokenized as ICU
/// tokenizes them on their own.
@Suite struct KeycapTests {
  static let one = "1\u{FE0F}\u{20E3}"
  static let two = "2\u{FE0F}\u{20E3}"

  @Test func aKeycapBeforeAWordIsItsOwnEmoji() throws {
    let result = try pairs("\(Self.one)Delivery was late \(Self.two)Refund never came")
    #expect(result.map(\.0) == [Self.one, "Delivery", "was", "late", Self.two, "Refund", "never", "came"])
    #expect(result.map(\.1) == [.emoji, .word, .word, .word, .emoji, .word, .word, .word])
  }

  @Test func aKeycapAfterAWordOrNumberIsItsOwnEmoji() throws {
    // "3." on its own is "3" and "." in ICU (WB11/WB12 need a digit after the ".").
    #expect(try texts("price 3.\(Self.one) ok") == ["price", "3", ".", Self.one, "ok"])
    #expect(try kind(of: "3", in: "price 3.\(Self.one) ok") == .number)
    #expect(try pairs("Top\(Self.one) pick").map(\.1) == [.word, .emoji, .word])
  }

  /// An address glued to a keycap stays an address (review r7: "bob@x.org1️⃣" was a word, so its
  /// parts could be scored through wildcards and it escaped the e-mail kind).
  @Test func anAddressBeforeAKeycapKeepsItsKind() throws {
    #expect(try pairs("mail bob@x.org\(Self.one) now").map(\.1) == [.word, .email, .emoji, .word])
    #expect(try pairs("see x.com\(Self.one) ok").map(\.1) == [.word, .url, .emoji, .word])
    // A digit that is not a keycap still ends no domain: "x.org1" is no address.
    #expect(try kind(of: "bob@x.org1", in: "mail bob@x.org1 now") == .word)
  }

  @Test func adjacentKeycapsAreSeparateEmoji() throws {
    #expect(try pairs("room \(Self.one)\(Self.two) ok").map(\.0) == ["room", Self.one, Self.two, "ok"])
    // The unqualified form (no U+FE0F), as some keyboards send it.
    #expect(try pairs("1\u{20E3}2\u{20E3}x").map(\.1) == [.emoji, .emoji, .word])
  }

  @Test func aHashKeycapIsNotAHashtag() throws {
    let hashKeycap = "#\u{FE0F}\u{20E3}"
    #expect(try pairs("\(hashKeycap)hashtag").map(\.0) == [hashKeycap, "hashtag"])
    #expect(try pairs("\(hashKeycap)hashtag").map(\.1) == [.emoji, .word])
  }

  /// Only [0-9#*] make a keycap (UTS #51 ED-14c): U+20E3 on a letter is a combining mark of the
  /// word, and on its own (after a space) a mark, not an emoji.
  @Test func theKeycapMarkAloneIsNoEmoji() throws {
    #expect(try pairs("x\u{20E3} ok").map(\.1) == [.word, .word])
    #expect(try pairs("ok \u{20E3}").map(\.1) == [.word, .punct])
    #expect(try pairs("ok *\u{20E3}").map(\.1) == [.word, .emoji])
  }

  @Test func theNeighbourKeepsItsNorm() throws {
    let tokenizer = try Tokenizer()
    let result = try tokenizer.tokenize("Top\(Self.one)PICK")
    #expect(result.tokens.map { result.norm(of: $0) } == ["top", "1\u{20E3}", "pick"])
    // Code-point offsets: "Top" 0..<3, the keycap 3..<6, "PICK" 6..<10.
    #expect(result.tokens.map { [$0.start, $0.end] } == [[0, 3], [3, 6], [6, 10]])
  }
}
