import Testing
import Yams

@testable import Taxonomy

/// A rule written on one line character for character is kept as a run of columns
/// (`ScalarSourceMap.run`, `WrittenPositions.run`): the same positions and locations as the walk of
/// `ScalarSourceMap.positions` gives, and nil where the walk is needed.
@Suite struct RuleSourceRunTests {
  static let yaml = """
    rules:
      - 'late OR slow'
      - 'it''s late'
      - "say \\"hi\\" OR late"
      - late OR slow
      - 'late
        OR slow'
      - 'café OR late'
      - >-
        late OR slow
      - "late OR slow"
    """

  /// (decoded text, style, mark line, mark column, a run expected): the marks are where Yams puts
  /// them (the opening quote, the first character of a plain scalar, the `>` of a block scalar).
  static var cases: [(String, Node.Scalar.Style, Int, Int, Bool)] {
    [
      ("late OR slow", .singleQuoted, 2, 5, true),
      // A doubled quote is one character written in two columns.
      ("it's late", .singleQuoted, 3, 5, true),
      // Escapes are written otherwise.
      ("say \"hi\" OR late", .doubleQuoted, 4, 5, false),
      ("late OR slow", .plain, 5, 5, true),
      // Folded onto the next line: the text goes past its start line.
      ("late OR slow", .singleQuoted, 6, 5, false),
      ("café OR late", .singleQuoted, 8, 5, false),
      ("late OR slow", .folded, 9, 5, false),
      ("late OR slow", .doubleQuoted, 11, 5, true),
      // Not what the line holds.
      ("late OR fast", .singleQuoted, 2, 5, false),
    ]
  }

  @Test func aRunIsWhatTheWalkFinds() throws {
    let map = ScalarSourceMap(lines: SourceLines(Self.yaml))
    for (text, style, line, column, expected) in Self.cases {
      let run = map.run(of: text, style: style, line: line, column: column)
      #expect((run != nil) == expected, "\(text) \(style) line \(line)")
      guard let run else { continue }
      // Hand-worked: the text starts one column after the quote (column 6), or at the mark.
      #expect(
        run.line == line && run.column == (style == .plain ? column : column + 1) && run.count == text.utf8.count)
      let walked = try #require(map.positions(of: text, style: style, line: line, column: column))
      let source = RuleSource(text, location: SourceLocation(file: "r", line: 1, column: 1), run: run)
      #expect(source.positions == walked)
      let listed = RuleSource(text, location: SourceLocation(file: "r", line: 1, column: 1), positions: walked)
      for offset in -2...(run.count + 2) {
        #expect(source.location(atOffset: offset) == listed.location(atOffset: offset), "offset \(offset)")
      }
    }
  }

  /// In `  - 'it''s late'` the text starts at column 6; the quote, at 8, takes two columns.
  @Test func aDoubledQuoteTakesTwoColumns() throws {
    let map = ScalarSourceMap(lines: SourceLines(Self.yaml))
    let run = try #require(map.run(of: "it's late", style: .singleQuoted, line: 3, column: 5))
    #expect(run.quotes == [2])
    let source = RuleSource("it's late", location: SourceLocation(file: "r", line: 3, column: 6), run: run)
    #expect(source.positions?.map(\.column) == [6, 7, 8, 10, 11, 12, 13, 14, 15, 16])
    #expect(source.location(atOffset: 9).description == "r:3:16")
    #expect(source.location(atOffset: 3).description == "r:3:10")
  }

  /// Read from a file, a one-line rule is a run and another is listed: both give the locations of
  /// their characters. In `      - 'late OR slow'` (line 7 of the fixture's YAML), "slow" starts at
  /// column 10 + 8 = 18; in the folded `'late\n  OR slow'` (lines 8 and 9), "slow" is at column 14 of
  /// line 9 (`          OR slow'`).
  @Test func locationsOfRunsAndWalksFromAFile() throws {
    let yaml = """
      id: test
      version: 0.1.0
      tags:
        - code: t
          label: T
          rules:
            - 'late OR slow'
            - 'late
                OR slow'
      """
    let codebook = try Codebook.parse(yaml: yaml, source: "f.yaml")
    let rules = codebook.tags[0].rules
    #expect(rules.map(\.text) == ["late OR slow", "late OR slow"])
    #expect(rules[0].location(atOffset: 8).description == "f.yaml:7:18")
    #expect(rules[0].location(atOffset: 12).description == "f.yaml:7:22")
    #expect(rules[1].location(atOffset: 8).description == "f.yaml:9:14")
  }
}
