import Foundation

/// The VADER profile's data, kept exactly as vaderSentiment 3.3.2 keeps it: raw (not normalised)
/// keys, matched against `str.lower()` of whitespace tokens.
struct VaderTables: Sendable {
  /// The rule words of vaderSentiment.py (NEGATE, BOOSTER_DICT, SPECIAL_CASES), as data.
  static let rulesFileName = "vader-profile-rules.tsv"

  var lexicon = CodePointDictionary<Double>()
  /// Where each `lexicon` value comes from: the file (an index into `lexiconFiles`) and line that set
  /// it, for `--explain` (QA review 36, F14: every term was credited to "vader lexicon", even one
  /// from another file).
  var lexiconOrigins = CodePointDictionary<(file: Int32, line: Int32)>()
  /// The lexicon files read, as given.
  var lexiconFiles: [String] = []
  /// Emoji (one code point) → description; keys of more than one code point can never match in
  /// VADER (it walks the text one code point at a time) and are dropped.
  var emoji: [UInt32: String] = [:]
  var negators = CodePointDictionary<Bool>()
  var boosters = CodePointDictionary<Double>()
  var specialCases = CodePointDictionary<Double>()

  /// What `addLexicon` read: its entries, and those whose term holds white space, which VADER
  /// never looks up (it scores one whitespace-separated word at a time).
  struct LexiconReading {
    var count = 0
    var spacedCount = 0
    var firstSpaced: (term: String, line: Int)?
  }

  /// `make_lex_dict`: each non-empty line, stripped, split on tabs; first two fields; later wins.
  mutating func addLexicon(_ file: DataFile) throws(SentimentError) -> LexiconReading {
    var reading = LexiconReading()
    let fileIndex = Int32(lexiconFiles.count)
    lexiconFiles.append(file.name)
    for (number, line) in VaderText.lines(file.contents) where !line.isEmpty {
      let fields = LexiconParser.split(Substring(VaderText.strip(String(line))), on: 0x09)
      guard fields.count >= 2 else {
        throw .badLine(file: file.name, line: number, reason: "expected term<TAB>valence (VADER lexicon format)")
      }
      guard let value = Double(VaderText.strip(String(fields[1]))) else {
        throw .badLine(file: file.name, line: number, reason: "valence \"\(fields[1])\" is not a number")
      }
      let term = String(fields[0])
      lexicon[term] = value
      lexiconOrigins[term] = (fileIndex, Int32(truncatingIfNeeded: number))
      if term.unicodeScalars.contains(where: { VaderText.isSpace($0.value) }) {
        reading.spacedCount += 1
        if reading.firstSpaced == nil { reading.firstSpaced = (term, number) }
      }
      reading.count += 1
    }
    return reading
  }

  /// Where the value of the lexicon term `term` comes from ("vader_lexicon.txt:3021"), or nil.
  func origin(of term: String) -> String? {
    guard let (file, line) = lexiconOrigins[term] else { return nil }
    return "\(lexiconFiles[Int(file)]):\(line)"
  }

  /// `make_emoji_dict`: every line, stripped, split on tabs; first two fields.
  /// Reads VADER's emoji → description file; returns the lines read and the emoji described twice
  /// (the later description wins, as in VADER's dictionary; QA review 32, M2: not said).
  mutating func addEmoji(_ file: DataFile) throws(SentimentError) -> (
    count: Int, duplicates: [(emoji: String, first: Int, line: Int)]
  ) {
    var count = 0
    var firstLine: [UInt32: Int] = [:]
    var duplicates: [(emoji: String, first: Int, line: Int)] = []
    for (number, line) in VaderText.lines(file.contents) {
      let fields = LexiconParser.split(Substring(VaderText.strip(String(line))), on: 0x09)
      guard fields.count >= 2 else {
        throw .badLine(file: file.name, line: number, reason: "expected emoji<TAB>description (VADER emoji format)")
      }
      let scalars = fields[0].unicodeScalars
      if scalars.count == 1, let scalar = scalars.first {
        if let first = firstLine.updateValue(number, forKey: scalar.value) {
          duplicates.append((String(fields[0]), first, number))
        }
        emoji[scalar.value] = String(fields[1])
      }
      count += 1
    }
    return (count, duplicates)
  }

  /// `kind<TAB>term[<TAB>value]` with kind negator, booster or special.
  mutating func addRules(_ file: DataFile) throws(SentimentError) -> Int {
    var count = 0
    for (number, line) in LexiconParser.lines(file.contents) where !LexiconParser.isComment(line) {
      let fields = LexiconParser.split(line, on: 0x09).filter { !$0.isEmpty }.map { String($0.trimmingSpaces) }
      switch (fields.first, fields.count) {
      case ("negator", 2):
        negators[fields[1]] = true
      case ("booster", 3):
        guard let value = Double(fields[2]) else { throw .badLine(file: file.name, line: number, reason: "bad number") }
        boosters[fields[1]] = value
      case ("special", 3):
        guard let value = Double(fields[2]) else { throw .badLine(file: file.name, line: number, reason: "bad number") }
        specialCases[fields[1]] = value
      default:
        throw .badLine(
          file: file.name, line: number,
          reason: "expected negator<TAB>word, booster<TAB>word<TAB>value or special<TAB>phrase<TAB>value")
      }
      count += 1
    }
    return count
  }
}

