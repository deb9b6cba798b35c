import Taxonomy
import Testing
import Tokenization

@Suite struct RuleParserTests {
  let parser: RuleParser

  init() throws { parser = RuleParser(tokenizer: try Tokenizer()) }

  func parse(_ text: String) throws -> RuleExpression { try parser.parse(RuleSource(text)) }

  func word(_ norm: String, prefix: Bool = false) -> RuleExpression { .phrase([PhraseWord(norm, isPrefix: prefix)]) }

  /// The syntax error of `text` as (line, column, message).
  func failure(_ text: String, line: Int = 3, column: Int = 11) -> (Int, Int, String)? {
    let source = RuleSource(text, location: SourceLocation(file: "book.yaml", line: line, column: column))
    do {
      _ = try parser.parse(source)
      return nil
    } catch {
      guard case .ruleSyntax(let location, let message) = error else { return nil }
      #expect(location.file == "book.yaml")
      return (location.line, location.column, message)
    }
  }

  @Test func andBindsTighterThanOr() throws {
    // Conventional Boolean precedence (as in SQL and most search engines): NOT > AND > OR.
    #expect(try parse("a OR b AND c") == .or([word("a"), .and(word("b"), word("c"))]))
    #expect(try parse("(a OR b) AND c") == .and(.or([word("a"), word("b")]), word("c")))
  }

  @Test func notBindsTighterThanAndAndInfixNotMeansAndNot() throws {
    #expect(try parse("a AND NOT b OR c") == .or([.and(word("a"), .not(word("b"))), word("c")]))
    #expect(try parse("a NOT b") == .and(word("a"), .not(word("b"))))
  }

