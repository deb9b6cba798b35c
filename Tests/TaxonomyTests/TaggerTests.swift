import Sentiment
import Taxonomy
import Testing
import Tokenization

@Suite struct TaggerTests {
  @Test func nearCountsTheWordsBetweenOccurrences() throws {
    // "a b c x": two words (b, c) lie between a and x.
    #expect(try Fixtures.matches("a NEAR/2 x", "a b c x"))
    #expect(try !Fixtures.matches("a NEAR/1 x", "a b c x"))
    #expect(try Fixtures.matches("x NEAR/2 a", "a b c x"), "NEAR is unordered")
    #expect(try Fixtures.matches("a NEAR/0 b", "a b"))
    // Punctuation is not a word: "wait, ... hours" is adjacent.
    #expect(try Fixtures.matches("wait NEAR/0 hour*", "wait, ... hours"))
    #expect(try Fixtures.spans("wait NEAR/3 hour*", "I had to wait two whole hours") == [[9, 29]])
  }

  @Test func nearWithOrGroupsFindsEveryPairInAnyOrder() throws {
    // "x c . a y d b": pairs within one word: (c, a)? no — "." is not a word, so c and a are
    // adjacent (0 words between); (a, d) has "y" between (1 word); (d, b) are adjacent.
    let spans = try Fixtures.spans("(b OR a) NEAR/0 (d OR c)", "x c . a y d b")
    #expect(spans == [[2, 7], [10, 13]])
    #expect(try Fixtures.spans("(b OR a) ONEAR/1 (d OR c)", "x c . a y d b") == [[6, 11]])
  }

