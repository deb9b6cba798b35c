/// Token norms that occur in any term of a model, each with a small integer id. One lookup per
/// token maps a text to ids once; every `PhraseTable` of the model then walks ids.
struct Vocabulary: Sendable {
  private var table = TermTable()
  /// The id of every norm of one or two printable ASCII bytes ("i", "a", ".", ",", "is", "to",
  /// "my", ":)") or of three lower-case ASCII letters ("the", "and", "you"), -1 for one no term
  /// uses, at its `shortSlot`: a third of a text's tokens are looked up with one array read instead
  /// of a hash and a probe of `table`. Kept in step with `table` by `id(adding:)`, its only writer
  /// (an id, once given, never changes), so a read here answers what `table.lookup` would.
  private var shortIDs = [Int32](repeating: -1, count: Self.shortSlots)

  /// How many printable ASCII bytes there are (0x21–0x7E).
  @inline(__always) private static var printable: Int { 0x7E - 0x21 + 1 }
  /// One slot per printable byte, one per pair of them, then one per three lower-case letters.
  private static var shortSlots: Int { printable + printable * printable + 26 * 26 * 26 }

  var count: Int { table.count }

  /// The slot of `norm` in `shortIDs`, when it is one or two printable ASCII bytes or three
  /// lower-case ASCII letters.
  @inline(__always)
  fileprivate static func shortSlot(_ norm: UnsafeBufferPointer<UInt8>) -> Int? {
    switch norm.count {
    case 1:
      let first = Int(norm[0]) &- 0x21
      return first >= 0 && first < printable ? first : nil
    case 2:
      let first = Int(norm[0]) &- 0x21
      let second = Int(norm[1]) &- 0x21
      guard first >= 0 && first < printable && second >= 0 && second < printable else { return nil }
      return printable + first &* printable + second
    case 3:
      let first = Int(norm[0]) &- 0x61
      let second = Int(norm[1]) &- 0x61
      let third = Int(norm[2]) &- 0x61
      guard UInt(bitPattern: first) < 26 && UInt(bitPattern: second) < 26 && UInt(bitPattern: third) < 26 else {
        return nil
      }
      return printable + printable * printable + (first &* 26 + second) &* 26 + third
    default:
      return nil
    }
  }

  /// The id of `norm`, adding it when new.
  mutating func id(adding norm: [UInt8]) -> Int32 {
    norm.withUnsafeBufferPointer { id(adding: $0) }
  }

  /// `id(adding:)` of bytes in place.
  mutating func id(adding norm: UnsafeBufferPointer<UInt8>) -> Int32 {
    let id = table.value(of: norm, insertingIfAbsent: Int32(table.count))
    if let slot = Self.shortSlot(norm) { shortIDs[slot] = id }
    return id
  }

  /// Calls `body` with each norm's bytes and its id.
  @inline(__always)
  func forEachNorm(_ body: (UnsafeBufferPointer<UInt8>, Int32) -> Void) {
    table.forEach(body)
  }

  /// The id of a token's norm, or -1 when no term uses it.
  @inline(__always)
  func id(of norm: UnsafeBufferPointer<UInt8>) -> Int32 {
    if let slot = Self.shortSlot(norm) { return shortIDs[slot] }
    return table.lookup(norm) ?? -1
  }

  /// `id(of: norm)` where `readable` bytes (≥ `norm.count`) may be read from the norm's start.
  @inline(__always)
  func id(of norm: UnsafeBufferPointer<UInt8>, readable: Int) -> Int32 {
    if let slot = Self.shortSlot(norm) { return shortIDs[slot] }
    // Most other words are 1 to 8 bytes: one masked load (`TermTable.lookup(short:count:)`).
    if norm.count <= 8 && norm.count > 0 && readable >= 8, let base = norm.baseAddress {
      return table.lookup(short: UnsafeRawPointer(base), count: norm.count) ?? -1
    }
    return table.lookup(norm, readable: readable) ?? -1
  }

  /// A `Reader` of the vocabulary (`TermTable.unsafeReader()`), valid while this vocabulary value
  /// is neither mutated nor released.
  func unsafeReader() -> Reader {
    Reader(shortIDs: shortIDs.withUnsafeBufferPointer { $0 }, table: table.unsafeReader())
  }

  /// The vocabulary's short ids and its table's slots (`unsafeReader()`).
  struct Reader: @unchecked Sendable {
    fileprivate let shortIDs: UnsafeBufferPointer<Int32>
    fileprivate let table: TermTable.Reader

