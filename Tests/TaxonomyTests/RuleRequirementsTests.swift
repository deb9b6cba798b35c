import Sentiment
import Testing
import Tokenization

@testable import Taxonomy

/// The requirement filter (`RuleRequirements`, `Tagger.filtersByRequirements`) against the
/// general path, which evaluates every rule one of whose positive phrases occurred: the same tags,
/// evidence, sentiment and withheld tags.
@Suite struct RuleRequirementsTests {
  /// Tags and explains each text with the filter on and off and expects the same results.
  static func expectSameWithAndWithoutFilter(
    _ compiled: CompiledCodebook, _ texts: [(String, [String: String])], options: TaggingOptions = TaggingOptions()
  ) throws {
    let tokenizer = try Tokenizer()
    let scorer = SentimentScorer(model: try SentimentModel.shipped())
    let filtered = try Tagger(compiled, scorer: scorer, options: options)
    let general = try Tagger(compiled, scorer: scorer, options: options)
    general.filtersByRequirements = false
    for (text, metadata) in texts {
      let tokenized = try tokenizer.tokenize(text)
      let fast = try filtered.explain(tokenized, metadata: RuleMetadata(metadata))
      let slow = try general.explain(tokenized, metadata: RuleMetadata(metadata))
      #expect(fast.tags == slow.tags, "\(text)")
      #expect(fast.withheld == slow.withheld, "\(text)")
      #expect(try filtered.tag(tokenized, metadata: metadata) == general.tag(tokenized, metadata: metadata), "\(text)")
    }
  }

  @Test func shippedCodebookTagsItsExamplesAlikeWithAndWithoutTheFilter() throws {
    let tokenizer = try Tokenizer()
    let book = try Codebook.shipped()
    let compiled = try CompiledCodebook(book, tokenizer: tokenizer)
    var texts: [(String, [String: String])] = []
    for tag in book.tags {
      for example in tag.matchExamples + tag.noMatchExamples { texts.append((example.text, example.metadata)) }
    }
    // Pairs of examples joined: rules of one tag meet clauses from two texts.
    let joined = zip(texts, texts.dropFirst(7)).map { ("\($0.0) \($1.0)", $0.1.merging($1.1) { first, _ in first }) }
    try Self.expectSameWithAndWithoutFilter(compiled, texts + joined)
    var options = TaggingOptions()
    options.longestMatch = false
    options.impliedParents = true
    try Self.expectSameWithAndWithoutFilter(compiled, texts + joined, options: options)
  }

  @Test func edgesOfTheRequirements() throws {
    // Rules whose clauses come from each kind of node: AND, NEAR, ONEAR, SENTENCE, an OR with a
    // NOT or a metadata alternative (which needs nothing), regexes, hyphenated and contracted
    // spellings, and a NOT that must not count as a requirement.
    let book = try Fixtures.codebook(
      [
        ("a", ["refund AND (late OR slow)"]),
        ("b", ["(food OR meal) NEAR/2 (cold OR bland)", "app ONEAR/1 crash*"]),
        ("c", ["SENTENCE(courier AND rude) NOT parcel"]),
        ("d", ["(NOT happy) AND service", "meta.channel = web AND (site OR website)"]),
        ("e", ["/[0-9]{3}-[0-9]{4}/ AND call*", "follow-up AND \"doesn't\""]),
        ("f", ["(delivery OR (NOT box)) AND fast", "(late OR meta.plan = gold) AND train"]),
        ("g", ["\"customer service\" OR service"]),
        // Regexes read only under NOT, only by an exclusion, or only with a phrase; two with the same
        // prefilters (a text the first's prefilters rule out is not searched for the second), the
        // first only read when "missing" or "lost" occurs.
        ("h", ["late AND NOT /(?i)refund(ed)?\\b/"]),
        ("i", ["parcel OR box"]),
        ("j", ["/(?i)order ?[0-9]+/ AND (missing OR lost)", "/(?i)order[a-z]* number/"]),
        ("k", ["/[£$€][0-9]/ ONEAR/0 (delivery OR postage)"]),
      ], exclude: ["i": ["/(?i)damaged\\b/"]])
    let compiled = try CompiledCodebook(book, tokenizer: try Tokenizer())
    let texts: [(String, [String: String])] = [
      ("The refund was late.", [:]), ("The refund was fine.", [:]), ("Slow, so slow.", [:]),
      ("The meal was cold and the food bland.", [:]), ("Cold weather.", [:]), ("The app crashed twice", [:]),
      ("Crashed the app", [:]), ("The courier was rude. Parcel fine.", [:]),
      ("The courier was rude, parcel fine.", [:]),
      ("Rude staff. The courier came.", [:]), ("Service was ok", [:]), ("Not happy with service", [:]),
      ("The website was down", ["channel": "web"]), ("The website was down", ["channel": "phone"]),
      ("Call 555-1234 now", [:]), ("555-1234", [:]), ("The follow up doesnt happen", [:]),
      ("The follow-up doesn't happen", [:]), ("Fast delivery", [:]), ("Fast", [:]), ("A fast box", [:]),
      ("The train was late", [:]), ("The train", ["plan": "gold"]), ("Customer service was slow", [:]), ("", [:]),
      ("Late again, refunded though", [:]), ("Late again", [:]), ("The parcel was damaged", [:]),
      ("The parcel was fine", [:]), ("Order 12345 is missing", [:]), ("Order 12345 arrived", [:]),
      ("What is the order number?", [:]), ("ORDER NUMBER 5 lost", [:]), ("Ordered twice", [:]),
      ("£5 delivery is steep", [:]), ("Delivery £5", [:]), ("£5 postage and a lost order 7", [:]),
      ("Ｏrder 12 missing, ſo late", [:]),
    ]
    try Self.expectSameWithAndWithoutFilter(compiled, texts)
    var options = TaggingOptions()
    options.longestMatch = false
    try Self.expectSameWithAndWithoutFilter(compiled, texts, options: options)
  }

