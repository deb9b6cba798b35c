import Agreement
import Taxonomy

extension RatingsOptions {
  /// The most levels `--code-level` accepts (a codebook deeper than this is not a coding scheme).
  static let maximumCodeLevel = 32

  /// Usage checks of `--code-level` and `--taxonomy` (exit status 2).
  func checkCodeLevel() throws {
    if let codeLevel, !(1...Self.maximumCodeLevel).contains(codeLevel) {
      throw AgreementError.invalidOption(
        message:
          "--code-level \(codeLevel): give a level of the hierarchy from 1 (the top-level codes) to \(Self.maximumCodeLevel)"
      )
    }
    if let taxonomy, codeLevel == nil {
      throw AgreementError.invalidOption(
        message:
          "--taxonomy \(taxonomy) gives the parents that --code-level follows: add --code-level LEVEL (1 = top-level codes)"
      )
    }
    if codeLevel != nil && !merge.isEmpty {
      throw AgreementError.invalidOption(
        message:
          "--code-level cannot be used with --merge: merged shards keep only sums of the codes they were computed with; give --code-level to each --partial run"
      )
    }
  }

  /// The function that rolls a label up to `--code-level`, nil without the option. With
  /// `--taxonomy`, every label must be a code of the codebook: the first that is not is an error
  /// (exit 65) naming it, where `locate` finds it (file and line) and the code it most likely means
  /// (QA review 41: such labels rolled up by their dots with a note, and `gate` passed on them while
  /// `validate` refused the file). Without a codebook, codes roll up by their dots.
  func codeRollUp(categories: [String], locate: (Set<String>) -> (label: String, at: Agreement.SourceLocation)?) throws
    -> (
      (String) -> String
    )?
  {
    guard let codeLevel else { return nil }
    let codebook: Codebook
    if let taxonomy {
      codebook = try loadCodebook(taxonomy)
    } else {
      codebook = Codebook(id: "dotted-codes", version: "0", tags: [])
    }
    let hierarchy = TagHierarchy(codebook)
    if let taxonomy {
      let known = Set(hierarchy.codes)
      let unknown = categories.filter { !known.contains($0) }
      if let first = unknown.first {
        let found = locate(Set(unknown))
        let label = found?.label ?? first
        let closest = codebook.closestCode(to: label)
        throw AgreementError.unknownCode(
          label: label, at: found?.at, codebook: taxonomy, closest: closest?.code, hint: closest?.reason,
          others: unknown.filter { $0 != label })
      }
    }
    return { hierarchy.ancestor(of: $0, atLevel: codeLevel) }
  }

  /// The first rating (or prediction) whose label is in `labels`, and where it is.
  static func firstLabel(
    in labels: Set<String>, bytes: [UInt8], source: String, format: RatingsFormat, multiLabel: Bool,
    predictions: [PredictionsSource]
  ) -> (label: String, at: Agreement.SourceLocation)? {
    var label: String?
    let location = RatingsReader.firstLocation(bytes: bytes, source: source, format: format, multiLabel: multiLabel) {
      _, found in
      guard let found, labels.contains(found) else { return false }
      label = found
      return true
    }
    if let location, let label { return (label, location) }
    for source in predictions {
      if let hit = source.firstLabel(multiLabel: multiLabel, matching: labels.contains) { return hit }
    }
    return nil
  }
}
