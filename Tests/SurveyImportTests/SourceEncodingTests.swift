import Foundation
import TestSupport
import Testing

@testable import SurveyImport

/// `--encoding`: CSV and JSONL exports in windows-1252, ISO 8859-1 or UTF-16 are converted to UTF-8.
@Suite struct SourceEncodingTests {
  /// Expected strings come from Foundation's own converters (an independent implementation). The
  /// label "iso-8859-1" is read as the WHATWG Encoding Standard reads it, with the windows-1252
  /// decoder (review r16a: it gave C1 controls where Triple-S data gave curly quotes), so both are
  /// checked against Foundation's windows-1252 on the bytes that encoding defines.
  @Test(arguments: [SourceEncoding.windows1252, .latin1])
  func singleByteEncodingsMatchFoundation(encoding: SourceEncoding) throws {
    let foundation: String.Encoding = .windowsCP1252
    var bytes: [UInt8] = Array(0x20...0x7E)
    bytes += [0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99]
    bytes += Array(0xA0...0xFF)
    var output: [UInt8] = []
    var transcoder = Transcoder(encoding)
    let valid = bytes.withUnsafeBytes { transcoder.convert($0, into: &output) }
    #expect(valid)
    let expected = try #require(String(data: Data(bytes), encoding: foundation))
    #expect(String(decoding: output, as: UTF8.self) == expected)
  }

  @Test func utf16IsConvertedAcrossChunkBoundaries() throws {
    let text = "Très bien 😀, merci"
    let data = try #require(text.data(using: .utf16))  // with a byte-order mark
    var output: [UInt8] = []
    var transcoder = Transcoder(.utf16)
    // One byte at a time: code units and the surrogate pair are split between chunks.
    for byte in data {
      let valid = [byte].withUnsafeBytes { transcoder.convert($0, into: &output) }
      #expect(valid)
    }
    #expect(transcoder.isComplete)
    #expect(String(decoding: output, as: UTF8.self) == text)
  }

  /// QA review 29: UTF-16 without a byte-order mark in either byte order (the order shown by the
  /// zero byte of the first character), against Foundation's converters.
  @Test(arguments: [String.Encoding.utf16BigEndian, .utf16LittleEndian])
  func utf16WithoutAByteOrderMark(order: String.Encoding) throws {
    let text = "id,comment\n1,Très bien\n"
    let data = try #require(text.data(using: order))  // these encodings write no mark
    var output: [UInt8] = []
    var transcoder = Transcoder(.utf16)
    #expect(data.withUnsafeBytes { transcoder.convert($0, into: &output) })
    #expect(String(decoding: output, as: UTF8.self) == text)
  }

