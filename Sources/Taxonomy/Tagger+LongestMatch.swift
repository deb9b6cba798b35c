/// Longest match: the occurrences a tag claims, the claims withdrawn, and the tags hidden, explained.
extension Tagger {
  /// Longest match, explained: the tags that held with every occurrence visible but not in the
  /// final pass (and were not withheld there for another reason), each with the tags whose claimed
  /// occurrences hid its words: a claimed occurrence of a phrase the tag does not use, claimed by a
  /// tag unrelated to it, around an occurrence of one of its own phrases within its evidence.
  func addHiddenByLongestMatch(
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

  /// Withdraws the claims of every tag not in `assigned`; whether any was withdrawn (then the
  /// tags must be evaluated again). `assigned` is in increasing order (`assignedTags`).
  func withdrawClaims(keeping assigned: [Int32]) -> Bool {
    let before = claims.count
    claims.removeAll { !Self.sortedContains(assigned, $0.tag) }
    guard claims.count != before else { return false }
    for index in claimed.indices { claimed[index] = false }
    for claim in claims { claimed[Int(claim.occurrence)] = true }
    return true
  }

  /// Longest match, step 1: marks as *claimed* every phrase occurrence that a tag of `readings`
  /// (evaluated with every occurrence visible) uses and that lies inside that tag's evidence, and
  /// records each claim (occurrence and tag). Only a claimed occurrence hides the shorter
  /// occurrences inside it, so a longer phrase whose own rule does not hold hides nothing. Returns
  /// whether an occurrence was claimed where one is dominated (otherwise hiding cannot change
  /// anything and the first pass stands).
  func markClaims(_ readings: [TagReading]) -> Bool {
    guard occurrences.contains(where: \.dominated) else { return false }
    var any = false
    for reading in readings {
      let tag = Int32(reading.tagIndex)
      // Occurrences are sorted by first token (regex matches, appended last, never claim): sweep
      // them against the evidence sorted by first token, tracking the furthest evidence end.
      // Usually in order already: then not copied (sorting copied them, an allocation a reading).
      let inOrder = reading.spans.indices.dropFirst().allSatisfy {
        reading.spans[$0 - 1].first <= reading.spans[$0].first
      }
      let spans = inOrder ? reading.spans : reading.spans.sorted { $0.first < $1.first }
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
}
