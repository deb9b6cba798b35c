import Tokenization

/// The valence of one term unit (step 2 of the default profile): capitals, lengthening,
/// intensifiers and negation within reach, and the test that lets most terms skip that search.
extension DefaultProfileScorer {
  /// The valence of the term unit at `position`, and whether a negation flipped it (the caller
  /// sets the unit's `isNegated`). Not `mutating`: a mutating method copies the whole scorer (some
  /// 150 bytes) each time it calls a non-mutating helper, and this one calls about ten per term.
  func valence(
    of position: Int, _ text: TokenizedText, hasLowercase: inout Bool?, rules: inout [SentimentRule], explain: Bool
  ) -> (value: Double, negated: Bool) {
    let unit = units[position]
    // A rule's own unit has a negative entry (`ruleEntry`); a lexicon term is not looked for there.
    if unit.entry < 0, let rule = ruleEntry(text, unit) { return (rule.valence, false) }
    var value = tables.valence(ofEntry: unit.entry)
    guard value != 0 else { return (0, false) }
    if value < 0, unit.length == 2, let count = visitCount(text, unit) {
      // "my third time staying here": a count of visits, not a repeat (rule 43).
      if explain { rules.append(.visitCounted(count: count)) }
      return (0, false)
    }
    if value > 0, first(unit, isIn: .thanks), isFillerThanks(text, unit) {
      // "Nothing else, thanks", "no thank you", "n/a thanks": no opinion (rule 16).
      if explain { rules.append(.politeFormula) }
      return (0, false)
    }
    // `isCannotEnoughPhrase` is false for a one-token unit (its first test): most terms skip the call.
    if unit.length >= 2 && isCannotEnoughPhrase(text, at: position) {
      value = -value
      if explain { rules.append(.negated(by: "enough", distance: 0, factor: -1)) }
    }
    // "Would definitely stay again" / "Would never stay here again" (rule 5): the rule's value
    // replaces the lexicon's, and "AGAIN" in capitals or "againnn" add to it as to any valence
    // (QA review 36, F16: they were explained and then dropped).
    var intent: Double?
    if unit.length == 1 ? tokenWordLists[unit.start].contains(.again) : isRepeatedAgain(text, unit),
      let (value, reason) = returnIntent(text, at: position)
    {
      if explain { rules.append(.returnIntent(reason: reason, value: value)) }
      intent = value
    }
    if let intent { value = intent }
    var sign: Double = value > 0 ? 1 : -1
    // A lukewarm term gets no emphasis from capitals: "OK" is how the word is usually spelt, and a
    // FINE in capitals is no praise either (rule 18 keeps such an answer neutral; QA review 36, F05).
    if isAllCaps(text, unit) && textHasLowercase(text, known: &hasLowercase)
      && !tables.tags(ofEntry: unit.entry).contains(.isLukewarm)
    {
      value += sign * parameters.capsIncrement
      if explain { rules.append(.capitalised(amount: parameters.capsIncrement)) }
    }
    if !lengthenedWords.isEmpty && isElongated(unit) {
      value += sign * parameters.elongationIncrement
      if explain { rules.append(.lengthened(amount: parameters.elongationIncrement)) }
    }
    if intent != nil { return (value, false) }
    if isPlainTerm(position, unit) {
      // As the search below ends for such a term: no negation, no boost, nothing averted.
      if tables.countsOnlyNegated(entry: unit.entry) {
        if let event = lateEvent(text, after: unit) {
          if explain { rules.append(.lateOutcome(after: event)) }
          return (value, false)
        }
        if explain { rules.append(.expectedOutcome(happened: true)) }
        return (0, false)
      }
      return finishValence(value, negated: false, unnegated: true, of: position, text, rules: &rules, explain: explain)
    }
    var negations = 0
    var negators: [(String, Int)] = []
    var valenceBetween = false
    var nearestNegator: Int?
    // Whether a valence term stands between the nearest negator and the term (rule 25 reads it):
    // a term before the negator ("Refund not processed") is not between them (QA review 36, F01).
    var valenceBeforeNearest = false
    // Words between a negator and the term that leave it in the negator's reach: intensifiers and
    // `negationGapAdverbs` ("No agent was very helpful", "nobody here is ever helpful"; QA review
    // 36, F02). They do not count toward the negation distance.
    var gapWords = 0
    // Set once the way back crosses into another clause (`opensClause`), or when the term opens
    // with a subject ("I like"): gap words then count as words again.
    var gapsCrossClause = first(unit, isIn: .clauseOpeners)
    var crossedClause = false
    var crossedConjunction = false
    var coordinated = false
    // Rule 6: "would have been nice", "could've been more helpful" (the unit of "have").
    var counterfactual: Int?
    var negatorInitialBetween = false
    // "No doubt the best": a negator that flipped an earlier term of the other polarity ("doubt")
    // is spent there and does not reach past it. Terms of one polarity share it ("won't win any
    // honors", "no great love"), and so do terms coordinated by "or"/"nor" (handled below).
    var negatorSpent = false
    // A term that opens with its own negator ("no apology", "couldn't get through") carries its
    // negation already: an earlier negator's scope ends there ("no food no water no apology").
    let negatorInitial = unit.length > 1 && startsWithNegator(unit)
    // "didn't make us feel welcome": the causative frame "make + object + feel" right before the
    // term does not count toward a modifier's distance (review r13a).
    let frameStart =
      unit.start >= 3 && textWordLists.contains(.feelVerbs) ? causativeFrameStart(before: unit.start) : nil
    let subjectNegatorInText = textWordLists.contains(.subjectNegators)
    let raisingVerbInText = textWordLists.contains(.raisingVerbs)
    // "never", "once", "ever": a negative inversion may open a clause ("Not once was the agent helpful").
    let inversionInText =
      hasNegatorUnit && (textWordLists.contains(.never) || textWordLists.contains(.phraseAdverbs))
    // The further reach is a negator's: a sentence without one stops at the usual distance (the
    // units beyond it change nothing then).
    let extraReach =
      hasNegatorUnit
      ? max(
        max(subjectNegatorInText ? Self.subjectPhraseWords : 0, raisingVerbInText ? Self.raisedClauseWords : 0),
        inversionInText ? Self.invertedClauseWords : 0) : 0
    // A comparative or a degree word right before the term makes a negative inversion praise ("Never
    // have I had a better meal", "Never have I been so well looked after"): it does not reach it.
    let inversionBlocked =
      inversionInText
      && ((unit.start > 0 && tokenWordLists[unit.start - 1].contains(.degreeWords))
        || isComparative(text, at: position))
    // A raised negation ("I don't think the staff were helpful") reaches the first term of its
    // clause only, and not over "ever", a relative pronoun or a degree word right before the term
    // ("I don't think I've ever had better", "… would be this easy").
    var raisingBlocked =
      unit.start > 0 && tokenWordLists[unit.start - 1].contains(.degreeWords)
    // Without a counterfactual modal or perfect in the text, no unit is a counterfactual perfect
    // (`isCounterfactualPerfect` asks for a token in one of those lists, and every token's lists
    // are in `textWordLists`): the loop does not test for one.
    let mayBeCounterfactual =
      textWordLists.contains(.counterfactualModals) || textWordLists.contains(.counterfactualPerfects)
    // `crossedClause` is read by the negator case and the counterfactual test only,
    // `crossedConjunction` and `raisingBlocked` by the negator case only: without a negator unit
    // (and, for the first, without a counterfactual) the tests that set them are skipped.
    let tracksClauses = hasNegatorUnit || mayBeCounterfactual
    var back = position - 1
    while back >= 0 {
      let other = units[back]
      var distance = modifierDistance(from: other.start + other.length, to: unit.start)
      if let frameStart, other.start < frameStart { distance -= 3 }
      // The distance a negator here would be at: the gap words after it do not count.
      let negationDistance = gapsCrossClause ? distance : distance - gapWords
      if min(distance, negationDistance) > max(Self.maximumDistance, parameters.negationScope) + extraReach {
        break
      }
      if other.kind == .boundary || other.kind == .contrast { break }
      // "Nothing it was perfect": a subject pronoun opens a clause that "no"/"nothing" does not reach;
      // the object of a causative frame does not ("nobody makes you feel stupid"; QA review 24).
      if other.kind == .neutral && tracksClauses && isClauseOpener(text, other)
        && !(frameStart.map { other.start >= $0 } ?? false)
      {
        crossedClause = true
      }
      if other.kind == .neutral && hasNegatorUnit {
        // "No signal and awful support": a determiner negator's scope is its noun phrase, which "and" ends.
        if first(other, isIn: .conjunctions) { crossedConjunction = true }
        if first(other, isIn: .raisingBlockers) { raisingBlocked = true }
      }
      switch other.kind {
      case .intensifier
      where !valenceBetween && distance == 1 && sign > 0 && isExcess(text, other, term: unit)
        && (back == 0 || units[back - 1].kind != .negator):
        // "too fast", "far too friendly": more than wanted is a complaint (rule 12).
        value = -abs(value) * parameters.excessScalar
        sign = -1
        if explain {
          rules.append(.excess(by: tables.intensifierEntries[Int(other.entry)].term, factor: -parameters.excessScalar))
        }
      case .intensifier where !valenceBetween && distance <= Self.maximumDistance:
        let decay = parameters.intensifierDecay
        var amount =
          tables.intensifierEntries[Int(other.entry)].scalar
          * (decay.isEmpty ? 1 : decay[min(distance, decay.count) - 1])
        if amount > 0 && isAllCaps(text, other) && textHasLowercase(text, known: &hasLowercase) {
          amount += parameters.capsIncrement
        }
        let magnitude = max(0, abs(value) + amount)
        value = sign * magnitude
        if explain {
          rules.append(
            .boosted(by: tables.intensifierEntries[Int(other.entry)].term, distance: distance, amount: amount))
        }
      case .negator
      where negationDistance <= parameters.negationScope
        || (subjectNegatorInText && !crossedClause
          && negationDistance <= parameters.negationScope + Self.subjectPhraseWords
          && isSubjectNegatorWithPhrase(other))
        || (raisingVerbInText && !raisingBlocked && !crossedConjunction && !valenceBetween
          && negationDistance <= parameters.negationScope + Self.raisedClauseWords && isRaisingNegator(other))
        || (inversionInText && !inversionBlocked && !valenceBetween
          && negationDistance <= parameters.negationScope + Self.invertedClauseWords
          && isInvertedNegator(text, at: back)):
        if (negatorInitial && !isDoubleNegative(text, negator: back, phrase: position)) || negatorSpent
          || (crossedClause && first(other, isIn: .clauseNegators) && !isInvertedNegator(text, at: back))
          || (crossedConjunction && first(other, isIn: .determinerNegators)) || isAccustomedUsedTo(back)
          || (sign < 0 && isNotWhat(text, back)) || isInterjectedNo(text, other)
        {
          break
        }
        negations += 1
        if nearestNegator == nil {
          nearestNegator = back
          valenceBeforeNearest = valenceBetween
        }
        if explain {
          negators.append(
            (
              other.entry >= 0 ? tables.negatorTerms[Int(other.entry)] : text.norm(of: text.tokens[other.start]),
              distance
            )
          )
        }
      case .valence:
        // "No problems or complaints", "never any delays or problems": a term that opens with a
        // negator ("no problems") or that a negator flipped ("delays") negates a term coordinated
        // with it by "or"/"nor"; that negation already counts the negator, so the search stops.
        if distance == 2, back == position - 2, units[back + 1].kind == .neutral || units[back + 1].kind == .negator,
          first(units[back + 1], isIn: .coordinators), other.isNegated || startsWithNegator(other)
        {
          negations = 1
          negators = []
          nearestNegator = nil
          if explain { negators.append(((ruleEntry(text, other) ?? tables.entries[Int(other.entry)]).term, distance)) }
          coordinated = true
        }
        // "didn't even clean", "never even called": the negator of a "… even" phrase right before
        // the term reaches it (review r28: "didn't even" −1.0 left "clean" praise).
        if !coordinated, back == position - 1, negations == 0, isNegatedEven(text, other) {
          negations = 1
          nearestNegator = back
          valenceBeforeNearest = false
          if explain { negators.append((text.norm(of: text.tokens[other.start]), 1)) }
        }
        valenceBetween = true
        if !coordinated, other.isNegated, other.entry >= 0, (tables.entries[Int(other.entry)].valence > 0) != (sign > 0)
        {
          negatorSpent = true
        }
        if counterfactual == nil && startsWithNegator(other) { negatorInitialBetween = true }
      case .neutral
      where mayBeCounterfactual && counterfactual == nil && !crossedClause && distance <= parameters.negationScope
        && isCounterfactualPerfect(text, other) && !hasNoneSubject(text, modal: counterfactualModalToken(other)):
        counterfactual = back
      default:
        break
      }
      if coordinated { break }
      // Gap words only move a negator's distance: a sentence without one skips the tests (they cost
      // about 3% of `score`'s instructions on the VADER texts).
      if hasNegatorUnit {
        if isNegationGap(text, other) {
          gapWords += other.length
        } else if !gapsCrossClause && opensClause(text, other) {
          gapsCrossClause = true
        }
      }
      back -= 1
    }
    // "couldn't be less helpful": the negated comparative "less X" is its superlative, X negated
    // once ("less" and the outer negator would otherwise cancel).
    if negations > 0, negations % 2 == 0, let nearest = nearestNegator, nearest == position - 1, nearest > 0,
      first(units[nearest], isIn: .lessWord), first(units[nearest - 1], isIn: .comparativeLinks)
    {
      negations = 1
    }
    // "fixed nothing", "helped no one": a negator right after the term, as its object. Only a
    // negator unit can be one (`objectNegator`'s first test), and a sentence without one skips the call.
    let objectNegation =
      negations == 0 && !negatorInitial && hasNegatorUnit ? objectNegator(text, after: position) : nil
    if objectNegation != nil { negations = 1 }
    // "never had to deal with any issues", "no need to worry about delays": a trouble the writer
    // was spared, out of the negator's usual reach (rule 54). Only in a text with a "to", and not
    // for an expected outcome ("never had to wait for a reply": rule 25 reads its own negator).
    if negations == 0, value < 0, textWordLists.contains(.to), !tables.countsOnlyNegated(entry: unit.entry),
      let chain = sparedTrouble(text, term: position)
    {
      negations = 1
      negators = explain ? [(chain.chain, chain.distance)] : []
    }
    var spared = false
    var negated = false
    if value < 0, let averted = avertedConsequent, averted.range.contains(unit.start),
      !tables.countsOnlyNegated(entry: unit.entry)
    {
      // "Without their help we'd have missed the deadline": what the writer was spared (rule 29).
      value *= parameters.negationScalar
      spared = true
      if explain {
        rules.append(.averted(by: text.norm(of: text.tokens[averted.marker]), factor: parameters.negationScalar))
      }
    }
    if negations == 0, value > 0, !spared, !negatorInitial, !negatorInitialBetween, let counterfactual {
      // "It would have been nice to get a call": praise that did not happen (rule 6).
      value *= parameters.negationScalar
      if explain {
        let other = units[counterfactual]
        let modal = tokenWordLists[other.start].contains(.have) ? other.start - 1 : other.start
        let term = (modal..<(other.start + other.length)).map { text.norm(of: text.tokens[$0]) }
          .joined(separator: " ")
        rules.append(
          .negated(
            by: term, distance: modifierDistance(from: other.start + other.length, to: unit.start),
            factor: parameters.negationScalar))
      }
    }
    if tables.countsOnlyNegated(entry: unit.entry) {
      // "delivery boy not came", "nobody picking up": an expected outcome counts only when it did
      // not happen, with the lexicon's (negative) value as given (rule 25).
      guard negations % 2 == 1,
        objectNegation != nil || isOutcomeNegator(text, nearestNegator, of: position, valenceBeforeNearest)
      else {
        if negations == 0, objectNegation == nil, let event = lateEvent(text, after: unit) {
          if explain { rules.append(.lateOutcome(after: event)) }
          return (value, false)
        }
        if explain { rules.append(.expectedOutcome(happened: true)) }
        return (0, false)
      }
      negated = true
      if explain {
        rules.append(.expectedOutcome(happened: false))
        for (term, distance) in negators { rules.append(.negated(by: term, distance: distance, factor: 1)) }
        if let objectNegation { rules.append(.negatedByObject(by: objectNegation, factor: 1)) }
      }
    } else if let objectNegation {
      let factor = value > 0 ? parameters.negationScalar : parameters.negatedNegativeScalar
      value *= factor
      negated = true
      if explain { rules.append(.negatedByObject(by: objectNegation, factor: factor)) }
    } else if negations % 2 == 1, let nearestNegator,
      let reason = negationKept(text, valence: position, negator: nearestNegator)
    {
      // Pictographs, "couldn't be happier", "can't recommend them enough": the negator does not flip it.
      if explain {
        for (term, distance) in negators { rules.append(.negationKept(by: term, distance: distance, reason: reason)) }
      }
    } else if negations % 2 == 1 {
      let factor = value > 0 ? parameters.negationScalar : parameters.negatedNegativeScalar
      value *= factor
      negated = true
      if explain {
        // An odd count applies the factor once: the nearest negator carries it, the others cancel
        // in pairs (factor 1), so the listed factors multiply to what was applied.
        for (position, (term, distance)) in negators.enumerated() {
          rules.append(.negated(by: term, distance: distance, factor: position == 0 ? factor : 1))
        }
      }
    } else if negations > 0 && explain {
      for (term, distance) in negators { rules.append(.negated(by: term, distance: distance, factor: 1)) }
    }
    return finishValence(
      value, negated: negated, unnegated: negations == 0, of: position, text, rules: &rules, explain: explain)
  }

