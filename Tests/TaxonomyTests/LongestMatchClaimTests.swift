import Taxonomy
import Testing
import Tokenization

/// Longest match counts only the claims of assigned tags, and never sets a tag against its own
/// ancestors or descendants (review h43: "auto renewed without telling me and took £600 out of my
/// account" got `communication.updates` alone, and "Online account wont let me submit a meter
/// reading, error every time" got `digital` alone).
@Suite struct LongestMatchClaimTests {
  private func tagger(_ tags: [(code: String, rules: [String])], options: TaggingOptions = TaggingOptions()) throws
    -> (Tagger, Tokenizer)
  {
    let tokenizer = try Tokenizer()
    let compiled = try CompiledCodebook(try Fixtures.codebook(tags), tokenizer: tokenizer)
    return (try Tagger(compiled, options: options), tokenizer)
  }

  /// The reviewer's cascade in small: "without telling me" (updates) hides the "without … telling"
  /// of overcharge, so overcharge is not assigned; its claim on "auto renewed" then must not hide
  /// "renewed" from subscription. Before the fix only `updates` was assigned, and `--explain` gave
  /// subscription `"by": []`.
  @Test func aClaimOfATagThatIsNotAssignedHidesNothing() throws {
    let (tagger, tokenizer) = try self.tagger([
      ("updates", ["\"without telling me\""]),
      ("overcharge", ["SENTENCE((renewed OR \"auto renewed\") AND (without ONEAR/2 telling))"]),
      ("subscription", ["renewed"]),
    ])
    let text = try tokenizer.tokenize("auto renewed without telling me and took £600 out of my account")
    #expect(try tagger.tag(text).map(\.code) == ["updates", "subscription"])
    let explained = try tagger.explain(text)
    #expect(explained.withheld.map(\.code) == ["overcharge"])
    #expect(explained.withheld.map(\.reason) == [.longestMatch(by: ["updates"])])
  }

  /// Two tags that would hide each other's words (each claims a phrase around a word of the
  /// other) both lose their claims and are both assigned: the claims only shrink, so the
  /// evaluation ends. Before the fix neither was assigned.
  @Test func tagsThatWouldHideEachOtherAreBothAssigned() throws {
    let (tagger, tokenizer) = try self.tagger([
      ("promotion", ["\"big sale\" AND price"]), ("match", ["sale AND \"price match\""]),
    ])
    #expect(try tagger.tag(try tokenizer.tokenize("big sale price match")).map(\.code) == ["promotion", "match"])
  }

  /// A parent's phrase never hides its own child's words, so the most specific tag wins; a child's
  /// phrase never hides its parent's either (`--keep-parents` keeps both).
  @Test func aTagNeverHidesTheWordsOfItsAncestorsOrDescendants() throws {
    let tags: [(code: String, rules: [String])] = [
      ("digital", ["\"online account\""]), ("digital.performance", ["SENTENCE(online AND error)"]),
    ]
    let text = "Online account wont let me submit a meter reading, error every time"
    let (tagger, tokenizer) = try self.tagger(tags)
    #expect(try tagger.tag(try tokenizer.tokenize(text)).map(\.code) == ["digital.performance"])
    let (keeping, _) = try self.tagger(tags, options: TaggingOptions(mostSpecific: false))
    #expect(try keeping.tag(try tokenizer.tokenize(text)).map(\.code) == ["digital", "digital.performance"])
    let (family, _) = try self.tagger(
      [("delivery", ["delivery"]), ("delivery.courier", ["\"delivery driver\""])],
      options: TaggingOptions(mostSpecific: false))
    #expect(
      try family.tag(try tokenizer.tokenize("The delivery driver was rude")).map(\.code) == [
        "delivery", "delivery.courier",
      ])
    // An unrelated tag is still hidden.
    let (unrelated, _) = try self.tagger([("courier", ["\"delivery driver\""]), ("speed", ["delivery"])])
    #expect(try unrelated.tag(try tokenizer.tokenize("The delivery driver was rude")).map(\.code) == ["courier"])
  }

  /// An exclusion's words are context and see every occurrence, as words under `NOT` do: another
  /// tag's longer phrase around them does not hide them (the shipped `digital.app` excludes a
  /// crashing app, and "keeps crashing" of `digital.performance` hid its "crashing").
  @Test func anExclusionSeesWordsInsideAnotherTagsPhrase() throws {
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook(
      [("performance", ["\"keeps crashing\""]), ("app", ["app"])], exclude: ["app": ["crashing"]])
    let tagger = try Tagger(try CompiledCodebook(book, tokenizer: tokenizer))
    #expect(try tagger.tag(try tokenizer.tokenize("the app keeps crashing")).map(\.code) == ["performance"])
    #expect(try tagger.tag(try tokenizer.tokenize("the app is great")).map(\.code) == ["app"])
  }

  /// The shipped codebook on the reviewer's two texts.
  @Test func theShippedCodebookKeepsTheReviewersTags() throws {
    let tokenizer = try Tokenizer()
    let shipped = try Tagger(try CompiledCodebook(try Codebook.shipped(), tokenizer: tokenizer))
    let renewal = try shipped.tag(
      try tokenizer.tokenize("auto renewed without telling me and took £600 out of my account")
    ).map(\.code)
    #expect(renewal == ["billing.overcharge", "billing.subscription", "communication.updates"])
    let meter = try shipped.tag(
      try tokenizer.tokenize("Online account wont let me submit a meter reading, error every time")
    ).map(\.code)
    #expect(meter == ["digital.performance"])
  }
}
