import Foundation
public import Tokenization

/// One lint finding.
public struct LintFinding: Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable {
    case error
    case warning
  }

  public var severity: Severity
  public var location: SourceLocation
  public var message: String

  public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `file:line:column: error: message`.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Checks a codebook for mistakes its owner should fix before release.
///
/// Errors: duplicate codes, unknown parents, parent cycles, empty or unparsable rules, a rule that
/// assigns the tag to one of the tag's own `no_match` examples (exclusions considered), a `no_match`
/// example that a descendant's rules match (the roll-up to parents tags it), the same text and
/// metadata as both a `match` and a `no_match` example of one tag, a regular expression
/// that runs past its time limit on a probe (`slowProbe`), a `match` example that the tag's own
/// exclusion removes, a `match` example the codebook does not tag with its tag (its `taxonomy test`
/// fails), an empty `match` example, a term that is an address no answer's address matches.
/// Warnings: a rule that matches none of the tag's `match` examples (untested), the same rule under
/// two tags or twice under one (alternatives in any order), a term or phrase that alone makes
/// rules of two tags hold where neither is the other's ancestor, a tag assigned on none of its `match`
/// examples because a descendant is (most specific wins), a tag without description, rules or examples, a prefix wildcard shorter than 3
/// characters, an explicit parent or an enclosing (nesting) tag that contradicts the dotted code,
/// a regular expression with nested repetition ("(a+)+", catastrophic backtracking), a version
/// that is not MAJOR.MINOR.PATCH, an exclusion that no example exercises, an example written twice,
/// an empty `no_match` example, sibling tags with one label, a nested tag whose `parent:` names
/// another tag.
public enum CodebookLinter {
  public static func lint(_ codebook: Codebook, tokenizer: Tokenizer) -> [LintFinding] {
    let compiled = CompiledCodebook(codebook, tokenizer: tokenizer, lenient: true, checkingAllRegexes: true)
    var findings = compiled.problems.flatMap(findings(from:))
    // QA review 14: "version: banana" passed; releases of a codebook must be comparable.
    if codebook.semanticVersion == nil {
      findings.append(
        LintFinding(
          .warning, codebook.versionLocation ?? SourceLocation(file: codebook.source, line: 1, column: 1),
          "version \"\(codebook.version)\" is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0): "
            + "`taxonomy diff` cannot tell whether a release raised it"))
    }
    // QA review 41: sibling tags with one label (compared case-insensitively) cannot be told
    // apart on a coding sheet.
    var siblingLabels: [String: CodebookTag] = [:]
    for tag in codebook.tags {
      let key = (tag.parent ?? "") + "\u{0}" + tag.label.lowercased()
      if let first = siblingLabels[key] {
        findings.append(
          LintFinding(
            .warning, tag.location,
            "tag \"\(tag.code)\" has the label \"\(tag.label)\" of its sibling \"\(first.code)\" (line "
              + "\(first.location.line)): coders and reports cannot tell them apart"))
      } else {
        siblingLabels[key] = tag
      }
      // An empty example tests nothing: as a match example it can never pass (QA review 41).
      for example in tag.matchExamples + tag.noMatchExamples
      where example.text.allSatisfy({ $0.isWhitespace }) {
        let isMatch = tag.matchExamples.contains(example)
        findings.append(
          LintFinding(
            isMatch ? .error : .warning, example.location,
            "\(isMatch ? "match" : "no_match") example of \"\(tag.code)\" is empty: "
              + (isMatch ? "no text gets a tag, so its test always fails" : "it tests nothing")))
      }
      // QA review 41: a tag nested under one tag that names another as `parent:` (the explicit
      // parent wins, silently).
      if tag.parentIsExplicit, let enclosing = tag.enclosingCode, let parent = tag.parent, parent != enclosing {
        findings.append(
          LintFinding(
            .warning, tag.location,
            "tag \"\(tag.code)\" is nested under \"\(enclosing)\" but names parent \"\(parent)\", which wins; "
              + "move it, or remove `parent:`"))
      }
    }
    for tag in codebook.tags {
      if tag.description.trimmingCharacters(in: .whitespaces).isEmpty {
        findings.append(
          LintFinding(.warning, tag.location, "tag \"\(tag.code)\" has no description (coding instruction)"))
      }
      // QA review 17: a tag without `label` silently showed its code on coding sheets and reports.
      if tag.label == tag.code {
        findings.append(
          LintFinding(
            .warning, tag.location,
            "tag \"\(tag.code)\" has no label (or its label is its code): coding sheets and reports show the code; "
              + "add `label:` with the name coders read"))
      }
      if tag.rules.isEmpty {
        findings.append(LintFinding(.warning, tag.location, "tag \"\(tag.code)\" has no rules"))
      }
      if tag.matchExamples.isEmpty || tag.noMatchExamples.isEmpty {
        findings.append(
          LintFinding(.warning, tag.location, "tag \"\(tag.code)\" needs at least one match and one no_match example"))
      }
      if tag.parentIsExplicit, let parent = tag.parent, let dot = tag.code.lastIndex(of: "."),
        String(tag.code[..<dot]) != parent
      {
        findings.append(
          LintFinding(.warning, tag.location, "tag \"\(tag.code)\" has parent \"\(parent)\", unlike its dotted code"))
      }
      // Review r19a: nesting sets the parent, silently overriding a dotted prefix that names another tag.
      if !tag.parentIsExplicit, let enclosing = tag.enclosingCode, let dot = tag.code.lastIndex(of: "."),
        String(tag.code[..<dot]) != enclosing
      {
        let prefix = String(tag.code[..<dot])
        findings.append(
          LintFinding(
            .warning, tag.location,
            "tag \"\(tag.code)\" is nested under \"\(enclosing)\" (its parent), but its dotted code names parent "
              + "\"\(prefix)\"; move it under \"\(prefix)\" or rename it \"\(enclosing).…\""))
      }
    }
    findings += ruleFindings(compiled, tokenizer: tokenizer)
    findings += sharedTermFindings(compiled, tokenizer: tokenizer)
    // A broken hierarchy (a cycle, an unknown parent) is reported as such; roll-up findings drawn
    // from it would only mislead (QA review 17: a cycle also gave a no_match error).
    let hierarchyBroken = compiled.problems.contains { problem in
      if case .invalidHierarchy = problem { true } else { false }
    }
    if !hierarchyBroken {
      findings += rollUpFindings(compiled, tokenizer: tokenizer)
      findings += shadowedParentFindings(compiled, tokenizer: tokenizer)
    }
    return findings.sorted {
      ($0.location.line, $0.location.column, $0.message) < ($1.location.line, $1.location.column, $1.message)
    }
  }

