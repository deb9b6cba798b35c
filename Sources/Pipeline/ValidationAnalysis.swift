import Agreement
import Reporting
import Sentiment
import Taxonomy
import VerbatimCore

/// The agreement side of a validation: builds the rating tables (reference coder + machine, and the
/// humans alone), computes the reports, and turns them into the gate, the HTML model and the CSV.
struct ValidationAnalysis {
  let options: ValidationOptions
  let machine: [String: MachineCodes]
  var referenceName: String?
  var sentimentReport: JSONValue?
  var humanSentimentReport: JSONValue?
  var tagReports: [(level: Int, json: JSONValue)] = []
  var humanTagReport: JSONValue?
  /// The human coder compared with the first one in `humanTagReport`.
  var humanTagCoder: String?
  /// The two humans compared among themselves, for the report's column headers.
  var sentimentHumanPair: (first: String, second: String)?
  var tagHumanPair: (first: String, second: String)?
  /// The human coder compared with the first one in `humanSentimentReport` (its per-class kappas).
  var humanSentimentCoder: String?
  /// The reference coder's leaf-level tag sets, for co-occurrence.
  var referenceTagSets: [Set<String>] = []
  var disagreements: [Disagreement] = []
  var segmentRows: [ValidationReportModel.SegmentRow] = []
  var summaryLines: [String] = []
  /// The per-segment results (`--segment`) as JSON, for segments.json: the report's table for
  /// machines (QA review 14: only the HTML had them). κ as agreement.json writes a coefficient:
  /// value and ci95, or null with the reason it is undefined.
  var segmentsJSON: JSONValue {
    .object([
      JSONMember("reference", referenceName.map(JSONValue.string) ?? .null),
      JSONMember("machine", .string(options.machineName)),
      JSONMember(
        "segments",
        .array(
          segmentRows.map { row in
            var kappa: [JSONMember] = [JSONMember("value", row.kappa.value.map(JSONValue.double) ?? .null)]
            if let lower = row.kappa.lower, let upper = row.kappa.upper {
              kappa.append(JSONMember("ci95", .array([.double(lower), .double(upper)])))
            }
            if let reason = row.kappa.reason { kappa.append(JSONMember("reason", .string(reason))) }
            if let note = row.smallSegmentNote { kappa.append(JSONMember("note", .string(note))) }
            return .object([
              JSONMember("field", .string(row.field)), JSONMember("value", .string(row.value)),
              JSONMember("items", .int(row.items)), JSONMember("accuracy", .double(row.accuracy)),
              JSONMember("cohen_kappa", .object(kappa)),
            ])
          })),
    ])
  }

  /// Records the import rejected and human-coded items left out because of it (`--keep-going`),
  /// for the report's coverage section.
  var importCoverage: (rejected: Int, humanItemsLeftOut: Int) = (0, 0)
  /// Items compared with the reference coder, by kind, for the coverage table.
  var sentimentCompared: Int?
  var tagsCompared: Int?
  private var sentimentReference: [String: String] = [:]
  private var otherHumans: [String: [(coder: String, label: String)]] = [:]

  struct Disagreement {
    var item: String
    var kind: String
    var reference: String
    var machine: String
    var others: String
    var text: String
    var explanation: [String]
  }

  init(options: ValidationOptions, machine: [String: MachineCodes]) {
    self.options = options
    self.machine = machine
  }

  private var agreementOptions: AgreementOptions {
    var result = AgreementOptions()
    result.bootstrapResamples = options.bootstrap
    result.seed = options.seed
    return result
  }

  /// Picks the reference coder: the option, else "gold", else the only coder.
  func reference(among coders: [String]) throws -> String {
    if let name = options.reference {
      guard coders.contains(name) else { throw ValidationRunError.unknownReference(name: name, coders: coders) }
      return name
    }
    if coders.contains("gold") { return "gold" }
    if coders.count == 1 { return coders[0] }
    throw ValidationRunError.noReference(coders: coders)
  }

  // MARK: Sentiment

