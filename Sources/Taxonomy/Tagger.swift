public import Tokenization
import VerbatimCore

/// Assigns the tags of a compiled codebook to tokenized verbatims, with evidence and (given a
/// scorer) the sentiment of the clauses that hold the evidence.
///
/// Per text: one pass of the phrase matcher finds every phrase occurrence; only tags whose phrases
/// (or regexes) occurred are then evaluated, rule by rule, on those occurrences.
///
/// Longest match (on by default) resolves competing readings of the same words. First every
/// triggered tag is evaluated with every occurrence visible; an occurrence of a phrase is
/// *claimed* by each tag whose rules held (exclusions considered) that uses that phrase, when the
/// occurrence lies inside the tag's evidence. Then the tags are evaluated again, and a positive
/// term or phrase of a tag does not see an occurrence that lies inside a longer occurrence of a
/// phrase the tag does not use, claimed by another tag that is not its ancestor or descendant
/// (`"customer service"` of an assigned tag hides the `service` within it from other tags; a
/// parent's phrase never hides its own child's words). Only assigned tags' claims count: the
/// claims of a tag that this evaluation leaves unassigned (hidden, excluded, too few mentions, or
/// left out for a more specific tag) are withdrawn and the tags evaluated again, until no claim is
/// withdrawn (claims only shrink, so this ends). A longer phrase whose own rule does not hold
/// hides nothing, a tag always sees its own phrases, and terms under `NOT` see every occurrence.
///
/// One tagger per worker thread (it keeps reusable buffers and ICU regex matchers, so it is not
/// `Sendable`); share the `CompiledCodebook`. Tag an already tokenized text, so one tokenization
/// serves scoring and tagging.
public final class Tagger {
  public let compiled: CompiledCodebook
  public var options: TaggingOptions
  let scorer: (any AspectSentimentScoring)?
  /// The codebook's regexes, each compiled when a text first needs it searched (nil before): most
  /// texts are ruled out by the prefilters, and a run of a few texts may search none.
  @exclusivity(unchecked) var regexMatchers: [ICURegex?]
  /// For each regex, the earliest one with the same prefilters (`RegexPrefilters.isSame(as:)`) and
  /// literal boundaries (`literalBoundaries`), or -1: a text that regex's prefilters ruled out is
  /// not searched again.
  let prefilterTwin: [Int]
  /// Per regex, its literal prefilter in the tagger's faster form (`RegexLiteralScan`).
  let literalScans: [RegexLiteralScan?]
  /// The literal prefilters' literals searched in one pass (`RegexLiteralSet`), when there are
  /// several, and per regex the index of its literal there (-1: none, or searched on its own).
  let literalSet: RegexLiteralSet?
  let literalIndex: [Int]
  /// Per regex with a literal scan, the word boundaries around its literal that every match needs
  /// (`RegexLiteralScan.boundaries(of:)`; none for the others), asked only of a text that holds
  /// the literal.
  let literalBoundaries: [RegexLiteralBoundaries]
  /// Per regex, whether its prefilters ruled the current text out (see `findOccurrences`). A plain
  /// buffer like the tables below: as an array, each of the text's writes (two a regex) checked
  /// its uniqueness (VADER texts, `code --threads 1`: 6.0M instructions).
  let regexRuledOut: UnsafeMutableBufferPointer<Bool>
  let phraseCount: Int32
  let maxPhraseLength: Int32

