import Foundation
public import Tokenization

/// A rule compiled for evaluation: phrases replaced by their ids in the shared matcher.
indirect enum RuleProgram: Sendable {
  /// A phrase; `longest`: occurrences inside a longer phrase of another tag are not seen (positive
  /// atoms), else every occurrence counts (atoms under `NOT`).
  case phrase(Int32, longest: Bool)
  case regex(Int32)
  case and(RuleProgram, RuleProgram)
  case or([RuleProgram])
  case not(RuleProgram)
  case near(RuleProgram, RuleProgram, distance: Int32, ordered: Bool)
  case sentence(RuleProgram)
  case meta(key: String, values: [String], negated: Bool)
}

/// One compiled rule with its source.
struct CompiledRule: Sendable {
  var source: RuleSource
  var expression: RuleExpression
  var program: RuleProgram
}

/// A codebook ready for tagging: every rule parsed, every phrase of every rule merged into one
/// `PhraseMatcher`, and for each phrase the tags it can trigger. Immutable and `Sendable`: compile
/// once and share it across worker threads, each with its own `Tagger`.
public struct CompiledCodebook: Sendable {
  /// The codebook as loaded.
  public let codebook: Codebook
  let matcher: PhraseMatcher
  /// Rules and exclusions per tag (same order as `codebook.tags`).
  let rules: [[CompiledRule]]
  let excludes: [[CompiledRule]]
  /// Tags triggered by each phrase (phrases used outside `NOT`), CSR layout.
  let phraseTriggerStarts: [Int32]
  let phraseTriggers: [Int32]
  /// Tags whose rules or exclusions use each phrase in any way (sorted), CSR layout.
  let phraseUserStarts: [Int32]
  let phraseUsers: [Int32]
  /// Regular expressions and the tags each triggers.
  let regexes: [(pattern: String, caseInsensitive: Bool)]
  let regexTriggers: [[Int32]]
  /// Parent tag index per tag (-1 for top-level or unknown parents).
  let parentIndex: [Int32]
  /// Evidence names of the rules: `code#n`, n counting the tag's rules from 1.
  let ruleNames: [[String]]
  /// Problems found when compiling leniently (empty for a strict compile).
  let problems: [TaxonomyError]

  /// Compiles `codebook`, normalising rule terms with `tokenizer`. Throws `.invalidRules` listing
  /// every unparsable rule and hierarchy problem (duplicate codes, unknown parents, cycles).
  public init(_ codebook: Codebook, tokenizer: Tokenizer) throws(TaxonomyError) {
    self.init(codebook, tokenizer: tokenizer, lenient: true)
    if !problems.isEmpty { throw .invalidRules(problems) }
  }