  @Test func aMegabyteLineIsTaggedInLinearTime() throws {
    // Adversarial: one 1.2 MB "sentence" where every word is a rule term, with nested phrases
    // (longest match) and NEAR operands that occur tens of thousands of times.
    let words = ["customer", "service", "refund", "late", "not", "expensive", "on", "hold", "for", "hours"]
    // A fixed linear congruential sequence (Knuth's MMIX constants), so every run sees the same text.
    var state: UInt64 = 42
    let text = (0..<200_000).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return words[Int(state >> 33) % words.count]
    }.joined(separator: " ")
    let tokenizer = try Tokenizer()
    let tagger = try Tagger(try CompiledCodebook(try Codebook.shipped(), tokenizer: tokenizer))
    let clock = ContinuousClock()
    let start = clock.now
    let tags = try tagger.tag(try tokenizer.tokenize(text))
    #expect(tags.contains { $0.code == "service.wait_time" })
    #expect(clock.now - start < .seconds(30), "quadratic behaviour would take minutes")
  }

  @Test func orderedNearRequiresTheLeftOperandFirst() throws {
    #expect(try Fixtures.matches("not ONEAR/1 working", "it is not really working"))
    #expect(try !Fixtures.matches("working ONEAR/1 not", "it is not really working"))
    #expect(try !Fixtures.matches("refund ONEAR/3 refund", "one refund"), "an occurrence is not near itself")
  }

  @Test func notAndExclusions() throws {
    #expect(try !Fixtures.matches("refund AND NOT \"no refund\"", "I need no refund"))
    #expect(try Fixtures.matches("refund NOT late", "refund please"))
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([("refund", ["refund*"])], exclude: ["refund": ["\"refund policy\""]])
    let tagger = try Tagger(try CompiledCodebook(book, tokenizer: tokenizer))
    #expect(try tagger.tag(try tokenizer.tokenize("Where is my refund?")).map(\.code) == ["refund"])
    #expect(try tagger.tag(try tokenizer.tokenize("Your refund policy is odd.")).isEmpty)
    #expect(try tagger.tag(try tokenizer.tokenize("Your refund policy is odd, refunds take long.")).isEmpty)
    // The exclusion sets its own sentence aside only (QA review 41): "refunds" is in another one.
    #expect(
      try tagger.tag(try tokenizer.tokenize("Your refund policy is odd. Refunds take long.")).map(\.code) == ["refund"])
  }

  @Test func sentenceScopeKeepsConditionsInOneSentence() throws {
    let text = "The refund was quick. The wait was long."
    #expect(try Fixtures.matches("refund AND long", text))
    #expect(try !Fixtures.matches("SENTENCE(refund AND long)", text))
    #expect(try Fixtures.spans("SENTENCE(wait AND long)", text) == [[26, 30], [35, 39]])
    #expect(try !Fixtures.matches("SENTENCE(refund NEAR/10 long)", text))
    // NOT inside a sentence only looks at that sentence.
    #expect(try Fixtures.matches("SENTENCE(wait NOT refund)", text))
  }

  @Test func longestMatchHidesShorterPhrasesOfOtherTags() throws {
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([
      ("service", ["\"customer service\""]), ("generic", ["service"]), ("both", ["service OR \"customer service\""]),
    ])
    let compiled = try CompiledCodebook(book, tokenizer: tokenizer)
    let tagger = try Tagger(compiled)
    let tagged = try tagger.tag(try tokenizer.tokenize("Customer service was great"))
    #expect(tagged.map(\.code) == ["service", "both"])
    #expect(
      tagged[1].evidence.map { [$0.start, $0.end] } == [[0, 16], [9, 16]], "a tag sees its own shorter phrase")
    #expect(try tagger.tag(try tokenizer.tokenize("The service was great")).map(\.code) == ["generic", "both"])
    let all = try Tagger(compiled, options: TaggingOptions(longestMatch: false))
    #expect(
      try all.tag(try tokenizer.tokenize("Customer service was great")).map(\.code) == ["service", "generic", "both"])
  }

  @Test func termsUnderNotSeeEveryOccurrence() throws {
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([("phone", ["\"on the phone\""]), ("queue", ["queue NOT phone"])])
    let tagger = try Tagger(try CompiledCodebook(book, tokenizer: tokenizer))
    #expect(try tagger.tag(try tokenizer.tokenize("a queue on the phone")).map(\.code) == ["phone"])
  }

  @Test func caseAndUnicodeFormsMatchThroughICUNormalisation() throws {
    // NFKC_Casefold: fullwidth forms, upper case and "ß"/"ẞ" → "ss" (Unicode CaseFolding.txt).
    #expect(try Fixtures.matches("refund", "REFUND NOW"))
    #expect(try Fixtures.matches("refund", "Ｒｅｆｕｎｄ please"))
    #expect(try Fixtures.matches("strasse", "Hauptstraße".replacingOccurrences(of: "Haupt", with: "")))
    // Decomposed "e" + U+0301 composes to "é" under NFKC.
    #expect(try Fixtures.matches("café", "the cafe\u{301} was shut"))
    #expect(try Fixtures.matches("refund*", "Refunded twice"))
    #expect(try !Fixtures.matches("refund", "refunded"), "a plain term is a whole token")
    // A straight apostrophe in a rule also matches the typographic one.
    #expect(try Fixtures.matches("\"didn't arrive\"", "It didn’t arrive"))
  }

  @Test func evidenceOffsetsAreCodePointsThatSliceBackToTheText() throws {
    // 👩‍👩‍👧 is five code points (three people, two ZWJ); the space is the sixth.
    let text = "👩‍👩‍👧 Refund ✔︎ wait time"
    let spans = try #require(try Fixtures.spans("refund OR \"wait time\"", text))
    let scalars = Array(text.unicodeScalars)
    let slices = spans.map { String(String.UnicodeScalarView(scalars[$0[0]..<$0[1]])) }
    #expect(slices == ["Refund", "wait time"])
    #expect(spans[0] == [6, 12])
  }

  @Test func regexRulesFindCodesInTheRawText() throws {
    #expect(try Fixtures.spans("/[A-Z]{2}[0-9]{6}/", "Order AB123456 never came") == [[6, 14]])
    #expect(try Fixtures.matches("order NEAR/1 /[0-9]{5,}/", "order 1234567 is lost"))
  }

  /// Review h43: a regular expression matches case-insensitively by default, as terms do
  /// ("switching to octopus" was missed where "Switching to Octopus" was tagged); the `c` flag asks
  /// for case-sensitive matching, and `i` (the old flag) is still accepted.
  @Test func regexRulesIgnoreCaseUnlessAskedNotTo() throws {
    #expect(try Fixtures.matches("/[A-Z]{2}[0-9]{6}/", "Order ab123456 never came"))
    #expect(try Fixtures.matches("/switching to octopus/", "Switching to Octopus next month"))
    #expect(try Fixtures.matches("/switching to octopus/", "switching to octopus next month"))
    #expect(try !Fixtures.matches("/[A-Z]{2}[0-9]{6}/c", "Order ab123456 never came"))
    #expect(try Fixtures.spans("/[A-Z]{2}[0-9]{6}/c", "Order AB123456 never came") == [[6, 14]])
    #expect(try Fixtures.matches("/[A-Z]{2}[0-9]{6}/i", "Order ab123456 never came"))
    // An inline (?-i) makes part of a pattern case-sensitive.
    #expect(try Fixtures.matches("/to (?-i:[A-Z])/", "switching TO Octopus"))
    #expect(try !Fixtures.matches("/to (?-i:[A-Z])/", "switching to octopus"))
  }

  @Test func metadataConditions() throws {
    let rule = "refund AND meta.channel = \"phone\""
    #expect(try Fixtures.matches(rule, "refund", metadata: ["channel": "phone"]))
    #expect(try !Fixtures.matches(rule, "refund", metadata: ["channel": "email"]))
    #expect(try !Fixtures.matches(rule, "refund"))
    #expect(try Fixtures.matches("refund AND meta.channel != phone", "refund"))
    #expect(try Fixtures.matches("refund AND meta.q IN (q1, q2)", "refund", metadata: ["q": "q2"]))
    // QA review 19: numbers compare as numbers ("1.0" from a pandas export is 1); text stays exact.
    #expect(try Fixtures.matches("refund AND meta.score IN (1, 2)", "refund", metadata: ["score": "1.0"]))
    #expect(try Fixtures.matches("refund AND meta.score = 2.5", "refund", metadata: ["score": "2.50"]))
    #expect(try !Fixtures.matches("refund AND meta.score = 16", "refund", metadata: ["score": "0x10"]))
    #expect(try !Fixtures.matches("refund AND meta.channel = phone", "refund", metadata: ["channel": "Phone"]))
  }

  @Test func minimumEvidenceAndImpliedParents() throws {
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([("billing", ["invoice"]), ("billing.refund", ["refund*"]), ("other", ["zzz"])])
    let compiled = try CompiledCodebook(book, tokenizer: tokenizer)
    let text = try tokenizer.tokenize("Refund one. Refund two.")
    let strict = try Tagger(compiled, options: TaggingOptions(minimumEvidence: 2))
    #expect(try strict.tag(text).map(\.code) == ["billing.refund"])
    #expect(try strict.tag(try tokenizer.tokenize("Refund once.")).isEmpty)
    let implied = try Tagger(compiled, options: TaggingOptions(impliedParents: true))
    let tags = try implied.tag(text)
    #expect(tags.map(\.code) == ["billing", "billing.refund"])
    #expect(tags[0].implied && !tags[1].implied)
    #expect(tags[0].evidence == tags[1].evidence)
    #expect(tags[1].evidence.map(\.rule) == ["billing.refund#1", "billing.refund#1"])
  }

  /// Review t28: a parent's own rule ("delivery") fired next to its child ("late delivery"),
  /// although a parent is for "when no more specific tag fits"; the parent is left out, also when
  /// it is mentioned in another sentence (reviews t31 and t32 code a parent never with its own
  /// child), and kept with --keep-parents.
  @Test func theMostSpecificTagWins() throws {
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([
      ("delivery", ["delivery OR parcel"]), ("delivery.speed", ["late"]), ("delivery.speed.weekend", ["saturday"]),
    ])
    let compiled = try CompiledCodebook(book, tokenizer: tokenizer)
    let tagger = try Tagger(compiled)
    #expect(try tagger.tag(try tokenizer.tokenize("The delivery was late.")).map(\.code) == ["delivery.speed"])
    // A grandchild subsumes both ancestors in its sentence.
    #expect(
      try tagger.tag(try tokenizer.tokenize("Parcel late again on Saturday.")).map(\.code) == ["delivery.speed.weekend"]
    )
    // The parent's mention in another sentence is subsumed as well; without a child it stays.
    #expect(
      try tagger.tag(try tokenizer.tokenize("Delivery is a mess. It was late.")).map(\.code) == ["delivery.speed"])
    #expect(try tagger.tag(try tokenizer.tokenize("Delivery is a mess. It was fine.")).map(\.code) == ["delivery"])
    // Siblings and unrelated tags are untouched, and the option restores every matched tag.
    let all = try Tagger(compiled, options: TaggingOptions(mostSpecific: false))
    #expect(
      try all.tag(try tokenizer.tokenize("The delivery was late.")).map(\.code) == ["delivery", "delivery.speed"])
    // With implied parents the parent comes back. Its own rule matched here, so it keeps its own
    // evidence and is not marked implied (taxonomies/README.md: `"implied": true` when none of its
    // own rules matched; QA review 19 found it marked implied with the child's evidence).
    let implied = try Tagger(compiled, options: TaggingOptions(impliedParents: true))
    let tags = try implied.tag(try tokenizer.tokenize("The delivery was late."))
    #expect(tags.map(\.code) == ["delivery", "delivery.speed"])
    #expect(!tags[0].implied)
    #expect(tags[0].evidence.map(\.rule) == ["delivery#1"])
    // Without a match of its own, the parent is implied and carries the child's evidence.
    let rolledUp = try implied.tag(try tokenizer.tokenize("It was late."))
    #expect(rolledUp.map(\.code) == ["delivery", "delivery.speed"])
    #expect(rolledUp[0].implied && rolledUp[0].evidence == rolledUp[1].evidence)
  }

  @Test func aTokenMatchesItsTermAndEveryPrefixPatternItStartsWith() throws {
    // taxonomies/README.md, "Meaning": `refund` matches a norm equal to it, `refund*` every norm
    // that starts with it; patterns that start with one another all match the same token, and a
    // phrase may continue from any of them.
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([
      ("r", ["r*"]), ("re", ["re*"]), ("refund", ["refund*"]), ("refunds", ["refunds"]),
      ("phrase", ["\"refunds refund*\""]), ("other", ["refunded", "\"re* zzz\""]),
    ])
    let tagger = try Tagger(
      try CompiledCodebook(book, tokenizer: tokenizer), options: TaggingOptions(longestMatch: false))
    let tags = try tagger.tag(try tokenizer.tokenize("Refunds REFUNDED, rest"))
    #expect(tags.map(\.code) == ["r", "re", "refund", "refunds", "phrase", "other"])
    #expect(tags[0].evidence.map { [$0.start, $0.end] } == [[0, 7], [8, 16], [18, 22]])
    #expect(tags[4].evidence.map { [$0.start, $0.end] } == [[0, 16]])
    #expect(try tagger.tag(try tokenizer.tokenize("rather")).map(\.code) == ["r"])
    #expect(try tagger.tag(try tokenizer.tokenize("fund refunded")).map(\.code) == ["r", "re", "refund", "other"])
  }

  @Test func aTokenMatchesAChainOfPrefixPatternsOfEveryLength() throws {
    // A norm starts with every prefix pattern r*, re*, …, refunded*: each of those tags is assigned
    // by one token, and a phrase can continue from any of them.
    let tokenizer = try Tokenizer()
    let word = Array("refunded")
    let prefixes = (1...word.count).map { String(word[0..<$0]) }
    let book = try Fixtures.codebook(
      prefixes.map { ("p\($0.count)", ["\($0)*"]) } + [("term", ["refunded"]), ("phrase", ["\"ref* twice\""])])
    let tagger = try Tagger(
      try CompiledCodebook(book, tokenizer: tokenizer), options: TaggingOptions(longestMatch: false))
    let expected = prefixes.map { "p\($0.count)" } + ["term", "phrase"]
    #expect(try tagger.tag(try tokenizer.tokenize("Refunded twice")).map(\.code) == expected)
    #expect(try tagger.tag(try tokenizer.tokenize("refund")).map(\.code) == Array(expected.prefix(6)))
  }

  @Test func termsThatShareTheirFirstBytesStayDistinct() throws {
    // taxonomies/README.md, "Meaning": a term matches a norm equal to it, so terms that share a
    // long start ("customer", "customers", "customerservice") each match only themselves, however
    // many terms the codebook holds.
    let tokenizer = try Tokenizer()
    let terms = [
      "customer", "customers", "customerservice", "internationalisation", "internationalization", "a", "ab",
      "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi",
    ]
    let fillers = (0..<40).map { ("filler\($0)", ["zz\($0)word"]) }
    let book = try Fixtures.codebook(terms.map { ($0, [$0]) } + fillers)
    let tagger = try Tagger(try CompiledCodebook(book, tokenizer: tokenizer))
    for term in terms {
      #expect(try tagger.tag(try tokenizer.tokenize("x \(term) y")).map(\.code) == [term])
    }
    #expect(try tagger.tag(try tokenizer.tokenize("customerservices internationalizatio abcdefghij")).isEmpty)
    #expect(try tagger.tag(try tokenizer.tokenize("zz39word zz0word")).map(\.code) == ["filler0", "filler39"])
  }

  @Test func untaggedTextsAndEmptyTextsGiveNoTags() throws {
    #expect(try Fixtures.spans("refund", "") == nil)
    #expect(try Fixtures.spans("refund", "nothing to see") == nil)
  }

  @Test func aLongerPhraseWhoseRuleFailsHidesNothing() throws {
    // taxonomies/README.md, "Longest match": only a longer occurrence claimed by a tag whose rule
    // holds hides the shorter occurrences inside it from other tags.
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([
      ("queue", ["SENTENCE(\"the checkout\" AND wait*)"]), ("checkout", ["checkout"]),
    ])
    let tagger = try Tagger(try CompiledCodebook(book, tokenizer: tokenizer))
    // "queue" fails (no waiting word), so "the checkout" claims nothing: "checkout" is tagged.
    #expect(try tagger.tag(try tokenizer.tokenize("The checkout keeps crashing")).map(\.code) == ["checkout"])
    // "queue" holds and its evidence holds "the checkout": the inner "checkout" is hidden.
    #expect(try tagger.tag(try tokenizer.tokenize("The checkout made me wait")).map(\.code) == ["queue"])
    // The shipped codebook: store.queue's "the checkout" needs a waiting word in the sentence, so
    // it must not take "checkout" away from the digital tags ("Your checkout …" gets them).
    let shipped = try Tagger(try CompiledCodebook(try Codebook.shipped(), tokenizer: tokenizer))
    let codes = try shipped.tag(try tokenizer.tokenize("The checkout keeps crashing")).map(\.code)
    #expect(codes.contains("digital.checkout") && !codes.contains("store.queue"))
  }

  /// Words and wildcards never match inside an e-mail address, URL or @mention: a person's address
  /// is not a topic, and redacting it must not change the tags (issue 7; review r6 #12).
  @Test func addressesAreNotWords() throws {
    let tokenizer = try Tokenizer()
    let shipped = try Tagger(try CompiledCodebook(try Codebook.shipped(), tokenizer: tokenizer))
    for text in [
      "email me at delivery.jones@gmail.com", "I wrote to refunds@example.com", "see refund.example.com/x",
      "thanks @refundbot",
    ] {
      #expect(try shipped.tag(try tokenizer.tokenize(text)).isEmpty, "\(text)")
    }
    // The same words outside an address are tagged.
    #expect(try shipped.tag(try tokenizer.tokenize("the refund never came")).map(\.code).contains("billing.refund"))
  }

  @Test func minimumEvidenceCountsNonOverlappingMentions() throws {
    // `--min-evidence`: distinct mentions. "payment … declined" and "card … declined" share the
    // word "declined", so they are one mention.
    let rule = "(payment OR card) NEAR/5 declined"
    let two = TaggingOptions(minimumEvidence: 2)
    #expect(try Fixtures.spans(rule, "The payment with my card was declined") == [[4, 37], [20, 37]])
    #expect(try Fixtures.spans(rule, "The payment with my card was declined", options: two) == nil)
    // Two separate declines: "payment was declined" [4, 24) and "card was declined" [32, 49) do not
    // overlap (the bridging span "declined and my card" does), so there are two mentions.
    let separate = "The payment was declined and my card was declined"
    #expect(try Fixtures.spans(rule, separate, options: two) != nil)
    #expect(try Fixtures.spans(rule, separate, options: TaggingOptions(minimumEvidence: 3)) == nil)
  }

  @Test func perTagSentimentIsTheSentimentOfTheTagsClauses() throws {
    // Issue 5: "the per-tag sentiment is the sentiment of the clauses that matched the tag". With
    // the shipped lexicons, "awful" and "late" are negative and "helpful" and "polite" positive,
    // and "but" is a contrastive connective (lexicons/contrast.txt).
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([("delivery", ["delivery"]), ("agent", ["agent"])])
    let scorer = SentimentScorer(model: try SentimentModel.shipped())
    let tagger = try Tagger(try CompiledCodebook(book, tokenizer: tokenizer), scorer: scorer)
    for text in [
      "The delivery was awful and late but the agent was very helpful and polite",
      "The agent was very helpful and polite, but the delivery was awful and late.",
      "The agent was very helpful and polite; the delivery was awful and late.",
    ] {
      let tags = try tagger.tag(try tokenizer.tokenize(text))
      #expect(tags.map(\.code) == ["delivery", "agent"], "\(text)")
      #expect(tags.first?.sentiment?.label == "negative", "\(text)")
      #expect(tags.last?.sentiment?.label == "positive", "\(text)")
    }
    // A comma clause without sentiment words falls back to its segment: "The delivery, sadly, was
    // late" is about the delivery and negative.
    let aside = try tagger.tag(try tokenizer.tokenize("The delivery, sadly, was late"))
    #expect(aside.first?.sentiment?.label == "negative")
  }

  /// QA review 22: evidence of `late NEAR driver` runs across the "but" ("late, but the driver")
  /// and took in the praise of the driver, so a late delivery read as positive. Evidence within one
  /// segment ("delivery … late") chooses the clauses when there is some; evidence that only runs
  /// across the contrast still counts (the tag keeps a sentiment).
  @Test func evidenceAcrossAContrastDoesNotTakeInTheOtherSide() throws {
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([("speed", ["late NEAR/5 (delivery OR driver)"])])
    let scorer = SentimentScorer(model: try SentimentModel.shipped())
    let tagger = try Tagger(try CompiledCodebook(book, tokenizer: tokenizer), scorer: scorer)
    let late = try tagger.tag(try tokenizer.tokenize("Delivery was a day late, but the driver was lovely and helpful"))
    #expect(late.map(\.code) == ["speed"])
    #expect(late.first?.evidence.count == 2)
    #expect(late.first?.sentiment?.label == "negative", "\(late)")
    // Only evidence across the "but": the whole of what it covers is scored, as before.
    let across = try tagger.tag(try tokenizer.tokenize("It was late, but the driver was lovely and helpful"))
    #expect(across.first?.sentiment?.label == "positive", "\(across)")
  }

  /// QA review 22: a rule naming 👍 missed 👍🏽. An emoji with a skin tone (U+1F3FB–U+1F3FF,
  /// Unicode emoji modifiers, UTS #51) also matches as the bare emoji; evidence spans the toned
  /// emoji (two code points). A toned emoji in the rule still matches only itself.
  @Test func anEmojiWithASkinToneMatchesTheBareEmoji() throws {
    #expect(try Fixtures.spans("\"👍\"", "great 👍🏽") == [[6, 8]])
    #expect(try Fixtures.spans("\"👍\"", "great 👍") == [[6, 7]])
    #expect(try Fixtures.spans("\"👍\"", "👍🏿👍") == [[0, 2], [2, 3]])
    #expect(try Fixtures.matches("\"👍🏽\"", "great 👍🏽"))
    #expect(try !Fixtures.matches("\"👍🏽\"", "great 👍"))
    #expect(try !Fixtures.matches("\"👍\"", "great 👎🏽"))
  }

  /// Returns the sentence indices as the compound, so the test sees what the tagger passed.
  struct FakeScorer: AspectSentimentScoring {
    func sentiment(of tokenized: TokenizedText, sentences: [Int]) -> (label: String, compound: Double) {
      (sentences.map(String.init).joined(separator: ","), Double(sentences.count))
    }
  }

  @Test func perTagSentimentSplitsAtEveryListedBreakMark() throws {
    // taxonomies/README.md, "Per-tag sentiment": segments end at `;`, `:`, dashes and parentheses
    // (with their full-width forms), clauses at commas (and `，`, `、`). U+037E GREEK QUESTION MARK
    // is canonically a `;`. Without a break the sentence is one clause, and "helpful and polite"
    // outweighs "awful and late" for both tags.
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([("delivery", ["delivery"]), ("agent", ["agent"])])
    let scorer = SentimentScorer(model: try SentimentModel.shipped())
    let tagger = try Tagger(try CompiledCodebook(book, tokenizer: tokenizer), scorer: scorer)
    let labels = { (text: String) throws -> [String?] in
      try tagger.tag(try tokenizer.tokenize(text)).map { $0.sentiment?.label }
    }
    for mark in ["\u{037E}", "\u{FF1B}", "\u{FF1A}", " \u{2014}", " \u{2013}", " (", "\u{FF0C}", "\u{3001}", ","] {
      let text = "The agent was very helpful and polite\(mark) the delivery was awful and late."
      #expect(try labels(text) == ["negative", "positive"], "\(mark)")
    }
    #expect(
      try labels("The agent was very helpful and polite and the delivery was awful and late.") == [
        "positive", "positive",
      ])
  }

  @Test func perTagSentimentScoresOnlyTheSentencesWithEvidence() throws {
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([("delivery", ["delivery"]), ("refund", ["refund"])])
    let tagger = try Tagger(try CompiledCodebook(book, tokenizer: tokenizer), scorer: FakeScorer())
    let text = try tokenizer.tokenize("Delivery was fast. The refund took ages. Refund again!")
    let tags = try tagger.tag(text)
    #expect(tags.map(\.code) == ["delivery", "refund"])
    #expect(tags[0].sentences == [0] && tags[0].sentiment == AspectSentiment(label: "0", compound: 1))
    #expect(tags[1].sentences == [1, 2] && tags[1].sentiment == AspectSentiment(label: "1,2", compound: 2))
    let unscored = try Tagger(try CompiledCodebook(book, tokenizer: tokenizer))
    #expect(try unscored.tag(text).allSatisfy { $0.sentiment == nil })
  }

  @Test func theWholeTextsSentimentServesTagsWhoseClausesAreAllItsSentences() throws {
    // Tagger.tag(_:metadata:textSentiment:): a scorer that scores all sentences as the text lets the
    // caller's text score stand in for scoring them again; any other selection is scored.
    struct TextScorer: AspectSentimentScoring {
      var scoresAllSentencesAsText: Bool
      func sentiment(of tokenized: TokenizedText, sentences: [Int]) -> (label: String, compound: Double) {
        ("scored", Double(sentences.count))
      }
    }
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([("delivery", ["delivery"]), ("refund", ["refund"])])
    let compiled = try CompiledCodebook(book, tokenizer: tokenizer)
    let given = (label: "given", compound: 0.5)
    let reusing = try Tagger(compiled, scorer: TextScorer(scoresAllSentencesAsText: true))
    let one = try tokenizer.tokenize("The delivery was fast")
    #expect(try reusing.tag(one, textSentiment: given).map(\.sentiment?.label) == ["given"])
    #expect(try reusing.tag(one).map(\.sentiment?.label) == ["scored"])
    let two = try tokenizer.tokenize("The delivery was fast. The refund was slow.")
    #expect(try reusing.tag(two, textSentiment: given).map(\.sentiment?.label) == ["scored", "scored"])
    let scoring = try Tagger(compiled, scorer: TextScorer(scoresAllSentencesAsText: false))
    #expect(try scoring.tag(one, textSentiment: given).map(\.sentiment?.label) == ["scored"])
  }

  @Test func theShippedScorersTextScoreIsTheScoreOfAllItsSentences() throws {
    // The invariant `scoresAllSentencesAsText` states for the default profile: passing the text's
    // score changes no tag's sentiment.
    let tokenizer = try Tokenizer()
    let scorer = SentimentScorer(model: try SentimentModel.shipped())
    #expect(scorer.scoresAllSentencesAsText)
    let tagger = try Tagger(try CompiledCodebook(try Codebook.shipped(), tokenizer: tokenizer), scorer: scorer)
    for text in [
      "The delivery was late", "Refund never came. But the staff were lovely!", "great app, awful checkout",
      "The agent was rude; the parcel arrived broken.", "Delivery was not bad at all", "",
    ] {
      let tokenized = try tokenizer.tokenize(text)
      let score = scorer.score(tokenized, explain: false).0
      let reused = try tagger.tag(tokenized, textSentiment: (score.label.rawValue, score.compound))
      #expect(reused == (try tagger.tag(tokenized)), "\(text)")
    }
  }

  @Test func oneTaggerGivesTheSameAnswerAcrossManyTexts() throws {
    // Reused buffers must not leak state from one text into the next.
    let tokenizer = try Tokenizer()
    let tagger = try Tagger(try CompiledCodebook(try Codebook.shipped(), tokenizer: tokenizer))
    let texts = ["Waited an hour on hold.", "", "Parcel never arrived!", "Great app", "Waited an hour on hold."]
    let first = try texts.map { try tagger.tag(try tokenizer.tokenize($0)).map(\.code) }
    let second = try texts.reversed().map { try tagger.tag(try tokenizer.tokenize($0)).map(\.code) }
    #expect(first == Array(second.reversed()))
    #expect(first[0] == first[4] && first[1].isEmpty)
  }

  /// Review r19a: a hyphen typed as a dash between spaces (" - ", " -- ") cuts a segment like "–";
  /// a hyphen inside a word ("follow-up") or attached to one does not.
  @Test func perTagSentimentSplitsAtASpacedHyphen() throws {
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([("delivery", ["delivery"]), ("agent", ["agent"])])
    let scorer = SentimentScorer(model: try SentimentModel.shipped())
    let tagger = try Tagger(try CompiledCodebook(book, tokenizer: tokenizer), scorer: scorer)
    let labels = { (text: String) throws -> [String?] in
      try tagger.tag(try tokenizer.tokenize(text)).map { $0.sentiment?.label }
    }
    for mark in [" -", " --", " ---"] {
      let text = "The agent was very helpful and polite\(mark) the delivery was awful and late."
      #expect(try labels(text) == ["negative", "positive"], "\(mark)")
    }
    for text in [
      "The agent was very helpful and polite and the follow-up delivery was awful and late.",
      "The agent was very helpful and polite -and the delivery was awful and late.",
      "The agent was very helpful and polite- and the delivery was awful and late.",
    ] {
      #expect(try labels(text) == ["positive", "positive"], "\(text)")
    }
  }

  /// Review r19a: an exclusion of metadata conditions alone is allowed (it only removes the tag its
  /// rules gave); an inclusion rule still needs a term.
  @Test func metadataOnlyExclusionRemovesTheTag() throws {
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([("wait", ["hold*"])], exclude: ["wait": ["meta.channel = chat"]])
    let tagger = try Tagger(try CompiledCodebook(book, tokenizer: tokenizer))
    let text = try tokenizer.tokenize("on hold for ages")
    #expect(try tagger.tag(text, metadata: ["channel": "phone"]).map(\.code) == ["wait"])
    #expect(try tagger.tag(text, metadata: ["channel": "chat"]).isEmpty)
    #expect(try tagger.tag(text).map(\.code) == ["wait"])
    let inclusion = try Fixtures.codebook([("wait", ["meta.channel = chat"])])
    #expect(throws: TaxonomyError.self) { try CompiledCodebook(inclusion, tokenizer: tokenizer) }
  }
}

