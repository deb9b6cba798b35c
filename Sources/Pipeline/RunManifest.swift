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
    /// The file it was read from as given on the command line (nil: embedded in the binary).
    public var path: String?
    /// The size in bytes of what was hashed.
    public var bytes: Int?
    /// The lexicon format it was read as (`verbatim`, `vader`, `afinn` …), nil for a codebook.
    public var format: String?

    public init(
      role: String, name: String, version: String? = nil, entries: Int? = nil, sha256: String, path: String? = nil,
      bytes: Int? = nil, format: String? = nil
    ) {
      self.role = role
      self.name = name
      self.version = version
      self.entries = entries
      self.sha256 = sha256
      self.path = path
      self.bytes = bytes
      self.format = format
    }
  }

  public var command: [String]
  /// The working directory the command's relative paths are relative to (QA review 41: the
  /// manifest alone could not locate "demo/feedback-export.xml").
  public var workingDirectory: String = RunManifest.currentDirectory()
  /// The running executable and the ICU and libxml2 libraries it loaded, with their SHA-256 (QA
  /// review 41: the version alone does not say which build made a decision; the rules are code).
  public var executables: [LoadedObject] = []
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
    if !executables.isEmpty {
      writer.key("files")
      writer.beginArray()
      for object in executables {
        writer.beginObject()
        writer.key("role")
        writer.string(object.role)
        writer.key("path")
        writer.string(object.path)
        writer.key("bytes")
        writer.number(object.bytes)
        writer.key("build_id")
        if let id = object.buildID { writer.string(id) } else { writer.null() }
        writer.endObject()
      }
      writer.endArray()
    }
    writer.endObject()
    writer.key("command")
    writer.beginArray()
    for argument in command { writer.string(argument) }
    writer.endArray()
    writer.key("working_directory")
    writer.string(workingDirectory)
    writer.key("inputs")
    writer.value(.array(inputs.map(\.json)))
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
      if let format = resource.format {
        writer.key("format")
        writer.string(format)
      }
      writer.key("path")
      if let path = resource.path { writer.string(path) } else { writer.null() }
      if let bytes = resource.bytes {
        writer.key("bytes")
        writer.number(bytes)
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
      // As the unsigned number given (QA review 41: 2^64 − 1 was written as -1).
      writer.key("seed")
      writer.value(.number(String(seed)))
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
    writer.value(.array(outputs.map(\.json)))
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

  /// The working directory, "" when it cannot be read.
  public static func currentDirectory() -> String {
    guard let path = getcwd(nil, 0) else { return "" }
    defer { free(path) }
    return String(cString: path)
  }

  /// The running executable and the ICU and libxml2 shared libraries it loaded, each with its path,
  /// size and GNU build ID (the linker's digest of the build, read from the loaded image: nothing
  /// is hashed, so a manifest costs no time); none where the platform has no `dl_iterate_phdr`.
  public static func loadedExecutables() -> [LoadedObject] { LoadedObject.all() }

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
