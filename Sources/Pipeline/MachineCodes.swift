import Synchronization
import Taxonomy

/// What the machine said about one verbatim, kept for the join with human codes.
public struct MachineCodes: Sendable {
  public var text: String
  public var sentiment: String
  public var compound: Double
  /// Tag codes assigned by rules (implied parents excluded: levels are rolled up explicitly).
  public var tags: [String]
  public var explanation: [String]
  public var metadata: [String: String]
  /// The machine's evidence for each of its tags, by code: one line per span, naming the matched
  /// text and the rule (`"app crashed" matched rule product.app#2`), as coded.jsonl's tag evidence.
  public var tagEvidence: [String: [String]] = [:]
}

extension MachineCodes {
  /// Longest matched span quoted in an evidence line, in characters.
  static let quotedSpanLimit = 80

  /// `tags`' evidence as lines by code, quoting the spans of `text` (offsets in code points).
  static func evidenceLines(_ tags: [TagMatch], text: String) -> [String: [String]] {
    guard !tags.isEmpty else { return [:] }
    let scalars = Array(text.unicodeScalars)
    var lines: [String: [String]] = [:]
    for tag in tags where !tag.implied {
      for item in tag.evidence {
        let start = max(0, min(item.start, scalars.count))
        let end = max(start, min(item.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        var span = String(view)
        if span.count > quotedSpanLimit { span = String(span.prefix(quotedSpanLimit)) + "…" }
        lines[tag.code, default: []].append("\"\(span)\" matched rule \(item.rule)")
      }
    }
    return lines
  }
}

/// Collects the machine's codes of the items humans coded, from several worker threads.
final class MachineCodeCollector: Sendable {
  private let codes = Mutex<[String: MachineCodes]>([:])
  let wanted: Set<String>

  init(wanted: Set<String>) {
    self.wanted = wanted
  }

  func add(id: String, _ value: MachineCodes) {
    guard wanted.contains(id) else { return }
    codes.withLock { $0[id] = value }
  }

  var all: [String: MachineCodes] { codes.withLock { $0 } }
}
