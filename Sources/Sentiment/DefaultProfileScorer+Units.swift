import Tokenization

/// Units built from a sentence's tokens, longest match first (step 1 of the default profile), and
/// the contrastive connectives found the same way.
extension DefaultProfileScorer {
  /// The model's contrastive connectives among each of `ranges` of `text`'s tokens, longest match
  /// first, left to right; the text's tokens mapped once (a long text's sentences one by one mapped
  /// it once per sentence: QA review 14).
  mutating func contrastConnectives(
    in text: TokenizedText, eachOf ranges: [Range<Int>], mapped: Bool = false
  ) -> [[Range<Int>]] {
    if !mapped { mapTokens(text) }
    return ids.withUnsafeBufferPointer { ids in
      ranges.map { range in
        var found: [Range<Int>] = []
        var index = max(0, range.lowerBound)
        let end = min(range.upperBound, tokenCount)
        while index < end {
          if let match = tables.contrast.longestMatch(ids, from: index, to: end) {
            found.append(index..<(index + match.length))
            index += match.length
          } else {
            index += 1
          }
        }
        return found
      }
    }
  }

  /// Punctuation that ends no clause: hyphens, quotes, slashes, and the signs written with amounts
  /// ("$", "%", "£", "€", "¥", "₹": "Isn't it ridiculous that I pay £20?" is one clause).
  /// Inlined: `buildUnits` asks it of every punctuation token, and a call reached it through a
  /// closure context (some 30 instructions a mark, most of them the call).
  @inline(__always)
  func isTransparentPunctuation(_ text: TokenizedText, _ token: Token) -> Bool {
    text.withNorm(of: token) { norm in
      switch norm.count {
      case 1:
        let byte = norm[0]
        return byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"")
          || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%")
      case 2:
        return norm[0] == 0xC2 && (norm[1] == 0xA3 || norm[1] == 0xA5)  // £ ¥
      case 3:
        return norm[0] == 0xE2 && norm[1] == 0x82 && (norm[2] == 0xAC || norm[2] == 0xB9)  // € ₹
      default:
        return false
      }
    }
  }

  mutating func buildUnits(_ text: TokenizedText, range: Range<Int>) {
    // The scratch is moved out of `self` so that the builder reads the tables through a borrowed,
    // immutable `self` (no copy of the scorer per sentence).
    var built: [Unit] = []
    swap(&built, &units)
    (trailingConnective, hasContrastUnit, hasSuggestionFrame, hasContrastTerm, hasNegatorUnit) = buildUnits(
      text, range: range, ids: ids, replacing: &built)
    swap(&built, &units)
  }

  /// Replaces `units` by the units of `range`; returns the connective that closes the sentence, if
  /// any, and whether a contrast unit, a suggestion frame unit and a negator unit were built.
  /// `chunk` (for tests) is how many units go at a time: any count gives the same units.
  func buildUnits(
    _ text: TokenizedText, range: Range<Int>, ids: [Int32], replacing units: inout [Unit], chunk: Int = unitChunk
  ) -> (
    trailingConnective: Int32?, hasContrast: Bool, hasSuggestionFrame: Bool, hasContrastTerm: Bool, hasNegator: Bool
  ) {
    // The units are written to a temporary buffer and replace the old ones at once (emptying the
    // array, then an append per unit, tested its uniqueness, a runtime call, and its capacity each
    // time). The buffer is at most `unitChunk` units, which stay on the stack: a larger temporary
    // allocation went to the heap (a sentence of more than 21 tokens, a third of them: 190
    // instructions a text). A longer sentence's units go in chunks, the first replacing the old
    // units and each next appended. Every unit takes at least one token of `range` (each step
    // below adds at most one unit and moves on by one token or more), so a sentence shorter than a
    // chunk is one chunk.
    withUnsafeTemporaryAllocation(of: Unit.self, capacity: min(max(1, range.count), max(1, chunk))) { buffer in
      var built = 0
      var replaced = false
      // Noted as the units are built: a scan of the units afterwards called a closure per unit.
      var hasNegator = false
      /// Moves the buffer's units into `units`.
      func flush() {
        let chunk = UnsafeBufferPointer(rebasing: buffer[0..<built])
        if replaced {
          units.append(contentsOf: chunk)
        } else {
          units.replaceSubrange(units.startIndex..<units.endIndex, with: chunk)
          replaced = true
        }
        built = 0
      }
      defer { flush() }
      /// Adds `unit` to the buffer. Inlined: called for every unit (out of line, as the builder's
      /// closure, each call cost some 15 instructions).
      @inline(__always)
      func append(_ unit: Unit) {
        if built == buffer.count { flush() }
        (buffer.baseAddress! + built).initialize(to: unit)
        built += 1
        if unit.kind == .negator { hasNegator = true }
      }
      let found = buildUnits(text, range: range, ids: ids, append: append)
      return (found.trailingConnective, found.hasContrast, found.hasSuggestionFrame, found.hasContrastTerm, hasNegator)
    }
  }

  /// The most units `buildUnits` assembles at a time: as many as fit in the 1,024 bytes that
  /// `withUnsafeTemporaryAllocation` takes from the stack (a larger allocation may go to the heap).
  @inline(__always)
  static var unitChunk: Int { 1024 / MemoryLayout<Unit>.stride }

  /// `buildUnits(_:range:ids:replacing:)`, each unit passed to `append` in order.
  @inline(__always)
  private func buildUnits(
    _ text: TokenizedText, range: Range<Int>, ids: [Int32], append: (Unit) -> Void
  ) -> (trailingConnective: Int32?, hasContrast: Bool, hasSuggestionFrame: Bool, hasContrastTerm: Bool) {
    // The tokens are read through a buffer: no bounds test per token.
    ids.withUnsafeBufferPointer { ids in
      text.tokens.withUnsafeBufferPointer {
        tokens -> (trailingConnective: Int32?, hasContrast: Bool, hasSuggestionFrame: Bool, hasContrastTerm: Bool) in
        var trailingConnective: Int32?
        var hasContrast = false
        var hasSuggestionFrame = false
        var hasContrastTerm = false
        // A lengthened word's id is its shortened form's, whose spelling may differ from the word's:
        // in a text with one, every word's spelling is tested (`TermStarts.spelling`).
        let untestedSpelling = lengthenedWords.isEmpty ? TermStarts() : .spelling
        /// Notes a valence unit of a term that turns the sentence (`hasContrastTerm`).
        func noteContrastTerm(_ unit: Unit) {
          if unit.kind == .valence && tables.tags(ofEntry: unit.entry).contains(.opensContrast) {
            hasContrastTerm = true
          }
        }
        var index = range.lowerBound
        while index < range.upperBound {
          let token = tokens[index]
          switch token.kind {
          case .mention, .url, .email, .placeholder:
            index += 1
            continue
          case .punct:
            if !isTransparentPunctuation(text, token) && !isNumberPunctuation(text, at: index) {
              append(Unit(kind: .boundary, start: index, length: 1, entry: -1))
            }
            index += 1
            continue
          default:
            break
          }
          let end = range.upperBound
          // "0/10", "2 out of 5 stars": one rating unit, before any phrase inside it ("5 stars").
          if token.kind == .number,
            let length = ratingLength(text, at: index, sentenceStart: range.lowerBound, end: end)
          {
            append(Unit(kind: .valence, start: index, length: length, entry: Self.ratingEntry))
            index += length
            continue
          }
          // "over-priced": a hyphenated compound that matches no longer term, looked up joined.
          if token.kind == .word, textMarks.contains(.hyphen), index + 2 < end, isGluedHyphen(text, at: index + 1),
            ids[index] < 0 || (tables.valenceMatch(ids, from: index, to: end)?.length ?? 0) < 3,
            let entry = hyphenatedCompound(text, at: index, end: end)
          {
            let unit = Unit(kind: .valence, start: index, length: 3, entry: entry)
            noteContrastTerm(unit)
            append(unit)
            index += 3
            continue
          }
          if ids[index] < 0 {
            // No term uses this token: a neutral word, unless a wildcard or "n't" says otherwise.
            var unit = Unit(kind: .neutral, start: index, length: 1, entry: -1)
            if token.kind == .word {
              if let entry = prefixMatch(text, token), tables.valence(ofEntry: entry) != 0 {
                unit = Unit(kind: .valence, start: index, length: 1, entry: entry)
              } else if isContractedNegation(text, token) {
                unit = Unit(kind: .negator, start: index, length: 1, entry: -1)
              }
            }
            noteContrastTerm(unit)
            append(unit)
            index += 1
            continue
          }
          let starts = tables.starts(ids[index]).union(untestedSpelling)
          var valence = starts.contains(.valence) ? tables.valenceMatch(ids, from: index, to: end) : nil
          if starts.contains(.valence), !textWordLists.isDisjoint(with: .phraseAdverbs),
            starts.contains(.negator) || nextStartsNegator(ids, after: index, end: end),
            let gapped = gappedMatch(ids, from: index, to: end), gapped.length > valence?.length ?? 0
          {
            valence = gapped
          }
          // The longest match of the four tables, each taken only where the token starts one of its
          // terms: most words start valence terms alone, and the other three are then not compared.
          var longest = valence?.length ?? 0
          let negator = starts.contains(.negator) ? tables.negators.longestMatch(ids, from: index, to: end) : nil
          if let negator, negator.length > longest { longest = negator.length }
          let intensifier =
            starts.contains(.intensifier) ? tables.intensifiers.longestMatch(ids, from: index, to: end) : nil
          if let intensifier, intensifier.length > longest { longest = intensifier.length }
          let contrast = starts.contains(.contrast) ? tables.contrast.longestMatch(ids, from: index, to: end) : nil
          if let contrast, contrast.length > longest { longest = contrast.length }
          var unit: Unit
          if longest == 0 {
            // The word's record says whether its spelling may make it a wildcard's match or a
            // contracted negation (most words neither: they are not tested).
            unit = Unit(kind: .neutral, start: index, length: 1, entry: -1)
            if token.kind == .word && !starts.isDisjoint(with: .spelling) {
              if starts.contains(.wildcard), let entry = prefixMatch(text, token) {
                unit = Unit(kind: .valence, start: index, length: 1, entry: entry)
              } else if starts.contains(.contractedNegation) && isContractedNegation(text, token) {
                unit = Unit(kind: .negator, start: index, length: 1, entry: -1)
              }
            }
          } else if let contrast, contrast.length == longest {
            switch role(ofConnectiveAt: index, length: longest, end: end, in: text) {
            case .joinsClauses:
              unit = Unit(kind: .contrast, start: index, length: longest, entry: contrast.value)
              hasContrast = true
            case .closesSentence:
              unit = Unit(kind: .neutral, start: index, length: longest, entry: -1)
              trailingConnective = contrast.value
            case .none:
              unit = Unit(kind: .neutral, start: index, length: longest, entry: -1)
            }
          } else {
            let modifier: Unit? =
              if let negator, negator.length == longest {
                Unit(kind: .negator, start: index, length: longest, entry: negator.value)
              } else if let intensifier, intensifier.length == longest {
                Unit(kind: .intensifier, start: index, length: longest, entry: intensifier.value)
              } else { nil }
            if let valence, valence.length == longest,
              yieldsToNegator(text, ids, phraseAt: index, length: longest, end: end)
            {
              // "still haven't got my refund": the persistence phrase's negator negates the term.
              append(Unit(kind: .neutral, start: index, length: longest - 1, entry: -1))
              index += longest - 1
              continue
            }
            if let valence, valence.length == longest {
              let valenceUnit = Unit(kind: .valence, start: index, length: longest, entry: valence.value)
              // A negator that is also a term ("impossible to") reaches one word further than an
              // intensifier ("damn"): "impossible to get a helpful answer"; a subject negator that is
              // a term ("nobody", "no one") as far as its negation reaches over the subject's phrase
              // ("Nobody at the branch was helpful"; QA review 38).
              if let modifier,
                valenceFollows(
                  text, ids, after: index + longest, end: end,
                  words: modifier.kind != .negator
                    ? 2 : last(modifier, isIn: .subjectNegators) ? 3 + Self.subjectPhraseWords : 3)
              {
                unit = modifier
              } else {
                unit = valenceUnit
              }
            } else {
              unit = modifier!
            }
          }
          // A 0.0 entry is a neutral frame ("best regards", "gluten free", "would be great if"): longest
          // match lets it cover a term inside it, and it scores nothing itself (review r17b: at +0.1
          // "more gluten free" was boosted to a positive label).
          if unit.kind == .valence && tables.valence(ofEntry: unit.entry) == 0 {
            let tags = tables.tags(ofEntry: unit.entry)
            let marker =
              tags.contains(.opensSuggestion)
              ? Self.suggestionFrameEntry : tags.contains(.statesBalance) ? Self.balanceFrameEntry : -1
            if marker == Self.suggestionFrameEntry { hasSuggestionFrame = true }
            unit = Unit(kind: .neutral, start: unit.start, length: unit.length, entry: marker)
          }
          // "so" before a subject or a determiner joins clauses ("so we're cancelling", "so the
          // engineer came back"): a conjunction, not a degree word (QA review 43).
          if unit.kind == .intensifier && unit.length == 1 && index + 1 < end && Self.isConjunctionSo(text, at: index) {
            unit = Unit(kind: .neutral, start: index, length: 1, entry: -1)
          }
          // A multi-word intensifier yields its last word to a valence phrase that starts with it:
          // "way too" + "too long" is "way" boosting "too long" (review r10: "Took way too long"
          // scored 0, the phrase lost its first word).
          if unit.kind == .intensifier && unit.length > 1 {
            let last = index + unit.length - 1
            if ids[last] >= 0, tables.starts(ids[last]).contains(.valence),
              let phrase = tables.valenceMatch(ids, from: last, to: end), phrase.length > 1
            {
              unit.length -= 1
            }
          }
          noteContrastTerm(unit)
          append(unit)
          index += unit.length
        }
        return (trailingConnective, hasContrast, hasSuggestionFrame, hasContrastTerm)
      }
    }
  }
}
