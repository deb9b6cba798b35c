/// What the lines of a Triple-S fixed-width data file show about how its positions are counted:
/// characters or bytes. The two differ only on a line with multi-byte UTF-8 characters, and one
/// reading holds for the whole file (QA review 40: it was chosen line by line, so a line a
/// character-counting writer had trimmed was read in bytes, and a line a byte-counting writer had
/// padded past the record was read in characters, both with exit 0).
///
/// Such a line is
/// - *decisive for characters* when its characters fit the record and its bytes do not (data past
///   the record's last position, or a field boundary inside a character), or when both fit with
///   different fields and it is exactly the record's length in characters (blanks past it in
///   bytes: a writer that counts bytes stops at the record's end);
/// - *decisive for bytes* when its bytes fit the record, it is short in characters, and it ends in
///   a blank: a character-counting writer that pads reaches the record length, one that trims leaves
///   no trailing blank;
/// - *ambiguous* when both readings fit with different fields otherwise, or when its bytes fit and it is
///   short in characters without a trailing blank (a character-counting writer that trims);
/// - no evidence otherwise (both readings give the same fields, or neither fits: a reject either way).
///
/// "Fit" is the reader's test: the line reaches the record length and holds only blanks after it.
struct FixedWidthEvidence {
  /// How many lines, and the first of them.
  struct Tally {
    var count = 0
    var first = 0

    mutating func add(_ line: Int) {
      if count == 0 { first = line }
      count += 1
    }
  }

  /// What one line shows.
  enum LineFit: Equatable {
    /// Both readings give the same fields, or neither fits.
    case noEvidence
    case onlyCharacters
    case onlyBytes
    /// Both readings are possible with different results; the text says how, for a message.
    case ambiguous(String)
  }

  private(set) var onlyCharacters = Tally()
  private(set) var onlyBytes = Tally()
  private(set) var ambiguous = Tally()
  /// How the first ambiguous line reads both ways.
  private(set) var ambiguity = ""

  /// Adds a line that is valid UTF-8 with at least one multi-byte character (`scalars` are its
  /// characters, fewer than its `bytes`).
  mutating func add(
    line: Int, bytes: [UInt8], scalars: [Unicode.Scalar], variables: [TripleSMetadata.Variable], recordLength: Int
  ) {
    switch Self.classify(bytes: bytes, scalars: scalars, variables: variables, recordLength: recordLength) {
    case .noEvidence: break
    case .onlyCharacters: onlyCharacters.add(line)
    case .onlyBytes: onlyBytes.add(line)
    case .ambiguous(let how):
      if ambiguous.count == 0 { ambiguity = how }
      ambiguous.add(line)
    }
  }

  /// Whether `units` fill `length` positions, with nothing but blanks after them.
  static func fits<T: Equatable>(_ units: [T], _ length: Int, blank: T) -> Bool {
    units.count >= length && units[length...].allSatisfy { $0 == blank }
  }

  /// The first variable whose positions, counted in bytes, start or end inside a UTF-8 character
  /// of `bytes` (a valid UTF-8 line), or nil.
  static func splitVariable(_ bytes: [UInt8], _ variables: [TripleSMetadata.Variable]) -> TripleSMetadata.Variable? {
    func continues(_ index: Int) -> Bool { index < bytes.count && bytes[index] & 0xC0 == 0x80 }
    return variables.first { variable in
      let start = max(variable.start - 1, 0)
      return continues(start) || continues(start + variable.width)
    }
  }

