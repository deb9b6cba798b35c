#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A LimeSurvey survey archive (`.lsa`): a ZIP holding `survey_<sid>.lss` and
/// `survey_<sid>_responses.lsr` (plus optional `.lst`/`.lsi`). The `.lss` and `.lsr` are
/// extracted (CRC-checked) into a private temporary directory that is removed with this object.
/// Archives are read in memory (capped at 256 MB compressed); ZIP64 is not supported.
final class LimeSurveyArchive {
  let directory: String
  let responsesPath: String
  let structurePath: String?

  static let maximumSize = 256 << 20

  init(path: String) throws(ImportError) {
    let data = try Self.readAll(path: path)
    let entries = try Self.centralDirectory(data, path: path)
    guard let responses = entries.first(where: { $0.name.lowercased().hasSuffix(".lsr") }) else {
      throw .notASurveyExport(path: path, what: "a ZIP archive without a LimeSurvey response file (.lsr)")
    }
    let structure = entries.first { $0.name.lowercased().hasSuffix(".lss") }
    var template = Array("/tmp/verbatim-lsa-XXXXXX".utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      throw .readFailed(path: path, reason: "cannot create a temporary directory")
    }
    let directory = String(cString: made)
    self.directory = directory
    do {
      responsesPath = try Self.extract(responses, from: data, archive: path, into: directory, as: "responses.lsr")
      structurePath = try structure.map { entry throws(ImportError) in
        try Self.extract(entry, from: data, archive: path, into: directory, as: "structure.lss")
      }
    } catch {
      Self.remove(directory)
      throw error
    }
  }

  deinit { Self.remove(directory) }

  private static func remove(_ directory: String) {
    unlink(directory + "/responses.lsr")
    unlink(directory + "/structure.lss")
    rmdir(directory)
  }

  struct Entry {
    var name: String
    var method: Int
    var crc: UInt32
    var compressedSize: Int
    var size: Int
    var localHeader: Int
  }

  private static func readAll(path: String) throws(ImportError) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if got < 0 { throw .readFailed(path: path, reason: String(cString: strerror(errno))) }
      if got == 0 { return result }
      result.append(contentsOf: chunk[0..<got])
      if result.count > maximumSize {
        throw .unsupported(path: path, message: "ZIP archive larger than 256 MB: unzip it and import the .lsr")
      }
    }
  }

  private static func u16(_ data: [UInt8], _ at: Int) -> Int { Int(data[at]) | Int(data[at + 1]) << 8 }
  private static func u32(_ data: [UInt8], _ at: Int) -> Int { u16(data, at) | u16(data, at + 2) << 16 }

  private static func centralDirectory(_ data: [UInt8], path: String) throws(ImportError) -> [Entry] {
    let broken = ImportError.notASurveyExport(path: path, what: "a damaged or truncated ZIP archive")
    guard data.count >= 22 else { throw broken }
    var end = data.count - 22
    let lowest = max(0, data.count - 22 - 65_535)
    while end >= lowest, u32(data, end) != 0x0605_4B50 { end -= 1 }
    guard end >= lowest else { throw broken }
    let count = u16(data, end + 10)
    var offset = u32(data, end + 16)
    var entries: [Entry] = []
    for _ in 0..<count {
      guard offset + 46 <= data.count, u32(data, offset) == 0x0201_4B50 else { throw broken }
      let nameLength = u16(data, offset + 28)
      let extraLength = u16(data, offset + 30)
      let commentLength = u16(data, offset + 32)
      guard offset + 46 + nameLength <= data.count else { throw broken }
      entries.append(
        Entry(
          name: String(decoding: data[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self),
          method: u16(data, offset + 10), crc: UInt32(u32(data, offset + 16)), compressedSize: u32(data, offset + 20),
          size: u32(data, offset + 24), localHeader: u32(data, offset + 42)))
      offset += 46 + nameLength + extraLength + commentLength
    }
    return entries
  }

  private static func extract(
    _ entry: Entry, from data: [UInt8], archive: String, into directory: String, as name: String
  ) throws(ImportError) -> String {
    let broken = ImportError.notASurveyExport(path: archive, what: "a damaged ZIP archive (entry \(entry.name))")
    let header = entry.localHeader
    guard header + 30 <= data.count, u32(data, header) == 0x0403_4B50 else { throw broken }
    let start = header + 30 + u16(data, header + 26) + u16(data, header + 28)
    guard start + entry.compressedSize <= data.count else { throw broken }
    let compressed = Array(data[start..<(start + entry.compressedSize)])
    let bytes: [UInt8]
    switch entry.method {
    case 0: bytes = compressed
    case 8:
      do { bytes = try Inflater.inflate(compressed, expectedSize: entry.size) } catch { throw broken }
    default:
      throw .unsupported(path: archive, message: "ZIP compression method \(entry.method) is not supported")
    }
    guard bytes.count == entry.size, CRC32.checksum(bytes) == entry.crc else { throw broken }
    let target = directory + "/" + name
    let fd = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { throw .readFailed(path: target, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
      guard result > 0 else { throw .readFailed(path: target, reason: String(cString: strerror(errno))) }
      written += result
    }
    return target
  }
}
