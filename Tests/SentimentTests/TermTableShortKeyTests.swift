import Testing

@testable import Sentiment

/// `TermTable.lookup(short:count:)`, the one-load path for keys of 1 to 8 bytes, answers as the
/// general `lookup`: the value last inserted for every key, and nil for keys never inserted, among
/// them keys that share a stored key's first bytes or differ from one only by a trailing zero byte
/// (a stored key's first 8 bytes are kept zero-padded).
struct TermTableShortKeyTests {
  /// `key` followed by filler bytes, so that 8 bytes may be read from its start.
  private func padded(_ key: [UInt8]) -> [UInt8] {
    key + [UInt8](repeating: 0xAB, count: 8)
  }

  private func shortLookup(_ table: TermTable, _ key: [UInt8]) -> Int32? {
    padded(key).withUnsafeBytes { table.lookup(short: $0.baseAddress!, count: key.count) }
  }

  @Test func shortKeysAnswerAsTheGeneralLookup() {
    let words = ["a", "to", "the", "good", "great", "refund", "helpful", "terrible", "agent", "café", "don’t", "😀"]
    var keys: [[UInt8]] = []
    for (index, word) in words.enumerated() {
      keys.append(Array(word.utf8))
      keys.append(Array("\(word)\(index)".utf8))
      keys.append(Array(word.utf8) + [0])
    }
    var table = TermTable()
    var expected: [[UInt8]: Int32] = [:]
    for (index, key) in (keys + keys.prefix(5)).enumerated() {
      table.insert(key, value: Int32(index))
      expected[key] = Int32(index)
    }
    var absent: [[UInt8]] = [Array("absent".utf8), Array("goo".utf8), Array("greats".utf8), [0], [0, 0, 0, 0]]
    for key in keys where key.count > 1 { absent.append(Array(key.dropLast())) }
    for key in keys + absent where (1...8).contains(key.count) {
      #expect(shortLookup(table, key) == expected[key], "\(key)")
      #expect(shortLookup(table, key) == table.lookup(key), "\(key)")
    }
    #expect(keys.contains { $0.count == 8 } && keys.contains { $0.count > 8 }, "keys around the 8-byte limit")
  }
}
