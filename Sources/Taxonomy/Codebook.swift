/// A versioned codebook: the tags coders (and the tagger) assign to verbatims, with the coding
/// instruction, the rules that find each tag, and examples that test them.
public struct Codebook: Sendable, Equatable {
  /// Stable identifier (`customer-feedback`).
  public var id: String
  /// Release version: semantic versioning, `MAJOR.MINOR.PATCH` (`taxonomy lint` warns about
  /// another form, `taxonomy diff` about a change without a higher version).
  public var version: String
  /// Languages of the rules and examples (BCP 47 codes).
  public var languages: [String]
  /// What the codebook is for.
  public var description: String
  /// Tags in file order (children follow their parents when written nested).
  public var tags: [CodebookTag] {
    // A changed rule may hold a regular expression nobody compiled.
    didSet { regexesKnownValid = false }
  }
  /// Where the codebook was read from (for messages).
  public var source: String
  /// Where `version` is written, when read from a file (for lint messages).
  public var versionLocation: SourceLocation?
  /// Whether every regular expression of the rules is known to compile, so compiling the codebook
  /// for tagging need not compile each to check it (`RuleParser.validatesRegexes`; the tagger
  /// compiles a regex when a text first needs it searched). Set for a codebook shipped in the binary,
  /// as `shipped(_:)` reads it: the test suite compiles every regex of the shipped codebooks
  /// (`ShippedRegexTests`), and `taxonomy lint` always does. Any change of `tags` clears it.
  var regexesKnownValid = false

  public init(
    id: String, version: String, languages: [String] = [], description: String = "", tags: [CodebookTag],
    source: String = "<memory>"
  ) {
    self.id = id
    self.version = version
    self.languages = languages
    self.description = description
    self.tags = tags
    self.source = source
  }

  /// The index of the tag with `code` (first one when codes are duplicated).
  public func index(of code: String) -> Int? { tags.firstIndex { $0.code == code } }

  /// Equal content (`regexesKnownValid` records how the codebook was read, not what it holds).
  public static func == (left: Codebook, right: Codebook) -> Bool {
    left.id == right.id && left.version == right.version && left.languages == right.languages
      && left.description == right.description && left.tags == right.tags && left.source == right.source
      && left.versionLocation == right.versionLocation
  }
}

/// One tag (code) of a codebook. (Named `CodebookTag` so it does not clash with `Testing.Tag` or
/// `Yams.Tag` in files that import those modules.)
public struct CodebookTag: Sendable, Equatable {
  /// Stable dotted code: `service.wait_time`; the part before the last dot names the parent.
  public var code: String
  /// Short human label.
  public var label: String
  /// The coding instruction human coders read.
  public var description: String
  /// The parent tag's code: explicit `parent`, else the enclosing tag when nested, else the code's
  /// dotted prefix; nil for a top-level tag.
  public var parent: String?
  /// Whether `parent` was written explicitly (lint compares it with the dotted prefix).
  public var parentIsExplicit: Bool
  /// The code of the tag this one is written nested under (`children:`); nil at the top level.
  /// Lint compares it with the dotted prefix.
  public var enclosingCode: String? = nil
  /// Rules: the tag applies when any rule matches…
  public var rules: [RuleSource]
  /// …outside the sentences where an exclusion matches (an exclusion that matches no words, a
  /// `meta.` condition, withholds the tag from the whole text).
  public var exclude: [RuleSource]
  /// Texts the tag must be assigned to.
  public var matchExamples: [Example]
  /// Texts the tag must not be assigned to.
  public var noMatchExamples: [Example]
  /// Optional severity (free text such as `low`, `high`), for routing and reports.
  public var severity: String?
  /// Optional team or queue that negative verbatims with this tag go to.
  public var route: String?
  /// A fallback tag (YAML `fallback: true`) is for what no topic covers — general praise or
  /// thanks, general dissatisfaction: it is assigned only when no tag that is not a fallback is
  /// assigned to the same text (as a parent is only when none of its descendants is; see
  /// `TaggingOptions.mostSpecific`, which turns both off).
  public var fallback: Bool = false
  /// Where the tag's mapping starts.
  public var location: SourceLocation

  public init(
    code: String, label: String, description: String = "", parent: String? = nil, parentIsExplicit: Bool = false,
    rules: [RuleSource] = [], exclude: [RuleSource] = [], matchExamples: [Example] = [],
    noMatchExamples: [Example] = [], severity: String? = nil, route: String? = nil, fallback: Bool = false,
    location: SourceLocation = SourceLocation(file: "<memory>", line: 1, column: 1)
  ) {
    self.code = code
    self.label = label
    self.description = description
    self.parent = parent
    self.parentIsExplicit = parentIsExplicit
    self.rules = rules
    self.exclude = exclude
    self.matchExamples = matchExamples
    self.noMatchExamples = noMatchExamples
    self.severity = severity
    self.route = route
    self.fallback = fallback
    self.location = location
  }
}

/// A rule's text and where it starts in the codebook file.
public struct RuleSource: Sendable, Equatable, Hashable {
  public var text: String
  /// Location of the rule's first character.
  public var location: SourceLocation

