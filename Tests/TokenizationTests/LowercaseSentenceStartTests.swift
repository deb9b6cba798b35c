import Testing
import Tokenization

/// UAX #29 rule SB8 keeps "." + spaces + a lower-case letter in one sentence (ICU's root rules do
/// too); phone-typed feedback seldom capitalises, so the tokenizer starts a sentence there when the
/// full stop ends a word of two or more letters that is no abbreviation (review r29).
@Suite struct LowercaseSentenceStartTests {
  static func spans(_ text: String, fastPath: Bool = true) throws -> [[Int]] {
    let tokenizer = try Tokenizer(options: TokenizerOptions(asciiFastPath: fastPath))
    return try tokenizer.tokenize(text).sentences.map { [$0.start, $0.end] }
  }

  @Test(arguments: [true, false])
  func aLowerCaseWordAfterAFullStopStartsASentence(fastPath: Bool) throws {
    // "great vet while we lived there." is code points 0..<31, "terrible since" 32..<46.
    #expect(
      try Self.spans("great vet while we lived there. terrible since", fastPath: fastPath) == [[0, 31], [32, 46]])
    #expect(try Self.spans("ok.  the food was cold", fastPath: fastPath) == [[0, 3], [5, 22]])
  }

  /// QA review 36, F11: a no-break space (U+00A0) or a narrow one (U+202F) after the stop is a
  /// space too ("good.\u{A0}terrible" was one sentence, "good. terrible" two). Offsets are code
  /// points. An abbreviation stays joined whatever the space.
  @Test(arguments: [true, false])
  func aNoBreakSpaceAfterTheStopIsASpace(fastPath: Bool) throws {
    #expect(try Self.spans("good.\u{A0}terrible", fastPath: fastPath) == [[0, 5], [6, 14]])
    #expect(try Self.spans("good.\u{202F}terrible", fastPath: fastPath) == [[0, 5], [6, 14]])
    #expect(try Self.spans("good. \u{A0}terrible", fastPath: fastPath) == [[0, 5], [7, 15]])
    #expect(try Self.spans("waited approx.\u{A0}three hours", fastPath: fastPath).count == 1)
  }

  /// Abbreviations, initials, numbers, ellipses, words with a full stop inside and a quote keep
  /// ICU's one sentence.
  @Test(arguments: [true, false])
  func abbreviationsAndOtherStopsStayJoined(fastPath: Bool) throws {
    for text in [
      "waited approx. three hours", "compared it with e.g. the other app", "apple vs. the rest",
      "J. smith was kind", "at 10 a.m. we left", "room no. 5 was fine", "item 3. then it broke",
      "it was ok... the food was cold", "it was \"fine.\" the food", "Dr. patel was great",
    ] {
      #expect(try Self.spans(text, fastPath: fastPath).count == 1, "\(text)")
    }
    #expect(try Self.spans("met \u{C9}. dupont today").count == 1)  // an initial
  }

  /// QA review 22: a word of another script, or with a non-ASCII letter, before the stop ended no
  /// sentence ("خدمة سيئة جدا. lol" was one, "Service was bad. lol" two). Offsets are code points:
  /// "خدمة سيئة جدا." is 0..<14.
  @Test(arguments: [true, false])
  func aWordOfAnyScriptBeforeTheStopEndsASentence(fastPath: Bool) throws {
    #expect(try Self.spans("خدمة سيئة جدا. lol", fastPath: fastPath) == [[0, 14], [15, 18]])
    #expect(try Self.spans("сервис плохой. lol", fastPath: fastPath) == [[0, 14], [15, 18]])
    #expect(try Self.spans("lovely caf\u{E9}. the food", fastPath: fastPath) == [[0, 12], [13, 21]])
    #expect(try Self.spans("नमस्ते. ok", fastPath: fastPath) == [[0, 7], [8, 10]])
    // A word that ends in an ASCII letter after a non-ASCII one ("déçu").
    #expect(try Self.spans("tr\u{E8}s d\u{E9}\u{E7}u. lol", fastPath: fastPath) == [[0, 10], [11, 14]])
  }

  /// Shorthands of addresses, companies and units (review of this session's diff): always joined,
  /// or joined before a word that continues the sentence.
  @Test(arguments: [true, false])
  func shorthandsJoinBeforeAContinuation(fastPath: Bool) throws {
    for text in [
      "the staff, rooms etc. were lovely", "the no. of staff", "2 hrs. and nothing", "dept. store", "mgr. smith",
    ] {
      #expect(try Self.spans(text, fastPath: fastPath).count == 1, "\(text)")
    }
    for text in ["etc. the food was cold", "waited 2 hrs. the staff were rude", "no. they never called"] {
      #expect(try Self.spans(text, fastPath: fastPath).count == 2, "\(text)")
    }
  }

  /// Off (`splitRunOnSentences: false`), the boundaries are ICU's.
  @Test func offTheBoundariesAreICUs() throws {
    let tokenizer = try Tokenizer(options: TokenizerOptions(splitRunOnSentences: false))
    #expect(try tokenizer.tokenize("delivery was fine. late night opening").sentences.count == 1)
  }
}