  mutating func analyseSentiment(_ table: RatingTable) throws {
    try Self.checkLabelVocabulary(table.categories)
    let reference = try reference(among: table.coders)
    referenceName = reference
    let referenceIndex = table.coderIndex(reference)!
    let categories = Self.categoryOrder(table.categories)
    // The machine-and-reference pair's categories: the machine's scale and the reference's own
    // labels, not another human's (QA review 40: coder_b's "mixed" changed the pair's q, so
    // Brennan–Prediger and AC1 moved and ordered coefficients were withheld, flipping a verdict).
    // Items per reference label, also for the warning about labels the machine never gives.
    var referenceCounts: [String: Int] = [:]
    for item in 0..<table.itemCount {
      if let k = table.category(item: item, coder: referenceIndex) {
        referenceCounts[table.categories[k], default: 0] += 1
      }
    }
    let pairCategories = Self.categoryOrder(Array(referenceCounts.keys))
    var pairBuilder = try RatingTableBuilder(categories: pairCategories)
    // Items other coders labelled but the reference did not cannot be compared: counted and said,
    // not dropped silently (review r19c).
    var withoutReference = 0
    var pairLabels = Set<String>()
    for item in 0..<table.itemCount {
      let id = table.items[item]
      guard let codes = machine[id] else { continue }
      guard let k = table.category(item: item, coder: referenceIndex) else {
        withoutReference += 1
        continue
      }
      let label = table.categories[k]
      sentimentReference[id] = label
      let location = SourceLocation(file: "validation", line: 0)
      try pairBuilder.add(item: id, coder: reference, label: label, at: location)
      try pairBuilder.add(item: id, coder: options.machineName, label: codes.sentiment, at: location)
      pairLabels.insert(label)
      pairLabels.insert(codes.sentiment)
      for coder in 0..<table.coderCount where coder != referenceIndex {
        if let other = table.category(item: item, coder: coder) {
          otherHumans[id, default: []].append((table.coders[coder], table.categories[other]))
        }
      }
      if codes.sentiment != label {
        let others = (otherHumans[id] ?? []).map { "\($0.coder): \($0.label)" }.joined(separator: "; ")
        disagreements.append(
          Disagreement(
            item: id, kind: "sentiment", reference: label,
            machine: "\(codes.sentiment) (\(ValidationAnalysis.short(codes.compound)))", others: others,
            text: codes.text,
            explanation: codes.explanation))
      }
    }
    guard pairBuilder.count > 0 else { throw ValidationRunError.noOverlap }
    sentimentCompared = pairBuilder.count / 2
    var pairOptions = agreementOptions
    pairOptions.reference = reference
    // The pair's classification metrics run over the labels the reference or the machine used, as
    // scikit-learn's without `labels=`: a label only another human used ("mixed") is no class of this
    // pair, and counting it as a 0 dragged the machine's macro F1 down (QA review 31: a machine equal
    // to the reference failed a gate on f1.macro at 0.75).
    if pairOptions.labels == nil { pairOptions.labels = pairCategories.filter(pairLabels.contains) }
    var pairReport = try AgreementReport(table: try pairBuilder.build(source: "validation"), options: pairOptions)
    let unordered = Self.unorderedLabelsReason(pairCategories)
    if let unordered { pairReport.withholdOrderDependentCoefficients(reason: unordered) }
    sentimentReport = pairReport.json()

    let humanCoders = table.coders.filter { $0 != reference }
    // Items both compared humans coded, and items either coded: a coder who skipped items is said
    // (QA review 40: the ceiling was given on 20 shared items of 40 without a word).
    var humanPairItems: (shared: Int, all: Int)?
    if humanCoders.count >= 2 {
      var humanBuilder = try RatingTableBuilder(categories: categories)
      for item in 0..<table.itemCount {
        for coder in 0..<table.coderCount where table.coders[coder] != reference {
          if let k = table.category(item: item, coder: coder) {
            try humanBuilder.add(
              item: table.items[item], coder: table.coders[coder], label: table.categories[k],
              at: SourceLocation(file: "validation", line: 0))
          }
        }
      }
      var humanOptions = agreementOptions
      if humanCoders.count > 2 { humanOptions.pair = (humanCoders[0], humanCoders[1]) }
      // The second human against the first, class by class: the ceiling beside the machine's per-class kappas.
      humanOptions.reference = humanCoders[0]
      humanSentimentCoder = humanCoders[1]
      sentimentHumanPair = (humanCoders[0], humanCoders[1])
      var humanReport = try AgreementReport(table: try humanBuilder.build(source: "humans"), options: humanOptions)
      if let unordered { humanReport.withholdOrderDependentCoefficients(reason: unordered) }
      humanSentimentReport = humanReport.json()
      if let shared = humanReport.pairItemCount { humanPairItems = (shared, humanReport.items) }
    }
    for field in options.segments { try segmentRows.append(contentsOf: segments(field: field, reference: reference)) }
    if let report = sentimentReport {
      let kappa = Self.estimate(report, "cohen_kappa")
      let accuracy = report["classification"]?[options.machineName]?["accuracy"]?.doubleValue
      summaryLines.append(
        "sentiment: \(pairBuilder.count / 2) items, machine vs \(reference): accuracy \(Self.short(accuracy)), "
          + "Cohen's kappa \(Self.describe(kappa))"
          + (withoutReference > 0 ? " (\(withoutReference) item(s) without a \(reference) label not compared)" : ""))
    }
    // A label the machine never outputs ("mixed") can only count against it (QA review 16: no
    // word said so, and its precision reads 0).
    let machineLabels = SentimentLabel.allCases.map(\.rawValue)
    let foreign = referenceCounts.filter { !machineLabels.contains($0.key) }
    if !foreign.isEmpty {
      let list = foreign.sorted { $0.key < $1.key }.map { "\"\($0.key)\" (\($0.value) item(s))" }
      summaryLines.append(
        "warning: the \(reference) label(s) \(list.joined(separator: ", ")) are none of the machine's "
          + "(\(machineLabels.joined(separator: ", "))): the machine can never give them, so "
          + "each such item counts against it, and their precision is 0 (0/0)")
    }
    if let report = humanSentimentReport {
      let coverage =
        humanPairItems.map { $0.shared < $0.all ? " (\($0.shared) of \($0.all) items coded by both)" : "" } ?? ""
      summaryLines.append(
        "sentiment: humans among themselves: Cohen's kappa \(Self.describe(Self.estimate(report, "cohen_kappa")))"
          + coverage)
    } else {
      // Say why the ceiling column is empty (QA review 13: "—" everywhere, no reason given).
      let others = table.coders.filter { $0 != reference }
      summaryLines.append(
        "sentiment: humans among themselves: not computed (it needs two human coders besides \(reference); "
          + (others.isEmpty ? "there are none" : "there is one, \(others[0])") + ")")
    }
  }

