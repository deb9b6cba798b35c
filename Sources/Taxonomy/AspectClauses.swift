import Tokenization
import VerbatimCore

/// The clauses of the sentences that hold a tag's evidence, for aspect-level sentiment (issue 5:
/// "the sentiment of the clauses that matched the tag"). One per tagger, `reset` for each text:
/// it remembers each sentence's clauses, since several tags usually share a sentence.
///
/// A sentence is cut into *segments* at the contrastive connectives the scorer reports (the
/// connective opens the next segment) and at the punctuation that separates clauses (`;`, `:`,
/// dashes, parentheses, and an ASCII hyphen or hyphens standing alone between spaces, " - " or
/// " -- ", as a dash is often typed); each segment is cut into *clauses* at commas. The splitting punctuation
/// belongs to neither side.
struct AspectClauses {
  /// Punctuation that ends a segment.
  static let segmentBreaks: Set<String> = [";", ":", "—", "–", "(", ")", "[", "]", "；", "："]
  /// Punctuation that ends a clause inside a segment.
  static let clauseBreaks: Set<String> = [",", "，", "、"]

  /// Per sentence of the text, the index of its split in `splitRanges` (-1: not split yet); empty
  /// until the first split, then one entry per sentence of the text, as `contrastSplits` is (a
  /// long text may have many: QA review 14's 5 MB answer had 100,000; a dictionary hashed each
  /// sentence index and grew its storage: about 700 instructions a split).
  private var splitOf: [Int32] = []
  /// Each split sentence's segments and clauses, as ranges of `allSegments` and `allClauses`.
  /// Flat buffers kept by the tagger from text to text (`reset`): an array of segments and one of
  /// clauses per sentence, the scoring keys and the scratch lists were allocated and freed at
  /// every tagged text (VADER texts, `code --threads 1`: about 10M instructions).
  private var splitRanges: [(segments: Range<Int>, clauses: Range<Int>)] = []
  private var allSegments: [Range<Int>] = []
  private var allClauses: [Range<Int>] = []
  /// The scorer's contrast splits of every sentence, found at the first split.
  private var contrastSplits: [[Int]]?
  /// Scores already asked of the scorer for this text, by what was scored (ranges of
  /// `scoredSentenceKeys` and `scoredClauseKeys`): tags that share their clauses share one scoring.
  private var scoredSentences: [(sentences: Range<Int>, result: (label: String, compound: Double))] = []
  private var scoredSentenceKeys: [Int] = []
  private var scoredClauses: [(clauses: Range<Int>, result: (label: String, compound: Double))] = []
  private var scoredClauseKeys: [Range<Int>] = []
  /// Scratch lists of one call, kept for their storage.
  private var parts: [Int32] = []
  private var clauseList: [Range<Int>] = []
  private var segmentList: [Range<Int>] = []
  private var sentenceList: [Int] = []
  private var breakList: [Int] = []
  /// The whole text's sentiment when the caller has it and the scorer says it is the sentiment of
  /// all the text's sentences.
  private var textSentiment: (label: String, compound: Double)?

  /// Empty buffers, for `reset` before the first text.
  init() {}

  /// Forgets the last text (keeping the buffers' storage), for a text whose whole sentiment is
  /// `textSentiment` (kept only when the scorer says it is the sentiment of all its sentences).
  mutating func reset(textSentiment: (label: String, compound: Double)?, scorer: any AspectSentimentScoring) {
    self.textSentiment = scorer.scoresAllSentencesAsText ? textSentiment : nil
    splitOf.removeAllKeepingCapacity()
    splitRanges.removeAllKeepingCapacity()
    allSegments.removeAllKeepingCapacity()
    allClauses.removeAllKeepingCapacity()
    contrastSplits = nil
    scoredSentences.removeAllKeepingCapacity()
    scoredSentenceKeys.removeAllKeepingCapacity()
    scoredClauses.removeAllKeepingCapacity()
    scoredClauseKeys.removeAllKeepingCapacity()
  }

