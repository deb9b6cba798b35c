import Tokenization

/// Phrase occurrences and regex matches found in a text, and indexed by phrase, word and sentence.
extension Tagger {
  /// Finds phrase occurrences and regex matches, and indexes them by phrase for evaluation.
  func prepare(_ tokenized: TokenizedText) throws(TaxonomyError) {
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
  func findOccurrences(_ tokenized: TokenizedText, meetingRequirements: Bool) throws(TaxonomyError) {
    stamp &+= 1
    if stamp == 0 {
      phraseStamp.update(repeating: 0)
      for rule in ruleClauses.indices { ruleClauses[rule].stamp = 0 }
      for clause in clauseStates.indices { clauseStates[clause].stamp = 0 }
      slotStamp.update(repeating: 0)
      stamp = 1
    }
    // Replaces the last text's occurrences.
    compiled.matcher.scan(tokenized, scratch: &matcherScratch, into: &occurrences)
    if tokenized.sentences.count > 1 { dropOccurrencesAcrossSentences(tokenized.sentences) }
    occurrences.markDominated()
    if meetingRequirements {
      candidates.removeAllKeepingCapacity()
      // A rule whose question does not hold starts this text with its clauses counted so far
      // below zero that no occurrence makes it a candidate (`questionGates`).
      for gate in questionGates where !questionHolds[gate.expression] {
        ruleClauses[Int(gate.rule)].stamp = stamp
        ruleClauses[Int(gate.rule)].met = Int32.min / 2
        ruleClauses[Int(gate.rule)].phraseMet = Int32.min / 2
      }
      meetClauses(of: 0..<occurrences.count)
    }
    // Whether the text holds a code point that folds to an ASCII letter, found when a literal
    // prefilter first asks (whether it is pure ASCII, the tokenizer found: `isASCII`).
    var holdsFolding: Bool?
    // Which literals of `literalSet` the text holds, found when a prefilter first asks.
    var literalsFound: UInt64?
    for regex in regexMatchers.indices {
      // A twin's prefilters are tested first: a regex they rule out is not searched, read or not,
      // and asking whether a rule may read it (`mayRead`) cost a loop over its rules (the shipped
      // codebook's "return" patterns, twins of one another, in every text without "return").
      // Only the earliest regex with given prefilters is a twin, and its flag is the one read, so
      // a later one's flag set here where it was left false changes nothing.
      let twin = prefilterTwin[regex]
      if twin >= 0 && regexRuledOut[twin] {
        regexRuledOut[regex] = true
        continue
      }
      regexRuledOut[regex] = false
      if meetingRequirements && !mayRead(regex: regex) { continue }
      if let scan = literalScans[regex] {
        let ruledOut = tokenized.utf8.withUnsafeBufferPointer { bytes in
          scan.rulesOut(isASCII: tokenized.isASCII) {
            if holdsFolding == nil { holdsFolding = RegexLiteralScan.holdsASCIIFolding(bytes) }
            return holdsFolding!
          } occurs: {
            // The literal looked up in `literalSet` when it is there; where it occurs, then
            // whether it does with the word boundaries every match needs (most texts that hold
            // "return" hold "returned" or "returns", which `\breturn(?:ing)?\b` does not match).
            let index = literalIndex[regex]
            guard index >= 0, let literalSet else {
              return scan.occurs(inASCII: bytes) && scan.occurs(in: bytes, with: literalBoundaries[regex])
            }
            if literalsFound == nil { literalsFound = literalSet.occurrences(in: bytes) }
            return literalsFound! & (1 << UInt64(index)) != 0 && scan.occurs(in: bytes, with: literalBoundaries[regex])
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
  func indexOccurrences(_ tokenized: TokenizedText) {
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
}
