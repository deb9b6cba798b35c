/// A string compared byte for byte (UTF-8), with no Unicode normalisation, trimming or case folding.
///
/// Swift's `String ==` treats canonically equivalent strings ("é" and "e\u{301}") as equal; a codebook
/// label must not silently merge with another, so labels, items and coders are keyed by their bytes.
/// Ordering is byte order, which is Unicode code point order.
struct ExactLabel: Hashable, Comparable, Sendable {
  let utf8: [UInt8]

  init(_ text: String) { utf8 = Array(text.utf8) }

  var string: String { String(decoding: utf8, as: UTF8.self) }

  static func < (lhs: ExactLabel, rhs: ExactLabel) -> Bool { lhs.utf8.lexicographicallyPrecedes(rhs.utf8) }
}

/// Interns strings to dense indices in first-seen order, comparing UTF-8 bytes exactly.
///
/// An open-addressing hash table (FNV-1a 64-bit hashes, linear probing) over a flat byte store, so that
/// interning a field straight from a CSV buffer allocates nothing unless the value is new.
struct Interner: Sendable {
  private(set) var values: [String] = []
  private var storage: [UInt8] = []
  private var offsets: [Int] = [0]
  private var slots: [Int32] = Array(repeating: -1, count: 64)
  private var hashes: [UInt64] = []

  var count: Int { values.count }

  func index(of text: String) -> Int? {
    var text = text
    return text.withUTF8 { find($0, hash: Self.hash($0)).index }
  }

  mutating func intern(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { intern(bytes: $0) }
  }

  /// Interns bytes that are valid UTF-8.
  mutating func intern(bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let hash = Self.hash(bytes)
    let (found, slot) = find(bytes, hash: hash)
    if let found { return found }
    let index = values.count
    values.append(String(decoding: bytes, as: UTF8.self))
    storage.append(contentsOf: bytes)
    offsets.append(storage.count)
    hashes.append(hash)
    slots[slot] = Int32(index)
    if values.count * 2 > slots.count { grow() }
    return index
  }

  /// The index of `bytes` if present, and the slot where it is or would go.
  func index(bytes: UnsafeBufferPointer<UInt8>) -> Int? { find(bytes, hash: Self.hash(bytes)).index }

  private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (index: Int?, slot: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let candidate = Int(slots[slot])
      if candidate < 0 { return (nil, slot) }
      if hashes[candidate] == hash {
        let start = offsets[candidate]
        let end = offsets[candidate + 1]
        if end - start == bytes.count {
          let equal = storage.withUnsafeBufferPointer { stored in
            bytes.count == 0 || memcmpEqual(stored.baseAddress! + start, bytes.baseAddress!, bytes.count)
          }
          if equal { return (candidate, slot) }
        }
      }
      slot = (slot + 1) & mask
    }
  }

  private mutating func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for index in hashes.indices {
      var slot = Int(truncatingIfNeeded: hashes[index]) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index)
    }
  }

  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash ^ (hash >> 29)
  }
}

private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
  for offset in 0..<count where a[offset] != b[offset] { return false }
  return true
}
