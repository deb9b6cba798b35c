#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A LimeSurvey survey archive (`.lsa`): a ZIP holding `survey_<sid>.lss` and
/// `survey_<sid>_responses.lsr` (plus optional `.lst`/`.lsi`). Nothing is extracted: the central
/// directory is read from the end of the file, and the `.lsr` and `.lss` members are inflated on
/// the fly as the XML reader asks for bytes (`ZipMemberSource`), so memory stays constant whatever
/// the archive or its members hold; each member's size and CRC-32 are checked when it ends.
/// ZIP64 archives are read. An archive with more than one `.lsr` (or `.lss`) is refused, since
/// which one is meant is unknown.
final class LimeSurveyArchive {
  let path: String
  /// The response export member.
  let responses: Entry
  /// The survey structure member, if any.
  let structure: Entry?

  /// The central directory is read whole; real archives hold a handful of members.
  static let maximumDirectorySize = 16 << 20

  struct Entry {
    var name: String
    var method: Int
    var flags: Int
    var crc: UInt32
    var compressedSize: Int
    var size: Int
    var localHeader: Int
  }

  /// What a ZIP archive without a response file is, by its members (QA review 31: an Excel workbook
  /// was "a ZIP archive without a LimeSurvey response file").
  static func describeOtherArchive(_ names: [String]) -> String {
    if names.contains(where: { $0.hasPrefix("xl/") }) {
      return
        "an Excel workbook (.xlsx), not an export Verbatim reads: save it from Excel as \"CSV UTF-8\" and import the CSV"
    }
    if names.contains("content.xml") && names.contains("mimetype") {
      return "an OpenDocument file (.ods/.odt): save it as CSV (UTF-8) and import the CSV"
    }
    if names.contains(where: { $0.hasPrefix("word/") }) {
      return "a Word document (.docx), not a survey export"
    }
    // Qualtrics delivers every export zipped (one .json, .ndjson, .csv, .tsv or .xml file inside):
    // named, so the user knows which file to import.
    let exports = names.filter { name in
      let lowered = name.lowercased()
      return !lowered.hasSuffix("/") && [".json", ".ndjson", ".csv", ".tsv", ".xml"].contains { lowered.hasSuffix($0) }
    }
    if exports.count == 1 {
      return
        "a ZIP archive holding \(exports[0]): unzip it and import that file (Qualtrics delivers its exports zipped)"
    }
    return "a ZIP archive without a LimeSurvey response file (.lsr): unzip it and import the export inside"
  }

  init(path: String) throws(ImportError) {
    self.path = path
    let file = try ArchiveFile(path: path)
    let entries = try Self.centralDirectory(file)
    let responses = entries.filter { $0.name.lowercased().hasSuffix(".lsr") }
    let structures = entries.filter { $0.name.lowercased().hasSuffix(".lss") }
    guard let first = responses.first else {
      throw .notASurveyExport(path: path, what: Self.describeOtherArchive(entries.map(\.name)))
    }
    if responses.count > 1 {
      throw .unsupported(
        path: path,
        message:
          "the archive holds \(responses.count) response files (\(responses.map(\.name).joined(separator: ", "))): which one to import is unknown; unzip it and import each .lsr on its own (with --lss)"
      )
    }
    if structures.count > 1 {
      throw .unsupported(
        path: path,
        message:
          "the archive holds \(structures.count) survey structures (\(structures.map(\.name).joined(separator: ", "))): which one describes the responses is unknown; unzip it and give the right one with --lss"
      )
    }
    self.responses = first
    self.structure = structures.first
  }

  /// The one `.json` or `.ndjson` member of a ZIP archive without a `.lsr` (Qualtrics delivers its
  /// JSON export zipped, one file named after the survey), to be streamed out of it; nil when the
  /// archive holds a `.lsr`, or no such member, or several.
  static func jsonMember(path: String) throws(ImportError) -> ZipMember? {
    let file = try ArchiveFile(path: path)
    let entries = try centralDirectory(file)
    guard !entries.contains(where: { $0.name.lowercased().hasSuffix(".lsr") }) else { return nil }
    let json = entries.filter { [".json", ".ndjson"].contains(where: $0.name.lowercased().hasSuffix) }
    guard json.count == 1 else { return nil }
    return ZipMember(path: path, entry: json[0])
  }

  /// One member of an archive, read as many times as asked.
  struct ZipMember {
    let path: String
    let entry: Entry
    /// How messages name it: `export.zip!Customer Survey.json`.
    var displayName: String { path + "!" + entry.name }
    /// A fresh reader of its uncompressed bytes.
    func source() throws(ImportError) -> ZipMemberSource {
      try ZipMemberSource(file: ArchiveFile(path: path), entry: entry, displayName: displayName)
    }
  }

