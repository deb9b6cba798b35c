import Testing

@testable import Taxonomy

/// The rule lexer's fast paths against the general ones: an ASCII rule's code points read from
/// its bytes (against `Array(text.unicodeScalars)`), and a quoted phrase or regex without a
/// backslash cut from the scalars as they are (against the bodies the escape-handling walk gives).
@Suite struct RuleLexerFastPathTests {
  @Test(arguments: [
    "", "refund", "\"late delivery\" NEAR/3 driver", "café OR naïve", "a\r\nb\tc", "\u{1F44D} OR 👍🏽",
    "/(?i)\\breturn/ OR \"it\\'s\"",
  ])
  func scalarsAreTheUnicodeScalars(text: String) {
    #expect(RuleLexer.scalarArray(text) == Array(text.unicodeScalars))
  }

  /// The bodies of the quoted phrases and regexes of `rule`, in order.
  static func bodies(_ rule: String) throws -> [String] {
    try RuleLexer.lex(rule).compactMap { lexeme in
      switch lexeme.kind {
      case .quoted(let body): return body
      case .regex(let pattern, _): return pattern
      default: return nil
      }
    }
  }

  @Test func bodiesWithAndWithoutEscapes() throws {
    #expect(try Self.bodies(#""late delivery" OR /ab+c/i"#) == ["late delivery", "ab+c"])
    #expect(try Self.bodies(#""say \"hi\"" OR "a\\b" OR "c\d""#) == [#"say "hi""#, #"a\b"#, #"c\d"#])
    #expect(try Self.bodies(#"/a\/b/ OR /\d+/ OR "x""#) == ["a/b", #"\d+"#, "x"])
    #expect(try Self.bodies(#""café" OR /naïve/"#) == ["café", "naïve"])
  }

  @Test func unterminatedBodiesThrowAtTheirStart() {
    for (rule, offset) in [(#"a OR "bc"#, 5), (#"a OR /bc"#, 5), (#"a OR "b\"c"#, 5), (#"a OR "b\"#, 5)] {
      #expect(throws: RuleSyntaxProblem.self) { try RuleLexer.lex(rule) }
      do {
        _ = try RuleLexer.lex(rule)
      } catch {
        #expect(error.offset == offset, "\(rule)")
      }
    }
  }

  /// `OR`, `AND` and `NOT` are read from an ASCII rule's bytes; a word that only starts like one,
  /// or a keyword in lower case, stays a word, as in a rule that is not ASCII (read from its code
  /// points).
  @Test func operatorsReadFromTheBytesAsFromTheCodePoints() throws {
    let expected: [RuleLexeme.Kind] = [
      .word("a"), .or, .leftParen, .word("b"), .and, .word("c"), .rightParen, .not, .word("d"), .word("ORx"),
      .word("ANDY"), .word("NOTE"), .word("or"), .word("O"), .near(distance: 2, ordered: false), .word("e"),
    ]
    let ascii = try RuleLexer.lex("a OR(b AND c) NOT d ORx ANDY NOTE or O NEAR/2 e")
    #expect(ascii.map(\.kind) == expected + [.end])
    #expect(ascii.map(\.offset) == [0, 2, 4, 5, 7, 11, 12, 14, 18, 20, 24, 29, 34, 37, 39, 46, 47])
    let unicode = try RuleLexer.lex("a OR(b AND c) NOT d ORx ANDY NOTE or O NEAR/2 e é")
    #expect(unicode.map(\.kind) == expected + [.word("é"), .end])
  }
}
