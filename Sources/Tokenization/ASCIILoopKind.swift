/// Which copy of `Tokenizer.tokenizeASCII`'s loop runs, as a type, so that the loop is specialized
/// for each with `plainASCII` a constant.
protocol ASCIILoopKind {
  /// Whether the text is ASCII and has no `ICURegions` (byte offsets are code-point offsets).
  static var plainASCII: Bool { get }
}

/// Pure ASCII text (most texts): `ASCIILoopKind`.
enum PlainASCIILoop: ASCIILoopKind {
  static var plainASCII: Bool { true }
}

/// Any other text on the fast path: `ASCIILoopKind`.
enum GeneralASCIILoop: ASCIILoopKind {
  static var plainASCII: Bool { false }
}
