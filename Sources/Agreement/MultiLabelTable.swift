/// Multi-label ratings: each coder gives each item a *set* of labels (possibly empty), e.g. taxonomy tags.
///
/// A coder who did not code an item has no set (missing); a coder who coded it and gave no label has the
/// empty set. Labels are exact strings, categories ordered as in `RatingTable`.
public struct MultiLabelTable: Sendable {
  public let items: [String]
  public let coders: [String]
  public let categories: [String]
  public let categoriesDeclared: Bool
  /// `sets[i * coders.count + c]`: sorted category indices, or nil when coder c did not code item i.
  let sets: [[Int32]?]

  public var itemCount: Int { items.count }
  public var coderCount: Int { coders.count }
  public var categoryCount: Int { categories.count }

  /// The labels coder `coder` gave item `item`, or nil when the coder did not code it.
  public func labels(item: Int, coder: Int) -> [Int]? { sets[item * coders.count + coder].map { $0.map(Int.init) } }

  public func coderIndex(_ name: String) -> Int? { coders.firstIndex { $0.utf8.elementsEqual(name.utf8) } }

  /// Label k as a present/absent rating table over the items (categories "0" = absent, "1" = present).
  public func binaryTable(label k: Int) -> RatingTable {
    let r = coders.count
    var codes = [Int32](repeating: -1, count: items.count * r)
    for index in sets.indices { if let set = sets[index] { codes[index] = set.contains(Int32(k)) ? 1 : 0 } }
    return RatingTable(items: items, coders: coders, categories: ["0", "1"], categoriesDeclared: true, codes: codes)
  }

  /// Every (item, label) decision as one unit of a present/absent table (pooled agreement over labels),
  /// over every category.
  public func pooledBinaryTable() -> RatingTable { pooledBinaryTable(labels: Array(categories.indices)) }

  /// The (item, label) decisions of `coders` (every coder when nil, in table order) on the labels
  /// `labels` (category indices), as the units of a present/absent table: item i's units are
  /// consecutive, one per label in the order given, so an item's labels can be resampled together.
  /// Every item of the table is kept (an item none of `coders` coded has units without ratings), so
  /// that a bootstrap of this table draws the same items as one of the whole table.
  public func pooledBinaryTable(labels: [Int], coders chosen: [Int]? = nil) -> RatingTable {
    let r = coders.count
    let kept = chosen ?? Array(0..<r)
    let q = labels.count
    let rk = kept.count
    var codes = [Int32](repeating: -1, count: items.count * q * rk)
    var units: [String] = []
    units.reserveCapacity(items.count * q)
    for i in 0..<items.count {
      for (position, k) in labels.enumerated() {
        units.append(items[i] + "\u{1F}" + categories[k])
        for (slot, c) in kept.enumerated() {
          if let set = sets[i * r + c] { codes[(i * q + position) * rk + slot] = set.contains(Int32(k)) ? 1 : 0 }
        }
      }
    }
    return RatingTable(
      items: units, coders: kept.map { coders[$0] }, categories: ["0", "1"], categoriesDeclared: true, codes: codes)
  }

  /// The labels (category indices, in category order) that one of `coders` (every coder when nil)
  /// gave to an item that at least two of them coded: the labels whose present/absent decisions two
  /// of them can agree or disagree on. A label given only where no other of `coders` coded the
  /// item, only by another coder, or by no one (a declared category nobody used) is not among them.
  public func labelsGivenOnSharedItems(among chosen: [Int]? = nil) -> [Int] {
    let r = coders.count
    let kept = chosen ?? Array(0..<r)
    var used = [Bool](repeating: false, count: categories.count)
    for i in 0..<items.count {
      let coded = kept.compactMap { sets[i * r + $0] }
      guard coded.count >= 2 else { continue }
      for set in coded { for k in set { used[Int(k)] = true } }
    }
    return used.indices.filter { used[$0] }
  }

  /// The items (indices) that exactly one coder coded: they enter no agreement.
  public func itemsRatedOnce() -> [Int] {
    let r = coders.count
    return (0..<items.count).filter { i in (0..<r).filter { sets[i * r + $0] != nil }.count == 1 }
  }