  /// The findings for a codebook that could not be loaded (`Codebook.load` threw `error`): one error
  /// per structural problem, in the `file:line:column: error: message` format of `lint`.
  public static func findings(loading error: TaxonomyError) -> [LintFinding] { findings(from: error) }

  private static func findings(from error: TaxonomyError) -> [LintFinding] {
    switch error {
    case .yamlSyntax(let location, let message): return [LintFinding(.error, location, "YAML syntax error: \(message)")]
    case .ruleSyntax(let location, let message): return [LintFinding(.error, location, message)]
    case .invalidHierarchy(let location, let message), .invalidCodebook(let location, let message):
      return [LintFinding(.error, location, message)]
    case .invalidRules(let errors): return errors.flatMap(findings(from:))
    default: return [LintFinding(.error, SourceLocation(file: "?", line: 1, column: 1), error.description)]
    }
  }

  private static func ruleFindings(_ compiled: CompiledCodebook, tokenizer: Tokenizer) -> [LintFinding] {
    var findings: [LintFinding] = []
    let codebook = compiled.codebook
    guard let tagger = try? Tagger(compiled) else { return findings }
    // As `taxonomy test` tags: with the roll-up to parents.
    let rollUpTagger = try? Tagger(compiled, options: TaggingOptions(impliedParents: true))
    var firstTagByRule: [String: String] = [:]
    for (tagIndex, tag) in codebook.tags.enumerated() {
      // QA review 21: a rule or an exclusion written twice under one tag ("late OR delayed" and
      // "delayed OR late" are one rule) tests and tags nothing more.
      findings += repeatedRuleFindings(compiled.rules[tagIndex], kind: "rule", of: tag.code)
      findings += repeatedRuleFindings(compiled.excludes[tagIndex], kind: "exclusion", of: tag.code)
      let matchTexts = tag.matchExamples.compactMap { example in
        (try? tokenizer.tokenize(example.text)).map { ($0, example) }
      }
      let noMatchTexts = tag.noMatchExamples.compactMap { example in
        (try? tokenizer.tokenize(example.text)).map { ($0, example) }
      }
      /// Whether rule `index` of the tag (of its exclusions, with `exclusion`) matches an example.
      func ruleMatches(_ index: Int, exclusion: Bool, _ tokenized: TokenizedText, _ example: Example) -> Bool {
        (try? tagger.ruleMatches(
          tagIndex: tagIndex, ruleIndex: index, exclusion: exclusion, in: tokenized, metadata: example.ruleMetadata))
          ?? false
      }
      func excluded(_ tokenized: TokenizedText, _ example: Example) -> Bool {
        (try? tagger.isExcluded(tagIndex: tagIndex, in: tokenized, metadata: example.ruleMetadata)) ?? false
      }
      // QA review 14: an exclusion no example exercises is untested, as a rule without a match
      // example is; an example written twice tests nothing more.
      for (index, exclusion) in compiled.excludes[tagIndex].enumerated() {
        let exercised = (matchTexts + noMatchTexts).contains { ruleMatches(index, exclusion: true, $0, $1) }
        if !exercised && !(matchTexts.isEmpty && noMatchTexts.isEmpty) {
          findings.append(
            LintFinding(
              .warning, exclusion.source.location,
              "exclusion of \"\(tag.code)\" matches none of the tag's examples (add a no_match example it excludes)"))
        }
      }
      // The same text as a match and a no_match example, or with other metadata, tests a `meta.`
      // condition (QA review 17): only the same text, role and metadata is a repeat.
      var seenExamples: [String: Int] = [:]
      let examples = tag.matchExamples.map { ("match", $0) } + tag.noMatchExamples.map { ("no_match", $0) }
      for (role, example) in examples {
        let key = example.identity(role: role)
        if let first = seenExamples[key] {
          findings.append(
            LintFinding(
              .warning, example.location,
              "\(role) example \"\(example.text)\" of \"\(tag.code)\" is also at line \(first), with the same metadata; "
                + "a repeated example tests nothing more"))
        } else {
          seenExamples[key] = example.location.line
        }
        // The same text and metadata in the other role: one of the two tests must fail (QA review
        // 19 found only the no_match one reported, as matched by the tag's rule).
        if role == "no_match", let first = seenExamples[example.identity(role: "match")] {
          findings.append(
            LintFinding(
              .error, example.location,
              "no_match example \"\(example.text)\" of \"\(tag.code)\" is also its match example at line \(first), "
                + "with the same metadata: one of the two tests always fails; remove one"))
        }
      }
      // QA review 21: the mirror of the no_match check below. A match example a rule matches but
      // the tag's own exclusion removes can never pass (named with the first rule that matches it),
      // unless a descendant gives the tag through the roll-up `taxonomy test` applies.
      var reportedMatchExamples = Set<Int>()
      for (position, (tokenized, example)) in matchTexts.enumerated() where excluded(tokenized, example) {
        guard
          let first = compiled.rules[tagIndex].indices.first(where: {
            ruleMatches($0, exclusion: false, tokenized, example)
          }),
          !((try? rollUpTagger?.tag(tokenized, metadata: example.ruleMetadata, subtree: tagIndex))??.contains {
            $0.tagIndex == tagIndex
          } ?? false)
        else { continue }
        findings.append(
          LintFinding(
            .error, example.location,
            "match example \"\(example.text)\" of \"\(tag.code)\" is matched by its rule at line "
              + "\(compiled.rules[tagIndex][first].source.location.line) but removed by the tag's own exclusion, so its "
              + "test always fails; change the exclusion or the example"))
        reportedMatchExamples.insert(position)
      }
      // Review h43: a match example the codebook does not tag (as `taxonomy test` tags: with the
      // roll-up to parents) was found by `taxonomy test` only, although lint promises to check the
      // rules against their examples. An error, as a no_match example a rule matches is.
      // A tag with a rule that did not parse is reported for that rule, not for its examples too.
      if let rollUpTagger, !tag.rules.isEmpty, compiled.rules[tagIndex].count == tag.rules.count {
        // (An empty example is reported as such above.)
        for (position, (tokenized, example)) in matchTexts.enumerated()
        where !reportedMatchExamples.contains(position) && !example.text.allSatisfy(\.isWhitespace) {
          // Asked of the tag's subtree first (all its roll-up depends on), of every tag when it fails.
          guard let own = try? rollUpTagger.tag(tokenized, metadata: example.ruleMetadata, subtree: tagIndex),
            !own.contains(where: { $0.tagIndex == tagIndex }),
            let assigned = try? rollUpTagger.tag(tokenized, metadata: example.ruleMetadata),
            !assigned.contains(where: { $0.code == tag.code })
          else { continue }
          let others = assigned.map(\.code).joined(separator: ", ")
          findings.append(
            LintFinding(
              .error, example.location,
              "match example \"\(example.text)\" of \"\(tag.code)\" is not tagged \"\(tag.code)\" "
                + (others.isEmpty ? "(no tags)" : "(tags: \(others))")
                + ", so its test fails; widen a rule or change the example (`verbatim tag --explain` shows what "
                + "matched)"))
        }
      }
      for (ruleIndex, rule) in compiled.rules[tagIndex].enumerated() {
        let canonical = canonicalKey(rule.expression)
        if let other = firstTagByRule[canonical], other != tag.code {
          findings.append(
            LintFinding(.warning, rule.source.location, "the same rule is also under tag \"\(other)\""))
        } else {
          firstTagByRule[canonical] = tag.code
        }
        findings += prefixFindings(rule.expression, rule.source)
        func matches(_ tokenized: TokenizedText, _ example: Example) -> Bool {
          ruleMatches(ruleIndex, exclusion: false, tokenized, example)
        }
        if !matchTexts.isEmpty && !matchTexts.contains(where: { matches($0.0, $0.1) }) {
          findings.append(
            LintFinding(
              .warning, rule.source.location,
              "rule of \"\(tag.code)\" matches none of the tag's match examples: check the rule (it may never match), "
                + "or add a match example it should match"))
        }
        for (tokenized, example) in noMatchTexts where matches(tokenized, example) && !excluded(tokenized, example) {
          findings.append(
            LintFinding(
              .error, rule.source.location,
              "rule of \"\(tag.code)\" matches the tag's no_match example at line \(example.location.line)"))
        }
      }
    }
    return findings
  }

