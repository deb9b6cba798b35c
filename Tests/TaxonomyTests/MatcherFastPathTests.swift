import Testing
import Tokenization

@testable import Taxonomy

/// The phrase matcher's and the regex search's fast paths against their general forms: the byte
/// table's word-at-a-time key head (against a `Dictionary`), the prefix-pair filter (against the
/// tokens whose norm starts with the pattern) and the tagger's literal scan (against
/// `RegexLiteralPrefix.asciiText`, the test `ICURegex` applies).
@Suite struct MatcherFastPathTests {
  /// A fixed linear congruential sequence (Knuth's MMIX constants), so every run sees the same data.
  struct Sequence {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }

    /// Thirty texts of each length below 40, of bytes drawn from `alphabet`.
    mutating func texts(from alphabet: [UInt8]) -> [String] {
      (0..<40).flatMap { length in
        (0..<30).map { _ in String(decoding: (0..<length).map { _ in alphabet[next(alphabet.count)] }, as: UTF8.self) }
      }
    }
  }

  @Test func byteTableFindsEveryKeyLengthAsADictionaryDoes() {
    var random = Sequence(state: 7)
    var table = ByteStringTable()
    var reference: [[UInt8]: Int32] = [:]
    let alphabet = Array("abcé'-s".utf8)
    for length in 1...20 {
      for _ in 0..<20 {
        let key = (0..<length).map { _ in alphabet[random.next(alphabet.count)] }
        guard let text = String(validating: key, as: UTF8.self) else { continue }
        let value = Int32(reference.count)
        if reference[key] == nil {
          reference[key] = value
          table.insert(text, value: value)
        }
      }
    }
    for (key, value) in reference {
      #expect(key.withUnsafeBufferPointer { table.value(for: $0) } == value)
      // The same key with one byte changed, one byte longer and one shorter.
      for position in key.indices {
        var changed = key
        changed[position] = changed[position] == UInt8(ascii: "z") ? UInt8(ascii: "y") : UInt8(ascii: "z")
        #expect(changed.withUnsafeBufferPointer { table.value(for: $0) } == reference[changed])
      }
      let longer = key + [UInt8(ascii: "a")]
      #expect(longer.withUnsafeBufferPointer { table.value(for: $0) } == reference[longer])
      let shorter = Array(key.dropLast())
      #expect(shorter.withUnsafeBufferPointer { table.value(for: $0) } == reference[shorter])
    }
  }

  @Test func prefixPatternsMatchTheTokensTheyStart() throws {
    let tokenizer = try Tokenizer()
    // One- and two-byte patterns, a pattern that shares its first two bytes with a term, a
    // non-ASCII one, and words that share only their first byte with a pattern.
    let patterns = ["a*", "re*", "refund*", "rx*", "üb*", "über*", "z*"]
    let words = ["a", "ab", "re", "r", "ref", "refund", "refunds", "rex", "rx", "über", "üben", "u", "zz", "xz", "are"]
    var random = Sequence(state: 11)
    let texts = (0..<40).map { _ in (0..<8).map { _ in words[random.next(words.count)] }.joined(separator: " ") }
    for pattern in patterns {
      let stem = String(pattern.dropLast())
      let compiled = try CompiledCodebook(try Fixtures.codebook([("t", [pattern])]), tokenizer: tokenizer)
      let tagger = try Tagger(compiled)
      for text in texts {
        let tokenized = try tokenizer.tokenize(text)
        let expected = tokenized.tokens.filter { $0.kind == .word && tokenized.norm(of: $0).hasPrefix(stem) }
          .map { [$0.start, $0.end] }
        let found = try tagger.tag(tokenized).first?.evidence.map { [$0.start, $0.end] } ?? []
        #expect(found == expected, "\(pattern) in \(text)")
      }
    }
  }

  /// The walk keeps no trie node without edges (`PhraseMatcher.hasEdges`): every occurrence of
  /// phrases that nest, share words or end where another goes on is still found.
  @Test func phraseWalkFindsEveryOccurrenceOfNestedPhrases() throws {
    let tokenizer = try Tokenizer()
    let phrases = ["a", "a b", "a b c", "b c", "c", "b a", "c a b", "d e f", "e"]
    let words = ["a", "b", "c", "d", "e", "f"]
    let codebook = try Fixtures.codebook(phrases.enumerated().map { ("t\($0.offset)", ["\"\($0.element)\""]) })
    let tagger = try Tagger(
      try CompiledCodebook(codebook, tokenizer: tokenizer),
      options: TaggingOptions(longestMatch: false, mostSpecific: false))
    var random = Sequence(state: 5)
    for _ in 0..<60 {
      let text = (0..<12).map { _ in words[random.next(words.count)] }.joined(separator: " ")
      let tokenized = try tokenizer.tokenize(text)
      let norms = tokenized.tokens.map { tokenized.norm(of: $0) }
      let tags = try tagger.tag(tokenized)
      for (index, phrase) in phrases.enumerated() {
        let parts = phrase.split(separator: " ").map(String.init)
        var expected: [[Int]] = []
        for start in 0...(norms.count - parts.count) where Array(norms[start..<(start + parts.count)]) == parts {
          expected.append([tokenized.tokens[start].start, tokenized.tokens[start + parts.count - 1].end])
        }
        let found = tags.first { $0.code == "t\(index)" }?.evidence.map { [$0.start, $0.end] } ?? []
        #expect(found == expected, "\(phrase) in \(text)")
      }
    }
  }

  /// A text with non-ASCII code points that the literal scan rules out has no match (ICU's own
  /// search), for the shipped codebook's regexes and a few more, with texts that hold the code
  /// points that fold to ASCII letters (ſ, K, ß, ﬆ, İ …) and others that do not.
  @Test func literalScanOfMixedTextsAgreesWithICU() throws {
    let shipped = try CompiledCodebook(try Codebook.shipped(), tokenizer: try Tokenizer())
    var patterns = shipped.regexes.map { ($0.pattern, $0.caseInsensitive) }
    patterns += [("(?i)switch", false), ("stick", true), ("(?i)kiss", false), ("Order 12", false), ("(?i)fish", false)]
    let scans = patterns.compactMap { pattern, caseInsensitive in
      RegexLiteralScan(pattern: pattern, caseInsensitive: caseInsensitive).map { ($0, pattern, caseInsensitive) }
    }
    #expect(scans.count >= 5)
    let pieces = [
      "re", "turn", "return", "RETURN", "sw", "itch", "switch", "st", "ick", "ki", "ss", "fi", "sh", "Order 12", " ",
      "I'll ", "will ", ". ", "é", "Д", "服", "’", "😀", "ı", "Å", "µ", "ſ", "\u{212A}", "ß", "ẞ", "ﬆ", "ﬅ", "ﬁ", "İ",
      "ŉ", "ǰ", "ẗ", "ẖ", "x", "to ", "Tesco",
    ]
    var random = Sequence(state: 13)
    var texts = [
      "ſwitch to Tesco", "SWİTCH", "\u{212A}iss", "ki\u{DF}", "ﬆick", "sti\u{212A}", "ﬁsh", "é return", "retur é",
    ]
    for _ in 0..<400 {
      texts.append((0..<random.next(8)).map { _ in pieces[random.next(pieces.count)] }.joined())
    }
    var matches: [Range<Int>] = []
    for (scan, pattern, caseInsensitive) in scans {
      let regex = try ICURegex(pattern: pattern, caseInsensitive: caseInsensitive, prefilter: false)
      for text in texts {
        let bytes = Array(text.utf8)
        let isASCII = !bytes.withUnsafeBufferPointer { RegexLiteralScan.holdsNonASCII($0) }
        let ruledOut = bytes.withUnsafeBufferPointer { buffer in
          scan.rulesOut(buffer, isASCII: isASCII) { RegexLiteralScan.holdsASCIIFolding(buffer) }
        }
        guard ruledOut else { continue }
        matches.removeAll()
        _ = try bytes.withUnsafeBufferPointer { try regex.matches(in: $0, into: &matches) }
        #expect(matches.isEmpty, "\(pattern) in \(text)")
      }
    }
    // The folding scan finds each code point, alone and inside other text.
    for folding in [
      "ß", "İ", "ŉ", "ſ", "ǰ", "ẖ", "ẗ", "ẘ", "ẙ", "ẚ", "ẞ", "\u{212A}", "ﬀ", "ﬁ", "ﬂ", "ﬃ", "ﬄ", "ﬅ", "ﬆ",
    ] {
      for text in [folding, "a\(folding)", "\(folding)b", "é\(folding)服"] {
        #expect(Array(text.utf8).withUnsafeBufferPointer { RegexLiteralScan.holdsASCIIFolding($0) }, "\(text)")
      }
    }
    for other in ["é", "Д", "服", "’", "😀", "ı", "Å", "µ", "ẛ", "﬇", "ẝ", "\u{212B}", "ÿ", "Ÿ"] {
      #expect(!Array(other.utf8).withUnsafeBufferPointer { RegexLiteralScan.holdsASCIIFolding($0) }, "\(other)")
    }
  }

  /// A text the literal's word boundaries rule out (`RegexLiteralBoundaries`) has no match (ICU's
  /// own search), for the shipped codebook's regexes and patterns with a boundary before, after, or
  /// after an optional group, in either case, with texts that hold the literal inside words, next
  /// to digits, underscores, marks and non-ASCII letters.
  @Test func literalBoundariesAgreeWithICU() throws {
    let shipped = try CompiledCodebook(try Codebook.shipped(), tokenizer: try Tokenizer())
    var patterns = shipped.regexes.map { ($0.pattern, $0.caseInsensitive) }
    patterns += [
      ("\\breturn(?:ing)?\\b", true), ("(?i)return(?:ed)?\\b", false), ("\\bswitch", false),
      ("(?m)^\\bswitch(?:ing)??\\b\\s+to", true), ("\\bno refund\\b", true), ("\\breturns?\\b", true),
      ("(?i)\\bswitch(?:ing)?+\\b", false),
    ]
    let scans = patterns.compactMap { pattern, caseInsensitive in
      RegexLiteralScan(pattern: pattern, caseInsensitive: caseInsensitive).map {
        ($0, $0.boundaries(of: pattern), pattern, caseInsensitive)
      }
    }
    #expect(scans.filter { $0.1.after && $0.1.suffixLength > 0 }.count >= 4)
    let pieces = [
      "return", "RETURN", "Return", "ing", "ING", "ed", "s", "switch", "SWITCH", "no refund", "non", "_", "5", " ",
      ".", "'", "’", "é", "\u{301}", "\u{200D}", "服", "ſ", "\u{212A}", "will ", "I ", "to ", "Tesco", "\n",
    ]
    var random = Sequence(state: 17)
    var texts = ["will return", "returned", "nonreturnable", "returning_", "switch2", "éreturn", "return\u{301}"]
    for _ in 0..<600 {
      texts.append((0..<random.next(7)).map { _ in pieces[random.next(pieces.count)] }.joined())
    }
    var matches: [Range<Int>] = []
    for (scan, boundaries, pattern, caseInsensitive) in scans {
      let regex = try ICURegex(pattern: pattern, caseInsensitive: caseInsensitive, prefilter: false)
      for text in texts {
        let bytes = Array(text.utf8)
        let isASCII = !bytes.withUnsafeBufferPointer { RegexLiteralScan.holdsNonASCII($0) }
        // As the tagger asks: only where the literal scan would have sent the text to ICU.
        let ruledOut = bytes.withUnsafeBufferPointer { buffer in
          !scan.rulesOut(buffer, isASCII: isASCII) { RegexLiteralScan.holdsASCIIFolding(buffer) }
            && !scan.occurs(in: buffer, with: boundaries)
        }
        guard ruledOut else { continue }
        matches.removeAll()
        _ = try bytes.withUnsafeBufferPointer { try regex.matches(in: $0, into: &matches) }
        #expect(matches.isEmpty, "\(pattern) in \(text)")
      }
    }
    let shippedReturn = try #require(shipped.regexes.first { $0.pattern.hasPrefix("(?im)\\breturn(?:ing)?\\b") })
    let boundaries = try #require(
      RegexLiteralScan(pattern: shippedReturn.pattern, caseInsensitive: shippedReturn.caseInsensitive)?.boundaries(
        of: shippedReturn.pattern))
    #expect(boundaries.before && boundaries.after && boundaries.suffixLength == 3)
    // Beyond the short reading: free spacing, Unicode word breaks, an alternative after the
    // literal, an optional boundary.
    for pattern in [
      "(?x)\\breturn\\b", "(?w)\\breturn\\b", "\\breturn(?:ing|s)?\\b", "\\breturn\\b?x", "return\\b{0,1}",
    ] {
      let boundaries = RegexLiteralScan(pattern: pattern, caseInsensitive: true)?.boundaries(of: pattern)
      #expect(boundaries.map { !$0.after } ?? true, "\(pattern)")
    }
  }

  /// Two regexes of the same literal prefilter with different boundaries: the text one rules out
  /// by its boundaries is still searched for the other (a prefilter twin shares only what both
  /// prefilters rule out).
  @Test func boundariesOfOneRegexDoNotRuleOutItsTwin() throws {
    let tokenizer = try Tokenizer()
    let compiled = try CompiledCodebook(
      try Fixtures.codebook([
        ("word", ["/\\breturn\\b/"]), ("inside", ["/return(?:ed)?x/"]), ("again", ["/\\breturn\\b/ OR again"]),
      ]), tokenizer: tokenizer)
    let tagger = try Tagger(compiled)
    #expect(try tagger.tag(try tokenizer.tokenize("nonreturnx")).map(\.code) == ["inside"])
    #expect(try tagger.tag(try tokenizer.tokenize("we return")).map(\.code) == ["word", "again"])
    #expect(try tagger.tag(try tokenizer.tokenize("returnedx again")).map(\.code) == ["inside", "again"])
  }

  /// The byte the literal scan looks for is the literal's least frequent letter in English.
  @Test func literalScanProbesTheRarestByte() {
    #expect(RegexLiteralScan.rarestOffset(Array("return".utf8)) == 3)
    #expect(RegexLiteralScan.rarestOffset(Array("switch".utf8)) == 1)
    #expect(RegexLiteralScan.rarestOffset(Array("eee".utf8)) == 0)
    #expect(RegexLiteralScan.rarestOffset(Array("Order 12".utf8)) == 5)
  }

  @Test func literalScanAgreesWithTheRegexPrefilter() throws {
    let scans = try [
      ("(?i)\\breturn(?:ing)?\\b", false), ("(?i)switch", false), ("Order 12", false), ("ab1x", true),
      ("(?i)eee", false),
    ].map { pattern, caseInsensitive in
      try #require(RegexLiteralScan(pattern: pattern, caseInsensitive: caseInsensitive))
    }
    let alphabet = Array("reRtTuUnNsSwWiIcChHOoder 12abAB1xXE@`[{".utf8)
    var random = Sequence(state: 3)
    var texts = ["", "r", "re", "return", "RETURN", "xreturn", "retur", "eee", "Order 12", "order 12", "ab1X"]
    texts += random.texts(from: alphabet)
    // Texts that hold a literal at every offset, for the word-at-a-time part and the tail.
    for offset in 0..<20 {
      texts.append(String(repeating: "x", count: offset) + "ReTuRn" + String(repeating: "y", count: 20 - offset))
      texts.append(String(repeating: "r", count: offset) + "switcH")
    }
    for scan in scans {
      for text in texts {
        var bytes = Array(text.utf8)
        let reference = bytes.withUnsafeBufferPointer {
          RegexLiteralPrefix.asciiText($0, contains: scan.literal, caseInsensitive: scan.caseInsensitive)
        }
        let found = bytes.withUnsafeBufferPointer { scan.occurs(inASCII: $0) }
        #expect(found == (reference ?? false), "\(scan.literal) in \(text)")
        #expect(!bytes.withUnsafeBufferPointer { RegexLiteralScan.holdsNonASCII($0) })
        bytes.append(0xC3)
        #expect(bytes.withUnsafeBufferPointer { RegexLiteralScan.holdsNonASCII($0) })
      }
    }
  }

  /// The one-pass search of several literals finds each literal where its own scan finds it, for
  /// the shipped codebook's literals and others (literals sharing bytes, one a part of another,
  /// with and without case), in random texts and texts with a literal at every offset.
  @Test func literalSetAgreesWithEachScan() throws {
    let shipped = try CompiledCodebook(try Codebook.shipped(), tokenizer: try Tokenizer())
    let shippedScans = shipped.regexes.compactMap {
      RegexLiteralScan(pattern: $0.pattern, caseInsensitive: $0.caseInsensitive)
    }
    let shippedSet = try #require(RegexLiteralSet(shippedScans))
    // Codebook 1.21.0 added a third: general.recommend's "do not use" ending a sentence.
    #expect(shippedSet.literals.count == 3)
    #expect(shippedSet.mask.nonzeroBitCount <= 3)
    let others = try [
      ("(?i)switch", false), ("Order 12", false), ("ab1x", true), ("(?i)eee", false), ("(?i)return", false),
      ("turn", false), ("Turn", true), ("itch", false),
    ].map { pattern, caseInsensitive in
      try #require(RegexLiteralScan(pattern: pattern, caseInsensitive: caseInsensitive))
    }
    var sets = [shippedSet]
    for (first, second) in [(0, 4), (1, 2), (4, 5), (5, 6), (0, 7), (2, 3)] {
      if let set = RegexLiteralSet([others[first], others[second]]) { sets.append(set) }
    }
    if let set = RegexLiteralSet([others[4], others[5], others[6]]) { sets.append(set) }
    #expect(sets.count >= 5)
    #expect(RegexLiteralSet([others[0]]) == nil)
    #expect(RegexLiteralSet([others[0], others[0]]) == nil)
    var random = Sequence(state: 5)
    let alphabet = Array("reRtTuUnNsSwWiIcChHOoder 12abAB1xXE@`[{wW".utf8)
    var texts = ["", "u", "w", "return", "switch", "RETURN SWITCH", "retur", "switc", "Order 12", "ab1X", "TURN"]
    texts += random.texts(from: alphabet)
    for offset in 0..<20 {
      texts.append(String(repeating: "x", count: offset) + "ReTuRn" + String(repeating: "y", count: 20 - offset))
      texts.append(String(repeating: "w", count: offset) + "switcH" + String(repeating: "u", count: offset % 3))
      texts.append(String(repeating: "u", count: offset) + "Turn é itch")
    }
    for set in sets {
      let scans = zip(set.literals, set.caseInsensitive).map { literal, caseInsensitive in
        others.first { $0.literal == literal && $0.caseInsensitive == caseInsensitive }
          ?? shippedScans.first { $0.literal == literal && $0.caseInsensitive == caseInsensitive }
      }
      for text in texts {
        let bytes = Array(text.utf8)
        let found = bytes.withUnsafeBufferPointer { set.occurrences(in: $0) }
        for (index, scan) in scans.enumerated() {
          let scan = try #require(scan)
          #expect(set.index(of: scan) == index)
          let expected = bytes.withUnsafeBufferPointer { scan.occurs(inASCII: $0) }
          #expect((found & (1 << UInt64(index)) != 0) == expected, "\(scan.literal) in \(text)")
        }
      }
    }
  }
}
