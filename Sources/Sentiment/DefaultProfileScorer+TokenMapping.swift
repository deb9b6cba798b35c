import Tokenization

/// The default profile's first step: a text's tokens mapped to vocabulary ids, word lists and
/// triggers, and the word positions that modifier distances count.
extension DefaultProfileScorer {
  // MARK: Tokens → ids → units

  mutating func mapTokens(_ text: TokenizedText) {
    // The scratch arrays are moved out of `self` while they fill (no exclusivity check or
    // uniqueness test of `self`'s storage per token).
    var ids: [Int32] = []
    var lists: [WordList] = []
    var positions: [Int32] = []
    swap(&ids, &self.ids)
    swap(&lists, &tokenWordLists)
    swap(&positions, &wordPositions)
    defer {
      swap(&ids, &self.ids)
      swap(&lists, &tokenWordLists)
      swap(&positions, &wordPositions)
    }
    // One slot per token, each written below through a buffer pointer: an `append` per token
    // tested the array's uniqueness and capacity each time (some 40 instructions a token for the
    // two arrays; the slots' old values are overwritten). Slots past the text's tokens are left as
    // they are (no reader goes past `tokenCount`): shrinking the arrays for every shorter text, and
    // growing them again for a longer one, cost two calls a text.
    Self.grow(&ids, to: text.tokens.count)
    Self.grow(&lists, to: text.tokens.count)
    tokenCount = text.tokens.count
    // Usually empty: filled only for texts with numbers or placeholders.
    positions.removeAllKeepingCapacity()
    let ascii = text.isASCII
    var union: WordList = []
    var triggers: RuleTriggers = []
    var hasEmoji = false
    defer {
      textWordLists = union
      textTriggers = triggers
      textHasEmoji = hasEmoji
    }
    // The marks the text-level tests need, in one pass (cheaper than a test per token). An ASCII
    // text's norms are ASCII: a currency sign other than "$" is in other text only.
    let marks = text.utf8.withUnsafeBufferPointer { TextMarks.of($0) }
    textMarks = marks
    textMayHoldCurrencySign = !ascii || marks.contains(.dollar)
    var hasNumbers = false
    defer {
      // Word positions are only needed where a number or placeholder stands between words; without
      // one, a token's position is its index (`modifierDistance` reads an empty array that way).
      if hasNumbers { fillWordPositions(text, into: &positions) }
    }
    lengthenedWords.removeAllKeepingCapacity()
    // Lengthened words ("loooove") are looked up again in a second pass (`mapLengthened`), only
    // for the texts that may have one.
    ids.withUnsafeMutableBufferPointer { ids in
      lists.withUnsafeMutableBufferPointer { lists in
        text.normBytes.withUnsafeBufferPointer { norms in
          // The tokens through a buffer: no bounds test or iterator step per token.
          text.tokens.withUnsafeBufferPointer { tokens in
            for index in tokens.indices {
              let token = tokens[index]
              switch token.kind {
              case .mention, .url, .email, .placeholder:
                if token.kind == .placeholder { hasNumbers = true }
                ids[index] = -1
                lists[index] = []
              default:
                var range = token.normRange
                if token.kind == .hashtag && range.count > 1 { range = range.dropFirst() }
                let norm = UnsafeBufferPointer(rebasing: norms[range])
                let id: Int32
                if !ascii && TermNormalizer.needsKeying(norm) {
                  id = TermNormalizer.matchKey(norm).withUnsafeBufferPointer { tables.vocabulary.id(of: $0) }
                } else {
                  id = tables.vocabulary.id(of: norm, readable: norms.count - range.lowerBound)
                }
                ids[index] = id
                let words: (lists: WordList, triggers: RuleTriggers) =
                  token.kind == .hashtag ? ([], []) : tables.words(of: id)
                lists[index] = words.lists
                union.formUnion(words.lists)
                triggers.formUnion(words.triggers)
                if token.kind == .emoji { hasEmoji = true }
                if token.kind == .number { hasNumbers = true }
              }
            }
          }
        }
      }
    }
    // A lengthened ASCII word has three identical letters in a row; other text is checked word by word.
    if !ascii || marks.contains(.letterRun) {
      mapLengthened(text, ids: &ids, lists: &lists, union: &union, triggers: &triggers)
    }
  }

