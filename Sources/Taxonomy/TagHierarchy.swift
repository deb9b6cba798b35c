/// The tag hierarchy of a codebook: levels, ancestors and roll-ups of codes to a level, so
/// agreement can be measured on `service` as well as on `service.wait_time`.
///
/// Levels count from 1 (top-level tags). A code's ancestors follow the `parent` links of the
/// codebook; codes the codebook does not know fall back to their dotted prefixes
/// (`a.b.c` → `a.b` → `a`), so human codes from an older codebook still roll up.
public struct TagHierarchy: Sendable {
  private let parentByCode: [String: String]
  /// The codebook's codes in file order (duplicates removed).
  public let codes: [String]

  public init(_ codebook: Codebook) {
    var parents: [String: String] = [:]
    var codes: [String] = []
    var seen: Set<String> = []
    for tag in codebook.tags where seen.insert(tag.code).inserted {
      codes.append(tag.code)
      if let parent = tag.parent { parents[tag.code] = parent }
    }
    parentByCode = parents
    self.codes = codes
  }

  /// The deepest level of the codebook (1 when it is flat, 0 when it is empty).
  public var maximumLevel: Int { codes.map { level(of: $0) }.max() ?? 0 }

  /// The codebook's codes at `level`, in file order: the label set for agreement at that level.
  public func codes(atLevel level: Int) -> [String] { codes.filter { self.level(of: $0) == level } }

  /// The parent of `code`: from the codebook, else the dotted prefix, else nil.
  public func parent(of code: String) -> String? {
    if let parent = parentByCode[code] { return parent }
    guard let dot = code.lastIndex(of: ".") else { return nil }
    return String(code[..<dot])
  }

  /// `code`'s ancestors from the top-level tag down to `code` itself: `["service",
  /// "service.wait_time"]`. Stops at a cycle instead of looping.
  public func path(to code: String) -> [String] {
    var path = [code]
    var seen: Set<String> = [code]
    var current = code
    while let parent = parent(of: current), seen.insert(parent).inserted {
      path.append(parent)
      current = parent
    }
    return path.reversed()
  }

  /// Level of `code` (1 = top-level).
  public func level(of code: String) -> Int { path(to: code).count }

  /// The ancestor of `code` at `level` (1 = top-level), `code` itself when it is at that level or
  /// above it (a top-level code stays itself at level 2).
  public func ancestor(of code: String, atLevel level: Int) -> String {
    let path = path(to: code)
    return path[min(max(level, 1), path.count) - 1]
  }

  /// Rolls a set of codes up to `level`: each code replaced by its ancestor at that level, duplicates
  /// removed, sorted. Use it on each coder's codes before computing agreement per level.
  public func rollUp(_ codes: some Sequence<String>, toLevel level: Int) -> [String] {
    Array(Set(codes.map { ancestor(of: $0, atLevel: level) })).sorted()
  }

  /// Structural problems: duplicate codes, unknown parents, cycles.
  static func problems(in codebook: Codebook) -> [TaxonomyError] {
    var problems: [TaxonomyError] = []
    var firstByCode: [String: CodebookTag] = [:]
    for tag in codebook.tags {
      if let first = firstByCode[tag.code] {
        // A YAML alias (`- *t`) repeats its anchor's node, position included: the parser keeps no
        // position of the alias itself, so the message says how the repeat came about (QA review 33).
        let message =
          first.location == tag.location
          ? "duplicate code \"\(tag.code)\": the tag defined here is repeated later in the list through a YAML alias (*name)"
          : "duplicate code \"\(tag.code)\" (first defined at line \(first.location.line))"
        problems.append(.invalidHierarchy(tag.location, message: message))
      } else {
        firstByCode[tag.code] = tag
      }
    }
    for tag in codebook.tags {
      guard let parent = tag.parent else { continue }
      if firstByCode[parent] == nil {
        problems.append(
          .invalidHierarchy(tag.location, message: "tag \"\(tag.code)\" has unknown parent \"\(parent)\""))
      }
    }
    var reported: Set<String> = []
    for tag in codebook.tags {
      var seen: [String] = [tag.code]
      var current = firstByCode[tag.code]
      while let parentCode = current?.parent, let parent = firstByCode[parentCode] {
        if let loopStart = seen.firstIndex(of: parentCode) {
          let cycle = Array(seen[loopStart...])
          if reported.insert(cycle.sorted().joined(separator: ",")).inserted {
            problems.append(
              .invalidHierarchy(
                tag.location,
                message: "parent cycle: " + (cycle + [parentCode]).joined(separator: " → ")))
          }
          break
        }
        seen.append(parentCode)
        current = parent
      }
    }
    return problems
  }
}