  /// How messages name a member: `archive.lsa!survey_1_responses.lsr`.
  func displayName(_ entry: Entry) -> String { path + "!" + entry.name }

  /// A fresh reader of `entry`'s uncompressed bytes.
  func source(_ entry: Entry) throws(ImportError) -> ZipMemberSource {
    try ZipMemberSource(file: ArchiveFile(path: path), entry: entry, displayName: displayName(entry))
  }

  /// The structure member, read as an `.lss`.
  func loadStructure() throws(ImportError) -> LSSStructure? {
    guard let structure else { return nil }
    let name = displayName(structure)
    return try LSSStructure.load(stream: XMLStream(source: source(structure), displayName: name), path: name)
  }

  private static func u16(_ data: [UInt8], _ at: Int) -> Int { Int(data[at]) | Int(data[at + 1]) << 8 }
  private static func u32(_ data: [UInt8], _ at: Int) -> Int { u16(data, at) | u16(data, at + 2) << 16 }
  private static func u64(_ data: [UInt8], _ at: Int) -> Int {
    let low = u32(data, at)
    let high = u32(data, at + 4)
    return high >= 1 << 30 ? Int.max : low | high << 32
  }

  private static func centralDirectory(_ file: ArchiveFile) throws(ImportError) -> [Entry] {
    let broken = ImportError.notASurveyExport(path: file.path, what: "a damaged or truncated ZIP archive")
    guard file.size >= 22 else { throw broken }
    let tailStart = max(0, file.size - 22 - 65_535)
    let tail = try file.read(at: tailStart, count: file.size - tailStart)
    var end = tail.count - 22
    while end >= 0, u32(tail, end) != 0x0605_4B50 { end -= 1 }
    guard end >= 0 else { throw broken }
    var count = u16(tail, end + 10)
    var directorySize = u32(tail, end + 12)
    var offset = u32(tail, end + 16)
    if count == 0xFFFF || directorySize == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
      // ZIP64: the locator sits just before the end record and points at the ZIP64 end record.
      guard end >= 20, u32(tail, end - 20) == 0x0706_4B50 else { throw broken }
      let recordOffset = u64(tail, end - 20 + 8)
      guard recordOffset <= file.size - 56 else { throw broken }
      let record = try file.read(at: recordOffset, count: 56)
      guard u32(record, 0) == 0x0606_4B50 else { throw broken }
      count = u64(record, 32)
      directorySize = u64(record, 40)
      offset = u64(record, 48)
    }
    guard directorySize <= maximumDirectorySize, offset <= file.size, directorySize <= file.size - offset else {
      throw directorySize > maximumDirectorySize
        ? .unsupported(
          path: file.path, message: "a ZIP archive with a central directory over 16 MB: not a LimeSurvey archive")
        : broken
    }
    let data = try file.read(at: offset, count: directorySize)
    var entries: [Entry] = []
    var position = 0
    for _ in 0..<min(count, 1 << 20) {
      guard position + 46 <= data.count, u32(data, position) == 0x0201_4B50 else { throw broken }
      let nameLength = u16(data, position + 28)
      let extraLength = u16(data, position + 30)
      let commentLength = u16(data, position + 32)
      guard position + 46 + nameLength + extraLength <= data.count else { throw broken }
      var entry = Entry(
        name: String(decoding: data[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self),
        method: u16(data, position + 10), flags: u16(data, position + 8), crc: UInt32(u32(data, position + 16)),
        compressedSize: u32(data, position + 20), size: u32(data, position + 24),
        localHeader: u32(data, position + 42))
      // ZIP64 extra field (id 1): the 64-bit values of the fields set to 0xFFFFFFFF, in order.
      var extra = position + 46 + nameLength
      let extraEnd = extra + extraLength
      while extra + 4 <= extraEnd {
        let id = u16(data, extra)
        let length = u16(data, extra + 2)
        guard extra + 4 + length <= extraEnd else { throw broken }
        if id == 1 {
          var field = extra + 4
          func next() throws(ImportError) -> Int {
            guard field + 8 <= extra + 4 + length else { throw broken }
            defer { field += 8 }
            return u64(data, field)
          }
          if entry.size == 0xFFFF_FFFF { entry.size = try next() }
          if entry.compressedSize == 0xFFFF_FFFF { entry.compressedSize = try next() }
          if entry.localHeader == 0xFFFF_FFFF { entry.localHeader = try next() }
        }
        extra += 4 + length
      }
      entries.append(entry)
      position += 46 + nameLength + extraLength + commentLength
    }
    return entries
  }
}

/// An archive file read at offsets (`pread`), never whole.
final class ArchiveFile {
  let path: String
  let fd: Int32
  let size: Int

