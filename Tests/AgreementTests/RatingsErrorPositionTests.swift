import Agreement
import Testing

/// Review h43: where the errors of reading a ratings file point. Columns count characters (Unicode
/// scalars) as editors show them, as the README promises for CSV and JSON, not bytes. Every case has
/// non-ASCII text before the error, where a byte count and a character count differ.
@Suite struct RatingsErrorPositionTests {
  func read(_ text: String, format: RatingsFormat = .long, categories: [String]? = nil) throws -> RatingTable {
    try RatingsReader.table(bytes: Array(text.utf8), source: "r.csv", format: format, categories: categories)
  }

  func multiLabel(_ text: String, format: RatingsFormat = .long, categories: [String]? = nil) throws
    -> MultiLabelTable
  {
    try RatingsReader.multiLabelTable(bytes: Array(text.utf8), source: "r.csv", format: format, categories: categories)
  }

  /// The message `body` fails with ("" when it does not fail with an `AgreementError`).
  func message(_ body: () throws -> Void) -> String {
    do {
      try body()
    } catch let error as AgreementError {
      return error.description
    } catch {
      return ""
    }
    return ""
  }

  // MARK: B1: CSV columns in characters

  /// The reviewer's e19 (`1,日本é,"x"y`): the column of the "y" after the closing quote is 10 (it
  /// was 15, the byte offset: 日 and 本 are three bytes each, é two).
  @Test func textAfterAClosingQuoteIsNamedByItsCharacterColumn() {
    #expect(
      throws: AgreementError.malformed(
        at: SourceLocation(file: "r.csv", line: 3), column: 10, message: "a closing quote must end the field")
    ) { try read("item,coder,label\n1,a,x\n1,日本é,\"x\"y\n") }
    // e23, in the wide layout: `1,"日本"z,x` has its "z" at 7 (it was 11).
    #expect(message { _ = try read("item,ä,b\n1,\"日本\"z,x\n", format: .wide) }.hasPrefix("r.csv:2:7: "))
  }

  /// A quoted field over two lines: the column on its second line counts from that line's start,
  /// the characters of the first line not carried over.
  @Test func columnsRestartOnTheLinesOfAQuotedField() {
    #expect(
      message { _ = try read("item,coder,label\n1,a,\"日本\n語\"x\n") }.hasPrefix(
        "r.csv:3:3: a closing quote must end the field"))
  }

  @Test func aQuoteInsideAnUnquotedFieldIsNamedByItsCharacterColumn() {
    #expect(message { _ = try read("item,coder,label\n1,é,x\"y\n") }.hasPrefix("r.csv:2:6: a quote inside"))
  }

  /// Invalid UTF-8 after non-ASCII text: the column of the bad byte in characters (it was 7, bytes),
  /// and on the first line without the byte-order mark, which the parser skips.
  @Test func invalidUTF8IsNamedByItsCharacterColumn() {
    let second = Array("item,coder,label\n1,é,".utf8) + [0xFF] + Array("\n".utf8)
    #expect(
      message { _ = try RatingsReader.table(bytes: second, source: "r.csv", format: .long, categories: nil) }
        .hasPrefix("r.csv:2:5: invalid UTF-8"))
    let first = [0xEF, 0xBB, 0xBF] + Array("é,".utf8) + [0xFF] + Array(",label\n".utf8)
    #expect(
      message { _ = try RatingsReader.table(bytes: first, source: "r.csv", format: .long, categories: nil) }
        .hasPrefix("r.csv:1:3: invalid UTF-8"))
  }

  /// A weights file's bad number is named by its column (it had none), in characters.
  @Test func aWeightThatIsNoNumberIsNamedByItsColumn() {
    #expect(
      throws: AgreementError.malformed(
        at: SourceLocation(file: "w.csv", line: 2), column: 5, message: "weight in field 3 is not a number")
    ) { _ = try RatingsReader.weightScheme(bytes: Array(",ä,b\nä,1,x\nb,0.5,1\n".utf8), source: "w.csv") }
  }

  // MARK: B2: the header-layout error's column

  /// The reviewer's e20 and e21: the column where "rater" starts (6; 7 after "ünïté,"), not its
  /// field number (2).
  @Test func aLongLayoutUnderOtherNamesIsNamedAtTheNamesColumn() {
    func column(_ header: String) -> Int? {
      do {
        _ = try RatingsFormat.detectChecked(path: "r.csv", bytes: Array((header + "\n1,alice,x\n").utf8))
      } catch let error {
        if case .malformed(let at, let column, _) = error, at.line == 1 { return column }
      }
      return nil
    }
    #expect(column("unit,rater,code") == 6)
    #expect(column("ünïté,rater,code") == 7)
    // A quoted name with a comma is one cell: "rater" starts after it.
    #expect(column("\"ü, n\",rater,label") == 8)
    #expect(column("\u{FEFF}ünïté,rater,code") == 7)
  }

  /// The reviewer's e07: an unterminated quote is named where it opens (it had no column), on the
  /// line it opens on.
  @Test func anUnterminatedQuoteIsNamedWhereItOpens() {
    #expect(
      throws: AgreementError.malformed(
        at: SourceLocation(file: "r.csv", line: 3), column: 5, message: "unterminated quoted field")
    ) { try read("item,coder,label\n1,a,x\n1,é,\"x\n2,a,y\n2,b,y\n") }
    #expect(
      message { _ = try read("item,coder,label\n1,é,\"multi\nlinë\",\"x\n") }.hasPrefix(
        "r.csv:3:7: unterminated quoted field"))
  }
}