  /// Lenient compile (for lint): unparsable rules are left out and collected in `problems`.
  init(_ codebook: Codebook, tokenizer: Tokenizer, lenient: Bool) {
    self.codebook = codebook
    var problems = TagHierarchy.problems(in: codebook)
    let parser = RuleParser(tokenizer: tokenizer)
    var builder = Builder()
    var rules: [[CompiledRule]] = []
    var excludes: [[CompiledRule]] = []
    var triggersByPhrase: [Int32: [Int32]] = [:]
    var usersByPhrase: [Int32: [Int32]] = [:]
    var regexTriggers: [[Int32]] = []
    for (tagIndex, tag) in codebook.tags.enumerated() {
      var tagRules: [CompiledRule] = []
      var tagExcludes: [CompiledRule] = []
      for (sources, isExclude) in [(tag.rules, false), (tag.exclude, true)] {
        for source in sources {
          do throws(TaxonomyError) {
            let expression = try parser.parse(source)
            var positives: [Int32] = []
            var positiveRegexes: [Int32] = []
            var used: [Int32] = []
            let program = builder.compile(
              expression, positive: true, phrases: &positives, regexes: &positiveRegexes, used: &used)
            let rule = CompiledRule(source: source, expression: expression, program: program)
            for phrase in used where usersByPhrase[phrase]?.last != Int32(tagIndex) {
              usersByPhrase[phrase, default: []].append(Int32(tagIndex))
            }
            if isExclude {
              tagExcludes.append(rule)
              continue
            }
            tagRules.append(rule)
            for phrase in positives where triggersByPhrase[phrase]?.last != Int32(tagIndex) {
              triggersByPhrase[phrase, default: []].append(Int32(tagIndex))
            }
            for regex in positiveRegexes {
              while regexTriggers.count <= Int(regex) { regexTriggers.append([]) }
              if regexTriggers[Int(regex)].last != Int32(tagIndex) { regexTriggers[Int(regex)].append(Int32(tagIndex)) }
            }
          } catch {
            problems.append(error)
          }
        }
      }
      rules.append(tagRules)
      excludes.append(tagExcludes)
    }
    while regexTriggers.count < builder.regexes.count { regexTriggers.append([]) }
    var starts: [Int32] = [0]
    var flat: [Int32] = []
    var userStarts: [Int32] = [0]
    var users: [Int32] = []
    for phrase in 0..<builder.matcher.phraseCount {
      flat.append(contentsOf: triggersByPhrase[Int32(phrase)] ?? [])
      starts.append(Int32(flat.count))
      users.append(contentsOf: Set(usersByPhrase[Int32(phrase)] ?? []).sorted())
      userStarts.append(Int32(users.count))
    }
    self.phraseUserStarts = userStarts
    self.phraseUsers = users
    let indexByCode = Dictionary(
      codebook.tags.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    parentIndex = codebook.tags.map { tag in tag.parent.flatMap { indexByCode[$0] }.map { Int32($0) } ?? -1 }
    self.ruleNames = codebook.tags.map { tag in tag.rules.indices.map { "\(tag.code)#\($0 + 1)" } }
    self.matcher = builder.matcher
    self.rules = rules
    self.excludes = excludes
    self.phraseTriggerStarts = starts
    self.phraseTriggers = flat
    self.regexes = builder.regexes
    self.regexTriggers = regexTriggers
    self.problems = problems
  }

  /// Whether tag `tag` uses phrase `phrase` anywhere in its rules or exclusions.
  func tag(_ tag: Int32, uses phrase: Int32) -> Bool {
    let range = Int(phraseUserStarts[Int(phrase)])..<Int(phraseUserStarts[Int(phrase) + 1])
    for index in range where phraseUsers[index] >= tag { return phraseUsers[index] == tag }
    return false
  }

  /// Number of distinct phrase patterns in the matcher.
  public var phraseCount: Int { matcher.phraseCount }

  /// Number of compiled rules (including exclusions).
  public var ruleCount: Int { rules.reduce(0) { $0 + $1.count } + excludes.reduce(0) { $0 + $1.count } }

  /// The metadata keys that `meta.…` conditions read (sorted).
  public var metadataKeys: [String] {
    var keys = Set<String>()
    func collect(_ program: RuleProgram) {
      switch program {
      case .phrase, .regex: break
      case .and(let left, let right), .near(let left, let right, _, _):
        collect(left)
        collect(right)
      case .or(let alternatives): alternatives.forEach(collect)
      case .not(let operand), .sentence(let operand): collect(operand)
      case .meta(let key, _, _): keys.insert(key)
      }
    }
    for rule in (rules + excludes).joined() { collect(rule.program) }
    return keys.sorted()
  }

  private struct Builder {
    var matcher = PhraseMatcher()
    var regexes: [(pattern: String, caseInsensitive: Bool)] = []

    static func apostropheVariants(_ words: [PhraseWord]) -> [[PhraseWord]] {
      guard words.contains(where: { $0.norm.contains("'") || $0.norm.contains("\u{2019}") }) else { return [words] }
      func replacing(_ from: String, _ to: String) -> [PhraseWord] {
        words.map { PhraseWord($0.norm.replacingOccurrences(of: from, with: to), isPrefix: $0.isPrefix) }
      }
      return [replacing("\u{2019}", "'"), replacing("'", "\u{2019}")]
    }

    mutating func compile(
      _ expression: RuleExpression, positive: Bool, phrases: inout [Int32], regexes found: inout [Int32],
      used: inout [Int32]
    ) -> RuleProgram {
      switch expression {
      case .phrase(let words):
        // Straight and typographic apostrophes are the same letter to a reader, not to NFKC.
        let variants = Self.apostropheVariants(words)
        let ids = variants.map { matcher.add($0) }
        if positive { phrases.append(contentsOf: ids) }
        used.append(contentsOf: ids)
        return ids.count == 1 ? .phrase(ids[0], longest: positive) : .or(ids.map { .phrase($0, longest: positive) })
      case .regex(let pattern, let caseInsensitive):
        let id: Int32
        if let existing = regexes.firstIndex(where: { $0.pattern == pattern && $0.caseInsensitive == caseInsensitive })
        {
          id = Int32(existing)
        } else {
          id = Int32(regexes.count)
          regexes.append((pattern, caseInsensitive))
        }
        if positive { found.append(id) }
        return .regex(id)
      case .and(let left, let right):
        return .and(
          compile(left, positive: positive, phrases: &phrases, regexes: &found, used: &used),
          compile(right, positive: positive, phrases: &phrases, regexes: &found, used: &used))
      case .or(let alternatives):
        return .or(
          alternatives.map { compile($0, positive: positive, phrases: &phrases, regexes: &found, used: &used) })
      case .not(let operand):
        return .not(compile(operand, positive: false, phrases: &phrases, regexes: &found, used: &used))
      case .near(let left, let right, let distance, let ordered):
        return .near(
          compile(left, positive: positive, phrases: &phrases, regexes: &found, used: &used),
          compile(right, positive: positive, phrases: &phrases, regexes: &found, used: &used),
          distance: Int32(distance),
          ordered: ordered)
      case .sentence(let operand):
        return .sentence(compile(operand, positive: positive, phrases: &phrases, regexes: &found, used: &used))
      case .meta(let key, let values, let negated):
        return .meta(key: key, values: values, negated: negated)
      }
    }
  }
}
