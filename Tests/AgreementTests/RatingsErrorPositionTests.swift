import Agreement
import Testing

/// Review h43: where the errors of reading a ratings file point. Columns count characters (Unicode
/// scalars) as editors show them, as the README promises for CSV and JSON, not bytes; and an error
/// about a field names that field's column. Every case has non-ASCII text before the error, where a
/// byte count and a character count differ.
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

  // MARK: B3: a column for every error about a field

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

  @Test func anUndeclaredLabelIsNamedAtTheLabel() {
    #expect(
      throws: AgreementError.undeclaredLabel(label: "1.0", at: SourceLocation(file: "r.csv", line: 3, column: 6))
    ) { try read("item,coder,label\n1,a,1\n1,日本,1.0\n", categories: ["1"]) }
    #expect(
      message { _ = try read("item,coder,label\n1,a,1\n1,日本,1.0\n", categories: ["1"]) }
        == "r.csv:3:6: label \"1.0\" is not one of the declared categories")
    // Wide: the label's own cell; the coder is its header's.
    #expect(
      message { _ = try read("item,a,b\n1,é,1\n", format: .wide, categories: ["1"]) }.hasPrefix("r.csv:2:3: label"))
    // Multi-label, long CSV.
    #expect(
      message { _ = try multiLabel("item,coder,label\n1,日本,q\n", categories: ["x"]) }.hasPrefix("r.csv:2:6: label"))
  }

  @Test func anEmptyLabelIsNamedAtItsField() {
    #expect(message { _ = try read("item,coder,label\n1,a,x\n1,日本,\n") }.hasPrefix("r.csv:3:6: empty label"))
  }

  /// A coder's second rating of an item is named at the item's column (found again on the error
  /// path), and the first by its line (it had no column).
  @Test func aSecondRatingIsNamedAtItsItem() {
    #expect(
      throws: AgreementError.duplicateRating(
        item: "1", coder: "é", first: SourceLocation(file: "r.csv", line: 2),
        second: SourceLocation(file: "r.csv", line: 4, column: 5))
    ) { try read("label,coder,item\nx,é,1\nx,b,1\ny,é,1\n") }
    #expect(
      message { _ = try read("label,coder,item\nx,é,1\nx,b,1\ny,é,1\n") }.hasPrefix(
        "r.csv:4:5: coder \"é\" rated item \"1\" again (first at r.csv:2);"))
  }

  @Test func blankIdentifiersAreNamedAtTheirFields() {
    #expect(message { _ = try read("label,coder,item\nx,é,\n") }.hasPrefix("r.csv:2:5: empty item id"))
    #expect(message { _ = try read("item,label,coder\n1,é,\n") }.hasPrefix("r.csv:2:5: empty coder name"))
  }

  /// The wide layout's header and second-row errors are named at the cell they are about.
  @Test func wideLayoutErrorsAreNamedAtTheirCells() {
    #expect(
      message { _ = try read("item,ä,\n1,x,y\n", format: .wide) }.hasPrefix(
        "r.csv:1:8: empty coder name in the header (column 3)"))
    #expect(
      message { _ = try read("item,ä,ä\n1,x,y\n", format: .wide) }.hasPrefix(
        "r.csv:1:8: coder \"ä\" names two columns"))
    #expect(
      message { _ = try read("item,ä\né,x\nb,y\né,y\n", format: .wide) }.hasPrefix(
        "r.csv:4:1: item \"é\" has a second row (first at line 2)"))
  }

  /// Multi-label: a repeated label and a label beside "coded, no label" are named at the label.
  @Test func multiLabelConflictsAreNamedAtTheLabel() {
    #expect(
      message { _ = try multiLabel("item,coder,label\n1,日本,x\n1,日本,x\n") }.hasPrefix(
        "r.csv:3:6: coder \"日本\" gave item \"1\" the label \"x\" again (first at r.csv:2);"))
    #expect(
      message { _ = try multiLabel("item,coder,label\n1,日本,\n1,日本,x\n") }.hasPrefix(
        "r.csv:3:6: coder \"日本\" coded item \"1\" both with no label (r.csv:2) and with the label \"x\" (r.csv:3);"))
  }
}