  /// The sentiment of the clauses holding `evidence` in `sentences`; when those carry no sentiment
  /// (compound 0), of the segments holding it. Nil when no clause holds the evidence.
  ///
  /// Evidence that runs across a segment break ("late, but the driver" from `late NEAR driver` in
  /// "Delivery was a day late, but the driver was nice") would take in the other side of the
  /// contrast; when some of the tag's evidence lies within one segment ("Delivery was a day late"),
  /// only that evidence chooses the clauses (QA review 22: the late delivery read as positive).
  mutating func sentiment(
    of evidence: [Evidence], sentences: [Int], in tokenized: TokenizedText, scorer: any AspectSentimentScoring
  ) -> (label: String, compound: Double)? {
    var parts: [Int32] = []
    swap(&parts, &self.parts)
    defer { swap(&parts, &self.parts) }
    parts.removeAllKeepingCapacity()
    for sentence in sentences where tokenized.sentences.indices.contains(sentence) {
      parts.append(split(sentence, in: tokenized, scorer: scorer))
    }
    var clauses: [Range<Int>] = []
    var segments: [Range<Int>] = []
    swap(&clauses, &clauseList)
    swap(&segments, &segmentList)
    defer {
      swap(&clauses, &clauseList)
      swap(&segments, &segmentList)
    }
    clauses.removeAllKeepingCapacity()
    segments.removeAllKeepingCapacity()
    // One piece of evidence (the usual case) is all within one segment or not: no list of segments.
    var within: [Evidence]?
    if evidence.count > 1 {
      for part in parts { segments += allSegments[splitRanges[Int(part)].segments] }
      within = Self.withinSegments(evidence, segments: segments, tokenized)
      segments.removeAllKeepingCapacity()
    }
    let evidence = within ?? evidence
    // A few spans (the usual case) are searched in place; many are sorted once for O(log n) tests.
    let spans = evidence.count > Self.linearSpans ? EvidenceSpans(evidence) : nil
    func holds(_ range: Range<Int>) -> Bool {
      let points = Self.codePoints(of: range, tokenized)
      if let spans { return spans.overlap(points) }
      return evidence.contains { $0.start < points.upperBound && points.lowerBound < $0.end }
    }
    // Appended one by one: filtering made a new array per part and list.
    for part in parts {
      let ranges = splitRanges[Int(part)]
      for clause in allClauses[ranges.clauses] where holds(clause) { clauses.append(clause) }
      for segment in allSegments[ranges.segments] where holds(segment) { segments.append(segment) }
    }
    guard !clauses.isEmpty else { return nil }
    let result = score(clauses, tokenized, scorer)
    if result.compound == 0 && segments != clauses && !segments.isEmpty {
      return score(segments, tokenized, scorer)
    }
    return result
  }

  /// The sentiment of `sentences`, scored once per call.
  mutating func sentiment(
    ofSentences sentences: [Int], in tokenized: TokenizedText, scorer: any AspectSentimentScoring
  ) -> (label: String, compound: Double) {
    if let textSentiment, sentences.count == tokenized.sentences.count,
      sentences.indices.allSatisfy({ sentences[$0] == $0 })
    {
      return textSentiment
    }
    for known in scoredSentences where scoredSentenceKeys[known.sentences].elementsEqual(sentences) {
      return known.result
    }
    let result = scorer.sentiment(of: tokenized, sentences: sentences)
    let start = scoredSentenceKeys.count
    scoredSentenceKeys += sentences
    scoredSentences.append((start..<scoredSentenceKeys.count, result))
    return result
  }

  /// Clauses that are whole sentences (no split) are scored as sentences: the same score, without
  /// scoring their text again.
  private mutating func score(
    _ clauses: [Range<Int>], _ tokenized: TokenizedText, _ scorer: any AspectSentimentScoring
  ) -> (label: String, compound: Double) {
    var sentences: [Int] = []
    swap(&sentences, &sentenceList)
    defer { swap(&sentences, &sentenceList) }
    sentences.removeAllKeepingCapacity()
    for clause in clauses {
      // Sentences are in text order: find the first that does not end before the clause.
      var low = 0
      var high = tokenized.sentences.count
      while low < high {
        let middle = (low + high) / 2
        if tokenized.sentences[middle].tokenRange.upperBound <= clause.lowerBound {
          low = middle + 1
        } else {
          high = middle
        }
      }
      guard low < tokenized.sentences.count, tokenized.sentences[low].tokenRange == clause else {
        for known in scoredClauses where scoredClauseKeys[known.clauses].elementsEqual(clauses) {
          return known.result
        }
        let result = scorer.sentiment(of: tokenized, clauses: clauses)
        let start = scoredClauseKeys.count
        scoredClauseKeys += clauses
        scoredClauses.append((start..<scoredClauseKeys.count, result))
        return result
      }
      sentences.append(low)
    }
    return sentiment(ofSentences: sentences, in: tokenized, scorer: scorer)
  }