  @Test func nearBindsTighterThanAndAndIsLeftAssociative() throws {
    #expect(
      try parse("a NEAR/2 b AND c") == .and(.near(word("a"), word("b"), distance: 2, ordered: false), word("c")))
    #expect(
      try parse("a ONEAR/1 b NEAR/3 c")
        == .near(.near(word("a"), word("b"), distance: 1, ordered: true), word("c"), distance: 3, ordered: false))
    #expect(
      try parse("NOT a NEAR/2 b AND c")
        == .and(.not(.near(word("a"), word("b"), distance: 2, ordered: false)), word("c")))
  }

  @Test func phrasesPrefixesRegexesSentencesAndConditions() throws {
    #expect(try parse("\"wait time\"") == .phrase([PhraseWord("wait"), PhraseWord("time")]))
    #expect(try parse("refund*") == word("refund", prefix: true))
    #expect(try parse("\"on hold for hour*\"").description == "\"on hold for hour*\"")
    #expect(try parse("/[A-Z]{2}[0-9]{6}/i") == .regex(pattern: "[A-Z]{2}[0-9]{6}", caseInsensitive: true))
    // Review h43: case-insensitive by default; `c` is case-sensitive; the text round-trips.
    #expect(try parse("/[A-Z]{2}[0-9]{6}/") == .regex(pattern: "[A-Z]{2}[0-9]{6}", caseInsensitive: true))
    #expect(try parse("/[A-Z]{2}[0-9]{6}/c") == .regex(pattern: "[A-Z]{2}[0-9]{6}", caseInsensitive: false))
    for rule in ["/a\\/b/", "/a\\/b/c"] { #expect(try parse(try parse(rule).description) == (try parse(rule))) }
    #expect(try parse("/x/c").description == "/x/c" && (try parse("/x/i")).description == "/x/")
    #expect(try parse("SENTENCE(a AND b)") == .sentence(.and(word("a"), word("b"))))
    #expect(
      try parse("a AND meta.channel = \"phone\"")
        == .and(word("a"), .meta(key: "channel", values: ["phone"], negated: false)))
    #expect(try parse("a AND meta.q != q1") == .and(word("a"), .meta(key: "q", values: ["q1"], negated: true)))
    #expect(
      try parse("a AND meta.segment IN (gold, \"silver plus\")")
        == .and(word("a"), .meta(key: "segment", values: ["gold", "silver plus"], negated: false)))
  }

  @Test func termsAreNormalisedLikeTokens() throws {
    // NFKC_Casefold (Unicode Standard Annex #15 and CaseFolding.txt): fullwidth letters map to
    // ASCII, "ß" folds to "ss", "É" to "é".
    #expect(try parse("ＲＥＦＵＮＤ") == word("refund"))
    #expect(try parse("STRAẞE") == word("strasse"))
    #expect(try parse("\"Café Noir\"") == .phrase([PhraseWord("café"), PhraseWord("noir")]))
  }

  @Test func canonicalTextParsesBackToTheSameExpression() throws {
    let rules = [
      "a OR b AND NOT c", "SENTENCE(\"wait time\" NEAR/3 hour*) AND meta.channel IN (phone, chat)",
      "(x ONEAR/0 y) OR /ab\\/c/i", "NOT meta.q = q1 AND refund*",
    ]
    for rule in rules {
      let expression = try parse(rule)
      #expect(try parse(expression.description) == expression, "round trip of \(rule)")
    }
  }

  @Test func errorsPointAtTheProblemAndSayWhatWasExpected() throws {
    // Columns: the rule starts at column 11; offsets count code points.
    let implicit = try #require(failure("wait time"))
    #expect(implicit.0 == 3 && implicit.1 == 16)
    #expect(implicit.2.contains("expected AND, OR"))
    #expect(implicit.2.contains("quote them as a phrase (\"wait time\")"))
    // Review r17c: the hint quotes the user's words, and names a keyword written in lower case.
    let other = try #require(failure("late parcel"))
    #expect(other.2.contains("(\"late parcel\")"), "\(other.2)")
    let lower = try #require(failure("refund and delay"))
    #expect(lower.2.contains("operators are upper case (AND)"), "\(lower.2)")

    let unclosed = try #require(failure("(a OR b"))
    #expect(unclosed.1 == 18 && unclosed.2.contains("expected ')'"))

    let quote = try #require(failure("a OR \"wait time"))
    #expect(quote.1 == 16 && quote.2.contains("unterminated quoted phrase"))

    let distance = try #require(failure("a NEAR/x b"))
    #expect(distance.1 == 18 && distance.2.contains("distance"))

    let operand = try #require(failure("a NEAR/2 (b AND c)"))
    #expect(operand.1 == 20 && operand.2.contains("operands of NEAR/2"))

    let dangling = try #require(failure("a AND"))
    #expect(dangling.1 == 16 && dangling.2.contains("expected a term"))

    let star = try #require(failure("re*fund"))
    #expect(star.1 == 13 && star.2.contains("'*'"))

    #expect(try #require(failure("   ")).2.contains("empty"))
    #expect(try #require(failure("NOT a")).2.contains("outside NOT"))
    #expect(try #require(failure("meta.channel = phone")).2.contains("outside NOT"))
    #expect(try #require(failure("a AND /([a-z/")).2.contains("invalid regular expression"))
    // QA review 14: ICU's error in words, at the place ICU names (ASCII pattern: the rule starts
    // at column 11, "/" at 17, the pattern's end at 17 + 1 + 7).
    let bracket = try #require(failure("a AND /[A-Z{2}/"))
    #expect(bracket.2.contains("a [set] is not closed with ']' (at the end of the pattern"), "\(bracket.2)")
    #expect(bracket.1 == 25, "\(bracket.1)")
    let range = try #require(failure("/[z-a]x/"))
    #expect(range.2.contains("runs backwards"), "\(range.2)")
    #expect(try #require(failure("a AND meta.channel phone")).2.contains("expected '=', '!=' or IN"))
  }

  @Test func deepNestingIsAnErrorNotACrash() throws {
    let rule = String(repeating: "(", count: 500) + "a" + String(repeating: ")", count: 500)
    #expect(try #require(failure(rule)).2.contains("nests deeper"))
  }

  /// Review h59c: a chain of `AND`s (or `A NOT B`s, or `NEAR/n`s) is read in a loop, so the nesting
  /// limit never saw it, yet each link is one level of the rule's tree: `taxonomy lint` and `tag
  /// --taxonomy` crashed (signal 11, stack overflow) on a rule of 30,000 `a AND b AND …`. A rule of
  /// more than 1,000 links is a syntax error at the operator past the limit; 1,000 still parse.
  @Test func aChainOfMoreThanAThousandLinksIsAnErrorNotACrash() throws {
    func chain(_ links: Int, _ operator: String) -> String {
      (0...links).map { "w\($0)" }.joined(separator: " \(`operator`) ")
    }
    for op in ["AND", "NOT", "NEAR/2", "ONEAR/1"] {
      #expect((try? parse(chain(1000, op))) != nil, "\(op)")
      let rule = chain(1001, op)
      let (line, column, message) = try #require(failure(rule), "\(op)")
      #expect(message.contains("more than 1000 AND, NOT, NEAR/n and ONEAR/n operators"), "\(op): \(message)")
      // The 1,001st operator: after "w0 OP w1 OP … w1000 ", at the rule's column 11.
      let offset = try #require(rule.range(of: " \(op) w1001")).lowerBound
      #expect(line == 3 && column == 11 + rule.distance(from: rule.startIndex, to: offset) + 1, "\(op): \(column)")
      // Far past the limit: refused as soon as the limit is passed, not built and walked.
      #expect(try #require(failure(chain(100_000, op))).2.contains("more than 1000"), "\(op)")
    }
    // The links of the whole rule count, across parentheses and kinds.
    let mixed = (0..<1001).map { "(a\($0) AND b\($0))" }.joined(separator: " OR ")
    #expect(try #require(failure(mixed)).2.contains("more than 1000"))
  }
}
