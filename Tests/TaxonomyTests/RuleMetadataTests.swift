import Taxonomy
import Testing
import Tokenization
import VerbatimCore

/// `meta.…` conditions against metadata read from JSON: coded answers, arrays and the `"meta"` object.
@Suite struct RuleMetadataTests {
  /// Tags `text` with one tag per rule and returns the codes assigned.
  private func codes(_ rules: [(String, String)], _ text: String, _ metadata: RuleMetadata) throws -> [String] {
    let tokenizer = try Tokenizer()
    let compiled = try CompiledCodebook(try Fixtures.codebook(rules.map { ($0.0, [$0.1]) }), tokenizer: tokenizer)
    let tagger = try Tagger(compiled)
    return try tagger.tag(try tokenizer.tokenize(text), metadata: metadata).map(\.code)
  }

  /// A Triple-S `single` variable as `verbatim import` writes it (Sources/SurveyImport/TripleSReader.swift).
  private func coded(_ code: String, _ label: String) -> JSONValue {
    .object([JSONMember("code", .string(code)), JSONMember("label", .string(label))])
  }

  private let rules = [
    ("eq", "bad AND meta.Q1 = 1"), ("lab", "bad AND meta.Q1 = Bad"), ("ne", "bad AND meta.Q1 != 2"),
    ("in", "bad AND meta.Q1 IN (3, 1)"),
  ]

  /// Review r8b #7: a coded answer matches a condition on its code or on its label; `!=` is `=` negated.
  @Test func codedAnswerMatchesItsCodeOrItsLabel() throws {
    let first = RuleMetadata(members: [JSONMember("Q1", coded("1", "Bad"))], keys: ["Q1"])
    #expect(first["Q1"] == ["1", "Bad"])
    #expect(try codes(rules, "bad", first) == ["eq", "lab", "ne", "in"])
    let second = RuleMetadata(members: [JSONMember("Q1", coded("2", "Good"))], keys: ["Q1"])
    #expect(try codes(rules, "bad", second) == [])
  }

  /// A code without a label is imported as a plain string and behaves as before.
  @Test func plainCodeStillMatches() throws {
    let metadata = RuleMetadata(members: [JSONMember("Q1", .string("1"))], keys: ["Q1"])
    #expect(try codes(rules, "bad", metadata) == ["eq", "ne", "in"])
  }

  /// A Triple-S `multiple` variable (an array of coded answers) matches any chosen code; `!=` holds
  /// only when the code was not chosen.
  @Test func multipleChoiceMatchesAnyElement() throws {
    let chosen = JSONValue.array([coded("1", "Price"), coded("3", "Speed")])
    let metadata = RuleMetadata(members: [JSONMember("Q3", chosen)], keys: ["Q3"])
    let rules = [
      ("price", "bad AND meta.Q3 = Price"), ("three", "bad AND meta.Q3 = 3"), ("two", "bad AND meta.Q3 != 2"),
      ("notone", "bad AND meta.Q3 != 1"),
    ]
    #expect(try codes(rules, "bad", metadata) == ["price", "three", "two"])
    let none = RuleMetadata(members: [JSONMember("Q3", .array([]))], keys: ["Q3"])
    #expect(none["Q3"] == nil)
    #expect(try codes(rules, "bad", none) == ["two", "notone"])
  }

  /// As `tag --help` says: a field is read from the record's "meta" object, else from its top level;
  /// a "meta" object nested in "meta" (a JSON Lines export imported with its own "meta") comes first.
  @Test func metaObjectFirstThenTopLevel() {
    let members = [
      JSONMember("channel", .string("web")), JSONMember("score", .number("7")),
      JSONMember("meta", .object([JSONMember("channel", .string("app")), JSONMember("vip", .bool(true))])),
    ]
    let metadata = RuleMetadata(members: members, keys: ["channel", "score", "vip", "absent"])
    #expect(metadata["channel"] == ["app"])
    #expect(metadata["score"] == ["7"])
    #expect(metadata["vip"] == ["true"])
    #expect(metadata["absent"] == nil)
    let nested = [
      JSONMember("channel", .string("web")),
      JSONMember("meta", .object([JSONMember("meta", .object([JSONMember("channel", .string("app"))]))])),
    ]
    #expect(RuleMetadata(members: nested, keys: ["channel"])["channel"] == ["app"])
  }

  /// The dictionary form keeps its meaning (one value per field).
  @Test func stringDictionaryIsOneValuePerField() throws {
    #expect(try codes(rules, "bad", RuleMetadata(["Q1": "Bad"])) == ["lab", "ne"])
    #expect(try codes(rules, "bad", RuleMetadata()) == ["ne"])
  }
}
