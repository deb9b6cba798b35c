import Testing

@testable import SurveyImport

/// `.lsa` archives (ZIP + DEFLATE) read without zlib. Reference bytes come from Python's zlib
/// (`zlib.compressobj(9, zlib.DEFLATED, -15)`, raw DEFLATE) and `zlib.crc32`.
@Suite struct LimeSurveyArchiveTests {
  @Test func inflatesARawDeflateStream() throws {
    // zlib.compressobj(9, DEFLATED, -15) of b"hello hello hello hello" (a fixed-Huffman block
    // with a back-reference), crc32 = 0x8d3d51e3.
    let compressed: [UInt8] = [203, 72, 205, 201, 201, 87, 200, 64, 39, 1]
    let output = try Inflater.inflate(compressed, expectedSize: 23)
    #expect(String(decoding: output, as: UTF8.self) == "hello hello hello hello")
    #expect(CRC32.checksum(output) == 0x8D3D_51E3)
  }

  @Test func truncatedStreamIsAnError() {
    #expect(throws: Inflater.Failure.self) { try Inflater.inflate([203, 72, 205], expectedSize: 23) }
  }

  @Test func archiveWrittenByPythonZipfileImports() throws {
    // archive.lsa = zipfile.ZIP_DEFLATED of crlf-cdata.lsr.
    let result = try Fixture.run("archive.lsa")
    #expect(result.error == nil)
    #expect(result.records.map(\.text) == ["line one\nline two\nline three\nend"])
  }

  @Test func damagedArchiveSaysSo() throws {
    let error = try #require(try Fixture.run("archive-damaged.lsa").error)
    #expect(error.description.contains("damaged ZIP archive"))
  }
}