  /// Negative, neutral, positive first (an ordinal order), then any other labels the humans used.
  /// Human labels are compared with the machine's exactly. Refuses what would silently score as
  /// total disagreement: a label that differs from a machine label only in case or surrounding
  /// spaces ("Positive"), or a file none of whose labels is a machine label ("pos", "neg"). Labels
  /// the machine never gives ("mixed") are fine beside its own.
  static func checkLabelVocabulary(_ humanLabels: [String]) throws {
    let machineLabels = SentimentLabel.allCases.map(\.rawValue)
    for label in humanLabels where !machineLabels.contains(label) {
      var trimmed = Substring(label.lowercased())
      while trimmed.first == " " { trimmed.removeFirst() }
      while trimmed.last == " " { trimmed.removeLast() }
      let folded = String(trimmed)
      if machineLabels.contains(folded) {
        throw ValidationRunError.labelMismatch(
          "human sentiment label \"\(label)\" differs from the machine's \"\(folded)\" only in case or spaces; "
            + "labels are compared exactly: recode the file", label: label)
      }
      // "positve", "negtive": a typo would be a category of its own (review r18a).
      if let near = machineLabels.first(where: { editDistance(folded, $0) <= 2 }) {
        throw ValidationRunError.labelMismatch(
          "human sentiment label \"\(label)\" looks like a misspelling of the machine's \"\(near)\"; "
            + "labels are compared exactly: recode the file", label: label)
      }
    }
    if !humanLabels.isEmpty && !humanLabels.contains(where: machineLabels.contains) {
      throw ValidationRunError.labelMismatch(
        "none of the human sentiment labels (\(humanLabels.prefix(8).joined(separator: ", "))) is one of the "
          + "machine's (\(machineLabels.joined(separator: ", "))): recode the file", label: humanLabels[0])
    }
  }

  /// Levenshtein distance between two short labels (`EditDistance`).
  static func editDistance(_ first: String, _ second: String) -> Int { EditDistance.levenshtein(first, second) }

  /// Why the order-dependent coefficients (weighted κ, ordinal α, …) are withheld, or nil when every
  /// label is negative, neutral or positive. A human label outside that order ("mixed") has no place in
  /// it; putting it anywhere would be arbitrary, as `agree` refuses for undeclared text labels.
  static func unorderedLabelsReason(_ categories: [String]) -> String? {
    let extra = categories.filter { !ValidationRun.sentimentOrder.contains($0) }
    guard !extra.isEmpty else { return nil }
    return "the category order is unknown: the human label(s) \(extra.joined(separator: ", ")) have no place in "
      + "the order \(ValidationRun.sentimentOrder.joined(separator: " < ")) (any order would be arbitrary)"
  }

  static func categoryOrder(_ observed: [String]) -> [String] {
    ValidationRun.sentimentOrder + observed.filter { !ValidationRun.sentimentOrder.contains($0) }.sorted()
  }

