/// The prefilters an `ICURegex` searches with, found from its pattern alone: the bytes a match can
/// start with (`RegexFirstBytes`) and the literal every match starts with (`RegexLiteralPrefix`). A
/// text without either is not searched. Made without compiling the pattern, so that the tagger can
/// pair regexes with the same prefilters before it compiles any (it compiles each when a text first
/// needs it searched).
public struct RegexPrefilters: Sendable, Equatable {
  /// The bytes a match can start with, when the pattern tells.
  let firstBytes: [Bool]?
  /// The literal every match starts with and whether it is compared without case, when the pattern
  /// tells (an ASCII text without it is not searched).
  let literal: (bytes: [UInt8], caseInsensitive: Bool)?

  /// The prefilters of `pattern`.
  public init(pattern: String, caseInsensitive: Bool) {
    firstBytes = RegexFirstBytes.table(pattern: pattern, caseInsensitive: caseInsensitive)
    literal = RegexLiteralPrefix.literal(pattern: pattern, caseInsensitive: caseInsensitive)
  }

  private init() {
    firstBytes = nil
    literal = nil
  }

  /// No prefilter: every text is searched.
  static let none = RegexPrefilters()

  /// Whether a text can be ruled out without a search.
  public var isEmpty: Bool { firstBytes == nil && literal == nil }

  /// Whether these are prefilters and `other` has the same ones: a text these rule out, `other`'s
  /// rule out too. (The shipped codebook's two "return" patterns both start with the literal
  /// "return".)
  public func isSame(as other: RegexPrefilters) -> Bool { !isEmpty && self == other }

  public static func == (left: RegexPrefilters, right: RegexPrefilters) -> Bool {
    left.firstBytes == right.firstBytes && left.literal?.bytes == right.literal?.bytes
      && left.literal?.caseInsensitive == right.literal?.caseInsensitive
  }
}
