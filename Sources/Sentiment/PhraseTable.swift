/// Token norms that occur in any term of a model, each with a small integer id. One lookup per
/// token maps a text to ids once; every `PhraseTable` of the model then walks ids.
struct Vocabulary: Sendable {
  private var table = TermTable()

  var count: Int { table.count }

  /// The id of `norm`, adding it when new.
  mutating func id(adding norm: [UInt8]) -> Int32 {
    if let id = table.lookup(norm) { return id }
    let id = Int32(table.count)
    table.insert(norm, value: id)
    return id
  }

  /// The id of a token's norm, or -1 when no term uses it.
  func id(of norm: UnsafeBufferPointer<UInt8>) -> Int32 {
    table.lookup(norm) ?? -1
  }
}

/// Terms of one or more tokens (a trie over vocabulary ids) mapped to an entry index, matched
/// longest-first: at position i, the longest term starting at i wins.
struct PhraseTable: Sendable {
  /// (node << 32 | token id) → child node. Node 0 is the root.
  private var edges: [UInt64: Int32] = [:]
  /// Entry index at each node, -1 when no term ends there.
  private var values: [Int32] = [-1]
  private(set) var count = 0
  /// The longest term, in tokens.
  private(set) var longest = 0

  /// Adds a term; returns the entry it replaced, if any.
  @discardableResult
  mutating func insert(_ ids: [Int32], value: Int32) -> Int32? {
    var node: Int32 = 0
    for id in ids {
      let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
      if let child = edges[key] {
        node = child
      } else {
        let child = Int32(values.count)
        values.append(-1)
        edges[key] = child
        node = child
      }
    }
    let previous = values[Int(node)]
    values[Int(node)] = value
    if previous < 0 { count += 1 }
    longest = max(longest, ids.count)
    return previous >= 0 ? previous : nil
  }

  /// The longest term starting at `start` among `ids` (ids < 0 never match), limited to `end`.
  /// Skips over nothing: terms are contiguous token sequences.
  func longestMatch(_ ids: UnsafeBufferPointer<Int32>, from start: Int, to end: Int) -> (value: Int32, length: Int)? {
    var node: Int32 = 0
    var best: (value: Int32, length: Int)?
    var position = start
    while position < end {
      let id = ids[position]
      if id < 0 { break }
      let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
      guard let child = edges[key] else { break }
      node = child
      position += 1
      let value = values[Int(node)]
      if value >= 0 { best = (value, position - start) }
    }
    return best
  }
}

/// Prefix wildcards (`disappoint*`): a table per prefix length, tried longest prefix first.
struct PrefixTable: Sendable {
  private var table = TermTable()
  /// Distinct prefix lengths in bytes, longest first.
  private(set) var lengths: [Int] = []

  var count: Int { table.count }

  @discardableResult
  mutating func insert(_ prefix: [UInt8], value: Int32) -> Int32? {
    if !lengths.contains(prefix.count) {
      lengths.append(prefix.count)
      lengths.sort(by: >)
    }
    return table.insert(prefix, value: value)
  }

  func match(_ norm: UnsafeBufferPointer<UInt8>) -> Int32? {
    for length in lengths where length <= norm.count {
      if let value = table.lookup(UnsafeBufferPointer(rebasing: norm[0..<length])) { return value }
    }
    return nil
  }
}
