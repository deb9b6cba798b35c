import Testing

@testable import Sentiment

/// A table made with room for its keys (`TermTable(reservingCapacity:)`) answers as one grown from
/// empty: the same previous values on insert, and the same lookups, for keys of every length.
struct TermTableCapacityTests {
  @Test func reservedTableAnswersAsAGrownOne() {
    let keys = (0..<3_000).map { Array("k\($0 % 1_000)-\(String(repeating: "x", count: $0 % 13))".utf8) }
    var grown = TermTable()
    var reserved = TermTable(reservingCapacity: 1_000)
    for (index, key) in keys.enumerated() {
      #expect(grown.insert(key, value: Int32(index)) == reserved.insert(key, value: Int32(index)))
    }
    #expect(grown.count == reserved.count)
    for key in keys + [Array("absent".utf8), []] {
      #expect(grown.lookup(key) == reserved.lookup(key))
    }
  }
}