  /// The evidence that lies within one segment, when some but not all of it does; nil otherwise
  /// (all of it is used). Segments are searched by binary search on their sorted starts.
  private static func withinSegments(
    _ evidence: [Evidence], segments: [Range<Int>], _ tokenized: TokenizedText
  ) -> [Evidence]? {
    guard evidence.count > 1, !segments.isEmpty else { return nil }
    let points = segments.map { codePoints(of: $0, tokenized) }.sorted { $0.lowerBound < $1.lowerBound }
    let within = evidence.filter { item in
      // The last segment that starts at or before the evidence.
      var low = 0
      var high = points.count
      while low < high {
        let middle = (low + high) / 2
        if points[middle].lowerBound <= item.start { low = middle + 1 } else { high = middle }
      }
      return low > 0 && item.end <= points[low - 1].upperBound
    }
    return within.isEmpty || within.count == evidence.count ? nil : within
  }

  /// Most evidence spans searched one by one; more are sorted (`EvidenceSpans`).
  static let linearSpans = 16

  /// The code points a clause (token range) covers.
  private static func codePoints(of clause: Range<Int>, _ tokenized: TokenizedText) -> Range<Int> {
    tokenized.tokens[clause.lowerBound].start..<tokenized.tokens[clause.upperBound - 1].end
  }

  /// The index in `splitRanges` of sentence `sentence`'s segments and clauses, split at the first
  /// call.
  private mutating func split(
    _ sentence: Int, in tokenized: TokenizedText, scorer: any AspectSentimentScoring
  ) -> Int32 {
    if splitOf.isEmpty {
      splitOf.append(contentsOf: repeatElement(-1, count: tokenized.sentences.count))
    } else if splitOf[sentence] >= 0 {
      return splitOf[sentence]
    }
    let range = tokenized.sentences[sentence].tokenRange
    // Connectives are words, never a break, so one scan of the sentence finds every segment's;
    // every sentence's are found at the first sentence split, in one pass over the text.
    if contrastSplits == nil { contrastSplits = scorer.contrastSplitsBySentence(in: tokenized) }
    let splits = contrastSplits![sentence]
    var segments: [Range<Int>] = []
    var clauses: [Range<Int>] = []
    // Only punctuation breaks (most tokens are words: one test of the kind each, no other call).
    var clauseBreaks: [Int] = []
    swap(&segments, &allSegments)
    swap(&clauses, &allClauses)
    swap(&clauseBreaks, &breakList)
    defer {
      swap(&segments, &allSegments)
      swap(&clauses, &allClauses)
      swap(&clauseBreaks, &breakList)
    }
    clauseBreaks.removeAllKeepingCapacity()
    let firstSegment = segments.count
    let firstClause = clauses.count
    var start = range.lowerBound
    tokenized.tokens.withUnsafeBufferPointer { tokens in
      for index in range where tokens[index].kind == .punct {
        let kind = Self.breakKind(tokenized, index)
        if kind == .segment || Self.isSpacedHyphen(tokenized, index, in: range) {
          Self.cut(start..<index, at: splits, into: &segments)
          start = index + 1
        } else if kind == .clause {
          clauseBreaks.append(index)
        }
      }
    }
    Self.cut(start..<range.upperBound, at: splits, into: &segments)
    var next = 0
    for segment in segments[firstSegment...] {
      var clauseStart = segment.lowerBound
      while next < clauseBreaks.count && clauseBreaks[next] < segment.lowerBound { next += 1 }
      while next < clauseBreaks.count && clauseBreaks[next] < segment.upperBound {
        let index = clauseBreaks[next]
        if index > clauseStart { clauses.append(clauseStart..<index) }
        clauseStart = index + 1
        next += 1
      }
      if segment.upperBound > clauseStart { clauses.append(clauseStart..<segment.upperBound) }
    }
    splitRanges.append((firstSegment..<segments.count, firstClause..<clauses.count))
    let index = Int32(splitRanges.count - 1)
    splitOf[sentence] = index
    return index
  }

  /// Appends `range` cut before each of `points` (sorted, inside the range), without empty pieces,
  /// to `pieces` (appended in place: a new array per cut cost an allocation and a copy).
  private static func cut(_ range: Range<Int>, at points: [Int], into pieces: inout [Range<Int>]) {
    guard !range.isEmpty else { return }
    var start = range.lowerBound
    for point in points where point > start && point < range.upperBound {
      pieces.append(start..<point)
      start = point
    }
    pieces.append(start..<range.upperBound)
  }

