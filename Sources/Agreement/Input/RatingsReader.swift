import VerbatimCore

/// Layout of a ratings file.
public enum RatingsFormat: String, Sendable, CaseIterable {
  /// CSV with a header naming `item`, `coder` and `label` (or `tag`, as human tag files do) columns, one
  /// rating per row (a missing rating is an absent row).
  case long
  /// CSV with an item column first and one column per coder; an empty cell is a missing rating.
  case wide
  /// JSON Lines: `{"item": …, "coder": …, "label": "x"}` (with `--multilabel`, `"label"` may be an array or
  /// null/"" for "coded, no label"; `"labels"` is accepted as the array form). An item or coder given
  /// as a number is read as that number: an integral one as its integer digits
  /// (`JSONValue.integralText(ofNumber:)`), so 1, 1.0, 1e0 and "1" are one item; a non-integral one
  /// as written (1.5 and 1.50 stay two ids, which `agree` names: a section number "1.10" written
  /// without quotes is not "1.1").
  case jsonl

  /// `.jsonl` for *.jsonl / *.ndjson, else `.long` when the CSV header names item, coder and label
  /// (case-insensitively: `Item,Coder,Label` is long too), else `.wide`.
  public static func detect(path: String, bytes: [UInt8]) -> RatingsFormat { layout(path: path, bytes: bytes).format }

  /// The detected format and, for CSV, the header (parsed once; nil for JSON Lines or an unreadable header).
  private static func layout(path: String, bytes: [UInt8]) -> (format: RatingsFormat, header: CSVParser.Record?) {
    if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") { return (.jsonl, nil) }
    if let first = bytes.first(where: { $0 != 0xEF && $0 != 0xBB && $0 != 0xBF && $0 != 0x20 }),
      first == UInt8(ascii: "{")
    {
      return (.jsonl, nil)
    }
    let headerEnd = bytes.firstIndex(of: 0x0A) ?? bytes.count
    let header = (try? CSVParser.records(Array(bytes[..<headerEnd]), source: path))?.first
    let long = ["item", "coder", "label"].allSatisfy({ RatingsReader.column($0, in: header?.fields ?? []) != nil })
    return (long ? .long : .wide, header)
  }

  /// The header cells of a CSV ratings file's first line, parsed as the readers parse it (quoted
  /// names with commas stay whole); empty for JSON Lines or an unreadable header.
  public static func headerNames(path: String, bytes: [UInt8]) -> [String] {
    layout(path: path, bytes: bytes).header?.fields ?? []
  }

  /// Column names that mean a long layout under another name ("item,rater,label"): read as the
  /// wide layout they would become coders, and their values categories.
  static let longLayoutLookalikes: Set<String> = [
    "coder", "rater", "annotator", "judge", "reviewer", "labeler", "labeller", "label", "code", "category",
    "rating", "tag", "class", "value",
  ]

  /// `detect`, refusing a header that `detect` would read as the wide layout although it names a
  /// long layout's columns differently: a guess there would silently turn column names into
  /// coders. `--ratings-format wide` still reads such a file as wide. The error's column is where
  /// the name starts in the header, in characters (review h43: it was the name's field number).
  public static func detectChecked(path: String, bytes: [UInt8]) throws(AgreementError) -> RatingsFormat {
    let (format, header) = layout(path: path, bytes: bytes)
    guard format == .wide, let header else { return format }
    let names = header.fields
    for (index, name) in names.enumerated().dropFirst()
    where longLayoutLookalikes.contains(String(name.filter { $0 != " " && $0 != "\r" }).lowercased()) {
      throw .malformed(
        at: SourceLocation(file: path, line: header.positions[index].line), column: header.positions[index].column,
        message:
          "the header (\(names.joined(separator: ","))) looks like the long layout under other names: name its "
          + "columns item,coder,label, or pass --ratings-format wide if \"\(name)\" really is a coder")
    }
    return format
  }
}

