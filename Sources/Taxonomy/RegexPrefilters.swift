import Tokenization

/// The prefilters an `ICURegex` of a pattern searches with (its first bytes and literal prefix),
/// found without compiling the pattern: the tagger pairs regexes with the same prefilters before it
/// compiles any (it compiles each when a text first needs it searched).
struct RegexPrefilters: Equatable {
  /// `RegexFirstBytes.table`, as `ICURegex` keeps it.
  var firstBytes: [Bool]?
  /// `RegexLiteralPrefix.literal`'s bytes and case-insensitivity, as `ICURegex` keeps them.
  var literalBytes: [UInt8]?
  var literalCaseInsensitive: Bool?

  init(pattern: String, caseInsensitive: Bool) {
    firstBytes = RegexFirstBytes.table(pattern: pattern, caseInsensitive: caseInsensitive)
    let literal = RegexLiteralPrefix.literal(pattern: pattern, caseInsensitive: caseInsensitive)
    literalBytes = literal?.bytes
    literalCaseInsensitive = literal?.caseInsensitive
  }

  /// `ICURegex.hasSamePrefilters(as:)` of the two patterns' regexes: this one has prefilters and
  /// `other` has the same ones.
  func isSame(as other: RegexPrefilters) -> Bool {
    guard firstBytes != nil || literalBytes != nil else { return false }
    return self == other
  }
}
