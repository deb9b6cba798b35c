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
/// Items and coders keep their first-seen order. Storage is sparse (crowd-coded data has many coders who
/// each rated a few items): each item's ratings, ordered by coder, as consecutive entries; memory grows
/// with the number of ratings, not with items × coders.
public struct RatingTable: Sendable {
  /// Item identifiers, in first-seen order.
  public let items: [String]
  /// Coder identifiers, in first-seen order.
  public let coders: [String]
  /// Categories in the order used for weights and positions.
  public let categories: [String]
  /// True when the categories were declared rather than observed.
  public let categoriesDeclared: Bool
  /// Item i's ratings are the entries `itemStart[i]..<itemStart[i + 1]`, in ascending coder order.
  let itemStart: [Int]
  /// The coder of each entry.
  let entryCoder: [Int32]
  /// The category index of each entry.
  let entryCode: [Int32]
  /// The same ratings by coder: coder c's are `coderStart[c]..<coderStart[c + 1]` in `coderItem` (the item)
  /// and `coderCode` (its category), in item order.
  let coderStart: [Int]
  let coderItem: [Int32]
  let coderCode: [Int32]

  /// The most categories (distinct labels) agreement is computed over. The coefficients' tables and
  /// standard errors hold q × q matrices: at 12,000 labels (a label column of free text, say)
  /// `agree` took 92 s and 10 GB; at 5,000 labels, 20,000 items and three coders it takes 18 s and
  /// 1.8 GB (at 1,000 labels, 0.6 s and 95 MB).
  public static let maximumCategories = 5_000

  /// The most coder-pair comparisons Σ_i r_i (r_i − 1) / 2 (r_i = ratings of item i) a table may need.
  /// Every pair of coders who rated an item in common keeps its q × q table (Cohen's and Light's kappas,
  /// Scott's pi, classification against a reference) and each comparison is kept for the bootstrap.
  /// The worst case, every comparison a different pair (6,300 coders on one item, three labels), took
  /// 14 s and 1.8 GB; 200 coders who all rated 1,000 items make as many comparisons but only 19,900
  /// pairs. Crowd data (thousands of coders, a few ratings per item) stays far below.
  public static let maximumCoderPairComparisons = 20_000_000

  /// Throws `.tooManyCategories` when `count` exceeds `maximumCategories`.
  static func checkCategoryCount(_ count: Int, source: String) throws(AgreementError) {
    if count > maximumCategories {
      throw .tooManyCategories(source: source, count: count, limit: maximumCategories)
    }
  }

  /// Σ_i r_i (r_i − 1) / 2: the coder-pair comparisons of items whose ratings start at `itemStart`.
  static func coderPairComparisons(itemStart: [Int]) -> Int {
    var comparisons = 0
    for i in 0..<(itemStart.count - 1) {
      let rated = itemStart[i + 1] - itemStart[i]
      comparisons += rated * (rated - 1) / 2
    }
    return comparisons
  }

  /// Throws `.tooManyCoderPairs` when the items' ratings make more than `maximumCoderPairComparisons`.
  static func checkCoderPairComparisons(itemStart: [Int], source: String) throws(AgreementError) {
    let comparisons = coderPairComparisons(itemStart: itemStart)
    if comparisons > maximumCoderPairComparisons {
      throw .tooManyCoderPairs(source: source, comparisons: comparisons, limit: maximumCoderPairComparisons)
    }
  }

  /// A table from its entries (`itemStart`, `entryCoder`, `entryCode` as documented on the properties).
  init(
    items: [String], coders: [String], categories: [String], categoriesDeclared: Bool, itemStart: [Int],
    entryCoder: [Int32], entryCode: [Int32]
  ) {
    self.items = items
    self.coders = coders
    self.categories = categories
    self.categoriesDeclared = categoriesDeclared
    self.itemStart = itemStart
    self.entryCoder = entryCoder
    self.entryCode = entryCode
    var start = [Int](repeating: 0, count: coders.count + 1)
    for coder in entryCoder { start[Int(coder) + 1] += 1 }
    for c in 0..<coders.count { start[c + 1] += start[c] }
    var next = start
    var item = [Int32](repeating: 0, count: entryCoder.count)
    var code = [Int32](repeating: 0, count: entryCoder.count)
    for i in 0..<items.count {
      for e in itemStart[i]..<itemStart[i + 1] {
        let c = Int(entryCoder[e])
        item[next[c]] = Int32(i)
        code[next[c]] = entryCode[e]
        next[c] += 1
      }
    }
    coderStart = start
    coderItem = item
    coderCode = code
  }