/// The same for JSON Lines ratings and predictions: a member's column is where its value starts; a
/// member the object lacks is named at the object's opening brace.
@Suite struct JSONRatingsErrorPositionTests {
  func message(_ text: String, categories: [String]? = nil, multiLabel: Bool = false) -> String {
    do {
      if multiLabel {
        _ = try RatingsReader.multiLabelTable(
          bytes: Array(text.utf8), source: "r.jsonl", format: .jsonl, categories: categories)
      } else {
        _ = try RatingsReader.table(bytes: Array(text.utf8), source: "r.jsonl", format: .jsonl, categories: categories)
      }
    } catch {
      return error.description
    }
    return ""
  }

  /// The reviewer's e14 (with non-ASCII before the label): the label's value at column 31.
  @Test func anUndeclaredLabelIsNamedAtItsValue() {
    let text = "{\"item\":1,\"coder\":\"a\",\"label\":\"x\"}\n{\"coder\":\"é\",\"item\":1,\"label\":\"q\"}\n"
    #expect(message(text, categories: ["x"]) == "r.jsonl:2:31: label \"q\" is not one of the declared categories")
    #expect(message(text, categories: ["x"], multiLabel: true).hasPrefix("r.jsonl:2:31: label \"q\""))
  }

  /// The reviewer's e15: a missing member is named at the object's opening brace.
  @Test func aMissingMemberIsNamedAtTheOpeningBrace() {
    #expect(
      message("{\"item\":1,\"coder\":\"a\",\"label\":\"x\"}\n  {\"item\":1,\"coder\":\"é\"}\n")
        == "r.jsonl:2:3: no \"label\" field")
    #expect(message("{\"coder\":\"é\",\"label\":\"x\"}\n") == "r.jsonl:1:1: no \"item\" field")
  }

  @Test func aSecondRatingAndAnEmptyLabelAreNamedAtTheirMembers() {
    let twice = "{\"item\":\"é\",\"coder\":\"a\",\"label\":\"x\"}\n{\"coder\":\"a\",\"item\":\"é\",\"label\":\"y\"}\n"
    #expect(message(twice).hasPrefix("r.jsonl:2:21: coder \"a\" rated item \"é\" again (first at r.jsonl:1);"))
    #expect(message("{\"item\":\"é\",\"coder\":\"a\",\"label\":\"\"}\n").hasPrefix("r.jsonl:1:33: empty label"))
    #expect(message("{\"item\":\"é\",\"coder\":\"\",\"label\":\"x\"}\n").hasPrefix("r.jsonl:1:21: empty coder name"))
  }

  /// Predictions: a missing id at the brace, an undeclared label at its value, a second line for an
  /// item at its id.
  @Test func predictionErrorsAreNamedAtTheirMembers() {
    let human = Array("item,coder,label\n1,gold,positive\n2,gold,negative\n".utf8)
    func message(_ predictions: String, categories: [String]? = nil) -> String {
      let source = PredictionsSource(
        bytes: Array(predictions.utf8), source: "p.jsonl", field: "sentiment.label", coder: "model")
      do {
        _ = try RatingsReader.table(
          bytes: human, source: "h.csv", format: .long, categories: categories, predictions: [source])
      } catch {
        return error.description
      }
      return ""
    }
    #expect(message(" {\"sentiment\":{\"label\":\"é\"}}\n") == "p.jsonl:1:2: no \"id\" field")
    #expect(
      message("{\"id\":\"1\",\"sentiment\":{\"label\":\"é\"}}\n", categories: ["positive", "negative"])
        == "p.jsonl:1:32: label \"é\" is not one of the declared categories")
    #expect(
      message("{\"id\":\"1\",\"sentiment\":{\"label\":\"é\"}}\n{\"sentiment\":{\"label\":\"é\"},\"id\":\"1\"}\n")
        .hasPrefix("p.jsonl:2:33: coder \"model\" rated item \"1\" again (first at p.jsonl:1);"))
  }
}