  /// Review h43: a term or phrase that alone makes a rule of each of two tags hold, where neither
  /// tag is the other's ancestor (`late` in a billing rule `bill OR late` and in `late OR delayed`
  /// of delivery.speed): every text with the word gets both tags, which is rarely meant. One
  /// warning per later tag and term, at the term, naming where the earlier tag has it. A term
  /// "alone makes a rule hold" when it is an alternative of the rule's top-level `OR` (inside
  /// `SENTENCE(…)` too), or of the left side of `… NOT …`; a term that needs another (`AND`,
  /// `NEAR/n`) is context, and is not compared.
  private static func sharedTermFindings(_ compiled: CompiledCodebook, tokenizer: Tokenizer) -> [LintFinding] {
    let parser = RuleParser(tokenizer: tokenizer)
    /// Per term (its canonical text): the tags that have it, each with the rule and the term.
    var holders: [String: [(tag: Int, rule: CompiledRule, term: RuleExpression)]] = [:]
    var order: [String] = []
    for (tagIndex, rules) in compiled.rules.enumerated() {
      for rule in rules {
        for term in sufficientTerms(rule.expression) {
          let key = term.description
          if holders[key] == nil { order.append(key) }
          guard !(holders[key]?.contains { $0.tag == tagIndex } ?? false) else { continue }
          holders[key, default: []].append((tagIndex, rule, term))
        }
      }
    }
    var findings: [LintFinding] = []
    for key in order {
      guard let tags = holders[key], tags.count > 1 else { continue }
      for (position, later) in tags.enumerated() {
        guard let earlier = tags[..<position].first(where: { !compiled.areRelated($0.tag, later.tag) }) else {
          continue
        }
        let there = termLocation(earlier.term, in: earlier.rule.source, parser: parser)
        findings.append(
          LintFinding(
            .warning, termLocation(later.term, in: later.rule.source, parser: parser),
            "\(key) alone makes rules of both \"\(compiled.codes[later.tag])\" (here) and "
              + "\"\(compiled.codes[earlier.tag])\" (\(there)) hold, so every text with it gets both tags; keep it "
              + "in one of them, or give one rule the context it needs (AND, NEAR/n, NOT)"))
      }
    }
    return findings
  }

