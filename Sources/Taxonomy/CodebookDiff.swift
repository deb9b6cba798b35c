public import Tokenization

/// What changed between two releases of a codebook.
///
/// Tags are matched by code. A code that disappeared and a new code with the same (non-empty) set of
/// rules count as a rename; a tag whose parent changed as moved. Rules are compared in canonical
/// form, so re-spacing or re-casing a rule is not a change.
public struct CodebookDiff: Sendable, Equatable {
  public struct Rename: Sendable, Equatable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
      self.from = from
      self.to = to
    }
  }

  public struct Relabel: Sendable, Equatable {
    public var code: String
    public var from: String
    public var to: String

    public init(code: String, from: String, to: String) {
      self.code = code
      self.from = from
      self.to = to
    }
  }

  public struct Move: Sendable, Equatable {
    public var code: String
    public var from: String?
    public var to: String?

    public init(code: String, from: String?, to: String?) {
      self.code = code
      self.from = from
      self.to = to
    }
  }

  public struct RuleChange: Sendable, Equatable {
    public var code: String
    public var added: [String]
    public var removed: [String]

    public init(code: String, added: [String], removed: [String]) {
      self.code = code
      self.added = added
      self.removed = removed
    }
  }

  /// A change to what coders read or where a tag's verbatims go, not to what the rules match (QA
  /// review 17: a new coding instruction is what coders must be retrained on).
  public struct GuidanceChange: Sendable, Equatable {
    public var code: String
    /// `description changed`, `example added`, `example removed`, `route changed`, `severity changed`.
    public var kind: String
    /// What changed, ready to print: the example (`match: "…"`) or `old → new`; empty for a
    /// description (whose text can be long).
    public var detail: String

    public init(code: String, kind: String, detail: String) {
      self.code = code
      self.kind = kind
      self.detail = detail
    }
  }

  public var added: [String] = []
  public var removed: [String] = []
  public var renamed: [Rename] = []
  public var relabelled: [Relabel] = []
  public var moved: [Move] = []
  public var rulesChanged: [RuleChange] = []
  public var guidanceChanged: [GuidanceChange] = []

  /// Compares two codebooks; `tokenizer` normalises rules to their canonical form.
  public init(old: Codebook, new: Codebook, tokenizer: Tokenizer) {
    let parser = RuleParser(tokenizer: tokenizer)
    func canonical(_ tag: CodebookTag) -> [String: String] {
      var result: [String: String] = [:]
      for rule in tag.rules {
        let key = (try? parser.parse(rule).description) ?? rule.text
        result[key] = rule.text
      }
      for rule in tag.exclude {
        let key = "EXCLUDE " + ((try? parser.parse(rule, asExclusion: true).description) ?? rule.text)
        result[key] = "exclude: " + rule.text
      }
      return result
    }
    let oldTags = Dictionary(old.tags.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    let newTags = Dictionary(new.tags.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    var addedCodes = new.tags.map(\.code).filter { oldTags[$0] == nil }
    var removedCodes = old.tags.map(\.code).filter { newTags[$0] == nil }
    for code in removedCodes {
      let rules = Set(canonical(oldTags[code]!).keys)
      guard !rules.isEmpty,
        let target = addedCodes.first(where: { Set(canonical(newTags[$0]!).keys) == rules })
      else { continue }
      renamed.append(Rename(from: code, to: target))
      addedCodes.removeAll { $0 == target }
      removedCodes.removeAll { $0 == code }
      if oldTags[code]!.parent != newTags[target]!.parent {
        moved.append(Move(code: target, from: oldTags[code]!.parent, to: newTags[target]!.parent))
      }
    }
    added = addedCodes
    removed = removedCodes
    let renamedFrom = Dictionary(renamed.map { ($0.to, $0.from) }, uniquingKeysWith: { first, _ in first })
    for newTag in new.tags {
      // A renamed tag's guidance is compared with its old code's.
      if let from = renamedFrom[newTag.code], let oldTag = oldTags[from] {
        guidanceChanged += Self.guidanceChanges(old: oldTag, new: newTag)
      }
      guard let oldTag = oldTags[newTag.code] else { continue }
      guidanceChanged += Self.guidanceChanges(old: oldTag, new: newTag)
      if oldTag.label != newTag.label {
        relabelled.append(Relabel(code: newTag.code, from: oldTag.label, to: newTag.label))
      }
      if oldTag.parent != newTag.parent {
        moved.append(Move(code: newTag.code, from: oldTag.parent, to: newTag.parent))
      }
      let oldRules = canonical(oldTag)
      let newRules = canonical(newTag)
      var addedRules = newRules.keys.filter { oldRules[$0] == nil }.map { newRules[$0]! }.sorted()
      var removedRules = oldRules.keys.filter { newRules[$0] == nil }.map { oldRules[$0]! }.sorted()
      // Being a fallback changes which texts get the tag as a rule does.
      if oldTag.fallback != newTag.fallback {
        addedRules.append("fallback: \(newTag.fallback)")
        removedRules.append("fallback: \(oldTag.fallback)")
      }
      if !addedRules.isEmpty || !removedRules.isEmpty {
        rulesChanged.append(RuleChange(code: newTag.code, added: addedRules, removed: removedRules))
      }
    }
  }

  /// Description, examples, route and severity of one tag in two releases.
  static func guidanceChanges(old: CodebookTag, new: CodebookTag) -> [GuidanceChange] {
    var changes: [GuidanceChange] = []
    func normalized(_ text: String) -> String {
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    if normalized(old.description) != normalized(new.description) {
      changes.append(GuidanceChange(code: new.code, kind: "description changed", detail: ""))
    }
    func keys(_ tag: CodebookTag) -> [(key: String, shown: String)] {
      func shown(_ role: String, _ example: Example) -> (key: String, shown: String) {
        let meta = example.sortedMetadata
        let suffix = meta.isEmpty ? "" : " (meta: \(meta.joined(separator: ", ")))"
        return (example.identity(role: role), "\(role): \"\(example.text)\"\(suffix)")
      }
      return tag.matchExamples.map { shown("match", $0) } + tag.noMatchExamples.map { shown("no_match", $0) }
    }
    let before = keys(old)
    let after = keys(new)
    let beforeKeys = Set(before.map(\.key))
    let afterKeys = Set(after.map(\.key))
    for example in after where !beforeKeys.contains(example.key) {
      changes.append(GuidanceChange(code: new.code, kind: "example added", detail: example.shown))
    }
    for example in before where !afterKeys.contains(example.key) {
      changes.append(GuidanceChange(code: new.code, kind: "example removed", detail: example.shown))
    }
    if old.route != new.route {
      changes.append(
        GuidanceChange(
          code: new.code, kind: "route changed", detail: "\(old.route ?? "(none)") → \(new.route ?? "(none)")"))
    }
    if old.severity != new.severity {
      changes.append(
        GuidanceChange(
          code: new.code, kind: "severity changed", detail: "\(old.severity ?? "(none)") → \(new.severity ?? "(none)")")
      )
    }
    return changes
  }

  /// Warnings about the two releases' identity and versions (QA review 14): different ids, a
  /// version that went down, and tags or rules that changed under a version that did not go up.
  /// Versions are read as semantic versions (QA review 41): codes removed or renamed break human
  /// codes made with the old release and call for a higher major version; codes added or moved, or
  /// rules changed, change the tags and call for at least a minor one.
  public func versionWarnings(old: Codebook, new: Codebook) -> [String] {
    var warnings: [String] = []
    if old.id != new.id {
      warnings.append(
        "warning: the codebooks have different ids (\(old.id) → \(new.id)): not two releases of one codebook?")
    }
    let change = "\(old.version) → \(new.version)"
    if let before = old.semanticVersion, let after = new.semanticVersion {
      let from = [before.major, before.minor, before.patch]
      let to = [after.major, after.minor, after.patch]
      if to.lexicographicallyPrecedes(from) {
        warnings.append("warning: the version went down (\(change))")
      } else if !isEmpty && from == to {
        warnings.append("warning: \(whatChanged) changed but the version did not go up (\(change))")
      } else if !removed.isEmpty || !renamed.isEmpty, after.major == before.major {
        // QA review 41: four codes removed and one renamed under 1.0.0 → 1.0.1 passed silently.
        let gone = (removed + renamed.map(\.from)).sorted()
        warnings.append(
          "warning: \(gone.count) code(s) of \(old.version) are gone (\(Self.listed(gone))): human codes that use them "
            + "no longer match the codebook, a breaking change, but the major version did not go up (\(change)); "
            + "semantic versioning calls for \(after.major + 1).0.0")
      } else if !added.isEmpty || !moved.isEmpty || !rulesChanged.isEmpty,
        after.major == before.major && after.minor == before.minor
      {
        warnings.append(
          "warning: codes were added or moved, or rules changed, which changes the tags, under a patch release "
            + "(\(change)); semantic versioning calls for \(after.major).\(after.minor + 1).0")
      }
    } else if !isEmpty && old.version == new.version {
      warnings.append("warning: \(whatChanged) changed but the version did not change (\(change))")
    }
    return warnings
  }

  /// What the release changes, for the version warnings: tags or rules, or only the guidance.
  private var whatChanged: String {
    guidanceChanged.count > 0 && added.isEmpty && removed.isEmpty && renamed.isEmpty && relabelled.isEmpty
      && moved.isEmpty && rulesChanged.isEmpty
      ? "the guidance (descriptions, examples, routes or severities)" : "tags or rules"
  }

  /// Up to five codes, then how many more.
  private static func listed(_ codes: [String]) -> String {
    codes.count <= 5
      ? codes.joined(separator: ", ") : codes.prefix(5).joined(separator: ", ") + ", … \(codes.count - 5) more"
  }

  /// Whether the two codebooks have the same tags, labels, parents, rules, descriptions, examples,
  /// routes and severities.
  public var isEmpty: Bool {
    added.isEmpty && removed.isEmpty && renamed.isEmpty && relabelled.isEmpty && moved.isEmpty && rulesChanged.isEmpty
      && guidanceChanged.isEmpty
  }

  /// A human-readable report, one change per line.
  public var lines: [String] {
    var lines: [String] = []
    lines += added.map { "added: \($0)" }
    lines += removed.map { "removed: \($0)" }
    lines += renamed.map { "renamed: \($0.from) → \($0.to)" }
    lines += relabelled.map { "relabelled: \($0.code): \"\($0.from)\" → \"\($0.to)\"" }
    lines += moved.map { "moved: \($0.code): parent \($0.from ?? "(none)") → \($0.to ?? "(none)")" }
    for change in rulesChanged {
      lines += change.removed.map { "rule removed: \(change.code): \($0)" }
      lines += change.added.map { "rule added: \(change.code): \($0)" }
    }
    for change in guidanceChanged {
      lines.append("\(change.kind): \(change.code)" + (change.detail.isEmpty ? "" : ": \(change.detail)"))
    }
    return lines
  }
}

/// How a codebook release changes the tags of a corpus: per tag, how many verbatims gain or lose
/// it, with the first few record ids as examples.
public struct CorpusImpact: Sendable {
  public struct Change: Sendable, Equatable {
    public var gained = 0
    public var lost = 0
    public var gainedExamples: [String] = []
    public var lostExamples: [String] = []

    public init(gained: Int = 0, lost: Int = 0, gainedExamples: [String] = [], lostExamples: [String] = []) {
      self.gained = gained
      self.lost = lost
      self.gainedExamples = gainedExamples
      self.lostExamples = lostExamples
    }
  }

  /// Verbatims compared.
  public private(set) var verbatims = 0
  /// Verbatims whose tag set changed (renamed codes mapped to their new names).
  public private(set) var changedVerbatims = 0
  /// Changes by tag code.
  public private(set) var changes: [String: Change] = [:]
  /// Per renamed code (old name): the verbatims that carry it, and the first few ids.
  public private(set) var relabelled: [String: (to: String, count: Int, examples: [String])] = [:]
  /// Verbatims that carry at least one renamed code.
  public private(set) var relabelledVerbatims = 0
  /// How many example ids to keep per tag and direction.
  public var exampleLimit: Int

  public init(exampleLimit: Int = 3) { self.exampleLimit = exampleLimit }

  /// Records one verbatim's codes under the old and the new codebook. `renames` (old code → new
  /// code) maps the old codes first, so a renamed tag whose rules held alike is no gain or loss;
  /// such verbatims are counted apart as relabelled (QA review 17: a rename showed no impact, though
  /// every human code file and threshold keyed on the old code breaks).
  public mutating func add(id: String, old: [String], new: [String], renames: [String: String] = [:]) {
    verbatims += 1
    var carriesRename = false
    var mapped: [String] = []
    for code in old {
      guard let target = renames[code] else {
        mapped.append(code)
        continue
      }
      mapped.append(target)
      carriesRename = true
      var entry = relabelled[code] ?? (to: target, count: 0, examples: [])
      entry.count += 1
      if entry.examples.count < exampleLimit { entry.examples.append(id) }
      relabelled[code] = entry
    }
    if carriesRename { relabelledVerbatims += 1 }
    let oldSet = Set(mapped)
    let newSet = Set(new)
    if oldSet != newSet { changedVerbatims += 1 }
    for code in newSet.subtracting(oldSet) {
      changes[code, default: Change()].gained += 1
      if changes[code]!.gainedExamples.count < exampleLimit { changes[code]!.gainedExamples.append(id) }
    }
    for code in oldSet.subtracting(newSet) {
      changes[code, default: Change()].lost += 1
      if changes[code]!.lostExamples.count < exampleLimit { changes[code]!.lostExamples.append(id) }
    }
  }

  /// One line per changed tag, sorted by code, then a total.
  public var lines: [String] {
    var lines: [String] = []
    for code in changes.keys.sorted() {
      let change = changes[code]!
      var line = "impact: \(code): +\(change.gained) -\(change.lost)"
      if !change.gainedExamples.isEmpty { line += " (gained: ids \(change.gainedExamples.joined(separator: ", "))" }
      if !change.lostExamples.isEmpty {
        line +=
          (change.gainedExamples.isEmpty ? " (" : "; ") + "lost: ids \(change.lostExamples.joined(separator: ", "))"
      }
      if !change.gainedExamples.isEmpty || !change.lostExamples.isEmpty { line += ")" }
      lines.append(line)
    }
    for code in relabelled.keys.sorted() {
      let entry = relabelled[code]!
      lines.append(
        "impact: \(code) → \(entry.to): \(entry.count) verbatim(s) relabelled (ids \(entry.examples.joined(separator: ", ")))"
      )
    }
    var total = "impact: \(changedVerbatims) of \(verbatims) verbatims change tags"
    if relabelledVerbatims > 0 {
      total +=
        "; \(relabelledVerbatims) carry a renamed code (human codes, reports and thresholds that name the old code "
        + "need the new one)"
    }
    lines.append(total)
    return lines
  }
}
