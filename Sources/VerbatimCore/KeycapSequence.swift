/// Keycap emoji in UTF-8: `[0-9#*] U+FE0F? U+20E3` (UTS #51 ED-14c; the form without U+FE0F is the
/// unqualified one keyboards also send). The tokenizer cuts them out of the words ICU glues them
/// to, and the address scanners of the tokenizer and the redactor stop before them.
public enum KeycapSequence {
  /// The end of the keycap sequence that starts at `index` of `bytes` (at most `limit`), or nil.
  public static func end(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int? = nil) -> Int? {
    let limit = min(limit ?? bytes.count, bytes.count)
    guard index >= 0, index < limit else { return nil }
    let base = bytes[index]
    guard (base >= 0x30 && base <= 0x39) || base == UInt8(ascii: "#") || base == UInt8(ascii: "*") else {
      return nil
    }
    var next = index + 1
    // U+FE0F is EF B8 8F in UTF-8; U+20E3 is E2 83 A3.
    if next + 3 <= limit, bytes[next] == 0xEF, bytes[next + 1] == 0xB8, bytes[next + 2] == 0x8F { next += 3 }
    guard next + 3 <= limit, bytes[next] == 0xE2, bytes[next + 1] == 0x83, bytes[next + 2] == 0xA3 else {
      return nil
    }
    return next + 3
  }
}
