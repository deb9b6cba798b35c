import Testing

@testable import Tokenization

/// `SpecialSpanScanner.url` reads a URL's prefix as one 8-byte word where the text has eight bytes
/// left (`packedURLPrefixLength`), and byte by byte nearer the end: both must find the same URLs,
/// in either case, and nothing else.
@Suite struct URLPrefixTests {
  /// The span `url` finds at the start of `text`, as a string, or nil.
  static func found(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      SpecialSpanScanner.url(buffer, at: 0).map { String(decoding: buffer[$0.range], as: UTF8.self) }
    }
  }

  @Test func prefixesInEitherCaseNearAndFarFromTheEnd() {
    let bodies = ["x", "x.co", "example.com/a?b=1 and more text"]
    for body in bodies {
      let word = body.split(separator: " ").first.map(String.init) ?? body
      for prefix in [
        "https://", "HTTPS://", "Https://", "http://", "HTTP://", "ftp://", "FTP://", "www.", "WWW.", "wWw.",
      ] {
        #expect(Self.found(prefix + body) == prefix + word, "\(prefix + body)")
      }
      // Near misses: a wrong byte anywhere in the prefix, including bytes one case bit away from
      // ':' '/' and '.' (0x1A, 0x0F, 0x0E), and prefixes cut short.
      for miss in [
        "https:/", "https//", "http:x/", "htps://", "hxtp://", "ftp:/", "ftp//", "www,", "wwwx", "ww.", "http\u{1A}//",
        "http:\u{0F}/", "www\u{0E}", "httpss://", "https:///",
      ] {
        let text = miss + body
        #expect(Self.found(text) == nil, "\(text.debugDescription)")
      }
    }
  }
}
