import Foundation
import SurveyImport
import TestSupport
import Testing

/// A Triple-S data file is decoded in the encoding its metadata declares (review r8b #4: data
/// declared windows-1252 came out as ISO-8859-1, with C1 control characters instead of ’ “ ” €).
@Suite struct TripleSEncodingTests {
  /// Metadata with a serial `ID` at position 1 and character variables; `declaration` is the XML
  /// declaration's encoding (nil: no declaration), `attribute` the record's data-file-encoding.
  static func metadata(
    declaration: String?, attribute: String?, csv: Bool, variables: [(name: String, start: Int, finish: Int)]
  ) -> String {
    var text = declaration.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>\n" } ?? ""
    text += "<sss version=\"2.0\"><survey><record ident=\"R\""
    if csv { text += " format=\"csv\" skip=\"1\"" }
    if let attribute { text += " data-file-encoding=\"\(attribute)\"" }
    text += ">\n<variable ident=\"1\" type=\"character\" use=\"serial\"><name>ID</name><label>id</label>"
    text += "<position start=\"1\"/></variable>\n"
    for (index, variable) in variables.enumerated() {
      text += "<variable ident=\"\(index + 2)\" type=\"character\"><name>\(variable.name)</name><label>L</label>"
      text += "<position start=\"\(variable.start)\" finish=\"\(variable.finish)\"/></variable>\n"
    }
    return text + "</record></survey></sss>\n"
  }

  /// Writes `survey.sss` (ASCII) and its data file, and imports.
  static func run(
    metadata: String, data: [UInt8], csv: Bool, _ configure: (inout ImportOptions) -> Void = { _ in }
  ) throws -> ImportResult {
    let directory = try TestSupport.temporaryDirectory()
    try Data(metadata.utf8).write(to: directory.appendingPathComponent("survey.sss"))
    try Data(data).write(to: directory.appendingPathComponent(csv ? "survey.csv" : "survey.asc"))
    return try Fixture.run(path: directory.appendingPathComponent("survey.sss").path, configure)
  }

  /// The 27 characters windows-1252 defines at 0x80–0x9F, from Unicode's mapping table
  /// MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT (0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined).
  static let windows1252Bytes: [UInt8] =
    [0x80] + Array(0x82...0x8C) + [0x8E] + Array(0x91...0x9C) + [0x9E, 0x9F]
  static let windows1252Text = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"

  @Test func windows1252TableHasTwentySevenCharacters() {
    #expect(Self.windows1252Bytes.count == 27)
    #expect(Self.windows1252Text.unicodeScalars.count == 27)
  }

