import Agreement
import VerbatimCore

/// Shards: the statistics of --ratings for --partial, and the shards of --merge merged and
/// checked against the options given.
extension RatingsOptions {
  /// The shard statistics of --ratings (for --partial).
  func partial() throws -> AgreementPartial {
    try check()
    guard !multilabel else { throw AgreementError.invalidOption(message: "--partial does not support --multilabel") }
    // A shard holds sums, no bootstrap: it was dropped without a word (QA review 32, L7).
    guard bootstrap == 0 else {
      throw AgreementError.invalidOption(
        message:
          "--bootstrap cannot be used with --partial: a shard keeps sums, and the bootstrap resamples items of the whole data; bootstrap the ratings themselves with --ratings"
      )
    }
    var joins: [PredictionsJoin] = []
    var shard = try AgreementPartial(table: try tables(joins: &joins).0!, options: try options())
    shard.mergeOptions = mergeTimeOptions
    return shard
  }

  func mergedPartial() throws -> AgreementPartial {
    var shards: [(path: String, shard: AgreementPartial)] = []
    for (index, path) in merge.enumerated() {
      // The same shard twice would count every item twice and shrink every SE by √2. A copy is caught by
      // the shards' item-set digests (`AgreementPartial.itemSets`); the same file is caught here.
      if let earlier = merge[..<index].first(where: { isSameFile($0, path) }) {
        throw AgreementError.invalidOption(
          message: "--merge \(path) is the same file as \(earlier): each shard must hold different items")
      }
      let bytes = try Self.readBytes(path)
      let value: JSONValue
      do {
        value = try bytes.withUnsafeBufferPointer { try JSONParser.parse($0) }
      } catch let error as JSONSyntaxError {
        // A shard is one JSON document, maybe pretty-printed: the line and column of the error.
        let (line, column) = error.position(in: bytes)
        throw InputError.malformedJSON(path: path, line: line, column: column, message: error.message)
      }
      // An edited shard with a repeated name would be read one way of two: refused, as a line is.
      if let (objectPath, name) = value.firstRepeatedName {
        let offset = bytes.withUnsafeBufferPointer {
          JSONParser.repeatedNameOffset(path: objectPath, name: name, in: $0)
        }
        let (line, column) = JSONSyntaxError(offset: offset ?? 0, message: "").position(in: bytes)
        throw InputError.malformedJSON(
          path: path, line: line, column: column, message: JSONValue.repeatedNameMessage(path: objectPath, name: name))
      }
      let shard = try AgreementPartial(json: value, source: path)
      try checkMergeOptions(shard, path: path)
      shards.append((path, shard))
    }
    // Shards are checked in the order given, so an error names the later of two shards as the
    // user listed them; then merged in the order of their item-set digests, since sums of doubles
    // depend on their order: any order of --merge gives byte-identical output (QA review 29: the
    // last bits of per-category kappas differed).
    var checked = shards[0].shard
    for (path, shard) in shards.dropFirst() { try checked.merge(shard, source: path) }
    shards.sort { ($0.shard.itemSets.first ?? "", $0.path) < ($1.shard.itemSets.first ?? "", $1.path) }
    var merged: AgreementPartial?
    for (path, shard) in shards {
      if merged == nil { merged = shard } else { try merged!.merge(shard, source: path) }
    }
    if let declared = declaredCategories {
      guard declared.count == merged!.categories.count,
        zip(declared, merged!.categories).allSatisfy({ $0.utf8.elementsEqual($1.utf8) })
      else {
        throw AgreementError.invalidOption(
          message:
            "--categories \(declared.joined(separator: ",")) differ from the shards' categories \(merged!.categories.joined(separator: ",")) (declare the same order for --partial and --merge)"
        )
      }
      merged!.categoriesDeclared = true
    }
    try checkMergeWeights(merged!)
    return merged!
  }

  /// The options given that act when shards are merged, by name without dashes
  /// (`AgreementPartial.mergeOptions`).
  var mergeTimeOptions: [String: String] {
    var options: [String: String] = [:]
    if level != "nominal" { options["level"] = level }
    if !pairValues.isEmpty { options["pair"] = pairValues.joined(separator: ",") }
    if let reference { options["reference"] = reference }
    if let chosen = labels ?? (label.isEmpty ? nil : label.joined(separator: ",")) { options["labels"] = chosen }
    if let posLabel { options["pos-label"] = posLabel }
    return options
  }

  /// A shard written with options that act at merge time (`--partial --level ordinal`) is merged
  /// with the same ones (QA review 35, F10): a plain `--merge` reported nominal alpha.
  private func checkMergeOptions(_ shard: AgreementPartial, path: String) throws {
    guard !shard.mergeOptions.isEmpty, shard.mergeOptions != mergeTimeOptions else { return }
    func listed(_ options: [String: String]) -> String {
      options.isEmpty
        ? "none of them" : options.sorted { $0.key < $1.key }.map { "--\($0.key) \($0.value)" }.joined(separator: " ")
    }
    throw AgreementError.invalidOption(
      message:
        "--merge \(path) was written with \(listed(shard.mergeOptions)), and this merge has \(listed(mergeTimeOptions)): these options act when the shards are merged, so give --merge the ones the shards were meant for"
    )
  }

  /// `weighted_kappa_custom` of merged shards comes from the sums each shard kept with its own
  /// matrix: a matrix given to --merge must be that one (QA review 35, F2: another matrix was
  /// ignored, and the shards' coefficient was reported, and gated, under its name).
  private func checkMergeWeights(_ merged: AgreementPartial) throws {
    guard let weights, let given = try options().customWeights else { return }
    guard let kept = merged.customWeights else {
      throw AgreementError.invalidOption(
        message:
          "--weights \(weights): the shards were computed without a weight matrix, and merged shards keep only sums: give --weights \(weights) to each --partial run"
      )
    }
    let q = merged.categories.count
    let matrix = try given.matrix(categories: merged.categories)
    guard (0..<q).map({ k in Array(matrix[(k * q)..<((k + 1) * q)]) }) == kept else {
      throw AgreementError.invalidOption(
        message:
          "--weights \(weights) is not the matrix the shards were computed with, and merged shards keep only sums: give the same --weights to --partial and --merge"
      )
    }
  }
}