/// Review r21c: NEAR within one sentence, apostrophe-free negative contractions, hyphenated and
/// spaced compounds.
@Suite struct ReviewR21cTaggerTests {
  @Test func nearPairsOccurrencesOnlyWithinOneSentence() throws {
    // Two words apart, but across a full stop before a capital: no pair.
    #expect(try !Fixtures.matches("delivery NEAR/6 late", "Delivery was fine. Late night opening is great."))
    #expect(try !Fixtures.matches("charged ONEAR/4 without", "They charged me. Without doubt the best shop."))
    #expect(try !Fixtures.matches("hold NEAR/3 ages", "I was on hold\nfor ages"), "a line break ends a sentence")
    // Within a sentence NEAR is unchanged, also when another sentence comes first.
    #expect(try Fixtures.spans("delivery NEAR/6 late", "Fine. The delivery was very late.") == [[10, 32]])
    #expect(try Fixtures.spans("delivery NEAR/6 late", "Delivery was late. Late again.") == [[0, 17]])
    // ICU does not break a sentence before a lower-case word; Verbatim does after a word's full
    // stop (`LowercaseSentenceStarts`, review r29), so phone-typed "fine. late" is two sentences.
    #expect(try !Fixtures.matches("delivery NEAR/6 late", "delivery was fine. late night opening"))
    // After an abbreviation it does not: "approx. late" stays one sentence.
    #expect(try Fixtures.matches("delivery NEAR/6 late", "delivery approx. late"))
    // A pair in each of two sentences: each is evidence on its own.
    #expect(try Fixtures.spans("a NEAR/1 b", "A x b. B y a.") == [[0, 5], [7, 12]])
  }

