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

  /// The function that rolls a label up to `--code-level`, nil without the option. Labels that the
  /// `--taxonomy` codebook does not hold roll up by their dots and are named on standard error (a
  /// misspelt code stays its own category).
  func codeRollUp(categories: [String]) throws -> ((String) -> String)? {
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
      if !unknown.isEmpty {
        let shown = unknown.prefix(10).map { "\"\($0)\"" }.joined(separator: ", ")
        printError(
          "note: \(unknown.count) label(s) are not codes of \(taxonomy) and roll up by their dots: \(shown)"
            + (unknown.count > 10 ? ", …" : ""))
      }
    }
    return { hierarchy.ancestor(of: $0, atLevel: codeLevel) }
  }
}