  /// Without --encoding, such a file is said to look like UTF-16 (it was "a CSV file with no
  /// open-ended columns"); with it, it imports.
  @Test func utf16WithoutAMarkIsNamed() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("unicode.csv").path
    try #require("id,comment\n1,fine\n".data(using: .utf16LittleEndian)).write(to: URL(fileURLWithPath: path))
    let plain = try Fixture.run(path: path)
    guard case .notASurveyExport(_, let what)? = plain.error else {
      Issue.record("expected notASurveyExport, got \(String(describing: plain.error))")
      return
    }
    #expect(what.contains("--encoding utf-16"))
    #expect(try Fixture.run(path: path) { $0.encoding = .utf16 }.records.map(\.text) == ["fine"])
  }

  @Test func undefinedWindows1252BytesAreRefused() {
    var output: [UInt8] = []
    var transcoder = Transcoder(.windows1252)
    #expect(![UInt8(0x81)].withUnsafeBytes { transcoder.convert($0, into: &output) })
    // Under "iso-8859-1" they are the C1 controls of WHATWG's windows-1252 index (0x81 → U+0081).
    var latin1 = Transcoder(.latin1)
    var converted: [UInt8] = []
    #expect([UInt8(0x81)].withUnsafeBytes { latin1.convert($0, into: &converted) })
    #expect(converted == [0xC2, 0x81])
  }

  /// Review r17a: a byte the named encoding does not define rejects its own record, with its
  /// line; the records around it are kept (it failed the whole file, with no line). A UTF-16 file
  /// cut inside a character loses only its last record.
  @Test func anUndecodableByteRejectsOnlyItsRecord() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("excel.csv").path
    try Data(
      [UInt8]("id,comment\n1,caf".utf8) + [0xE9] + [UInt8]("\n2,bad ".utf8) + [0x81] + [UInt8]("\n3,fine\n".utf8)
    )
    .write(to: URL(fileURLWithPath: path))
    let result = try Fixture.run(path: path) {
      $0.encoding = .windows1252
      $0.keepGoing = true
    }
    #expect(result.records.map(\.text) == ["café", "fine"])
    #expect(result.rejects.map(\.line) == [3])
    #expect(result.rejects.first?.reason.contains("windows-1252 does not define") == true)

    let utf16 = folder.appendingPathComponent("unicode.csv").path
    var data = try #require("id,comment\n1,un\n2,deux\n".data(using: .utf16LittleEndian))
    data.removeLast()
    try data.write(to: URL(fileURLWithPath: utf16))
    let cut = try Fixture.run(path: utf16) {
      $0.encoding = .utf16
      $0.keepGoing = true
    }
    #expect(cut.records.map(\.text) == ["un"])
    #expect(cut.rejects.map(\.line) == [3])
  }

  @Test func aWindows1252CSVImportsWithTheOption() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("excel.csv")
    try Data([UInt8]("ResponseId,Q2_TEXT\nR_1,\"Tr".utf8) + [0xE8] + [UInt8]("s bien, merci\"\n".utf8)).write(to: path)
    let plain = try Fixture.run(path: path.path)
    #expect(plain.error != nil)
    let converted = try Fixture.run(path: path.path) { $0.encoding = .windows1252 }
    #expect(converted.records.map(\.text) == ["Très bien, merci"])
  }

  /// QA review 29: a UTF-8 file read with a single-byte `--encoding` stops the import instead of
  /// turning its BOM into "ï»¿" in front of the id column (respondents were then numbered by row and
  /// `validate` joined human codes to the wrong answers) or "é" into "Ã©".
  @Test(arguments: [SourceEncoding.windows1252, .latin1])
  func aUTF8FileReadAsSingleByteIsRefused(encoding: SourceEncoding) throws {
    let folder = try TestSupport.temporaryDirectory()
    let bom = folder.appendingPathComponent("excel-utf8.csv")
    try Data([0xEF, 0xBB, 0xBF] + [UInt8]("id,comment\n2,Terrible\n1,Great\n".utf8)).write(to: bom)
    let withBOM = try Fixture.run(path: bom.path) { $0.encoding = encoding }
    guard case .givenEncodingMismatch(_, _, _, let given, let byteOrderMark)? = withBOM.error else {
      Issue.record("expected givenEncodingMismatch, got \(String(describing: withBOM.error))")
      return
    }
    #expect(given == encoding.rawValue && byteOrderMark)
    #expect(withBOM.records.isEmpty)
    let plain = folder.appendingPathComponent("utf8.csv")
    try "id,comment\n1,fine\n2,café crème\n".write(to: plain, atomically: true, encoding: .utf8)
    let utf8 = try Fixture.run(path: plain.path) { $0.encoding = encoding }
    guard case .givenEncodingMismatch(_, let line, let column, _, false)? = utf8.error else {
      Issue.record("expected givenEncodingMismatch, got \(String(describing: utf8.error))")
      return
    }
    #expect(line == 3 && column == 6)  // "2,caf" then the two bytes of "é"
    // QA review 31: UTF-8 with one stray Latin-1 byte is UTF-8 too (two sequences, one stray byte).
    let mixed = folder.appendingPathComponent("mostly-utf8.csv")
    try Data([UInt8]("id,comment\n1,Très bien\n2,naïve\n3,caf".utf8) + [0xE9] + [UInt8]("\n".utf8)).write(to: mixed)
    let mostly = try Fixture.run(path: mixed.path) { $0.encoding = encoding }
    guard case .strayBytesInUTF8(_, let name, true, let evidence)? = mostly.error else {
      Issue.record("expected strayBytesInUTF8, got \(String(describing: mostly.error))")
      return
    }
    #expect(name == encoding.rawValue && evidence.sequences == 2 && evidence.strayBytes == 1)
    #expect(evidence.firstStray == FilePosition(line: 4, column: 6))
    #expect(mostly.records.isEmpty)
    // Real single-byte text is still read: "é" alone (0xE9) is no UTF-8 sequence.
    let latin = folder.appendingPathComponent("latin.csv")
    try Data([UInt8]("id,comment\n1,caf".utf8) + [0xE9] + [UInt8]("\n".utf8)).write(to: latin)
    #expect(try Fixture.run(path: latin.path) { $0.encoding = encoding }.records.map(\.text) == ["café"])
  }

  /// A UTF-16 file read from its byte-order mark (no --encoding) names UTF-16 in the reason of a
  /// record that does not decode, not UTF-8 (QA review 38); a CRLF file cut inside its last line
  /// end rejects that line alone, with no made-up row after it.
  @Test func utf16FromTheByteOrderMarkNamesUTF16() throws {
    let folder = try TestSupport.temporaryDirectory()
    let surrogate = folder.appendingPathComponent("surrogate.csv")
    var data = Data([0xFF, 0xFE])
    data += try #require("id,comment\n1,caf".data(using: .utf16LittleEndian))
    data += Data([0x00, 0xD8])
    data += try #require("x\n2,ok\n".data(using: .utf16LittleEndian))
    try data.write(to: surrogate)
    let result = try Fixture.run(path: surrogate.path) { $0.keepGoing = true }
    #expect(result.records.map(\.text) == ["ok"])
    #expect(result.rejects.map(\.line) == [2])
    #expect(result.rejects.first?.reason.contains("broken UTF-16 sequence") == true)
    #expect(result.rejects.first?.reason.contains("UTF-8") == false)

    let cut = folder.appendingPathComponent("cut.csv")
    var crlf = Data([0xFF, 0xFE])
    crlf += try #require("id,comment\r\n1,un\r\n2,deux\r\n".data(using: .utf16LittleEndian))
    crlf.removeLast()
    try crlf.write(to: cut)
    let cutResult = try Fixture.run(path: cut.path) { $0.keepGoing = true }
    #expect(cutResult.records.map(\.text) == ["un"])
    #expect(cutResult.rejects.map(\.line) == [3])
    #expect(cutResult.summary.rejected == 1)
  }
}
