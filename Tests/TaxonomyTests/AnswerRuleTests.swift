import Taxonomy
import Testing
import Tokenization

/// `ANSWER(e)` (codebook 1.25.0): the whole answer is made of what `e` names — its occurrences
/// cover every token but punctuation, emoji and emoticons. Bare verdicts ("Very good.") are what a
/// rule inside a sentence cannot tell from a judgement of what precedes it ("The food was very
/// good."). Expected results follow from the definition in taxonomies/README.md.
@Suite struct AnswerRuleTests {
  let parser: RuleParser

  init() throws { parser = RuleParser(tokenizer: try Tokenizer()) }

  static let verdict = "ANSWER(good OR great OR very OR thanks OR \"thank you\") AND (good OR great)"

  @Test(arguments: ["Very good.", "GOOD!!!", "great thanks 😊", "Good :)", "very very good", "Good, thank you."])
  func aBareVerdictIsTheWholeAnswer(text: String) throws {
    #expect(try Fixtures.spans(Self.verdict, text) != nil, "\(text)")
  }

  @Test(arguments: [
    "The food was very good.", "Very.", "Thanks", "Good www.example.com", "good @acme", "Good 2",
  ])
  func anythingElseInTheAnswerIsNoBareVerdict(text: String) throws {
    #expect(try Fixtures.spans(Self.verdict, text) == nil, "\(text)")
  }

  @Test func theEvidenceIsWhatTheOperandMatched() throws {
    // "Very good." : tokens very(0-4), good(5-9); the operand's occurrences are the evidence.
    let spans = try #require(try Fixtures.spans(Self.verdict, "Very good."))
    #expect(spans.contains([0, 4]) && spans.contains([5, 9]))
  }

  @Test func aPhraseCoversItsWordsAcrossSentences() throws {
    // Every sentence counts: "Good. Great." is made of the operand's words only.
    #expect(try Fixtures.spans("ANSWER(good OR great)", "Good. Great.") != nil)
    #expect(try Fixtures.spans("ANSWER(\"very good\")", "Very good. Thanks.") == nil)
  }

  @Test func regexesAndNearSpansCoverTheAnswerToo() throws {
    // Spans that are no phrase's occurrence (a regex's match, a NEAR pair) are collected whole.
    #expect(try Fixtures.spans("ANSWER(/gr[e]at/ OR very)", "Very great!") != nil)
    #expect(try Fixtures.spans("ANSWER(/gr[e]at/ OR very)", "Very great stuff") == nil)
    #expect(try Fixtures.spans("ANSWER(good ONEAR/3 thanks)", "Good food, thanks") != nil)
    #expect(try Fixtures.spans("ANSWER(good ONEAR/3 thanks)", "Good food, thanks, bye") == nil)
  }

  @Test func theOperandMustNameSpans() throws {
    for rule in ["ANSWER(a AND b)", "ANSWER(NOT a)", "ANSWER(SENTENCE(a))", "ANSWER(meta.x = y)"] {
      #expect(throws: TaxonomyError.self, "\(rule)") { try parser.parse(RuleSource(rule)) }
    }
    #expect(throws: TaxonomyError.self) { try parser.parse(RuleSource("QUESTION(ANSWER(yes)) AND yes")) }
    let parsed = try parser.parse(RuleSource("ANSWER(a OR \"b c\" OR x NEAR/2 y) AND a"))
    #expect(try parser.parse(RuleSource(parsed.description)) == parsed)
  }
}
