import Testing

@testable import Pipeline

@Suite struct CooccurrenceTests {
  @Test func countsEachPairOncePerItemMostFrequentFirst() {
    let sets: [Set<String>] = [["a", "b", "c"], ["a", "b"], ["b", "c"], ["a"], []]
    let pairs = ValidationAnalysis.cooccurrences(sets, limit: 10)
    // a–b: items 1 and 2; b–c: items 1 and 3; a–c: item 1 (hand count).
    #expect(pairs.map { "\($0.first)+\($0.second)=\($0.count)" } == ["a+b=2", "b+c=2", "a+c=1"])
    #expect(ValidationAnalysis.cooccurrences(sets, limit: 1).count == 1)
  }
}
