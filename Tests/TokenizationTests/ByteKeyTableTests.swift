import Testing

@testable import Tokenization

/// The hash table under the tokenizer's caches: a key's entry back exactly, keys that share a hash
/// or a prefix kept apart, and the two limits (three quarters of the slots, the key arena's budget)
/// at which the owner must empty it.
@Suite struct ByteKeyTableTests {
  private func entry(_ table: ByteKeyTable<Int32>, _ key: String, hash: UInt64) -> Int32? {
    Array(key.utf8).withUnsafeBufferPointer { table.entry(of: $0, hash: hash) }
  }

  private func insert(_ table: inout ByteKeyTable<Int32>, _ key: String, hash: UInt64, _ value: Int32) {
    Array(key.utf8).withUnsafeBufferPointer { table.insert($0, hash: hash, entry: value) }
  }

  @Test func keysThatShareAHashOrAPrefixKeepTheirOwnEntries() {
    var table = ByteKeyTable<Int32>(slotCount: 16, keyBudget: 1_000, blank: -1)
    #expect(entry(table, "abc", hash: 3) == nil)  // empty, not yet allocated
    insert(&table, "abc", hash: 3, 1)
    insert(&table, "abd", hash: 3, 2)  // same hash: only the bytes tell them apart
    insert(&table, "ab", hash: 3, 3)  // a prefix of both
    insert(&table, "xyz", hash: 4, 4)  // probes past the three in slots 3, 4 and 5
    #expect(entry(table, "abc", hash: 3) == 1)
    #expect(entry(table, "abd", hash: 3) == 2)
    #expect(entry(table, "ab", hash: 3) == 3)
    #expect(entry(table, "xyz", hash: 4) == 4)
    #expect(entry(table, "abe", hash: 3) == nil)
    #expect(entry(table, "abc", hash: 5) == nil)  // another hash is another key
  }

  @Test func needsClearingAtThreeQuartersOfTheSlots() {
    var table = ByteKeyTable<Int32>(slotCount: 8, keyBudget: 1_000, blank: -1)
    for value in 0..<6 {
      #expect(!table.needsClearing(forKeyOf: 1))
      insert(&table, "k\(value)", hash: UInt64(value), Int32(value))
    }
    // 6 of 8 slots: three quarters.
    #expect(table.needsClearing(forKeyOf: 1))
    table.removeAll()
    #expect(!table.needsClearing(forKeyOf: 1))
    #expect(entry(table, "k0", hash: 0) == nil)
    insert(&table, "k0", hash: 0, 9)
    #expect(entry(table, "k0", hash: 0) == 9)
  }

  @Test func needsClearingWhenTheKeyWouldPassTheBudget() {
    var table = ByteKeyTable<Int32>(slotCount: 64, keyBudget: 10, blank: -1)
    insert(&table, "abcdef", hash: 1, 1)  // 6 of 10 bytes
    #expect(!table.needsClearing(forKeyOf: 4))  // exactly 10
    #expect(table.needsClearing(forKeyOf: 5))
  }
}
