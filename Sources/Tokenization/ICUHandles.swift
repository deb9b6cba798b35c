internal import ICUBridge
public import VerbatimCore

/// Errors from the tokenization stage.
public enum TokenizationError: Error, Sendable, CustomStringConvertible {
  /// ICU could not open a break iterator or normalizer (its data is missing or damaged).
  case icuUnavailable(what: String, icuError: String)
  /// ICU failed on a text (should not happen for valid UTF-8).
  case icuFailed(what: String, icuError: String)
  /// A text is longer than ICU's 32-bit offsets allow.
  case textTooLong(bytes: Int)
  /// A regular expression ran past its time limit on a text (catastrophic backtracking).
  case regexTooSlow(pattern: String)
  /// A text has more tokens than one verbatim may have (`Tokenizer.maximumTokens`).
  case tooManyTokens(limit: Int)
  /// A regular expression that does not compile: ICU's error, and the 0-based offset in the
  /// pattern where ICU found it (as ICU counts: code points for an ASCII pattern).
  case invalidRegex(pattern: String, offset: Int, icuError: String)

  public var description: String {
    switch self {
    case .icuUnavailable(let what, let icuError):
      return "cannot open ICU \(what) (\(icuError)); is libicu installed? `make test` installs it"
    case .icuFailed(let what, let icuError): return "ICU \(what) failed: \(icuError)"
    case .textTooLong(let bytes): return "text of \(bytes) bytes exceeds the 2 GiB limit of one verbatim"
    case .tooManyTokens(let limit):
      return "the text has more than \(limit) tokens, the most one verbatim may have (so that memory stays "
        + "bounded on any input); split it into shorter texts"
    case .regexTooSlow(let pattern):
      return
        "the regular expression /\(pattern)/ ran past its time limit: it backtracks without end (nested repetition "
        + "such as (a+)+, or alternatives that can match the same text under a repetition such as (a|aa)*); rewrite "
        + "it so that each part of a text can match only one way (`verbatim taxonomy lint` probes for this)"
    case .invalidRegex(let pattern, let offset, let icuError):
      let place =
        offset >= pattern.unicodeScalars.count
        ? "at the end of the pattern" : "at character \(offset + 1) of the pattern"
      return "\(Self.regexProblem(icuError)) (\(place); ICU \(icuError))"
    }
  }

  /// ICU's regular-expression syntax errors in words (QA review 14 saw only the ICU names).
  public static func regexProblem(_ icuError: String) -> String {
    switch icuError {
    case "U_REGEX_MISSING_CLOSE_BRACKET": return "a [set] is not closed with ']'"
    case "U_REGEX_MISMATCHED_PAREN": return "the parentheses do not match"
    case "U_REGEX_RULE_SYNTAX":
      return "syntax error (e.g. a quantifier with nothing to repeat, as in \"a**\" or \"*a\")"
    case "U_REGEX_BAD_ESCAPE_SEQUENCE": return "unknown escape sequence after '\\'"
    case "U_REGEX_BAD_INTERVAL": return "a {min,max} repetition is malformed"
    case "U_REGEX_MAX_LT_MIN": return "in a {min,max} repetition, max is less than min"
    case "U_REGEX_INVALID_RANGE": return "a range in a [set] runs backwards (as [z-a])"
    case "U_REGEX_NUMBER_TOO_BIG": return "a number in the pattern is too big"
    case "U_REGEX_PROPERTY_SYNTAX": return "a \\p{…} property is malformed or unknown"
    case "U_REGEX_LOOK_BEHIND_LIMIT": return "a look-behind must match a bounded length"
    case "U_REGEX_INVALID_FLAG": return "unknown flag in (?…)"
    case "U_REGEX_INVALID_CAPTURE_GROUP_NAME": return "a capture group name is invalid"
    case "U_REGEX_UNIMPLEMENTED": return "a construct ICU's regular expressions do not support"
    default: return "invalid syntax"
    }
  }
}

func icuErrorName(_ status: Int32) -> String { String(cString: vb_error_name(status)) }

/// One ICU break iterator, reused for every text a worker sees. Not thread-safe: one per worker.
final class BreakIteratorHandle {
  private let handle: OpaquePointer
  private var scratch: [Int32] = []
  let kindName: String

