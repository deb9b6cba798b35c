/// Open-addressing hash tables keyed by byte strings and by trie edges, used by the phrase matcher
/// so that looking up a token's norm neither allocates nor hashes a `String`.

/// Maps byte strings to non-negative `Int32` values. A slot holds a key's length, its first 8
/// bytes and its value, so looking up a key of at most 8 bytes (most words) reads one slot per
/// probe and nothing else; longer keys compare their remaining bytes in an arena.
struct ByteStringTable: Sendable {
  private struct Slot: Sendable {
    /// The key's first 8 bytes (fewer are padded with zeros), as one little-endian word.
    var head: UInt64
    /// The key's length; -1 marks an empty slot.
    var length: Int32
    var value: Int32
  }

  private var slots: [Slot]
  /// Per slot: where the bytes after the first 8 of a longer key start in `arena`.
  private var tailStarts: [Int32]
  private var arena: [UInt8] = []
  private var mask: Int
  /// 64 minus the base-2 logarithm of the slot count: a hash's slot is its top bits (`slot(_:)`).
  private var shift: UInt64
  private(set) var count = 0

  private static let empty = Slot(head: 0, length: -1, value: -1)

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Self.empty, count: size)
    tailStarts = [Int32](repeating: 0, count: size)
    mask = size - 1
    shift = UInt64(64 - size.trailingZeroBitCount)
  }

  /// The first 8 bytes of `bytes` (fewer padded with zeros) as one little-endian word. A key of 4
  /// to 7 bytes is read as two overlapping 4-byte words, one of 1 to 3 bytes as its first, middle
  /// and last bytes (which overlap as well): no loop over the bytes (a third of a lookup's
  /// instructions went to it).
  @inline(__always)
  static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = bytes.baseAddress else { return 0 }
    let count = bytes.count
    if count >= 8 { return UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)) }
    // The shifts below are at most 24 bits (counts of 1 to 7 bytes): masking shifts (`&<<`) and
    // wrapping arithmetic give the same words without the checks of the general operators.
    if count >= 4 {
      let low = UInt64(UInt32(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt32.self)))
      let high = UInt64(UInt32(littleEndian: UnsafeRawPointer(base + (count &- 4)).loadUnaligned(as: UInt32.self)))
      return low | high &<< UInt64(truncatingIfNeeded: (count &- 4) &* 8)
    }
    if count == 0 { return 0 }
    let middle = count &>> 1
    let last = count &- 1
    return UInt64(base[0]) | UInt64(base[middle]) &<< UInt64(truncatingIfNeeded: middle &* 8) | UInt64(base[last])
      &<< UInt64(truncatingIfNeeded: last &* 8)
  }

  /// A hash of the key: its head and length, then each further 8-byte word, mixed by a multiply and
  /// an xor-shift (the constants of SplitMix64; Steele, Lea & Flood 2014, "Fast splittable
  /// pseudorandom number generators", doi:10.1145/2714064.2660195). Its top bits are the slot
  /// (`slot(_:)`: a multiply mixes every bit of the key into them), so no finalizer is needed: the
  /// lookup of a token's norm, the phrase matcher's most frequent, is a few instructions shorter.
  @inline(__always)
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, head: UInt64) -> UInt64 {
    hash(head: head, count: bytes.count, tail: bytes.count > 8 ? bytes.baseAddress.map { $0 + 8 } : nil)
  }

  /// `hash(_:head:)` of a key of `count` bytes whose bytes after the first 8 start at `tail` (nil
  /// for a key of at most 8 bytes).
  @inline(__always)
  private static func hash(head: UInt64, count: Int, tail: UnsafePointer<UInt8>?) -> UInt64 {
    var hash = (head ^ UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
    if count > 8, let tail {
      var index = 8
      while index < count {
        let word =
          index + 8 <= count
          ? UnsafeRawPointer(tail + (index - 8)).loadUnaligned(as: UInt64.self)
          : Self.head(UnsafeBufferPointer(start: tail + (index - 8), count: count - index))
        hash = (hash ^ (hash >> 31) ^ word) &* 0xBF58_476D_1CE4_E5B9
        index += 8
      }
    }
    return hash
  }

  /// The head and the hash of `key` (`head(_:)`, `hash(_:head:)`), for a caller that tests a filter
  /// of its own on the hash before the lookup (`value(for:head:hash:)`; the phrase matcher's term
  /// filter), so the key is read and hashed once.
  @inline(__always)
  static func digest(_ key: UnsafeBufferPointer<UInt8>) -> (head: UInt64, hash: UInt64) {
    let head = head(key)
    return (head, hash(key, head: head))
  }

  /// The first slot of a key whose hash is `hash`: the hash's top bits.
  @inline(__always)
  private func slot(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: hash &>> shift)
  }

  @inline(__always)
  func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
    let head = Self.head(key)
    return value(for: key, head: head, hash: Self.hash(key, head: head))
  }

  /// The value of `key`, whose `digest(_:)` is `head` and `hash`.
  @inline(__always)
  func value(for key: UnsafeBufferPointer<UInt8>, head: UInt64, hash: UInt64) -> Int32? {
    var slot = self.slot(hash)
    let length = Int32(truncatingIfNeeded: key.count)
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let stored = slots[slot]
        if stored.length < 0 { return nil }
        if stored.length == length && stored.head == head && (key.count <= 8 || tailMatches(slot, key)) {
          return stored.value
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Whether the bytes after the first 8 of `key` are those of the longer key in `slot`.
  private func tailMatches(_ slot: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    arena.withUnsafeBufferPointer { arena in
      let start = Int(tailStarts[slot])
      for index in 8..<key.count where arena[start + index - 8] != key[index] { return false }
      return true
    }
  }

  func value(for key: String) -> Int32? {
    var copy = key
    return copy.withUTF8 { value(for: $0) }
  }

  /// Inserts `key` with `value` unless present; returns the stored value.
  @discardableResult
  mutating func insert(_ key: String, value: Int32) -> Int32 {
    var copy = key
    return copy.withUTF8 { insert($0, value: value) }
  }

  /// Inserts the byte string `key` with `value` unless present; returns the stored value.
  @discardableResult
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, value: Int32) -> Int32 {
    if let existing = self.value(for: bytes) { return existing }
    if (count + 1) * 2 > slots.count { grow() }
    var tailStart: Int32 = 0
    if bytes.count > 8 {
      tailStart = Int32(arena.count)
      arena.append(contentsOf: bytes[8...])
    }
    let head = Self.head(bytes)
    place(
      Slot(head: head, length: Int32(bytes.count), value: value), tailStart: tailStart,
      hash: Self.hash(bytes, head: head))
    count += 1
    return value
  }

  private mutating func place(_ entry: Slot, tailStart: Int32, hash: UInt64) {
    var slot = self.slot(hash)
    while slots[slot].length >= 0 { slot = (slot + 1) & mask }
    slots[slot] = entry
    tailStarts[slot] = tailStart
  }

  /// Doubles the slots, placing every key again (its hash recomputed from its head and its tail
  /// in the arena, where it lies: no copy of the key).
  private mutating func grow() {
    let oldSlots = slots
    let oldTails = tailStarts
    slots = [Slot](repeating: Self.empty, count: oldSlots.count * 2)
    tailStarts = [Int32](repeating: 0, count: oldSlots.count * 2)
    mask = slots.count - 1
    shift -= 1
    let arena = self.arena
    arena.withUnsafeBufferPointer { arena in
      for (index, stored) in oldSlots.enumerated() where stored.length >= 0 {
        let tail = stored.length > 8 ? arena.baseAddress.map { $0 + Int(oldTails[index]) } : nil
        let hash = Self.hash(head: stored.head, count: Int(stored.length), tail: tail)
        place(stored, tailStart: oldTails[index], hash: hash)
      }
    }
  }
}

