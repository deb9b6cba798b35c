import Foundation
import TestSupport
import Testing
import Tokenization

/// The offset invariant: the code-point slice start..<end of the original text is the token's
/// text, and sentences slice back to text that contains their tokens.
@Suite struct OffsetInvariantTests {
  static let mixedCorpus: [String] = [
    "Waited 40 minutes on hold and nobody called back.",
    "The new app is great :) but login fails #annoying @acme https://x.io/a?b=1",
    "Delivery came early 👍🏽👨‍👩‍👧 driver was super friendly 🇬🇧!!",
    "服务很好，但是送货太慢了。配達が遅い。ไม่ดีเลย",
    "Tre\u{300}s de\u{301}c\u{327}u. Très déçu. ＧＲＥＡＴ　ｓｅｒｖｉｃｅ",
    "الخدمة سيئة جدا. השירות היה מצוין",
    "mail me: a.b+c@example.com or call +44 20 7946 0000 :'( <3 XD",
    "𝐁𝐨𝐥𝐝 𝐭𝐞𝐱𝐭 and 𝔣𝔯𝔞𝔨𝔱𝔲𝔯 and astral 😀 plus NUL-free \u{200B}zero width",
    "",
    " ",
    "!!!???...",
    "\u{FEFF}BOM at start, tab\there, CR\r\nLF",
  ]

  static func check(_ text: String, with tokenizer: Tokenizer) throws {
    let result = try tokenizer.tokenize(text)
    let scalars = Array(text.unicodeScalars)
    var previousEnd = 0
    for token in result.tokens {
      #expect(token.start >= previousEnd && token.end > token.start)
      var slice = String.UnicodeScalarView()
      slice.append(contentsOf: scalars[token.start..<token.end])
      #expect(String(slice) == result.text(of: token), "offsets of \(result.text(of: token).debugDescription)")
      previousEnd = token.end
    }
    for sentence in result.sentences {
      #expect(sentence.start < sentence.end && sentence.end <= scalars.count)
      for index in sentence.tokenRange {
        #expect(result.tokens[index].start >= sentence.start && result.tokens[index].end <= sentence.end)
      }
    }
    // Every token is in exactly one sentence.
    if !result.sentences.isEmpty {
      let covered = result.sentences.reduce(0) { $0 + $1.tokenRange.count }
      #expect(covered == result.tokens.count)
    }
  }

  @Test(arguments: mixedCorpus)
  func offsetsSliceBackToTokenText(_ text: String) throws {
    try Self.check(text, with: try Tokenizer())
  }

  @Test func offsetsHoldOnTheVaderGroundTruthCorpus() throws {
    guard let shared = TestSupport.sharedDirectory else {
      print("skipped: ../shared is absent (the VADER ground-truth corpus lives there)")
      return
    }
    let folder = shared.appendingPathComponent("corpora/vader-groundtruth")
    let tokenizer = try Tokenizer()
    var lines = 0
    for name in ["tweets_GroundTruth.txt", "amazonReviewSnippets_GroundTruth.txt"] {
      let content = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      for line in content.split(whereSeparator: \.isNewline) {
        let fields = line.split(separator: "\t", maxSplits: 2)
        guard fields.count == 3 else { continue }
        try Self.check(String(fields[2]), with: tokenizer)
        lines += 1
      }
    }
    #expect(lines > 7000)
  }
}
