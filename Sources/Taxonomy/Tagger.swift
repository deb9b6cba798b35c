public import Tokenization

/// A token span `first...last` (inclusive token indices).
struct TokenSpan: Equatable {
  var first: Int32
  var last: Int32
}

/// Assigns the tags of a compiled codebook to tokenized verbatims, with evidence and (given a
/// scorer) the sentiment of the sentences that hold the evidence.
///
/// Per text: one pass of the phrase matcher finds every phrase occurrence; only tags whose phrases
/// (or regexes) occurred are then evaluated, rule by rule, on those occurrences. Longest match (on by
/// default): a positive term or phrase of a tag does not see an occurrence that lies inside a
/// longer occurrence of a phrase the tag does not use (`"customer service"` of one tag hides the
/// `service` within it from other tags); terms under `NOT` see every occurrence. One tagger per worker thread (it keeps reusable
/// buffers and ICU regex matchers, so it is not `Sendable`); share the `CompiledCodebook`.
public final class Tagger {
  public let compiled: CompiledCodebook
  public var options: TaggingOptions
  private let scorer: (any AspectSentimentScoring)?
  private let regexMatchers: [ICURegex]

  // Per-text state, valid during one `tag` call.
  var text = TokenizedText()
  var metadata: [String: String] = [:]
  var stamp: UInt32 = 0
  var phraseStamp: [UInt32]
  var phraseBegin: [Int32]
  var phraseEnd: [Int32]
  /// Occurrences by first token (longest first); `byPhrase` indexes them by phrase.
  var occurrences: [PhraseOccurrence] = []
  var byPhrase: [Int32] = []
  /// The tag whose rules are being evaluated (longest match is judged per tag).
  var currentTag: Int32 = 0
  var regexSpans: [[TokenSpan]]
  var wordIndex: [Int32] = []
  var spanLists: [[TokenSpan]] = []
  private var matcherScratch = MatcherScratch()
  private var byteMatches: [Range<Int>] = []
  private var tagStamp: [UInt32]
  private var candidates: [Int32] = []
  private var ruleEvidence: [TokenSpan] = []

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
    var matchers: [ICURegex] = []
    for regex in compiled.regexes {
      do {
        matchers.append(try ICURegex(pattern: regex.pattern, caseInsensitive: regex.caseInsensitive))
      } catch {
        throw .invalidRules([
          .ruleSyntax(SourceLocation(file: compiled.codebook.source, line: 1, column: 1), message: "\(error)")
        ])
      }
    }
    regexMatchers = matchers
    phraseStamp = [UInt32](repeating: 0, count: compiled.matcher.phraseCount)
    phraseBegin = [Int32](repeating: 0, count: compiled.matcher.phraseCount)
    phraseEnd = [Int32](repeating: 0, count: compiled.matcher.phraseCount)
    regexSpans = Array(repeating: [], count: compiled.regexes.count)
    tagStamp = [UInt32](repeating: 0, count: compiled.codebook.tags.count)
  }

  /// The tags of one tokenized verbatim, in codebook order. `metadata` answers `meta.…` conditions.
  public func tag(_ tokenized: TokenizedText, metadata: [String: String] = [:]) throws(TaxonomyError) -> [TagMatch] {
    try prepare(tokenized, metadata: metadata)
    defer { release() }
    candidates.removeAll(keepingCapacity: true)
    for occurrence in occurrences {
      let phrase = Int(occurrence.phrase)
      for index in Int(compiled.phraseTriggerStarts[phrase])..<Int(compiled.phraseTriggerStarts[phrase + 1]) {
        addCandidate(compiled.phraseTriggers[index])
      }
    }
    for (regex, spans) in regexSpans.enumerated() where !spans.isEmpty {
      for tag in compiled.regexTriggers[regex] { addCandidate(tag) }
    }
    guard !candidates.isEmpty else { return [] }
    candidates.sort()
    var matches: [TagMatch] = []
    let scope = TokenSpan(first: 0, last: Int32(text.tokens.count) - 1)
    for candidate in candidates {
      let tagIndex = Int(candidate)
      currentTag = candidate
      var evidence: [Evidence] = []
      for (ruleIndex, rule) in compiled.rules[tagIndex].enumerated() {
        ruleEvidence.removeAll(keepingCapacity: true)
        guard evaluate(rule.program, scope: scope, depth: 0, evidence: &ruleEvidence) else { continue }
        let name = compiled.ruleNames[tagIndex][ruleIndex]
        for span in ruleEvidence {
          evidence.append(
            Evidence(start: text.tokens[Int(span.first)].start, end: text.tokens[Int(span.last)].end, rule: name))
        }
      }
      guard !evidence.isEmpty, !isExcluded(tagIndex, scope: scope) else { continue }
      evidence = Self.sortedUnique(evidence)
      guard distinctSpanCount(evidence) >= options.minimumEvidence else { continue }
      let tag = compiled.codebook.tags[tagIndex]
      matches.append(
        TagMatch(
          tagIndex: tagIndex, code: tag.code, label: tag.label, evidence: evidence, sentences: sentences(of: evidence)))
    }
    if options.impliedParents { addImpliedParents(&matches) }
    if let scorer {
      for index in matches.indices {
        let result = scorer.sentiment(of: tokenized, sentences: matches[index].sentences)
        matches[index].sentiment = AspectSentiment(label: result.label, compound: result.compound)
      }
    }
    return matches
  }

  /// Whether one rule (by index in the tag's `rules`, or in `exclude` when `exclusion`) matches,
  /// evaluated alone (for lint).
  func ruleMatches(
    tagIndex: Int, ruleIndex: Int, exclusion: Bool, in tokenized: TokenizedText, metadata: [String: String]
  )
    throws(TaxonomyError) -> Bool
  {
    try prepare(tokenized, metadata: metadata)
    defer { release() }
    let rule = exclusion ? compiled.excludes[tagIndex][ruleIndex] : compiled.rules[tagIndex][ruleIndex]
    currentTag = Int32(tagIndex)
    ruleEvidence.removeAll(keepingCapacity: true)
    return evaluate(
      rule.program, scope: TokenSpan(first: 0, last: Int32(text.tokens.count) - 1), depth: 0, evidence: &ruleEvidence)
  }

  private func addCandidate(_ tag: Int32) {
    if tagStamp[Int(tag)] != stamp {
      tagStamp[Int(tag)] = stamp
      candidates.append(tag)
    }
  }

  private func isExcluded(_ tagIndex: Int, scope: TokenSpan) -> Bool {
    for rule in compiled.excludes[tagIndex] {
      ruleEvidence.removeAll(keepingCapacity: true)
      if evaluate(rule.program, scope: scope, depth: 0, evidence: &ruleEvidence) { return true }
    }
    return false
  }

  /// Finds phrase occurrences and regex matches, and indexes them for evaluation.
  private func prepare(_ tokenized: TokenizedText, metadata: [String: String]) throws(TaxonomyError) {
    text = tokenized
    self.metadata = metadata
    stamp &+= 1
    if stamp == 0 {
      for index in phraseStamp.indices { phraseStamp[index] = 0 }
      for index in tagStamp.indices { tagStamp[index] = 0 }
      stamp = 1
    }
    occurrences.removeAll(keepingCapacity: true)
    compiled.matcher.scan(tokenized, scratch: &matcherScratch, into: &occurrences)
    occurrences.markDominated()
    byPhrase.removeAll(keepingCapacity: true)
    for index in occurrences.indices { byPhrase.append(Int32(index)) }
    if occurrences.count > 1 {
      occurrences.withUnsafeBufferPointer { occurrences in
        byPhrase.sort {
          let left = occurrences[Int($0)]
          let right = occurrences[Int($1)]
          return left.phrase != right.phrase ? left.phrase < right.phrase : $0 < $1
        }
      }
    }
    var index = 0
    while index < byPhrase.count {
      let phrase = Int(occurrences[Int(byPhrase[index])].phrase)
      phraseStamp[phrase] = stamp
      phraseBegin[phrase] = Int32(index)
      while index < byPhrase.count && Int(occurrences[Int(byPhrase[index])].phrase) == phrase { index += 1 }
      phraseEnd[phrase] = Int32(index)
    }
    wordIndex.removeAll(keepingCapacity: true)
    var words: Int32 = 0
    for token in tokenized.tokens {
      wordIndex.append(words)
      if token.kind != .punct { words += 1 }
    }
    wordIndex.append(words)
    for (regex, matcher) in regexMatchers.enumerated() {
      regexSpans[regex].removeAll(keepingCapacity: true)
      byteMatches.removeAll(keepingCapacity: true)
      do {
        try tokenized.utf8.withUnsafeBufferPointer { bytes throws(TokenizationError) in
          try matcher.matches(in: bytes, into: &byteMatches)
        }
      } catch {
        throw .taggingFailed(recordID: "(unknown)", reason: "\(error)")
      }
      for match in byteMatches {
        if let span = tokenSpan(coveringBytes: match) { regexSpans[regex].append(span) }
      }
    }
  }

  private func release() {
    text = TokenizedText()
    metadata = [:]
  }

  /// The tokens that overlap a byte range, or nil when it covers only white space.
  private func tokenSpan(coveringBytes range: Range<Int>) -> TokenSpan? {
    let tokens = text.tokens
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

  /// Sentence indices holding the evidence (sorted, unique).
  private func sentences(of evidence: [Evidence]) -> [Int] {
    let sentences = text.sentences
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
        result.append(index)
        index += 1
      }
    }
    return Array(Set(result)).sorted()
  }

  private func addImpliedParents(_ matches: inout [TagMatch]) {
    var byIndex: [Int: Int] = [:]
    for (position, match) in matches.enumerated() { byIndex[match.tagIndex] = position }
    for position in matches.indices {
      var parent = Int(compiled.parentIndex[matches[position].tagIndex])
      var steps = 0
      while parent >= 0 && steps < compiled.codebook.tags.count {
        if let existing = byIndex[parent] {
          if matches[existing].implied {
            matches[existing].evidence = Self.sortedUnique(matches[existing].evidence + matches[position].evidence)
            matches[existing].sentences = Array(Set(matches[existing].sentences + matches[position].sentences)).sorted()
          }
        } else {
          let tag = compiled.codebook.tags[parent]
          byIndex[parent] = matches.count
          matches.append(
            TagMatch(
              tagIndex: parent, code: tag.code, label: tag.label, evidence: matches[position].evidence,
              sentences: matches[position].sentences, implied: true))
        }
        parent = Int(compiled.parentIndex[parent])
        steps += 1
      }
    }
    matches.sort { $0.tagIndex < $1.tagIndex }
  }

  private func distinctSpanCount(_ evidence: [Evidence]) -> Int {
    var count = 0
    var previous: (Int, Int)? = nil
    for item in evidence where previous.map({ $0 != (item.start, item.end) }) ?? true {
      count += 1
      previous = (item.start, item.end)
    }
    return count
  }

  static func sortedUnique(_ evidence: [Evidence]) -> [Evidence] {
    guard evidence.count > 1 else { return evidence }
    var sorted = evidence.sorted {
      ($0.start, $0.end) != ($1.start, $1.end) ? ($0.start, $0.end) < ($1.start, $1.end) : $0.rule < $1.rule
    }
    var kept = 1
    for index in 1..<sorted.count where sorted[index] != sorted[kept - 1] {
      sorted[kept] = sorted[index]
      kept += 1
    }
    sorted.removeLast(sorted.count - kept)
    return sorted
  }
}
