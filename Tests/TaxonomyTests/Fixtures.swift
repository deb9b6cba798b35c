import Taxonomy
import Tokenization

/// Builds codebooks for tests from a few lines of YAML.
enum Fixtures {
  /// A codebook with one tag per (code, rules) pair, parents from the dotted codes.
  static func codebook(_ tags: [(code: String, rules: [String])], exclude: [String: [String]] = [:]) throws -> Codebook
  {
    var yaml = "id: test\nversion: 0.1.0\ntags:\n"
    for tag in tags {
      yaml += "  - code: \(tag.code)\n    label: \(tag.code.uppercased())\n    rules:\n"
      for rule in tag.rules { yaml += "      - '\(rule.replacingOccurrences(of: "'", with: "''"))'\n" }
      if let excluded = exclude[tag.code] {
        yaml += "    exclude:\n"
        for rule in excluded { yaml += "      - '\(rule.replacingOccurrences(of: "'", with: "''"))'\n" }
      }
    }
    return try Codebook.parse(yaml: yaml, source: "test.yaml")
  }

  /// Tags `text` with a one-tag codebook and returns the evidence spans, or nil when untagged.
  static func spans(
    _ rule: String, _ text: String, metadata: [String: String] = [:], options: TaggingOptions = TaggingOptions()
  ) throws -> [[Int]]? {
    let tokenizer = try Tokenizer()
    let compiled = try CompiledCodebook(try codebook([("t", [rule])]), tokenizer: tokenizer)
    let tagger = try Tagger(compiled, options: options)
    let matches = try tagger.tag(try tokenizer.tokenize(text), metadata: metadata)
    return matches.first.map { $0.evidence.map { [$0.start, $0.end] } }
  }

  /// Whether `rule` tags `text`.
  static func matches(_ rule: String, _ text: String, metadata: [String: String] = [:]) throws -> Bool {
    try spans(rule, text, metadata: metadata) != nil
  }
}
