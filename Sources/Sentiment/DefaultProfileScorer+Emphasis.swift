import Tokenization

/// The "!" and "?" that add emphasis to a sentence's sum (step 5 of the default profile).
extension DefaultProfileScorer {
  /// The "!" and "?" in the punctuation tokens of the sentence whose units are `units`. Only
  /// boundary units and units of several tokens (a rating "5/10", a phrase with a hyphen) can hold
  /// punctuation tokens: `buildUnits` starts no other unit at one, and the punctuation it leaves out
  /// of units (hyphens, quotes, slashes, currency signs, the "+" or "(" of a number) holds neither
  /// sign. So the sentence's other tokens, most of them, are not read.
  ///
  /// The signs are counted in the tokens' NFKC norms, so full-width "！" and "？" count as "!" and
  /// "?"; the emoji tokens "‼" and "⁉" count as two signs (QA review 36, F12).
  func countEmphasis(_ text: TokenizedText) -> (Int, Int) {
    var exclamations = 0
    var questions = 0
    for unit in units where unit.kind == .boundary || unit.length > 1 {
      for index in unit.start..<(unit.start + unit.length) where text.tokens[index].kind == .punct {
        text.withNorm(of: text.tokens[index]) { norm in
          for byte in norm {
            if byte == UInt8(ascii: "!") { exclamations += 1 } else if byte == UInt8(ascii: "?") { questions += 1 }
          }
        }
      }
    }
    // "‼" and "⁉" are emoji tokens (they have an emoji presentation), kept as typed.
    if !text.isASCII {
      for unit in units where unit.length == 1 && text.tokens[unit.start].kind == .emoji {
        text.withNorm(of: text.tokens[unit.start]) { norm in
          guard norm.count >= 3, norm[0] == 0xE2 else { return }
          if norm[1] == 0x80 && norm[2] == 0xBC {
            exclamations += 2  // ‼
          } else if norm[1] == 0x81 && norm[2] == 0x89 {
            exclamations += 1  // ⁉
            questions += 1
          }
        }
      }
    }
    return (exclamations, questions)
  }

  /// Whether `text` may hold a "!" or "?": an ASCII one (`TextMarks.emphasis`), or, in a text that
  /// is not ASCII, one whose NFKC form is ("！", "？", "‼", "⁉").
  static func mayHoldEmphasis(_ text: TokenizedText, marks: TextMarks) -> Bool {
    marks.contains(.emphasis) || !text.isASCII
  }
}