  /// The terms and phrases that alone make `expression` hold (see `sharedTermFindings`).
  static func sufficientTerms(_ expression: RuleExpression) -> [RuleExpression] {
    switch expression {
    case .phrase: return [expression]
    case .or(let alternatives): return alternatives.flatMap(sufficientTerms)
    case .sentence(let operand): return sufficientTerms(operand)
    case .and(let left, .not): return sufficientTerms(left)
    default: return []
    }
  }

  /// Where `term` is first written in the rule `source` (its first term or quoted phrase that
  /// parses to it; not a `meta.` value), else the rule's start.
  private static func termLocation(_ term: RuleExpression, in source: RuleSource, parser: RuleParser) -> SourceLocation
  {
    guard let lexemes = try? RuleLexer.lex(source.text) else { return source.location }
    for (index, lexeme) in lexemes.enumerated() {
      let written: String
      switch lexeme.kind {
      case .word(let word):
        if index > 0, [.equals, .notEquals].contains(lexemes[index - 1].kind) { continue }
        written = word
      case .quoted(let body):
        written =
          "\"" + body.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
      default: continue
      }
      if (try? parser.parse(text: written)) == term { return source.location(atOffset: lexeme.offset) }
    }
    return source.location
  }

  /// Review r19a: `taxonomy test` (and `tag --imply-parents`) assigns a tag whenever a descendant
  /// matches, so a tag's `no_match` example that a descendant's rules match is tagged through the
  /// roll-up and its test can never pass, although the tag's own rules do not match it.
  private static func rollUpFindings(_ compiled: CompiledCodebook, tokenizer: Tokenizer) -> [LintFinding] {
    guard let tagger = try? Tagger(compiled, options: TaggingOptions(impliedParents: true)) else { return [] }
    let hierarchy = TagHierarchy(compiled.codebook)
    var findings: [LintFinding] = []
    for (tagIndex, tag) in compiled.codebook.tags.enumerated() {
      for example in tag.noMatchExamples {
        // The tag's subtree decides (its roll-up), and the descendants named are in it.
        guard let tokenized = try? tokenizer.tokenize(example.text),
          let assigned = try? tagger.tag(tokenized, metadata: example.ruleMetadata, subtree: tagIndex),
          assigned.contains(where: { $0.code == tag.code && $0.implied })
        else { continue }
        let descendants = assigned.filter { match in
          !match.implied && match.code != tag.code && hierarchy.path(to: match.code).dropLast().contains(tag.code)
        }
        let names = descendants.map { "\"\($0.code)\"" }.joined(separator: ", ")
        findings.append(
          LintFinding(
            .error, example.location,
            "no_match example of \"\(tag.code)\" is matched by the rules of its descendant \(names), so the "
              + "roll-up to parents (as `taxonomy test` and `tag --imply-parents` assign) tags it \"\(tag.code)\"; "
              + "remove the example or change the descendant's rules"))
      }
    }
    return findings
  }

