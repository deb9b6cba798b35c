internal import ICUBridge
public import Sentiment

/// The sentiment model of the shipped lexicons, read from the archive the build embedded
/// (`EmbeddedModelArchive`, written by the EmbedModel plugin) instead of built from the lexicons:
/// the same tables, scores and explanations, about 50M fewer instructions at every start-up.
public enum ShippedModel {
  /// The model `configuration` describes: read from the embedded archive when it reads only the
  /// shipped files (`SentimentConfiguration.readsOnlyShippedFiles`), else built from its files
  /// as `SentimentModel(configuration:)` builds it. An archive this build cannot read (never the
  /// case for a build's own) falls back to building too.
  /// - Throws: what `SentimentModel(configuration:)` throws.
  public static func model(configuration: SentimentConfiguration) throws(SentimentError) -> SentimentModel {
    if configuration.readsOnlyShippedFiles {
      if let bytes = archiveBytes() {
        // `withUnsafeBytes` rethrows untyped errors: the typed one travels in a `Result`.
        let read = bytes.withUnsafeBytes { raw in
          Result { () throws(SentimentError) in try SentimentModel(archive: raw, configuration: configuration) }
        }
        if let model = try read.get() { return model }
      }
      // Never the case for a build's own archive: a debug build (the tests) stops here.
      assertionFailure("the embedded sentiment model archive could not be read; building from the lexicons")
    }
    return try SentimentModel(configuration: configuration)
  }

  /// The embedded archive's bytes, nil if its text is not the base64 the plugin writes.
  static func archiveBytes() -> [UInt8]? {
    let text = EmbeddedModelArchive.base64
    return Base64.decode(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }
}

/// Standard base64 (RFC 4648 §4, with `=` padding) to bytes.
enum Base64 {
  /// Each ASCII byte's 6-bit value, 0xFF for a byte outside the alphabet.
  private static let values: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 256)
    for (index, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
      table[Int(byte)] = UInt8(index)
    }
    return table
  }()

  /// The bytes `text` encodes, nil when it is not padded base64 (a length not a multiple of 4, a
  /// byte outside the alphabet, `=` other than at the end). Read through pointers, eight characters
  /// a step: the shipped archive is over a megabyte, decoded at every start-up.
  static func decode(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    if text.isEmpty { return [] }
    guard text.count % 4 == 0, let input = text.baseAddress else { return nil }
    var padding = 0
    if text[text.count - 1] == UInt8(ascii: "=") { padding += 1 }
    if text[text.count - 2] == UInt8(ascii: "=") { padding += 1 }
    let groups = text.count / 4
    let byteCount = groups * 3 - padding
    var invalid: UInt8 = 0
    let bytes = values.withUnsafeBufferPointer { table in
      [UInt8](unsafeUninitializedCapacity: groups * 3) { output, initialized in
        let values = table.baseAddress!
        var out = output.baseAddress!
        var next = input
        // With AVX2, the bulk 32 characters a step (`vb_base64_decode_avx2`; it leaves at least
        // the last 16 characters); the rest, or all of them without it, as below.
        var rest = groups
        #if arch(x86_64)
          if vb_has_avx2() != 0 {
            var wideInvalid: Int32 = 0
            let done = vb_base64_decode_avx2(input, text.count, out, &wideInvalid)
            if wideInvalid != 0 { invalid = 0xFF }
            next += done
            out += done / 4 * 3
            rest -= done / 4
          }
        #endif
        // Two groups a step (48 bits, stored as one 8-byte word whose last two bytes the next step
        // or the last group overwrites), then one, then the last group, the only one with padding.
        for _ in 0..<((rest - 1) / 2) {
          let v0 = values[Int(next[0])]
          let v1 = values[Int(next[1])]
          let v2 = values[Int(next[2])]
          let v3 = values[Int(next[3])]
          let v4 = values[Int(next[4])]
          let v5 = values[Int(next[5])]
          let v6 = values[Int(next[6])]
          let v7 = values[Int(next[7])]
          invalid |= v0 | v1 | v2 | v3 | v4 | v5 | v6 | v7
          var word = UInt64(v0) << 42 | UInt64(v1) << 36 | UInt64(v2) << 30 | UInt64(v3) << 24
          word |= UInt64(v4) << 18 | UInt64(v5) << 12 | UInt64(v6) << 6 | UInt64(v7)
          UnsafeMutableRawPointer(out).storeBytes(of: (word << 16).bigEndian, as: UInt64.self)
          out += 6
          next += 8
        }
        if (rest - 1) % 2 == 1 {
          let a = values[Int(next[0])]
          let b = values[Int(next[1])]
          let c = values[Int(next[2])]
          let d = values[Int(next[3])]
          invalid |= a | b | c | d
          let word = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
          out[0] = UInt8(truncatingIfNeeded: word >> 16)
          out[1] = UInt8(truncatingIfNeeded: word >> 8)
          out[2] = UInt8(truncatingIfNeeded: word)
          out += 3
          next += 4
        }
        let a = values[Int(next[0])]
        let b = values[Int(next[1])]
        let c = padding >= 2 ? 0 : values[Int(next[2])]
        let d = padding >= 1 ? 0 : values[Int(next[3])]
        invalid |= a | b | c | d
        let word = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
        out[0] = UInt8(truncatingIfNeeded: word >> 16)
        out[1] = UInt8(truncatingIfNeeded: word >> 8)
        out[2] = UInt8(truncatingIfNeeded: word)
        initialized = byteCount
      }
    }
    // A byte outside the alphabet is 0xFF in `values`; every valid one is below 64.
    return invalid & 0xC0 == 0 ? bytes : nil
  }
}