    /// `Vocabulary.id(of: norm, readable: readable)` for a norm of at most 8 bytes with 8 readable
    /// (most words); nil for any other, which the caller looks up in the vocabulary itself.
    @inline(__always)
    func id(of norm: UnsafeBufferPointer<UInt8>, readable: Int) -> Int32? {
      if let slot = Vocabulary.shortSlot(norm) { return shortIDs[slot] }
      guard norm.count <= 8 && norm.count > 0 && readable >= 8, let base = norm.baseAddress else { return nil }
      return table.lookup(short: UnsafeRawPointer(base), count: norm.count) ?? -1
    }
  }
}

/// Terms of one or more tokens (a trie over vocabulary ids) mapped to an entry index, matched
/// longest-first: at position i, the longest term starting at i wins.
///
/// Layout for the cache: a lookup of a token that starts a term reads one 16-byte record (`Node`,
/// indexed by the token's id) for the whole first step, its value and whether any longer term goes
/// on from it. Most terms are one word, so most lookups end there; the values and child filters
/// of deeper nodes sit side by side in one array too.
struct PhraseTable: Sendable {
  /// A trie node's entry and children; for a root child, the first step of every match that starts
  /// with its token (`root(startingWith:)`).
  struct Node: Sendable {
    /// The node's index (for a root child; unused elsewhere), -1 when there is none.
    var index: Int32 = -1
    /// Entry index of the term that ends here, -1 when none does.
    var value: Int32 = -1
    /// A 64-bit filter of the token ids its edges lead on by (`childBit`); 0 for a leaf. A node
    /// with children ("not", "the") is left without probing `edges` when the next token is none
    /// of its children's: a probe of a large table (usually a cache miss) that would find nothing.
    var filter: UInt64 = 0
  }

  /// The root's children, indexed by token id (`index` -1: none), each with its value and filter:
  /// the first step is one array read, not a hash probe and two more reads.
  private var roots: [Node] = []
  /// `roots.count`, kept beside it (`insert` is its only writer): in the unit builder, which asks
  /// every word that starts a negator, intensifier or connective, a call to `Array.count` was left
  /// out of line.
  private var rootCount = 0
  /// Deeper trie edges: (node << 32 | token id) → child node. Node 0 is the root.
  private var edges = EdgeTable()
  /// Every node's value and filter (a root child's are copied in `roots` too).
  private var nodes: [Node] = [Node()]
  private(set) var count = 0
  /// The longest term, in tokens.
  private(set) var longest = 0

  /// Adds a term; returns the entry it replaced, if any.
  @discardableResult
  mutating func insert(_ ids: [Int32], value: Int32) -> Int32? {
    ids.withUnsafeBufferPointer { insert($0, value: value) }
  }

  /// `insert(_:value:)` of ids in place.
  @discardableResult
  mutating func insert(_ ids: UnsafeBufferPointer<Int32>, value: Int32) -> Int32? {
    var node: Int32 = 0
    // The root child the term starts with (its record in `roots` mirrors `nodes`), if any.
    var rootID: Int?
    for id in ids {
      if node == 0 && id >= 0 {
        // Most new ids are the next one: an append or two, where `append(contentsOf:)` of a
        // repeated element cost some 200 instructions a call at every start-up.
        while Int(id) >= roots.count { roots.append(Node()) }
        rootCount = roots.count
        if roots[Int(id)].index < 0 {
          roots[Int(id)].index = Int32(nodes.count)
          nodes.append(Node())
        }
        node = roots[Int(id)].index
        rootID = Int(id)
        continue
      }
      let key = EdgeTable.key(node: node, id: id)
      if let child = edges.lookup(key) {
        node = child
      } else {
        let child = Int32(nodes.count)
        nodes.append(Node())
        nodes[Int(node)].filter |= Self.childBit(id)
        if let rootID, roots[rootID].index == node { roots[rootID].filter = nodes[Int(node)].filter }
        edges.insert(key, child: child)
        node = child
      }
    }
    let previous = nodes[Int(node)].value
    nodes[Int(node)].value = value
    if let rootID, roots[rootID].index == node { roots[rootID].value = value }
    if previous < 0 { count += 1 }
    longest = max(longest, ids.count)
    return previous >= 0 ? previous : nil
  }

