/// Ratings of n items by r coders into q categories, with missing ratings allowed.
///
/// Built from (item, coder, label) triples with `RatingTableBuilder`. Items, coders and labels are
/// compared as exact strings (UTF-8 bytes: no trimming, case folding or Unicode normalisation).
///
/// Category order (it matters for weights, ordinal alpha and the confusion matrix):
/// - declared categories keep the declared order, and declared-but-unused categories count in q
///   (they change Brennan–Prediger's p_e = 1/q, AC1's division by q − 1 and the spacing of weights);
/// - otherwise the observed labels, sorted numerically when every label is a finite number, else by
///   Unicode code points (byte order), so the same data always gives the same order.
///
/// Items and coders keep their first-seen order. Storage is a dense n × r matrix of category indices.
public struct RatingTable: Sendable {
  /// Item identifiers, in first-seen order.
  public let items: [String]
  /// Coder identifiers, in first-seen order.
  public let coders: [String]
  /// Categories in the order used for weights and positions.
  public let categories: [String]
  /// True when the categories were declared rather than observed.
  public let categoriesDeclared: Bool
  /// `codes[i * coders.count + c]` is the category index coder c gave item i, or -1.
  let codes: [Int32]

  /// The most categories (distinct labels) agreement is computed over. The coefficients' tables and
  /// standard errors hold q × q matrices: at 12,000 labels (a label column of free text, say)
  /// `agree` took 92 s and 10 GB; at 5,000 it takes seconds and under 2 GB.
  public static let maximumCategories = 5_000

  /// Throws `.tooManyCategories` when `count` exceeds `maximumCategories`.
  static func checkCategoryCount(_ count: Int, source: String) throws(AgreementError) {
    if count > maximumCategories {
      throw .tooManyCategories(source: source, count: count, limit: maximumCategories)
    }
  }

  init(items: [String], coders: [String], categories: [String], categoriesDeclared: Bool, codes: [Int32]) {
    self.items = items
    self.coders = coders
    self.categories = categories
    self.categoriesDeclared = categoriesDeclared
    self.codes = codes
  }

  /// Builds a table from in-memory triples (no duplicate (item, coder) pairs allowed).
  public init(
    ratings: [(item: String, coder: String, label: String)], categories: [String]? = nil, source: String = "ratings"
  ) throws(AgreementError) {
    var builder = try RatingTableBuilder(categories: categories)
    for (index, rating) in ratings.enumerated() {
      try builder.add(
        item: rating.item, coder: rating.coder, label: rating.label,
        at: SourceLocation(file: source, line: index + 1))
    }
    self = try builder.build(source: source)
  }

  public var itemCount: Int { items.count }
  public var coderCount: Int { coders.count }
  public var categoryCount: Int { categories.count }

  /// Number of ratings (non-missing cells).
  public var ratingCount: Int { codes.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) } }

  /// The category index coder `coder` gave item `item`, or nil when missing.
  public func category(item: Int, coder: Int) -> Int? {
    let code = codes[item * coders.count + coder]
    return code >= 0 ? Int(code) : nil
  }

  /// Index of a coder by exact name.
  public func coderIndex(_ name: String) -> Int? {
    coders.firstIndex { $0.utf8.elementsEqual(name.utf8) }
  }

  /// The numeric value of each category for interval and ratio metrics: the label's value when every
  /// category is a finite number, else its 1-based position.
  public var categoryValues: [Double] {
    let numbers = categories.map(parseFiniteNumber)
    if numbers.allSatisfy({ $0 != nil }) { return numbers.map { $0! } }
    return (0..<categories.count).map { Double($0 + 1) }
  }
}

/// A finite number written as a plain decimal ("3", "-2.5", "1e3"); nil for anything else (incl. "nan").
func parseFiniteNumber(_ text: String) -> Double? {
  guard let value = Double(text), value.isFinite else { return nil }
  return value
}

/// Orders observed labels: numerically when all are finite numbers, else by code points.
func observedCategoryOrder(_ labels: [String]) -> [String] {
  let numbers = labels.map(parseFiniteNumber)
  if !labels.isEmpty, numbers.allSatisfy({ $0 != nil }) {
    return zip(labels, numbers).sorted { lhs, rhs in
      lhs.1! != rhs.1! ? lhs.1! < rhs.1! : ExactLabel(lhs.0) < ExactLabel(rhs.0)
    }.map(\.0)
  }
  return labels.sorted { ExactLabel($0) < ExactLabel($1) }
}

/// The category order of a finished table and, for each label in interning order, its position in
/// it: declared categories keep their order; observed ones are ordered by `observedCategoryOrder`.
func finalCategories(_ interned: [String], declared: Bool) -> (categories: [String], remap: [Int]) {
  guard !declared else { return (interned, Array(0..<interned.count)) }
  let ordered = observedCategoryOrder(interned)
  var position: [ExactLabel: Int] = [:]
  for (index, label) in ordered.enumerated() { position[ExactLabel(label)] = index }
  return (ordered, interned.map { position[ExactLabel($0)]! })
}

