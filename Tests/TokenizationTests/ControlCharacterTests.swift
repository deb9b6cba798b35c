import Testing
import Tokenization

/// Control characters in text (brief h61b): a NUL, another C0 control other than tab, line feed
/// and carriage return, DEL or a C1 control became a punctuation token, which the scorer read as
/// punctuation between words ("good\0bad" −0.64, "good bad" −0.05). Such a control separates words
/// as a space does: no token, no sentence break, and the offsets index the original text.
@Suite struct ControlCharacterTests {
  /// The controls read as spaces: C0 without tab, LF and CR; DEL; C1 without U+0085 NEXT LINE.
  static let controls: [Unicode.Scalar] = {
    var values: [UInt32] = Array(0x00..<0x20)
    values.removeAll { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    values.append(0x7F)
    values += (0x80...0x9F).filter { $0 != 0x85 }
    return values.compactMap { Unicode.Scalar($0) }
  }()

  private struct Reading: Equatable {
    var texts: [String]
    var norms: [String]
    var kinds: [TokenKind]
    var starts: [Int]
    var ends: [Int]
    var sentences: [[Int]]
  }

  private func reading(_ text: String, _ tokenizer: Tokenizer) throws -> Reading {
    let result = try tokenizer.tokenize(text)
    return Reading(
      texts: result.tokens.map { result.text(of: $0) }, norms: result.tokens.map { result.norm(of: $0) },
      kinds: result.tokens.map(\.kind), starts: result.tokens.map(\.start), ends: result.tokens.map(\.end),
      sentences: result.sentences.map { [$0.start, $0.end, $0.tokenRange.lowerBound, $0.tokenRange.upperBound] })
  }

  /// Each control between, before and after words reads as a space does (same tokens, norms,
  /// kinds, code-point offsets and sentences), in ASCII text and in text of other scripts, on the
  /// fast path's sixteen-byte groups (a control at the last positions of a group and the first of
  /// the next, where a C1 control's two bytes straddle them) and after a decoded
  /// character reference.
  @Test func eachControlSeparatesLikeASpace() throws {
    let tokenizer = try Tokenizer()
    let templates = [
      "good#bad", "#good bad#", "Good#bad. It was fine#today.", "abcdefg#hijklmnop", "abcdefgh#ijklmnop",
      "abcdef#ghijklmnop", "abcdefghijklmn#opqrstuvwx", "abcdefghijklmno#pqrstuvwx", "abcdefghijklmnop#qrstuvwx",
      "café#crème", "Fish &amp; chips#great", "well :)#ok", "5#stars",
    ]
    for control in Self.controls {
      for template in templates {
        let text = template.replacingOccurrences(of: "#", with: String(Character(control)))
        let spaced = template.replacingOccurrences(of: "#", with: " ")
        let read = try reading(text, tokenizer)
        #expect(
          read == (try reading(spaced, tokenizer)),
          "U+\(String(control.value, radix: 16, uppercase: true)) in \(spaced.debugDescription)")
        // The tokens' bytes are the original text's, without the control.
        let result = try tokenizer.tokenize(text)
        for token in result.tokens {
          #expect(!result.text(of: token).unicodeScalars.contains(control))
          #expect(
            String(decoding: Array(text.utf8)[token.utf8Range], as: UTF8.self)
              == String(String.UnicodeScalarView(Array(text.unicodeScalars)[token.start..<token.end])))
        }
      }
    }
  }

  /// A run of controls (a NUL-padded field) is no token either, and the text keeps its bytes.
  @Test func aRunOfControlsIsNoToken() throws {
    let tokenizer = try Tokenizer()
    let text = "late\u{0}\u{0}\u{0}\u{1B}[0m\u{7F}\u{9B}delivery\u{0}"
    let result = try tokenizer.tokenize(text)
    #expect(result.tokens.map { result.text(of: $0) } == ["late", "[", "0m", "delivery"])
    #expect(result.utf8 == Array(text.utf8))
    #expect(result.sentences.count == 1)
    #expect(try tokenizer.tokenize("\u{0}\u{1}\u{7F}\u{80}").tokens.isEmpty)
  }

  /// Tab, line feed, carriage return and U+0085 NEXT LINE stay as they were: white space, and a
  /// line break where one ends a sentence.
  @Test func lineBreaksAndTabsAreLeftAsTheyWere() throws {
    let tokenizer = try Tokenizer()
    for separator in ["\t", "\n", "\r", "\u{85}"] {
      let result = try tokenizer.tokenize("good\(separator)bad")
      #expect(result.tokens.map { result.text(of: $0) } == ["good", "bad"], "\(separator.debugDescription)")
    }
  }
}