  func segments(field: String, reference: String) throws -> [ValidationReportModel.SegmentRow] {
    var groups: [String: [String]] = [:]
    for (id, label) in sentimentReference {
      _ = label
      groups[machine[id]?.metadata[field] ?? "(none)", default: []].append(id)
    }
    // A field no record has is a typo, not one segment called "(none)".
    if !machine.values.contains(where: { $0.metadata[field] != nil }) {
      let known = Set(machine.values.flatMap { $0.metadata.keys }).sorted()
      throw ValidationRunError.unknownSegmentField(field: field, known: Array(known.prefix(20)))
    }
    var rows: [ValidationReportModel.SegmentRow] = []
    for (value, ids) in groups.sorted(by: { $0.key < $1.key }) {
      // The reference's own labels ("mixed", "n/a") are categories here as in the whole run (QA
      // review 31: a segment breakdown refused a run that succeeded without one).
      var builder = try RatingTableBuilder(categories: Self.categoryOrder(Array(Set(sentimentReference.values))))
      var correct = 0
      for id in ids.sorted() {
        guard let label = sentimentReference[id], let codes = machine[id] else { continue }
        if label == codes.sentiment { correct += 1 }
        try builder.add(item: id, coder: reference, label: label, at: SourceLocation(file: "segment", line: 0))
        try builder.add(
          item: id, coder: options.machineName, label: codes.sentiment, at: SourceLocation(file: "segment", line: 0))
      }
      var segmentOptions = AgreementOptions()
      segmentOptions.seed = options.seed
      let report = try AgreementReport(table: try builder.build(source: "segment"), options: segmentOptions).json()
      rows.append(
        ValidationReportModel.SegmentRow(
          field: field, value: value, items: ids.count, accuracy: Double(correct) / Double(max(1, ids.count)),
          kappa: Self.estimate(report, "cohen_kappa") ?? .init(value: nil, reason: "not computed"),
          belowMinimumItems: ids.count < options.minimumItems ? options.minimumItems : nil))
    }
    return rows
  }

  // MARK: Tags

  mutating func analyseTags(_ table: MultiLabelTable) throws {
    let reference = try reference(among: table.coders)
    if referenceName == nil { referenceName = reference }
    guard let codebook = options.coding.codebook?.codebook else { return }
    let hierarchy = TagHierarchy(codebook)
    let known = Set(codebook.tags.map(\.code))
    let unknown = table.categories.filter { !known.contains($0) }
    if let first = unknown.first {
      // The closest code of each (at most 100), as `agree --taxonomy` names one (QA review 44 U4).
      var closest: [String: String] = [:]
      for code in unknown.prefix(100) {
        if let match = codebook.closestCode(to: code) { closest[code] = "\"\(match.code)\" (\(match.reason))" }
      }
      throw ValidationRunError.unknownTag(
        code: first, others: Array(unknown.dropFirst()), known: codebook.tags.map(\.code), closest: closest)
    }
    let referenceIndex = table.coderIndex(reference)!
    let maxLevel = codebook.tags.map { hierarchy.level(of: $0.code) }.max() ?? 1
    for level in 1...maxLevel {
      // The codes at `level` and the broader ones above it, which stay themselves (`rolled`).
      let categories = codebook.tags.map(\.code).filter { hierarchy.level(of: $0) <= level }
      var builder = try MultiLabelTableBuilder(categories: categories)
      // The codes the reference or the machine gave on the compared items: the label set of the
      // classification metrics, as scikit-learn's is without `labels=`. A code nobody used has
      // precision and recall 0/0; counted as 0 it would pull macro F1 down by the codebook's size,
      // not the model's errors (review r19c).
      var used = Set<String>()
      func add(_ item: String, _ coder: String, _ codes: [String]) throws {
        let rolled = Self.rolled(Set(codes), to: level, hierarchy)
        used.formUnion(rolled)
        let location = SourceLocation(file: "validation", line: 0)
        if rolled.isEmpty { try builder.add(item: item, coder: coder, label: nil, at: location) }
        for code in rolled.sorted() { try builder.add(item: item, coder: coder, label: code, at: location) }
      }
      var compared = 0
      var withoutReference = 0
      for item in 0..<table.itemCount {
        let id = table.items[item]
        guard let machineCodes = machine[id] else { continue }
        guard let codes = table.labels(item: item, coder: referenceIndex) else {
          withoutReference += 1
          continue
        }
        compared += 1
        let referenceCodes = codes.map { table.categories[$0] }
        try add(id, reference, referenceCodes)
        try add(id, options.machineName, machineCodes.tags)
        if level == maxLevel {
          referenceTagSets.append(Self.rolled(Set(referenceCodes), to: level, hierarchy))
          // A disagreement at any level of the hierarchy, shown with the codes as each side gave
          // them: a top-level code the machine gave ("store") is part of its set (QA review 19:
          // the list compared leaves only, so it showed such items as "machine tags: (none)" and
          // left out items that differ at level 1 only).
          let expected = Set(referenceCodes)
          let got = Set(machineCodes.tags)
          let differs = (1...maxLevel).contains { level in
            Self.rolled(expected, to: level, hierarchy) != Self.rolled(got, to: level, hierarchy)
          }
          if differs {
            // The other coders' tag sets and the machine's evidence, as a sentiment disagreement
            // carries the other labels and the explanation (review r19c).
            var others: [String] = []
            for coder in 0..<table.coderCount where coder != referenceIndex {
              guard let codes = table.labels(item: item, coder: coder) else { continue }
              others.append("\(table.coders[coder]): \(Self.tagSetText(Set(codes.map { table.categories[$0] })))")
            }
            disagreements.append(
              Disagreement(
                item: id, kind: "tags", reference: expected.sorted().joined(separator: " "),
                machine: got.sorted().joined(separator: " "), others: others.joined(separator: "; "),
                text: machineCodes.text,
                explanation: Self.tagEvidence(expected: expected, got: got, machine: machineCodes, hierarchy)))
          }
        }
      }
      var tagOptions = agreementOptions
      tagOptions.reference = reference
      tagOptions.labels = categories.filter(used.contains)
      // Bootstrap intervals at every level: `tags.level_N.` thresholds gate on them too (QA review 33).
      let report = try AgreementReport(
        multiLabel: try builder.build(source: "tags level \(level)"), options: tagOptions)
      tagReports.append((level, report.json()))
      let classification = report.json()["classification"]?[options.machineName]
      if level == 1 {
        tagsCompared = compared
        if withoutReference > 0 {
          summaryLines.append(
            "tags: \(compared) items compared with \(reference) "
              + "(\(withoutReference) item(s) without \(reference) tag codes not compared)")
        }
      }
      summaryLines.append(
        "tags level \(level): micro F1 \(Self.short(classification?["f1"]?["micro"]?.doubleValue)), "
          + "macro F1 \(Self.short(classification?["f1"]?["macro"]?.doubleValue))")
    }
    let humanCoders = table.coders.filter { $0 != reference }
    if humanCoders.count >= 2 {
      let level = maxLevel
      let categories = codebook.tags.map(\.code).filter { hierarchy.level(of: $0) <= level }
      var builder = try MultiLabelTableBuilder(categories: categories)
      // As for the machine's levels: the label set is the codes the compared coders used, not the
      // whole codebook (a code nobody used would count 0/0 as 0 and pull macro F1 down by the
      // codebook's size; review h51a found the humans' figures moving when codes were added).
      var used = Set<String>()
      for item in 0..<table.itemCount {
        for coder in 0..<table.coderCount where table.coders[coder] != reference {
          guard let codes = table.labels(item: item, coder: coder) else { continue }
          let rolled = Self.rolled(Set(codes.map { table.categories[$0] }), to: level, hierarchy)
          used.formUnion(rolled)
          let location = SourceLocation(file: "humans", line: 0)
          if rolled.isEmpty {
            try builder.add(item: table.items[item], coder: table.coders[coder], label: nil, at: location)
          }
          for code in rolled.sorted() {
            try builder.add(item: table.items[item], coder: table.coders[coder], label: code, at: location)
          }
        }
      }
      var humanOptions = AgreementOptions()
      humanOptions.reference = humanCoders[0]
      humanOptions.labels = categories.filter(used.contains)
      humanTagCoder = humanCoders[1]
      tagHumanPair = (humanCoders[0], humanCoders[1])
      humanTagReport = try AgreementReport(multiLabel: try builder.build(source: "humans tags"), options: humanOptions)
        .json()
    }
  }

