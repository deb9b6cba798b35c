import Tokenization
import VerbatimCore

/// A token span `first...last` (inclusive token indices).
struct TokenSpan: Equatable {
  var first: Int32
  var last: Int32
}

/// Longest match: phrase occurrence `occurrence` lies in the evidence of tag `tag`, which uses the
/// phrase (see `Tagger`). An occurrence may be claimed by several tags.
struct Claim: Equatable {
  var occurrence: Int32
  var tag: Int32
}

/// What the `NOT`s of a rule matched while the rule was evaluated with them set aside
/// (`RuleEvaluator.blockedNots`): how many matched, and their evidence.
struct BlockedNots {
  var count = 0
  var evidence: [TokenSpan] = []
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
  /// Per entry of `children`: the slot of the phrase or regex that child is (regex `r` is slot
  /// `phraseCount + r`), or -1 when it is no atom (`Tagger.childSlots`).
  let childSlots: UnsafeMutableBufferPointer<Int32>
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
  /// `sentenceOfToken[i]`: the ordinal of the sentence token i lies in (all 0 when the text has no
  /// sentence breaks). `NEAR`/`ONEAR` pair occurrences only within one sentence.
  let sentenceOfToken: UnsafeBufferPointer<Int32>
  let sentences: UnsafeBufferPointer<Sentence>
  /// The text's tokens (for `ANSWER(…)`: which of them are content).
  let tokens: UnsafeBufferPointer<Token>
  let metaConditions: UnsafeBufferPointer<MetaCondition>
  /// The record's metadata, borrowed like the buffers: with no reference-counted member the
  /// evaluator is copied without retains (the tagger's calls copied it, retaining two members, at
  /// every rule: 20M instructions on the VADER texts).
  let metadata: UnsafePointer<RuleMetadata>
  let stamp: UInt32
  let phraseCount: Int32
  /// Tokens in the longest phrase: a dominating occurrence starts at most this far back.
  let maxPhraseLength: Int32
  /// `claimed[i]`: occurrence i is evidence of a tag whose rules held with every occurrence visible
  /// and that is still assigned (see `Tagger`); only claimed occurrences hide the shorter ones
  /// inside them.
  let claimed: UnsafeBufferPointer<Bool>
  /// Who claimed each claimed occurrence (a claim never hides a phrase from the claiming tag's own
  /// ancestors or descendants).
  let claims: UnsafeBufferPointer<Claim>
  /// Parent tag index per tag (-1 for none), for `isRelated`.
  let parentIndex: UnsafeBufferPointer<Int32>
  /// Whether longest match hides occurrences (false in the first pass and with `--all-matches`).
  var longestMatch: Bool
  /// The tag whose rules are being evaluated (longest match is judged per tag).
  var currentTag: Int32 = 0
  /// The sentences where an exclusion of the current tag matched: no occurrence that overlaps one
  /// is seen (empty outside `Tagger`'s second look at an excluded tag).
  var masked = UnsafeBufferPointer<TokenSpan>(start: nil, count: 0)
  /// When set (`Tagger.explain` only), every `NOT` holds: what its operand matched is recorded here
  /// instead, so a rule that its own `NOT` kept from holding can be named.
  var blockedNots: UnsafeMutablePointer<BlockedNots>?

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
      let end = Int(node.second)
      var child = presentChild(from: Int(node.first), to: end)
      while child < end {
        if evaluate(children[child], scope: scope, depth: depth, evidence: &evidence, lists: &lists) { matched = true }
        child = presentChild(from: child + 1, to: end)
      }
      return matched
    case .not:
      let mark = evidence.count
      let matched = evaluate(node.first, scope: scope, depth: depth, evidence: &evidence, lists: &lists)
      if let blockedNots {
        if matched {
          blockedNots.pointee.count += 1
          blockedNots.pointee.evidence += evidence[mark...]
        }
        evidence.removeLast(evidence.count - mark)
        return true
      }
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
    case .answer:
      return answers(node.first, depth: depth, evidence: &evidence, lists: &lists)
    case .meta:
      let condition = metaConditions[Int(node.first)]
      let found = metadata.pointee.contains(condition.key, anyOf: condition.values)
      return condition.negated ? !found : found
    }
  }

  /// `ANSWER(e)`: whether the spans of `e` (node `operand`) in the whole text cover every token
  /// of content — every token but punctuation, emoji and emoticons, which set the tone of a bare
  /// verdict and say nothing more ("Very good 😊") — so that the answer is made of nothing but
  /// what `e` names; the spans that cover it are the evidence then.
  ///
  /// The content is walked from the start: each step asks only for the spans that may cover the
  /// next uncovered token, so most answers (whose first words `e` does not name) are ruled out at
  /// the first step, without collecting `e`'s spans in the whole text. A phrase's span is at most
  /// `maxPhraseLength` tokens long; an operand with a regex or a `NEAR` (whose spans may be
  /// longer) collects them all once.
  private func answers(
    _ operand: Int32, depth: Int, evidence: inout [TokenSpan], lists: inout [[TokenSpan]]
  ) -> Bool {
    let count = tokens.count
    /// The first token of content at or after `from`, or `count`.
    func content(from: Int) -> Int {
      var index = from
      while index < count {
        switch tokens[index].kind {
        case .punct, .emoji, .emoticon: index += 1
        default: return index
        }
      }
      return count
    }
    var next = content(from: 0)
    guard next < count else { return false }
    let mark = evidence.count
    let bounded = spansAreBounded(operand)
    var whole: [TokenSpan] = []
    if !bounded {
      collectSpans(
        operand, scope: TokenSpan(first: 0, last: Int32(count - 1)), depth: depth, into: &whole, lists: &lists)
    }
    while next < count {
      // The spans that may cover token `next` (they start at most a phrase's length before it),
      // collected after the evidence so far and dropped again once the furthest is chosen.
      let scratch = evidence.count
      if bounded {
        let reach = Int(maxPhraseLength) - 1
        collectSpans(
          operand,
          scope: TokenSpan(first: Int32(max(0, next - reach)), last: Int32(min(count - 1, next + reach))),
          depth: depth, into: &evidence, lists: &lists)
      } else {
        evidence += whole
      }
      // The covering span that reaches furthest.
      var best: TokenSpan?
      for span in evidence[scratch...] where Int(span.first) <= next && Int(span.last) >= next {
        if best.map({ span.last > $0.last }) ?? true { best = span }
      }
      evidence.removeLast(evidence.count - scratch)
      guard let cover = best else {
        evidence.removeLast(evidence.count - mark)
        return false
      }
      evidence.append(cover)
      next = content(from: Int(cover.last) + 1)
    }
    return true
  }

  /// Whether every span of node `index` is a phrase's occurrence (at most `maxPhraseLength`
  /// tokens): phrases and OR-groups of them, no regex or `NEAR`.
  private func spansAreBounded(_ index: Int32) -> Bool {
    let node = nodes[Int(index)]
    switch node.kind {
    case .phrase, .phraseAll: return true
    case .or: return (Int(node.first)..<Int(node.second)).allSatisfy { spansAreBounded(children[$0]) }
    default: return false
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
      // A phrase's occurrences are in text order: find the first in scope by binary search.
      var low = Int(phraseBegin[phrase])
      var high = Int(phraseEnd[phrase])
      while low < high {
        let middle = (low + high) / 2
        if occurrences[Int(byPhrase[middle])].first < scope.first { low = middle + 1 } else { high = middle }
      }
      for position in low..<Int(phraseEnd[phrase]) {
        let index = Int(byPhrase[position])
        let occurrence = occurrences[index]
        if occurrence.first > scope.last { break }
        if occurrence.last <= scope.last && !(hideDominated && occurrence.dominated && isHidden(at: index))
          && (masked.isEmpty || !isMasked(occurrence))
        {
          spans.append(TokenSpan(first: occurrence.first, last: occurrence.last))
        }
      }
    case .or:
      let end = Int(node.second)
      var child = presentChild(from: Int(node.first), to: end)
      while child < end {
        collectSpans(children[child], scope: scope, depth: depth, into: &spans, lists: &lists)
        child = presentChild(from: child + 1, to: end)
      }
    case .near, .onear:
      while lists.count < 2 * (depth + 1) { lists.append([]) }
      var left: [TokenSpan] = []
      var right: [TokenSpan] = []
      swap(&left, &lists[2 * depth])
      swap(&right, &lists[2 * depth + 1])
      left.removeAllKeepingCapacity()
      right.removeAllKeepingCapacity()
      collectSpans(node.first, scope: scope, depth: depth + 1, into: &left, lists: &lists)
      if !left.isEmpty { collectSpans(node.second, scope: scope, depth: depth + 1, into: &right, lists: &lists) }
      if !right.isEmpty {
        left.sort { $0.first < $1.first }
        right.sort { $0.first < $1.first }
        appendPairs(before: left, after: right, distance: node.distance, into: &spans)
        if node.kind == .near { appendPairs(before: right, after: left, distance: node.distance, into: &spans) }
      }
      swap(&left, &lists[2 * depth])
      swap(&right, &lists[2 * depth + 1])
    case .and, .not, .sentence, .answer, .meta:
      // The parser only lets span expressions reach here.
      break
    }
  }

  /// The first entry of `children` in `entry..<end` that is not a phrase or regex absent from this
  /// text, or `end`. An absent atom holds nowhere and adds no span, so an OR passes over it
  /// without a call (most alternatives of the shipped rules' long ORs do not occur: VADER texts,
  /// `code --threads 1`, 980,000 alternatives passed over). Its slot is read from `childSlots`, not
  /// from its node: loading the node and switching on its kind cost some 8 instructions an
  /// alternative. A loop of its own, over the tables and the stamp held in locals: in the OR's
  /// loop, around the call for each present child, they were reloaded from the evaluator at
  /// every alternative.
  @inline(__always)
  private func presentChild(from entry: Int, to end: Int) -> Int {
    let slots = childSlots
    let stamps = phraseStamp
    let stamp = self.stamp
    var entry = entry
    while entry < end {
      let slot = slots[entry]
      if slot < 0 || stamps[Int(slot)] == stamp { return entry }
      entry &+= 1
    }
    return end
  }

  /// Appends the cover of every pair (x, y) with x before y, not overlapping, at most `distance`
  /// words strictly between them, and both in one sentence (a proximity that runs across a
  /// sentence break — "Delivery was fine. Late night opening…" — is no relation between the
  /// words). Both lists are sorted by first token; the words between and the sentence grow with
  /// y's start, so each x scans only the y that can still be near.
  private func appendPairs(
    before: [TokenSpan], after: [TokenSpan], distance: Int32, into spans: inout [TokenSpan]
  ) {
    for x in before {
      var low = 0
      var high = after.count
      while low < high {
        let middle = (low + high) / 2
        if after[middle].first <= x.last { low = middle + 1 } else { high = middle }
      }
      let wordsBefore = wordIndex[Int(x.last) + 1]
      let sentence = sentenceOfToken[Int(x.first)]
      // A regex match may run across a sentence break: such an x is near nothing.
      guard sentenceOfToken[Int(x.last)] == sentence else { continue }
      for y in after[low...] {
        if wordIndex[Int(y.first)] - wordsBefore > distance || sentenceOfToken[Int(y.first)] != sentence { break }
        if sentenceOfToken[Int(y.last)] != sentence { continue }
        spans.append(TokenSpan(first: x.first, last: y.last))
      }
    }
  }

  /// What a tag's exclusions do to a text (QA review 41): the first that matched (its index among
  /// the roots given and its evidence), and either the sentences where they matched, which the
  /// tag's rules no longer see, or — when one matched no words (a `meta.` condition, a `NOT`) —
  /// the whole text.
  struct ExclusionMatch {
    var first: Int
    var evidence: [TokenSpan]
    var wholeText: Bool
    var sentences: [TokenSpan]
  }

  /// The exclusions `roots` evaluated in `scope`, nil when none matches (`ExclusionMatch`).
  func matchExclusions(
    _ roots: ArraySlice<Int32>, scope: TokenSpan, evidence: inout [TokenSpan], lists: inout [[TokenSpan]]
  ) -> ExclusionMatch? {
    var match: ExclusionMatch?
    for (offset, root) in roots.enumerated() {
      evidence.removeAllKeepingCapacity()
      guard evaluate(root, scope: scope, depth: 0, evidence: &evidence, lists: &lists) else { continue }
      if evidence.isEmpty {
        return ExclusionMatch(first: offset, evidence: [], wholeText: true, sentences: [])
      }
      if match == nil { match = ExclusionMatch(first: offset, evidence: evidence, wholeText: false, sentences: []) }
      match!.sentences += evidence.map { sentences(of: $0, scope: scope) }
    }
    return match
  }

  /// `body`'s result with the occurrences in `sentences` hidden (`masked`) while it runs.
  mutating func withMasked<Result>(_ sentences: [TokenSpan], _ body: (RuleEvaluator) -> Result) -> Result {
    sentences.withUnsafeBufferPointer { spans in
      masked = spans
      defer { masked = UnsafeBufferPointer(start: nil, count: 0) }
      return body(self)
    }
  }

  /// The sentences `span` lies in, from the first token of the first to the last token of the
  /// last; `scope` (the whole text) when the text has no sentence breaks.
  private func sentences(of span: TokenSpan, scope: TokenSpan) -> TokenSpan {
    guard !sentences.isEmpty else { return scope }
    let first = sentences[Int(sentenceOfToken[Int(span.first)])].tokenRange
    let last = sentences[Int(sentenceOfToken[Int(span.last)])].tokenRange
    return TokenSpan(first: Int32(first.lowerBound), last: Int32(last.upperBound) - 1)
  }

  /// Whether `occurrence` overlaps a span of `masked`.
  private func isMasked(_ occurrence: PhraseOccurrence) -> Bool {
    masked.contains { $0.first <= occurrence.last && occurrence.first <= $0.last }
  }

  /// Whether the dominated occurrence at `index` lies inside a longer, claimed occurrence of a
  /// phrase the current tag does not use, claimed by a tag other than the current one, its
  /// ancestors and its descendants (a parent's phrase never hides its own child's words: the most
  /// specific tag wins). Dominating occurrences sort before it and start at most `maxPhraseLength`
  /// tokens earlier.
  func isHidden(at index: Int) -> Bool {
    let occurrence = occurrences[index]
    var position = index - 1
    while position >= 0 {
      let other = occurrences[position]
      if other.first < occurrence.last - maxPhraseLength { break }
      if other.phrase < phraseCount && claimed[position] && other.last >= occurrence.last
        && (other.first, other.last) != (occurrence.first, occurrence.last) && !tagUses(other.phrase)
        && isClaimedByUnrelatedTag(position)
      {
        return true
      }
      position -= 1
    }
    return false
  }

  /// Whether a tag that is neither the current tag nor one of its ancestors or descendants claimed
  /// occurrence `position`.
  private func isClaimedByUnrelatedTag(_ position: Int) -> Bool {
    claims.contains { $0.occurrence == Int32(position) && !isRelated($0.tag, currentTag) }
  }

  /// Whether tags `first` and `second` are one tag, or one is an ancestor of the other (at most as
  /// many steps up as there are tags, so a parent cycle of a lenient compile cannot loop).
  func isRelated(_ first: Int32, _ second: Int32) -> Bool {
    func isAncestor(_ ancestor: Int32, of tag: Int32) -> Bool {
      var current = parentIndex[Int(tag)]
      var steps = 0
      while current >= 0 && steps < parentIndex.count {
        if current == ancestor { return true }
        current = parentIndex[Int(current)]
        steps += 1
      }
      return false
    }
    return first == second || isAncestor(first, of: second) || isAncestor(second, of: first)
  }

  private func tagUses(_ phrase: Int32) -> Bool {
    for index in Int(phraseUserStarts[Int(phrase)])..<Int(phraseUserStarts[Int(phrase) + 1])
    where phraseUsers[index] >= currentTag {
      return phraseUsers[index] == currentTag
    }
    return false
  }
}
