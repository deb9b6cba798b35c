/// The byte form of a built default-profile model (`SentimentModel.archive()`), so that the shipped
/// lexicons' tables can be built once at build time and read back at start-up instead of being
/// parsed, normalised and indexed on every run (81M of the 106M instructions `score` spent before
/// its first text; evaluation/RESULTS.md, fifty-third session).
///
/// Layout: a header (magic, format version, a fingerprint of the archived element types' sizes),
/// then each table's fields in a fixed order. Integers are 8-byte little-endian words; an array of
/// plain values (of types without padding, so that the bytes are the same from build to build) is
/// its count, then its elements' bytes as they lie in memory, padded to 8 bytes;
/// strings are indexes into a table of distinct strings written once. The archive is read only by
/// the build that wrote it (same compiler, same machine type), which the header checks: a reader
/// that finds another version or layout refuses it, and the caller builds the model from the files.
enum ModelArchive {
  /// "VBSM" (Verbatim sentiment model), little-endian.
  static let magic: UInt64 = 0x4D53_4256
  /// Raise when the archived fields or their order change.
  static let version: UInt64 = 2

  /// A damaged or foreign archive; never shown to a user (the model is built from the files then).
  struct Damage: Error {
    var what: String
  }
}

/// Appends a model's fields to a byte array (see `ModelArchive`).
struct ModelArchiveWriter {
  private(set) var bytes: [UInt8] = []
  /// The strings written so far, by index (`string(_:)`), and the index of each.
  private var strings: [String] = []
  private var stringIndex: [String: Int] = [:]

  /// Writes the header; `layout` is the archived element types' size fingerprint.
  init(layout: UInt64) {
    integer(Int(truncatingIfNeeded: ModelArchive.magic))
    integer(Int(truncatingIfNeeded: ModelArchive.version))
    integer(Int(truncatingIfNeeded: layout))
  }

  mutating func integer(_ value: Int) {
    withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func double(_ value: Double) {
    integer(Int(truncatingIfNeeded: value.bitPattern))
  }

  /// An array of plain values: its count, then its elements' bytes, padded to 8 bytes.
  mutating func array<Element: BitwiseCopyable>(_ values: [Element]) {
    integer(values.count)
    values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    pad()
  }

  /// A string, as its index in the archive's string table.
  mutating func string(_ value: String) {
    integer(stringIndex(value))
  }

  /// The index of `value` in the archive's string table, adding it when new.
  mutating func stringIndex(_ value: String) -> Int {
    if let index = stringIndex[value] { return index }
    stringIndex[value] = strings.count
    strings.append(value)
    return strings.count - 1
  }

  /// The archive: the string table first (so a reader has every string before it needs one), then
  /// the fields written.
  func finished() -> [UInt8] {
    var table = ModelArchiveWriter()
    table.integer(strings.count)
    for string in strings {
      let utf8 = Array(string.utf8)
      table.integer(utf8.count)
      table.bytes.append(contentsOf: utf8)
      table.pad()
    }
    // Header (3 words), string table, fields.
    return Array(bytes[0..<24]) + table.bytes + bytes[24...]
  }

  /// An empty writer, without a header (the string table's).
  private init() {}

  private mutating func pad() {
    while bytes.count % 8 != 0 { bytes.append(0) }
  }
}

/// Reads what `ModelArchiveWriter` wrote, checking every count against the bytes left.
struct ModelArchiveReader {
  private let base: UnsafeRawBufferPointer
  private var offset = 0
  private var strings: [String] = []

  /// Checks the header against `layout` and reads the string table.
  init(_ base: UnsafeRawBufferPointer, layout: UInt64) throws(ModelArchive.Damage) {
    self.base = base
    guard UInt64(truncatingIfNeeded: try integer()) == ModelArchive.magic else { throw .init(what: "magic") }
    guard UInt64(truncatingIfNeeded: try integer()) == ModelArchive.version else { throw .init(what: "version") }
    guard UInt64(truncatingIfNeeded: try integer()) == layout else { throw .init(what: "layout") }
    let count = try count(ofSize: 8)
    strings.reserveCapacity(count)
    for _ in 0..<count {
      let length = try self.count(ofSize: 1)
      strings.append(String(decoding: UnsafeRawBufferPointer(rebasing: base[offset..<offset + length]), as: UTF8.self))
      offset += Self.padded(length)
    }
  }

  /// Whether every byte was read.
  var isAtEnd: Bool { offset == base.count }

  mutating func integer() throws(ModelArchive.Damage) -> Int {
    guard base.count - offset >= 8 else { throw .init(what: "truncated at byte \(offset)") }
    let value = Int64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: Int64.self))
    offset += 8
    return Int(value)
  }

  mutating func double() throws(ModelArchive.Damage) -> Double {
    Double(bitPattern: UInt64(truncatingIfNeeded: try integer()))
  }

  /// A count of items of `size` bytes each that the bytes left can hold.
  mutating func count(ofSize size: Int) throws(ModelArchive.Damage) -> Int {
    let count = try integer()
    guard count >= 0, count <= (base.count - offset) / max(1, size) else {
      throw .init(what: "count \(count) at byte \(offset - 8)")
    }
    return count
  }

  mutating func array<Element: BitwiseCopyable>(of type: Element.Type) throws(ModelArchive.Damage) -> [Element] {
    let stride = MemoryLayout<Element>.stride
    let count = try count(ofSize: stride)
    let source = UnsafeRawBufferPointer(rebasing: base[offset..<offset + count * stride])
    let values = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      if count > 0 { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source) }
      initialized = count
    }
    offset += Self.padded(count * stride)
    return values
  }

  mutating func string() throws(ModelArchive.Damage) -> String {
    try string(at: try integer())
  }

  /// The string at `index` of the archive's string table.
  func string(at index: Int) throws(ModelArchive.Damage) -> String {
    guard index >= 0 && index < strings.count else { throw .init(what: "string \(index) near byte \(offset)") }
    return strings[index]
  }

  private static func padded(_ count: Int) -> Int { (count + 7) & ~7 }
}
