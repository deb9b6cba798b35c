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
  /// LF in a file, not in a pipe). A CR file a tool closed with a LF is still a CR file, and a LF
  /// in it, past the window or not, ends a line as everywhere.
  @Test func aLongCRFileIsSplitAtItsCRs() throws {
    var lines = (0..<3_000).map { "answer \($0) " + String(repeating: "x", count: $0 % 50) }
    lines[2_000] += "\nstray"
    let bytes = Array((lines.joined(separator: "\r") + "\r").utf8)
    #expect(bytes.count > 65_536)
    var expected = lines
    expected.replaceSubrange(
      2_000...2_000, with: [lines[2_000].replacingOccurrences(of: "\nstray", with: ""), "stray"])
    for chunkSize in [7, 4_096, 1 << 20] {
      #expect(try self.lines(of: bytes, chunkSize: chunkSize) == expected, "chunk \(chunkSize)")
    }
    #expect(try self.lines(of: Array("good\rbad\rfine\n".utf8)) == ["good", "bad", "fine"])
    // A first line longer than the window with one stray CR far into it is still a LF file: the
    // window starts at the first lone CR.
    let long = String(repeating: "y", count: 70_000) + "\rz"
    #expect(try self.lines(of: Array((long + "\nnext\n").utf8), chunkSize: 4_096) == [long, "next"])
  }
}

extension LineReaderTests {
  /// QA review 41: in a file whose first line end is a lone CR, a LF no longer ended a line
  /// (`bad\nugly` was one record, so four answers scored as three) and a CRLF ended it at the CR,
  /// leaving the LF to start the next line. The README says LF and CRLF always end a line; in a CR
  /// file that mixes endings each lone CR, LF and CRLF ends one line, as the CSV importer reads the
  /// same bytes. Checked at every read size, so a CR at the end of a chunk waits for its next byte.
  @Test func aCRFileThatMixesEndingsEndsALineAtEachOfThem() throws {
    for chunkSize in [1, 2, 3, 4, 5, 64] {
      #expect(
        try lines(of: Array("good\rbad\nugly\rfine\r".utf8), chunkSize: chunkSize) == ["good", "bad", "ugly", "fine"],
        "LF in a CR file, chunk \(chunkSize)")
      #expect(
        try lines(of: Array("good\rbad\r\nugly\r".utf8), chunkSize: chunkSize) == ["good", "bad", "ugly"],
        "CRLF in a CR file, chunk \(chunkSize)")
      // A blank line is kept, whichever ending its neighbours have: CR then CRLF is two line ends.
      #expect(
        try lines(of: Array("a\r\r\nb\r\n\rc\r".utf8), chunkSize: chunkSize) == ["a", "", "b", "", "c"],
        "blank lines between mixed endings, chunk \(chunkSize)")
      #expect(
        try lines(of: Array("a\rb\rc\r\n".utf8), chunkSize: chunkSize) == ["a", "b", "c"],
        "final CRLF, chunk \(chunkSize)")
    }
  }
}