  /// A tag set for display: its codes sorted, or "(none)".
  static func tagSetText(_ codes: Set<String>) -> String {
    codes.isEmpty ? "(none)" : codes.sorted().joined(separator: " ")
  }

  /// A space-separated tag set as the CSV holds it, for display: "(none)" when empty.
  static func setText(_ codes: String) -> String { codes.isEmpty ? "(none)" : codes }

  /// `codes` seen at `level`: each code below `level` replaced by its ancestor there, and a code at
  /// `level` or above kept as itself. A broader code is a coding decision at every deeper level: a
  /// reference `billing` the machine left out is a miss at the leaf level too, not an item both sides
  /// left untagged (QA review 33: dropping it let a machine that missed 30 of 40 reference codes
  /// score recall 1.0 at the leaf level, and pass the gate).
  static func rolled(_ codes: Set<String>, to level: Int, _ hierarchy: TagHierarchy) -> Set<String> {
    Set(codes.map { hierarchy.ancestor(of: $0, atLevel: level) })
  }

  /// The machine's reasons for a tag-set disagreement, one line per code only one side gave: the
  /// spans and rules behind a code only the machine gave; for a code only the reference gave, the
  /// more specific or broader code the machine gave instead, or that the machine did not assign it
  /// (no rule matched, or one was withheld: `verbatim tag --explain` says which).
  static func tagEvidence(
    expected: Set<String>, got: Set<String>, machine: MachineCodes, _ hierarchy: TagHierarchy
  ) -> [String] {
    var lines: [String] = []
    for code in expected.symmetricDifference(got).sorted() {
      if got.contains(code) {
        let evidence = machine.tagEvidence[code] ?? []
        let because = evidence.isEmpty ? "no evidence recorded" : evidence.joined(separator: "; ")
        lines.append("\(code) (machine only): \(because)")
        continue
      }
      let narrower = got.filter { hierarchy.path(to: $0).dropLast().contains(code) }.sorted()
      let broader = hierarchy.path(to: code).dropLast().filter { got.contains($0) }
      if !narrower.isEmpty {
        lines.append("\(code) (reference only): the machine gave the more specific \(narrower.joined(separator: ", "))")
      } else if !broader.isEmpty {
        lines.append("\(code) (reference only): the machine gave only the broader \(broader.joined(separator: ", "))")
      } else {
        lines.append(
          "\(code) (reference only): not assigned by the machine (no rule matched, or `verbatim tag --explain` shows it withheld)"
        )
      }
    }
    return lines
  }

