public import Tokenization
import VerbatimCore

/// The outcome of one codebook example run as a test.
public struct ExampleTestResult: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case match
    case noMatch = "no_match"
  }

  /// The tag whose example this is.
  public var code: String
  public var kind: Kind
  /// 1-based position among the tag's examples of this kind.
  public var number: Int
  public var example: Example
  public var passed: Bool
  /// Everything the tagger assigned to the example (with evidence), for failure messages.
  public var assigned: [TagMatch]

  /// A one-line test name: `delivery.speed match 2`.
  public var name: String { "\(code) \(kind.rawValue) \(number)" }

  /// Why the test failed (empty when it passed). Examples are codebook text, not customer data.
  public var failureMessage: String {
    guard !passed else { return "" }
    let quoted = "\"" + Self.escapingControls(example.text) + "\""
    switch kind {
    case .match:
      let others = assigned.map(\.code).joined(separator: ", ")
      return "\(quoted) was not tagged \(code)" + (others.isEmpty ? " (no tags)" : " (tags: \(others))")
    case .noMatch:
      let evidence = assigned.first { $0.code == code }?.evidence ?? []
      let scalars = Array(example.text.unicodeScalars)
      let spans = evidence.map { item in
        let slice = String(
          String.UnicodeScalarView(scalars[min(item.start, scalars.count)..<min(item.end, scalars.count)]))
        return "\"\(Self.escapingControls(slice))\" [\(item.start), \(item.end)) by rule \(item.rule)"
      }
      return "\(quoted) was tagged \(code); evidence: " + spans.joined(separator: "; ")
    }
  }
}

extension ExampleTestResult {
  /// `text` with control characters (C0, DEL, C1: ESC, line breaks, …) written as `\u{1B}`, so an
  /// example cannot drive the terminal or break the one-line-per-failure output (review r19a).
  static func escapingControls(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.properties.generalCategory == .control {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

/// Runs every example of a codebook as a test: each `match` example must be assigned its tag, each
/// `no_match` example must not. Tags are assigned as `verbatim tag --imply-parents` would (a
/// parent's example may be matched through a child tag).
public enum CodebookTester {
  public static func run(_ compiled: CompiledCodebook, tokenizer: Tokenizer) throws(TaxonomyError)
    -> [ExampleTestResult]
  {
    let tagger = try Tagger(compiled, options: TaggingOptions(impliedParents: true))
    var results: [ExampleTestResult] = []
    for tag in compiled.codebook.tags {
      for (kind, examples) in [(ExampleTestResult.Kind.match, tag.matchExamples), (.noMatch, tag.noMatchExamples)] {
        for (index, example) in examples.enumerated() {
          let tokenized: TokenizedText
          do {
            tokenized = try tokenizer.tokenize(example.text)
          } catch {
            throw .taggingFailed(recordID: "\(tag.code) example \(index + 1)", reason: "\(error)")
          }
          let assigned = try tagger.tag(tokenized, metadata: example.ruleMetadata)
          let isTagged = assigned.contains { $0.code == tag.code }
          results.append(
            ExampleTestResult(
              code: tag.code, kind: kind, number: index + 1, example: example,
              passed: kind == .match ? isTagged : !isTagged, assigned: assigned))
        }
      }
    }
    return results
  }

  /// JUnit XML (the schema Jenkins, GitLab and GitHub test reporters read): one `testsuite` named
  /// after the codebook, one `testcase` per example with a `failure` element when it failed. With
  /// `sha256`, the suite's properties name the codebook file and its SHA-256 (QA review 41: two
  /// codebooks with one id and version gave the same report).
  public static func junitXML(
    _ results: [ExampleTestResult], codebook: Codebook, path: String? = nil, sha256: String? = nil
  ) -> String {
    let failures = results.filter { !$0.passed }.count
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    let suite = xmlEscapedReversibly("\(codebook.id) \(codebook.version)")
    xml += "<testsuites tests=\"\(results.count)\" failures=\"\(failures)\">\n"
    xml += "  <testsuite name=\"\(suite)\" tests=\"\(results.count)\" failures=\"\(failures)\" errors=\"0\">\n"
    if let sha256 {
      xml += "    <properties>\n"
      xml += "      <property name=\"codebook\" value=\"\(xmlEscapedReversibly(path ?? "(shipped)"))\"/>\n"
      xml += "      <property name=\"sha256\" value=\"\(sha256)\"/>\n"
      xml += "    </properties>\n"
    }
    for result in results {
      xml +=
        "    <testcase classname=\"\(xmlEscapedReversibly(result.code))\" name=\"\(xmlEscapedReversibly(result.name))\""
      if result.passed {
        xml += "/>\n"
      } else {
        xml += ">\n      <failure message=\"\(xmlEscapedReversibly(result.failureMessage))\">"
        xml +=
          xmlEscapedReversibly("\(result.example.location): \(result.failureMessage)") + "</failure>\n    </testcase>\n"
      }
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }

  /// A JUnit report for a codebook that could not be loaded or compiled: one test case in error
  /// per problem, so CI shows the failure rather than a missing report (QA review 14).
  public static func junitXML(loadProblems problems: [String], source: String) -> String {
    let count = max(problems.count, 1)
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites tests=\"\(count)\" failures=\"0\" errors=\"\(count)\">\n"
    xml +=
      "  <testsuite name=\"\(xmlEscapedReversibly(source))\" tests=\"\(count)\" failures=\"0\" errors=\"\(count)\">\n"
    for (index, problem) in (problems.isEmpty ? ["the codebook could not be loaded"] : problems).enumerated() {
      xml += "    <testcase classname=\"codebook\" name=\"load \(index + 1)\">\n"
      xml +=
        "      <error message=\"\(xmlEscapedReversibly(problem))\">\(xmlEscapedReversibly(problem))</error>\n    </testcase>\n"
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }
}
