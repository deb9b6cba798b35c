import Taxonomy
import Testing
import Tokenization

/// An exclusion sets aside the sentences where it matches, and the tag's rules are evaluated again
/// without them (QA review 41: "I never had to return anything before. This time the returns
/// process took six weeks" lost `policy.returns` to an exclusion of the first sentence). An
/// exclusion that matches no words withholds the tag from the whole text.
struct ExclusionScopeTests {
  let tokenizer: Tokenizer
  init() throws { tokenizer = try Tokenizer() }

  private func tagger(_ rules: [String], exclude: [String]) throws -> Tagger {
    let book = try Fixtures.codebook([("pool", rules)], exclude: ["pool": exclude])
    return try Tagger(try CompiledCodebook(book, tokenizer: tokenizer))
  }

  /// The evidence of the tag, as text; nil when the tag is not assigned.
  private func evidence(_ tagger: Tagger, _ text: String) throws -> [String]? {
    let scalars = Array(text.unicodeScalars)
    return try tagger.tag(try tokenizer.tokenize(text)).first.map { tag in
      tag.evidence.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }
  }

  @Test func aMentionInAnotherSentenceKeepsTheTag() throws {
    let tagger = try tagger(["pool"], exclude: ["\"didn't use the pool\""])
    #expect(try evidence(tagger, "We didn't use the pool.") == nil)
    #expect(try evidence(tagger, "We didn't use the pool. The kids said the pool was freezing.") == ["pool"])
    // In the excluded sentence, another mention is set aside too.
    #expect(try evidence(tagger, "We didn't use the pool but the kids said the pool was freezing.") == nil)
  }

  @Test func contextInTheSentenceExcludesItsMentions() throws {
    let tagger = try tagger(["pool"], exclude: ["closed"])
    #expect(try evidence(tagger, "The pool was closed all week.") == nil)
    #expect(try evidence(tagger, "The pool was closed on Monday. On Tuesday the pool was dirty.") == ["pool"])
  }

  @Test func aRuleThatNeedsTheExcludedSentenceNoLongerHolds() throws {
    // Only the excluded sentence gives "pool": without it the AND fails, although "freezing" stays.
    let tagger = try tagger(["pool AND freezing"], exclude: ["\"didn't use the pool\""])
    #expect(try evidence(tagger, "We didn't use the pool. The water was freezing.") == nil)
    #expect(
      try evidence(tagger, "We didn't use the pool. The kids said the pool was freezing.") == ["pool", "freezing"])
  }

  @Test func anExclusionWithoutWordsWithholdsTheWholeText() throws {
    // `NOT indoor` matches a text without "indoor" and sets no words aside.
    let tagger = try tagger(["pool"], exclude: ["NOT indoor"])
    #expect(try evidence(tagger, "The pool was cold. The pool was dirty.") == nil)
    #expect(try evidence(tagger, "The indoor pool was cold.") == ["pool"])
  }

  @Test func theExcludedTagIsListedWithTheExclusionThatMatched() throws {
    let tagger = try tagger(["pool"], exclude: ["\"didn't use the pool\""])
    let withheld = try tagger.explain(try tokenizer.tokenize("We didn't use the pool.")).withheld
    #expect(withheld.map(\.code) == ["pool"])
    #expect(withheld.first?.reason.name == "excluded")
  }
}
