import Taxonomy
import Testing
import Tokenization

@Suite struct CodebookLoaderTests {
  @Test func readsHeaderTagsNestingAndExamples() throws {
    let yaml = """
      id: demo
      version: 2.1.0
      languages: [en, de]
      description: A demo.
      tags:
        - code: service
          label: Service
          description: Contact with support.
          severity: low
          route: care
          rules: 'support'
          children:
            - code: service.wait_time
              label: Wait
              rules:
                - '"on hold"'
              exclude: ['"no hold"']
              examples:
                match: ['On hold forever', {text: 'held', meta: {channel: phone}}]
                no_match: ['Quick answer']
        - code: standalone
          parent: service
          label: Alone
      """
    let book = try Codebook.parse(yaml: yaml, source: "demo.yaml")
    #expect(book.id == "demo" && book.version == "2.1.0" && book.languages == ["en", "de"])
    #expect(book.tags.map(\.code) == ["service", "service.wait_time", "standalone"])
    #expect(book.tags[0].parent == nil && book.tags[0].severity == "low" && book.tags[0].route == "care")
    #expect(book.tags[1].parent == "service" && !book.tags[1].parentIsExplicit)
    #expect(book.tags[2].parent == "service" && book.tags[2].parentIsExplicit)
    #expect(book.tags[1].rules.map(\.text) == ["\"on hold\""] && book.tags[1].exclude.map(\.text) == ["\"no hold\""])
    #expect(book.tags[1].matchExamples.map(\.text) == ["On hold forever", "held"])
    #expect(book.tags[1].matchExamples[1].metadata == ["channel": "phone"])
    #expect(book.tags[1].noMatchExamples.count == 1)
    // The rule's location is its first character, after the quote (line 16, column 14).
    #expect(book.tags[1].rules[0].location == SourceLocation(file: "demo.yaml", line: 16, column: 14))
  }

  @Test func ruleErrorsInQuotedYAMLPointAtTheSourceColumn() throws {
    // In a single-quoted YAML scalar '' is one apostrophe: columns after it shift by one.
    let yaml = "id: x\nversion: '1'\ntags:\n  - code: a\n    rules: ['\"didn''t\" AND']\n"
    let book = try Codebook.parse(yaml: yaml, source: "x.yaml")
    let tokenizer = try Tokenizer()
    do {
      _ = try CompiledCodebook(book, tokenizer: tokenizer)
      Issue.record("expected a syntax error")
    } catch {
      // `'"didn''t" AND'` opens at column 13; the rule text starts at column 14 and its end (offset 12) is column 27, not 26.
      #expect(error.description.contains("x.yaml:5:27: rule syntax error: expected a term"))
    }
  }

  /// The `file:line:column` of the first rule syntax error in `yaml` (issue 5: "parse errors give
  /// `file:line:column`").
  func firstRuleErrorLocation(_ yaml: String) throws -> String? {
    let book = try Codebook.parse(yaml: yaml, source: "b.yaml")
    do {
      _ = try CompiledCodebook(book, tokenizer: try Tokenizer())
      return nil
    } catch {
      guard let error = error as? TaxonomyError, case .invalidRules(let errors) = error,
        case .ruleSyntax(let location, _)? = errors.first
      else {
        return "unexpected error: \(error)"
      }
      return location.description
    }
  }

