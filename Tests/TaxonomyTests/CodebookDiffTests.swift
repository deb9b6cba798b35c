import Taxonomy
import Testing
import Tokenization

@Suite struct CodebookDiffTests {
  let old = """
    id: book
    version: 1.0.0
    tags:
      - {code: delivery, label: Delivery, rules: ['parcel']}
      - {code: delivery.late, label: Late, rules: ['late', 'delay*']}
      - {code: delivery.cost, label: Cost, rules: ['postage']}
      - {code: store, label: Store, rules: ['shop']}
      - {code: store.staff, label: Staff, rules: ['staff']}
      - {code: gone, label: Gone, rules: ['obsolete']}
    """
  let new = """
    id: book
    version: 2.0.0
    tags:
      - {code: delivery, label: Delivery, rules: ['parcel']}
      - {code: delivery.speed, label: Speed, rules: ['DELAY*', 'late']}
      - {code: delivery.cost, label: Delivery cost, rules: ['postage', '"delivery fee"']}
      - {code: store, label: Store, rules: ['shop']}
      - {code: service, label: Service, rules: ['agent']}
      - {code: service.staff, label: Staff, rules: ['staff']}
      - {code: store.staff, label: Staff, parent: service, rules: ['staff member']}
    """

  @Test func findsAddedRemovedRenamedMovedRelabelledAndChangedRules() throws {
    let tokenizer = try Tokenizer()
    let before = try Codebook.parse(yaml: old, source: "v1.yaml")
    let after = try Codebook.parse(yaml: new, source: "v2.yaml")
    let diff = CodebookDiff(old: before, new: after, tokenizer: tokenizer)
    #expect(diff.added == ["service", "service.staff"])
    #expect(diff.removed == ["gone"])
    // Same rules in a different order and case: a rename, not a removal plus an addition.
    #expect(diff.renamed == [CodebookDiff.Rename(from: "delivery.late", to: "delivery.speed")])
    #expect(diff.relabelled == [CodebookDiff.Relabel(code: "delivery.cost", from: "Cost", to: "Delivery cost")])
    #expect(diff.moved == [CodebookDiff.Move(code: "store.staff", from: "store", to: "service")])
    #expect(
      diff.rulesChanged == [
        CodebookDiff.RuleChange(code: "delivery.cost", added: ["\"delivery fee\""], removed: []),
        CodebookDiff.RuleChange(code: "store.staff", added: ["staff member"], removed: ["staff"]),
      ])
    #expect(CodebookDiff(old: before, new: before, tokenizer: tokenizer).isEmpty)
  }

  /// QA review 14: a release that changes tags or rules must raise its version; a version that
  /// goes down or another id is said. Semantic versions compare as numbers (1.10.0 > 1.9.0).
  @Test func versionWarnings() throws {
    let tokenizer = try Tokenizer()
    func book(_ version: String, id: String = "book", rule: String = "parcel") throws -> Codebook {
      try Codebook.parse(
        yaml: "id: \(id)\nversion: \(version)\ntags:\n  - {code: d, label: D, rules: ['\(rule)']}\n", source: "b.yaml")
    }
    func warnings(_ old: Codebook, _ new: Codebook) -> [String] {
      CodebookDiff(old: old, new: new, tokenizer: tokenizer).versionWarnings(old: old, new: new)
    }
    #expect(try warnings(book("1.9.0"), book("1.10.0", rule: "box")).isEmpty)
    #expect(
      try warnings(book("1.0.0"), book("1.0.0", rule: "box")) == [
        "warning: tags or rules changed but the version did not go up (1.0.0 → 1.0.0)"
      ])
    #expect(try warnings(book("1.0.0"), book("0.9.9")) == ["warning: the version went down (1.0.0 → 0.9.9)"])
    #expect(try warnings(book("1.0.0"), book("1.0.0")).isEmpty)  // nothing changed
    #expect(try warnings(book("1.0.0"), book("1.0.1", id: "other")).count == 1)
    #expect(try warnings(book("draft"), book("draft", rule: "box")).count == 1)
    #expect(try book("v2.1.3-rc.1").semanticVersion! == (2, 1, 3))
    #expect(try book("banana").semanticVersion == nil)
    #expect(try book("1.2").semanticVersion == nil)
  }

  /// QA review 41: versions are semantic. A code removed or renamed breaks human codes made with
  /// the old release (a major change); a code added or a rule changed changes the tags (at least
  /// minor); a change to the guidance only is named as such.
  @Test func versionWarningsFollowSemanticVersioning() throws {
    let tokenizer = try Tokenizer()
    func book(_ version: String, _ tags: String) throws -> Codebook {
      try Codebook.parse(yaml: "id: book\nversion: \(version)\ntags:\n\(tags)", source: "b.yaml")
    }
    let base = "  - {code: d, label: D, rules: ['parcel']}\n  - {code: e, label: E, rules: ['box']}\n"
    func warnings(_ version: String, _ tags: String) throws -> [String] {
      let old = try book("1.0.0", base)
      let new = try book(version, tags)
      return CodebookDiff(old: old, new: new, tokenizer: tokenizer).versionWarnings(old: old, new: new)
    }
    let removed = "  - {code: d, label: D, rules: ['parcel']}\n"
    #expect(
      try warnings("1.1.0", removed) == [
        "warning: 1 code(s) of 1.0.0 are gone (e): human codes that use them no longer match the codebook, a "
          + "breaking change, but the major version did not go up (1.0.0 → 1.1.0); semantic versioning calls for 2.0.0"
      ])
    #expect(try warnings("2.0.0", removed).isEmpty)
    let renamed = "  - {code: d, label: D, rules: ['parcel']}\n  - {code: f, label: E, rules: ['box']}\n"
    #expect(try warnings("1.0.1", renamed).first?.contains("are gone (e)") == true)
    let added = base + "  - {code: g, label: G, rules: ['bag']}\n"
    #expect(
      try warnings("1.0.1", added) == [
        "warning: codes were added or moved, or rules changed, which changes the tags, under a patch release "
          + "(1.0.0 → 1.0.1); semantic versioning calls for 1.1.0"
      ])
    #expect(try warnings("1.1.0", added).isEmpty)
    let described =
      "  - {code: d, label: D, description: Parcels, rules: ['parcel']}\n  - {code: e, label: E, rules: ['box']}\n"
    #expect(try warnings("1.0.1", described).isEmpty)
    #expect(
      try warnings("1.0.0", described) == [
        "warning: the guidance (descriptions, examples, routes or severities) changed but the version did not go up "
          + "(1.0.0 → 1.0.0)"
      ])
  }

  @Test func corpusImpactCountsGainsAndLossesWithExampleIDs() {
    var impact = CorpusImpact(exampleLimit: 2)
    impact.add(id: "1", old: ["a", "b"], new: ["a", "c"])
    impact.add(id: "2", old: ["b"], new: ["c"])
    impact.add(id: "3", old: ["b"], new: ["b"])
    impact.add(id: "4", old: [], new: ["c"])
    #expect(impact.verbatims == 4 && impact.changedVerbatims == 3)
    #expect(
      impact.changes["c"] == CorpusImpact.Change(gained: 3, lost: 0, gainedExamples: ["1", "2"], lostExamples: []))
    #expect(impact.changes["b"]?.lost == 2 && impact.changes["a"] == nil)
    #expect(impact.lines.last == "impact: 3 of 4 verbatims change tags")
  }

  /// QA review 17: what coders read (the description), the examples, the route and the severity
  /// are changes too; a re-wrapped description is not. A renamed tag is compared with its old code.
  @Test func guidanceChangesAreReported() throws {
    let before = """
      id: g
      version: 1.0.0
      tags:
        - {code: wifi, label: Wifi, description: 'Any mention of  the internet.', rules: ['wifi'],
           examples: {match: ['wifi down'], no_match: ['nice view']}}
        - {code: bed, label: Bed, description: Beds, rules: ['bed'], severity: low}
      """
    let after = """
      id: g
      version: 1.0.1
      tags:
        - {code: wifi, label: Wifi, description: "Any mention of the\\ninternet.", rules: ['wifi'], route: it,
           examples: {match: ['wifi down', 'No internet in the room'], no_match: []}}
        - {code: sleep, label: Bed, description: Sleep and beds, rules: ['bed'], severity: high}
      """
    let tokenizer = try Tokenizer()
    let diff = CodebookDiff(
      old: try Codebook.parse(yaml: before, source: "a.yaml"), new: try Codebook.parse(yaml: after, source: "b.yaml"),
      tokenizer: tokenizer)
    #expect(diff.renamed == [CodebookDiff.Rename(from: "bed", to: "sleep")])
    #expect(
      diff.guidanceChanged.map { "\($0.kind): \($0.code): \($0.detail)" } == [
        "example added: wifi: match: \"No internet in the room\"",
        "example removed: wifi: no_match: \"nice view\"",
        "route changed: wifi: (none) → it",
        "description changed: sleep: ",
        "severity changed: sleep: low → high",
      ])
    #expect(!diff.isEmpty)
    #expect(
      diff.versionWarnings(
        old: try Codebook.parse(yaml: before, source: "a"),
        new: try Codebook.parse(yaml: after.replacingOccurrences(of: "1.0.1", with: "1.0.0"), source: "b")
      ).contains { $0.contains("did not go up") })
  }

  /// QA review 17: a renamed code whose rules held alike is no gain or loss, but the verbatims that
  /// carry it are counted as relabelled (every file keyed on the old code needs the new one).
  @Test func renamedCodesAreRelabelledNotChanged() {
    var impact = CorpusImpact()
    impact.add(id: "1", old: ["room.bed"], new: ["room.sleep"], renames: ["room.bed": "room.sleep"])
    impact.add(id: "2", old: ["room.bed", "wifi"], new: ["wifi"], renames: ["room.bed": "room.sleep"])
    impact.add(id: "3", old: ["wifi"], new: ["wifi"], renames: ["room.bed": "room.sleep"])
    #expect(impact.changedVerbatims == 1 && impact.relabelledVerbatims == 2)
    #expect(impact.changes["room.sleep"]?.lost == 1 && impact.changes["room.bed"] == nil)
    #expect(impact.relabelled["room.bed"]?.count == 2)
    #expect(impact.lines.contains("impact: room.bed → room.sleep: 2 verbatim(s) relabelled (ids 1, 2)"))
  }
}
