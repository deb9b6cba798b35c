public import Redaction

/// What `--redact` did to a record's members other than its text (QA review 17: three metadata
/// values replaced were reported as "redacted nothing", and 1,260 withheld location fields of the
/// demo export appeared in no count).
public struct MetadataRedactions: Sendable, Equatable {
  /// Members written as "[REDACTED]" whole, because their key identifies or locates a respondent
  /// (`SurveyRecord.isIdentifying`).
  public var withheld = 0
  /// Spans replaced inside the strings of other members, by type.
  public var spans: [RedactionType: Int] = [:]

  public init() {}

  public var isEmpty: Bool { withheld == 0 && spans.isEmpty }

  public mutating func add(_ other: MetadataRedactions) {
    withheld += other.withheld
    spans.merge(other.spans, uniquingKeysWith: +)
  }

  /// Counts under flat names for summaries and the manifest: `metadata.withheld` and
  /// `metadata.TYPE` (types in `RedactionType` order), only those above 0.
  public var namedCounts: [(name: String, count: Int)] {
    var counts: [(name: String, count: Int)] = []
    if withheld > 0 { counts.append(("metadata.withheld", withheld)) }
    for (type, count) in spans.sorted(by: { $0.key < $1.key }) where count > 0 {
      counts.append(("metadata." + type.label, count))
    }
    return counts
  }

  /// `metadata: 1260 identifying value(s) withheld, PHONE 1`, or nil when nothing was redacted.
  public var summary: String? {
    isEmpty ? nil : "metadata: " + Self.describe(namedCounts)
  }

  /// Counts named as in `namedCounts` (`metadata.withheld`, `metadata.PHONE` …), in the order
  /// given, as a summary reads them: "1260 identifying value(s) withheld, PHONE 1".
  public static func describe(_ counts: [(name: String, count: Int)]) -> String {
    counts.map { item in
      let name = item.name.hasPrefix("metadata.") ? item.name.dropFirst("metadata.".count) : Substring(item.name)
      return name == "withheld" ? "\(item.count) identifying value(s) withheld" : "\(name) \(item.count)"
    }.joined(separator: ", ")
  }
}
