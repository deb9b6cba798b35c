/// The part of a web address (a URL token's norm, lower-case) that names its site, for rule terms:
/// the host without a scheme, "www.", port, path, query or fragment ("booking.com" in
/// "https://www.booking.com/hotel/x?a=b").
enum WebAddress {
  /// The byte range of the host in `norm`, or nil when there is none with a dot in it.
  static func host(of norm: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var start = norm.startIndex
    // "scheme://"
    if let colon = norm.firstIndex(of: UInt8(ascii: ":")), colon + 2 < norm.endIndex,
      norm[colon + 1] == UInt8(ascii: "/"), norm[colon + 2] == UInt8(ascii: "/")
    {
      start = colon + 3
    }
    var end = start
    while end < norm.endIndex, !Self.endsHost(norm[end]) { end += 1 }
    if end - start > 4, norm[start] == UInt8(ascii: "w"), norm[start + 1] == UInt8(ascii: "w"),
      norm[start + 2] == UInt8(ascii: "w"), norm[start + 3] == UInt8(ascii: ".")
    {
      start += 4
    }
    while end > start, norm[end - 1] == UInt8(ascii: ".") { end -= 1 }
    guard end > start, norm[start..<end].contains(UInt8(ascii: ".")) else { return nil }
    return start..<end
  }

  private static func endsHost(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: ":")
  }
}