  /// Makes `array` hold at least `count` elements, keeping its storage: the elements it already
  /// holds stay as they are, new ones are zero (the caller overwrites the first `count`).
  @inline(__always)
  private static func grow<Element: FixedWidthInteger>(_ array: inout [Element], to count: Int) {
    if array.count < count { array.append(contentsOf: repeatElement(0, count: count - array.count)) }
  }

  /// `grow(_:to:)` for word lists (new ones empty).
  @inline(__always)
  private static func grow(_ array: inout [WordList], to count: Int) {
    if array.count < count { array.append(contentsOf: repeatElement([], count: count - array.count)) }
  }

  /// Fills `positions` (see `wordPositions`) for a text with numbers or placeholders.
  private func fillWordPositions(_ text: TokenizedText, into positions: inout [Int32]) {
    positions.reserveCapacity(text.tokens.count + 1)
    var counted: Int32 = 0
    for index in text.tokens.indices {
      positions.append(counted)
      switch text.tokens[index].kind {
      case .number: break
      case .placeholder: if !isNumericPlaceholder(text, text.tokens[index]) { counted += 1 }
      case .punct: if !isNumberPunctuation(text, at: index) { counted += 1 }
      default: counted += 1
      }
    }
    positions.append(counted)
  }

  /// The distance of a modifier ending before token `end` from the term starting at token `start`:
  /// 1 when adjacent, counting only tokens that are words (see `wordPositions`).
  @inline(__always) func modifierDistance(from end: Int, to start: Int) -> Int {
    wordPositions.isEmpty ? start - end + 1 : Int(wordPositions[start] - wordPositions[end]) + 1
  }

  /// A redaction placeholder for data written in digits ([PHONE], [CARD], [IP], [SSN], [ACCOUNT_NUMBER],
  /// [NHS_NUMBER]; not [REFERENCE], which often replaced a word of letters and digits, "A1234567"):
  /// it counts for distances as the numbers it replaced do (not at all); [EMAIL], [URL], [NAME],
  /// [DATE_OF_BIRTH] … count as the one token (address, name, date) they usually replaced.
  private func isNumericPlaceholder(_ text: TokenizedText, _ token: Token) -> Bool {
    let bytes = text.utf8[token.utf8Range]
    return bytes.elementsEqual("[PHONE]".utf8) || bytes.elementsEqual("[CARD]".utf8)
      || bytes.elementsEqual("[IP]".utf8) || bytes.elementsEqual("[SSN]".utf8)
      || bytes.elementsEqual("[ACCOUNT_NUMBER]".utf8) || bytes.elementsEqual("[NHS_NUMBER]".utf8)
  }

  /// A "+", "(" or ")" glued to a number ("+44", "(020)"), or a "-" glued to numbers on both sides
  /// ("010-0147"): part of the number, not a clause boundary (the hyphen never is one), so a phone
  /// number reads the same as its redaction placeholder.
  @inline(__always)
  func isNumberPunctuation(_ text: TokenizedText, at index: Int) -> Bool {
    let token = text.tokens[index]
    guard token.utf8Range.count == 1 else { return false }
    let byte = text.utf8[token.utf8Range.lowerBound]
    if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(") {
      guard index + 1 < text.tokens.count else { return false }
      let next = text.tokens[index + 1]
      return next.kind == .number && next.utf8Range.lowerBound == token.utf8Range.upperBound
    }
    if byte == UInt8(ascii: ")") {
      guard index > 0 else { return false }
      let previous = text.tokens[index - 1]
      return previous.kind == .number && previous.utf8Range.upperBound == token.utf8Range.lowerBound
    }
    if byte == UInt8(ascii: "-") {
      // "010-0147": a hyphen glued to numbers on both sides.
      guard index > 0, index + 1 < text.tokens.count else { return false }
      let previous = text.tokens[index - 1]
      let next = text.tokens[index + 1]
      return previous.kind == .number && next.kind == .number
        && previous.utf8Range.upperBound == token.utf8Range.lowerBound
        && next.utf8Range.lowerBound == token.utf8Range.upperBound
    }
    return false
  }
}