  /// A warning for each of `rules` (a tag's rules or its exclusions, named by `kind`) that repeats
  /// an earlier one, by `canonicalKey`.
  private static func repeatedRuleFindings(_ rules: [CompiledRule], kind: String, of code: String) -> [LintFinding] {
    var firstAt: [String: SourceLocation] = [:]
    var findings: [LintFinding] = []
    for rule in rules {
      let key = canonicalKey(rule.expression)
      if let first = firstAt[key] {
        findings.append(
          LintFinding(
            .warning, rule.source.location,
            "\(kind) of \"\(code)\" repeats its \(kind) at \(first.line):\(first.column) (the same words)"))
      } else {
        firstAt[key] = rule.source.location
      }
    }
    return findings
  }

  /// A rule's words with the order and grouping of `OR` alternatives and `AND` operands left
  /// out: "late OR delayed" and "delayed OR late" are one rule, as are "late OR (delayed OR slow)"
  /// and "slow OR late OR delayed".
  static func canonicalKey(_ expression: RuleExpression) -> String {
    switch expression {
    case .or:
      var alternatives: [String] = []
      func collect(_ expression: RuleExpression) {
        if case .or(let nested) = expression {
          nested.forEach(collect)
        } else {
          alternatives.append(canonicalKey(expression))
        }
      }
      collect(expression)
      return "OR(" + alternatives.sorted().joined(separator: "|") + ")"
    case .and:
      var operands: [String] = []
      func collect(_ expression: RuleExpression) {
        if case .and(let left, let right) = expression {
          collect(left)
          collect(right)
        } else {
          operands.append(canonicalKey(expression))
        }
      }
      collect(expression)
      return "AND(" + operands.sorted().joined(separator: "|") + ")"
    case .not(let operand): return "NOT(" + canonicalKey(operand) + ")"
    case .sentence(let operand): return "SENTENCE(" + canonicalKey(operand) + ")"
    case .answer(let operand): return "ANSWER(" + canonicalKey(operand) + ")"
    default: return expression.description
    }
  }

