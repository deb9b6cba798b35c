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
  private let scorer: (any AspectSentimentScoring)?
  /// The codebook's regexes, each compiled when a text first needs it searched (nil before): most
  /// texts are ruled out by the prefilters, and a run of a few texts may search none.
  @exclusivity(unchecked) private var regexMatchers: [ICURegex?]
  /// For each regex, an earlier one with the same prefilters (`RegexPrefilters.isSame(as:)`), or -1:
  /// a text that regex's prefilters ruled out is not searched again.
  private let prefilterTwin: [Int]
  /// Per regex, its literal prefilter in the tagger's faster form (`RegexLiteralScan`).
  private let literalScans: [RegexLiteralScan?]
  /// The literal prefilters' literals searched in one pass (`RegexLiteralSet`), when there are
  /// several, and per regex the index of its literal there (-1: none, or searched on its own).
  private let literalSet: RegexLiteralSet?
  private let literalIndex: [Int]
  /// Per regex, whether its prefilters ruled the current text out (see `findOccurrences`). A plain
  /// buffer like the tables below: as an array, each of the text's writes (two a regex) checked
  /// its uniqueness (VADER texts, `code --threads 1`: 6.0M instructions).
  private let regexRuledOut: UnsafeMutableBufferPointer<Bool>
  private let phraseCount: Int32
  private let maxPhraseLength: Int32

  // Copies of the compiled tables as plain buffers (freed in deinit), so the hot loop neither
  // retains nor checks exclusive access.
  private let nodes: UnsafeMutableBufferPointer<ProgramNode>
  private let children: UnsafeMutableBufferPointer<Int32>
  private let phraseUserStarts: UnsafeMutableBufferPointer<Int32>
  private let phraseUsers: UnsafeMutableBufferPointer<Int32>
  // Per-text state: stamps say which phrases (and regexes, after the phrases) occurred.
  private let phraseStamp: UnsafeMutableBufferPointer<UInt32>
  private let phraseBegin: UnsafeMutableBufferPointer<Int32>
  private let phraseEnd: UnsafeMutableBufferPointer<Int32>
  private let ruleStamp: UnsafeMutableBufferPointer<UInt32>
  // The rules' requirements (`RuleRequirements`) and, per text, which clauses are met and how many
  // of each rule's (valid where `ruleStamp` is the text's stamp).
  private let slotClauseStarts: UnsafeMutableBufferPointer<Int32>
  private let slotClauses: UnsafeMutableBufferPointer<Int32>
  private let clauseRules: UnsafeMutableBufferPointer<Int32>
  private let clauseCounts: UnsafeMutableBufferPointer<Int32>
  private let clauseStamp: UnsafeMutableBufferPointer<UInt32>
  private let slotStamp: UnsafeMutableBufferPointer<UInt32>
  private let clausesMet: UnsafeMutableBufferPointer<Int32>
  /// Per rule, how many of its clauses without a regex are met (valid with `clausesMet`).
  private let phraseClausesMet: UnsafeMutableBufferPointer<Int32>
  private let phraseClauseCounts: UnsafeMutableBufferPointer<Int32>
  private let clauseHasRegex: UnsafeMutableBufferPointer<Bool>
  private let regexGateStarts: UnsafeMutableBufferPointer<Int32>
  private let regexGates: UnsafeMutableBufferPointer<Int32>
  /// Whether only rules whose requirements are met are evaluated (`RuleRequirements`); false
  /// evaluates every rule one of whose positive phrases occurred (the tests compare both).
  var filtersByRequirements = true
  // Reused buffers. Only this tagger's thread touches them, and no write to one overlaps another
  // access to it (evaluation only reads them; the buffers it writes are swapped out first), so the
  // run-time exclusivity check on every access (a thread-local lookup each) is left out.
  @exclusivity(unchecked) private var stamp: UInt32 = 0
  @exclusivity(unchecked) private var occurrences: [PhraseOccurrence] = []
  @exclusivity(unchecked) private var byPhrase: [Int32] = []
  /// The phrases (and regexes) that occur in the current text, in order of first occurrence: the
  /// first `count` of the buffer (room for every phrase and regex once). A plain buffer: as an
  /// array, emptying it and each append checked its uniqueness (VADER texts, `code --threads 1`:
  /// 3.5M instructions).
  private let distinctPhrases: UnsafeMutableBufferPointer<Int32>
  @exclusivity(unchecked) private var wordIndex: [Int32] = []
  @exclusivity(unchecked) private var sentenceOfToken: [Int32] = []
  /// Per occurrence: claimed by a tag whose rules held (see `markClaims`), and the claims (which
  /// tag claimed which occurrence).
  @exclusivity(unchecked) private var claimed: [Bool] = []
  @exclusivity(unchecked) private var claims: [Claim] = []
  @exclusivity(unchecked) private var candidates: [Int32] = []
  @exclusivity(unchecked) private var spanLists: [[TokenSpan]] = []
  @exclusivity(unchecked) private var ruleEvidence: [TokenSpan] = []
  @exclusivity(unchecked) private var matcherScratch = MatcherScratch()
  @exclusivity(unchecked) private var byteMatches: [Range<Int>] = []
  /// How many regular-expression searches gave up on ICU's time or stack limit (a hostile text
  /// such as "return return …" over 16 KB, or a pattern that backtracks without end) and counted
  /// as no match, and the patterns that did. A record is not lost for it (QA review 39: the whole
  /// run stopped); the commands report it, naming the patterns (`taxonomy lint` flags the slow
  /// ones before a run).
  public private(set) var regexTimeouts = 0
  public private(set) var timedOutPatterns: Set<String> = []

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
    prefilterTwin = prefilters.indices.map { index in
      prefilters[..<index].firstIndex { prefilters[index].isSame(as: $0) } ?? -1
    }
    regexRuledOut = Self.copy([Bool](repeating: false, count: compiled.regexes.count))
    let scans = compiled.regexes.map { RegexLiteralScan(pattern: $0.pattern, caseInsensitive: $0.caseInsensitive) }
    literalScans = scans
    let set = RegexLiteralSet(scans.compactMap { $0 })
    literalSet = set
    literalIndex = scans.map { scan in scan.flatMap { set?.index(of: $0) } ?? -1 }
    phraseCount = Int32(compiled.matcher.phraseCount)
    maxPhraseLength = Int32(compiled.matcher.maxPhraseLength)
    nodes = Self.copy(compiled.nodes)
    children = Self.copy(compiled.children)
    phraseUserStarts = Self.copy(compiled.phraseUserStarts)
    phraseUsers = Self.copy(compiled.phraseUsers)
    let slots = compiled.matcher.phraseCount + compiled.regexes.count
    phraseStamp = Self.copy([UInt32](repeating: 0, count: slots))
    phraseBegin = Self.copy([Int32](repeating: 0, count: slots))
    phraseEnd = Self.copy([Int32](repeating: 0, count: slots))
    ruleStamp = Self.copy([UInt32](repeating: 0, count: compiled.ruleRoots.count))
    let requirements = compiled.requirements
    slotClauseStarts = Self.copy(requirements.slotClauseStarts)
    slotClauses = Self.copy(requirements.slotClauses)
    clauseRules = Self.copy(requirements.clauseRules)
    clauseCounts = Self.copy(requirements.clauseCounts)
    clauseStamp = Self.copy([UInt32](repeating: 0, count: requirements.clauseRules.count))
    slotStamp = Self.copy([UInt32](repeating: 0, count: slots))
    distinctPhrases = Self.copy([Int32](repeating: 0, count: slots))
    clausesMet = Self.copy([Int32](repeating: 0, count: compiled.ruleRoots.count))
    phraseClausesMet = Self.copy([Int32](repeating: 0, count: compiled.ruleRoots.count))
    phraseClauseCounts = Self.copy(requirements.phraseClauseCounts)
    clauseHasRegex = Self.copy(requirements.clauseHasRegex)
    regexGateStarts = Self.copy(requirements.regexGateStarts)
    regexGates = Self.copy(requirements.regexGates)
  }

  deinit {
    for buffer in [
      children, phraseUserStarts, phraseUsers, phraseBegin, phraseEnd, slotClauseStarts, slotClauses, clauseRules,
      clauseCounts, clausesMet, phraseClausesMet, phraseClauseCounts, regexGateStarts, regexGates,
    ] {
      buffer.deallocate()
    }
    nodes.deallocate()
    phraseStamp.deallocate()
    ruleStamp.deallocate()
    clauseStamp.deallocate()
    clauseHasRegex.deallocate()
    slotStamp.deallocate()
    regexRuledOut.deallocate()
    distinctPhrases.deallocate()
  }

  /// The matcher of regex `regex`, compiled on first use. A pattern that does not compile (only one
  /// the rule parser did not check could reach here) throws what the tagger's eager compile threw.
  private func regexMatcher(_ regex: Int) throws(TaxonomyError) -> ICURegex {
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

  private func run(
    _ tokenized: TokenizedText, metadata: RuleMetadata, textSentiment: (label: String, compound: Double)?,
    explaining: Bool
  ) throws(TaxonomyError) -> (tags: [TagMatch], withheld: [WithheldTag]) {
    try findOccurrences(tokenized, meetingRequirements: filtersByRequirements)
    // Most texts trigger no rule: they need none of the indexes evaluation reads.
    guard !occurrences.isEmpty else { return ([], []) }
    if !filtersByRequirements { collectCandidates() }
    guard !candidates.isEmpty else { return ([], []) }
    indexOccurrences(tokenized)
    var withheld: [WithheldTag] = []
    var readings = evaluateCandidates(
      tokenized, metadata: metadata, longestMatch: false, explaining: explaining, withheld: &withheld)
    if options.longestMatch && markClaims(readings) {
      let allVisible = readings
      let firstPass = withheld
      // Evaluated again without the claims of the tags the last evaluation left unassigned.
      repeat {
        withheld.removeAll()
        readings = evaluateCandidates(
          tokenized, metadata: metadata, longestMatch: true, explaining: explaining, withheld: &withheld)
      } while withdrawClaims(keeping: assignedTags(readings))
      if explaining {
        addHiddenByLongestMatch(allVisible, kept: readings, to: &withheld)
        // An exclusion of the first pass stands for a tag that the second pass no longer reaches.
        let seen = Set(readings.map(\.tagIndex)).union(withheld.map(\.tagIndex))
        withheld += firstPass.filter { !seen.contains($0.tagIndex) }
      }
    }
    let minimumEvidence = options.minimumEvidence
    var matches: [TagMatch] = []
    for reading in readings {
      let found = Self.sortedUnique(reading.evidence)
      if minimumEvidence > 1 {
        let mentions = Self.distinctSpanCount(found)
        guard mentions >= minimumEvidence else {
          if explaining {
            withheld.append(
              withheldTag(reading.tagIndex, .tooFewMentions(found: mentions, required: minimumEvidence), found))
          }
          continue
        }
      }
      matches.append(
        TagMatch(
          tagIndex: reading.tagIndex, code: compiled.codes[reading.tagIndex], label: compiled.labels[reading.tagIndex],
          evidence: found, sentences: Self.sentences(of: found, in: tokenized.sentences)))
    }
    // With implied parents every ancestor is assigned anyway: one whose own rule matched keeps its
    // own evidence and is not marked implied (QA review 19: it was dropped as subsumed, then
    // added back as implied with the child's evidence only).
    if options.mostSpecific && !options.impliedParents && matches.count > 1 {
      dropSubsumedAncestors(&matches, explaining: explaining, withheld: &withheld)
    }
    if options.impliedParents { addImpliedParents(&matches) }
    // Without a tag, nothing to score: the scorer (an existential) is not even copied out (the
    // texts whose candidate rules all failed; VADER texts, `code --threads 1`: 3.4M instructions).
    if !matches.isEmpty, let scorer {
      var clauses = AspectClauses(textSentiment: textSentiment, scorer: scorer)
      for index in matches.indices {
        let result =
          clauses.sentiment(
            of: matches[index].evidence, sentences: matches[index].sentences, in: tokenized, scorer: scorer)
          ?? clauses.sentiment(ofSentences: matches[index].sentences, in: tokenized, scorer: scorer)
        matches[index].sentiment = AspectSentiment(label: result.label, compound: result.compound)
      }
    }
    if explaining && !withheld.isEmpty {
      if options.impliedParents {
        let assigned = Set(matches.map(\.tagIndex))
        withheld.removeAll { assigned.contains($0.tagIndex) }
      }
      withheld.sort { $0.tagIndex < $1.tagIndex }
    }
    return (matches, withheld)
  }

  private func withheldTag(_ tagIndex: Int, _ reason: WithheldTag.Reason, _ evidence: [Evidence]) -> WithheldTag {
    WithheldTag(
      tagIndex: tagIndex, code: compiled.codes[tagIndex], label: compiled.labels[tagIndex], reason: reason,
      evidence: evidence)
  }

  /// Longest match, explained: the tags that held with every occurrence visible but not in the
  /// final pass (and were not withheld there for another reason), each with the tags whose claimed
  /// occurrences hid its words: a claimed occurrence of a phrase the tag does not use, claimed by a
  /// tag unrelated to it, around an occurrence of one of its own phrases within its evidence.
  private func addHiddenByLongestMatch(
    _ allVisible: [TagReading], kept: [TagReading], to withheld: inout [WithheldTag]
  ) {
    let keptTags = Set(kept.map(\.tagIndex))
    let withheldTags = Set(withheld.map(\.tagIndex))
    for reading in allVisible where !keptTags.contains(reading.tagIndex) && !withheldTags.contains(reading.tagIndex) {
      let tag = Int32(reading.tagIndex)
      var codes: [String] = []
      for claim in claims {
        let outer = occurrences[Int(claim.occurrence)]
        guard !compiled.tag(tag, uses: outer.phrase), !compiled.areRelated(Int(claim.tag), reading.tagIndex) else {
          continue
        }
        let hidesOwnWords = occurrences.contains { inner in
          inner.phrase < phraseCount && inner.first >= outer.first && inner.last <= outer.last
            && (inner.first, inner.last) != (outer.first, outer.last) && compiled.tag(tag, uses: inner.phrase)
            && reading.spans.contains { $0.first <= inner.first && inner.last <= $0.last }
        }
        let code = compiled.codes[Int(claim.tag)]
        if hidesOwnWords && !codes.contains(code) { codes.append(code) }
      }
      withheld.append(withheldTag(reading.tagIndex, .longestMatch(by: codes), Self.sortedUnique(reading.evidence)))
    }
  }

  /// The tags of `readings` that `run` assigns: without those with fewer distinct mentions than
  /// `minimumEvidence` and, for the most specific tag, the ancestors of others.
  private func assignedTags(_ readings: [TagReading]) -> Set<Int32> {
    var tags = Set<Int32>()
    for reading in readings {
      if options.minimumEvidence > 1
        && Self.distinctSpanCount(Self.sortedUnique(reading.evidence)) < options.minimumEvidence
      {
        continue
      }
      tags.insert(Int32(reading.tagIndex))
    }
    if options.mostSpecific && !options.impliedParents && tags.count > 1 {
      var ancestors = Set<Int32>()
      for tag in tags { compiled.forEachAncestor(of: Int(tag)) { ancestors.insert(Int32($0)) } }
      tags.subtract(ancestors)
    }
    return tags
  }

  /// Withdraws the claims of every tag not in `assigned`; whether any was withdrawn (then the
  /// tags must be evaluated again).
  private func withdrawClaims(keeping assigned: Set<Int32>) -> Bool {
    let before = claims.count
    claims.removeAll { !assigned.contains($0.tag) }
    guard claims.count != before else { return false }
    for index in claimed.indices { claimed[index] = false }
    for claim in claims { claimed[Int(claim.occurrence)] = true }
    return true
  }

  /// A tag whose rules held (and none of whose exclusions did) in one evaluation pass.
  private struct TagReading {
    var tagIndex: Int
    var evidence: [Evidence]
    /// The evidence as token spans (for `markClaims`).
    var spans: [TokenSpan]
  }

  /// The rules that can hold given all the occurrences `findOccurrences` found, in flat order
  /// (grouped by tag): those all of whose requirement clauses are met (`RuleRequirements`), or
  /// with `filtersByRequirements` off, those one of whose positive phrases occurred.
  private func collectCandidates() {
    candidates.removeAllKeepingCapacity()
    guard filtersByRequirements else {
      for occurrence in occurrences {
        if occurrence.phrase < phraseCount {
          let phrase = Int(occurrence.phrase)
          for index in Int(compiled.phraseTriggerStarts[phrase])..<Int(compiled.phraseTriggerStarts[phrase + 1]) {
            addCandidate(compiled.phraseTriggers[index])
          }
        } else {
          for rule in compiled.regexTriggers[Int(occurrence.phrase - phraseCount)] { addCandidate(rule) }
        }
      }
      candidates.sort()
      return
    }
    meetClauses(of: 0..<occurrences.count)
    candidates.sort()
  }

  /// Counts the requirement clauses that `occurrences[range]` meet, and appends to `candidates`
  /// each rule whose clauses are all met now.
  private func meetClauses(of range: Range<Int>) {
    // While loops over plain buffers held in locals: the range iterators were calls of their own
    // (VADER texts, `code --threads 1`: 22.2M → 18.2M instructions).
    let stamp = self.stamp
    let slotStamp = self.slotStamp
    let slotClauseStarts = self.slotClauseStarts
    let slotClauses = self.slotClauses
    let clauseStamp = self.clauseStamp
    let clauseRules = self.clauseRules
    let ruleStamp = self.ruleStamp
    let clausesMet = self.clausesMet
    let phraseClausesMet = self.phraseClausesMet
    let clauseHasRegex = self.clauseHasRegex
    let clauseCounts = self.clauseCounts
    occurrences.withUnsafeBufferPointer { occurrences in
      var index = range.lowerBound
      while index < range.upperBound {
        let slot = Int(occurrences[index].phrase)
        index += 1
        // Each slot once.
        if slotStamp[slot] == stamp { continue }
        slotStamp[slot] = stamp
        var entry = Int(slotClauseStarts[slot])
        let end = Int(slotClauseStarts[slot + 1])
        while entry < end {
          let clause = Int(slotClauses[entry])
          entry += 1
          if clauseStamp[clause] == stamp { continue }
          clauseStamp[clause] = stamp
          let rule = Int(clauseRules[clause])
          if ruleStamp[rule] != stamp {
            ruleStamp[rule] = stamp
            clausesMet[rule] = 0
            phraseClausesMet[rule] = 0
          }
          clausesMet[rule] += 1
          if !clauseHasRegex[clause] { phraseClausesMet[rule] += 1 }
          if clausesMet[rule] == clauseCounts[rule] { candidates.append(Int32(rule)) }
        }
      }
    }
  }

  /// Whether some rule that may read regex `regex` can still become a candidate, granting every
  /// regex a match: all its clauses without a regex are met (see `RuleRequirements.regexGates`).
  private func mayRead(regex: Int) -> Bool {
    for index in Int(regexGateStarts[regex])..<Int(regexGateStarts[regex + 1]) {
      let rule = Int(regexGates[index])
      guard clauseCounts[rule] > 0 else { continue }
      let met = ruleStamp[rule] == stamp ? phraseClausesMet[rule] : 0
      if met == phraseClauseCounts[rule] { return true }
    }
    return false
  }

  /// Evaluates the candidate rules tag by tag, with or without longest-match hiding.
  private func evaluateCandidates(
    _ tokenized: TokenizedText, metadata: RuleMetadata, longestMatch: Bool, explaining: Bool = false,
    withheld: inout [WithheldTag]
  ) -> [TagReading] {
    var readings: [TagReading] = []
    var evidence: [TokenSpan] = []
    var lists: [[TokenSpan]] = []
    swap(&evidence, &ruleEvidence)
    swap(&lists, &spanLists)
    defer {
      swap(&evidence, &ruleEvidence)
      swap(&lists, &spanLists)
    }
    // The arrays the closures read, taken out of `tokenized` (capturing the struct copied it).
    let allTokens = tokenized.tokens
    let scope = TokenSpan(first: 0, last: Int32(allTokens.count) - 1)
    withEvaluator(sentences: tokenized.sentences, metadata: metadata) { evaluator in
      evaluator.longestMatch = longestMatch
      allTokens.withUnsafeBufferPointer { tokens in
        // Candidates are the triggered rules in flat order: grouped by tag, in codebook order.
        var position = 0
        while position < candidates.count {
          let tag = compiled.ruleTag[Int(candidates[position])]
          let tagIndex = Int(tag)
          evaluator.currentTag = tag
          let tagRules = position
          while position < candidates.count && compiled.ruleTag[Int(candidates[position])] == tag { position += 1 }
          var (found, spans) = heldEvidence(
            ofRules: tagRules..<position, evaluator, scope: scope, tokens: tokens, scratch: &evidence, lists: &lists)
          guard !found.isEmpty else {
            // Review h43: a `NOT` inside a rule ("… NOT (queue OR till)") that kept the tag off
            // was not explained: the first rule that holds with its `NOT`s set aside is named, with
            // what they matched.
            if explaining {
              var blocked = BlockedNots()
              withUnsafeMutablePointer(to: &blocked) { recorded in
                var lenient = evaluator
                lenient.blockedNots = recorded
                for rule in candidates[tagRules..<position].lazy.map({ Int($0) }) {
                  recorded.pointee = BlockedNots()
                  evidence.removeAllKeepingCapacity()
                  guard
                    lenient.evaluate(
                      compiled.ruleRoots[rule], scope: scope, depth: 0, evidence: &evidence, lists: &lists),
                    recorded.pointee.count > 0
                  else { continue }
                  let name = compiled.flatRuleNames[rule]
                  let number = rule - Int(compiled.ruleStarts[tagIndex])
                  func located(_ spans: [TokenSpan], _ rule: String) -> [Evidence] {
                    Self.sortedUnique(
                      spans.map {
                        Evidence(start: tokens[Int($0.first)].start, end: tokens[Int($0.last)].end, rule: rule)
                      })
                  }
                  let reason = WithheldTag.Reason.negated(
                    rule: number + 1, text: compiled.rules[tagIndex][number].source.text,
                    evidence: located(recorded.pointee.evidence, name + " NOT"))
                  withheld.append(withheldTag(tagIndex, reason, located(evidence, name)))
                  break
                }
              }
            }
            continue
          }
          // The sentences where an exclusion matched are hidden from the tag's rules, which are
          // evaluated again without them ("I never had to return anything before. This time the
          // returns process took six weeks" keeps `policy.returns` from its second sentence; QA
          // review 41). An exclusion that matches no words withholds the tag from the whole text.
          let exclusions = Int(compiled.excludeStarts[tagIndex])..<Int(compiled.excludeStarts[tagIndex + 1])
          // An exclusion's words see every occurrence, as words under NOT do: they are context,
          // and another tag's longer phrase around them ("keeps crashing") does not change it.
          var seeingAll = evaluator
          seeingAll.longestMatch = false
          if let match = seeingAll.matchExclusions(
            compiled.excludeRoots[exclusions], scope: scope, evidence: &evidence, lists: &lists)
          {
            let unmasked = found
            if !match.wholeText {
              (found, spans) = evaluator.withMasked(match.sentences) { masked in
                self.heldEvidence(
                  ofRules: tagRules..<position, masked, scope: scope, tokens: tokens, scratch: &evidence, lists: &lists)
              }
            }
            if found.isEmpty || match.wholeText {
              if explaining {
                let name = "\(compiled.codes[tagIndex]) exclude #\(match.first + 1)"
                let matched = match.evidence.map {
                  Evidence(start: tokens[Int($0.first)].start, end: tokens[Int($0.last)].end, rule: name)
                }
                let reason = WithheldTag.Reason.excluded(
                  exclusion: match.first + 1, rule: compiled.excludes[tagIndex][match.first].source.text,
                  evidence: Self.sortedUnique(matched))
                withheld.append(withheldTag(tagIndex, reason, Self.sortedUnique(unmasked)))
              }
              continue
            }
          }
          readings.append(TagReading(tagIndex: tagIndex, evidence: found, spans: spans))
        }
      }
    }
    return readings
  }

  /// The evidence of the candidate rules `candidates[rules]` (one tag's) that hold for
  /// `evaluator`, as evidence and as token spans; `evidence` and `lists` are scratch buffers.
  ///
  /// A method, not a function local to `evaluateCandidates`: the local function captured that
  /// function's `evidence` and `lists`, and being passed as a closure (to `withMasked`) put both in
  /// heap boxes, two allocations and frees per text with a candidate rule (VADER texts, `code
  /// --threads 1`: 10.1M instructions fewer, 0.8%).
  private func heldEvidence(
    ofRules rules: Range<Int>, _ evaluator: RuleEvaluator, scope: TokenSpan, tokens: UnsafeBufferPointer<Token>,
    scratch evidence: inout [TokenSpan], lists: inout [[TokenSpan]]
  ) -> (found: [Evidence], spans: [TokenSpan]) {
    var found: [Evidence] = []
    var spans: [TokenSpan] = []
    for rule in candidates[rules].lazy.map({ Int($0) }) {
      evidence.removeAllKeepingCapacity()
      guard
        evaluator.evaluate(compiled.ruleRoots[rule], scope: scope, depth: 0, evidence: &evidence, lists: &lists)
      else { continue }
      let name = compiled.flatRuleNames[rule]
      for span in evidence {
        found.append(Evidence(start: tokens[Int(span.first)].start, end: tokens[Int(span.last)].end, rule: name))
      }
      spans += evidence
    }
    return (found, spans)
  }

  /// Longest match, step 1: marks as *claimed* every phrase occurrence that a tag of `readings`
  /// (evaluated with every occurrence visible) uses and that lies inside that tag's evidence, and
  /// records each claim (occurrence and tag). Only a claimed occurrence hides the shorter
  /// occurrences inside it, so a longer phrase whose own rule does not hold hides nothing. Returns
  /// whether an occurrence was claimed where one is dominated (otherwise hiding cannot change
  /// anything and the first pass stands).
  private func markClaims(_ readings: [TagReading]) -> Bool {
    guard occurrences.contains(where: \.dominated) else { return false }
    var any = false
    for reading in readings {
      let tag = Int32(reading.tagIndex)
      // Occurrences are sorted by first token (regex matches, appended last, never claim): sweep
      // them against the evidence sorted by first token, tracking the furthest evidence end.
      let spans = reading.spans.sorted { $0.first < $1.first }
      var next = 0
      var reach: Int32 = -1
      for index in occurrences.indices {
        let occurrence = occurrences[index]
        guard occurrence.phrase < phraseCount else { break }
        while next < spans.count && spans[next].first <= occurrence.first {
          reach = max(reach, spans[next].last)
          next += 1
        }
        if reach >= occurrence.last && compiled.tag(tag, uses: occurrence.phrase) {
          claimed[index] = true
          claims.append(Claim(occurrence: Int32(index), tag: tag))
          any = true
        }
      }
    }
    return any
  }

  /// Whether one rule (by index in the tag's compiled `rules`, or `exclude` when `exclusion`)
  /// matches, evaluated alone (for lint). Longest match sees the claims of the whole codebook, as
  /// in `tag(_:metadata:)`.
  func ruleMatches(
    tagIndex: Int, ruleIndex: Int, exclusion: Bool, in tokenized: TokenizedText, metadata: [String: String]
  )
    throws(TaxonomyError) -> Bool
  {
    let root = exclusion ? compiled.excludes[tagIndex][ruleIndex].root : compiled.rules[tagIndex][ruleIndex].root
    var matched = false
    var evidence: [TokenSpan] = []
    var lists: [[TokenSpan]] = []
    try withOneTagEvaluator(tokenized, metadata: metadata, tagIndex: tagIndex) { evaluator, scope in
      matched = evaluator.evaluate(root, scope: scope, depth: 0, evidence: &evidence, lists: &lists)
    }
    return matched
  }

  /// Whether the exclusions of tag `tagIndex` take it from a text its rules match: one matches no
  /// words (a `meta.` condition, a `NOT`), or no rule of the tag holds outside the sentences where
  /// they match (the tagging's own test, for `taxonomy lint`).
  func isExcluded(tagIndex: Int, in tokenized: TokenizedText, metadata: [String: String]) throws(TaxonomyError)
    -> Bool
  {
    var excluded = false
    var evidence: [TokenSpan] = []
    var lists: [[TokenSpan]] = []
    try withOneTagEvaluator(tokenized, metadata: metadata, tagIndex: tagIndex) { evaluator, scope in
      let exclusions = Int(compiled.excludeStarts[tagIndex])..<Int(compiled.excludeStarts[tagIndex + 1])
      var seeingAll = evaluator
      seeingAll.longestMatch = false
      guard
        let match = seeingAll.matchExclusions(
          compiled.excludeRoots[exclusions], scope: scope, evidence: &evidence, lists: &lists)
      else { return }
      excluded =
        match.wholeText
        || evaluator.withMasked(match.sentences) { evaluator in
          !compiled.rules[tagIndex].contains { rule in
            evidence.removeAllKeepingCapacity()
            return evaluator.evaluate(rule.root, scope: scope, depth: 0, evidence: &evidence, lists: &lists)
          }
        }
    }
    return excluded
  }

  /// Runs `body` with an evaluator of tag `tagIndex`'s rules on `tokenized` as `tag` would evaluate
  /// them (occurrences found and, with longest match, the occurrences every tag claims marked), and
  /// the whole text's scope.
  private func withOneTagEvaluator(
    _ tokenized: TokenizedText, metadata: [String: String], tagIndex: Int,
    _ body: (inout RuleEvaluator, TokenSpan) -> Void
  ) throws(TaxonomyError) {
    try prepare(tokenized)
    var longestMatch = false
    if options.longestMatch {
      collectCandidates()
      var unused: [WithheldTag] = []
      let ruleMetadata = RuleMetadata(metadata)
      if markClaims(evaluateCandidates(tokenized, metadata: ruleMetadata, longestMatch: false, withheld: &unused)) {
        // The claims `tag` would keep (see `run`).
        while withdrawClaims(
          keeping: assignedTags(
            evaluateCandidates(tokenized, metadata: ruleMetadata, longestMatch: true, withheld: &unused)))
        {}
        longestMatch = !claims.isEmpty
      }
    }
    let scope = TokenSpan(first: 0, last: Int32(tokenized.tokens.count) - 1)
    withEvaluator(sentences: tokenized.sentences, metadata: RuleMetadata(metadata)) { evaluator in
      evaluator.currentTag = Int32(tagIndex)
      evaluator.longestMatch = longestMatch
      body(&evaluator, scope)
    }
  }

  /// Runs `body` with an evaluator over the buffers `prepare` filled.
  private func withEvaluator(
    sentences allSentences: [Sentence], metadata: RuleMetadata, _ body: (inout RuleEvaluator) -> Void
  ) {
    occurrences.withUnsafeBufferPointer { occurrences in
      byPhrase.withUnsafeBufferPointer { byPhrase in
        wordIndex.withUnsafeBufferPointer { wordIndex in
          sentenceOfToken.withUnsafeBufferPointer { sentenceOfToken in
            claimed.withUnsafeBufferPointer { claimed in
              claims.withUnsafeBufferPointer { claims in
                allSentences.withUnsafeBufferPointer { sentences in
                  compiled.metaConditions.withUnsafeBufferPointer { metaConditions in
                    compiled.parentIndex.withUnsafeBufferPointer { parentIndex in
                      withUnsafePointer(to: metadata) { metadata in
                        var evaluator = RuleEvaluator(
                          nodes: nodes, children: children, phraseUserStarts: phraseUserStarts,
                          phraseUsers: phraseUsers, phraseStamp: phraseStamp, phraseBegin: phraseBegin,
                          phraseEnd: phraseEnd, occurrences: occurrences, byPhrase: byPhrase, wordIndex: wordIndex,
                          sentenceOfToken: sentenceOfToken, sentences: sentences, metaConditions: metaConditions,
                          metadata: metadata, stamp: stamp, phraseCount: phraseCount,
                          maxPhraseLength: maxPhraseLength, claimed: claimed, claims: claims,
                          parentIndex: parentIndex, longestMatch: false)
                        body(&evaluator)
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  private func addCandidate(_ rule: Int32) {
    if ruleStamp[Int(rule)] != stamp {
      ruleStamp[Int(rule)] = stamp
      candidates.append(rule)
    }
  }

  /// Finds phrase occurrences and regex matches, and indexes them by phrase for evaluation.
  private func prepare(_ tokenized: TokenizedText) throws(TaxonomyError) {
    try findOccurrences(tokenized, meetingRequirements: false)
    indexOccurrences(tokenized)
  }

  /// Drops the phrase occurrences that run across a sentence break: a line break ends a sentence
  /// as a full stop does, and "Room: hot\nWater pressure: fine" holds no "hot water" (QA review 41:
  /// a phrase matched across line breaks, where `NEAR` and `SENTENCE` did not).
  private func dropOccurrencesAcrossSentences(_ sentences: [Sentence]) {
    occurrences.removeAll { occurrence in
      guard occurrence.last > occurrence.first else { return false }
      // The sentence of the first token: the last whose first token is at or before it.
      var low = 0
      var high = sentences.count
      while low < high {
        let middle = (low + high) / 2
        if sentences[middle].tokenRange.lowerBound <= Int(occurrence.first) { low = middle + 1 } else { high = middle }
      }
      return low > 0 && Int(occurrence.last) >= sentences[low - 1].tokenRange.upperBound
    }
  }

  /// Finds phrase occurrences and regex matches (a new stamp: nothing of the previous text is seen).
  /// `meetingRequirements`: also collects the candidates (as `collectCandidates`), and searches
  /// only the regexes that a rule which can still become a candidate may read (`mayRead`); the
  /// others' matches would be read by no evaluation. Otherwise every regex is searched.
  private func findOccurrences(_ tokenized: TokenizedText, meetingRequirements: Bool) throws(TaxonomyError) {
    stamp &+= 1
    if stamp == 0 {
      phraseStamp.update(repeating: 0)
      ruleStamp.update(repeating: 0)
      clauseStamp.update(repeating: 0)
      slotStamp.update(repeating: 0)
      stamp = 1
    }
    occurrences.removeAllKeepingCapacity()
    compiled.matcher.scan(tokenized, scratch: &matcherScratch, into: &occurrences)
    if tokenized.sentences.count > 1 { dropOccurrencesAcrossSentences(tokenized.sentences) }
    occurrences.markDominated()
    if meetingRequirements {
      candidates.removeAllKeepingCapacity()
      meetClauses(of: 0..<occurrences.count)
    }
    // Whether the text holds a code point that folds to an ASCII letter, found when a literal
    // prefilter first asks (whether it is pure ASCII, the tokenizer found: `isASCII`).
    var holdsFolding: Bool?
    // Which literals of `literalSet` the text holds, found when a prefilter first asks.
    var literalsFound: UInt64?
    for regex in regexMatchers.indices {
      regexRuledOut[regex] = false
      if meetingRequirements && !mayRead(regex: regex) { continue }
      let twin = prefilterTwin[regex]
      if twin >= 0 && regexRuledOut[twin] {
        regexRuledOut[regex] = true
        continue
      }
      if let scan = literalScans[regex] {
        let ruledOut = tokenized.utf8.withUnsafeBufferPointer { bytes in
          scan.rulesOut(isASCII: tokenized.isASCII) {
            if holdsFolding == nil { holdsFolding = RegexLiteralScan.holdsASCIIFolding(bytes) }
            return holdsFolding!
          } occurs: {
            // The literal looked up in `literalSet` when it is there.
            let index = literalIndex[regex]
            guard index >= 0, let literalSet else { return scan.occurs(inASCII: bytes) }
            if literalsFound == nil { literalsFound = literalSet.occurrences(in: bytes) }
            return literalsFound! & (1 << UInt64(index)) != 0
          }
        }
        if ruledOut {
          regexRuledOut[regex] = true
          continue
        }
      }
      let matcher = try regexMatcher(regex)
      // Emptied only for a search (most texts are ruled out above).
      byteMatches.removeAllKeepingCapacity()
      do {
        regexRuledOut[regex] = try !tokenized.utf8.withUnsafeBufferPointer { bytes throws(TokenizationError) in
          try matcher.matches(in: bytes, into: &byteMatches)
        }
      } catch {
        guard case .regexTooSlow(let pattern) = error else {
          throw .taggingFailed(recordID: "(unknown)", reason: "\(error)")
        }
        // No match: the rule's evidence cannot be found in this text within the limit.
        regexTimeouts += 1
        timedOutPatterns.insert(pattern)
        regexRuledOut[regex] = true
        byteMatches.removeAllKeepingCapacity()
      }
      let found = occurrences.count
      for match in byteMatches {
        if let span = Self.tokenSpan(coveringBytes: match, in: tokenized.tokens) {
          occurrences.append(
            PhraseOccurrence(phrase: phraseCount + Int32(regex), first: span.first, last: span.last))
        }
      }
      if meetingRequirements { meetClauses(of: found..<occurrences.count) }
    }
    // Most texts have no candidate and many one: no call to sort those.
    if meetingRequirements && candidates.count > 1 { candidates.sort() }
  }

  /// Indexes the occurrences by phrase and the tokens by word and by sentence for evaluation.
  ///
  /// The per-occurrence and per-token buffers (`claimed`, `byPhrase`, `wordIndex`,
  /// `sentenceOfToken`) only grow: evaluation reads them by occurrence or token index, never past
  /// this text's, so their entries beyond are left as they are. Emptied and refilled to the text's
  /// size, they cost two generic calls each a text (VADER texts, `code --threads 1`: 8.7M
  /// instructions).
  private func indexOccurrences(_ tokenized: TokenizedText) {
    Self.grow(&claimed, to: occurrences.count, with: false)
    claimed.withUnsafeMutableBufferPointer { claimed in
      UnsafeMutableBufferPointer(rebasing: claimed[..<occurrences.count]).update(repeating: false)
    }
    claims.removeAllKeepingCapacity()
    // Each phrase's occurrences, in text order, as one block of `byPhrase` (blocks in order of
    // first appearance): counted, placed, then filled — linear, where sorting the indices by phrase
    // cost some 400 instructions a text.
    Self.grow(&byPhrase, to: occurrences.count, with: 0)
    var distinctCount = 0
    occurrences.withUnsafeBufferPointer { occurrences in
      for occurrence in occurrences {
        let phrase = Int(occurrence.phrase)
        if phraseStamp[phrase] != stamp {
          phraseStamp[phrase] = stamp
          phraseEnd[phrase] = 0
          distinctPhrases[distinctCount] = occurrence.phrase
          distinctCount += 1
        }
        phraseEnd[phrase] += 1
      }
      var next: Int32 = 0
      for phrase in distinctPhrases[..<distinctCount].lazy.map({ Int($0) }) {
        let count = phraseEnd[phrase]
        phraseBegin[phrase] = next
        // The block's fill cursor until the last pass leaves it at the block's end.
        phraseEnd[phrase] = next
        next += count
      }
      byPhrase.withUnsafeMutableBufferPointer { byPhrase in
        for (index, occurrence) in occurrences.enumerated() {
          let phrase = Int(occurrence.phrase)
          byPhrase[Int(phraseEnd[phrase])] = Int32(index)
          phraseEnd[phrase] += 1
        }
      }
    }
    // Filled as local arrays: appending to the stored ones would check exclusive access per token.
    var before: [Int32] = []
    var sentenceOf: [Int32] = []
    swap(&before, &wordIndex)
    swap(&sentenceOf, &sentenceOfToken)
    // Sized first, then written through buffers (an append per token checked capacity and
    // uniqueness each time).
    let tokenCount = tokenized.tokens.count
    Self.grow(&before, to: tokenCount + 1, with: 0)
    Self.grow(&sentenceOf, to: tokenCount, with: 0)
    tokenized.tokens.withUnsafeBufferPointer { tokens in
      tokenized.sentences.withUnsafeBufferPointer { sentences in
        before.withUnsafeMutableBufferPointer { before in
          sentenceOf.withUnsafeMutableBufferPointer { sentenceOf in
            var words: Int32 = 0
            // A token's sentence is the last one that starts at or before it (all 0 without
            // sentences): sentence k holds the tokens up to where sentence k + 1 starts.
            var index = 0
            for sentence in 0..<max(sentences.count, 1) {
              let end =
                sentence + 1 < sentences.count
                ? min(sentences[sentence + 1].tokenRange.lowerBound, tokenCount) : tokenCount
              while index < end {
                before[index] = words
                if tokens[index].kind != .punct { words += 1 }
                sentenceOf[index] = Int32(sentence)
                index += 1
              }
            }
            before[tokenCount] = words
          }
        }
      }
    }
    swap(&before, &wordIndex)
    swap(&sentenceOf, &sentenceOfToken)
  }

  /// Grows `buffer` to at least `count` elements, the new ones `filler`; never shrinks it.
  private static func grow<Element>(_ buffer: inout [Element], to count: Int, with filler: Element) {
    if buffer.count < count { buffer.append(contentsOf: repeatElement(filler, count: count - buffer.count)) }
  }

  /// The tokens that overlap a byte range, or nil when it covers only white space.
  private static func tokenSpan(coveringBytes range: Range<Int>, in tokens: [Token]) -> TokenSpan? {
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].utf8Range.upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
    }
    guard low < tokens.count, tokens[low].utf8Range.lowerBound < range.upperBound else { return nil }
    var last = low
    while last + 1 < tokens.count && tokens[last + 1].utf8Range.lowerBound < range.upperBound { last += 1 }
    return TokenSpan(first: Int32(low), last: Int32(last))
  }

  /// Sentence indices holding the evidence (sorted, unique; evidence is sorted by start).
  private static func sentences(of evidence: [Evidence], in sentences: [Sentence]) -> [Int] {
    guard !sentences.isEmpty else { return [] }
    var result: [Int] = []
    for item in evidence {
      var low = 0
      var high = sentences.count
      while low < high {
        let middle = (low + high) / 2
        if sentences[middle].end <= item.start { low = middle + 1 } else { high = middle }
      }
      var index = low
      while index < sentences.count && sentences[index].start < item.end {
        if result.last.map({ $0 < index }) ?? true { result.append(index) }
        index += 1
      }
    }
    return result
  }

  /// Leaves out each tag one of whose descendants was assigned too (`TaggingOptions.mostSpecific`).
  /// When `explaining`, each tag left out goes to `withheld` with those descendants.
  private func dropSubsumedAncestors(_ matches: inout [TagMatch], explaining: Bool, withheld: inout [WithheldTag]) {
    // The matched descendants of each matched tag's ancestors, in codebook order.
    var descendants: [Int: [String]] = [:]
    for match in matches {
      compiled.forEachAncestor(of: match.tagIndex) { descendants[$0, default: []].append(match.code) }
    }
    guard !descendants.isEmpty else { return }
    matches.removeAll { match in
      guard let codes = descendants[match.tagIndex] else { return false }
      if explaining { withheld.append(withheldTag(match.tagIndex, .moreSpecific(by: codes), match.evidence)) }
      return true
    }
  }

  private func addImpliedParents(_ matches: inout [TagMatch]) {
    var byIndex: [Int: Int] = [:]
    for (position, match) in matches.enumerated() { byIndex[match.tagIndex] = position }
    for position in matches.indices {
      compiled.forEachAncestor(of: matches[position].tagIndex) { parent in
        if let existing = byIndex[parent] {
          if matches[existing].implied {
            matches[existing].evidence = Self.sortedUnique(matches[existing].evidence + matches[position].evidence)
            matches[existing].sentences = Array(Set(matches[existing].sentences + matches[position].sentences)).sorted()
          }
        } else {
          byIndex[parent] = matches.count
          matches.append(
            TagMatch(
              tagIndex: parent, code: compiled.codes[parent], label: compiled.labels[parent],
              evidence: matches[position].evidence, sentences: matches[position].sentences, implied: true))
        }
      }
    }
    matches.sort { $0.tagIndex < $1.tagIndex }
  }

  /// The number of distinct mentions in `evidence` (sorted by start): the largest number of
  /// pairwise non-overlapping spans (greedy by earliest end, which is optimal for intervals). Two
  /// spans that share a code point — such as "payment … declined" and "card … declined", which end
  /// on the same word — are one mention.
  static func distinctSpanCount(_ evidence: [Evidence]) -> Int {
    let spans = evidence.map { ($0.start, $0.end) }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    var count = 0
    var lastEnd = Int.min
    for (start, end) in spans where start >= lastEnd {
      count += 1
      lastEnd = end
    }
    return count
  }

  /// Evidence sorted by span, then rule, without duplicates.
  static func sortedUnique(_ evidence: [Evidence]) -> [Evidence] {
    guard evidence.count > 1 else { return evidence }
    func before(_ left: Evidence, _ right: Evidence) -> Bool {
      if left.start != right.start { return left.start < right.start }
      if left.end != right.end { return left.end < right.end }
      return left.rule < right.rule
    }
    var sorted = evidence
    var isSorted = true
    for index in 1..<sorted.count where !before(sorted[index - 1], sorted[index]) {
      isSorted = false
      break
    }
    if isSorted { return sorted }
    sorted.sort(by: before)
    var kept = 1
    for index in 1..<sorted.count where sorted[index] != sorted[kept - 1] {
      sorted[kept] = sorted[index]
      kept += 1
    }
    sorted.removeLast(sorted.count - kept)
    return sorted
  }
}
