/// DEFLATE decompression (RFC 1951), enough to read the ZIP archives LimeSurvey writes (`.lsa`)
/// without linking zlib. Decodes canonical Huffman codes symbol by symbol as described in the RFC
/// (section 3.2); written for correctness, not speed. `InflateStream` does the work in constant
/// memory (a 32 KB window); `inflate` is the whole-buffer convenience.
enum Inflater {
  enum Failure: Error {
    case truncated
    case invalid(String)
    /// Reading the compressed bytes failed.
    case input(String)
  }

  /// Decompresses a raw DEFLATE stream (no zlib/gzip header) held in memory.
  static func inflate(_ data: [UInt8], expectedSize: Int) throws(Failure) -> [UInt8] {
    var given = false
    let stream = InflateStream { () throws(Failure) -> [UInt8] in
      if given { return [] }
      given = true
      return data
    }
    var output: [UInt8] = []
    output.reserveCapacity(expectedSize)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = try chunk.withUnsafeMutableBufferPointer { buffer throws(Failure) in try stream.read(into: buffer) }
      if count == 0 { return output }
      output.append(contentsOf: chunk[0..<count])
    }
  }

  /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
  struct Huffman {
    var counts = [Int](repeating: 0, count: 16)
    var symbols: [Int] = []

    init(lengths: [Int]) throws(Failure) {
      for length in lengths {
        guard length >= 0 && length < 16 else { throw .invalid("bad code length") }
        counts[length] += 1
      }
      counts[0] = 0
      var offsets = [Int](repeating: 0, count: 16)
      for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
      symbols = [Int](repeating: 0, count: lengths.count)
      for (symbol, length) in lengths.enumerated() where length != 0 {
        symbols[offsets[length]] = symbol
        offsets[length] += 1
      }
    }
  }
}

/// A resumable DEFLATE decoder: pulls compressed bytes from `refill` (an empty array means the
/// input ended) and hands out at most the caller's buffer per `read`, keeping only the 32 KB
/// window DEFLATE back-references can reach.
final class InflateStream {
  typealias Failure = Inflater.Failure
  typealias Huffman = Inflater.Huffman

  private enum Mode {
    case header
    case stored(remaining: Int)
    case codes(literal: Huffman, distance: Huffman)
    case copy(length: Int, distance: Int, literal: Huffman, distanceCode: Huffman)
    case done
  }

  private let refill: () throws(Failure) -> [UInt8]
  private var input: [UInt8] = []
  private var position = 0
  private var bitBuffer: UInt32 = 0
  private var bitCount = 0
  private var mode = Mode.header
  private var final = false
  private var window = [UInt8](repeating: 0, count: 1 << 15)
  /// Bytes produced so far.
  private(set) var total = 0

  init(refill: @escaping () throws(Failure) -> [UInt8]) { self.refill = refill }

  private static let fixedLiteral = try! Huffman(
    lengths: [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112) + [Int](repeating: 7, count: 24)
      + [Int](repeating: 8, count: 8))
  private static let fixedDistance = try! Huffman(lengths: [Int](repeating: 5, count: 30))