  init(path: String) throws(ImportError) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      close(fd)
      throw .readFailed(path: path, reason: String(cString: strerror(errno)))
    }
    self.path = path
    self.fd = fd
    self.size = Int(info.st_size)
  }

  deinit { close(fd) }

  /// `count` bytes at `offset` (fewer only at the end of the file).
  func read(at offset: Int, count: Int) throws(ImportError) -> [UInt8] {
    var result = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let got = result.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset + done)) }
      if got < 0 {
        if errno == EINTR { continue }
        throw .readFailed(path: path, reason: String(cString: strerror(errno)))
      }
      if got == 0 { break }
      done += got
    }
    if done < count { result.removeLast(count - done) }
    return result
  }
}

/// One member of a ZIP archive, inflated as it is read (constant memory). It fails as soon as the
/// member inflates to more than its declared size (a damaged archive or a zip bomb), and checks
/// size and CRC-32 at its end.
final class ZipMemberSource: XMLByteSource {
  private let file: ArchiveFile
  private let entry: LimeSurveyArchive.Entry
  private let displayName: String
  private var inflater: InflateStream?
  private var next = 0  // offset of the next compressed byte
  private var remaining = 0  // compressed bytes left
  private var produced = 0
  private var crc: UInt32 = 0
  private var finished = false

  init(file: ArchiveFile, entry: LimeSurveyArchive.Entry, displayName: String) throws(ImportError) {
    self.file = file
    self.entry = entry
    self.displayName = displayName
    if entry.flags & 1 != 0 {
      throw .unsupported(path: file.path, message: "the archive member \(entry.name) is encrypted: unzip it first")
    }
    guard entry.method == 0 || entry.method == 8 else {
      throw .unsupported(
        path: file.path, message: "ZIP compression method \(entry.method) (member \(entry.name)) is not supported")
    }
    let header = try file.read(at: entry.localHeader, count: 30)
    guard header.count == 30, header[0] == 0x50, header[1] == 0x4B, header[2] == 0x03, header[3] == 0x04 else {
      throw damaged("no local header")
    }
    let nameLength = Int(header[26]) | Int(header[27]) << 8
    let extraLength = Int(header[28]) | Int(header[29]) << 8
    next = entry.localHeader + 30 + nameLength + extraLength
    remaining = entry.compressedSize
    guard next <= file.size, remaining <= file.size - next else { throw damaged("the member runs past the end") }
    if entry.method == 8 {
      inflater = InflateStream { [unowned self] () throws(Inflater.Failure) -> [UInt8] in
        try self.compressedChunk()
      }
    }
  }

  /// The member's check failed. It is checked as it ends, so records read from it may already
  /// have been written (QA review 23: the message said "not a survey export" after them).
  private func damaged(_ detail: String) -> ImportError {
    .unsupported(
      path: file.path,
      message:
        "damaged ZIP archive: member \(entry.name): \(detail); records written before this error came from the damaged member and may be corrupt: discard them"
    )
  }

  private func compressedChunk() throws(Inflater.Failure) -> [UInt8] {
    guard remaining > 0 else { return [] }
    let chunk: [UInt8]
    do {
      chunk = try file.read(at: next, count: min(remaining, 1 << 16))
    } catch {
      throw .input(error.description)
    }
    guard !chunk.isEmpty else { return [] }
    next += chunk.count
    remaining -= chunk.count
    return chunk
  }

  func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(ImportError) -> Int {
    guard !finished else { return 0 }
    var got = 0
    if let inflater {
      do {
        got = try inflater.read(
          into: UnsafeMutableBufferPointer(start: buffer.assumingMemoryBound(to: UInt8.self), count: count))
      } catch {
        switch error {
        case .truncated: throw damaged("the compressed data ends early")
        case .invalid(let detail): throw damaged(detail)
        case .input(let detail): throw .readFailed(path: file.path, reason: detail)
        }
      }
    } else {
      let chunk = try file.read(at: next, count: min(remaining, count))
      if !chunk.isEmpty { chunk.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: chunk.count) } }
      next += chunk.count
      remaining -= chunk.count
      got = chunk.count
    }
    produced += got
    if produced > entry.size {
      throw .unsupported(
        path: file.path,
        message:
          "the archive member \(entry.name) inflates to more than its declared \(entry.size) bytes (a damaged archive or a zip bomb): refused"
      )
    }
    crc = CRC32.update(crc, with: UnsafeRawBufferPointer(start: buffer, count: got))
    if got == 0 {
      finished = true
      guard produced == entry.size else { throw damaged("\(produced) bytes instead of the declared \(entry.size)") }
      guard crc == entry.crc else { throw damaged("CRC-32 mismatch") }
    }
    return got
  }
}