  /// Where the code points of `text` are written (see `positions`).
  private(set) var written: WrittenPositions

  /// The source line and column of each code point of `text`, then one position just after its
  /// last character (YAML escapes, line folding and block indentation make offsets and columns
  /// differ); nil when unknown (a rule built in memory).
  var positions: [SourcePosition]? {
    switch written {
    case .unknown: return nil
    case .listed(let positions): return positions
    case .run(let run):
      return (0...run.count).map { SourcePosition(line: run.line, column: run.column(atOffset: $0)) }
    }
  }

  public init(_ text: String, location: SourceLocation = SourceLocation(file: "<memory>", line: 1, column: 1)) {
    self.text = text
    self.location = location
    self.written = .unknown
  }

  init(_ text: String, location: SourceLocation, positions: [SourcePosition]?) {
    self.text = text
    self.location = location
    self.written = positions.map { .listed($0) } ?? .unknown
  }

  /// A rule whose code points are written one after another on one line (`WrittenRun`).
  init(_ text: String, location: SourceLocation, run: WrittenRun) {
    self.text = text
    self.location = location
    self.written = .run(run)
  }

  /// The location of the rule's `offset`-th code point (`text`'s length: just after the rule).
  func location(atOffset offset: Int) -> SourceLocation {
    switch written {
    case .run(let run):
      return SourceLocation(
        file: location.file, line: run.line, column: run.column(atOffset: min(max(offset, 0), run.count)))
    case .listed(let positions) where !positions.isEmpty:
      let position = positions[min(max(offset, 0), positions.count - 1)]
      return SourceLocation(file: location.file, line: position.line, column: position.column)
    default:
      return SourceLocation(file: location.file, line: location.line, column: location.column + offset)
    }
  }

  public static func == (left: RuleSource, right: RuleSource) -> Bool {
    left.text == right.text && left.location == right.location
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(location)
  }
}

/// Where the code points of a rule are written in its codebook file: unknown (a rule built in
/// memory), a position each, or a run of consecutive columns on one line (most rules: one array of
/// positions a rule cost 7M instructions for the shipped codebook's 173,000 characters of rules).
enum WrittenPositions: Sendable {
  case unknown
  case listed([SourcePosition])
  case run(WrittenRun)
}

/// `count` code points written one after another from `column` of `line`, one column each but
/// those at offsets `quotes` (sorted), two (a quote a single-quoted scalar doubles).
struct WrittenRun: Sendable, Equatable {
  var line: Int
  var column: Int
  var count: Int
  var quotes: [Int32] = []

  /// The column of the code point at `offset` (0…`count - 1`), or the column just after the last
  /// one (`count`).
  func column(atOffset offset: Int) -> Int {
    if offset == count && count > 0 { return column(atOffset: count - 1) + 1 }
    var doubled = 0
    for quote in quotes where Int(quote) < offset { doubled += 1 }
    return column + offset + doubled
  }
}

/// A 1-based line and column (in code points) of a codebook file.
struct SourcePosition: Sendable, Equatable {
  var line: Int
  var column: Int
}

/// An example verbatim of a tag, with optional metadata for rules that test `meta.…` fields.
public struct Example: Sendable, Equatable {
  public var text: String
  public var metadata: [String: String]
  /// The survey question the example answers, for rules with `QUESTION(…)` (nil: none).
  public var question: String?
  public var location: SourceLocation

  public init(
    _ text: String, metadata: [String: String] = [:], question: String? = nil,
    location: SourceLocation = SourceLocation(file: "<memory>", line: 1, column: 1)
  ) {
    self.text = text
    self.metadata = metadata
    self.question = question
    self.location = location
  }

  /// The metadata as `key=value`, sorted by key, then the question as `question=…`.
  var sortedMetadata: [String] {
    metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + (question.map { ["question=\($0)"] } ?? [])
  }

  /// The metadata the tagger reads for the example: its `meta` fields and its question.
  var ruleMetadata: [String: String] {
    guard let question else { return metadata }
    var fields = metadata
    fields[RuleExpression.questionKey] = question
    return fields
  }

  /// What makes two examples of one tag the same test: `role` (`match` or `no_match`), the text,
  /// the metadata and the question (lint's repeated examples, diff's added and removed examples).
  func identity(role: String) -> String { ([role, text] + sortedMetadata).joined(separator: "\u{0}") }
}

extension Codebook {
  /// `version` as semantic versioning's MAJOR.MINOR.PATCH (a leading "v" allowed; a pre-release
  /// or build suffix after "-" or "+" ignored), or nil when it is not of that form.
  public var semanticVersion: (major: Int, minor: Int, patch: Int)? {
    var text = Substring(version)
    if text.first == "v" || text.first == "V" { text = text.dropFirst() }
    if let suffix = text.firstIndex(where: { $0 == "-" || $0 == "+" }) { text = text[..<suffix] }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
      let major = Int(parts[0]), let minor = Int(parts[1]), let patch = Int(parts[2]),
      major >= 0, minor >= 0, patch >= 0
    else { return nil }
    return (major, minor, patch)
  }
}
