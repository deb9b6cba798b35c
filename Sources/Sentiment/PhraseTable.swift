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
  @inline(__always)
  func id(of norm: UnsafeBufferPointer<UInt8>) -> Int32 {
    table.lookup(norm) ?? -1
  }
}

/// Terms of one or more tokens (a trie over vocabulary ids) mapped to an entry index, matched
/// longest-first: at position i, the longest term starting at i wins.
struct PhraseTable: Sendable {
  /// Trie edges: (node << 32 | token id) → child node. Node 0 is the root.
  private var edges = EdgeTable()
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
      let key = EdgeTable.key(node: node, id: id)
      if let child = edges.lookup(key) {
        node = child
      } else {
        let child = Int32(values.count)
        values.append(-1)
        edges.insert(key, child: child)
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
    guard count > 0 else { return nil }
    return values.withUnsafeBufferPointer { values in
      var node: Int32 = 0
      var best: (value: Int32, length: Int)?
      var position = start
      while position < end {
        let id = ids[position]
        if id < 0 { break }
        guard let child = edges.lookup(EdgeTable.key(node: node, id: id)) else { break }
        node = child
        position += 1
        let value = values[Int(node)]
        if value >= 0 { best = (value, position - start) }
      }
      return best
    }
  }
}

/// An open-addressing hash table from trie edges (parent node, token id) packed in a `UInt64` to
/// child nodes: one multiply to hash (Fibonacci hashing, Knuth TAOCP vol. 3 §6.4), linear probing,
/// load factor ≤ 0.5. Replaces `Dictionary<UInt64, Int32>`, whose SipHash dominated phrase lookups.
struct EdgeTable: Sendable {
  /// No edge has this key: node and id are both non-negative `Int32`s.
  private static let empty = UInt64.max
  private var keys: [UInt64] = Array(repeating: EdgeTable.empty, count: 16)
  private var children: [Int32] = Array(repeating: -1, count: 16)
  private var shift: UInt64 = 60  // 64 - log2(capacity)
  private(set) var count = 0

  @inline(__always)
  static func key(node: Int32, id: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
  }

  @inline(__always)
  private func slot(of key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  @inline(__always)
  func lookup(_ key: UInt64) -> Int32? {
    keys.withUnsafeBufferPointer { keys in
      let mask = keys.count - 1
      var index = slot(of: key)
      while true {
        let stored = keys[index]
        if stored == key { return children[index] }
        if stored == Self.empty { return nil }
        index = (index + 1) & mask
      }
    }
  }

  mutating func insert(_ key: UInt64, child: Int32) {
    if (count + 1) * 2 > keys.count { grow() }
    let mask = keys.count - 1
    var index = slot(of: key)
    while keys[index] != Self.empty && keys[index] != key { index = (index + 1) & mask }
    if keys[index] == Self.empty { count += 1 }
    keys[index] = key
    children[index] = child
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldChildren = children
    keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
    children = Array(repeating: -1, count: oldKeys.count * 2)
    shift -= 1
    count = 0
    for (key, child) in zip(oldKeys, oldChildren) where key != Self.empty { insert(key, child: child) }
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
