internal import ICUBridge
import Synchronization

/// An ICU regular expression (https://unicode-org.github.io/icu/userguide/strings/regexp.html)
/// matched against UTF-8 bytes, for rules that need patterns tokens cannot express (order numbers,
/// reference codes).
///
/// Holds ICU matcher state: not thread-safe, so each worker has its own. A pattern is compiled once
/// per process: every later `ICURegex` of the same pattern and flags is a clone of that compilation
/// (`RegexTemplates`), with its own matcher state and limits.
public final class ICURegex {
  private let handle: OpaquePointer
  /// The pattern as given.
  public let pattern: String
  /// The prefilters a text is tested with before a search (none with `prefilter: false`).
  public let prefilters: RegexPrefilters

  /// Compiles `pattern`. Throws `TokenizationError.invalidRegex` with ICU's error and its offset
  /// in the pattern.
  /// `prefilter: false` searches every text (the tests compare both).
  public init(pattern: String, caseInsensitive: Bool = false, prefilter: Bool = true) throws(TokenizationError) {
    handle = try RegexTemplates.matcher(pattern: pattern, caseInsensitive: caseInsensitive)
    self.pattern = pattern
    prefilters = prefilter ? RegexPrefilters(pattern: pattern, caseInsensitive: caseInsensitive) : .none
  }

  deinit { vb_regex_close(handle) }

  /// Whether a text can be ruled out without a regex search: the pattern opens with a class
  /// (`RegexFirstBytes`) or a word (`RegexLiteralPrefix`). Without either, every text is searched.
  public var hasPrefilter: Bool { !prefilters.isEmpty }

  /// Whether this regex has prefilters and `other` has the same ones: a text that `matches`
  /// does not search for one (returns false), it does not search for the other. (The shipped
  /// codebook's two "return" patterns both start with the literal "return".)
  public func hasSamePrefilters(as other: ICURegex) -> Bool { prefilters.isSame(as: other.prefilters) }

  /// Appends the byte range of every non-overlapping match in `utf8` to `matches`, left to right.
  /// Empty matches are skipped. Returns whether the text was searched: false when it is empty or a
  /// prefilter ruled it out (then a regex with the same prefilters finds nothing in it either,
  /// see `hasSamePrefilters(as:)`).
  @discardableResult
  public func matches(
    in utf8: UnsafeBufferPointer<UInt8>, into matches: inout [Range<Int>]
  ) throws(TokenizationError) -> Bool {
    guard let base = utf8.baseAddress, utf8.count > 0 else { return false }
    guard utf8.count < Int(Int32.max) else { throw .textTooLong(bytes: utf8.count) }
    if let firstBytes = prefilters.firstBytes, !utf8.contains(where: { firstBytes[Int($0)] }) { return false }
    if let literal = prefilters.literal,
      RegexLiteralPrefix.asciiText(utf8, contains: literal.bytes, caseInsensitive: literal.caseInsensitive) == false
    {
      return false
    }
    var from: Int32 = 0
    while from <= Int32(utf8.count) {
      var start: Int32 = 0
      var end: Int32 = 0
      var status: Int32 = 0
      let found = base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { chars in
        vb_regex_find(handle, chars, Int32(utf8.count), from, &start, &end, &status)
      }
      if found < 0 {
        let name = icuErrorName(status)
        if name == "U_REGEX_TIME_OUT" || name == "U_REGEX_STACK_OVERFLOW" { throw .regexTooSlow(pattern: pattern) }
        throw .icuFailed(what: "regular expression match", icuError: name)
      }
      if found == 0 { return true }
      if end > start {
        matches.append(Int(start)..<Int(end))
        from = end
      } else {
        from = end + 1
      }
    }
    return true
  }
}

/// The compiled patterns of the process, one per pattern and flags, that `ICURegex` clones (ICU's
/// `uregex_clone` shares the compiled pattern: "faster than opening a second instance from the
/// source form of the expression, and requires less memory"). Compiling the shipped codebook's
/// patterns cost some 15M instructions, paid by the rule parser's check and again by every worker's
/// tagger. A template is never matched with, only cloned, under the lock. At most `capacity` are
/// kept (a clone keeps its pattern alive on its own: ICU counts the references).
enum RegexTemplates {
  /// An opened pattern, closed when the last reference goes.
  private final class Template: @unchecked Sendable {
    let handle: OpaquePointer
    init(_ handle: OpaquePointer) { self.handle = handle }
    deinit { vb_regex_close(handle) }
  }

  private struct Key: Hashable {
    var pattern: String
    var caseInsensitive: Bool
  }

  private static let capacity = 256
  private static let templates = Mutex<[Key: Template]>([:])

  /// A matcher of `pattern` with the limits of `vb_regex_open`: a clone of the process's compiled
  /// template, compiled first when there is none. Throws `TokenizationError.invalidRegex` with
  /// ICU's error and its offset in the pattern.
  static func matcher(pattern: String, caseInsensitive: Bool) throws(TokenizationError) -> OpaquePointer {
    let key = Key(pattern: pattern, caseInsensitive: caseInsensitive)
    if let cloned = templates.withLock({ $0[key].flatMap(clone) }) { return cloned }
    let template = Template(try open(pattern, caseInsensitive: caseInsensitive))
    let cloned = templates.withLock { templates in
      if templates[key] == nil {
        if templates.count >= capacity { templates.removeAll() }
        templates[key] = template
      }
      return clone(template)
    }
    // A clone fails only when memory runs out; a pattern of its own is the last resort.
    if let cloned { return cloned }
    return try open(pattern, caseInsensitive: caseInsensitive)
  }

  private static func clone(_ template: Template) -> OpaquePointer? {
    var status: Int32 = 0
    return vb_regex_clone(template.handle, &status)
  }

  private static func open(_ pattern: String, caseInsensitive: Bool) throws(TokenizationError) -> OpaquePointer {
    var errorLine: Int32 = 0
    var errorOffset: Int32 = 0
    var status: Int32 = 0
    let bytes = Array(pattern.utf8)
    let opened = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        vb_regex_open(
          chars.baseAddress, Int32(chars.count), caseInsensitive ? 2 : 0, &errorLine, &errorOffset, &status)
      }
    }
    guard let opened else {
      throw .invalidRegex(pattern: pattern, offset: Int(max(0, errorOffset)), icuError: icuErrorName(status))
    }
    return opened
  }
}
