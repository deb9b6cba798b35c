import Tokenization

/// Words in capitals for emphasis (VADER's "allcaps differential"): a unit in capitals, in a text
/// that has lower-case letters.
extension DefaultProfileScorer {
  /// Whether a unit is written in capitals for emphasis: some word of it has at least two
  /// upper-case letters and no lower-case one ("GOOD", "on HOLD for", "the service was GREAT").
  /// Letters of any script count (upper/lower case are Unicode properties).
  @inline(__always)
  func isAllCaps(_ text: TokenizedText, _ unit: Unit) -> Bool {
    // A one-word unit of an ASCII text that opens with a lower-case letter (most terms) is not:
    // the test without a call. Otherwise the word is read as below.
    if unit.length == 1 && text.isASCII {
      let token = text.tokens[unit.start]
      guard token.kind == .word else { return false }
      if !token.utf8Range.isEmpty && text.utf8[token.utf8Range.lowerBound] &- 0x61 < 26 { return false }
    }
    return hasCapitalisedWord(text, unit)
  }

  /// `isAllCaps(_:_:)`, reading each word of the unit.
  private func hasCapitalisedWord(_ text: TokenizedText, _ unit: Unit) -> Bool {
    let ascii = text.isASCII
    return text.utf8.withUnsafeBufferPointer { utf8 in
      for index in unit.start..<(unit.start + unit.length) {
        let token = text.tokens[index]
        guard token.kind == .word else { continue }
        let word = UnsafeBufferPointer(rebasing: utf8[token.utf8Range])
        if ascii {
          // The counts of `caseCounts`, stopping at the first lower-case letter (most words).
          if Self.isCapitalised(asciiWord: word) { return true }
          continue
        }
        let (upper, lower) = Self.caseCounts(word, ascii: false)
        if upper >= 2 && lower == 0 { return true }
      }
      return false
    }
  }

  /// Whether an ASCII word has at least two upper-case letters and no lower-case one.
  @inline(__always)
  private static func isCapitalised(asciiWord word: UnsafeBufferPointer<UInt8>) -> Bool {
    var upper = 0
    for byte in word {
      if byte &- 0x61 < 26 { return false }
      if byte &- 0x41 < 26 { upper += 1 }
    }
    return upper >= 2
  }

  /// `textHasLowercase(text)`, read from `known` when a term of the text asked already, else
  /// found and kept there: only a term in capitals asks (most texts have none).
  func textHasLowercase(_ text: TokenizedText, known: inout Bool?) -> Bool {
    if let known { return known }
    let found = textHasLowercase(text)
    known = found
    return found
  }

  /// Whether some word of `text` has a lower-case letter: capitals emphasise only in a text that
  /// has some (VADER's "allcaps differential").
  func textHasLowercase(_ text: TokenizedText) -> Bool {
    let ascii = text.isASCII
    return text.utf8.withUnsafeBufferPointer { utf8 in
      for token in text.tokens where token.kind == .word {
        let word = UnsafeBufferPointer(rebasing: utf8[token.utf8Range])
        // An ASCII word needs only one lower-case letter found, not every letter counted.
        if ascii ? word.contains(where: { $0 &- 0x61 < 26 }) : Self.caseCounts(word, ascii: false).lower > 0 {
          return true
        }
      }
      return false
    }
  }

  /// Upper- and lower-case letters in a word's UTF-8 bytes.
  private static func caseCounts(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> (upper: Int, lower: Int) {
    var upper = 0
    var lower = 0
    if ascii || !bytes.contains(where: { $0 >= 0x80 }) {
      for byte in bytes {
        if byte >= 0x61 && byte <= 0x7A { lower += 1 } else if byte >= 0x41 && byte <= 0x5A { upper += 1 }
      }
    } else {
      for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        if scalar.properties.isLowercase { lower += 1 } else if scalar.properties.isUppercase { upper += 1 }
      }
    }
    return (upper, lower)
  }
}
