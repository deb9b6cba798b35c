import Foundation
import TestSupport
import Testing
import VerbatimCore

@Suite struct LineReaderTests {
  func lines(of content: [UInt8], chunkSize: Int = 4) throws -> [String] {
    let file = try TestSupport.temporaryDirectory().appendingPathComponent("input.txt")
    try Data(content).write(to: file)
    let reader = try LineReader(path: file.path, chunkSize: chunkSize)
    var result: [String] = []
    try reader.forEachLine { bytes, number in
      #expect(number == result.count + 1)
      result.append(String(decoding: bytes, as: UTF8.self))
      return true
    }
    return result
  }

  @Test func splitsOnLFAndCRLFAndKeepsTheLastUnterminatedLine() throws {
    #expect(try lines(of: Array("a\nbb\r\n\nlong line here\nlast".utf8)) == ["a", "bb", "", "long line here", "last"])
    #expect(try lines(of: Array("".utf8)).isEmpty)
    #expect(try lines(of: Array("\n".utf8)) == [""])
  }

  @Test func missingFileIsCannotOpen() {
    #expect(throws: InputError.self) { _ = try LineReader(path: "/nonexistent/x") }
  }
}
