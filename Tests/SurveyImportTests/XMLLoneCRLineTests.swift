import Foundation
import Testing

@testable import SurveyImport

/// Review h42 #5: XML 1.0 §2.11 makes a lone CR (classic-Mac line ends) a line end, but libxml2
/// counts lines at LF only, so every reject and error of a CR-only file was on line 1. Lines and
/// columns are now those of the same file with LF line ends.
@Suite struct XMLLoneCRLineTests {
  private static func positions(_ text: String, lineEnd: String) throws -> (rejects: [Int], error: [Int]) {
    let path = try Fixture.write("ends.xml", text.replacingOccurrences(of: "\n", with: lineEnd))
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    let malformed = result.summary.error.flatMap { error -> [Int]? in
      guard case .malformed(_, let line, let column, _, _) = error else { return nil }
      return [line, column]
    }
    return (result.rejects.map(\.line), malformed ?? [])
  }

  @Test func aLoneCREndsALineAsLFDoes() throws {
    let text = """
      <?xml version="1.0"?>
      <Responses>
      <Response><_recordId>R1</_recordId><QID1_TEXT>a</QID1_TEXT></Response>
      <Response><QID1_TEXT>noid</QID1_TEXT></Response>
      <Response><_recordId>R3</_recordId><QID1_TEXT>a & b</QID1_TEXT></Response>
      </Responses>

      """
    let lf = try Self.positions(text, lineEnd: "\n")
    #expect(lf.rejects == [4, 5])
    #expect(lf.error == [5, 50])
    #expect(try Self.positions(text, lineEnd: "\r") == lf)
    #expect(try Self.positions(text, lineEnd: "\r\n") == lf)
  }

  /// Thousands of lines, so that CRs fall at the ends of the chunks libxml2 reads: a CR LF split
  /// across two chunks is still one line end, a lone CR at a chunk's end still one.
  @Test func lineEndsAtChunkBoundariesCountOnce() throws {
    var text = "<Responses>\n"
    for index in 0..<3_000 {
      let answer = String(repeating: "t", count: index % 7)
      text += "<Response><_recordId>R_\(index)</_recordId>\n<QID1_TEXT>\(answer)</QID1_TEXT></Response>\n"
    }
    text += "<Response>\n<QID1_TEXT>no id</QID1_TEXT>\n</Response>\n</Responses>\n"
    let lf = try Self.positions(text, lineEnd: "\n")
    #expect(lf.rejects == [6_002])
    #expect(try Self.positions(text, lineEnd: "\r") == lf)
    #expect(try Self.positions(text, lineEnd: "\r\n") == lf)
  }

  /// The feed itself, reading chunks of every small size: lone CRs become LFs, CR LF stays, and a
  /// CR at a chunk's end is decided by the next byte.
  @Test func theFeedTurnsLoneCRsIntoLFsAcrossChunks() throws {
    let input = Array("<a>\r\r\n<b>x\ry</b>\r\n\r</a>\r".utf8)
    let expected = Array("<a>\n\r\n<b>x\ny</b>\r\n\n</a>\n".utf8)
    for chunk in 2...9 {
      let feed = XMLFeed(source: ChunkedSource(input, chunk: chunk), scanner: XMLBreadthScanner())
      var output: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: chunk)
      while true {
        let got = buffer.withUnsafeMutableBytes { feed.read(into: $0.baseAddress!, count: chunk) }
        if got == 0 { break }
        output += buffer[..<got]
      }
      #expect(output == expected, "chunks of \(chunk)")
    }
  }
}

/// Hands out `bytes` at most `chunk` at a time.
private final class ChunkedSource: XMLByteSource {
  private var bytes: ArraySlice<UInt8>
  private let chunk: Int

  init(_ bytes: [UInt8], chunk: Int) {
    self.bytes = bytes[...]
    self.chunk = chunk
  }

  func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(ImportError) -> Int {
    let piece = bytes.prefix(min(count, chunk))
    if piece.isEmpty { return 0 }
    piece.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
    bytes = bytes.dropFirst(piece.count)
    return piece.count
  }
}