  /// The review's repro: CSV data, windows-1252 declared both ways.
  @Test func csvDataDeclaredWindows1252() throws {
    let meta = Self.metadata(
      declaration: "windows-1252", attribute: "windows-1252", csv: true, variables: [("Q1", 2, 2)])
    var data = Array("ID,Q1\n1,It".utf8) + [0x92] + Array("s ".utf8) + [0x93] + Array("great".utf8)
    data += [0x94, 0x20, 0x80, 0x0A]
    data += Array("2,".utf8) + Self.windows1252Bytes + [0x0A]
    let result = try Self.run(metadata: meta, data: data, csv: true)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.text) == ["It’s “great” €", Self.windows1252Text])
    #expect(result.warnings.contains { $0.contains("2 line(s) that are not UTF-8 decoded as windows-1252") })
  }

  /// Fixed-width data declared windows-1252 by the metadata's XML declaration only. Positions are
  /// characters; in a single-byte encoding each byte is one, so the field after the text starts
  /// where the byte count says.
  @Test func fixedWidthDataDeclaredByTheXMLDeclaration() throws {
    let meta = Self.metadata(
      declaration: "windows-1252", attribute: nil, csv: false, variables: [("Q1", 2, 9), ("Q2", 10, 12)])
    // "1" + "It’s €  " (8 bytes: ’ and € are one byte each) + "ok " (3 bytes) = 12 bytes.
    let data = Array("1It".utf8) + [0x92] + Array("s ".utf8) + [0x80, 0x20, 0x20] + Array("ok \n".utf8)
    let result = try Self.run(metadata: meta, data: data, csv: false)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.text) == ["It’s €", "ok"])
  }

  /// A line that is valid UTF-8 stays UTF-8 under a single-byte declaration (metadata declared
  /// ISO-8859-1 shipped with UTF-8 data), with positions still in characters: since QA review 40
  /// because it fills the record (8) in UTF-8 characters, which in single bytes (9) it overruns.
  @Test func utf8LineStaysUTF8UnderASingleByteDeclaration() throws {
    let meta = Self.metadata(
      declaration: "windows-1252", attribute: nil, csv: false, variables: [("Q1", 2, 6), ("Q2", 7, 8)])
    let data = Array("1café ok\n".utf8)
    let result = try Self.run(metadata: meta, data: data, csv: false)
    #expect(result.records.map(\.text) == ["café", "ok"])
  }

  /// ISO-8859-1 is decoded as itself: 0x92 is the C1 control U+0092 there, not ’ (ISO/IEC 8859-1
  /// leaves 0x80–0x9F to ISO 6429 control codes), and 0xE9 is é.
  /// A C1 control byte under an ISO-8859-1 label is read as windows-1252, as the WHATWG Encoding
  /// Standard reads the label "iso-8859-1" (0x92 → U+2019 in Unicode's CP1252.TXT); an undefined
  /// byte (0x81) stays U+0081 (nothing declared it wrong).
  @Test func isoLatin1DeclarationReadsC1BytesAsWindows1252() throws {
    let meta = Self.metadata(declaration: "ISO-8859-1", attribute: nil, csv: true, variables: [("Q1", 2, 2)])
    let data = Array("ID,Q1\n1,caf".utf8) + [0x92, 0xE9, 0x81, 0x0A]
    let result = try Self.run(metadata: meta, data: data, csv: true)
    #expect(result.records.map(\.text) == ["caf\u{2019}é\u{81}"])
  }

  /// With nothing declared, windows-1252 bytes in fixed-width data are read as windows-1252 (they
  /// became C1 controls), and a UTF-8 field on the same line is still UTF-8.
  @Test func undeclaredWindows1252BytesAreReadAsWindows1252() throws {
    let meta = Self.metadata(declaration: nil, attribute: nil, csv: false, variables: [("Q1", 2, 5), ("Q2", 6, 7)])
    let data = Array("1".utf8) + [0x93, 0x6F, 0x6B, 0x94] + Array("\u{E9}".utf8) + [0x0A]
    let result = try Self.run(metadata: meta, data: data, csv: false)
    #expect(result.records.map(\.text) == ["\u{201C}ok\u{201D}", "\u{E9}"])
  }

  /// The record's attribute wins over the XML declaration.
  @Test func dataFileEncodingAttributeWinsOverTheDeclaration() throws {
    let meta = Self.metadata(
      declaration: "ISO-8859-1", attribute: "cp1252", csv: false, variables: [("Q1", 2, 3)])
    let result = try Self.run(metadata: meta, data: [0x31, 0x93, 0x94, 0x0A], csv: false)
    #expect(result.records.map(\.text) == ["“”"])
  }

  /// A byte windows-1252 does not define rejects its line (file:line, no answer text), and
  /// stops the import without --keep-going.
  @Test func undefinedWindows1252ByteRejectsTheLine() throws {
    let meta = Self.metadata(declaration: nil, attribute: "windows-1252", csv: false, variables: [("Q1", 2, 4)])
    let data = Array("1abc\n2a".utf8) + [0x81] + Array("c\n3xyz\n".utf8)
    let kept = try Self.run(metadata: meta, data: data, csv: false) { $0.keepGoing = true }
    #expect(kept.records.map(\.text) == ["abc", "xyz"])
    #expect(kept.rejects.count == 1)
    #expect(kept.rejects.first?.line == 2)
    #expect(kept.rejects.first?.file.hasSuffix("survey.asc") == true)
    #expect(kept.rejects.first?.reason.contains("byte 0x81 at byte 3 is not a character in windows-1252") == true)
    let strict = try Self.run(metadata: meta, data: data, csv: false)
    guard case .rejected(_, let line, _, _, let before)? = strict.error else {
      Issue.record("expected a reject, got \(String(describing: strict.error))")
      return
    }
    #expect(line == 2)
    #expect(before == 1)
  }

  /// An encoding the reader cannot decode stops the import with a message naming it (exit 65),
  /// at the first line that needs it; ASCII and UTF-8 data under such a declaration are fine.
  @Test func undecodableDeclaredEncodingIsAnError() throws {
    let meta = Self.metadata(
      declaration: "ISO-8859-15", attribute: nil, csv: false, variables: [("Q1", 2, 4)])
    let ascii = try Self.run(metadata: meta, data: Array("1abc\n".utf8), csv: false)
    #expect(ascii.records.map(\.text) == ["abc"])
    let latin9 = try Self.run(metadata: meta, data: Array("1abc\n2a".utf8) + [0xA4] + Array("c\n".utf8), csv: false)
    guard case .unsupportedAt(let path, 2, 0, let message)? = latin9.error else {
      Issue.record("expected an unsupported-encoding error, got \(String(describing: latin9.error))")
      return
    }
    #expect(path.hasSuffix("survey.asc"))
    #expect(message.hasPrefix("the data is not UTF-8 and the metadata's XML declaration names ISO-8859-15"))
    #expect(latin9.error?.description.hasPrefix(path + ":2: the data is not UTF-8") == true)
    #expect(message.contains("iconv -f ISO-8859-15 -t UTF-8"))
    #expect(latin9.error?.exitStatus == .dataError)
    // Same through the record's attribute, with CSV data.
    let csvMeta = Self.metadata(declaration: nil, attribute: "KOI8-R", csv: true, variables: [("Q1", 2, 2)])
    let koi = try Self.run(metadata: csvMeta, data: Array("ID,Q1\n1,".utf8) + [0xC1, 0x0A], csv: true)
    guard case .unsupportedAt(_, _, _, let csvMessage)? = koi.error else {
      Issue.record("expected an unsupported-encoding error, got \(String(describing: koi.error))")
      return
    }
    #expect(csvMessage.contains("data-file-encoding names KOI8-R"))
  }

  /// Without any declaration the reader keeps reading bytes that are not UTF-8 as ISO-8859-1
  /// (unchanged behaviour: nothing is lost).
  @Test func undeclaredNonUTF8IsReadAsLatin1() throws {
    let meta = Self.metadata(declaration: nil, attribute: nil, csv: false, variables: [("Q1", 2, 5)])
    let result = try Self.run(metadata: meta, data: Array("1caf".utf8) + [0xE9, 0x0A], csv: false)
    #expect(result.records.map(\.text) == ["café"])
  }

  /// Metadata declaring UTF-8 with data that is not: windows-1252 bytes are read as windows-1252
  /// (review r9: they became C1 controls, silently) and a note says so.
  @Test func utf8DeclaredDataWithWindows1252BytesIsReadAsWindows1252WithANote() throws {
    let meta = Self.metadata(declaration: "UTF-8", attribute: nil, csv: true, variables: [("Q1", 2, 2)])
    let data = Array("ID,Q1\n1,It".utf8) + [0x92] + Array("s ".utf8) + [0x80, 0x0A]
    let result = try Self.run(metadata: meta, data: data, csv: true)
    #expect(result.records.map(\.text) == ["It\u{2019}s \u{20AC}"])
    #expect(result.warnings.contains { $0.contains("1 line(s) that are not UTF-8 read as windows-1252") })
  }

  /// The data's own `data-file-encoding="UTF-8"` states its encoding: a row or line that is not
  /// UTF-8 is a reject naming the first bad byte, and the rows that are UTF-8 are imported (QA
  /// review 38: "M\u{C3}", a cut sequence, became "MÃ" with a note only).
  @Test func dataDeclaredUTF8ThatIsNotIsRejected() throws {
    for csv in [true, false] {
      let meta = Self.metadata(declaration: nil, attribute: "UTF-8", csv: csv, variables: [("Q1", 2, 4)])
      let header = csv ? Array("ID,Q1\n".utf8) : []
      let separator: [UInt8] = csv ? [UInt8(ascii: ",")] : []
      let data =
        header + Array("1".utf8) + separator + Array("ok!\n2".utf8) + separator + [0x4D, 0xC3, 0x20, 0x0A]
        + Array("3".utf8) + separator + Array("fin\n".utf8)
      let result = try Self.run(metadata: meta, data: data, csv: csv) { $0.keepGoing = true }
      #expect(result.error == nil, "\(String(describing: result.error))")
      #expect(result.records.map(\.text) == ["ok!", "fin"], "csv: \(csv)")
      #expect(result.rejects.map(\.respondent) == ["2"], "csv: \(csv)")
      let reason = result.rejects.first?.reason ?? ""
      #expect(reason.contains("byte 0xC3 at byte \(csv ? 2 : 3) is not UTF-8"), "csv: \(csv)")
      #expect(!result.warnings.contains { $0.contains("read as windows-1252") })
    }
  }
}

