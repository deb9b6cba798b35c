import VerbatimCore

/// Model output to join with human codes by item id: the JSONL written by `verbatim score` or
/// `verbatim tag` (one object per line with an `"id"`), read as the ratings of one extra coder.
public struct PredictionsSource: Sendable {
  public var bytes: [UInt8]
  /// Name used in error messages.
  public var source: String
  /// Dotted path of the label inside each object, e.g. "sentiment.label" or "tags". A string is one
  /// label; an array (multi-label) holds strings or objects carrying a "code" (what `verbatim tag` writes
  /// and human codes use), else an "id", else a "label" string, taken in that order of preference.
  public var field: String
  /// The coder name the predictions get (e.g. "model").
  public var coder: String
  /// The field holding the item id (default "id"; strings join the rated item of the same text; a
  /// number joins the rated item written the same way, else, when it is integral, the one of its
  /// integer digits: 1.0 joins "1", as ratings read from JSON Lines spell it).
  public var idField: String

  public init(bytes: [UInt8], source: String, field: String, coder: String, idField: String = "id") {
    self.bytes = bytes
    self.source = source
    self.field = field
    self.coder = coder
    self.idField = idField
  }

  /// Calls `body` with (item as written, the item's integer digits when it is an integral number
  /// written otherwise ("1" for 1.0), label or nil for "no label", where the line and its id and label
  /// are) for every prediction.
  func forEachPrediction(
    multiLabel: Bool, _ body: (String, String?, String?, RatingLocations) throws(AgreementError) -> Void
  ) throws(AgreementError) {
    var line = 0
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      line += 1
      let slice = Array(bytes[start..<(end > start && bytes[end - 1] == 0x0D ? end - 1 : end)])
      start = end + 1
      if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      let location = SourceLocation(file: source, line: line)
      let value: JSONValue
      do {
        value = try slice.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in try JSONParser.parse(buffer) }
      } catch {
        throw .malformed(
          at: location, column: error.position(in: slice).column, message: "malformed JSON: \(error.message)")
      }
      // The coder is named on the command line, not in the object; a missing member's column is the
      // object's opening brace.
      let locations = RatingLocations(json: slice, at: location, item: idField, coder: nil, label: field)
      // A repeated name is refused, as the text commands refuse it: which prediction counts would be
      // up to the reader (Python's json keeps the last, this parser the first).
      if let (path, name) = value.firstRepeatedName {
        throw .malformed(
          at: location,
          column: slice.withUnsafeBufferPointer { JSONParser.repeatedNameColumn(path: path, name: name, in: $0) } ?? 0,
          message: JSONValue.repeatedNameMessage(path: path, name: name))
      }
      guard let idValue = value[idField] else {
        throw .malformed("no \"\(idField)\" field", at: locations.location(of: .item))
      }
      let item: String
      var integral: String?
      switch idValue {
      case .string(let text): item = text
      case .number(let text):
        item = text
        integral = JSONValue.integralText(ofNumber: text).flatMap { $0 == text ? nil : $0 }
      default:
        throw .malformed("\"\(idField)\" must be a string or a number", at: locations.location(of: .item))
      }
      var labelValue: JSONValue? = value
      for part in field.split(separator: ".") { labelValue = labelValue?[String(part)] }
      switch labelValue {
      case .string(let text)?: try body(item, integral, text, locations)
      case .array(let elements)? where multiLabel:
        if elements.isEmpty { try body(item, integral, nil, locations) }
        for element in elements {
          // The identifier first: `tag`/`code` write {"code": "billing.refund", "label": "Refund", …}, and
          // human codes and the taxonomy use the code; the display label is only a fallback.
          let text =
            element.stringValue ?? element["code"]?.stringValue ?? element["id"]?.stringValue
            ?? element["label"]?.stringValue
          guard let text else {
            throw .malformed(
              "\"\(field)\" elements must be strings or carry a label", at: locations.location(of: .label))
          }
          try body(item, integral, text, locations)
        }
      case nil: throw .malformed("no \"\(field)\" field", at: locations.location(of: .label))
      default:
        throw .malformed(
          "\"\(field)\" must be a string\(multiLabel ? " or an array" : "") (use --multilabel for tag lists)",
          at: locations.location(of: .label))
      }
    }
  }
}