  /// QA review 21: with the default most-specific choice, a tag whose every `match` example also
  /// gets one of its descendants is never assigned on them (`tag --explain` shows it withheld as
  /// "more-specific"), while `taxonomy test`, which rolls tags up to parents, passes. A warning:
  /// the parent may be meant for roll-up only, but then its examples do not test its own rules.
  private static func shadowedParentFindings(_ compiled: CompiledCodebook, tokenizer: Tokenizer) -> [LintFinding] {
    guard let tagger = try? Tagger(compiled) else { return [] }
    let hierarchy = TagHierarchy(compiled.codebook)
    var findings: [LintFinding] = []
    for (tagIndex, tag) in compiled.codebook.tags.enumerated() where !tag.matchExamples.isEmpty && !tag.rules.isEmpty {
      var winners = Set<String>()
      let shadowed = tag.matchExamples.allSatisfy { example in
        // The tag's subtree decides whether a descendant is kept instead of it.
        guard let tokenized = try? tokenizer.tokenize(example.text),
          let assigned = try? tagger.tag(tokenized, metadata: example.ruleMetadata, subtree: tagIndex),
          !assigned.contains(where: { $0.code == tag.code })
        else { return false }
        let descendants = assigned.filter { hierarchy.path(to: $0.code).dropLast().contains(tag.code) }
        winners.formUnion(descendants.map(\.code))
        return !descendants.isEmpty
      }
      guard shadowed else { continue }
      let names = winners.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
      findings.append(
        LintFinding(
          .warning, tag.location,
          "tag \"\(tag.code)\" is assigned on none of its match examples: \(names) \(winners.count == 1 ? "is" : "are") "
            + "assigned instead, and `tag` "
            + "keeps the most specific tag (`taxonomy test` passes through the roll-up to parents); give it an "
            + "example only it fits, or narrow the descendant's rules"))
    }
    return findings
  }