  /// Fills `output` (or part of it); returns 0 at the end of the stream.
  func read(into output: UnsafeMutableBufferPointer<UInt8>) throws(Failure) -> Int {
    var written = 0
    let mask = window.count - 1
    func emit(_ byte: UInt8) {
      output[written] = byte
      window[total & mask] = byte
      total += 1
      written += 1
    }
    while written < output.count {
      switch mode {
      case .done:
        return written
      case .header:
        if final {
          mode = .done
          continue
        }
        final = try bits(1) == 1
        switch try bits(2) {
        case 0:
          bitBuffer = 0
          bitCount = 0
          let length = try bits(16)
          let complement = try bits(16)
          guard length == ~complement & 0xFFFF else { throw .invalid("stored block length check failed") }
          mode = .stored(remaining: length)
        case 1: mode = .codes(literal: Self.fixedLiteral, distance: Self.fixedDistance)
        case 2:
          let (literal, distance) = try dynamicTables()
          mode = .codes(literal: literal, distance: distance)
        default: throw .invalid("reserved block type")
        }
      case .stored(var remaining):
        while remaining > 0 && written < output.count {
          emit(UInt8(try bits(8)))
          remaining -= 1
        }
        mode = remaining == 0 ? .header : .stored(remaining: remaining)
      case .codes(let literal, let distance):
        decoding: while written < output.count {
          let symbol = try decode(literal)
          if symbol < 256 {
            emit(UInt8(symbol))
            continue
          }
          if symbol == 256 {
            mode = .header
            break decoding
          }
          let lengthIndex = symbol - 257
          guard lengthIndex < Self.lengthBase.count else { throw .invalid("bad length symbol") }
          let length = Self.lengthBase[lengthIndex] + (try bits(Self.lengthExtra[lengthIndex]))
          let distanceIndex = try decode(distance)
          guard distanceIndex < Self.distanceBase.count else { throw .invalid("bad distance symbol") }
          let back = Self.distanceBase[distanceIndex] + (try bits(Self.distanceExtra[distanceIndex]))
          guard back <= total, back <= window.count else { throw .invalid("distance before the start of the output") }
          mode = .copy(length: length, distance: back, literal: literal, distanceCode: distance)
          break decoding
        }
      case .copy(var length, let distance, let literal, let distanceCode):
        while length > 0 && written < output.count {
          emit(window[(total - distance) & mask])
          length -= 1
        }
        mode =
          length == 0
          ? .codes(literal: literal, distance: distanceCode)
          : .copy(length: length, distance: distance, literal: literal, distanceCode: distanceCode)
      }
    }
    return written
  }

  private func bits(_ count: Int) throws(Failure) -> Int {
    while bitCount < count {
      if position == input.count {
        input = try refill()
        position = 0
        guard !input.isEmpty else { throw .truncated }
      }
      bitBuffer |= UInt32(input[position]) << UInt32(bitCount)
      position += 1
      bitCount += 8
    }
    let value = Int(bitBuffer & ((1 << UInt32(count)) - 1))
    bitBuffer = count == 32 ? 0 : bitBuffer >> UInt32(count)
    bitCount -= count
    return value
  }

  private func decode(_ huffman: Huffman) throws(Failure) -> Int {
    var code = 0
    var first = 0
    var index = 0
    for length in 1...15 {
      code |= try bits(1)
      let count = huffman.counts[length]
      if code - count < first { return huffman.symbols[index + (code - first)] }
      index += count
      first += count
      first <<= 1
      code <<= 1
    }
    throw .invalid("bad Huffman code")
  }

  private static let lengthBase = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
  ]
  private static let lengthExtra = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  private static let distanceBase = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
    8193, 12289, 16385, 24577,
  ]
  private static let distanceExtra = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  ]

  private func dynamicTables() throws(Failure) -> (Huffman, Huffman) {
    let literalCount = try bits(5) + 257
    let distanceCount = try bits(5) + 1
    let codeCount = try bits(4) + 4
    let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    var codeLengths = [Int](repeating: 0, count: 19)
    for index in 0..<codeCount { codeLengths[order[index]] = try bits(3) }
    let lengthCode = try Huffman(lengths: codeLengths)
    var lengths: [Int] = []
    while lengths.count < literalCount + distanceCount {
      let symbol = try decode(lengthCode)
      switch symbol {
      case 0..<16: lengths.append(symbol)
      case 16:
        guard let previous = lengths.last else { throw .invalid("repeat with no previous length") }
        lengths += [Int](repeating: previous, count: 3 + (try bits(2)))
      case 17: lengths += [Int](repeating: 0, count: 3 + (try bits(3)))
      default: lengths += [Int](repeating: 0, count: 11 + (try bits(7)))
      }
    }
    guard lengths.count == literalCount + distanceCount else { throw .invalid("too many code lengths") }
    return (
      try Huffman(lengths: Array(lengths[0..<literalCount])), try Huffman(lengths: Array(lengths[literalCount...]))
    )
  }
}

/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as ZIP stores it.
enum CRC32 {
  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBytes { update(0, with: $0) }
  }

  /// Continues `crc` (the checksum of the bytes so far; 0 at the start) over `bytes`.
  static func update(_ crc: UInt32, with bytes: UnsafeRawBufferPointer) -> UInt32 {
    var value = ~crc
    for byte in bytes { value = table[Int((value ^ UInt32(byte)) & 0xFF)] ^ (value >> 8) }
    return ~value
  }
}