  @Test func ruleErrorsInBlockScalarsPointAtTheirSourceLine() throws {
    let header = "id: x\nversion: '1'\ntags:\n  - code: a\n    rules:\n"
    // Folded (`>-`): lines 6–8; "time" (two bare words in a row) is on line 8 after 8 spaces and
    // "return OR wait " (15 characters): column 8 + 15 + 1 = 24.
    #expect(
      try firstRuleErrorLocation(header + "      - >-\n        refund OR\n        return OR wait time\n")
        == "b.yaml:8:24")
    // Literal (`|`): the stray AND opens line 8, column 9 (after 8 spaces of indentation).
    #expect(try firstRuleErrorLocation(header + "      - |\n        refund AND\n        AND x\n") == "b.yaml:8:9")
    // A more-indented continuation keeps its extra spaces: "    AND x" starts at column 13.
    #expect(try firstRuleErrorLocation(header + "      - |\n        refund AND\n            AND x\n") == "b.yaml:8:13")
    // Plain scalar over two lines: the continuation's leading blanks are dropped; the second AND
    // is on line 7 after 8 spaces: column 9.
    #expect(try firstRuleErrorLocation(header + "      - refund AND\n        AND x\n") == "b.yaml:7:9")
  }

  @Test func ruleErrorsAfterQuotedEscapesAndFoldsPointAtTheSourceColumn() throws {
    let header = "id: x\nversion: '1'\ntags:\n  - code: a\n"
    // Double-quoted with escapes: `    rules: ["\"caf\u00e9\" OR (x AND"]`: the quote opens at
    // column 13; the rule's 17 code points come from 23 source characters (columns 14–36), so the
    // end of the rule is the closing quote's column, 37.
    #expect(
      try firstRuleErrorLocation(header + "    rules: [\"\\\"caf\\u00e9\\\" OR (x AND\"]\n") == "b.yaml:5:37")
    // Two `''` escapes before the error: `    rules: ['"don''t" OR "isn''t" OR AND']`: the quote
    // opens at column 13 and columns 14–37 hold `"don''t" OR "isn''t" OR ` (24 source characters
    // for 22 decoded ones), so the stray AND starts at column 38 (not 36).
    #expect(
      try firstRuleErrorLocation(header + "    rules: ['\"don''t\" OR \"isn''t\" OR AND']\n") == "b.yaml:5:38")
    // A single-quoted scalar folded over two lines: the second line's leading blanks are dropped,
    // so AND on line 6 after 6 spaces is column 7.
    #expect(try firstRuleErrorLocation(header + "    rules: ['refund OR\n      AND x']\n") == "b.yaml:6:7")
  }

  @Test func structuralErrorsHaveLineAndColumn() throws {
    func message(_ yaml: String) -> String {
      do {
        _ = try Codebook.parse(yaml: yaml, source: "b.yaml")
        return ""
      } catch { return error.description }
    }
    #expect(
      message("id: x\nversion: 1\ntags:\n  - code: a\n    lable: A\n").hasPrefix("b.yaml:5:5: unknown key \"lable\""))
    #expect(message("id: x\nversion: 1\ntags:\n  - label: A\n").hasPrefix("b.yaml:4:5: a tag has no \"code\""))
    #expect(message("id: x\ntags: []\n").contains("no \"version\""))
    #expect(message("id: x\nversion: 1\ntags:\n  - code: Bad Code\n").hasPrefix("b.yaml:4:11: code \"Bad Code\""))
    #expect(
      message("id: x\nversion: 1\ntags:\n  - code: a\n    rules: {x: 1}\n").hasPrefix("b.yaml:5:12: rules must be"))
    // A syntax error is placed where the unclosed construct starts (QA review 14), with the place
    // the parser stopped.
    #expect(message("id: [x\n").hasPrefix("b.yaml:1:5: YAML syntax error"))
    #expect(message("id: [x\n").contains("(the parser stopped at line 2, column 1)"))
    #expect(message("id: x\nversion: \"1.0\ntags: []\n").hasPrefix("b.yaml:2:10: YAML syntax error"))
    #expect(message("id: x\nid: y\nversion: 1\ntags: []\n").hasPrefix("b.yaml:2:1: duplicate key \"id\""))
    #expect(message("").contains("empty"))
  }

  @Test func missingFileIsCannotOpen() throws {
    #expect(throws: TaxonomyError.cannotOpen(path: "/nonexistent/x.yaml", reason: "no such file")) {
      try Codebook.load(path: "/nonexistent/x.yaml")
    }
  }

  /// Review r19a: a CRLF codebook's rule errors point at the same columns as the LF file's (they
  /// were one short: the lines were not split, so the column fell back to the opening quote).
  @Test func ruleErrorsInCRLFFilesPointAtTheSameColumns() throws {
    let header = "id: x\nversion: '1'\ntags:\n  - code: a\n    rules:\n"
    let quoted = header + "      - \"x y\"\n"
    let folded = header + "      - >-\n        refund OR\n        return OR wait time\n"
    #expect(try firstRuleErrorLocation(quoted) == "b.yaml:6:12")
    #expect(try firstRuleErrorLocation(quoted.replacingOccurrences(of: "\n", with: "\r\n")) == "b.yaml:6:12")
    #expect(try firstRuleErrorLocation(folded.replacingOccurrences(of: "\n", with: "\r\n")) == "b.yaml:8:24")
  }

  /// Review r19a: YAML null (`~`, `null`, an empty value) is not the text "~": a null rule or a null
  /// where a string is required is an error at its line and column; quoted, '~' is a string.
  @Test func yamlNullsAreErrorsNotText() throws {
    func message(_ yaml: String) -> String {
      do {
        _ = try Codebook.parse(yaml: yaml, source: "b.yaml")
        return ""
      } catch { return error.description }
    }
    let header = "id: x\nversion: 1\ntags:\n  - code: a\n"
    #expect(message(header + "    rules: [~]\n").hasPrefix("b.yaml:5:13: a rule in rules is null"))
    #expect(message(header + "    rules: ['x', null]\n").hasPrefix("b.yaml:5:18: a rule in rules is null"))
    #expect(message(header + "    rules: [x]\n    exclude: ~\n").hasPrefix("b.yaml:6:14: a rule in exclude is null"))
    #expect(message(header + "    label: ~\n    rules: [x]\n").hasPrefix("b.yaml:5:12: label is null"))
    #expect(message("id: x\nversion:\ntags:\n  - code: a\n").hasPrefix("b.yaml:2:9: version is null"))
    let quoted = try Codebook.parse(yaml: header + "    label: '~'\n    rules: ['\"~\"', \"null\"]\n", source: "b.yaml")
    #expect(quoted.tags[0].label == "~" && quoted.tags[0].rules.map(\.text) == ["\"~\"", "null"])
  }

  /// Review r19a: `tags: []` is an error like an empty file.
  @Test func emptyTagListIsAnError() throws {
    func message(_ yaml: String) -> String {
      do {
        _ = try Codebook.parse(yaml: yaml, source: "b.yaml")
        return ""
      } catch { return error.description }
    }
    #expect(message("id: x\nversion: 1\ntags: []\n") == "b.yaml:3:7: the codebook has no tags")
    #expect(message("id: x\nversion: 1\ntags: foo\n") == "b.yaml:3:7: \"tags\" must be a list of tags")
    // An empty list of children is fine: the tag is a leaf.
    #expect(message("id: x\nversion: 1\ntags:\n  - code: a\n    children: []\n").isEmpty)
  }

  /// Review r19a: a `children` that is not a list is named as `children` (not "tags"); a device or
  /// a directory given as the codebook is named as such, not "permission denied".
  @Test func misplacedValuesAndNonFilesAreNamed() throws {
    var message = ""
    do {
      _ = try Codebook.parse(yaml: "id: x\nversion: 1\ntags:\n  - code: a\n    children: foo\n", source: "b.yaml")
    } catch { message = error.description }
    #expect(message == "b.yaml:5:15: \"children\" must be a list of tags")
    #expect(
      throws: TaxonomyError.cannotOpen(
        path: "/dev/null", reason: "it is not a regular file or a pipe (a device or socket may never end)")
    ) {
      try Codebook.load(path: "/dev/null")
    }
    let folder = "/"
    #expect(throws: TaxonomyError.cannotOpen(path: folder, reason: "it is a directory, not a codebook file")) {
      try Codebook.load(path: folder)
    }
  }
}