  /// What a line with multi-byte characters shows (see the type's comment).
  static func classify(
    bytes: [UInt8], scalars: [Unicode.Scalar], variables: [TripleSMetadata.Variable], recordLength: Int
  ) -> LineFit {
    let inCharacters = fits(scalars, recordLength, blank: " ")
    let inBytes = fits(bytes, recordLength, blank: 0x20) && splitVariable(bytes, variables) == nil
    switch (inCharacters, inBytes) {
    case (true, false): return .onlyCharacters
    case (false, false): return .noEvidence
    case (false, true):
      // Short in characters (fewer characters than bytes, and the bytes fit).
      if bytes.last == 0x20 { return .onlyBytes }
      return .ambiguous(
        "it is \(scalars.count) characters (\(bytes.count) bytes) long: counted in bytes it fills the record's "
          + "\(recordLength) positions, counted in characters it is \(recordLength - scalars.count) short "
          + "(as a writer that counts characters and trims trailing blanks leaves it)")
    case (true, true):
      // Both fit: it matters only if a field differs (trailing blanks are padding either way).
      func trimmed<S: Collection>(_ units: S, blank: S.Element) -> S.SubSequence where S.Element: Equatable {
        var end = units.endIndex
        while end > units.startIndex, units[units.index(end, offsetBy: -1)] == blank {
          end = units.index(end, offsetBy: -1)
        }
        return units[units.startIndex..<end]
      }
      for variable in variables {
        let start = max(variable.start - 1, 0)
        let characters = scalars[min(start, scalars.count)..<min(start + variable.width, scalars.count)]
        let octets = bytes[min(start, bytes.count)..<min(start + variable.width, bytes.count)]
        let asCharacters = String(String.UnicodeScalarView(trimmed(characters, blank: " ")))
        let asBytes = String(decoding: trimmed(octets, blank: 0x20), as: UTF8.self)
        if asCharacters != asBytes {
          // Exactly the record in characters, past it in bytes: a writer counting bytes would have
          // stopped at the record's end (one that pads past it fits neither exactly: review's B).
          if scalars.count == recordLength { return .onlyCharacters }
          return .ambiguous(
            "it is \(scalars.count) characters (\(bytes.count) bytes) long, and both fit the record's "
              + "\(recordLength) positions, but variable \(variable.name) (positions \(variable.start)–"
              + "\(variable.start + variable.width - 1)) reads differently counted in characters and in bytes")
        }
      }
      return .noEvidence
    }
  }

  /// The reading for the whole file, and why (for the note), given `--positions` (`given`).
  /// - Throws: `ImportError.undecidedReading` when lines decide both ways, or a line is ambiguous
  ///   and none decides.
  func decide(given: FixedWidthPositions?, dataPath: String) throws(ImportError) -> (
    positions: FixedWidthPositions, why: String
  ) {
    if let given { return (given, "as --positions \(given.rawValue) says") }
    let choose =
      "give --positions characters (a writer that counts characters) or --positions bytes (one that counts bytes)"
    switch (onlyCharacters.count > 0, onlyBytes.count > 0) {
    case (true, true):
      let (later, earlier) =
        onlyCharacters.first > onlyBytes.first
        ? (onlyCharacters.first, (onlyBytes.first, "bytes")) : (onlyBytes.first, (onlyCharacters.first, "characters"))
      let laterUnit = earlier.1 == "bytes" ? "characters" : "bytes"
      throw .undecidedReading(
        path: dataPath, line: later, column: 0,
        message:
          "the fixed-width positions fit this line only counted in \(laterUnit), and line \(earlier.0) only counted in "
          + "\(earlier.1) (\(onlyCharacters.count) line(s) one way, \(onlyBytes.count) the other): the file mixes the two; "
          + "\(choose) to read it one way, the lines that do not fit it being rejected")
    case (true, false):
      return (.characters, "line \(onlyCharacters.first) fits the record only so")
    case (false, true):
      return (.bytes, "line \(onlyBytes.first) fits the record only so")
    case (false, false):
      guard ambiguous.count == 0 else {
        throw .undecidedReading(
          path: dataPath, line: ambiguous.first, column: 0,
          message:
            "the fixed-width positions can be counted in characters or in bytes here, and no line of the file shows "
            + "which (\(ambiguous.count) line(s) read either way): \(ambiguity); \(choose)")
      }
      return (.characters, "no line with multi-byte characters fits the record only in bytes")
    }
  }
}