  /// Whether token `index` is an ASCII hyphen in a run of hyphens (`-`, `--`, `---`) written with
  /// white space (or the sentence's start or end) on both sides: a dash typed as " - " or " -- ".
  /// A hyphen inside a word ("follow-up") or attached to one ("-5") is not.
  private static func isSpacedHyphen(_ tokenized: TokenizedText, _ index: Int, in range: Range<Int>) -> Bool {
    // One byte compared (comparing the bytes with an array literal made the array at each call).
    func isHyphen(_ position: Int) -> Bool {
      let token = tokenized.tokens[position]
      return token.kind == .punct && token.utf8Range.count == 1
        && tokenized.utf8[token.utf8Range.lowerBound] == UInt8(ascii: "-")
    }
    guard isHyphen(index) else { return false }
    var first = index
    while first > range.lowerBound && isHyphen(first - 1)
      && tokenized.tokens[first - 1].end == tokenized.tokens[first].start
    {
      first -= 1
    }
    var last = index
    while last + 1 < range.upperBound && isHyphen(last + 1)
      && tokenized.tokens[last].end == tokenized.tokens[last + 1].start
    {
      last += 1
    }
    let spacedBefore = first == range.lowerBound || tokenized.tokens[first - 1].end < tokenized.tokens[first].start
    let spacedAfter = last + 1 == range.upperBound || tokenized.tokens[last + 1].start > tokenized.tokens[last].end
    return spacedBefore && spacedAfter
  }

  private enum BreakKind { case segment, clause, none }

  /// Whether token `index` ends a segment, a clause or neither. ASCII punctuation is compared byte
  /// by byte (an ASCII string equals only itself), the other marks of the sets by their exact
  /// UTF-8 bytes; any other text is looked up in the sets, which compare by canonical equivalence
  /// (U+037E GREEK QUESTION MARK is a `;`).
  private static func breakKind(_ tokenized: TokenizedText, _ index: Int) -> BreakKind {
    let token = tokenized.tokens[index]
    guard token.kind == .punct else { return .none }
    let bytes = tokenized.utf8[token.utf8Range]
    if bytes.count == 1 {
      switch bytes.first! {
      case UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
        UInt8(ascii: "]"):
        return .segment
      case UInt8(ascii: ","): return .clause
      default: return .none
      }
    }
    if bytes.elementsEqual([0xE2, 0x80, 0x94]) || bytes.elementsEqual([0xE2, 0x80, 0x93])
      || bytes.elementsEqual([0xEF, 0xBC, 0x9B]) || bytes.elementsEqual([0xEF, 0xBC, 0x9A])
    {
      return .segment  // — – ； ：
    }
    if bytes.elementsEqual([0xEF, 0xBC, 0x8C]) || bytes.elementsEqual([0xE3, 0x80, 0x81]) {
      return .clause  // ， 、
    }
    if bytes.allSatisfy({ $0 < 0x80 }) { return .none }
    let text = tokenized.text(of: token)
    if segmentBreaks.contains(text) { return .segment }
    return clauseBreaks.contains(text) ? .clause : .none
  }
}

/// A tag's evidence spans (code points) sorted by start, for overlap tests in O(log n): a clause
/// `start..<end` overlaps some span when, among the spans that start before `end`, the furthest
/// end lies past `start`. A linear search per clause made a long text with evidence in every
/// sentence quadratic (QA review 14).
struct EvidenceSpans {
  private let starts: [Int]
  /// `furthestEnds[i]`: the largest end among the first `i + 1` spans by start.
  private let furthestEnds: [Int]

  init(_ evidence: [Evidence]) {
    let sorted = evidence.map { ($0.start, $0.end) }.sorted { $0.0 < $1.0 }
    starts = sorted.map(\.0)
    var furthest = Int.min
    furthestEnds = sorted.map {
      furthest = max(furthest, $0.1)
      return furthest
    }
  }

  /// Whether some span overlaps `range` (both non-empty ranges of code points).
  func overlap(_ range: Range<Int>) -> Bool {
    // The number of spans that start before the range's end.
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      if starts[middle] < range.upperBound { low = middle + 1 } else { high = middle }
    }
    return low > 0 && furthestEnds[low - 1] > range.lowerBound
  }
}
