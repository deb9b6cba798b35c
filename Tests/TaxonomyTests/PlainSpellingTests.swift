import Foundation
import Testing

@testable import Taxonomy

/// `PlainSpelling`'s byte search and replacement against Foundation's `contains` and
/// `replacingOccurrences(of:with:)`, which the codebook compiler called for every respelled word.
@Suite struct PlainSpellingTests {
  /// The members and spellings of the compiler's spelling groups, and "" (a contraction's
  /// apostrophe left out).
  static let members = ["'", "\u{2019}", "-", "\u{2010}", "\u{2011}"]
  static let replacements = members + [""]

  /// Words of up to four pieces: letters, the members, and pieces that are not plain (an accented
  /// letter, a combining accent that joins the member before it, a character with a decomposition).
  static var words: [String] {
    let pieces = ["a", "n", "t", "s", " ", "é", "\u{301}", "e\u{301}", "Å"] + members
    var result = [""]
    var frontier = [""]
    for _ in 0..<3 {
      frontier = frontier.flatMap { prefix in pieces.map { prefix + $0 } }
      result += frontier
    }
    return result + ["don't", "don\u{2019}t", "follow-up", "follow\u{2010}up", "can\u{2019}\u{301}t", "x-\u{301}y"]
  }

  @Test func plainTextsAreTheASCIIAndTheGroupMarks() {
    #expect(PlainSpelling.isPlain("don\u{2019}t follow\u{2010}up\u{2011}x's"))
    #expect(!PlainSpelling.isPlain("café"))
    #expect(!PlainSpelling.isPlain("e\u{301}"))
    #expect(!PlainSpelling.isPlain("a\u{2013}b"))
    #expect(!PlainSpelling.isPlain("\u{2019}\u{301}"))
  }

  @Test func containsAgreesWithFoundation() {
    for word in Self.words {
      for member in Self.members {
        #expect(PlainSpelling.contains(word, member) == word.contains(member), "\(word) \(member)")
      }
    }
  }

  @Test func replacingAgreesWithFoundationByteForByte() {
    for word in Self.words {
      for member in Self.members {
        for replacement in Self.replacements {
          let fast = PlainSpelling.replacing(member, with: replacement, in: word)
          let foundation = word.replacingOccurrences(of: member, with: replacement)
          #expect(Array(fast.utf8) == Array(foundation.utf8), "\(word) \(member) \(replacement)")
        }
      }
    }
  }
}
