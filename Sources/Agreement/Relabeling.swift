/// Tables whose labels are replaced by other labels, several of which may become one: taxonomy codes
/// rolled up to a level of their hierarchy (`billing.refund` and `billing.invoice` → `billing`), so
/// that agreement is measured on the broader codes.
///
/// The new categories are the declared ones, in their order (every new label must be one of them),
/// or else the labels the mapping yields, ordered as observed labels always are
/// (`observedCategoryOrder`). A declared category no label maps to still counts in q, as it does when
/// ratings are read with declared categories.
extension RatingTable {
  /// This table with each category `c` replaced by `relabel(c)`; categories that map to one label
  /// become one category. Throws `.undeclaredRelabel` when `declared` is given and a new label is not
  /// in it.
  public func relabeled(_ relabel: (String) -> String, declared: [String]? = nil) throws(AgreementError)
    -> RatingTable
  {
    let (categories, remap) = try relabeledCategories(self.categories, relabel, declared: declared)
    return RatingTable(
      items: items, coders: coders, categories: categories, categoriesDeclared: declared != nil,
      itemStart: itemStart, entryCoder: entryCoder, entryCode: entryCode.map { Int32(remap[Int($0)]) })
  }
}

extension MultiLabelTable {
  /// This table with each label `c` replaced by `relabel(c)`; a coder's labels of an item that map to
  /// one label count once (a coder who coded `billing.refund` and `billing.invoice` gave `billing`).
  /// Throws `.undeclaredRelabel` when `declared` is given and a new label is not in it.
  public func relabeled(_ relabel: (String) -> String, declared: [String]? = nil) throws(AgreementError)
    -> MultiLabelTable
  {
    let (categories, remap) = try relabeledCategories(self.categories, relabel, declared: declared)
    let sets = self.sets.map { set in
      set.map { labels in Array(Set(labels.map { Int32(remap[Int($0)]) })).sorted() }
    }
    return MultiLabelTable(
      items: items, coders: coders, categories: categories, categoriesDeclared: declared != nil, sets: sets)
  }
}

/// The categories after `relabel`, and each old category's index among them.
private func relabeledCategories(
  _ old: [String], _ relabel: (String) -> String, declared: [String]?
) throws(AgreementError) -> (categories: [String], remap: [Int]) {
  let mapped = old.map(relabel)
  let categories: [String]
  if let declared {
    let known = Set(declared.map(ExactLabel.init))
    if let index = mapped.indices.first(where: { !known.contains(ExactLabel(mapped[$0])) }) {
      throw .undeclaredRelabel(label: mapped[index], from: old[index])
    }
    categories = declared
  } else {
    var seen: Set<ExactLabel> = []
    categories = observedCategoryOrder(mapped.filter { seen.insert(ExactLabel($0)).inserted })
  }
  var position: [ExactLabel: Int] = [:]
  for (index, label) in categories.enumerated() where position[ExactLabel(label)] == nil {
    position[ExactLabel(label)] = index
  }
  return (categories, mapped.map { position[ExactLabel($0)]! })
}
