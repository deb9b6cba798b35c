/// The tag hierarchy applied to the matches: ancestors of an assigned tag left out (most specific)
/// or implied parents added.
extension Tagger {
  /// Leaves out each tag one of whose descendants was assigned too (`TaggingOptions.mostSpecific`).
  /// When `explaining`, each tag left out goes to `withheld` with those descendants.
  func dropSubsumedAncestors(_ matches: inout [TagMatch], explaining: Bool, withheld: inout [WithheldTag]) {
    // Usually no match is another's ancestor: found without the dictionary below (its hashing and
    // arrays of codes cost some 3,700 instructions a text with two tags or more on the VADER texts).
    var anyAncestor = false
    for match in matches where !anyAncestor {
      compiled.forEachAncestor(of: match.tagIndex) { ancestor in
        if !anyAncestor && matches.contains(where: { $0.tagIndex == ancestor }) { anyAncestor = true }
      }
    }
    guard anyAncestor else { return }
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

  /// Leaves out each fallback tag (`CodebookTag.fallback`) beside which a tag is assigned that is
  /// neither a fallback nor the fallback's ancestor (`TaggingOptions.mostSpecific`). When
  /// `explaining`, each goes to `withheld` with those tags.
  func dropFallbacks(_ matches: inout [TagMatch], explaining: Bool, withheld: inout [WithheldTag]) {
    guard matches.contains(where: { isFallback($0.tagIndex) }) else { return }
    let assigned = matches
    matches.removeAll { match in
      guard isFallback(match.tagIndex) else { return false }
      let topics = assigned.filter { isTopic($0.tagIndex, besideFallback: match.tagIndex) }
      guard !topics.isEmpty else { return false }
      if explaining {
        withheld.append(withheldTag(match.tagIndex, .fallback(by: topics.map(\.code)), match.evidence))
      }
      return true
    }
  }

  /// Whether the tag at `tag` is a fallback (`CodebookTag.fallback`).
  func isFallback(_ tag: Int) -> Bool { Self.sortedContains(compiled.fallbackTags, Int32(tag)) }

  /// Whether tag `tag`, assigned, leaves out the fallback tag `fallback`: it is no fallback itself
  /// and not `fallback`'s ancestor (a parent is left out for its child, not the other way round).
  func isTopic(_ tag: Int, besideFallback fallback: Int) -> Bool {
    !isFallback(tag) && !compiled.isInSubtree(fallback, of: tag)
  }

  func addImpliedParents(_ matches: inout [TagMatch]) {
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
}
