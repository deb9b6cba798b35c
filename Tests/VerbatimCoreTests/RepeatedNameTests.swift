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
}
