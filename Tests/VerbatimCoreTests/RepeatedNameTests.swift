import TestSupport
import Testing
import VerbatimCore

/// QA review 32 (L1): a member name repeated in a nested object ("meta") is found with its path, as
/// one at the top level is (JSON leaves duplicate names undefined: Python keeps the last value).
@Suite struct RepeatedNameTests {
  @Test(arguments: [
    (#"{"id":1,"id":2}"#, "", "id"),
    (#"{"id":1,"meta":{"channel":"chat","channel":"phone"}}"#, "meta", "channel"),
    (#"{"a":{"b":{"c":1,"c":2}}}"#, "a.b", "c"),
    (#"{"list":[{"x":1},{"x":1,"x":2}]}"#, "list[1]", "x"),
  ])
  func repeatedNamesAreFoundWithTheirPath(_ text: String, _ path: String, _ name: String) throws {
    let found = try JSONParser.parse(text).firstRepeatedName
    #expect(found?.path == path && found?.name == name, "\(String(describing: found))")
  }

  @Test func distinctNamesAtEveryDepthAreFine() throws {
    let value = try JSONParser.parse(#"{"id":1,"meta":{"id":2,"x":{"id":3}},"list":[{"id":4},{"id":5}]}"#)
    #expect(value.firstRepeatedName == nil)
  }

  /// Objects of up to 16 members are checked pair by pair, larger ones with a set. The reference
  /// is the set for every size: the first name, in order, equal to an earlier one, with `String`'s
  /// equality, under which "é" precomposed (U+00E9) and decomposed (e + U+0301) are one name.
  @Test func pairwiseAndSetFindTheSameName() {
    let pool = ["id", "text", "meta", "\u{E9}", "e\u{301}", "a", "b", "Id", "x y", ""]
    var generator = SplitMix64(state: 32)
    var checked = 0
    var repeats = 0
    for size in 0...20 {
      for _ in 0..<200 {
        let keys = (0..<size).map { _ in
          pool.randomElement(using: &generator)! + (Bool.random(using: &generator) ? "" : "\(size)")
        }
        var names: Set<String> = []
        let expected = keys.first(where: { !names.insert($0).inserted })
        let value = JSONValue.object(keys.map { JSONMember($0, .null) })
        #expect(value.firstRepeatedName?.name == expected, "\(keys)")
        #expect(value.firstRepeatedName == nil || value.firstRepeatedName?.path == "")
        checked += 1
        if expected != nil { repeats += 1 }
      }
    }
    #expect(checked == 21 * 200 && repeats > 1_000)
  }
}