  // MARK: Gate

  /// Thresholds on sentiment metrics read agreement.json; `tags.` (level 2, the leaves) and
  /// `tags.level_1.` prefixes read the tag reports.
  func gate() throws -> [GateCheck] {
    var checks: [GateCheck] = []
    for threshold in options.thresholds {
      let scope = try ThresholdScope(threshold)
      let subject: JSONValue? =
        switch scope.report {
        case .sentiment: sentimentReport
        case .tags(let level?): tagReports.first { $0.level == level }?.json
        case .tags(nil): tagReports.last?.json
        }
      guard let subject else {
        let flag = threshold.isMaximum ? "--max" : "--min"
        let levels = tagReports.map { "tags.level_\($0.level)." }.joined(separator: ", ")
        let what =
          scope.namesLevel && !tagReports.isEmpty
          ? "the codebook has no such level (use \(levels) or tags.)"
          : "no codes of that kind were given"
        throw AgreementError.invalidOption(message: "\(flag) \(threshold.metric): \(what)")
      }
      var scoped = threshold
      scoped.metric = scope.metric
      var renamed = try Self.evaluate(
        subject, threshold: threshold, scoped: scoped, isTags: scope.isTags, basis: options.basis,
        minimumItems: options.minimumItems)
      for index in renamed.indices where scope.isTags {
        // The detail names the metric it read from the tag report ("classification.machine.f1.micro",
        // also a sentiment metric's name): name it as the user did.
        let resolved = renamed[index].metric
        if renamed[index].detail.hasPrefix(resolved) {
          renamed[index].detail = threshold.metric + renamed[index].detail.dropFirst(resolved.count)
        }
        renamed[index].metric = threshold.metric
      }
      checks += renamed
    }
    return checks
  }

  /// `DeploymentGate.evaluate` of one threshold; a usage error names a tag threshold as the user
  /// wrote it (QA review 40: "--min per_class.nope.f1" for "--min tags.per_class.nope.f1").
  private static func evaluate(
    _ subject: JSONValue, threshold: GateThreshold, scoped: GateThreshold, isTags: Bool, basis: GateBasis,
    minimumItems: Int
  ) throws -> [GateCheck] {
    do {
      return try DeploymentGate.evaluate(
        report: subject, thresholds: [scoped], basis: basis, minimumItems: minimumItems)
    } catch {
      let flag = threshold.isMaximum ? "--max" : "--min"
      let given = "\(flag) \(scoped.metric)"
      guard isTags, case .invalidOption(let message) = error, message.hasPrefix(given) else { throw error }
      throw AgreementError.invalidOption(message: "\(flag) \(threshold.metric)" + message.dropFirst(given.count))
    }
  }

  // MARK: Outputs

  func disagreementsCSV() -> String {
    var writer = CSVWriter()
    writer.row(["item", "kind", "reference", "machine", "other_humans", "text", "explanation"])
    for item in disagreements.sorted(by: { ($0.kind, $0.item) < ($1.kind, $1.item) }) {
      // Customer text and input ids/codes: cells that a spreadsheet would run as formulas are neutralised.
      writer.row(
        [
          item.item, item.kind, item.reference, item.machine, item.others, item.text,
          item.explanation.joined(separator: " | "),
        ], neutralizingFormulas: true)
    }
    return writer.text
  }