  /// A table from a dense n × r matrix: `codes[i * coders.count + c]` is coder c's category of item i, or -1.
  init(items: [String], coders: [String], categories: [String], categoriesDeclared: Bool, codes: [Int32]) {
    let r = coders.count
    var itemStart = [0]
    var entryCoder: [Int32] = []
    var entryCode: [Int32] = []
    itemStart.reserveCapacity(items.count + 1)
    for i in 0..<items.count {
      for c in 0..<r where codes[i * r + c] >= 0 {
        entryCoder.append(Int32(c))
        entryCode.append(codes[i * r + c])
      }
      itemStart.append(entryCoder.count)
    }
    self.init(
      items: items, coders: coders, categories: categories, categoriesDeclared: categoriesDeclared,
      itemStart: itemStart, entryCoder: entryCoder, entryCode: entryCode)
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
  public var ratingCount: Int { entryCode.count }

  /// The entries of item i's ratings (indices into `entryCoder` and `entryCode`), in ascending coder order.
  func entries(item i: Int) -> Range<Int> { itemStart[i]..<itemStart[i + 1] }

  /// The coder-pair comparisons of the table (`coderPairComparisons(itemStart:)`).
  var coderPairComparisons: Int { Self.coderPairComparisons(itemStart: itemStart) }

  /// Calls `body(e, e2)` for every two entries of one item, e < e2 (so the coder of e is the lower
  /// numbered), item by item.
  func forEachComparison(_ body: (_ first: Int, _ second: Int) -> Void) {
    for i in 0..<items.count {
      for e in entries(item: i) {
        for e2 in (e + 1)..<itemStart[i + 1] { body(e, e2) }
      }
    }
  }

  /// The category index coder `coder` gave item `item`, or nil when missing.
  public func category(item: Int, coder: Int) -> Int? {
    var low = itemStart[item]
    var high = itemStart[item + 1]
    let target = Int32(coder)
    while low < high {
      let middle = (low + high) / 2
      if entryCoder[middle] < target { low = middle + 1 } else { high = middle }
    }
    return low < itemStart[item + 1] && entryCoder[low] == target ? Int(entryCode[low]) : nil
  }

  /// Index of a coder by exact name.
  /// The items (indices) that exactly one coder rated: they enter no agreement (no pair of ratings),
  /// though the Gwet-family chance terms count them (π_k is taken over every rated item).
  public func itemsRatedOnce() -> [Int] {
    (0..<items.count).filter { itemStart[$0 + 1] - itemStart[$0] == 1 }
  }

  public func coderIndex(_ name: String) -> Int? {
    coders.firstIndex { $0.utf8.elementsEqual(name.utf8) }
  }

  /// The (first, second) category pairs of the items both coders rated, in item order.
  func pairedRatings(_ first: Int, _ second: Int) -> [(Int, Int)] {
    var pairs: [(Int, Int)] = []
    for e in coderStart[second]..<coderStart[second + 1] {
      if let a = category(item: Int(coderItem[e]), coder: first) { pairs.append((a, Int(coderCode[e]))) }
    }
    return pairs
  }

  /// Coder pairs (a < b) who gave no label in common, over everything each rated, although they rated
  /// at least `minimumShared` items in common (or every item the one who rated fewer rated, when that is
  /// 2 or more): "Positive" against "positive" looks like total disagreement. Pairs who shared an item or
  /// two by chance (crowd coders who rated three items each) are left out. In pair order.
  public func pairsSharingNoLabel(minimumShared: Int = 5) -> [(Int, Int)] {
    let words = (categories.count + 63) / 64
    var used = [UInt64](repeating: 0, count: coders.count * words)
    for e in entryCode.indices {
      let (c, k) = (Int(entryCoder[e]), Int(entryCode[e]))
      used[c * words + k / 64] |= 1 << UInt64(k % 64)
    }
    func disjoint(_ a: Int, _ b: Int) -> Bool {
      for w in 0..<words where used[a * words + w] & used[b * words + w] != 0 { return false }
      return true
    }
    var shared: [Int: Int] = [:]  // pair index → items rated in common, for disjoint pairs only
    forEachComparison { e, e2 in
      let (a, b) = (Int(entryCoder[e]), Int(entryCoder[e2]))
      if disjoint(a, b) { shared[AgreementStatistics.pairIndex(a, b, coders: coders.count), default: 0] += 1 }
    }
    return shared.keys.sorted().compactMap { key in
      let (a, b) = AgreementStatistics.pair(ofIndex: key, coders: coders.count)
      let fewer = min(coderStart[a + 1] - coderStart[a], coderStart[b + 1] - coderStart[b])
      return fewer >= 2 && shared[key]! >= min(minimumShared, fewer) ? (a, b) : nil
    }
  }

  /// Whether every category is a finite decimal number (`parseFiniteNumber`: "3", "-2.5", "1e3"; not
  /// "0x10", "inf" or " 1"), so that the interval and ratio levels read the labels' values
  /// (`categoryValues`) rather than their positions.
  public var categoriesAreNumbers: Bool { categories.allSatisfy { parseFiniteNumber($0) != nil } }

  /// The categories that are no finite decimal number, in order (empty when
  /// `categoriesAreNumbers`).
  public var nonNumericCategories: [String] { categories.filter { parseFiniteNumber($0) == nil } }

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
  guard isDecimalNumeral(text), let value = Double(text), value.isFinite else { return nil }
  return value
}

/// Whether `text` is written as a decimal number: an optional sign, digits with an optional
/// decimal point (or a point and digits), and an optional exponent. `Double(_:)` also reads
/// hexadecimal ("0x1p-1" is 0.5), "inf" and "nan": a label "0x10" is no number to order by, and a
/// gate threshold must read as what it says (QA review 32, L5).
func isDecimalNumeral(_ text: String) -> Bool {
  var bytes = Substring(text).utf8[...]
  if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
  func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
  let integer = bytes.prefix(while: isDigit).count
  bytes = bytes.dropFirst(integer)
  var fraction = 0
  if bytes.first == UInt8(ascii: ".") {
    bytes = bytes.dropFirst()
    fraction = bytes.prefix(while: isDigit).count
    bytes = bytes.dropFirst(fraction)
  }
  guard integer + fraction > 0 else { return false }
  if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
    bytes = bytes.dropFirst()
    if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    let exponent = bytes.prefix(while: isDigit).count
    guard exponent > 0 else { return false }
    bytes = bytes.dropFirst(exponent)
  }
  return bytes.isEmpty
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
    try add(item: item, coder: coder, label: label, locations: RatingLocations(location))
  }

  /// `add(item:coder:label:at:)` for a reader, whose errors name the column of the field they are
  /// about (the label's for an undeclared label).
  mutating func add(item: String, coder: String, label: String, locations: RatingLocations) throws(AgreementError) {
    var label = label
    guard let labelIndex = label.withUTF8({ internLabel($0) }) else {
      throw .undeclaredLabel(label: label, at: locations.location(of: .label))
    }
    var (item, coder) = (item, coder)
    try Self.checkIdentifiers(item: item.utf8, coder: coder.utf8, at: locations)
    let itemIndex = item.withUTF8 { items.intern(bytes: $0) }
    let coderIndex = coder.withUTF8 { coders.intern(bytes: $0) }
    append(item: itemIndex, coder: coderIndex, label: labelIndex, file: locations.row.file, line: locations.row.line)
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
    locations: RatingLocations
  ) throws(AgreementError) {
    try Self.checkIdentifiers(item: item, coder: coder, at: locations)
    guard let labelIndex = internLabel(label) else {
      throw .undeclaredLabel(label: String(decoding: label, as: UTF8.self), at: locations.location(of: .label))
    }
    append(
      item: items.intern(bytes: item), coder: coders.intern(bytes: coder), label: labelIndex,
      file: locations.row.file, line: locations.row.line)
  }

  /// Throws `.malformed` for a blank (empty or only spaces/tabs) item id or coder name, at its column:
  /// taken as an id, unrelated blank-id rows of different coders would be paired as one item.
  static func checkIdentifiers<Bytes: Collection<UInt8>>(item: Bytes, coder: Bytes, at locations: RatingLocations)
    throws(AgreementError)
  {
    func isBlank(_ bytes: Bytes) -> Bool { bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
    if isBlank(item) { throw .malformed("empty item id", at: locations.location(of: .item)) }
    if isBlank(coder) { throw .malformed("empty coder name", at: locations.location(of: .coder)) }
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
    // Entries sorted by (item, coder, input order): a coder's second rating of an item sits right after
    // its first. The duplicate reported is the one an input-order scan meets first (the smallest
    // second entry), with the first rating of that item and coder.
    var itemStart = [Int](repeating: 0, count: items.count + 1)
    for item in itemOf { itemStart[Int(item) + 1] += 1 }
    for i in 0..<items.count { itemStart[i + 1] += itemStart[i] }
    var order = [Int32](repeating: 0, count: itemOf.count)
    var next = itemStart
    for entry in itemOf.indices {
      let item = Int(itemOf[entry])
      order[next[item]] = Int32(entry)
      next[item] += 1
    }
    for i in 0..<items.count {
      order[itemStart[i]..<itemStart[i + 1]].sort { (coderOf[Int($0)], $0) < (coderOf[Int($1)], $1) }
    }
    var duplicate: (first: Int, second: Int)?
    for position in order.indices.dropFirst() {
      let (previous, entry) = (Int(order[position - 1]), Int(order[position]))
      guard itemOf[previous] == itemOf[entry], coderOf[previous] == coderOf[entry] else { continue }
      if duplicate.map({ entry < $0.second }) ?? true {
        var first = previous
        var back = position - 1
        while back > itemStart[Int(itemOf[entry])], coderOf[Int(order[back - 1])] == coderOf[entry] {
          back -= 1
          first = Int(order[back])
        }
        duplicate = (first, entry)
      }
    }
    if let duplicate {
      throw .duplicateRating(
        item: items.values[Int(itemOf[duplicate.second])], coder: coders.values[Int(coderOf[duplicate.second])],
        first: location(duplicate.first), second: location(duplicate.second))
    }
    try RatingTable.checkCoderPairComparisons(itemStart: itemStart, source: source)
    return RatingTable(
      items: items.values, coders: coders.values, categories: categories, categoriesDeclared: declared,
      itemStart: itemStart, entryCoder: order.map { coderOf[Int($0)] },
      entryCode: order.map { Int32(remap[Int(labelOf[Int($0)])]) })
  }
}