  /// The bit of token `id` in a node's child filter (the top 6 bits of a Fibonacci hash).
  @inline(__always)
  private static func childBit(_ id: Int32) -> UInt64 {
    1 << ((UInt64(UInt32(bitPattern: id)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
  }

  /// Whether some term starts with the token `id`.
  func hasTerm(startingWith id: Int32) -> Bool {
    id >= 0 && Int(id) < roots.count && roots[Int(id)].index >= 0
  }

  /// The root child of token `id` (`index` -1 when no term starts with it), for a caller that keeps
  /// it beside other facts of the token (`RuleTables.valenceMatch`).
  func root(startingWith id: Int32) -> Node {
    id >= 0 && Int(id) < roots.count ? roots[Int(id)] : Node()
  }

  /// The longest term starting at `start` among `ids` (ids < 0 never match), limited to `end`.
  /// Skips over nothing: terms are contiguous token sequences. Inlined: the unit builder calls it
  /// for three tables, and a call there copies the table (a retain and release per call).
  @inline(__always)
  func longestMatch(_ ids: UnsafeBufferPointer<Int32>, from start: Int, to end: Int) -> (value: Int32, length: Int)? {
    guard start < end else { return nil }
    let first = ids[start]
    guard first >= 0, Int(first) < rootCount else { return nil }
    return longestMatch(ids, from: start, to: end, root: roots[Int(first)])
  }

  /// `longestMatch(ids, from: start, to: end)` where `root` is `root(startingWith: ids[start])`.
  @inline(__always)
  func longestMatch(_ ids: UnsafeBufferPointer<Int32>, from start: Int, to end: Int, root: Node) -> (
    value: Int32, length: Int
  )? {
    guard start < end, root.index >= 0 else { return nil }
    if root.filter == 0 {
      return root.value >= 0 ? (root.value, 1) : nil
    }
    return nodes.withUnsafeBufferPointer { nodes in
      var node = root.index
      var filter = root.filter
      var best: (value: Int32, length: Int)?
      var position = start + 1
      if root.value >= 0 { best = (root.value, 1) }
      while position < end {
        let id = ids[position]
        if id < 0 || filter & Self.childBit(id) == 0 { break }
        guard let child = edges.lookup(EdgeTable.key(node: node, id: id)) else { break }
        node = child
        position += 1
        let reached = nodes[Int(node)]
        if reached.value >= 0 { best = (reached.value, position - start) }
        filter = reached.filter
      }
      return best
    }
  }
}

/// An open-addressing hash table from trie edges (parent node, token id) packed in a `UInt64` to
/// child nodes: one multiply to hash (Fibonacci hashing, Knuth TAOCP vol. 3 §6.4), linear probing,
/// load factor ≤ 0.5. Replaces `Dictionary<UInt64, Int32>`, whose SipHash dominated phrase lookups.
struct EdgeTable: Sendable {
  /// A key and its child side by side: one cache line read per probe.
  private struct Slot: Sendable {
    var key: UInt64
    var child: Int32
  }

  /// No edge has this key: node and id are both non-negative `Int32`s.
  private static let empty = UInt64.max
  private var slots: [Slot] = Array(repeating: Slot(key: EdgeTable.empty, child: -1), count: 16)
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
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var index = slot(of: key)
      while true {
        let stored = slots[index]
        if stored.key == key { return stored.child }
        if stored.key == Self.empty { return nil }
        index = (index + 1) & mask
      }
    }
  }

  mutating func insert(_ key: UInt64, child: Int32) {
    if (count + 1) * 2 > slots.count { grow() }
    let mask = slots.count - 1
    var index = slot(of: key)
    while slots[index].key != Self.empty && slots[index].key != key { index = (index + 1) & mask }
    if slots[index].key == Self.empty { count += 1 }
    slots[index] = Slot(key: key, child: child)
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(key: Self.empty, child: -1), count: old.count * 2)
    shift -= 1
    count = 0
    for slot in old where slot.key != Self.empty { insert(slot.key, child: slot.child) }
  }
}

/// Prefix wildcards (`disappoint*`): a table per prefix length, tried longest prefix first.
struct PrefixTable: Sendable {
  private var table = TermTable()
  /// Distinct prefix lengths in bytes, longest first.
  private(set) var lengths: [Int] = []
  /// The shortest prefix's length (`Int.max` while there is none), stored inline: `match` rejects
  /// a shorter word without reading `lengths`, and it runs for most words of every text.
  private var shortest = Int.max
  /// Every prefix, to rebuild the filter when a shorter prefix arrives.
  private var prefixes: [[UInt8]] = []
  /// How many leading bytes the filter reads: the shortest prefix's length, at most 4.
  private var filterWidth = 4
  /// A 4,096-bit filter on the first `filterWidth` bytes of every prefix, so that most words are
  /// rejected without a hash lookup.
  private var filter = [UInt64](repeating: 0, count: 64)

