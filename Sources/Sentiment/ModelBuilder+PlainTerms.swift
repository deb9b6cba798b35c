extension ModelBuilder {
  /// Adds the valence term `bytes` (entry `entry`, on line `line` of `file`) when it is plain
  /// lower-case words (`TermNormalizer.spacedLowercaseKeys`: nine terms in ten of the shipped
  /// lexicons), and returns whether it was; changes nothing and returns false for any other term.
  ///
  /// Does what `addValenceFile` does for such a term, from the term's bytes in place: its keys are
  /// ranges of them, its ids and its duplicate key are taken without an array per key, per term or
  /// per joined key (those arrays, made and freed for every term, cost some 25M instructions at
  /// every start-up). Keys are made as arrays only for a term that may have other forms
  /// (`mayHaveVariants`). Such a term is neither a wildcard nor a hashtag, so it never has an
  /// `unmatchableTermProblem`.
  mutating func addPlainTerm(
    _ bytes: UnsafeBufferPointer<UInt8>, entry: Int32, line: Int, file: String, seen: inout TermTable
  ) -> Bool {
    guard !bytes.isEmpty else { return false }
    return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: bytes.count) { scratch in
      guard let keyCount = TermNormalizer.spacedLowercaseKeys(bytes, into: scratch) else { return false }
      let keys = UnsafeBufferPointer(rebasing: scratch[..<keyCount])
      noteDuplicate(keys, of: bytes, line: line, file: file, seen: &seen)
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: keyCount) { ids in
        for position in 0..<keyCount {
          ids[position] = tables.vocabulary.id(adding: UnsafeBufferPointer(rebasing: bytes[keys[position]]))
        }
        tables.valence.insert(UnsafeBufferPointer(ids), value: entry)
        if Self.mayHaveVariants(keys, of: bytes) {
          addVariants(of: keys.map { Array(UnsafeBufferPointer(rebasing: bytes[$0])) }, ids: Array(ids))
        }
      }
      return true
    }
  }

  /// Warns about a term whose keys (`keys`, ranges of `bytes`) joined by spaces another term of the
  /// file had, as `noteDuplicate` does with the joined key. A term without a hyphen is its own
  /// joined key (its words are its keys, one space between them); a hyphen is a key of its own, so
  /// "top-notch" is keyed "top - notch".
  private mutating func noteDuplicate(
    _ keys: UnsafeBufferPointer<Range<Int>>, of bytes: UnsafeBufferPointer<UInt8>, line: Int, file: String,
    seen: inout TermTable
  ) {
    let joinedCount = keys.reduce(keys.count - 1) { $0 + $1.count }
    let value = Int32(truncatingIfNeeded: line)
    if joinedCount == bytes.count {
      if let first = seen.insert(bytes, value: value) {
        warnDuplicate(String(decoding: bytes, as: UTF8.self), first: Int(first), line: line, file: file, what: "term")
      }
      return
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: joinedCount) { joined in
      var count = 0
      for (position, key) in keys.enumerated() {
        if position > 0 {
          joined[count] = UInt8(ascii: " ")
          count += 1
        }
        for index in key {
          joined[count] = bytes[index]
          count += 1
        }
      }
      let key = UnsafeBufferPointer(joined)
      if let first = seen.insert(key, value: value) {
        warnDuplicate(String(decoding: key, as: UTF8.self), first: Int(first), line: line, file: file, what: "term")
      }
    }
  }

  /// Whether the plain term `bytes`, keyed by `keys` (`TermNormalizer.spacedLowercaseKeys`), may
  /// have other forms: false only when `contractionSpellings`, `agreementVariants` and
  /// `auxiliaryVariants` of its keys are all empty. Tested on the bytes, for each of them a
  /// necessary condition: an apostrophe (a negative contraction); or several words with an object
  /// pronoun's length and last letter ("me", "us", "him", "her", "them"), or a first word that
  /// starts with "w" ("will", "would"); or three words or more with "been" after the first, or
  /// a copula's length and last letter ("is", "was", "are", "were") before the last.
  static func mayHaveVariants(_ keys: UnsafeBufferPointer<Range<Int>>, of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if bytes.contains(UInt8(ascii: "'")) { return true }
    let count = keys.count
    guard count > 1 else { return false }
    if bytes[keys[0].lowerBound] == UInt8(ascii: "w") { return true }
    for key in keys {
      let last = bytes[key.upperBound - 1]
      switch key.count {
      case 2: if last == UInt8(ascii: "e") || last == UInt8(ascii: "s") { return true }
      case 3: if last == UInt8(ascii: "m") || last == UInt8(ascii: "r") { return true }
      case 4: if last == UInt8(ascii: "m") { return true }
      default: break
      }
    }
    guard count > 2 else { return false }
    for key in keys[1..<(count - 1)] where UnsafeBufferPointer(rebasing: bytes[key]).elementsEqual("been".utf8) {
      return true
    }
    let beforeLast = keys[count - 2]
    let last = bytes[beforeLast.upperBound - 1]
    return (2...4).contains(beforeLast.count) && (last == UInt8(ascii: "s") || last == UInt8(ascii: "e"))
  }
}