extension PredictionsSource {
  /// The first prediction whose label `matches`, and where it is (for messages); nil when none
  /// does or the file cannot be read (its errors are reported where it is read).
  public func firstLabel(multiLabel: Bool, matching matches: (String) -> Bool) -> (
    label: String, at: SourceLocation
  )? {
    var found: (String, SourceLocation)?
    try? forEachPrediction(multiLabel: multiLabel) { _, _, label, locations in
      if found == nil, let label, matches(label) { found = (label, locations.row) }
    }
    return found
  }
}

/// How one `PredictionsSource` joined the human ratings: the join is inner on the human side, so a
/// prediction whose id no human rated is left out (it would otherwise be an extra single-rated item and
/// change every coefficient whose chance term is taken over all rated items: Fleiss, AC1, Conger, …).
public struct PredictionsJoin: Sendable, Equatable {
  /// The coder name of the predictions.
  public var coder: String
  /// Name of the predictions file.
  public var source: String
  /// Predictions (lines) joined to a rated item.
  public var matched: Int
  /// Predictions (lines) whose id is not among the rated items, left out.
  public var unmatched: Int
  /// Items in the human ratings (those without a prediction are missing ratings of the model).
  public var ratedItems: Int

  public init(coder: String, source: String, matched: Int, unmatched: Int, ratedItems: Int = 0) {
    self.coder = coder
    self.source = source
    self.matched = matched
    self.unmatched = unmatched
    self.ratedItems = ratedItems
  }

  /// Refuses a join that added no rating (QA review 16: an empty file, or ids of another form, left
  /// the model out of every comparison and a gate on `accuracy` passed on the human coders alone).
  func checkJoined(examplePrediction: String?, exampleItem: String?) throws(AgreementError) {
    guard matched == 0 else { return }
    throw .unjoinedPredictions(
      source: source, predictions: unmatched, ratedItems: ratedItems, examplePrediction: examplePrediction,
      exampleItem: exampleItem)
  }
}

extension RatingsReader {
  /// The rated item a prediction's id joins (one of the first `rated` items): the id as written, else
  /// its integer digits when it is an integral number written otherwise; nil when neither is rated.
  static func ratedItem(_ item: String, _ integral: String?, rated: Int, in index: (String) -> Int?) -> String? {
    for id in [item, integral].compactMap({ $0 }) {
      if let position = index(id), position < rated { return id }
    }
    return nil
  }

  /// Human ratings plus model predictions joined by item id (each source is one more coder). Only
  /// predictions for items in the ratings are joined; the rest are counted in `joins` (one entry per
  /// source). A rated item without a prediction has a missing rating for the prediction coder.
  public static func table(
    bytes: [UInt8], source: String, format: RatingsFormat, categories: [String]?, predictions: [PredictionsSource]
  ) throws(AgreementError) -> RatingTable {
    var joins: [PredictionsJoin] = []
    return try table(
      bytes: bytes, source: source, format: format, categories: categories, predictions: predictions, joins: &joins)
  }