extension TripleSEncodingTests {
  /// A fixed-width record whose positions, counted in bytes, split a UTF-8 character is rejected
  /// under its serial, as a record of the wrong length is (QA review 13), not its case number.
  @Test func splitCharacterRejectNamesTheSerial() throws {
    let meta = """
      <sss version="2.0"><survey><record ident="R">
      <variable ident="1" type="character" use="serial"><name>ID</name><label>id</label><position start="1" finish="3"/></variable>
      <variable ident="2" type="character"><name>Q1</name><label>L</label><position start="4" finish="6"/></variable>
      <variable ident="3" type="character"><name>Q2</name><label>L</label><position start="7" finish="8"/></variable>
      </record></survey></sss>
      """
    // Line 1: 8 characters (9 bytes), read in characters, as the whole file then is (QA review 40).
    // Line 2: "A07abéx" is 7 characters, too short; in bytes (8) Q1 (bytes 4–6) would end inside "é".
    let result = try Self.run(metadata: meta, data: Array("A06abcdé\nA07abéx\n".utf8), csv: false) {
      $0.keepGoing = true
    }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.respondent) == ["A06", "A06"])
    #expect(result.rejects.map(\.respondent) == ["A07"])
    #expect(result.rejects.first?.reason.contains("inside a multi-byte UTF-8 character") == true)
  }
}