  @Test func clausesOfARule() throws {
    let book = try Fixtures.codebook([
      ("t", ["(a OR b) NEAR/2 (c OR d) AND NOT e", "(x OR NOT y) AND z", "NOT q AND w"])
    ])
    let compiled = try CompiledCodebook(book, tokenizer: try Tokenizer())
    let requirements = compiled.requirements
    // Two clauses ({a, b} and {c, d}); one ({z}: the OR needs nothing); one ({w}).
    #expect(requirements.clauseCounts == [2, 1, 1])
    #expect(Self.clausePhrases(compiled) == [["a", "b"], ["c", "d"], ["z"], ["w"]])
  }

  /// The phrases of each clause of `compiled`'s requirements, in clause order, each sorted.
  static func clausePhrases(_ compiled: CompiledCodebook) -> [[String]] {
    let requirements = compiled.requirements
    return requirements.clauseRules.indices.map { clause in
      (0..<(requirements.slotClauseStarts.count - 1)).filter { slot in
        requirements.slotClauses[
          Int(requirements.slotClauseStarts[slot])..<Int(requirements.slotClauseStarts[slot + 1])
        ]
        .contains(Int32(clause))
      }.map { compiled.matcher.phraseWords[$0].map(\.norm).joined(separator: " ") }.sorted()
    }
  }
}

/// An `OR` of alternatives that each need several clauses is written out in conjunctive normal
/// form (one clause per choice of a clause from each alternative), so that a rule such as "(open
/// ONEAR/0 (a OR an) ONEAR/2 account) OR (savings ONEAR/0 account)" needs "account" and is not
/// evaluated for every text with an "a" (the smallest clause of each alternative, {a, an} ∪
/// {savings}, was all it needed before; codebook 1.16.0's account rules cost `tag` 11% that way).
@Suite struct OrRequirementsTests {
  static let rules = [
    "(open ONEAR/0 (a OR an) ONEAR/2 account) OR (savings ONEAR/0 account)",
    "kyc OR ((send OR sent) ONEAR/0 money) OR ((money OR wire) ONEAR/0 transfer)",
  ]

  @Test func theWrittenOutClausesTagAsTheRulesDo() throws {
    let book = try Fixtures.codebook([("a", [Self.rules[0]]), ("b", [Self.rules[1]])])
    let compiled = try CompiledCodebook(book, tokenizer: try Tokenizer())
    let texts: [(String, [String: String])] = [
      ("I opened an account today", [:]), ("Open a savings account", [:]), ("A savings account", [:]),
      ("An account", [:]), ("Open a door", [:]), ("a a a", [:]), ("Sent money home", [:]),
      ("Money transfer took ages", [:]), ("KYC again", [:]), ("Wire transfer, money sent", [:]),
      ("Transfer money", [:]), ("", [:]),
    ]
    try RuleRequirementsTests.expectSameWithAndWithoutFilter(compiled, texts)
  }

  @Test func anOrOfConjunctionsNeedsEveryWrittenOutClause() throws {
    let book = try Fixtures.codebook([("a", [Self.rules[0]])])
    let compiled = try CompiledCodebook(book, tokenizer: try Tokenizer())
    // The first alternative needs {open}, {a, an} and {account}; the second {savings} and
    // {account}: 3 × 2 = 6 choices, all different ({account} ∪ {account} is {account} alone).
    #expect(compiled.requirements.clauseCounts == [6])
  }
}

/// An `OR` with more choices than `maximumOrClauses` takes one clause per alternative, and of
/// same-sized clauses the last: the head word of a run ("too ONEAR/0 hot" gives "hot", not "too",
/// which most texts hold; codebook 1.17.0's temperature rule was evaluated for every text with a
/// "too" or a "so" that way, some 78M instructions of `code` on the VADER texts).
@Suite struct WideOrRequirementsTests {
  static let rule =
    "SENTENCE((too ONEAR/0 hot) OR (too ONEAR/0 cold) OR (so ONEAR/0 hot) OR (so ONEAR/0 cold) OR (not ONEAR/0 warm)) AND room"

  @Test func aWideOrNeedsItsHeadWords() throws {
    let book = try Fixtures.codebook([("t", [Self.rule])])
    let compiled = try CompiledCodebook(book, tokenizer: try Tokenizer())
    let requirements = compiled.requirements
    // 2^5 = 32 choices > 16: one union clause for the OR, one for "room".
    #expect(requirements.clauseCounts == [2])
    #expect(RuleRequirementsTests.clausePhrases(compiled) == [["cold", "hot", "warm"], ["room"]])
  }

  @Test func theWideOrTagsAsTheRuleDoes() throws {
    let book = try Fixtures.codebook([("t", [Self.rule])])
    let compiled = try CompiledCodebook(book, tokenizer: try Tokenizer())
    let texts: [(String, [String: String])] = [
      ("The room was too hot", [:]), ("Room not warm at all", [:]), ("too much, so what, not now, room", [:]),
      ("so cold", [:]), ("The room. It was too cold", [:]), ("hot room too", [:]), ("", [:]),
    ]
    try RuleRequirementsTests.expectSameWithAndWithoutFilter(compiled, texts)
  }
}
