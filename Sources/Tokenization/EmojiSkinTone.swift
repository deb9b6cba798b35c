/// The emoji skin-tone modifiers U+1F3FB–U+1F3FF (Unicode emoji modifiers, UTS #51), F0 9F 8F BB…BF
/// in UTF-8. Lexicons and codebooks name an emoji without them (👍🏽 is 👍): the sentiment
/// lexicons' lookup keys and the codebook matcher both leave them out.
public enum EmojiSkinTone {
  /// Whether a skin-tone modifier starts at `index` of `bytes`.
  @inline(__always)
  public static func starts(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    index + 3 < bytes.count && bytes[index] == 0xF0 && bytes[index + 1] == 0x9F && bytes[index + 2] == 0x8F
      && (0xBB...0xBF).contains(bytes[index + 3])
  }
}