  // Copies of the compiled tables as plain buffers (freed in deinit), so the hot loop neither
  // retains nor checks exclusive access.
  let nodes: UnsafeMutableBufferPointer<ProgramNode>
  let children: UnsafeMutableBufferPointer<Int32>
  /// Per entry of `children`, the slot its atom's occurrences are stamped in (`phraseStamp`), or
  /// -1 when the child is no phrase or regex (`RuleEvaluator.presentChild`).
  let childSlots: UnsafeMutableBufferPointer<Int32>
  let phraseUserStarts: UnsafeMutableBufferPointer<Int32>
  let phraseUsers: UnsafeMutableBufferPointer<Int32>
  // Per-text state: stamps say which phrases (and regexes, after the phrases) occurred.
  let phraseStamp: UnsafeMutableBufferPointer<UInt32>
  let phraseBegin: UnsafeMutableBufferPointer<Int32>
  let phraseEnd: UnsafeMutableBufferPointer<Int32>
  /// Per flat rule, its count of requirement clauses and, per text, how many are met
  /// (`RuleClauses`).
  let ruleClauses: UnsafeMutableBufferPointer<RuleClauses>
  // The rules' requirements (`RuleRequirements`) and, per text, which clauses are met
  // (`ClauseState`).
  let slotClauseStarts: UnsafeMutableBufferPointer<Int32>
  let slotClauses: UnsafeMutableBufferPointer<Int32>
  let clauseStates: UnsafeMutableBufferPointer<ClauseState>
  let slotStamp: UnsafeMutableBufferPointer<UInt32>
  let phraseClauseCounts: UnsafeMutableBufferPointer<Int32>
  let regexGateStarts: UnsafeMutableBufferPointer<Int32>
  let regexGates: UnsafeMutableBufferPointer<Int32>
  /// Whether only rules whose requirements are met are evaluated (`RuleRequirements`); false
  /// evaluates every rule one of whose positive phrases occurred (the tests compare both).
  var filtersByRequirements = true
  // Reused buffers. Only this tagger's thread touches them, and no write to one overlaps another
  // access to it (evaluation only reads them; the buffers it writes are swapped out first), so the
  // run-time exclusivity check on every access (a thread-local lookup each) is left out.
  @exclusivity(unchecked) var stamp: UInt32 = 0
  @exclusivity(unchecked) var occurrences: [PhraseOccurrence] = []
  @exclusivity(unchecked) var byPhrase: [Int32] = []
  /// The phrases (and regexes) that occur in the current text, in order of first occurrence: the
  /// first `count` of the buffer (room for every phrase and regex once). A plain buffer: as an
  /// array, emptying it and each append checked its uniqueness (VADER texts, `code --threads 1`:
  /// 3.5M instructions).
  let distinctPhrases: UnsafeMutableBufferPointer<Int32>
  @exclusivity(unchecked) var wordIndex: [Int32] = []
  @exclusivity(unchecked) var sentenceOfToken: [Int32] = []
  /// Per occurrence: claimed by a tag whose rules held (see `markClaims`), and the claims (which
  /// tag claimed which occurrence).
  @exclusivity(unchecked) var claimed: [Bool] = []
  @exclusivity(unchecked) var claims: [Claim] = []
  @exclusivity(unchecked) var candidates: [Int32] = []
  @exclusivity(unchecked) var spanLists: [[TokenSpan]] = []
  @exclusivity(unchecked) var ruleEvidence: [TokenSpan] = []
  @exclusivity(unchecked) var matcherScratch = MatcherScratch()
  @exclusivity(unchecked) var byteMatches: [Range<Int>] = []
  /// The clauses of the current text's sentences and their scores (`AspectClauses`), kept for
  /// their storage.
  @exclusivity(unchecked) var aspectClauses = AspectClauses()
  /// How many regular-expression searches gave up on ICU's time or stack limit (a hostile text
  /// such as "return return …" over 16 KB, or a pattern that backtracks without end) and counted
  /// as no match, and the patterns that did. A record is not lost for it (QA review 39: the whole
  /// run stopped); the commands report it, naming the patterns (`taxonomy lint` flags the slow
  /// ones before a run).
  public internal(set) var regexTimeouts = 0
  public internal(set) var timedOutPatterns: Set<String> = []
  /// The codebook's `QUESTION(…)` expressions (`CompiledCodebook.questionConditions`), and their
  /// evaluator, made when a record first brings a question.
  let questionExpressions: [String]
  var questionConditions: QuestionConditions?
  /// The flat rules that need a `QUESTION(…)` to hold (one their top-level `AND`s require), with
  /// the index of that expression in `questionExpressions`: a record whose question does not hold
  /// it (or that has none: most records) never makes them candidates, so a rule such as
  /// `QUESTION(recommend) AND (yes OR no)` costs nothing on the many texts that say "no".
  let questionGates: [(rule: Int32, expression: Int)]
  /// Per expression of `questionExpressions`, whether it holds in the current record's question
  /// (set by `resolvingQuestion`).
  var questionHolds: [Bool]

