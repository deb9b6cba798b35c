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

extension LineReaderTests {
  /// A first line that ends in a lone CR makes CR the terminator (classic Mac OS files); a chunk
  /// that ends on that CR waits for the next byte before deciding. In a file whose first line ends
  /// in LF or CRLF, a later lone CR stays inside its line.
  @Test func aFirstLoneCRMakesCRTheTerminator() throws {
    for chunkSize in [1, 2, 3, 4, 64] {
      #expect(try lines(of: Array("ab\rcd\r\ref".utf8), chunkSize: chunkSize) == ["ab", "cd", "", "ef"])
      #expect(try lines(of: Array("ab\r\ncd\ref\n".utf8), chunkSize: chunkSize) == ["ab", "cd\ref"])
      #expect(try lines(of: Array("ab\ncd\ref\n".utf8), chunkSize: chunkSize) == ["ab", "cd\ref"])
      #expect(try lines(of: Array("ab\r".utf8), chunkSize: chunkSize) == ["ab"])
      #expect(try lines(of: Array("\r\r".utf8), chunkSize: chunkSize) == ["", ""])
    }
  }
}
