import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The running executable or a shared library it loaded, as a run manifest records it: the path,
/// the file's size and its GNU build ID (`NT_GNU_BUILD_ID`, the digest the linker writes into the
/// file), which names the build exactly (QA review 41: the tool's version alone did not say which
/// build made a gating decision, and the sentiment rules are code, not data). Only the ELF
/// headers and notes are read, so a manifest costs no hashing of large files.
public struct LoadedObject: Sendable, Equatable {
  /// "executable" or "library".
  public var role: String
  public var path: String
  public var bytes: Int
  /// Lower-case hex, nil when the file has none (or is no 64-bit little-endian ELF file).
  public var buildID: String?

  /// The executable (`/proc/self/exe`), then the mapped libraries whose file name starts with
  /// `libicu` or `libxml2` (`/proc/self/maps`), in address order; empty where there is no `/proc`.
  static func all() -> [LoadedObject] {
    var objects: [LoadedObject] = []
    if let resolved = realpath("/proc/self/exe", nil) {
      let path = String(cString: resolved)
      free(resolved)
      objects.append(object(role: "executable", path: path))
    }
    guard let maps = try? BoundedFileReader.contents(of: "/proc/self/maps", limit: 1 << 22) else { return objects }
    var seen: Set<String> = []
    for line in String(decoding: maps, as: UTF8.self).split(separator: "\n") {
      guard let slash = line.firstIndex(of: "/") else { continue }
      let path = String(line[slash...])
      let file = path.split(separator: "/").last.map(String.init) ?? path
      guard file.hasPrefix("libicu") || file.hasPrefix("libxml2"), seen.insert(path).inserted else { continue }
      objects.append(object(role: "library", path: path))
    }
    return objects
  }

  private static func object(role: String, path: String) -> LoadedObject {
    var status = stat()
    let bytes = stat(path, &status) == 0 ? Int(status.st_size) : 0
    return LoadedObject(role: role, path: path, bytes: bytes, buildID: buildID(ofFileAt: path))
  }

  /// The build ID in the `PT_NOTE` segments of a 64-bit little-endian ELF file. A note is a
  /// 12-byte header (name size, descriptor size, type), the name and the descriptor, each padded
  /// to 4 bytes; the build ID is type 3 with the name "GNU".
  static func buildID(ofFileAt path: String) -> String? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    func read(_ count: Int, at offset: Int) -> [UInt8]? {
      guard count > 0, count <= 1 << 20 else { return nil }
      var bytes = [UInt8](repeating: 0, count: count)
      let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
      return got == count ? bytes : nil
    }
    func integer(_ bytes: [UInt8], _ offset: Int, _ size: Int) -> Int {
      (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }
    // "\x7FELF", class 2 (64-bit), data 1 (little-endian).
    guard let header = read(64, at: 0), header[0..<4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]), header[4] == 2,
      header[5] == 1
    else { return nil }
    let tableOffset = integer(header, 0x20, 8)
    let entrySize = integer(header, 0x36, 2)
    let entries = integer(header, 0x38, 2)
    guard entrySize >= 56, let table = read(entrySize * entries, at: tableOffset) else { return nil }
    for entry in 0..<entries where integer(table, entry * entrySize, 4) == 4 {  // PT_NOTE
      let base = entry * entrySize
      guard let notes = read(integer(table, base + 0x20, 8), at: integer(table, base + 0x08, 8)) else { continue }
      var offset = 0
      while offset + 12 <= notes.count {
        let nameSize = integer(notes, offset, 4)
        let descriptorSize = integer(notes, offset + 4, 4)
        let type = integer(notes, offset + 8, 4)
        let name = offset + 12
        let value = name + (nameSize + 3) & ~3
        guard value + descriptorSize <= notes.count else { break }
        if type == 3 && nameSize == 4 && notes[name..<name + 4].elementsEqual(Array("GNU\0".utf8)) {
          return notes[value..<value + descriptorSize].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
        offset = value + (descriptorSize + 3) & ~3
      }
    }
    return nil
  }
}