  func reportModel(checks: [GateCheck], inputs: [RunManifest.FileRecord]) -> ValidationReportModel {
    let reference = referenceName ?? "reference"
    var model = ValidationReportModel(
      title: "Verbatim validation: machine vs \(reference)",
      subtitle:
        "export \(options.exportPath) · machine coder \(options.machineName) · reference coder \(reference) · gate on \(options.basis.rawValue)"
    )
    model.machineName = options.machineName
    model.referenceName = reference
    model.sentimentHumanPair = sentimentHumanPair
    model.tagHumanPair = tagHumanPair
    model.tagLevel = tagReports.last?.level
    model.bootstrapResamples = options.bootstrap
    model.bootstrapSeed = options.seed
    model.checks = checks.map {
      ValidationReportModel.Check(
        metric: $0.metric, threshold: $0.minimum, isMaximum: $0.isMaximum,
        comparedOn: options.basis == .ciLower && $0.isMaximum ? "ci-upper" : options.basis.rawValue,
        estimate: .init(
          value: $0.value, lower: $0.interval?.lower, upper: $0.interval?.upper,
          reason: nil), passed: $0.passed, reason: $0.passed ? nil : $0.detail)
    }
    let names = [
      "cohen_kappa", "weighted_kappa_linear", "weighted_kappa_quadratic", "krippendorff_alpha_nominal",
      "krippendorff_alpha_ordinal", "gwet_ac1", "scott_pi", "percent_agreement",
    ]
    if let machineReport = sentimentReport {
      let humans = humanSentimentReport
      model.sentimentCoefficients = names.map { name in
        .init(
          name: name, machineVersusHuman: Self.estimate(machineReport, name),
          humanVersusHuman: humans.flatMap { Self.estimate($0, name) })
      }
      let classification = machineReport["classification"]?[options.machineName]
      if let confusion = classification?["confusion"], case .array(let labelValues)? = confusion["labels"],
        case .array(let rows)? = confusion["matrix"]
      {
        let labels = labelValues.compactMap(\.stringValue)
        let counts = rows.map { row -> [Int] in
          guard case .array(let cells) = row else { return [] }
          return cells.map { Int($0.doubleValue ?? 0) }
        }
        model.confusion = .init(labels: labels, counts: counts)
      }
      let humanPerClass = humanSentimentCoder.flatMap { humanSentimentReport?["classification"]?[$0]?["per_class"] }
      model.perClass = Self.classScores(classification).map {
        var score = $0
        score.humanKappa = humanPerClass?[score.label]?["kappa"]?.doubleValue
        return score
      }
    }
    if let leaves = tagReports.last?.json {
      let tagNames = ["cohen_kappa", "krippendorff_alpha_nominal", "gwet_ac1", "percent_agreement"]
      let humans = humanTagReport
      model.tagCoefficients = tagNames.map { name in
        .init(
          name: name, machineVersusHuman: Self.estimate(leaves, name),
          humanVersusHuman: humans.flatMap { Self.estimate($0, name) })
      }
      let humanPerClass = humanTagCoder.flatMap { humanTagReport?["classification"]?[$0]?["per_class"] }
      // Codes the machine gave but the reference never did (false positives only) are rows too.
      model.perTag = Self.classScores(leaves["classification"]?[options.machineName]).filter {
        $0.support > 0 || ($0.predicted ?? 0) > 0
      }.map {
        var score = $0
        score.humanKappa = humanPerClass?[score.label]?["kappa"]?.doubleValue
        return score
      }
      if case .array(let pairs)? = leaves["classification"]?[options.machineName]?["confused_pairs"] {
        model.confusedTags = pairs.prefix(15).compactMap { pair in
          guard let first = pair["reference"]?.stringValue, let second = pair["coder"]?.stringValue,
            let count = pair["count"]?.doubleValue
          else { return nil }
          return .init(first: first, second: second, count: Int(count))
        }
      }
      model.cooccurringTags = Self.cooccurrences(referenceTagSets, limit: 15)
    }
    let total = machine.count
    let tagged = machine.values.filter { !$0.tags.isEmpty }.count
    model.coverage = [("human-coded verbatims in the export", String(total))]
    if importCoverage.rejected > 0 {
      model.coverage.append(("records the import rejected (see --rejects)", String(importCoverage.rejected)))
    }
    if importCoverage.humanItemsLeftOut > 0 {
      model.coverage.append(
        (
          importCoverage.rejected > 0
            ? "human-coded items left out (in no coded record: rejected on import, or not in the export)"
            : "human-coded items left out (the export has no such record)",
          String(importCoverage.humanItemsLeftOut)
        ))
    }
    if let sentimentCompared {
      model.coverage.append(
        ("compared on sentiment (\(referenceName ?? "reference") labelled)", String(sentimentCompared)))
    }
    if let tagsCompared {
      model.coverage.append(("compared on tags (\(referenceName ?? "reference") coded)", String(tagsCompared)))
    }
    // Disagreements of each kind, counted once for the coverage and the report's limit note.
    var disagreementCounts: [ValidationReportModel.Disagreement.Kind: Int] = [:]
    for item in disagreements {
      if let kind = ValidationReportModel.Disagreement.Kind(rawValue: item.kind) {
        disagreementCounts[kind, default: 0] += 1
      }
    }
    // Without a codebook (--no-tags) nothing was tagged by design: said, not shown as 0 % (QA review 14).
    let tagsCoded = options.coding.codebook != nil
    model.coverage += [
      ("tagged by the machine", tagsCoded ? "\(tagged) (\(Self.percent(tagged, total)))" : "not coded (--no-tags)"),
      // Without human sentiment codes nothing was compared: not "0" (QA review 16).
      (
        "sentiment disagreements",
        sentimentReport == nil ? "not compared (no human sentiment codes)" : String(disagreementCounts[.sentiment] ?? 0)
      ),
    ]
    if tagsCoded {
      model.coverage.append(
        (
          "tag-set disagreements",
          tagReports.isEmpty ? "not compared (no human tag codes)" : String(disagreementCounts[.tags] ?? 0)
        ))
    }
    for (level, json) in tagReports {
      let micro = json["classification"]?[options.machineName]?["f1"]?["micro"]?.doubleValue
      model.coverage.append(("tags level \(level): micro F1", Self.short(micro)))
    }
    model.segments = segmentRows
    // Sentiment, then tag-set disagreements (review r19c), each kind up to the limit.
    model.disagreements = [ValidationReportModel.Disagreement.Kind.sentiment, .tags].flatMap { kind in
      disagreements.filter { $0.kind == kind.rawValue }.sorted { $0.item < $1.item }
        .prefix(options.reportDisagreements).map { item -> ValidationReportModel.Disagreement in
          let reference = kind == .tags ? Self.setText(item.reference) : item.reference
          return .init(
            id: item.item, text: item.text, human: reference + (item.others.isEmpty ? "" : " (\(item.others))"),
            machine: kind == .tags ? Self.setText(item.machine) : item.machine, explanation: item.explanation,
            kind: kind)
        }
    }
    model.disagreementTotals = disagreementCounts.filter { $0.value > options.reportDisagreements }
    model.inputs = inputs.map { ($0.role + ": " + $0.path, $0.sha256) }
    return model
  }

