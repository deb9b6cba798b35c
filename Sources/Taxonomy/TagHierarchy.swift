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
  public func level(of code: String) -> Int {
    // Without parent links, a code's path is its dotted prefixes: one level a dot.
    if parentByCode.isEmpty { return 1 + code.reduce(0) { $0 + ($1 == "." ? 1 : 0) } }
    return path(to: code).count
  }

  /// The ancestor of `code` at `level` (1 = top-level), `code` itself when it is at that level or
  /// above it (a top-level code stays itself at level 2).
  public func ancestor(of code: String, atLevel level: Int) -> String {
    if parentByCode.isEmpty {
      // Without parent links (`agree --code-level` without `--taxonomy`: any label), the ancestor
      // is the code up to its level-th dot, found in one pass. `path(to:)` made a string of every
      // prefix: a label of 100,000 dotted parts took 60 s and gigabytes (review h59c).
      var dots = 0
      for index in code.indices where code[index] == "." {
        dots += 1
        if dots == max(level, 1) { return String(code[..<index]) }
      }
      return code
    }
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
    // Each tag's parent links are walked once: a walk stops at a tag an earlier walk went through
    // (its links up are known: they end, or end in a cycle already reported). Walking every tag's
    // whole chain, with a linear search of it at each step, took time cubic in the depth (review
    // h59c: a chain of 4,000 tags, each the parent of the next, took 47 s to load, 50,000 a day).
    var reported: Set<String> = []
    var walked: Set<String> = []
    for tag in codebook.tags where !walked.contains(tag.code) {
      var seen: [String] = [tag.code]
      var position: [String: Int] = [tag.code: 0]
      var current = firstByCode[tag.code]
      while let parentCode = current?.parent, let parent = firstByCode[parentCode], !walked.contains(parentCode) {
        if let loopStart = position[parentCode] {
          let cycle = Array(seen[loopStart...])
          if reported.insert(cycle.sorted().joined(separator: ",")).inserted {
            problems.append(
              .invalidHierarchy(
                tag.location,
                message: "parent cycle: " + (cycle + [parentCode]).joined(separator: " → ")))
          }
          break
        }
        position[parentCode] = seen.count
        seen.append(parentCode)
        current = parent
      }
      walked.formUnion(seen)
    }
    // A hierarchy deeper than `maximumLevels` is refused: every use of the hierarchy (roll-ups,
    // implied parents, lint's checks, `validate`'s levels) walks a tag's ancestors, and a chain of
    // thousands of levels made each of them slow; `children` nesting reaches about 50 levels
    // before the YAML's own limit. Reported once, at the first tag past it (a cycle has no depth).
    if reported.isEmpty, let (tag, depth) = firstTagTooDeep(in: codebook, firstByCode: firstByCode) {
      problems.append(
        .invalidHierarchy(
          tag.location,
          message:
            "tag \"\(tag.code)\" is at level \(depth) of the hierarchy (its parent links run \(depth - 1) levels up); "
            + "a codebook nests at most \(maximumLevels) levels"))
    }
    return problems
  }

  /// The deepest level `problems(in:)` accepts (1 = top-level tags).
  static let maximumLevels = 100

  /// The first tag, in file order, whose level (1 = top-level) is above `maximumLevels`, with that
  /// level. Each tag's level is worked out once, from the nearest ancestor whose level is known.
  /// Expects a hierarchy without cycles.
  private static func firstTagTooDeep(
    in codebook: Codebook, firstByCode: [String: CodebookTag]
  ) -> (CodebookTag, Int)? {
    var levels: [String: Int] = [:]
    for tag in codebook.tags {
      var chain: [String] = []
      var base = 0
      var code = tag.code
      while true {
        if let known = levels[code] {
          base = known
          break
        }
        chain.append(code)
        // The cycle check ran first; the bound is a guard, not a cycle test.
        guard chain.count <= codebook.tags.count, let parent = firstByCode[code]?.parent, firstByCode[parent] != nil
        else { break }
        code = parent
      }
      for (offset, code) in chain.reversed().enumerated() { levels[code] = base + offset + 1 }
      if let level = levels[tag.code], level > maximumLevels { return (tag, level) }
    }
    return nil
  }
}