  init(sentences: Bool, locale: String = "") throws(TokenizationError) {
    var status: Int32 = 0
    kindName = sentences ? "sentence break iterator" : "word break iterator"
    guard let opened = vb_breaker_open(Int32(sentences ? VB_BREAK_SENTENCE : VB_BREAK_WORD), locale, &status) else {
      throw .icuUnavailable(what: kindName, icuError: icuErrorName(status))
    }
    handle = opened
  }

  deinit { vb_breaker_close(handle) }

  /// Appends every boundary after 0 to `boundaries` (UTF-8 byte offsets; the last equals the length).
  func boundaries(_ bytes: UnsafeBufferPointer<UInt8>, into boundaries: inout [Int32]) throws(TokenizationError) {
    guard bytes.count < Int(Int32.max) else { throw .textTooLong(bytes: bytes.count) }
    guard let base = bytes.baseAddress, bytes.count > 0 else { return }
    // There are never more boundaries than bytes.
    if scratch.count < bytes.count + 1 { scratch = [Int32](repeating: 0, count: bytes.count + 1) }
    let capacity = Int32(scratch.count)
    var status: Int32 = 0
    let handle = self.handle
    let written = scratch.withUnsafeMutableBufferPointer { buffer in
      base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
        vb_breaker_boundaries(handle, chars, Int32(bytes.count), buffer.baseAddress, nil, capacity, &status)
      }
    }
    guard written >= 0 else { throw .icuFailed(what: kindName, icuError: icuErrorName(status)) }
    boundaries.append(contentsOf: scratch[0..<Int(written)])
  }
}

/// ICU's NFKC_Casefold normalizer with reusable buffers. Not thread-safe: one per worker.
final class NormalizerHandle {
  private let handle: OpaquePointer
  /// Where ICU writes a result before it is appended to the caller's array (so the array is never
  /// grown by a zero-filled worst case and shrunk again per token).
  private var scratch: UnsafeMutablePointer<CChar>
  private var scratchCapacity = 256

  init() throws(TokenizationError) {
    var status: Int32 = 0
    guard let opened = vb_normalizer_open(&status) else {
      throw .icuUnavailable(what: "normalizer", icuError: icuErrorName(status))
    }
    handle = opened
    scratch = .allocate(capacity: scratchCapacity)
  }

  deinit {
    vb_normalizer_close(handle)
    scratch.deallocate()
  }

  /// Appends NFKC_Casefold(bytes) to `output`.
  func appendCaseFolded(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) throws(TokenizationError) {
    try append(bytes, to: &output, form: -1)
  }

  /// Appends NFC (form 0) or NFD (form 1) of bytes to `output`.
  func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], form: Int32) throws(TokenizationError) {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return }
    ensureScratch(bytes.count * 3 + 16)
    while true {
      var status: Int32 = 0
      let written = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { source in
        form < 0
          ? vb_normalizer_casefold(handle, source, Int32(bytes.count), scratch, Int32(scratchCapacity), &status)
          : vb_normalizer_normalize(handle, form, source, Int32(bytes.count), scratch, Int32(scratchCapacity), &status)
      }
      if written == Int32.min { throw .icuFailed(what: "normalization", icuError: icuErrorName(status)) }
      if written < 0 {
        ensureScratch(Int(-written) + 1)
        continue
      }
      scratch.withMemoryRebound(to: UInt8.self, capacity: Int(written)) { result in
        output.append(contentsOf: UnsafeBufferPointer(start: result, count: Int(written)))
      }
      return
    }
  }

  private func ensureScratch(_ capacity: Int) {
    guard capacity > scratchCapacity else { return }
    scratch.deallocate()
    scratchCapacity = max(capacity, scratchCapacity * 2)
    scratch = .allocate(capacity: scratchCapacity)
  }
}

/// Versions of the ICU library in use, for manifests.
public enum ICUInfo {
  /// ICU's version, e.g. "72.1".
  public static var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    vb_icu_version(&buffer)
    return cString(buffer)
  }

  /// The Unicode version ICU implements, e.g. "15.0".
  public static var unicodeVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    vb_unicode_version(&buffer)
    return cString(buffer)
  }
}

/// The text of a NUL-terminated C buffer.
private func cString(_ buffer: [CChar]) -> String {
  let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
  return String(decoding: bytes, as: UTF8.self)
}

/// Tokenization errors are about the text at hand: a line-based command names its file and line.
extension TokenizationError: LineScopedError {}
