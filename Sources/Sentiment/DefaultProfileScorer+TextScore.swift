import Tokenization

/// The default profile's pass over a text: its sentences (or clauses) scored one by one, then the
/// text-level rules, summed into a `SentimentScore`.
extension DefaultProfileScorer {
  /// `score` after `mapTokens(text)`; `facts` are `textHasLowercase(text)`, `mayHoldQuotes(text)`,
  /// `deniesPraise(text, …)` and `holdsEmphasisMarks(text)` when the caller has them.
  mutating func scoreMapped(
    _ text: TokenizedText, sentences selection: [Int]?, clauses: [Range<Int>]?, explain: Bool,
    facts: (hasLowercase: Bool, mayHoldQuotes: Bool, deniesPraise: Bool, holdsEmphasisMarks: Bool)? = nil
  ) -> (SentimentScore, SentimentExplanation?) {
    // Found at the first term in capitals (`textHasLowercase(_:known:)`): most texts have none.
    var hasLowercase = facts?.hasLowercase
    let mayHoldQuotes = facts?.mayHoldQuotes ?? Self.mayHoldQuotes(text, marks: textMarks)
    // Most texts have no obligation modal: their sentences skip `markUnmetObligations`.
    let mayHoldObligation = textTriggers.contains(.obligationModals)
    // Most texts have no currency sign: their sentences skip `markPriceQuote`.
    let mayQuotePrice = textMayHoldCurrencySign
    // The rules below whose trigger words the text lacks are not called for its sentences (each
    // returns at once then: it tests the same words first; a call cost some 25 instructions).
    let mayRepeatAction = textWordLists.contains(.keepForms)
    let mayWaitLong = textWordLists.contains(.longDurations)
    let mayStateWait = textTriggers.contains(.waitWords)
    let mayCount = !textTriggers.isDisjoint(with: Self.countTriggers)
    let mayExceed = textTriggers.contains(.too)
    // Two tests each, not `isSuperset(of:)` an option-set literal: that may build an array per text.
    let mayPromptlyOutcome = textTriggers.contains(.promptOpeners) && textTriggers.contains(.shortDurations)
    let maySubstitute = textTriggers.contains(.orderVerbs) && textTriggers.contains(.receiveVerbs)
    let mayBeCounterfactual =
      textWordLists.contains(.counterfactualModals) || textWordLists.contains(.counterfactualPerfects)
    // A whole text's sentences (the usual call) are read from `text.sentences`; clauses, a
    // selection or a text without sentences go through the range scratch.
    let wholeText = clauses == nil && selection == nil && !text.sentences.isEmpty
    var ranges: [Range<Int>] = []
    if !wholeText { ranges = takeRanges() }
    defer { if !wholeText { sentenceRanges = ranges } }
    if let clauses {
      // Token ranges scored as sentences of their own (aspect-level sentiment of a tag's clauses).
      for clause in clauses where clause.lowerBound >= 0 && clause.upperBound <= text.tokens.count {
        ranges.append(clause)
      }
    } else if text.sentences.isEmpty {
      ranges.append(0..<text.tokens.count)
    } else if let selection {
      for index in selection where text.sentences.indices.contains(index) {
        ranges.append(text.sentences[index].tokenRange)
      }
    }
    let rangeCount = wholeText ? text.sentences.count : ranges.count
    /// The token range of the scored sentence at `position`.
    func sentenceRange(_ position: Int) -> Range<Int> {
      wholeText ? text.sentences[position].tokenRange : ranges[position]
    }
    ironySeen = false
    praiseDenied = facts?.deniesPraise ?? Self.deniesPraise(text, triggers: textTriggers, lists: textWordLists)
    var explanation = explain ? SentimentExplanation() : nil
    var total = 0.0
    var positiveSum = 0.0
    var negativeSum = 0.0
    var neutralCount = 0.0
    var totalEmphasis = 0.0
    var previousSentence:
      (
        sum: Double, firstContribution: Int, reportsFix: Bool, lowest: Double, praise: (value: Double, count: Int)?,
        positive: Double, negative: Double
      )?
    // Rule 18: unmodified lukewarm terms seen, and whether any other term has a value.
    var lukewarmTerms = 0
    var politeThanks = 0
    // Rule 26: a question before this token makes the courtesy terms a request's (a thanks after the
    // question; a greeting or "kindly" anywhere).
    var courtesyQuestionLimit = 0
    var otherOpinion = false
    // Rule 20: a balance statement seen, and terms of each sign after the rules.
    var statesBalance = false
    var positiveTerms = false
    var negativeTerms = false
    // Whether the text holds a "!" or "?" (`TextMarks.emphasis`).
    let holdsEmphasisMarks = facts?.holdsEmphasisMarks ?? Self.mayHoldEmphasis(text, marks: textMarks)
    // Whether the text may hold a bare thanks (`isBareThanks`): a thanks word, "cheers" or "ta".
    // Most texts hold none, and their praise is not asked about it.
    let mayThank = textWordLists.contains(.thanks) || textTriggers.contains(.cheers)
    // Rules 21 and 22: laughter and loud crying seen.
    var laughter = CancellableTerms()
    var tears = CancellableTerms()
    for position in 0..<rangeCount {
      let range = sentenceRange(position)
      let firstContribution = explanation?.contributions.count ?? 0
      buildUnits(text, range: range)
      if mayRepeatAction { markRepeatedActions(text) }
      if mayWaitLong { markLongWaits(text) }
      if mayStateWait { markTimedWaits(text) }
      // "Ordered on the 3rd, it's now the 20th": the days are written in digits (rule 42).
      if textMarks.contains(.digit) { markElapsedDates(text) }
      if mayCount { markCounts(text, range: range) }
      if mayExceed { markPlainExcess(text) }
      if mayPromptlyOutcome { markPromptOutcomes(text) }
      // Rule 10 turns a "why" into a complaint: a text without one skips the call.
      if textTriggers.contains(.why) { markComplaintQuestion(text) }
      if mayHoldObligation { markUnmetObligations(text) }
      if mayBeCounterfactual {
        markUnmetConditions(text)
        markCounterfactualPresuppositions(text)
        if textWordLists.contains(.conditions) { markConditionalPraise(text) }
      } else {
        // What `markCounterfactualPresuppositions` sets before it finds no counterfactual modal.
        avertedConsequent = nil
      }
      if maySubstitute { markSubstitutions(text) }
      if mayQuotePrice { markPriceQuote(text, range: range) }
      if position > 0, range.count <= Self.denialTokens, let previous = previousSentence {
        markBrokenPromise(text, previous: sentenceRange(position - 1), previousLowest: previous.lowest)
      } else if hasNegatorUnit && textTriggers.contains(.praiseDenials) {
        // A word of a reported promise is in the text (its trigger).
        markBrokenPromiseInSentence(text)
      }
      previousSentenceScored = previousSentence.map { $0.sum != 0 } ?? false
      scoreUnits(text, hasLowercase: &hasLowercase, mayHoldQuotes: mayHoldQuotes, explain: explain)
      // Rule 48: "Great service... not", "Great service. NOT!" (a text without "not" skips it).
      if textTriggers.contains(.not),
        let limit = closingNotLimit(
          text, range: range, next: position + 1 < rangeCount ? sentenceRange(position + 1) : nil)
      {
        applyClosingNot(before: limit, explain: explain)
      }
      // "The box was damaged. Thanks for asking anyway.": politeness after a complaint (rule 23); a
      // doubt the writer overcame ("I was skeptical but …", half weight) is no complaint (QA review 42).
      if position > 0 && total <= parameters.lonePraiseAfterComplaint {
        applyThanksAfterComplaint(text, explain: explain)
      }
      if textWordLists.contains(.fixVerbs) { applyFixNotDone(text, range: range, explain: explain) }
      if textTriggers.contains(.helpWord) { applyRequestedHelp(text, range: range, explain: explain) }
      if let previous = previousSentence {
        applyPraiseAfterComplaint(
          text, previousSum: previous.sum, previousReportsFix: previous.reportsFix, explain: explain)
        applyQuestionedPraise(
          text, range: range, previous: sentenceRange(position - 1), previousSum: previous.sum, explain: explain)
      }
      // "But the service…" at the start, or "…, however." at the end, turns against the previous sentence.
      let sentenceConnective: Int32? = units.first?.kind == .contrast ? units[0].entry : trailingConnective
      // A closing "though" concedes its own sentence instead (`applyTrailingThough`).
      if let sentenceConnective, let previous = previousSentence, previous.sum != 0,
        tables.contrastEntries[Int(sentenceConnective)].side == .after
      {
        // "Good food. But the service…": the previous sentence is demoted.
        let adjustment = previous.sum * (parameters.contrastWeakWeight - 1)
        total += adjustment
        // The proportions count the demoted terms as the explanation shows them (QA review 40: "The
        // food was good. But …" counted "good" whole in pos, weighted in the compound).
        positiveSum += previous.positive * (parameters.contrastWeakWeight - 1)
        negativeSum += previous.negative * (parameters.contrastWeakWeight - 1)
        laughter.scale(sentence: position - 1, by: parameters.contrastWeakWeight)
        tears.scale(sentence: position - 1, by: parameters.contrastWeakWeight)
        if explanation != nil {
          let connective = tables.contrastEntries[Int(sentenceConnective)].term
          for index in previous.firstContribution..<firstContribution {
            explanation!.contributions[index].contribution *= parameters.contrastWeakWeight
            explanation!.contributions[index].rules.append(
              .clauseWeight(connective: connective, weight: parameters.contrastWeakWeight))
          }
        }
      }
      // "Not great, not terrible": an answer of one sentence that gives neither verdict (rule 20).
      if rangeCount == 1, textWordLists.contains(.not) || hasNegatorUnit, deniesBothVerdicts(text) {
        statesBalance = true
      }
      var sum = 0.0
      // This sentence's positive and negative term values, for a demotion by the next sentence.
      var sentencePositive = 0.0
      var sentenceNegative = 0.0
      // Read through a buffer: the loop neither reads the array's count again nor copies each
      // whole unit at every step.
      units.withUnsafeBufferPointer { units in
        for index in units.indices {
          // The kind and value only: a whole unit (48 bytes) is copied for a valence term alone.
          sum += units[index].value
          switch units[index].kind {
          case .valence:
            let unit = units[index]
            // `isBareThanks` of the unit, once asked: both tests below ask it of most praise.
            var bareThanks: Bool?
            if unit.value > 0 {
              positiveSum += unit.value + 1
              sentencePositive += unit.value
              if tables.tags(ofEntry: unit.entry).contains(.isLaughter) {
                laughter.add(unit.value, sentence: position, contribution: explanation?.contributions.count)
              } else {
                let bare = mayThank && isBareThanks(text, unit)
                bareThanks = bare
                // A bare thanks closing the answer is politeness, not the praise a balance weighs.
                if !bare { positiveTerms = true }
              }
            } else if unit.value < 0 {
              negativeSum += -unit.value + 1
              sentenceNegative -= unit.value
              if tables.tags(ofEntry: unit.entry).contains(.isTears) {
                tears.add(unit.value, sentence: position, contribution: explanation?.contributions.count)
              } else {
                negativeTerms = true
              }
            } else {
              neutralCount += 1
            }
            if unit.value != 0 {
              // Thanks closing a lukewarm answer is politeness, not praise ("fine thanks", "ok,
              // cheers"; review r28).
              if isUnmodifiedLukewarm(unit) {
                lukewarmTerms += 1
              } else if bareThanks ?? (mayThank && isBareThanks(text, unit)) {
                politeThanks += 1
                courtesyQuestionLimit = max(courtesyQuestionLimit, unit.start)
              } else if textTriggers.contains(.requestCourtesies) && isRequestCourtesy(text, unit) {
                politeThanks += 1
                courtesyQuestionLimit = text.tokens.count
              } else {
                otherOpinion = true
              }
            }
            if explanation != nil { explanation!.contributions.append(contribution(text, unit, rules[index])) }
          case .neutral:
            neutralCount += 1
            // A phrase scored 0 that covers words of its own ("would be nice") is named, so the
            // explanation says why those words count nothing.
            if explanation != nil, let frame = neutralFrame(text, units[index]) {
              explanation!.contributions.append(frame)
            }
            // "it never evened out" denies the balance.
            if units[index].entry == Self.balanceFrameEntry && (index == 0 || units[index - 1].kind != .negator) {
              statesBalance = true
            }
          case .negator, .intensifier, .contrast:
            neutralCount += 1
          case .boundary:
            break
          }
        }
      }
      // Rule 36: "Great. Another delay.": a lone praise sentence before a plain complaint is ironic.
      if let previous = previousSentence, let praise = previous.praise,
        complaintMakesPraiseIronic(text)
      {
        let factor = parameters.ironicPraiseScalar
        total += previous.sum * (factor - 1)
        laughter.scale(sentence: position - 1, by: factor)
        tears.scale(sentence: position - 1, by: factor)
        positiveSum -= praise.value + Double(praise.count)
        negativeSum += -praise.value * factor + Double(praise.count)
        ironySeen = true
        if explanation != nil {
          for index in previous.firstContribution..<firstContribution {
            explanation!.contributions[index].contribution *= factor
            explanation!.contributions[index].rules.append(.ironicPraise(factor: factor))
          }
        }
      }
      // "!"/"?" only push a sentence that already leans one way: counted only then, and only in a
      // text that holds one.
      let (exclamations, questions) = sum != 0 && holdsEmphasisMarks ? countEmphasis(text) : (0, 0)
      let emphasis = parameters.punctuationEmphasis(exclamations: exclamations, questions: questions)
      if sum != 0 && emphasis > 0 {
        let signed = sum > 0 ? emphasis : -emphasis
        sum += signed
        totalEmphasis += emphasis
        if explanation != nil {
          explanation!.contributions.append(
            SentimentContribution(
              text: String(repeating: "!", count: exclamations) + String(repeating: "?", count: questions),
              term: exclamations > 0 ? "!" : "?", start: nil, end: nil, lexiconValence: 0,
              origin: "punctuation",
              rules: [.punctuationEmphasis(exclamations: exclamations, questions: questions)], contribution: signed))
        }
      }
      total += sum
      let reportsFix = textWordLists.contains(.fixVerbs) && range.contains { tokenWordLists[$0].contains(.fixVerbs) }
      // The strongest complaint term, for rule 35 (a denial after harm foretold is relief); only
      // read before a sentence short enough to be a denial.
      var lowest = 0.0
      if position + 1 < rangeCount,
        sentenceRange(position + 1).count <= Self.denialTokens
      {
        for unit in units where unit.value < lowest { lowest = unit.value }
      }
      let praise = sum > 0 && position + 1 < rangeCount ? lonePraiseSentence(text) : nil
      previousSentence = (sum, firstContribution, reportsFix, lowest, praise, sentencePositive, sentenceNegative)
    }
    // An answer with no opinion either way: only lukewarm terms ("ok i guess", "Average
    // experience"; rule 18), or only courtesy around a question or request ("How do I reset my
    // password? thank u", "kindly share the invoice"; rule 26).
    let scoredRanges = wholeText ? nil : ranges
    let neutralAnswer: SentimentRule? =
      if otherOpinion {
        nil
      } else if lukewarmTerms > 0 {
        totalEmphasis == 0 && isShortAnswer(text, ranges: scoredRanges, count: rangeCount) ? .lukewarmAnswer : nil
      } else if politeThanks > 0,
        asksOrRequests(text, ranges: scoredRanges, count: rangeCount, questionBefore: courtesyQuestionLimit)
      {
        .politeRequest
      } else {
        nil
      }
    if let neutralAnswer {
      total = 0
      positiveSum = 0
      negativeSum = 0
      neutralCount += Double(lukewarmTerms + politeThanks)
      explanation?.cancelAll(by: neutralAnswer)
    }
    if tears.sum < 0 {
      if (positiveTerms || laughter.sum > 0) && !negativeTerms {
        // "the new menu is so good 😭", "😂😭": the crying says how strongly (rule 22).
        tears.cancel(
          total: &total, side: &negativeSum, neutralCount: &neutralCount, explanation: &explanation, by: .tearsOfJoy)
      } else {
        negativeTerms = true
      }
    }
    if laughter.sum > 0 && negativeTerms {
      // "the food was cold lol": laughter marks the complaint's tone (rule 21).
      laughter.cancel(
        total: &total, side: &positiveSum, neutralCount: &neutralCount, explanation: &explanation,
        by: .laughterAtAComplaint)
    }
    if statesBalance && positiveTerms && negativeTerms && total != 0 {
      // "Lovely sofa but the delivery was a nightmare, so it evens out": neither way (rule 20).
      // The proportions keep both sides; the compound is 0.
      total = 0
      explanation?.cancelAll(by: .balancedAnswer)
    }
    if positiveSum > negativeSum {
      positiveSum += totalEmphasis
    } else if negativeSum > positiveSum {
      negativeSum += totalEmphasis
    }
    let compound = total == 0 ? 0 : parameters.normalize(total)
    let all = positiveSum + negativeSum + neutralCount
    let score = SentimentScore(
      label: thresholds.label(for: compound), compound: compound, pos: all > 0 ? positiveSum / all : 0,
      neu: all > 0 ? neutralCount / all : 0, neg: all > 0 ? negativeSum / all : 0)
    return (score, explanation)
  }

  /// The sentence-range scratch, emptied, moved out of `self` (no allocation per text).
  private mutating func takeRanges() -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    swap(&ranges, &sentenceRanges)
    ranges.removeAll(keepingCapacity: true)
    return ranges
  }
}
