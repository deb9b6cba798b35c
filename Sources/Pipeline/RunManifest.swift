public import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The audit record of a run: what was run, on what, with which lexicons and codebook, under which
/// thresholds, and what it found. Written as `manifest.json` with keys in a fixed order, so two runs
/// on the same inputs give byte-identical manifests apart from `started` and `finished`.
public struct RunManifest: Sendable {
  /// One input or output file with its size and SHA-256.
  public typealias FileRecord = VerbatimCore.FileRecord

  /// A versioned resource (lexicon, codebook) with its digest.
  public struct Resource: Sendable, Equatable {
    public var role: String
    public var name: String
    public var version: String?
    public var entries: Int?
    public var sha256: String

    public init(role: String, name: String, version: String? = nil, entries: Int? = nil, sha256: String) {
      self.role = role
      self.name = name
      self.version = version
      self.entries = entries
      self.sha256 = sha256
    }
  }

  public var command: [String]
  public var toolVersion: String = VerbatimVersion.string
  public var libraries: [(name: String, version: String)] = []
  public var inputs: [FileRecord] = []
  public var resources: [Resource] = []
  public var thresholds: [(metric: String, value: Double, isMaximum: Bool)] = []
  public var gateBasis: String?
  public var seed: UInt64?
  public var settings: [(name: String, value: String)] = []
  public var counts: [(name: String, value: Int)] = []
  public var redactions: [(type: String, count: Int)] = []
  public var outputs: [FileRecord] = []
  public var verdict: String?
  public var started: String
  public var finished: String = ""

  public init(command: [String], started: String) {
    self.command = command
    self.started = started
  }

  /// The manifest as JSON text (two-space indentation is not needed for audit; one line per member
  /// keeps diffs readable).
  public func json() -> String {
    var writer = JSONWriter(capacity: 4096)
    writer.beginObject()
    writer.key("tool")
    writer.beginObject()
    writer.key("name")
    writer.string("verbatim")
    writer.key("version")
    writer.string(toolVersion)
    for library in libraries {
      writer.key(library.name)
      writer.string(library.version)
    }
    writer.endObject()
    writer.key("command")
    writer.beginArray()
    for argument in command { writer.string(argument) }
    writer.endArray()
    writer.key("inputs")
    Self.files(inputs, into: &writer)
    writer.key("resources")
    writer.beginArray()
    for resource in resources {
      writer.beginObject()
      writer.key("role")
      writer.string(resource.role)
      writer.key("name")
      writer.string(resource.name)
      if let version = resource.version {
        writer.key("version")
        writer.string(version)
      }
      if let entries = resource.entries {
        writer.key("entries")
        writer.number(entries)
      }
      writer.key("sha256")
      writer.string(resource.sha256)
      writer.endObject()
    }
    writer.endArray()
    writer.key("thresholds")
    writer.beginArray()
    for threshold in thresholds {
      writer.beginObject()
      writer.key("metric")
      writer.string(threshold.metric)
      // A maximum (lower-is-better metric) under its own key: "min" would read as its opposite
      // (QA review 16).
      writer.key(threshold.isMaximum ? "max" : "min")
      writer.number(threshold.value)
      writer.endObject()
    }
    writer.endArray()
    if let gateBasis {
      writer.key("gate_on")
      writer.string(gateBasis)
    }
    if let seed {
      writer.key("seed")
      writer.number(Int(truncatingIfNeeded: seed))
    }
    writer.key("settings")
    writer.beginObject()
    for setting in settings {
      writer.key(setting.name)
      writer.string(setting.value)
    }
    writer.endObject()
    writer.key("counts")
    Self.counts(counts, into: &writer)
    writer.key("redactions")
    Self.counts(redactions.map { ($0.type, $0.count) }, into: &writer)
    writer.key("outputs")
    Self.files(outputs, into: &writer)
    if let verdict {
      writer.key("verdict")
      writer.string(verdict)
    }
    writer.key("started")
    writer.string(started)
    writer.key("finished")
    writer.string(finished)
    writer.endObject()
    return Self.indentMembers(writer.string)
  }

  /// Writes named counts as one JSON object, in the given order.
  private static func counts(_ counts: [(name: String, value: Int)], into writer: inout JSONWriter) {
    writer.beginObject()
    for count in counts {
      writer.key(count.name)
      writer.number(count.value)
    }
    writer.endObject()
  }

  private static func files(_ files: [FileRecord], into writer: inout JSONWriter) {
    writer.beginArray()
    for file in files {
      writer.beginObject()
      writer.key("role")
      writer.string(file.role)
      writer.key("path")
      writer.string(file.path)
      writer.key("bytes")
      writer.number(file.bytes)
      writer.key("sha256")
      writer.string(file.sha256)
      writer.endObject()
    }
    writer.endArray()
  }

  /// Puts each top-level member on its own line.
  private static func indentMembers(_ compact: String) -> String {
    guard case .object(let members)? = try? JSONParser.parse(compact) else { return compact + "\n" }
    var lines: [String] = []
    for member in members {
      var writer = JSONWriter()
      writer.beginObject()
      writer.key(member.key)
      writer.value(member.value)
      writer.endObject()
      let text = writer.string
      lines.append("  " + String(text.dropFirst().dropLast()))
    }
    return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
  }

  /// The current UTC time as ISO 8601 ("2026-11-30T05:12:09Z").
  public static func now() -> String {
    var seconds = time(nil)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
      + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
  }
}