  /// - Parameters:
  ///   - compiled: the codebook.
  ///   - scorer: optional aspect-sentiment scorer; without one `TagMatch.sentiment` stays nil.
  ///   - options: implied parents, minimum evidence, longest match.
  public init(
    _ compiled: CompiledCodebook, scorer: (any AspectSentimentScoring)? = nil,
    options: TaggingOptions = TaggingOptions()
  ) throws(TaxonomyError) {
    self.compiled = compiled
    self.scorer = scorer
    self.options = options
    // Compiled when first needed; the rule parser has checked each one (unless the codebook's are
    // known to compile).
    regexMatchers = Array(repeating: nil, count: compiled.regexes.count)
    let prefilters = compiled.regexes.map { RegexPrefilters(pattern: $0.pattern, caseInsensitive: $0.caseInsensitive) }
    let scans = compiled.regexes.map { RegexLiteralScan(pattern: $0.pattern, caseInsensitive: $0.caseInsensitive) }
    literalScans = scans
    let set = RegexLiteralSet(scans.compactMap { $0 })
    literalSet = set
    literalIndex = scans.map { scan in scan.flatMap { set?.index(of: $0) } ?? -1 }
    let boundaries = zip(scans, compiled.regexes).map { scan, regex in
      scan?.boundaries(of: regex.pattern) ?? RegexLiteralBoundaries()
    }
    literalBoundaries = boundaries
    // The literal's boundaries as well: a text that one regex's boundaries rule out ("returned"
    // for `\breturn\b`) may match another of the same prefilters (`return(?:ed)?x`).
    prefilterTwin = prefilters.indices.map { index in
      prefilters.indices[..<index].first {
        prefilters[index].isSame(as: prefilters[$0]) && boundaries[index] == boundaries[$0]
      } ?? -1
    }
    regexRuledOut = Self.copy([Bool](repeating: false, count: compiled.regexes.count))
    phraseCount = Int32(compiled.matcher.phraseCount)
    maxPhraseLength = Int32(compiled.matcher.maxPhraseLength)
    nodes = Self.copy(compiled.nodes)
    children = Self.copy(compiled.children)
    let phrases = phraseCount
    childSlots = Self.copy(
      compiled.children.map { child in
        let node = compiled.nodes[Int(child)]
        switch node.kind {
        case .phrase, .phraseAll: return node.first
        case .regex: return phrases + node.first
        default: return -1
        }
      })
    phraseUserStarts = Self.copy(compiled.phraseUserStarts)
    phraseUsers = Self.copy(compiled.phraseUsers)
    let slots = compiled.matcher.phraseCount + compiled.regexes.count
    phraseStamp = Self.copy([UInt32](repeating: 0, count: slots))
    phraseBegin = Self.copy([Int32](repeating: 0, count: slots))
    phraseEnd = Self.copy([Int32](repeating: 0, count: slots))
    let requirements = compiled.requirements
    ruleClauses = Self.copy(requirements.clauseCounts.map { RuleClauses(count: $0) })
    slotClauseStarts = Self.copy(requirements.slotClauseStarts)
    slotClauses = Self.copy(requirements.slotClauses)
    clauseStates = Self.copy(
      zip(requirements.clauseRules, requirements.clauseHasRegex).map { ClauseState(rule: $0, hasRegex: $1) })
    slotStamp = Self.copy([UInt32](repeating: 0, count: slots))
    distinctPhrases = Self.copy([Int32](repeating: 0, count: slots))
    phraseClauseCounts = Self.copy(requirements.phraseClauseCounts)
    regexGateStarts = Self.copy(requirements.regexGateStarts)
    regexGates = Self.copy(requirements.regexGates)
    questionExpressions = compiled.questionConditions
    questionHolds = Array(repeating: false, count: questionExpressions.count)
    questionGates = Self.questionGates(of: compiled, expressions: questionExpressions)
  }

  private static func questionGates(of compiled: CompiledCodebook, expressions: [String]) -> [(
    rule: Int32, expression: Int
  )] {
    guard !expressions.isEmpty else { return [] }
    /// The expression a node needs to hold: through `AND` and `SENTENCE`, a `QUESTION(…)` condition.
    func needed(_ node: Int32) -> Int? {
      let node = compiled.nodes[Int(node)]
      switch node.kind {
      case .and: return needed(node.first) ?? needed(node.second)
      case .sentence, .answer: return needed(node.first)
      case .meta:
        let condition = compiled.metaConditions[Int(node.first)]
        guard condition.key == RuleExpression.questionKey, !condition.negated, condition.values.count == 1 else {
          return nil
        }
        return expressions.firstIndex(of: condition.values[0])
      default: return nil
      }
    }
    var gates: [(rule: Int32, expression: Int)] = []
    for (rule, root) in compiled.ruleRoots.enumerated() {
      if let expression = needed(root) { gates.append((Int32(rule), expression)) }
    }
    return gates
  }

