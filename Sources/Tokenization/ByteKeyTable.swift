#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The hash table under the tokenizer's caches (`NormCache`, `RegionBoundaryCache`,
/// `RegionTokenCache`): byte-string keys, each with a small fixed-size `Entry` that locates the
/// key's values in arenas its owner keeps.
///
/// Open addressing with linear probing over a fixed power-of-two number of slots; the keys' bytes
/// live in one arena. Nothing is ever removed alone: when three quarters of the slots are used or
/// the key arena would pass its budget (`needsClearing`), the owner empties the table and its own
/// arenas (`removeAll`) and fills again, so memory stays bounded whatever the input. The slots are
/// allocated on the first insertion: a tokenizer that never needs a cache never pays for it.
struct ByteKeyTable<Entry: BitwiseCopyable> {
  private struct Slot {
    var hash: UInt64 = 0
    /// The key's first byte in `keys`; -1 for an empty slot.
    var keyStart: Int32 = -1
    var keyLength: Int32 = 0
    var entry: Entry
  }

  private let slotCount: Int
  private let keyBudget: Int
  /// What an empty slot holds (never returned).
  private let blank: Entry
  private var slots: [Slot] = []
  private var keys: [UInt8] = []
  private var used = 0

  /// A table of `slotCount` slots (a power of two) whose keys take at most `keyBudget` bytes.
  init(slotCount: Int, keyBudget: Int, blank: Entry) {
    precondition(slotCount > 0 && slotCount & (slotCount - 1) == 0, "slotCount must be a power of two")
    self.slotCount = slotCount
    self.keyBudget = keyBudget
    self.blank = blank
  }

  /// The entry stored with `key` (whose `hash` is `NormCache.hash(key)`, or any other function of
  /// its bytes that the owner uses throughout), nil when the table does not hold it.
  @inline(__always)
  func entry(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Entry? {
    guard !slots.isEmpty else { return nil }
    let mask = slotCount - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    while true {
      let slot = slots[index]
      if slot.keyStart < 0 { return nil }
      if slot.hash == hash, Int(slot.keyLength) == key.count,
        keys.withUnsafeBufferPointer({ stored in
          memcmp(stored.baseAddress! + Int(slot.keyStart), key.baseAddress!, key.count) == 0
        })
      {
        return slot.entry
      }
      index = (index + 1) & mask
    }
  }

  /// Whether the table must be emptied before a key of `length` bytes goes in: three quarters of
  /// its slots are used, or the key would pass the arena's budget.
  func needsClearing(forKeyOf length: Int) -> Bool {
    used * 4 >= slotCount * 3 || keys.count + length > keyBudget
  }

  /// Stores `key` with `entry`. The owner has emptied the table first when `needsClearing` said so,
  /// and the key is not in it (`entry(of:hash:)` found nothing).
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, entry: Entry) {
    if slots.isEmpty { slots = [Slot](repeating: Slot(entry: blank), count: slotCount) }
    precondition(!needsClearing(forKeyOf: key.count), "insert into a table that needs clearing")
    let mask = slotCount - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    while slots[index].keyStart >= 0 { index = (index + 1) & mask }
    slots[index] = Slot(hash: hash, keyStart: Int32(keys.count), keyLength: Int32(key.count), entry: entry)
    keys.append(contentsOf: key)
    used += 1
  }

  /// Empties the table, keeping its storage.
  mutating func removeAll() {
    for index in slots.indices { slots[index] = Slot(entry: blank) }
    keys.removeAll(keepingCapacity: true)
    used = 0
  }
}

/// A run of values in an owner's arena: where it starts and how many there are.
struct ArenaSpan {
  var start: Int32 = 0
  var count: Int32 = 0

  /// The span as a range of the arena's indices.
  @inline(__always) var range: Range<Int> { Int(start)..<(Int(start) + Int(count)) }
}