  /// As `table(bytes:source:format:categories:predictions:)`, reporting how each source joined.
  public static func table(
    bytes: [UInt8], source: String, format: RatingsFormat, categories: [String]?, predictions: [PredictionsSource],
    joins: inout [PredictionsJoin]
  ) throws(AgreementError) -> RatingTable {
    var builder = try RatingTableBuilder(categories: categories)
    if format == .long {
      try fastLongPath(bytes: bytes, source: source, &builder)
    } else {
      try forEachRow(bytes: bytes, source: source, format: format, multiLabel: false) { row throws(AgreementError) in
        guard let label = row.label, !label.isEmpty else {
          throw .malformed(emptyLabelMessage, at: row.locations.location(of: .label))
        }
        try builder.add(item: row.item, coder: row.coder, label: label, locations: row.locations)
      }
    }
    let rated = builder.itemCount
    let firstRated = builder.firstItem
    for prediction in predictions {
      var join = PredictionsJoin(
        coder: prediction.coder, source: prediction.source, matched: 0, unmatched: 0, ratedItems: rated)
      var firstUnmatched: String?
      try prediction.forEachPrediction(multiLabel: false) { item, integral, label, locations throws(AgreementError) in
        guard let id = Self.ratedItem(item, integral, rated: rated, in: builder.itemIndex) else {
          join.unmatched += 1
          if firstUnmatched == nil { firstUnmatched = item }
          return
        }
        join.matched += 1
        try builder.add(item: id, coder: prediction.coder, label: label ?? "", locations: locations)
      }
      try join.checkJoined(examplePrediction: firstUnmatched, exampleItem: firstRated)
      joins.append(join)
    }
    do {
      return try builder.build(source: source)
    } catch {
      throw locatingDuplicate(error, bytes: bytes, source: source, format: format, predictions: predictions)
    }
  }

  /// Multi-label human codes plus model tag lists joined by item id (only items in the ratings; see `table`).
  public static func multiLabelTable(
    bytes: [UInt8], source: String, format: RatingsFormat, categories: [String]?, predictions: [PredictionsSource]
  ) throws(AgreementError) -> MultiLabelTable {
    var joins: [PredictionsJoin] = []
    return try multiLabelTable(
      bytes: bytes, source: source, format: format, categories: categories, predictions: predictions, joins: &joins)
  }

  /// As `multiLabelTable(bytes:source:format:categories:predictions:)`, reporting how each source joined.
  public static func multiLabelTable(
    bytes: [UInt8], source: String, format: RatingsFormat, categories: [String]?, predictions: [PredictionsSource],
    joins: inout [PredictionsJoin]
  ) throws(AgreementError) -> MultiLabelTable {
    var builder = try MultiLabelTableBuilder(categories: categories)
    try forEachRow(bytes: bytes, source: source, format: format, multiLabel: true) { row throws(AgreementError) in
      try builder.add(item: row.item, coder: row.coder, label: row.label, locations: row.locations)
    }
    let rated = builder.itemCount
    let firstRated = builder.firstItem
    for prediction in predictions {
      var join = PredictionsJoin(
        coder: prediction.coder, source: prediction.source, matched: 0, unmatched: 0, ratedItems: rated)
      var firstUnmatched: String?
      var lastLine = 0
      // Where each item's line is: a second line for it is refused, not merged into the first.
      var lines: [String: SourceLocation] = [:]
      try prediction.forEachPrediction(multiLabel: true) { item, integral, label, locations throws(AgreementError) in
        let location = locations.row
        let counted = location.line != lastLine  // a tag list calls back once per tag
        lastLine = location.line
        let id = Self.ratedItem(item, integral, rated: rated, in: builder.itemIndex)
        // Keyed by the rated item joined: 1 and 1.0 on two lines are the same item's.
        if counted, let first = lines.updateValue(location, forKey: id ?? item) {
          throw .duplicatePrediction(
            item: id ?? item, coder: prediction.coder, first: first, second: locations.location(of: .item))
        }
        guard let id else {
          if counted { join.unmatched += 1 }
          if firstUnmatched == nil { firstUnmatched = item }
          return
        }
        if counted { join.matched += 1 }
        try builder.add(item: id, coder: prediction.coder, label: label, locations: locations)
      }
      try join.checkJoined(examplePrediction: firstUnmatched, exampleItem: firstRated)
      joins.append(join)
    }
    return try builder.build(source: source)
  }
}