  /// The number of items that at least two of `coders` (every coder when nil) coded.
  public func sharedItemCount(among chosen: [Int]? = nil) -> Int {
    let r = coders.count
    let kept = chosen ?? Array(0..<r)
    return (0..<items.count).filter { i in kept.filter { sets[i * r + $0] != nil }.count >= 2 }.count
  }
}

/// Accumulates multi-label rows (item, coder, label-or-empty).
public struct MultiLabelTableBuilder: Sendable {
  private var items = Interner()
  private var coders = Interner()
  private var labels = Interner()
  private let declared: Bool
  private var coded: [Int: [Int32]] = [:]
  private var firstSeen: [Int: SourceLocation] = [:]
  private var labelSeen: [Int: [Int32: SourceLocation]] = [:]
  /// Where an (item, coder) was coded with no label, to refuse a label for it as well.
  private var emptySeen: [Int: SourceLocation] = [:]

  public init(categories: [String]? = nil) throws(AgreementError) {
    declared = categories != nil
    for category in categories ?? [] {
      let before = labels.count
      _ = labels.intern(category)
      if labels.count == before { throw .duplicateCategory(label: category) }
    }
  }

  /// Records that `coder` coded `item`, with `label` (nil or "" = coded, no label). The same label twice
  /// for the same (item, coder) is an error naming both locations; so is a blank item id or coder name.
  public mutating func add(item: String, coder: String, label: String?, at location: SourceLocation)
    throws(AgreementError)
  {
    try add(item: item, coder: coder, label: label, locations: RatingLocations(location))
  }

  /// `add(item:coder:label:at:)` for a reader, whose errors name the column of the field they are
  /// about (the label's for a label undeclared, repeated or contradicted); earlier rows are named by
  /// their line.
  mutating func add(item: String, coder: String, label: String?, locations: RatingLocations) throws(AgreementError) {
    try RatingTableBuilder.checkIdentifiers(item: item.utf8, coder: coder.utf8, at: locations)
    let location = locations.row
    var labelIndex: Int?
    if let label, !label.isEmpty {
      if declared {
        guard let index = labels.index(of: label) else {
          throw .undeclaredLabel(label: label, at: locations.location(of: .label))
        }
        labelIndex = index
      } else {
        labelIndex = labels.intern(label)
      }
    }
    let key = items.intern(item) << 24 | coders.intern(coder)
    if coded[key] == nil {
      coded[key] = []
      firstSeen[key] = location
    }
    // "Coded, no label" and a label for the same (item, coder) contradict each other (review r19b).
    guard let labelIndex else {
      if let labelled = labelSeen[key]?.min(by: { $0.value.line < $1.value.line }) {
        throw .contradictoryCoding(
          item: item, coder: coder, label: labels.values[Int(labelled.key)], labelAt: labelled.value,
          emptyAt: locations.location(of: .label))
      }
      if emptySeen[key] == nil { emptySeen[key] = location }
      return
    }
    if let empty = emptySeen[key] {
      throw .contradictoryCoding(
        item: item, coder: coder, label: label ?? "", labelAt: locations.location(of: .label), emptyAt: empty)
    }
    if let previous = labelSeen[key]?[Int32(labelIndex)] {
      throw .duplicateLabel(
        item: item, coder: coder, label: label ?? "", first: previous, second: locations.location(of: .label))
    }
    labelSeen[key, default: [:]][Int32(labelIndex)] = location
    coded[key]!.append(Int32(labelIndex))
  }

  /// Number of distinct items added so far.
  public var itemCount: Int { items.count }

  /// The index of an item added so far (items are numbered in order of first appearance), or nil.
  public func itemIndex(_ item: String) -> Int? { items.index(of: item) }

  /// The first item added, if any (for messages).
  public var firstItem: String? { items.values.first }

  public func build(source: String) throws(AgreementError) -> MultiLabelTable {
    guard !coded.isEmpty else { throw .emptyInput(source: source) }
    let (categories, remap) = finalCategories(labels.values, declared: declared)
    let r = coders.count
    var sets = [[Int32]?](repeating: nil, count: items.count * r)
    for (key, set) in coded {
      let item = key >> 24
      let coder = key & 0xFF_FFFF
      sets[item * r + coder] = set.map { Int32(remap[Int($0)]) }.sorted()
    }
    return MultiLabelTable(
      items: items.values, coders: coders.values, categories: categories, categoriesDeclared: declared, sets: sets)
  }
}
