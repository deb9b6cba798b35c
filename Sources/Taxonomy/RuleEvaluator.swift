import Tokenization

/// A token span `first...last` (inclusive token indices).
struct TokenSpan: Equatable {
  var first: Int32
  var last: Int32
}

/// Evaluates compiled rule nodes on the occurrences of one text. Holds only borrowed buffers (valid
/// during one `Tagger` call), so evaluation neither retains nor copies.
///
/// Scopes are inclusive token ranges; `SENTENCE(…)` narrows the scope to one sentence at a time.
/// `evaluate` returns whether a node holds and appends its evidence spans; when it returns false it
/// leaves `evidence` as it was.
struct RuleEvaluator {
  let nodes: UnsafeMutableBufferPointer<ProgramNode>
  let children: UnsafeMutableBufferPointer<Int32>
  let phraseUserStarts: UnsafeMutableBufferPointer<Int32>
  let phraseUsers: UnsafeMutableBufferPointer<Int32>
  let phraseStamp: UnsafeMutableBufferPointer<UInt32>
  let phraseBegin: UnsafeMutableBufferPointer<Int32>
  let phraseEnd: UnsafeMutableBufferPointer<Int32>
  /// Occurrences by first token, longest first (phrase occurrences, then regex matches).
  let occurrences: UnsafeBufferPointer<PhraseOccurrence>
  /// Occurrence indices grouped by phrase (regex `r` is phrase `phraseCount + r`).
  let byPhrase: UnsafeBufferPointer<Int32>
  /// `wordIndex[i]`: words (non-punctuation tokens) before token i; one extra entry at the end.
  let wordIndex: UnsafeBufferPointer<Int32>
  let sentences: UnsafeBufferPointer<Sentence>
  let metaConditions: [MetaCondition]
  let metadata: [String: String]
  let stamp: UInt32
  let phraseCount: Int32
  let longestMatch: Bool
  /// The tag whose rules are being evaluated (longest match is judged per tag).
  var currentTag: Int32 = 0

  func evaluate(
    _ index: Int32, scope: TokenSpan, depth: Int, evidence: inout [TokenSpan], lists: inout [[TokenSpan]]
  ) -> Bool {
    let node = nodes[Int(index)]
    switch node.kind {
    case .phrase, .phraseAll, .regex, .near, .onear:
      let before = evidence.count
      collectSpans(index, scope: scope, depth: depth, into: &evidence, lists: &lists)
      return evidence.count > before
    case .and:
      let mark = evidence.count
      if evaluate(node.first, scope: scope, depth: depth, evidence: &evidence, lists: &lists)
        && evaluate(node.second, scope: scope, depth: depth, evidence: &evidence, lists: &lists)
      {
        return true
      }
      evidence.removeLast(evidence.count - mark)
      return false
    case .or:
      var matched = false
      for child in Int(node.first)..<Int(node.second)
      where evaluate(children[child], scope: scope, depth: depth, evidence: &evidence, lists: &lists) {
        matched = true
      }
      return matched
    case .not:
      let mark = evidence.count
      let matched = evaluate(node.first, scope: scope, depth: depth, evidence: &evidence, lists: &lists)
      evidence.removeLast(evidence.count - mark)
      return !matched
    case .sentence:
      guard !sentences.isEmpty else {
        return evaluate(node.first, scope: scope, depth: depth, evidence: &evidence, lists: &lists)
      }
      var matched = false
      for sentence in sentences {
        let first = max(Int32(sentence.tokenRange.lowerBound), scope.first)
        let last = min(Int32(sentence.tokenRange.upperBound) - 1, scope.last)
        guard first <= last else { continue }
        let inner = TokenSpan(first: first, last: last)
        if evaluate(node.first, scope: inner, depth: depth, evidence: &evidence, lists: &lists) { matched = true }
      }
      return matched
    case .meta:
      let condition = metaConditions[Int(node.first)]
      let found = metadata[condition.key].map { condition.values.contains($0) } ?? false
      return condition.negated ? !found : found
    }
  }

  /// Appends the spans where a span node (phrase, regex, OR of spans, NEAR) occurs in `scope`.
  func collectSpans(
    _ index: Int32, scope: TokenSpan, depth: Int, into spans: inout [TokenSpan], lists: inout [[TokenSpan]]
  ) {
    let node = nodes[Int(index)]
    switch node.kind {
    case .phrase, .phraseAll, .regex:
      let phrase = Int(node.kind == .regex ? phraseCount + node.first : node.first)
      guard phraseStamp[phrase] == stamp else { return }
      let hideDominated = node.kind == .phrase && longestMatch
      for position in Int(phraseBegin[phrase])..<Int(phraseEnd[phrase]) {
        let occurrence = occurrences[Int(byPhrase[position])]
        if occurrence.first >= scope.first && occurrence.last <= scope.last
          && !(hideDominated && occurrence.dominated && isHidden(occurrence))
        {
          spans.append(TokenSpan(first: occurrence.first, last: occurrence.last))
        }
      }
    case .or:
      for child in Int(node.first)..<Int(node.second) {
        collectSpans(children[child], scope: scope, depth: depth, into: &spans, lists: &lists)
      }
    case .near, .onear:
      while lists.count < 2 * (depth + 1) { lists.append([]) }
      var left: [TokenSpan] = []
      var right: [TokenSpan] = []
      swap(&left, &lists[2 * depth])
      swap(&right, &lists[2 * depth + 1])
      left.removeAll(keepingCapacity: true)
      right.removeAll(keepingCapacity: true)
      collectSpans(node.first, scope: scope, depth: depth + 1, into: &left, lists: &lists)
      if !left.isEmpty { collectSpans(node.second, scope: scope, depth: depth + 1, into: &right, lists: &lists) }
      let distance = node.distance
      let ordered = node.kind == .onear
      for a in left {
        for b in right {
          if a.last < b.first {
            if wordIndex[Int(b.first)] - wordIndex[Int(a.last) + 1] <= distance {
              spans.append(TokenSpan(first: a.first, last: b.last))
            }
          } else if !ordered && b.last < a.first {
            if wordIndex[Int(a.first)] - wordIndex[Int(b.last) + 1] <= distance {
              spans.append(TokenSpan(first: b.first, last: a.last))
            }
          }
        }
      }
      swap(&left, &lists[2 * depth])
      swap(&right, &lists[2 * depth + 1])
    case .and, .not, .sentence, .meta:
      // The parser only lets span expressions reach here.
      break
    }
  }

  /// Whether a dominated occurrence lies inside a longer phrase occurrence of a phrase the current
  /// tag does not use.
  func isHidden(_ occurrence: PhraseOccurrence) -> Bool {
    for other in occurrences {
      if other.first > occurrence.first { break }
      if other.phrase < phraseCount && other.last >= occurrence.last
        && (other.first, other.last) != (occurrence.first, occurrence.last) && !tagUses(other.phrase)
      {
        return true
      }
    }
    return false
  }

  private func tagUses(_ phrase: Int32) -> Bool {
    for index in Int(phraseUserStarts[Int(phrase)])..<Int(phraseUserStarts[Int(phrase) + 1])
    where phraseUsers[index] >= currentTag {
      return phraseUsers[index] == currentTag
    }
    return false
  }
}