/// Reads ratings files into tables. Pure Swift: the caller supplies the bytes (and the name used in
/// error messages). Errors carry file:line(:column).
public enum RatingsReader {
  /// One parsed rating row: item, coder, label (nil = coded without a label, multi-label only).
  struct Row {
    var item: String
    var coder: String
    var label: String?
    /// Where the row and its fields are.
    var locations: RatingLocations
    /// The row's line.
    var location: SourceLocation { locations.row }
  }

  /// Why an empty label is refused where a label is required.
  static let emptyLabelMessage =
    "empty label (a missing rating is an absent row; \"coded, no label\" exists only in multi-label "
    + "topic codes: an item,coder,tag file, read by agree --multilabel or as validate --human tag codes)"

  /// A single-label table. A second rating of the same (item, coder) is an error naming both lines; an
  /// empty label is an error (a missing rating is an absent row).
  public static func table(bytes: [UInt8], source: String, format: RatingsFormat, categories: [String]?)
    throws(AgreementError) -> RatingTable
  {
    try table(bytes: bytes, source: source, format: format, categories: categories, predictions: [])
  }

  /// A multi-label table: several rows per (item, coder) allowed; an empty label records "coded, no label".
  public static func multiLabelTable(bytes: [UInt8], source: String, format: RatingsFormat, categories: [String]?)
    throws(AgreementError) -> MultiLabelTable
  {
    try multiLabelTable(bytes: bytes, source: source, format: format, categories: categories, predictions: [])
  }

  /// Index of a long-layout column: the exact name, else the first header field equal to it ignoring
  /// ASCII case (a header `Item,Coder,Label` is the long layout, not three coders).
  static func column(_ name: String, in header: [String]) -> Int? {
    if let found = header.firstIndex(of: name) ?? header.firstIndex(where: { $0.lowercased() == name }) {
      return found
    }
    // `validate --human` tag files name the label column "tag" (item,coder,tag): the same column.
    return name == "label" ? column("tag", in: header) : nil
  }

  /// The error for a CSV header with fewer than two columns: no layout can use it, and the usual cause is
  /// another delimiter (`item;coder;label`), so the message shows what was found.
  static func oneColumnHeader(_ header: [String], source: String) -> AgreementError {
    let shown = header.first.map { $0.count > 60 ? String($0.prefix(60)) + "…" : $0 } ?? ""
    var message =
      "the header has 1 column (\"\(shown)\"); expected item,coder,label (long layout) or an item column and one column per coder (wide layout)"
    if shown.contains(";") || shown.contains("\t") {
      message += " — the file looks semicolon- or tab-separated; ratings must be comma-separated (RFC 4180)"
    }
    return .malformed(at: SourceLocation(file: source, line: 1), column: 0, message: message)
  }