  /// Whether `pattern` applies `+`, `*` or `{n,}` to a group that itself holds one of them
  /// ("(a+)+", "(\w+\s?)*"): the nested repetition behind catastrophic backtracking (QA review
  /// 13: lint passed `/(a+)+$/`, and `tag` then stopped at the first long answer). Escapes and
  /// character classes are skipped; a bounded outer count such as `{2}` is not flagged.
  static func hasNestedRepetition(_ pattern: String) -> Bool {
    let characters = Array(pattern)
    var repeatsInside: [Bool] = []  // one per open group: whether its content repeats
    var index = 0
    func isUnbounded(at position: Int) -> Bool {
      guard position < characters.count else { return false }
      switch characters[position] {
      case "+", "*": return true
      case "{":
        var end = position + 1
        while end < characters.count, characters[end] != "}" { end += 1 }
        guard end < characters.count else { return false }
        let body = String(characters[(position + 1)..<end])
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        return parts.count == 2 && (parts[1].isEmpty || (Int(parts[1]) ?? 0) > 1)
      default: return false
      }
    }
    while index < characters.count {
      switch characters[index] {
      case "\\":
        index += 1
        if isUnbounded(at: index + 1), !repeatsInside.isEmpty { repeatsInside[repeatsInside.count - 1] = true }
      case "[":
        // A character class ends at the first "]" that is not its first character or escaped.
        index += 1
        if index < characters.count, characters[index] == "^" { index += 1 }
        if index < characters.count, characters[index] == "]" { index += 1 }
        while index < characters.count, characters[index] != "]" {
          if characters[index] == "\\" { index += 1 }
          index += 1
        }
        if isUnbounded(at: index + 1), !repeatsInside.isEmpty { repeatsInside[repeatsInside.count - 1] = true }
      case "(":
        repeatsInside.append(false)
      case ")":
        let inner = repeatsInside.popLast() ?? false
        if isUnbounded(at: index + 1) {
          if inner { return true }
          if !repeatsInside.isEmpty { repeatsInside[repeatsInside.count - 1] = true }
        } else if inner, !repeatsInside.isEmpty {
          repeatsInside[repeatsInside.count - 1] = true
        }
      default:
        if isUnbounded(at: index + 1), !repeatsInside.isEmpty { repeatsInside[repeatsInside.count - 1] = true }
      }
      index += 1
    }
    return false
  }

  /// A description of the first probe text on which `pattern` runs past ICU's time limit (QA
  /// review 19: lint passed `/(a|aa)*c/`, and `tag` stopped at a 40-character answer), or nil. The
  /// probes repeat one character 40 times, then end in a character the pattern is unlikely to
  /// want: each ASCII letter or digit the pattern names, and one for each of `\d`, `\w`, `\s`
  /// and `.`; then two of them alternating, 20 times ("haha…"). The cost is the time limit per
  /// slow pattern, microseconds for the others.
  static func slowProbe(_ pattern: String, caseInsensitive: Bool) -> String? {
    guard let regex = try? ICURegex(pattern: pattern, caseInsensitive: caseInsensitive, prefilter: false) else {
      return nil
    }
    var characters: [Character] = []
    var escaped = false
    for character in pattern {
      if escaped {
        escaped = false
        switch character {
        case "d": characters.append("7")
        case "w": characters.append("a")
        case "s": characters.append(" ")
        default: break
        }
        continue
      }
      if character == "\\" {
        escaped = true
      } else if character == "." {
        characters.append("a")
      } else if character.isASCII, character.isLetter || character.isNumber {
        characters.append(character)
      }
    }
    var seen = Set<Character>()
    var distinct: [Character] = []
    for character in characters where seen.insert(character).inserted && seen.count <= maximumProbes {
      distinct.append(character)
    }
    // One character repeated ("aaaa…"), then two alternating ("haha…", QA review 21: `(ha|h|a)*!`
    // backtracks only on alternating input).
    var units = distinct.map { String($0) }
    for first in distinct.prefix(maximumPairProbes) {
      for second in distinct.prefix(maximumPairProbes) where second != first { units.append("\(first)\(second)") }
    }
    for unit in units {
      let probe = String(repeating: unit, count: probeLength / unit.count) + "\u{1}"
      var matches: [Range<Int>] = []
      let slow = Array(probe.utf8).withUnsafeBufferPointer { buffer in
        do {
          try regex.matches(in: buffer, into: &matches)
          return false
        } catch TokenizationError.regexTooSlow {
          return true
        } catch {
          return false
        }
      }
      if slow { return "\(probeLength / unit.count) × \"\(unit)\"" }
    }
    return nil
  }

  /// The length of a probe, the most distinct characters probed, and the most of them probed in
  /// alternating pairs.
  private static let probeLength = 40
  private static let maximumProbes = 8
  private static let maximumPairProbes = 6

