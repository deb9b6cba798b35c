import ArgumentParser
import Foundation
import Taxonomy
import Tokenization
import VerbatimCore

struct TaxonomyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "taxonomy",
    abstract: "Tools for codebook owners: lint, test and diff codebooks.",
    discussion: """
      A codebook is a YAML file of tags with rules and examples; the grammar of
      rules is in taxonomies/README.md. Without FILE, the shipped customer-feedback
      codebook is used.

      Exit status: 0 ok, 1 when an example failed (`test`), 2 usage, 65 an
      invalid codebook or a bad corpus line, 66 when a codebook or the corpus
      cannot be opened, 74 for an I/O error.

      Examples:
        verbatim taxonomy lint my-codebook.yaml
        verbatim taxonomy test my-codebook.yaml --junit results.xml
        verbatim taxonomy diff v1.yaml v2.yaml --corpus answers.txt
      """,
    subcommands: [Lint.self, Test.self, Diff.self])

  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lint",
      abstract: "Check a codebook: structure, rules against their examples, duplicates.",
      discussion: """
        Prints one finding per line (`file:line:column: error|warning: message`) and a
        summary line. Exits 65 when there is an error; warnings alone exit 0.

        Rules against their examples: every example is tagged as `taxonomy test` tags
        it, so a `match` example without its tag and a `no_match` example with it are
        errors (the same failures `taxonomy test` reports); a rule that matches none of
        its tag's `match` examples and an exclusion no example exercises are warnings.
        Duplicates: codes (error), examples, rules under one or two tags, sibling
        labels, and a term or phrase that alone makes rules of two tags hold when
        neither is the other's ancestor (warnings, with both places).
        taxonomies/README.md ("Lint checks") lists every check.

        Example:
          verbatim taxonomy lint taxonomies/customer-feedback.yaml
        """)

    @Argument(help: "Codebook YAML file (default: the shipped codebook).")
    var file: String?

    func run() throws {
      do {
        let loaded: Result<Codebook, TaxonomyError> = Result { () throws(TaxonomyError) in try loadCodebook(file) }
        if case .failure(let error) = loaded, !error.isCannotOpen, !error.isUnknownEmbedded {
          // Review r19a: structural problems are findings too, in the documented format.
          let findings = CodebookLinter.findings(loading: error)
          var text = findings.map { $0.description + "\n" }.joined()
          text += "\(file ?? "customer-feedback"): not a valid codebook, \(findings.count) error(s), 0 warning(s)\n"
          try writeStandardOutput(text)
          throw ExitCode(ExitStatus.dataError.rawValue)
        }
        let codebook = try loaded.get()
        let findings = CodebookLinter.lint(codebook, tokenizer: try Tokenizer())
        var text = ""
        for finding in findings { text += finding.description + "\n" }
        let errors = findings.filter { $0.severity == .error }.count
        text += "\(codebook.id) \(codebook.version): \(codebook.tags.count) tags, "
        text += "\(errors) error(s), \(findings.count - errors) warning(s)\n"
        try writeStandardOutput(text)
        if errors > 0 { throw ExitCode(ExitStatus.dataError.rawValue) }
      } catch let exit as ExitCode {
        throw exit
      } catch {
        throw taxonomyExit(for: error)
      }
    }
  }

  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "test",
      abstract: "Run every example of a codebook as a test.",
      discussion: """
        Each `match` example must get its tag and each `no_match` example must not
        (tags are assigned as `verbatim tag --imply-parents` does). Failures are
        printed with the evidence; the last line is `N passed, M failed`. Exits 1 when
        a test failed.

        Example:
          verbatim taxonomy test my-codebook.yaml --junit codebook-tests.xml
        """)

    @Argument(help: "Codebook YAML file (default: the shipped codebook).")
    var file: String?

    @Option(help: "Also write a JUnit XML report to this file.")
    var junit: String?

    func run() throws {
      // Refused before the results are printed (review 42: "644 passed" and then exit 2).
      let codebookFile = [RunFile.input(file)]
      try refuseOutput(junit, option: "--junit", namingAnyOf: codebookFile)
      do {
        let tokenizer = try Tokenizer()
        let loaded = Result { () throws(TaxonomyError) -> (Codebook, CompiledCodebook) in
          let codebook = try loadCodebook(file)
          return (codebook, try CompiledCodebook(codebook, tokenizer: tokenizer))
        }
        // An invalid codebook still gets its JUnit report, with the problems as errors.
        if case .failure(let error) = loaded, let junit, !error.isCannotOpen {
          let problems = CodebookLinter.findings(loading: error).map(\.description)
          let sink = try OutputSink(path: junit, option: "--junit", against: codebookFile)
          try sink.write(CodebookTester.junitXML(loadProblems: problems, source: file ?? "customer-feedback"))
          try sink.commit()
        }
        let (codebook, compiled) = try loaded.get()
        let results = try CodebookTester.run(compiled, tokenizer: tokenizer)
        var text = ""
        for result in results where !result.passed {
          text += "FAIL \(result.name) (\(result.example.location)): \(result.failureMessage)\n"
        }
        let failed = results.filter { !$0.passed }.count
        text += "\(results.count - failed) passed, \(failed) failed\n"
        try writeStandardOutput(text)
        if let junit {
          let sink = try OutputSink(path: junit, option: "--junit", against: codebookFile)
          let digest =
            if let file { try FileRecord.hashing(role: "taxonomy", path: file).sha256 } else {
              SHA256.hex(of: Array((Codebook.shippedSource() ?? "").utf8))
            }
          try sink.write(CodebookTester.junitXML(results, codebook: codebook, path: file, sha256: digest))
          try sink.commit()
        }
        if failed > 0 { throw ExitCode(ExitStatus.gateFailed.rawValue) }
      } catch let exit as ExitCode {
        throw exit
      } catch {
        throw taxonomyExit(for: error)
      }
    }
  }

  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "diff",
      abstract: "Compare two codebook releases, optionally by their effect on a corpus.",
      discussion: """
        Prints tags added, removed, renamed (same rules under a new code), relabelled
        and moved (new parent), rules added or removed per tag, and what coders read or
        where verbatims go: descriptions (coding instructions), examples, routes and
        severities. With --corpus, tags every text with both codebooks (implied parents
        on) and prints, per tag, how many texts gain or lose it with the first record
        ids as examples; rules with meta.FIELD conditions read the JSONL record's
        fields, as `tag` does, and rules with QUESTION(…) read the question given by
        --question-field NAME or --question TEXT (without one they do not hold).
        Both codebooks are validated first, as `taxonomy lint` does
        for errors: a rule syntax error, a duplicate code, an unknown parent or a
        parent cycle exits 65 with file:line:column.

        Example:
          verbatim taxonomy diff v1.yaml v2.yaml --corpus answers.jsonl --jsonl
        """)

    @Argument(help: "The old codebook YAML file.")
    var old: String

    @Argument(help: "The new codebook YAML file.")
    var new: String

    @Option(help: "Texts (one per line, or JSONL with --jsonl) to measure the impact on.")
    var corpus: String?

    @Flag(help: "The corpus is JSON Lines with a text field and an optional \"id\".")
    var jsonl = false

    @Option(help: "The JSONL field that holds the text.")
    var textField = "text"

    @Option(parsing: .unconditional, help: "Example record ids to show per tag and direction (0 or more).")
    var examples = 3

    @Option(
      help: ArgumentHelp(
        "The JSONL field that holds each answer's survey question, which the codebooks' QUESTION(…) rules read.",
        valueName: "name"))
    var questionField: String?

    @Option(
      help: ArgumentHelp(
        "The survey question every line of the corpus answers, which the codebooks' QUESTION(…) rules read.",
        valueName: "text"))
    var question: String?

    // Review h43 B1: an invalid corpus line said "use --replace-invalid", which diff did not have.
    @Flag(
      help:
        "Replace invalid UTF-8 in the corpus (and, in JSON Lines, unpaired surrogate escapes) with U+FFFD, reporting how many, instead of failing."
    )
    var replaceInvalid = false

    func validate() throws {
      guard examples >= 0 else { throw ValidationError("--examples must be 0 or more, not \(examples)") }
      if corpus == nil && (questionField != nil || question != nil) {
        throw ValidationError("--question-field and --question name the question of a --corpus's answers: add --corpus")
      }
      // The question serves the codebooks' rules only: no sentiment profile is involved.
      try checkQuestionOptions(
        field: questionField, question: question, jsonl: jsonl, profile: "default", ownFields: [])
    }

    func run() throws {
      do {
        let tokenizer = try Tokenizer()
        let oldCodebook = try loadCodebook(old)
        let newCodebook = try loadCodebook(new)
        // A codebook that lint, test and tag refuse is not a release to review: compile both
        // (rules and hierarchy) before comparing, with or without a corpus.
        let oldCompiled = try CompiledCodebook(oldCodebook, tokenizer: tokenizer)
        let newCompiled = try CompiledCodebook(newCodebook, tokenizer: tokenizer)
        let diff = CodebookDiff(old: oldCodebook, new: newCodebook, tokenizer: tokenizer)
        var lines = ["\(oldCodebook.id) \(oldCodebook.version) → \(newCodebook.id) \(newCodebook.version)"]
        lines += diff.versionWarnings(old: oldCodebook, new: newCodebook)
        lines += diff.isEmpty ? ["no changes to tags or rules"] : diff.lines
        if let corpus {
          let options = TaggingOptions(impliedParents: true)
          let oldTagger = try Tagger(oldCompiled, options: options)
          let newTagger = try Tagger(newCompiled, options: options)
          let renames = Dictionary(diff.renamed.map { ($0.from, $0.to) }, uniquingKeysWith: { first, _ in first })
          var impact = CorpusImpact(exampleLimit: examples)
          let reader = try LineReader(path: corpus)
          reader.holdsJSONLines = jsonl
          let decoder = TextRecordDecoder(
            mode: jsonl ? .jsonl(textField: textField) : .plain, replaceInvalid: replaceInvalid, source: corpus)
          var tokenized = TokenizedText()
          var replaced = 0
          // The fields either codebook's `meta.` conditions read (a plain-text corpus has none).
          let metadataKeys = jsonl ? Array(Set(oldCompiled.metadataKeys + newCompiled.metadataKeys)).sorted() : []
          defer { if replaced > 0 { printError(replacementNote(replaced)) } }
          try reader.forEachLine { bytes, line in
            if decoder.isBlankJSONLine(bytes) { return true }
            let (record, replacements) = try decoder.decode(bytes, line: line)
            replaced += replacements
            try tokenizer.tokenize(record.text, into: &tokenized)
            var metadata =
              metadataKeys.isEmpty ? RuleMetadata() : RuleMetadata(members: record.members, keys: metadataKeys)
            if let questionField {
              metadata.question = record.string(member: questionField)
            } else if let question {
              metadata.question = question
            }
            let oldCodes = try oldTagger.tag(tokenized, metadata: metadata).map(\.code)
            let newCodes = try newTagger.tag(tokenized, metadata: metadata).map(\.code)
            impact.add(id: record.id.identifierText, old: oldCodes, new: newCodes, renames: renames)
            return true
          }
          lines += impact.lines
        }
        try writeStandardOutput(lines.joined(separator: "\n") + "\n")
      } catch {
        throw taxonomyExit(for: error)
      }
    }
  }
}

/// Loads a codebook from `path`, or the shipped one when `path` is nil.
func loadCodebook(_ path: String?) throws(TaxonomyError) -> Codebook {
  guard let path else { return try Codebook.shipped() }
  return try Codebook.load(path: path)
}

/// Maps errors of the taxonomy commands to exit statuses (an unreadable codebook is 66).
func taxonomyExit(for error: any Error) -> ExitCode {
  if let error = error as? TaxonomyError, error.isCannotOpen { return fail(error.description, status: .cannotOpen) }
  return cliExit(for: error)
}