  /// Long CSV straight into a builder without per-field strings (the 1,000,000-rating path).
  static func fastLongPath(bytes: [UInt8], source: String, _ builder: inout RatingTableBuilder)
    throws(AgreementError)
  {
    var columns: (item: Int, coder: Int, label: Int, count: Int)?
    try CSVParser.forEachRecord(bytes, source: source) { line, buffer, ranges, positions, end throws(AgreementError) in
      guard let (item, coder, label, count) = columns else {
        let names = ranges.map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) }
        func column(_ name: String) throws(AgreementError) -> Int {
          guard let index = RatingsReader.column(name, in: names) else {
            throw .missingColumn(source: source, name: name)
          }
          return index
        }
        columns = (try column("item"), try column("coder"), try column("label"), names.count)
        return
      }
      guard ranges.count == count else {
        throw .malformed(
          at: SourceLocation(file: source, line: line),
          column: CSVParser.fieldCountColumn(positions: positions, end: end, expected: count),
          message: "expected \(count) fields as in the header, found \(ranges.count)")
      }
      let locations = RatingLocations(
        csv: SourceLocation(file: source, line: line), item: positions[item], coder: positions[coder],
        label: positions[label])
      guard !ranges[label].isEmpty else { throw .malformed(emptyLabelMessage, at: locations.location(of: .label)) }
      try builder.add(
        item: UnsafeBufferPointer(rebasing: buffer[ranges[item]]),
        coder: UnsafeBufferPointer(rebasing: buffer[ranges[coder]]),
        label: UnsafeBufferPointer(rebasing: buffer[ranges[label]]), locations: locations)
    }
    if columns == nil { throw .emptyInput(source: source) }
  }

  static func forEachRow(
    bytes: [UInt8], source: String, format: RatingsFormat, multiLabel: Bool,
    _ body: (Row) throws(AgreementError) -> Void
  ) throws(AgreementError) {
    switch format {
    case .long:
      let records = try CSVParser.records(bytes, source: source)
      guard let header = records.first else { throw .emptyInput(source: source) }
      func column(_ name: String) throws(AgreementError) -> Int {
        guard let index = Self.column(name, in: header.fields) else {
          throw .missingColumn(source: source, name: name)
        }
        return index
      }
      let (item, coder, label) = (try column("item"), try column("coder"), try column("label"))
      for record in records.dropFirst() {
        let location = SourceLocation(file: source, line: record.line)
        guard record.fields.count == header.fields.count else {
          throw .malformed(
            at: location, column: record.fieldCountColumn(expected: header.fields.count),
            message: "expected \(header.fields.count) fields as in the header, found \(record.fields.count)")
        }
        let locations = RatingLocations(
          csv: location, item: record.positions[item], coder: record.positions[coder], label: record.positions[label])
        try body(
          Row(item: record.fields[item], coder: record.fields[coder], label: record.fields[label], locations: locations)
        )
      }
    case .wide:
      let records = try CSVParser.records(bytes, source: source)
      guard let header = records.first else { throw .emptyInput(source: source) }
      guard header.fields.count >= 2 else { throw oneColumnHeader(header.fields, source: source) }
      // Trailing columns without a name and without a value are what a spreadsheet leaves after the
      // last coder (QA review 18: Excel's ",," at every line end was an error): not coders.
      func isBlank(_ field: String) -> Bool { field.allSatisfy { $0 == " " || $0 == "\t" } }
      var width = header.fields.count
      while width > 2, isBlank(header.fields[width - 1]),
        records.dropFirst().allSatisfy({ $0.fields.count != header.fields.count || isBlank($0.fields[width - 1]) })
      {
        width -= 1
      }
      // A coder column without a name is the header's fault: say so at the header's line.
      func headerLocation(_ index: Int) -> SourceLocation {
        SourceLocation(file: source, line: header.positions[index].line, column: header.positions[index].column)
      }
      if let blank = header.fields.indices.prefix(width).dropFirst().first(where: { isBlank(header.fields[$0]) }) {
        throw .malformed("empty coder name in the header (column \(blank + 1))", at: headerLocation(blank))
      }
      // A coder named twice would rate every item twice: the header's fault, said at its line (QA
      // review 31, L5: the message was "coder "a" rated item "1" again" at the first data row).
      var columnOf: [String: Int] = [:]
      for c in 1..<width {
        if let first = columnOf.updateValue(c, forKey: header.fields[c]) {
          throw .malformed(
            "coder \"\(header.fields[c])\" names two columns of the header (columns \(first + 1) and \(c + 1)); "
              + "the wide layout has one column per coder", at: headerLocation(c))
        }
      }
      // One row per item: a second row for an item is most often a long-layout file without its
      // header (review r19b), whose message would otherwise be a coder rating an item twice.
      var rowOf: [String: Int] = [:]
      for record in records.dropFirst() {
        let location = SourceLocation(file: source, line: record.line)
        guard record.fields.count == header.fields.count else {
          throw .malformed(
            at: location, column: record.fieldCountColumn(expected: header.fields.count),
            message: "expected \(header.fields.count) fields as in the header, found \(record.fields.count)")
        }
        if let first = rowOf.updateValue(record.line, forKey: record.fields[0]) {
          throw .malformed(
            at: location, column: record.positions[0].column,
            message: "item \"\(record.fields[0])\" has a second row (first at line \(first)); the wide layout (item, "
              + "then one column per coder) has one row per item. If this is the long layout (one rating per row), its "
              + "first line must be the header item,coder,label")
        }
        for c in 1..<width where !record.fields[c].isEmpty {
          let locations = RatingLocations(
            csv: location, item: record.positions[0], coder: header.positions[c], label: record.positions[c])
          try body(Row(item: record.fields[0], coder: header.fields[c], label: record.fields[c], locations: locations))
        }
      }
    case .jsonl:
      try CSVParser.refuseUTF16(bytes, source: source)
      var line = 0
      var start = 0
      var index = 0
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        start = 3
        index = 3
      }
      while start < bytes.count {
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        line += 1
        var end = index
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        let slice = Array(bytes[start..<end])
        start = index + 1
        index = start
        if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
        try jsonRow(slice, location: SourceLocation(file: source, line: line), multiLabel: multiLabel, body)
      }
    }
  }

  private static func jsonRow(
    _ bytes: [UInt8], location: SourceLocation, multiLabel: Bool, _ body: (Row) throws(AgreementError) -> Void
  ) throws(AgreementError) {
    let value: JSONValue
    do {
      value = try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in try JSONParser.parse(buffer) }
    } catch {
      throw .malformed(
        at: location, column: error.position(in: bytes).column, message: "malformed JSON: \(error.message)")
    }
    // A repeated name is refused, as the text commands refuse it: which label counts would be up to
    // the reader (Python's json keeps the last, this parser the first).
    if let (path, name) = value.firstRepeatedName {
      throw .malformed(
        at: location,
        column: bytes.withUnsafeBufferPointer { JSONParser.repeatedNameColumn(path: path, name: name, in: $0) } ?? 0,
        message: JSONValue.repeatedNameMessage(path: path, name: name))
    }
    let fieldName = value["label"] != nil ? "label" : "labels"
    // Members' columns are found only for a message: a missing member's is the object's opening brace.
    let locations = RatingLocations(json: bytes, at: location, item: "item", coder: "coder", label: fieldName)
    func identifier(_ name: String, _ part: RatingLocations.Field) throws(AgreementError) -> String {
      guard let field = value[name] else { throw .malformed("no \"\(name)\" field", at: locations.location(of: part)) }
      switch field {
      case .string(let text): return text
      // pandas writes float ids (1.0): the integer's digits, so that 1.0 and 1 are one item (QA review 41).
      case .number(let text): return JSONValue.integralText(ofNumber: text) ?? text
      default: throw .malformed("\"\(name)\" must be a string or a number", at: locations.location(of: part))
      }
    }
    let item = try identifier("item", .item)
    let coder = try identifier("coder", .coder)
    func row(_ label: String?) -> Row { Row(item: item, coder: coder, label: label, locations: locations) }
    switch value[fieldName] {
    case .string(let text)?: try body(row(text))
    case .number(let text)?: try body(row(text))
    case .array(let elements)? where multiLabel:
      if elements.isEmpty { try body(row(nil)) }
      for element in elements {
        guard case .string(let text) = element else {
          throw .malformed("labels must be strings", at: locations.location(of: .label))
        }
        try body(row(text))
      }
    case .null? where multiLabel: try body(row(nil))
    case nil: throw .malformed("no \"label\" field", at: locations.location(of: .label))
    default:
      throw .malformed(
        multiLabel
          ? "\"label\" must be a string, an array of strings or null"
          : "\"label\" must be a string or a number (leave the line out for a missing rating)",
        at: locations.location(of: .label))
    }
  }
}