/// The edges of a trie (node, label → child), each stored with its child's *mark* (the phrase
/// the child ends, or the prefix pattern's symbol; -1 for none), so one step of a walk reads one
/// slot. The root's edges are a table indexed by label; the others an open-addressing hash table
/// keyed by the pair.
struct TrieEdges: Sendable {
  struct Edge: Sendable {
    var child: Int32
    var mark: Int32
  }

  private struct Slot: Sendable {
    var key: UInt64
    var edge: Edge
  }

  private static let noEdge = Edge(child: -1, mark: -1)
  private static let emptyKey = UInt64.max
  private var roots: [Edge] = []
  private var slots: [Slot]
  private var mask: Int
  private var count = 0

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(key: Self.emptyKey, edge: Self.noEdge), count: size)
    mask = size - 1
  }

  @inline(__always)
  private static func key(_ node: Int32, _ label: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: label))
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
  }

  /// The edge from `node` (0: the root) labelled `label` (non-negative), if any.
  @inline(__always)
  func edge(from node: Int32, _ label: Int32) -> Edge? {
    if node == 0 {
      return roots.withUnsafeBufferPointer { roots in
        Int(label) < roots.count && roots[Int(label)].child >= 0 ? roots[Int(label)] : nil
      }
    }
    let key = Self.key(node, label)
    var slot = Self.slot(key, mask)
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let stored = slots[slot]
        if stored.key == key { return stored.edge }
        if stored.key == Self.emptyKey { return nil }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Runs `body` with the root's edges, indexed by label (a label at or past the end, or an edge
  /// whose child is negative, is no edge): `edge(from: 0, label)` for a loop that reads many.
  func withRootEdges<Result>(_ body: (UnsafeBufferPointer<Edge>) -> Result) -> Result {
    roots.withUnsafeBufferPointer(body)
  }

  /// Adds the edge `node` → `child` labelled `label`, its child unmarked (or replaces it).
  mutating func insert(from node: Int32, _ label: Int32, child: Int32) {
    update(from: node, label) { $0 = Edge(child: child, mark: -1) }
  }

  /// Marks the child of the existing edge `node` → `label`.
  mutating func mark(from node: Int32, _ label: Int32, as mark: Int32) {
    update(from: node, label) { $0.mark = mark }
  }

  private mutating func update(from node: Int32, _ label: Int32, _ change: (inout Edge) -> Void) {
    if node == 0 {
      if roots.count <= Int(label) {
        roots.append(contentsOf: repeatElement(Self.noEdge, count: Int(label) + 1 - roots.count))
      }
      change(&roots[Int(label)])
      return
    }
    if (count + 1) * 2 > slots.count { grow() }
    let key = Self.key(node, label)
    var slot = Self.slot(key, mask)
    while slots[slot].key != Self.emptyKey && slots[slot].key != key { slot = (slot + 1) & mask }
    if slots[slot].key == Self.emptyKey {
      count += 1
      slots[slot] = Slot(key: key, edge: Self.noEdge)
    }
    change(&slots[slot].edge)
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(key: Self.emptyKey, edge: Self.noEdge), count: old.count * 2)
    mask = slots.count - 1
    for stored in old where stored.key != Self.emptyKey {
      var slot = Self.slot(stored.key, mask)
      while slots[slot].key != Self.emptyKey { slot = (slot + 1) & mask }
      slots[slot] = stored
    }
  }
}
