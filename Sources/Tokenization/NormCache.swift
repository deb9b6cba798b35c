/// The NFKC_Casefold forms of recent non-ASCII tokens, so that a word seen before costs a hash
/// lookup instead of ICU's UTF-8 → UTF-16 → normalise → UTF-8 round trip (about half a microsecond).
/// Words repeat (Zipf's law), so most tokens of a non-English text hit.
///
/// NFKC_Casefold is a function of the token's bytes alone, so a cached form is exactly what ICU
/// would return. The keys are in a `ByteKeyTable`, the forms in an arena beside it; both are
/// emptied together when either is full, so memory stays bounded whatever the input. One cache per
/// tokenizer (not shared).
struct NormCache {
  /// Tokens longer than this are normalised by ICU every time (rare, and they would crowd the arena).
  static let maximumKeyLength = 64
  private static let formBudget = 1 << 19

  private var table = ByteKeyTable<ArenaSpan>(slotCount: 8192, keyBudget: 1 << 19, blank: ArenaSpan())
  private var forms: [UInt8] = []

  /// Appends the cached form of `key` to `output` and returns true, or returns false on a miss.
  /// (The arena is borrowed once for the copy: appending an `ArraySlice` of it retained the arena
  /// and went through the generic sequence path, about 100 instructions.)
  @inline(__always)
  mutating func appendForm(of key: UnsafeBufferPointer<UInt8>, hash: UInt64, to output: inout [UInt8]) -> Bool {
    withForm(of: key, hash: hash) { output.append(contentsOf: $0) }
  }

  /// Calls `body` with the cached form of `key` (a buffer into the arena, valid during the call)
  /// and returns true, or returns false on a miss.
  @inline(__always)
  mutating func withForm(
    of key: UnsafeBufferPointer<UInt8>, hash: UInt64, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) -> Bool {
    guard let form = table.entry(of: key, hash: hash) else { return false }
    forms.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[form.range])) }
    return true
  }

  /// Remembers that `key` normalises to `form`.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, form: ArraySlice<UInt8>) {
    if table.needsClearing(forKeyOf: key.count) || forms.count + form.count > Self.formBudget {
      table.removeAll()
      forms.removeAll(keepingCapacity: true)
    }
    table.insert(key, hash: hash, entry: ArenaSpan(start: Int32(forms.count), count: Int32(form.count)))
    forms.append(contentsOf: form)
  }

  /// FNV-1a over the key's bytes, eight at a time (a per-process table needs no stronger hash: a
  /// collision costs one comparison, never a wrong answer). The hash of every tokenizer cache.
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let raw = UnsafeRawBufferPointer(key)
    var offset = 0
    while offset + 8 <= key.count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01b3
      hash ^= hash >> 29
      offset += 8
    }
    while offset < key.count {
      hash = (hash ^ UInt64(key[offset])) &* 0x0000_0100_0000_01b3
      offset += 1
    }
    return hash ^ (hash >> 32)
  }
}
