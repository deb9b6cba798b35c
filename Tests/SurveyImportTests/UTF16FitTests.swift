import Foundation
import Testing

@testable import SurveyImport

/// Review h43 B3: `import u8.csv --encoding utf-16` on a UTF-8 file decoded it as CJK characters
/// and then said "cannot tell which CSV columns hold open-ended answers". A file given as UTF-16
/// whose bytes hold no zero byte (which every comma, quote and line end of UTF-16 text has) is now
/// refused, naming what it looks like.
@Suite struct UTF16FitTests {
  private func verdict(_ bytes: [UInt8], chunk: Int = 7) -> UTF16Fit.Verdict {
    var fit = UTF16Fit()
    var start = 0
    while start < bytes.count {
      let end = min(start + chunk, bytes.count)
      if let verdict = bytes[start..<end].withUnsafeBytes({ fit.feed($0) }) { return verdict }
      start = end
    }
    return fit.finish()
  }

  @Test func utf16TextFits() throws {
    for encoding in [String.Encoding.utf16, .utf16LittleEndian, .utf16BigEndian] {
      let bytes = try #require("id,comment\n1,很好\n".data(using: encoding))
      #expect(verdict(Array(bytes)) == .fits)
    }
    // Text without an ASCII character at all, but with a mark.
    #expect(verdict(Array(try #require("很好".data(using: .utf16)))) == .fits)
  }

  @Test func utf8AndSingleByteTextDoNot() {
    let utf8 = Array("id,comment\n1,café\n".utf8)
    #expect(verdict(utf8) == .notUTF16(probed: utf8.count, utf8: true))
    let latin1: [UInt8] = Array("id,comment\n1,caf".utf8) + [0xE9, 0x0A]
    #expect(verdict(latin1) == .notUTF16(probed: latin1.count, utf8: false))
    // Too short to tell.
    #expect(verdict([0x41]) == .fits)
  }

  /// A large file is judged on its first 64 KiB, even where they end inside a UTF-8 character.
  @Test func aLargeFileIsJudgedOnItsStart() {
    let bytes = Array(String(repeating: "é", count: 40_000).utf8)  // 80,000 bytes, no zero byte
    #expect(verdict(Array(bytes[1...]), chunk: 5000) == .notUTF16(probed: UTF16Fit.sampleLimit, utf8: false))
    #expect(
      verdict([UInt8(ascii: "a")] + bytes, chunk: 5000)  // the 64 KiB end inside an "é"
        == .notUTF16(probed: UTF16Fit.sampleLimit, utf8: true))
    var late = Array(repeating: UInt8(ascii: "a"), count: UTF16Fit.sampleLimit + 10)
    late[UTF16Fit.sampleLimit + 5] = 0
    #expect(verdict(late, chunk: 4096) == .notUTF16(probed: UTF16Fit.sampleLimit, utf8: true))
  }

  @Test func importSaysWhatTheFileLooksLike() throws {
    let path = try Fixture.write("u8.csv", "id,comment\n1,café\n")
    let result = try Fixture.run(path: path) { $0.encoding = .utf16 }
    let error = try #require(result.error)
    #expect(error == .notUTF16(path: path, probed: 19, utf8: true))
    #expect(error.exitStatus == .dataError)
    #expect(
      error.description
        == "\(path): --encoding utf-16 was given, but this file does not look like UTF-16: its 19 bytes hold no "
        + "zero byte, which every comma, quote and line end of UTF-16 text has; it looks like UTF-8 (drop --encoding)")
    #expect(result.records.isEmpty)
    let jsonl = try Fixture.write("j.jsonl", #"{"id":1,"text":"fine"}"# + "\n")
    #expect(
      try Fixture.run(path: jsonl) { $0.encoding = .utf16 }.error?.description.contains("looks like UTF-8") == true)
  }
}
