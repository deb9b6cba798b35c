#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension SHA256 {
  /// The size in bytes and the SHA-256 (64 lower-case hex digits) of the file at `path`, read in
  /// 1 MiB chunks.
  /// - Throws: `InputError.cannotOpen` when the file cannot be opened, `.readFailed` when reading
  ///   fails part-way.
  public static func digest(ofFileAt path: String) throws(InputError) -> (bytes: Int, sha256: String) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var hasher = SHA256()
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    var total = 0
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .readFailed(path: path, reason: String(cString: strerror(errno)))
      }
      if count == 0 { break }
      total += count
      buffer.withUnsafeBufferPointer { hasher.update(UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }
    return (total, hasher.finalizeHex())
  }
}
