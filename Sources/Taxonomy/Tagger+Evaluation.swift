/// Evaluation of compiled rules on the occurrences `prepare` indexed.
///
/// Scopes are inclusive token ranges; `SENTENCE(…)` narrows the scope to one sentence at a time.
/// `evaluate` returns whether the expression holds and appends its evidence spans; when it returns
/// false it leaves `evidence` as it was.
extension Tagger {
  func evaluate(_ program: RuleProgram, scope: TokenSpan, depth: Int, evidence: inout [TokenSpan]) -> Bool {
    switch program {
    case .phrase, .regex, .near:
      let before = evidence.count
      collectSpans(program, scope: scope, depth: depth, into: &evidence)
      return evidence.count > before
    case .and(let left, let right):
      let mark = evidence.count
      if evaluate(left, scope: scope, depth: depth, evidence: &evidence)
        && evaluate(right, scope: scope, depth: depth, evidence: &evidence)
      {
        return true
      }
      evidence.removeLast(evidence.count - mark)
      return false
    case .or(let alternatives):
      var matched = false
      for alternative in alternatives where evaluate(alternative, scope: scope, depth: depth, evidence: &evidence) {
        matched = true
      }
      return matched
    case .not(let operand):
      let mark = evidence.count
      let matched = evaluate(operand, scope: scope, depth: depth, evidence: &evidence)
      evidence.removeLast(evidence.count - mark)
      return !matched
    case .sentence(let operand):
      let sentences = text.sentences
      guard !sentences.isEmpty else { return evaluate(operand, scope: scope, depth: depth, evidence: &evidence) }
      var matched = false
      for sentence in sentences {
        let first = max(Int32(sentence.tokenRange.lowerBound), scope.first)
        let last = min(Int32(sentence.tokenRange.upperBound) - 1, scope.last)
        guard first <= last else { continue }
        if evaluate(operand, scope: TokenSpan(first: first, last: last), depth: depth, evidence: &evidence) {
          matched = true
        }
      }
      return matched
    case .meta(let key, let values, let negated):
      let found = metadata[key].map { values.contains($0) } ?? false
      return negated ? !found : found
    }
  }

  /// Whether a dominated occurrence lies inside a longer occurrence of a phrase the current tag
  /// does not use.
  func isHidden(_ occurrence: PhraseOccurrence) -> Bool {
    guard options.longestMatch else { return false }
    for other in occurrences {
      if other.first > occurrence.first { break }
      if other.last >= occurrence.last && (other.first, other.last) != (occurrence.first, occurrence.last)
        && !compiled.tag(currentTag, uses: other.phrase)
      {
        return true
      }
    }
    return false
  }

  /// Appends the spans where a span expression (phrase, regex, OR of spans, NEAR) occurs in `scope`.
  func collectSpans(_ program: RuleProgram, scope: TokenSpan, depth: Int, into spans: inout [TokenSpan]) {
    switch program {
    case .phrase(let id, let longest):
      let phrase = Int(id)
      guard phraseStamp[phrase] == stamp else { return }
      for index in Int(phraseBegin[phrase])..<Int(phraseEnd[phrase]) {
        let occurrence = occurrences[Int(byPhrase[index])]
        if occurrence.first >= scope.first && occurrence.last <= scope.last
          && !(longest && occurrence.dominated && isHidden(occurrence))
        {
          spans.append(TokenSpan(first: occurrence.first, last: occurrence.last))
        }
      }
    case .regex(let id):
      for span in regexSpans[Int(id)] where span.first >= scope.first && span.last <= scope.last {
        spans.append(span)
      }
    case .or(let alternatives):
      for alternative in alternatives { collectSpans(alternative, scope: scope, depth: depth, into: &spans) }
    case .near(let leftProgram, let rightProgram, let distance, let ordered):
      while spanLists.count < 2 * (depth + 1) { spanLists.append([]) }
      var left: [TokenSpan] = []
      var right: [TokenSpan] = []
      swap(&left, &spanLists[2 * depth])
      swap(&right, &spanLists[2 * depth + 1])
      left.removeAll(keepingCapacity: true)
      right.removeAll(keepingCapacity: true)
      collectSpans(leftProgram, scope: scope, depth: depth + 1, into: &left)
      if !left.isEmpty { collectSpans(rightProgram, scope: scope, depth: depth + 1, into: &right) }
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
      swap(&left, &spanLists[2 * depth])
      swap(&right, &spanLists[2 * depth + 1])
    case .and, .not, .sentence, .meta:
      // The parser only lets span expressions reach here.
      break
    }
  }
}