  var count: Int { table.count }

  @discardableResult
  mutating func insert(_ prefix: [UInt8], value: Int32) -> Int32? {
    precondition(!prefix.isEmpty, "a wildcard has at least one character before its *")
    if !lengths.contains(prefix.count) {
      lengths.append(prefix.count)
      lengths.sort(by: >)
    }
    shortest = min(shortest, prefix.count)
    prefixes.append(prefix)
    if prefix.count < filterWidth {
      filterWidth = prefix.count
      filter = [UInt64](repeating: 0, count: 64)
      for known in prefixes { setFilterBit(for: known) }
    } else {
      setFilterBit(for: prefix)
    }
    return table.insert(prefix, value: value)
  }

  /// The filter bit of the first `filterWidth` bytes of `bytes` (which has at least that many).
  @inline(__always)
  private func filterBit(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var head: UInt32 = 0
    if filterWidth == 4, let base = bytes.baseAddress {
      // The usual width: the four bytes in one (big-endian) load, the value the loop builds.
      head = UInt32(bigEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt32.self))
    } else {
      for index in 0..<filterWidth { head = head << 8 | UInt32(bytes[index]) }
    }
    return Int(truncatingIfNeeded: (UInt64(head) &* 0x9E37_79B9_7F4A_7C15) >> 52)
  }

  private mutating func setFilterBit(for prefix: [UInt8]) {
    let bit = prefix.withUnsafeBufferPointer { filterBit(of: $0) }
    filter[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// Whether some prefix may start `norm`: it is long enough and its first bytes pass the filter.
  /// Most words fail this, so callers test it inline before calling `match`.
  @inline(__always)
  func mayMatch(_ norm: UnsafeBufferPointer<UInt8>) -> Bool {
    guard norm.count >= shortest else { return false }
    let bit = filterBit(of: norm)
    return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  func match(_ norm: UnsafeBufferPointer<UInt8>) -> Int32? {
    guard mayMatch(norm) else { return nil }
    for length in lengths where length <= norm.count {
      if let value = table.lookup(UnsafeBufferPointer(rebasing: norm[0..<length])) { return value }
    }
    return nil
  }
}

extension Vocabulary {
  /// The norms in id order (their bytes back to back, then each one's length), for
  /// `ModelArchive`: the hash table itself is rebuilt on reading, which costs less than reading it.
  func archive(into writer: inout ModelArchiveWriter) {
    var norms = [[UInt8]](repeating: [], count: count)
    forEachNorm { norm, id in norms[Int(id)] = Array(norm) }
    writer.array(norms.flatMap { $0 })
    writer.array(norms.map { Int32($0.count) })
  }

  /// A vocabulary read back from `ModelArchive`: each norm added in id order, so each gets its id.
  init(archive reader: inout ModelArchiveReader) throws(ModelArchive.Damage) {
    let bytes = try reader.array(of: UInt8.self)
    let lengths = try reader.array(of: Int32.self)
    table = TermTable(reservingCapacity: lengths.count)
    var start = 0
    try bytes.withUnsafeBufferPointer { (bytes) throws(ModelArchive.Damage) in
      for (index, length) in lengths.enumerated() {
        guard length >= 0, Int(length) <= bytes.count - start else { throw .init(what: "vocabulary norm \(index)") }
        let id = self.id(adding: UnsafeBufferPointer(rebasing: bytes[start..<start + Int(length)]))
        guard id == Int32(index) else { throw .init(what: "vocabulary norm \(index) repeated") }
        start += Int(length)
      }
    }
    guard start == bytes.count else { throw .init(what: "vocabulary bytes") }
  }
}

extension PhraseTable {
  /// The table's fields for `ModelArchive`.
  func archive(into writer: inout ModelArchiveWriter) {
    // The roots array is indexed by token id and mostly empty: only the ids that start a term, and
    // their nodes, are written (a root's value and filter are its node's).
    writer.integer(rootCount)
    let started = roots.indices.filter { roots[$0].index >= 0 }
    writer.array(started.map { Int32($0) })
    writer.array(started.map { roots[$0].index })
    edges.archive(into: &writer)
    writer.array(nodes)
    writer.integer(count)
    writer.integer(longest)
  }

  /// A table read back from `ModelArchive`.
  init(archive reader: inout ModelArchiveReader) throws(ModelArchive.Damage) {
    rootCount = try reader.integer()
    let started = try reader.array(of: Int32.self)
    let startNodes = try reader.array(of: Int32.self)
    edges = try EdgeTable(archive: &reader)
    nodes = try reader.array(of: Node.self)
    count = try reader.integer()
    longest = try reader.integer()
    // `roots` grows to the largest id a term starts with, and every child is a node.
    guard rootCount == (started.max().map { Int($0) + 1 } ?? 0), started.count == startNodes.count,
      !nodes.isEmpty, edges.children(below: Int32(clamping: nodes.count))
    else { throw .init(what: "phrase table shape") }
    roots = Array(repeating: Node(), count: rootCount)
    for (id, node) in zip(started, startNodes) {
      guard id >= 0, Int(id) < rootCount, node > 0, Int(node) < nodes.count else {
        throw .init(what: "phrase table root")
      }
      roots[Int(id)] = Node(index: node, value: nodes[Int(node)].value, filter: nodes[Int(node)].filter)
    }
  }

  /// The sizes of the archived element types, for `ModelArchive`'s layout fingerprint.
  static var archivedLayout: [Int] { [MemoryLayout<Node>.stride] }

  /// Whether every term's value is below `bound` (a table read from `ModelArchive`, whose values
  /// index an entry list of `bound` items).
  func values(below bound: Int32) -> Bool {
    nodes.allSatisfy { $0.value < bound }
  }
}

extension EdgeTable {
  /// The table's capacity and its edges (keys, then children), for `ModelArchive`: the empty
  /// slots, most of the table, are not written.
  func archive(into writer: inout ModelArchiveWriter) {
    writer.integer(slots.count)
    // In key order, not slot order: the archive of a table read back is then the same bytes.
    let used = slots.filter { $0.key != Self.empty }.sorted { $0.key < $1.key }
    writer.array(used.map(\.key))
    writer.array(used.map(\.child))
  }

  /// A table read back from `ModelArchive`: its edges inserted again at the capacity they had.
  init(archive reader: inout ModelArchiveReader) throws(ModelArchive.Damage) {
    let capacity = try reader.integer()
    let keys = try reader.array(of: UInt64.self)
    let children = try reader.array(of: Int32.self)
    // The table doubles when more than half full: never over four slots an edge (or 16).
    guard capacity >= 16, capacity <= max(16, 4 * (keys.count + 1)), capacity & (capacity - 1) == 0,
      keys.count == children.count, keys.count * 2 <= capacity, !keys.contains(Self.empty)
    else { throw .init(what: "edge table shape") }
    slots = Array(repeating: Slot(key: Self.empty, child: -1), count: capacity)
    shift = UInt64(64 - capacity.trailingZeroBitCount)
    for (key, child) in zip(keys, children) { insert(key, child: child) }
  }

  /// Whether every edge leads to a node below `nodeCount` (a table read from `ModelArchive`).
  func children(below nodeCount: Int32) -> Bool {
    slots.allSatisfy { $0.key == Self.empty || ($0.child > 0 && $0.child < nodeCount) }
  }
}

extension PrefixTable {
  /// The table's fields for `ModelArchive`.
  func archive(into writer: inout ModelArchiveWriter) {
    table.archive(into: &writer)
    writer.array(lengths)
    writer.integer(shortest)
    writer.integer(prefixes.count)
    for prefix in prefixes { writer.array(prefix) }
    writer.integer(filterWidth)
    writer.array(filter)
  }

  /// A table read back from `ModelArchive`.
  init(archive reader: inout ModelArchiveReader) throws(ModelArchive.Damage) {
    table = try TermTable(archive: &reader)
    lengths = try reader.array(of: Int.self)
    shortest = try reader.integer()
    let prefixCount = try reader.count(ofSize: 8)
    prefixes = []
    prefixes.reserveCapacity(prefixCount)
    for _ in 0..<prefixCount { prefixes.append(try reader.array(of: UInt8.self)) }
    filterWidth = try reader.integer()
    filter = try reader.array(of: UInt64.self)
    // `filterBit` reads `filterWidth` bytes of a word at least `shortest` long.
    guard filter.count == 64, filterWidth == min(4, shortest), shortest >= 1,
      shortest == Int.max ? lengths.isEmpty : lengths.min() == shortest
    else { throw .init(what: "prefix table shape") }
  }
}