  /// `metadata` with its question (`RuleMetadata.question`) replaced by the `QUESTION(…)`
  /// expressions that hold in it, which the rules' conditions compare with; unchanged when the
  /// codebook reads no question or the record has none.
  func resolvingQuestion(_ metadata: RuleMetadata) throws(TaxonomyError) -> RuleMetadata {
    guard !questionExpressions.isEmpty else { return metadata }
    // Most records bring no metadata at all: no lookup of the question's key.
    guard !metadata.isEmpty, let question = metadata.question else {
      for index in questionHolds.indices { questionHolds[index] = false }
      return metadata
    }
    let conditions: QuestionConditions
    if let made = questionConditions {
      conditions = made
    } else {
      conditions = try QuestionConditions(expressions: questionExpressions)
      questionConditions = conditions
    }
    var resolved = metadata
    let holding = try conditions.holding(in: question)
    for (index, expression) in questionExpressions.enumerated() { questionHolds[index] = holding.contains(expression) }
    resolved[RuleExpression.questionKey] = holding
    return resolved
  }

  deinit {
    for buffer in [
      children, childSlots, phraseUserStarts, phraseUsers, phraseBegin, phraseEnd, slotClauseStarts, slotClauses,
      phraseClauseCounts, regexGateStarts, regexGates,
    ] {
      buffer.deallocate()
    }
    nodes.deallocate()
    phraseStamp.deallocate()
    ruleClauses.deallocate()
    clauseStates.deallocate()
    slotStamp.deallocate()
    regexRuledOut.deallocate()
    distinctPhrases.deallocate()
  }

  /// The matcher of regex `regex`, compiled on first use. A pattern that does not compile (only one
  /// the rule parser did not check could reach here) throws what the tagger's eager compile threw.
  func regexMatcher(_ regex: Int) throws(TaxonomyError) -> ICURegex {
    if let matcher = regexMatchers[regex] { return matcher }
    let source = compiled.regexes[regex]
    do {
      let matcher = try ICURegex(pattern: source.pattern, caseInsensitive: source.caseInsensitive)
      regexMatchers[regex] = matcher
      return matcher
    } catch {
      let location = SourceLocation(file: compiled.codebook.source, line: 1, column: 1)
      throw .invalidRules([.ruleSyntax(location, message: "\(error)")])
    }
  }

  private static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
    let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
    _ = buffer.initialize(from: array)
    return buffer
  }

  /// The tags of one tokenized verbatim, in codebook order. `metadata` answers `meta.…` conditions.
  /// `textSentiment`, the scorer's sentiment of the whole text when the caller already has it,
  /// serves the tags whose clauses are all of the text's sentences (when the scorer's
  /// `scoresAllSentencesAsText`), instead of scoring them again. Errors (an ICU regex failure)
  /// carry the record id "(unknown)"; callers add theirs.
  public func tag(
    _ tokenized: TokenizedText, metadata: [String: String] = [:],
    textSentiment: (label: String, compound: Double)? = nil
  ) throws(TaxonomyError) -> [TagMatch] {
    try tag(
      tokenized, metadata: metadata.isEmpty ? RuleMetadata() : RuleMetadata(metadata), textSentiment: textSentiment)
  }

  /// The same, with metadata fields that may hold several values (see `RuleMetadata`).
  public func tag(
    _ tokenized: TokenizedText, metadata: RuleMetadata, textSentiment: (label: String, compound: Double)? = nil
  ) throws(TaxonomyError) -> [TagMatch] {
    try run(tokenized, metadata: metadata, textSentiment: textSentiment, explaining: false).tags
  }

  /// The tags of `tag(_:metadata:)` that lie in the subtree of the tag at `subtree` (it and its
  /// descendants), in codebook order; the tags outside it are evaluated only when longest match
  /// needs them (see `run`). For `taxonomy lint`, which asks of each example about one tag.
  func tag(_ tokenized: TokenizedText, metadata: [String: String], subtree: Int) throws(TaxonomyError) -> [TagMatch] {
    try run(
      tokenized, metadata: metadata.isEmpty ? RuleMetadata() : RuleMetadata(metadata), textSentiment: nil,
      explaining: false, subtree: subtree
    ).tags.filter { compiled.isInSubtree($0.tagIndex, of: subtree) }
  }

  /// The tags of `tag(_:metadata:textSentiment:)`, and the tags whose rules held but that the
  /// tagger withheld, with the reason (an exclusion, too few mentions, a more specific tag, a
  /// longer phrase of another tag), in codebook order. A withheld parent that `impliedParents`
  /// adds back is not listed.
  public func explain(
    _ tokenized: TokenizedText, metadata: RuleMetadata = RuleMetadata(),
    textSentiment: (label: String, compound: Double)? = nil
  ) throws(TaxonomyError) -> (tags: [TagMatch], withheld: [WithheldTag]) {
    try run(tokenized, metadata: metadata, textSentiment: textSentiment, explaining: true)
  }
}
