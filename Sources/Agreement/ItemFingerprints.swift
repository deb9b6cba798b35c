/// The item ids of an `agree --partial` shard as sorted 64-bit fingerprints, so that `--merge` can
/// refuse shards that share items: their sums would count those items twice, and no sum can reveal
/// it (review r19b). Fingerprint = FNV-1a 64 of the id's UTF-8 bytes, finished with the
/// SplitMix64 mixer (Steele, Lea & Flood 2014) so that ids differing in one byte spread over all
/// bits. Two distinct ids collide with probability about 2⁻⁶⁴ per pair (≈ 3 × 10⁻⁶ for ten million
/// items), which would refuse a valid merge, never accept a wrong one.
struct ItemFingerprints: Sendable, Equatable {
  /// Sorted ascending, no repeats.
  private(set) var values: [UInt64]

  init(items: [String]) {
    values = items.map(Self.fingerprint).sorted()
  }

  private init(sorted values: [UInt64]) { self.values = values }

  static func fingerprint(_ item: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in item.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    hash ^= hash >> 30
    hash &*= 0xbf58_476d_1ce4_e5b9
    hash ^= hash >> 27
    hash &*= 0x94d0_49bb_1331_11eb
    hash ^= hash >> 31
    return hash
  }

  /// How many fingerprints the two sets share (a merge join of the sorted arrays).
  func sharedCount(with other: ItemFingerprints) -> Int {
    var (i, j, shared) = (0, 0, 0)
    while i < values.count && j < other.values.count {
      if values[i] < other.values[j] {
        i += 1
      } else if values[i] > other.values[j] {
        j += 1
      } else {
        shared += 1
        i += 1
        j += 1
      }
    }
    return shared
  }

  /// The union of two disjoint sets, sorted.
  func union(_ other: ItemFingerprints) -> ItemFingerprints {
    var merged: [UInt64] = []
    merged.reserveCapacity(values.count + other.values.count)
    var (i, j) = (0, 0)
    while i < values.count || j < other.values.count {
      if j == other.values.count || (i < values.count && values[i] <= other.values[j]) {
        merged.append(values[i])
        i += 1
      } else {
        merged.append(other.values[j])
        j += 1
      }
    }
    return ItemFingerprints(sorted: merged)
  }

  /// Sixteen lower-case hex digits per fingerprint, concatenated (JSON `item_fingerprints`).
  var hex: String {
    let digits = Array("0123456789abcdef".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(values.count * 16)
    for value in values {
      for shift in stride(from: 60, through: 0, by: -4) { bytes.append(digits[Int((value >> UInt64(shift)) & 0xF)]) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Parses `hex`; nil when the text is not 16 hex digits per fingerprint in ascending order.
  init?(hex text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count % 16 == 0 else { return nil }
    var values: [UInt64] = []
    values.reserveCapacity(bytes.count / 16)
    var index = 0
    while index < bytes.count {
      var value: UInt64 = 0
      for byte in bytes[index..<(index + 16)] {
        let digit: UInt8
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
        default: return nil
        }
        value = value << 4 | UInt64(digit)
      }
      if let last = values.last, last >= value { return nil }
      values.append(value)
      index += 16
    }
    self.values = values
  }
}