  @Test func aRegexAcrossASentenceBreakIsNearNothing() throws {
    #expect(try !Fixtures.matches("/late\\. Now/ NEAR/3 refund", "It came late. Now I want a refund."))
    #expect(try Fixtures.matches("/came late/ NEAR/3 refund", "It came late, refund it."))
  }

  @Test func negativeContractionsMatchWithoutTheirApostrophe() throws {
    for text in ["The kettle doesnt work", "The kettle doesn't work", "The kettle doesn\u{2019}t work"] {
      #expect(try Fixtures.spans("\"doesn't work\"", text) == [[11, text.unicodeScalars.count]], "\(text)")
      #expect(try Fixtures.matches("\"doesn\u{2019}t work\"", text), "\(text)")
    }
    for (rule, text) in [
      ("\"won't charge\"", "it wont charge"), ("can't", "cant log in"), ("\"didn't arrive\"", "it didnt arrive"),
      ("\"ain't right\"", "that aint right"), ("\"hasn't arrived\"", "hasnt arrived yet"),
    ] {
      #expect(try Fixtures.matches(rule, text), "\(rule) ~ \(text)")
    }
    // Only the closed list of n't forms: other contractions keep their apostrophe.
    for (rule, text) in [
      ("\"we'll see\"", "well see"), ("i'll", "ill again"), ("it's", "its box"), ("he'll", "hell"),
      ("she'll", "shell"),
    ] {
      #expect(try !Fixtures.matches(rule, text), "\(rule) ~ \(text)")
    }
    // A rule written without the apostrophe matches only that spelling.
    #expect(try !Fixtures.matches("dont", "don't"))
  }