  /// Whether the term unit at `position` is one the search of `valence(of:…)` for its modifiers
  /// leaves as it is, so that it need not run (most terms): the sentence has no negator unit (rules
  /// only turn negators into other units), the text no counterfactual modal or perfect (so no unit
  /// is one, and no averted consequent is set: checked too) and no causative frame ("make + object
  /// + feel", which shortens distances), and every unit the search would reach before a boundary is
  /// neutral. The search then changes nothing: without a negator it reaches `maximumDistance` or
  /// `negationScope` words, as this walk does; a neutral unit there only counts as a counterfactual
  /// perfect (none here) or sets the clause flags that the negator case alone reads; no negator
  /// means none after the term as its object either.
  @inline(__always)
  private func isPlainTerm(_ position: Int, _ unit: Unit) -> Bool {
    // Three tests, not `isDisjoint(with:)` an option-set literal: that built an array per call.
    guard !hasNegatorUnit, avertedConsequent == nil, !textWordLists.contains(.counterfactualModals),
      !textWordLists.contains(.counterfactualPerfects), !textWordLists.contains(.feelVerbs)
    else { return false }
    let reach = max(Self.maximumDistance, parameters.negationScope)
    var back = position - 1
    while back >= 0 {
      let other = units[back]
      if modifierDistance(from: other.start + other.length, to: unit.start) > reach { return true }
      if other.kind == .boundary || other.kind == .contrast { return true }
      if other.kind != .neutral { return false }
      back -= 1
    }
    return true
  }
}