/// Accumulates (item, coder, label) ratings, rejecting duplicates with both source locations.
public struct RatingTableBuilder: Sendable {
  private var items = Interner()
  private var coders = Interner()
  private var labels = Interner()
  private let declared: Bool
  private var itemOf: [Int32] = []
  private var coderOf: [Int32] = []
  private var labelOf: [Int32] = []
  private var lineOf: [Int] = []
  private var fileOf: [Int32] = []
  private var files: [String] = []

  /// - Parameter categories: the declared category set and order, or nil to use the observed labels.
  public init(categories: [String]? = nil) throws(AgreementError) {
    declared = categories != nil
    for category in categories ?? [] {
      let before = labels.count
      _ = labels.intern(category)
      if labels.count == before { throw .duplicateCategory(label: category) }
    }
  }

  /// Adds one rating. Throws on a label outside the declared categories; a second rating of the same item
  /// by the same coder is reported (naming both locations) by `build`; a blank item id or coder name at once.
  public mutating func add(item: String, coder: String, label: String, at location: SourceLocation)
    throws(AgreementError)
  {
    var label = label
    guard let labelIndex = label.withUTF8({ internLabel($0) }) else {
      throw .undeclaredLabel(label: label, at: location)
    }
    var (item, coder) = (item, coder)
    try Self.checkIdentifiers(item: item.utf8, coder: coder.utf8, at: location)
    let itemIndex = item.withUTF8 { items.intern(bytes: $0) }
    let coderIndex = coder.withUTF8 { coders.intern(bytes: $0) }
    append(item: itemIndex, coder: coderIndex, label: labelIndex, file: location.file, line: location.line)
  }

  /// The label's index: looked up among declared categories (nil if undeclared), else interned.
  private mutating func internLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    declared ? labels.index(bytes: bytes) : labels.intern(bytes: bytes)
  }

  private mutating func append(item: Int, coder: Int, label: Int, file: String, line: Int) {
    if files.last != file { files.append(file) }
    itemOf.append(Int32(item))
    coderOf.append(Int32(coder))
    labelOf.append(Int32(label))
    lineOf.append(line)
    fileOf.append(Int32(files.count - 1))
  }

  /// Fast path for readers: fields as valid UTF-8 bytes.
  mutating func add(
    item: UnsafeBufferPointer<UInt8>, coder: UnsafeBufferPointer<UInt8>, label: UnsafeBufferPointer<UInt8>,
    file: String, line: Int
  ) throws(AgreementError) {
    try Self.checkIdentifiers(item: item, coder: coder, at: SourceLocation(file: file, line: line))
    guard let labelIndex = internLabel(label) else {
      throw .undeclaredLabel(label: String(decoding: label, as: UTF8.self), at: SourceLocation(file: file, line: line))
    }
    append(
      item: items.intern(bytes: item), coder: coders.intern(bytes: coder), label: labelIndex, file: file, line: line)
  }

  /// Throws `.malformed` for a blank (empty or only spaces/tabs) item id or coder name: taken as an id,
  /// unrelated blank-id rows of different coders would be paired as one item.
  static func checkIdentifiers<Bytes: Collection<UInt8>>(item: Bytes, coder: Bytes, at location: SourceLocation)
    throws(AgreementError)
  {
    func isBlank(_ bytes: Bytes) -> Bool { bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
    if isBlank(item) { throw .malformed(at: location, column: 0, message: "empty item id") }
    if isBlank(coder) { throw .malformed(at: location, column: 0, message: "empty coder name") }
  }

  /// Number of ratings added so far.
  public var count: Int { itemOf.count }

  /// Number of distinct items added so far.
  public var itemCount: Int { items.count }

  /// The index of an item added so far (items are numbered in order of first appearance), or nil.
  public func itemIndex(_ item: String) -> Int? { items.index(of: item) }

  /// The first item added, if any (for messages).
  public var firstItem: String? { items.values.first }

  private func location(_ entry: Int) -> SourceLocation {
    SourceLocation(file: files[Int(fileOf[entry])], line: lineOf[entry])
  }

  /// The finished table. Throws `.emptyInput` when no rating was added and `.duplicateRating` when a coder
  /// rated an item twice.
  public func build(source: String) throws(AgreementError) -> RatingTable {
    guard !itemOf.isEmpty else { throw .emptyInput(source: source) }
    try RatingTable.checkCategoryCount(labels.values.count, source: source)
    let (categories, remap) = finalCategories(labels.values, declared: declared)
    let coderCount = coders.count
    var codes = [Int32](repeating: -1, count: items.count * coderCount)
    var entryOf = [Int32](repeating: -1, count: items.count * coderCount)
    for entry in itemOf.indices {
      let cell = Int(itemOf[entry]) * coderCount + Int(coderOf[entry])
      if entryOf[cell] >= 0 {
        throw .duplicateRating(
          item: items.values[Int(itemOf[entry])], coder: coders.values[Int(coderOf[entry])],
          first: location(Int(entryOf[cell])), second: location(entry))
      }
      entryOf[cell] = Int32(entry)
      codes[cell] = Int32(remap[Int(labelOf[entry])])
    }
    return RatingTable(
      items: items.values, coders: coders.values, categories: categories, categoriesDeclared: declared, codes: codes)
  }
}