  @Test func hyphenatedAndSpacedCompoundsMatchEachOther() throws {
    // Text hyphenated, rule spaced.
    #expect(try Fixtures.spans("\"back ordered\"", "It was back-ordered.") == [[7, 19]])
    #expect(try Fixtures.spans("\"customer service\"", "customer-service was rude") == [[0, 16]])
    #expect(try Fixtures.matches("\"customer service\"", "customer\u{2011}service was rude"))
    // Rule hyphenated, text spaced or hyphenated.
    #expect(try Fixtures.spans("\"back-ordered\"", "It was back ordered.") == [[7, 19]])
    #expect(try Fixtures.spans("\"back-ordered\"", "It was back-ordered.") == [[7, 19]])
    // A prefix after the hyphen, and a hyphen inside a longer phrase.
    #expect(try Fixtures.matches("\"auto-renew*\"", "it auto renewed"))
    #expect(try Fixtures.matches("\"still not delivered\"", "still-not-delivered"))
    // A hyphen with a space on either side is a dash, not a joiner: it still breaks a phrase.
    #expect(try !Fixtures.matches("\"back ordered\"", "back - ordered"))
    #expect(try !Fixtures.matches("\"back ordered\"", "back -ordered"))
    // Other punctuation between words still breaks a phrase.
    #expect(try !Fixtures.matches("\"back ordered\"", "back/ordered"))
    // The joined words stay words for NEAR: "-" is not a word, so these are adjacent.
    #expect(try Fixtures.matches("back NEAR/0 ordered", "back-ordered"))
    // A single hyphen at the edge of a phrase is not removed.
    #expect(try Fixtures.matches("\"x -\"", "x -"))
  }

