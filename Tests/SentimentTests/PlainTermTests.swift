import Testing

@testable import Sentiment

/// The model builder adds plain lower-case terms from their bytes (`ModelBuilder.addPlainTerm`),
/// making their keys as arrays only when `mayHaveVariants` says they may have other forms. The
/// reference is the general path: the variant functions on the tokenizer's keys.
struct PlainTermTests {
  /// The keys of `term` as `spacedLowercaseKeys` gives them and whether `mayHaveVariants` holds,
  /// or nil when the term is not plain.
  private func plainKeys(_ term: String) -> (keys: [[UInt8]], mayHaveVariants: Bool)? {
    let bytes = Array(term.utf8)
    return bytes.withUnsafeBufferPointer { bytes in
      withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: max(bytes.count, 1)) { scratch in
        guard let count = TermNormalizer.spacedLowercaseKeys(bytes, into: scratch) else { return nil }
        let ranges = UnsafeBufferPointer(rebasing: scratch[..<count])
        return (ranges.map { Array(bytes[$0]) }, ModelBuilder.mayHaveVariants(ranges, of: bytes))
      }
    }
  }

  @Test func termsWithoutVariantsAreTold() throws {
    let normalizer = try TermNormalizer()
    var terms: [String] = []
    for name in SentimentModel.shippedValenceFiles {
      let file = try DataFile.embedded(name)
      terms += try LexiconParser.parse(file.contents, name: name, format: .verbatim).map(\.term)
    }
    // Each kind of variant, and near misses: a pronoun, a modal, "been", a copula before the last
    // word, a negative contraction; words of the same length and last letter that are none.
    terms += [
      "nobody called me", "nobody called us", "called him back", "told her off", "ignored them",
      "will be back", "would recommend", "was rude", "internet been down", "app is down", "they were late",
      "doesn't work", "can't fault", "won't-do", "the site", "not ham", "very dim", "a theme", "been there",
      "never been better", "it's been ages", "top-notch service", "so-so", "wow", "we are", "ux is bad",
    ]
    var plain = 0
    var told = 0
    for term in terms {
      guard let (keys, mayHaveVariants) = plainKeys(term) else { continue }
      // The tokenizer's keys (the general path's) are the plain ones.
      #expect(keys == (try normalizer.tokenizedKeys(of: term)), "\(term)")
      plain += 1
      let hasVariants =
        !ModelBuilder.contractionSpellings(keys).isEmpty || !ModelBuilder.agreementVariants(keys).isEmpty
        || !ModelBuilder.auxiliaryVariants(keys).isEmpty
      if hasVariants {
        #expect(mayHaveVariants, "\(term)")
        told += 1
      }
    }
    #expect(plain > 9000)
    #expect(told > 100)
    // Terms with variants, one of each kind.
    for term in ["nobody called me", "will be back", "internet been down", "app is down", "doesn't work"] {
      #expect(plainKeys(term)?.mayHaveVariants == true, "\(term)")
    }
    // None: one word, or no word that could have another form.
    for term in ["wow", "the site", "not bad", "a theme", "top-notch service"] {
      #expect(plainKeys(term)?.mayHaveVariants == false, "\(term)")
    }
  }

  /// Duplicate warnings name the joined key, a hyphen a key of its own ("top - notch"), and both lines.
  @Test func duplicatePlainTermsAreWarnedAboutByTheirJoinedKeys() throws {
    var builder = try ModelBuilder()
    let text = "great\t2\ntop-notch\t3\nGreat\t2.5\ntop - notch\t3\nnot bad\t1\nnot bad\t1.5\n"
    try builder.addValenceFile(DataFile(name: "pack.tsv", text: text, embedded: false), format: .verbatim)
    let messages = builder.warnings.map { "\($0.line): \($0.message)" }
    #expect(
      messages == [
        "3: duplicate term \"great\" (first on line 1); the later value, on line 3, wins",
        "4: duplicate term \"top - notch\" (first on line 2); the later value, on line 4, wins",
        "6: duplicate term \"not bad\" (first on line 5); the later value, on line 6, wins",
      ])
  }
}
