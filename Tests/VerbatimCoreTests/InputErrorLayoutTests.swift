import Testing
import VerbatimCore

/// Every `InputError` case survives generic code that wraps it in an optional (`#expect(throws:)`
/// builds a `Result<InputError?, any Error>` and destroys it). With a fifth field in `wrongType`
/// (eight words of payload) the Swift 6 toolchain's debug build crashed destroying a
/// `malformedJSON` error there, though the same enum declared in the test module did not.
@Suite struct InputErrorLayoutTests {
  static let errors: [InputError] = [
    .cannotOpen(path: "a", reason: "r"), .readFailed(path: "a", reason: "r"),
    .invalidUTF8(path: "a", line: 1, byteOffset: 2), .malformedJSON(path: "a", line: 1, column: 3, message: "m"),
    .missingField(path: "a", line: 1, field: "f"), .wrongType(path: "a", line: 1, field: "f", expected: "e"),
    .invalidMember(path: "a", line: 1, column: 3, problem: "p"), .lineTooLong(path: "a", line: 1, limit: 1 << 20),
    .jsonLineTooLong(path: "a", line: 1, limit: 1 << 20),
    .notUTF8(path: "a", line: 1, encoding: "UTF-16LE", evidence: "a byte-order mark"),
    .byteOrderMark(path: "a", line: 2),
  ]

  @Test(arguments: errors)
  func eachCaseIsThrownCaughtAndDestroyed(_ error: InputError) {
    #expect(throws: error) { throw error }
    let wrapped: Result<InputError?, any Error> = .success(error)
    #expect((try? wrapped.get()) == error)
  }

  @Test func aPlacedWrongTypeNamesItsColumn() {
    let placed = InputError.wrongType(path: "f.jsonl", line: 2, field: "text", expected: "a string", column: 16)
    #expect(placed.description == "f.jsonl:2:16: field \"text\" must be a string")
    let unplaced = InputError.wrongType(path: "f.jsonl", line: 2, field: "text", expected: "a string", column: nil)
    #expect(unplaced.description == "f.jsonl:2: field \"text\" must be a string")
  }
}