  /// A term that is an address a text's address never matches (QA review 41): an answer's web
  /// address matches a term by its host alone ("booking.com"), and an e-mail address or an
  /// @mention matches none.
  private static func addressFinding(_ norm: String, _ source: RuleSource) -> LintFinding? {
    let bytes = Array(norm.utf8)
    if norm.hasPrefix("@") || (norm.contains("@") && !norm.hasSuffix("@")) {
      return LintFinding(
        .error, source.location,
        "term \"\(norm)\" is an e-mail address or an @mention, which answers' addresses never match (they are not words, and redaction replaces them); use a regular expression such as /(?i)\(escaped(norm))/ if the rule must find it"
      )
    }
    guard norm.contains("."),
      let host = bytes.withUnsafeBufferPointer({ WebAddress.host(of: $0) }), host != bytes.indices,
      norm.contains("/") || norm.hasPrefix("www.")
    else { return nil }
    let written = String(decoding: bytes[host], as: UTF8.self)
    return LintFinding(
      .error, source.location,
      "term \"\(norm)\" is a web address with a scheme, \"www.\" or a path, which never matches: an answer's address matches a term by its host alone; write \"\(written)\""
    )
  }

  /// `text` with the regular-expression metacharacters escaped.
  private static func escaped(_ text: String) -> String {
    text.map { ".+*?()[]{}|^$\\".contains($0) ? "\\\($0)" : String($0) }.joined()
  }

  private static func prefixFindings(_ expression: RuleExpression, _ source: RuleSource) -> [LintFinding] {
    switch expression {
    case .phrase(let words):
      return words.filter { $0.isPrefix && $0.norm.unicodeScalars.count < 3 }.map {
        LintFinding(.warning, source.location, "prefix \"\($0.norm)*\" is shorter than 3 characters and matches widely")
      } + words.compactMap { addressFinding($0.norm, source) }
    case .regex(let pattern, let caseInsensitive):
      if hasNestedRepetition(pattern) {
        // Probed too: a pattern that does run past the limit is an error (QA review 40: lint passed
        // /(a+)+b/ with a warning, and `tag` gave up on 40 a's).
        if let probe = slowProbe(pattern, caseInsensitive: caseInsensitive) {
          return [
            LintFinding(
              .error, source.location,
              "regular expression /\(pattern)/ repeats a group that repeats inside (like (a+)+) and ran past its time limit on a probe of \(probe): `tag` would count the rule as no match on such an answer; rewrite it without nested quantifiers"
            )
          ]
        }
        return [
          LintFinding(
            .warning, source.location,
            "regular expression /\(pattern)/ repeats a group that repeats inside (like (a+)+): it can backtrack without end on a long answer, and `tag` counts the rule as no match where it passes its time limit; rewrite it without nested quantifiers"
          )
        ]
      }
      // Twenty-fifth session: a pattern without a literal word or a single class first is searched in
      // every text (codebook 1.7.0's first churn pattern made `code` 60% slower).
      var costly: [LintFinding] = []
      if let regex = try? ICURegex(pattern: pattern, caseInsensitive: caseInsensitive), !regex.hasPrefilter {
        costly.append(
          LintFinding(
            .warning, source.location,
            "regular expression /\(pattern)/ does not start with anything the tagger can look for first (a literal word, or one character class not repeated), so it is searched in every text (slow on a large corpus); start it with a literal word, e.g. /(?i)\\bswitch(?:ing)?…/ rather than /\\b(?:[Ss]witching|…)/"
          ))
      }
      guard let probe = slowProbe(pattern, caseInsensitive: caseInsensitive) else { return costly }
      return costly + [
        LintFinding(
          .error, source.location,
          "regular expression /\(pattern)/ ran past its time limit on a probe of \(probe): it backtracks without end (alternatives that can match the same text under a repetition, like (a|aa)*, do so too), and `tag` would count the rule as no match on such an answer; rewrite it so that each part of a text can match only one way"
        )
      ]
    case .meta: return []
    case .and(let left, let right), .near(let left, let right, _, _):
      return prefixFindings(left, source) + prefixFindings(right, source)
    case .or(let alternatives): return alternatives.flatMap { prefixFindings($0, source) }
    case .not(let operand), .sentence(let operand), .answer(let operand): return prefixFindings(operand, source)
    }
  }
}