/// Python `str` behaviour the VADER profile must copy.
enum VaderText {
  static func lines(_ contents: String) -> [(number: Int, text: Substring)] {
    // Python: text.rstrip('\n').split('\n').
    var lines = LexiconParser.splitLines(contents)
    while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
    var result: [(Int, Substring)] = []
    for (index, line) in lines.enumerated() {
      result.append((index + 1, line))
    }
    return result
  }

  /// Python `str.isspace()` for one code point.
  @inline(__always)
  static func isSpace(_ value: UInt32) -> Bool {
    switch value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// Python `str.strip()`.
  static func strip(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0.value) }) else { return "" }
    let last = scalars.lastIndex(where: { !isSpace($0.value) })!
    return String(scalars[first...last])
  }

  /// Python `str.split()`.
  static func split(_ text: String) -> [String] {
    var result: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isSpace(scalar.value) {
        if !current.isEmpty {
          result.append(String(current))
          current = String.UnicodeScalarView()
        }
      } else {
        current.append(scalar)
      }
    }
    if !current.isEmpty { result.append(String(current)) }
    return result
  }

  /// Whether a code point is in Python's `string.punctuation`.
  @inline(__always)
  static func isPunctuation(_ value: UInt32) -> Bool {
    switch value {
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
    default: return false
    }
  }

  /// `SentiText._strip_punc_if_word`: strip `string.punctuation` at both ends unless ≤ 2 code points remain.
  static func stripPunctuationIfWord(_ token: String) -> String {
    let scalars = token.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isPunctuation($0.value) }) else { return token }
    let last = scalars.lastIndex(where: { !isPunctuation($0.value) })!
    let stripped = scalars[first...last]
    if stripped.count <= 2 { return token }
    return String(stripped)
  }

  /// Python `str.isupper()`: at least one cased code point, and no lower-case or title-case one,
  /// on the Unicode 14.0 data of CPython 3.11, the Python this profile is measured against (QA
  /// review 41: Swift's newer data made U+1C89 and the Garay capitals upper-case, so "GREAT \u{1C89}"
  /// lost VADER's emphasis). A code point assigned after 14.0 is no letter there; six changed their
  /// case property since: U+0295 ʕ was lower-case, and U+10FC, U+AB69 and U+A7F2–U+A7F4 were not
  /// cased.
  static func isUpper(_ text: String) -> Bool {
    var cased = false
    for scalar in text.unicodeScalars {
      let properties = scalar.properties
      if let age = properties.age, age.major > 14 || (age.major == 14 && age.minor > 0) { continue }
      let isLowercase: Bool
      switch scalar.value {
      case 0x0295: isLowercase = true
      case 0x10FC, 0xAB69, 0xA7F2...0xA7F4: continue  // not cased in 14.0's data
      default: isLowercase = properties.isLowercase
      }
      if isLowercase || properties.generalCategory == .titlecaseLetter { return false }
      if properties.isUppercase { cased = true }
    }
    return cased
  }

  /// Python `round(value, digits)`: correctly rounded, ties to even on the exact binary value
  /// (glibc's printf rounds the same way).
  static func round(_ value: Double, digits: Int) -> Double {
    var buffer = [CChar](repeating: 0, count: 64)
    let format = "%.\(digits)f"
    _ = withVaList([value]) { arguments in
      buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, 64, format, arguments) }
    }
    let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let result = Double(text) ?? value
    return result == 0 ? 0 : result
  }
}

/// A dictionary keyed by strings compared code point by code point, as Python compares `str` keys
/// (QA review 41: Swift's `String` equality is canonical equivalence, so U+037E GREEK QUESTION
/// MARK found the lexicon's ";)" where vaderSentiment finds nothing).
struct CodePointDictionary<Value: Sendable>: Sendable {
  private struct Key: Hashable, Sendable {
    var text: String
    static func == (left: Key, right: Key) -> Bool { left.text.unicodeScalars.elementsEqual(right.text.unicodeScalars) }
    func hash(into hasher: inout Hasher) {
      for scalar in text.unicodeScalars { hasher.combine(scalar.value) }
    }
  }

  private var storage: [Key: Value] = [:]

  subscript(key: String) -> Value? {
    get { storage[Key(text: key)] }
    set { storage[Key(text: key)] = newValue }
  }

  func contains(_ key: String) -> Bool { storage[Key(text: key)] != nil }

  var count: Int { storage.count }
}
