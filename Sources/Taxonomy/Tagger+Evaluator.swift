import Tokenization

/// Evaluators over the buffers `prepare` filled, and one rule or one tag's exclusions evaluated
/// alone (for lint).
extension Tagger {
  /// Whether one rule (by index in the tag's compiled `rules`, or `exclude` when `exclusion`)
  /// matches, evaluated alone (for lint). Longest match sees the claims of the whole codebook, as
  /// in `tag(_:metadata:)`.
  func ruleMatches(
    tagIndex: Int, ruleIndex: Int, exclusion: Bool, in tokenized: TokenizedText, metadata: [String: String]
  )
    throws(TaxonomyError) -> Bool
  {
    let root = exclusion ? compiled.excludes[tagIndex][ruleIndex].root : compiled.rules[tagIndex][ruleIndex].root
    var matched = false
    var evidence: [TokenSpan] = []
    var lists: [[TokenSpan]] = []
    try withOneTagEvaluator(tokenized, metadata: metadata, tagIndex: tagIndex) { evaluator, scope in
      matched = evaluator.evaluate(root, scope: scope, depth: 0, evidence: &evidence, lists: &lists)
    }
    return matched
  }

  /// Whether the exclusions of tag `tagIndex` take it from a text its rules match: one matches no
  /// words (a `meta.` condition, a `NOT`), or no rule of the tag holds outside the sentences where
  /// they match (the tagging's own test, for `taxonomy lint`).
  func isExcluded(tagIndex: Int, in tokenized: TokenizedText, metadata: [String: String]) throws(TaxonomyError)
    -> Bool
  {
    var excluded = false
    var evidence: [TokenSpan] = []
    var lists: [[TokenSpan]] = []
    try withOneTagEvaluator(tokenized, metadata: metadata, tagIndex: tagIndex) { evaluator, scope in
      let exclusions = Int(compiled.excludeStarts[tagIndex])..<Int(compiled.excludeStarts[tagIndex + 1])
      var seeingAll = evaluator
      seeingAll.longestMatch = false
      guard
        let match = seeingAll.matchExclusions(
          compiled.excludeRoots[exclusions], scope: scope, evidence: &evidence, lists: &lists)
      else { return }
      excluded =
        match.wholeText
        || evaluator.withMasked(match.sentences) { evaluator in
          !compiled.rules[tagIndex].contains { rule in
            evidence.removeAllKeepingCapacity()
            return evaluator.evaluate(rule.root, scope: scope, depth: 0, evidence: &evidence, lists: &lists)
          }
        }
    }
    return excluded
  }

  /// Runs `body` with an evaluator of tag `tagIndex`'s rules on `tokenized` as `tag` would evaluate
  /// them (occurrences found and, with longest match, the occurrences every tag claims marked), and
  /// the whole text's scope.
  private func withOneTagEvaluator(
    _ tokenized: TokenizedText, metadata: [String: String], tagIndex: Int,
    _ body: (inout RuleEvaluator, TokenSpan) -> Void
  ) throws(TaxonomyError) {
    try prepare(tokenized)
    var longestMatch = false
    let ruleMetadata = try resolvingQuestion(RuleMetadata(metadata))
    // Claims hide only an occurrence inside another (`markClaims`): without one, every tag's
    // evaluation is skipped (it made lint's checks of one rule evaluate the whole codebook).
    if options.longestMatch && occurrences.contains(where: \.dominated) {
      collectCandidates()
      var unused: [WithheldTag] = []
      if markClaims(evaluateCandidates(tokenized, metadata: ruleMetadata, longestMatch: false, withheld: &unused)) {
        // The claims `tag` would keep (see `run`).
        while withdrawClaims(
          keeping: assignedTags(
            evaluateCandidates(tokenized, metadata: ruleMetadata, longestMatch: true, withheld: &unused)))
        {}
        longestMatch = !claims.isEmpty
      }
    }
    let scope = TokenSpan(first: 0, last: Int32(tokenized.tokens.count) - 1)
    withEvaluator(sentences: tokenized.sentences, tokens: tokenized.tokens, metadata: ruleMetadata) { evaluator in
      evaluator.currentTag = Int32(tagIndex)
      evaluator.longestMatch = longestMatch
      body(&evaluator, scope)
    }
  }

  /// Runs `body` with an evaluator over the buffers `prepare` filled.
  func withEvaluator(
    sentences allSentences: [Sentence], tokens allTokens: [Token], metadata: RuleMetadata,
    _ body: (inout RuleEvaluator) -> Void
  ) {
    occurrences.withUnsafeBufferPointer { occurrences in
      byPhrase.withUnsafeBufferPointer { byPhrase in
        wordIndex.withUnsafeBufferPointer { wordIndex in
          sentenceOfToken.withUnsafeBufferPointer { sentenceOfToken in
            claimed.withUnsafeBufferPointer { claimed in
              claims.withUnsafeBufferPointer { claims in
                allSentences.withUnsafeBufferPointer { sentences in
                  allTokens.withUnsafeBufferPointer { tokens in
                    compiled.metaConditions.withUnsafeBufferPointer { metaConditions in
                      compiled.parentIndex.withUnsafeBufferPointer { parentIndex in
                        withUnsafePointer(to: metadata) { metadata in
                          var evaluator = RuleEvaluator(
                            nodes: nodes, children: children, childSlots: childSlots,
                            phraseUserStarts: phraseUserStarts,
                            phraseUsers: phraseUsers, phraseStamp: phraseStamp, phraseBegin: phraseBegin,
                            phraseEnd: phraseEnd, occurrences: occurrences, byPhrase: byPhrase, wordIndex: wordIndex,
                            sentenceOfToken: sentenceOfToken, sentences: sentences, tokens: tokens,
                            metaConditions: metaConditions,
                            metadata: metadata, stamp: stamp, phraseCount: phraseCount,
                            maxPhraseLength: maxPhraseLength, claimed: claimed, claims: claims,
                            parentIndex: parentIndex, longestMatch: false)
                          body(&evaluator)
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
