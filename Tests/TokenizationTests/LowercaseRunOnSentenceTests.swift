import Testing
import Tokenization

/// A full stop typed without a space before a lower-case word ("Service was terrible.will not
/// return", QA review 42): UAX #29 WB6/WB7 keep letters around a "." (MidNumLet) in one word, and
/// SB8 (ATerm × … Lower) in one sentence, so ICU has "terrible.will" as one unknown word and its
/// sentiment was lost. The tokenizer splits it as it splits "service.Never", and starts a sentence
/// there as after "terrible. will" (`LowercaseSentenceStarts`).
@Suite struct LowercaseRunOnSentenceTests {
  static func sentences(_ text: String, fastPath: Bool = true) throws -> [[Int]] {
    let tokenizer = try Tokenizer(options: TokenizerOptions(asciiFastPath: fastPath))
    return try tokenizer.tokenize(text).sentences.map { [$0.start, $0.end] }
  }

  @Test(arguments: [
    ("Service was terrible.will not return", ["Service", "was", "terrible", ".", "will", "not", "return"]),
    ("your service.sucks", ["your", "service", ".", "sucks"]),
    ("great.thanks", ["great", ".", "thanks"]),
    ("awful.dont go", ["awful", ".", "dont", "go"]),
    ("nice.work", ["nice", ".", "work"]),
    ("It didn't.work at all", ["It", "didn't", ".", "work", "at", "all"]),
    ("so bad.i will not", ["so", "bad", ".", "i", "will", "not"]),
    ("fine.then.broke", ["fine", ".", "then", ".", "broke"]),
    ("TERRIBLE.never again", ["TERRIBLE", ".", "never", "again"]),
  ])
  func aWordIsSplitBeforeALowerCaseWord(_ text: String, _ expected: [String]) throws {
    let tokens = try pairs(text)
    #expect(tokens.map(\.0) == expected)
    #expect(tokens.filter { $0.0 == "." }.allSatisfy { $0.1 == .punct })
  }

  /// The split ends a sentence, on both paths (the ASCII fast path and ICU's iterator).
  @Test(arguments: [true, false])
  func theSplitEndsASentence(fastPath: Bool) throws {
    // "Service was terrible." is code points 0..<21, "will not return" 21..<36.
    #expect(try Self.sentences("Service was terrible.will not return", fastPath: fastPath) == [[0, 21], [21, 36]])
    #expect(try Self.sentences("fine.then.broke", fastPath: fastPath) == [[0, 5], [5, 10], [10, 15]])
  }

  /// Dotted abbreviations (single letters: "e.g", "i.e", "a.m", "p.m", "U.S", "Ph.D"), file names
  /// with a common extension, versions and code stay whole, as ICU has them (WB6/WB7, WB11/WB12).
  @Test(arguments: [
    "e.g", "i.e", "a.m", "p.m", "U.S", "Ph.D", "a.b.c", "config.yaml", "node.js", "readme.md", "index.html",
    "invoice.pdf", "v1.2", "file_name.txt", "self.tableView", "abc.d",
  ])
  func abbreviationsFilesAndCodeStayWhole(_ word: String) throws {
    #expect(try pairs("see \(word) ok").map(\.0) == ["see", word, "ok"])
  }

  /// URLs, e-mail addresses and bare domains with a known top-level domain are found first
  /// (RFC 3986 host names; `SpecialSpanScanner.bareDomainTLDs`) and stay whole.
  @Test(arguments: [
    ("see google.com ok", "google.com", TokenKind.url), ("mail bob@shop.co.uk ok", "bob@shop.co.uk", .email),
    ("see www.great.thanks.com ok", "www.great.thanks.com", .url),
  ])
  func urlsAndAddressesStayWhole(_ text: String, _ token: String, _ kind: TokenKind) throws {
    #expect(try pairs(text).contains { $0.0 == token && $0.1 == kind })
  }

  /// After a dotted abbreviation, a title or a shorthand the word is split but no sentence ends
  /// (as after "e.g. the" and "mr. smith": `SentenceAbbreviations`, `LowercaseSentenceStarts`).
  @Test(arguments: [true, false])
  func abbreviationsSplitWithoutASentenceEnd(fastPath: Bool) throws {
    for (text, expected) in [
      ("see e.g.the app", ["see", "e.g", ".", "the", "app"]),
      ("mr.smith was rude", ["mr", ".", "smith", "was", "rude"]),
      ("apple vs.the rest", ["apple", "vs", ".", "the", "rest"]),
      ("rooms etc.and more", ["rooms", "etc", ".", "and", "more"]),
      ("the dept.store", ["the", "dept", ".", "store"]), ("U.S.based staff", ["U.S", ".", "based", "staff"]),
    ] {
      let tokenizer = try Tokenizer(options: TokenizerOptions(asciiFastPath: fastPath))
      let tokenized = try tokenizer.tokenize(text)
      #expect(tokenized.tokens.map { tokenized.text(of: $0) } == expected, "\(text)")
      #expect(tokenized.sentences.count == 1, "\(text)")
    }
  }

  @Test func piecesKeepOffsetsAndNorms() throws {
    let text = "Loved it.terrible APP.never again"
    let tokenized = try Tokenizer().tokenize(text)
    let scalars = Array(text.unicodeScalars)
    for token in tokenized.tokens {
      #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == tokenized.text(of: token))
    }
    #expect(
      tokenized.tokens.map { tokenized.norm(of: $0) } == ["loved", "it", ".", "terrible", "app", ".", "never", "again"])
  }

  /// Off (`splitRunOnSentences: false`), the words are ICU's.
  @Test func theOptionOffKeepsICUsWords() throws {
    let tokenizer = try Tokenizer(options: TokenizerOptions(splitRunOnSentences: false))
    let tokenized = try tokenizer.tokenize("Service was terrible.will not return")
    #expect(tokenized.tokens.map { tokenized.text(of: $0) } == ["Service", "was", "terrible.will", "not", "return"])
  }
}
