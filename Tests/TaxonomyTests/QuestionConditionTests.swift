import Testing
import Tokenization

@testable import Taxonomy

/// `QUESTION(e)`: a rule condition that holds when `e` holds in the survey question the answer
/// replies to (taxonomies/README.md). A coder reads a bare "Yes" to "Would you recommend us?" as a
/// recommendation; the answer alone names no topic (blind review h60b coded 21 of its read half's
/// answers so). Every sentence here is written for this test.
@Suite struct QuestionConditionTests {
  let tokenizer: Tokenizer

  init() throws { tokenizer = try Tokenizer() }

  func parse(_ rule: String) throws -> RuleExpression {
    try RuleParser(tokenizer: tokenizer).parse(RuleSource(rule))
  }

  /// The codes a one-tag codebook with `rule` gives `text` answering `question`.
  func isTagged(_ rule: String, _ text: String, question: String?) throws -> Bool {
    let compiled = try CompiledCodebook(try Fixtures.codebook([("t", [rule])]), tokenizer: tokenizer)
    let tagger = try Tagger(compiled)
    var metadata = RuleMetadata()
    metadata.question = question
    return try !tagger.tag(try tokenizer.tokenize(text), metadata: metadata).isEmpty
  }

  @Test func writtenFormParsesBackToTheSameExpression() throws {
    let rule = "QUESTION(SENTENCE(Would ONEAR/0 you ONEAR/2 recommend) NOT likely) AND (yes OR no)"
    let expression = try parse(rule)
    #expect(try parse(expression.description) == expression)
    #expect(expression.description.hasPrefix("(QUESTION("))
    // Terms inside are normalised as everywhere: "Would" is the term "would".
    #expect(expression.description.contains("\"would\""))
  }

  @Test(arguments: [
    ("QUESTION(recommend)", "a term, phrase or regex"),
    ("QUESTION(NOT recommend) AND yes", "needs a term, phrase or regex of the question"),
    ("QUESTION(meta.channel = app) AND yes", "the question is text"),
    ("QUESTION(QUESTION(recommend)) AND yes", "cannot hold another QUESTION("),
    ("QUESTION recommend AND yes", "'(' after QUESTION"),
    ("QUESTION(recommend AND yes", "')' to close QUESTION("),
  ])
  func malformedUsesAreErrors(rule: String, message: String) throws {
    do {
      _ = try parse(rule)
      Issue.record("\(rule) parsed")
    } catch {
      #expect("\(error)".contains(message), "\(error)")
    }
  }

  @Test func holdsOnlyWithAMatchingQuestion() throws {
    let rule = "QUESTION(recommend) AND (yes OR no)"
    #expect(try isTagged(rule, "Yes, definitely.", question: "Would you recommend us?"))
    #expect(try isTagged(rule, "no", question: "WOULD YOU RECOMMEND US TO A FRIEND?"))
    #expect(try !isTagged(rule, "Yes, definitely.", question: nil))
    #expect(try !isTagged(rule, "Yes, definitely.", question: "Did you enjoy the film?"))
    // The answer's words are still needed.
    #expect(try !isTagged(rule, "The staff were kind.", question: "Would you recommend us?"))
  }

  @Test func negatedQuestionHoldsWithoutOne() throws {
    let rule = "refund NOT QUESTION(refund OR refunds)"
    #expect(try isTagged(rule, "Still waiting for my refund.", question: nil))
    #expect(try isTagged(rule, "Still waiting for my refund.", question: "How was the delivery?"))
    #expect(try !isTagged(rule, "Still waiting for my refund.", question: "How did we handle your refund?"))
  }

  @Test func questionsAreMatchedAsTextsAreSentenceByPhraseAndRegex() throws {
    let rule = "QUESTION(SENTENCE(\"come back\" AND will) OR /\\bNPS\\b/c) AND yes"
    #expect(try isTagged(rule, "yes", question: "Will you come back? Tell us why."))
    #expect(try !isTagged(rule, "yes", question: "Will you tell us more? Did the engineer come back?"))
    #expect(try isTagged(rule, "yes", question: "Our NPS question"))
    #expect(try !isTagged(rule, "yes", question: "Our nps question"))
  }

  @Test func manyQuestionsInTurnAreEachAnsweredForThemselves() throws {
    // One tagger for all records: its remembered answers must not leak from one question to another.
    let compiled = try CompiledCodebook(
      try Fixtures.codebook([("t", ["QUESTION(recommend) AND yes"]), ("u", ["QUESTION(resolved) AND yes"])]),
      tokenizer: tokenizer)
    let tagger = try Tagger(compiled)
    let answer = try tokenizer.tokenize("yes")
    for round in 0..<3 {
      for (question, expected) in [
        ("Would you recommend us?", ["t"]), ("Was your issue resolved?", ["u"]), ("Any comments?", []),
        ("Resolved, and would you recommend us?", ["t", "u"]),
      ] {
        var metadata = RuleMetadata()
        metadata.question = question
        #expect(try tagger.tag(answer, metadata: metadata).map(\.code) == expected, "round \(round): \(question)")
      }
    }
  }

  @Test func metadataKeysLeaveTheQuestionOut() throws {
    let compiled = try CompiledCodebook(
      try Fixtures.codebook([("t", ["QUESTION(recommend) AND yes", "meta.channel = app AND crash"])]),
      tokenizer: tokenizer)
    #expect(compiled.metadataKeys == ["channel"])
    #expect(compiled.questionConditions == ["\"recommend\""])
  }

  /// A one-tag codebook whose rule reads the question, with an example answering it and the same
  /// answer without a question as a `no_match` example (the list ends open for more).
  static let recommendYAML = """
    id: q
    version: 1.0.0
    tags:
      - code: recommend
        label: Recommend
        description: Recommending us.
        rules: ['QUESTION(recommend) AND (yes OR no)']
        examples:
          match:
            - {text: 'Yes!', question: 'Would you recommend us?'}
          no_match:
            - 'Yes!'

    """

  @Test func examplesCarryTheirQuestionThroughTestsAndTheArchive() throws {
    let yaml = Self.recommendYAML + "        - {text: 'Yes!', question: 'Was it warm?'}\n"
    let codebook = try Codebook.parse(yaml: yaml, source: "q.yaml")
    #expect(codebook.tags[0].matchExamples[0].question == "Would you recommend us?")
    let compiled = try CompiledCodebook(codebook, tokenizer: tokenizer)
    let results = try CodebookTester.run(compiled, tokenizer: tokenizer)
    #expect(results.count == 3 && results.allSatisfy(\.passed))
    let bytes = Array(yaml.utf8)
    let archive = try bytes.withUnsafeBufferPointer { source in
      try CompiledCodebook.archive(of: codebook, source: source, tokenizer: tokenizer)
    }
    let read = try archive.withUnsafeBufferPointer { archive in
      try bytes.withUnsafeBufferPointer { source in
        try CompiledCodebook(archive: archive, source: source, tokenizer: tokenizer)
      }
    }
    #expect(try #require(read).codebook == codebook)
  }

  @Test func aQuestionMakesTwoExamplesDifferentTests() throws {
    let findings = CodebookLinter.lint(
      try Codebook.parse(yaml: Self.recommendYAML, source: "q.yaml"), tokenizer: tokenizer)
    #expect(!findings.contains { "\(String(describing: $0))".contains("one of the two tests always fails") })
  }
}
