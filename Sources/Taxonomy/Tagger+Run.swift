import Tokenization

/// One text tagged: its occurrences found, its candidate rules evaluated (again after longest
/// match), and the tags assigned or withheld.
extension Tagger {
  /// `subtree`: only the tags of that tag's subtree (it and its descendants) are wanted, and when
  /// longest match cannot hide an occurrence (none lies inside another) and the subtree holds no
  /// fallback tag (which the tags outside it rule out) only they are evaluated:
  /// every tag's rules then hold or fail on their own, so the tags of the subtree come out as in
  /// the whole run (the roll-up to parents and the most specific tag read only the tag's
  /// descendants). `taxonomy lint` asks so of each example (brief h61b: thousands of tags sharing
  /// a word its examples hold made it evaluate every tag on every example, 27 s).
  func run(
    _ tokenized: TokenizedText, metadata: RuleMetadata, textSentiment: (label: String, compound: Double)?,
    explaining: Bool, subtree: Int? = nil
  ) throws(TaxonomyError) -> (tags: [TagMatch], withheld: [WithheldTag]) {
    // Before the candidates are found: the rules a question gates (`questionGates`) need it.
    let metadata = try resolvingQuestion(metadata)
    try findOccurrences(tokenized, meetingRequirements: filtersByRequirements)
    // Most texts trigger no rule: they need none of the indexes evaluation reads.
    guard !occurrences.isEmpty else { return ([], []) }
    if !filtersByRequirements { collectCandidates() }
    // A fallback in the subtree is assigned or not by the tags outside it: they are all evaluated.
    if let subtree, !options.longestMatch || !occurrences.contains(where: \.dominated),
      !compiled.fallbackTags.contains(where: { compiled.isInSubtree(Int($0), of: subtree) })
    {
      let compiled = self.compiled
      candidates.removeAll { !compiled.isInSubtree(Int(compiled.ruleTag[Int($0)]), of: subtree) }
    }
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
    // Before implied parents: a fallback left out implies no parent.
    if options.mostSpecific && matches.count > 1 {
      dropFallbacks(&matches, explaining: explaining, withheld: &withheld)
    }
    if options.impliedParents { addImpliedParents(&matches) }
    // Without a tag, nothing to score: the scorer (an existential) is not even copied out (the
    // texts whose candidate rules all failed; VADER texts, `code --threads 1`: 3.4M instructions).
    if !matches.isEmpty, let scorer {
      // The tagger's buffers, emptied for the text (`AspectClauses.reset`). Used in place: moved
      // into a local and back, an empty value was made and destroyed at each text.
      aspectClauses.reset(textSentiment: textSentiment, scorer: scorer)
      for index in matches.indices {
        let result =
          aspectClauses.sentiment(
            of: matches[index].evidence, sentences: matches[index].sentences, in: tokenized, scorer: scorer)
          ?? aspectClauses.sentiment(ofSentences: matches[index].sentences, in: tokenized, scorer: scorer)
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

  func withheldTag(_ tagIndex: Int, _ reason: WithheldTag.Reason, _ evidence: [Evidence]) -> WithheldTag {
    WithheldTag(
      tagIndex: tagIndex, code: compiled.codes[tagIndex], label: compiled.labels[tagIndex], reason: reason,
      evidence: evidence)
  }

  /// The tags of `readings` that `run` assigns: without those with fewer distinct mentions than
  /// `minimumEvidence` and, for the most specific tag, the ancestors of others and the fallback tags
  /// beside a topic (`dropFallbacks`). In increasing order (readings come in codebook order), for
  /// `withdrawClaims`: a set cost its allocation and a hash per tag (VADER texts, `code --threads
  /// 1`: 2.7M instructions).
  func assignedTags(_ readings: [TagReading]) -> [Int32] {
    var tags: [Int32] = []
    tags.reserveCapacity(readings.count)
    for reading in readings {
      if options.minimumEvidence > 1
        && Self.distinctSpanCount(Self.sortedUnique(reading.evidence)) < options.minimumEvidence
      {
        continue
      }
      tags.append(Int32(reading.tagIndex))
    }
    if tags.count > 1 && tags.indices.dropFirst().contains(where: { tags[$0 - 1] >= tags[$0] }) {
      tags = Array(Set(tags)).sorted()
    }
    if options.mostSpecific && !options.impliedParents && tags.count > 1 {
      var ancestors: [Int32] = []
      for tag in tags { compiled.forEachAncestor(of: Int(tag)) { ancestors.append(Int32($0)) } }
      if !ancestors.isEmpty {
        ancestors.sort()
        tags.removeAll { Self.sortedContains(ancestors, $0) }
      }
    }
    if options.mostSpecific && tags.count > 1 && !compiled.fallbackTags.isEmpty {
      let assigned = tags
      tags.removeAll { tag in
        isFallback(Int(tag)) && assigned.contains(where: { isTopic(Int($0), besideFallback: Int(tag)) })
      }
    }
    return tags
  }

  /// Whether `sorted` (in increasing order) holds `value`.
  static func sortedContains(_ sorted: [Int32], _ value: Int32) -> Bool {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < sorted.count && sorted[low] == value
  }

  /// A tag whose rules held (and none of whose exclusions did) in one evaluation pass.
  struct TagReading {
    var tagIndex: Int
    var evidence: [Evidence]
    /// The evidence as token spans (for `markClaims`).
    var spans: [TokenSpan]
  }
}
