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
  /// Lone CRs and no LF make CR the terminator (classic Mac OS files); a chunk that ends on a CR
  /// waits for the next byte before deciding. In a file with an LF or CRLF, a lone CR stays inside
  /// its line, wherever it is.
  @Test func aFirstLoneCRMakesCRTheTerminator() throws {
    for chunkSize in [1, 2, 3, 4, 64] {
      #expect(try lines(of: Array("ab\rcd\r\ref".utf8), chunkSize: chunkSize) == ["ab", "cd", "", "ef"])
      #expect(try lines(of: Array("ab\r\ncd\ref\n".utf8), chunkSize: chunkSize) == ["ab", "cd\ref"])
      #expect(try lines(of: Array("ab\ncd\ref\n".utf8), chunkSize: chunkSize) == ["ab", "cd\ref"])
      #expect(try lines(of: Array("ab\r".utf8), chunkSize: chunkSize) == ["ab"])
      #expect(try lines(of: Array("\r\r".utf8), chunkSize: chunkSize) == ["", ""])
      // QA review 15: a stray CR in the first line of an LF file glued every later line into one.
      #expect(
        try lines(of: Array("Great\rthanks\nTerrible\nAwful\n".utf8), chunkSize: chunkSize) == [
          "Great\rthanks", "Terrible", "Awful",
        ])
    }
  }

  /// A CR file longer than the deciding window (64 KiB) is split at its CRs: the window's lone CRs
  /// outnumber its LFs. The same bytes split alike whatever the read sizes (a file is read in large
  /// chunks, a pipe in small ones; review of this session's diff: a LF past the window decided for
  /// LF in a file, not in a pipe). A CR file a tool closed with a LF is still a CR file.
  @Test func aLongCRFileIsSplitAtItsCRs() throws {
    var lines = (0..<3_000).map { "answer \($0) " + String(repeating: "x", count: $0 % 50) }
    lines[2_000] += "\nstray"
    let bytes = Array((lines.joined(separator: "\r") + "\r").utf8)
    #expect(bytes.count > 65_536)
    for chunkSize in [7, 4_096, 1 << 20] {
      #expect(try self.lines(of: bytes, chunkSize: chunkSize) == lines, "chunk \(chunkSize)")
    }
    #expect(try self.lines(of: Array("good\rbad\rfine\n".utf8)) == ["good", "bad", "fine"])
    // A first line longer than the window with one stray CR far into it is still a LF file: the
    // window starts at the first lone CR.
    let long = String(repeating: "y", count: 70_000) + "\rz"
    #expect(try self.lines(of: Array((long + "\nnext\n").utf8), chunkSize: 4_096) == [long, "next"])
  }
}