  static func classScores(_ classification: JSONValue?) -> [ValidationReportModel.ClassScores] {
    guard case .object(let members)? = classification?["per_class"] else { return [] }
    return members.map { member in
      .init(
        label: member.key, precision: member.value["precision"]?.doubleValue ?? 0,
        recall: member.value["recall"]?.doubleValue ?? 0, f1: member.value["f1"]?.doubleValue ?? 0,
        support: Int(member.value["support"]?.doubleValue ?? 0), kappa: member.value["kappa"]?.doubleValue,
        predicted: member.value["predicted"]?.doubleValue.map { Int($0) })
    }
  }

  /// The most frequent pairs of tags assigned to the same item, most frequent first (ties by name).
  static func cooccurrences(_ sets: [Set<String>], limit: Int) -> [ValidationReportModel.LabelPair] {
    var counts: [String: (String, String, Int)] = [:]
    for set in sets where set.count > 1 {
      let sorted = set.sorted()
      for a in 0..<sorted.count {
        for b in (a + 1)..<sorted.count {
          let key = sorted[a] + "\u{1F}" + sorted[b]
          counts[key, default: (sorted[a], sorted[b], 0)].2 += 1
        }
      }
    }
    return counts.values.sorted { ($0.2, $1.0, $1.1) > ($1.2, $0.0, $0.1) }.prefix(limit).map {
      .init(first: $0.0, second: $0.1, count: $0.2)
    }
  }

  static func estimate(_ report: JSONValue, _ name: String) -> ValidationReportModel.Estimate? {
    guard let entry = report["coefficients"]?[name] else { return nil }
    // The interval the gate compares (analytic, else bootstrap), and which it is: tag coefficients
    // have only the bootstrap's, which the report left out (QA review 33).
    let interval = DeploymentGate.labelledInterval(of: entry)
    return .init(
      value: entry["value"]?.doubleValue, lower: interval?.interval.lower, upper: interval?.interval.upper,
      reason: entry["reason"]?.stringValue, intervalKind: interval?.kind)
  }

  static func describe(_ estimate: ValidationReportModel.Estimate?) -> String {
    guard let estimate, let value = estimate.value else { return "undefined" }
    if let lower = estimate.lower, let upper = estimate.upper {
      return "\(short(value)) [\(short(lower)), \(short(upper))]"
    }
    return short(value)
  }

  /// A value to three decimals, always three ("0.540", not "0.54", beside "0.474"), for the
  /// summary lines, the disagreement list and the report; "—" when there is none.
  static func short(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "—" }
    let thousandths = (value * 1000).rounded()
    guard abs(thousandths) < 1e15 else { return String(value) }
    let magnitude = Int(abs(thousandths))
    let fraction = String(magnitude % 1000)
    return (thousandths < 0 ? "-" : "") + String(magnitude / 1000) + "."
      + String(repeating: "0", count: 3 - fraction.count) + fraction
  }

  static func percent(_ part: Int, _ whole: Int) -> String {
    whole == 0 ? "—" : String((Double(part) * 1000 / Double(whole)).rounded() / 10) + "%"
  }
}