  @Test func theShippedCodebookOnTheReviewsProbes() throws {
    let tokenizer = try Tokenizer()
    let tagger = try Tagger(try CompiledCodebook(try Codebook.shipped(), tokenizer: tokenizer))
    func codes(_ text: String) throws -> [String] { try tagger.tag(try tokenizer.tokenize(text)).map(\.code) }
    let opening = try codes("Delivery was fine. Late night opening on Thursdays is great though.")
    #expect(!opening.contains("delivery.speed") && opening.contains("store.hours_location"), "\(opening)")
    #expect(try codes("The kettle doesnt work at all").contains("product.defect"))
    #expect(try codes("customer-service was rude").contains("service.courtesy"))
    #expect(try codes("My sofa has been back-ordered twice").contains("product.availability"))
  }
}

extension TaggerTests {
  /// Review t32: "The app's really slow" named no app, as the tokenizer keeps "app's" as one word.
  /// A word before a clitic or possessive "'s" (either apostrophe) matches as the word itself; the
  /// written form still matches a rule that names it, and other endings do not.
  @Test func aCliticSKeepsItsWord() throws {
    let tokenizer = try Tokenizer()
    let book = try Fixtures.codebook([("app", ["app NEAR/3 slow"]), ("chat", ["\"let's talk\""])])
    let tagger = try Tagger(try CompiledCodebook(book, tokenizer: tokenizer))
    func codes(_ text: String) throws -> [String] { try tagger.tag(try tokenizer.tokenize(text)).map(\.code) }
    #expect(try codes("The app's really slow") == ["app"])
    #expect(try codes("The app’s really slow") == ["app"])
    #expect(try codes("the apps are slow") == [])
    #expect(try codes("Let's talk about it") == ["chat"])
  }
}
