import Tokenization

/// The candidate rules (those whose requirement clauses the occurrences meet), evaluated tag by
/// tag, with their evidence.
extension Tagger {
  /// The rules that can hold given all the occurrences `findOccurrences` found, in flat order
  /// (grouped by tag): those all of whose requirement clauses are met (`RuleRequirements`), or
  /// with `filtersByRequirements` off, those one of whose positive phrases occurred.
  func collectCandidates() {
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
  func meetClauses(of range: Range<Int>) {
    // While loops over plain buffers held in locals: the range iterators were calls of their own
    // (VADER texts, `code --threads 1`: 22.2M → 18.2M instructions).
    let stamp = self.stamp
    let slotStamp = self.slotStamp
    let slotClauseStarts = self.slotClauseStarts
    let slotClauses = self.slotClauses
    let clauseStates = self.clauseStates
    let ruleClauses = self.ruleClauses
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
          // A clause's stamp, rule and kind in one record, a rule's counts in another: the
          // separate tables (three a clause, four a rule) kept more pointers live than there are
          // registers, reloaded at every clause (VADER texts, `code --threads 1`: about 870,000
          // clauses met).
          let state = clauseStates[clause]
          if state.stamp == stamp { continue }
          clauseStates[clause].stamp = stamp
          let rule = Int(state.rule)
          // Wrapping: a count never exceeds the rule's clauses (the overflow checks were two
          // branches at each clause met).
          var counts = ruleClauses[rule]
          if counts.stamp != stamp {
            counts.stamp = stamp
            counts.met = 1
            counts.phraseMet = state.phraseIncrement
          } else {
            counts.met &+= 1
            counts.phraseMet &+= state.phraseIncrement
          }
          ruleClauses[rule] = counts
          if counts.met == counts.count { candidates.append(Int32(rule)) }
        }
      }
    }
  }

  /// Whether some rule that may read regex `regex` can still become a candidate, granting every
  /// regex a match: all its clauses without a regex are met (see `RuleRequirements.regexGates`).
  func mayRead(regex: Int) -> Bool {
    for index in Int(regexGateStarts[regex])..<Int(regexGateStarts[regex + 1]) {
      let rule = Int(regexGates[index])
      let counts = ruleClauses[rule]
      guard counts.count > 0 else { continue }
      let met = counts.stamp == stamp ? counts.phraseMet : 0
      if met == phraseClauseCounts[rule] { return true }
    }
    return false
  }

  /// Evaluates the candidate rules tag by tag, with or without longest-match hiding.
  func evaluateCandidates(
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
    // A reading's spans serve only longest match's claims (`markClaims`, `addHiddenByLongestMatch`),
    // which hide only an occurrence inside another: without one they are never read, and not
    // collected (an array a reading: VADER texts, `code --threads 1`, 6,800 allocations).
    let keepsSpans = occurrences.contains(where: \.dominated)
    let scope = TokenSpan(first: 0, last: Int32(allTokens.count) - 1)
    withEvaluator(sentences: tokenized.sentences, tokens: allTokens, metadata: metadata) { evaluator in
      evaluator.longestMatch = longestMatch
      // The tokens through the evaluator's buffer (`withEvaluator` took it once).
      let tokens = evaluator.tokens
      // Candidates are the triggered rules in flat order: grouped by tag, in codebook order.
      var position = 0
      while position < candidates.count {
        let tag = compiled.ruleTag[Int(candidates[position])]
        let tagIndex = Int(tag)
        evaluator.currentTag = tag
        let tagRules = position
        while position < candidates.count && compiled.ruleTag[Int(candidates[position])] == tag { position += 1 }
        var (found, spans) = heldEvidence(
          ofRules: tagRules..<position, evaluator, scope: scope, tokens: tokens, keepingSpans: keepsSpans,
          scratch: &evidence, lists: &lists)
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
                ofRules: tagRules..<position, masked, scope: scope, tokens: tokens, keepingSpans: keepsSpans,
                scratch: &evidence, lists: &lists)
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
    return readings
  }

  /// The evidence of the candidate rules `candidates[rules]` (one tag's) that hold for
  /// `evaluator`, as evidence and, when `keepingSpans`, as token spans (else none); `evidence` and
  /// `lists` are scratch buffers.
  ///
  /// A method, not a function local to `evaluateCandidates`: the local function captured that
  /// function's `evidence` and `lists`, and being passed as a closure (to `withMasked`) put both in
  /// heap boxes, two allocations and frees per text with a candidate rule (VADER texts, `code
  /// --threads 1`: 10.1M instructions fewer, 0.8%).
  private func heldEvidence(
    ofRules rules: Range<Int>, _ evaluator: RuleEvaluator, scope: TokenSpan, tokens: UnsafeBufferPointer<Token>,
    keepingSpans: Bool, scratch evidence: inout [TokenSpan], lists: inout [[TokenSpan]]
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
      if keepingSpans { spans += evidence }
    }
    return (found, spans)
  }

  private func addCandidate(_ rule: Int32) {
    if ruleClauses[Int(rule)].stamp != stamp {
      ruleClauses[Int(rule)].stamp = stamp
      candidates.append(rule)
    }
  }
}

/// A flat rule's requirement clauses (`RuleRequirements`): how many it has and, in the text whose
/// stamp is `stamp`, how many are met, and how many of those without a regex (`Tagger.mayRead`).
/// The counts are valid only where the stamp is the text's.
struct RuleClauses {
  var stamp: UInt32 = 0
  var met: Int32 = 0
  var phraseMet: Int32 = 0
  let count: Int32

  init(count: Int32) { self.count = count }
}

/// A requirement clause: met in the text whose stamp is `stamp`, the rule it belongs to, and 1
/// when it holds no regex (added to the rule's `phraseMet` when met), else 0.
struct ClauseState {
  var stamp: UInt32 = 0
  let rule: Int32
  let phraseIncrement: Int32

  init(rule: Int32, hasRegex: Bool) {
    self.rule = rule
    phraseIncrement = hasRegex ? 0 : 1
  }
}
