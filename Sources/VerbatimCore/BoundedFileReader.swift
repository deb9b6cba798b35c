#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole configuration file (a lexicon, a codebook, a partial) into memory with a size
/// limit, from a regular file or a pipe (`--lexicon <(…)`, `--taxonomy -`-style process
/// substitutions). A character device or socket is refused: `/dev/zero` or `/dev/urandom` would
/// otherwise be read until memory ran out.
public enum BoundedFileReader {
  /// Why a file could not be read; `description` is the reason a message shows after the path.
  public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
    case noSuchFile
    case isDirectory
    /// A device or socket: it may never end.
    case notRegularFileOrPipe
    case tooLarge(limit: Int)
    case unreadable(reason: String)

    public var description: String {
      switch self {
      case .noSuchFile: return "no such file"
      case .isDirectory: return "it is a directory, not a file"
      case .notRegularFileOrPipe: return "it is not a regular file or a pipe (a device or socket may never end)"
      case .tooLarge(let limit): return "it is larger than \(limit / (1 << 20)) MiB, the limit for this kind of file"
      case .unreadable(let reason): return reason
      }
    }
  }

  /// The bytes of `path`, at most `limit` of them.
  public static func contents(of path: String, limit: Int) throws(Failure) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw .noSuchFile }
      throw .unreadable(reason: String(cString: strerror(code)))
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .unreadable(reason: String(cString: strerror(errno))) }
    let type = info.st_mode & S_IFMT
    if type == S_IFDIR { throw .isDirectory }
    guard type == S_IFREG || type == S_IFIFO else { throw .notRegularFileOrPipe }
    if type == S_IFREG && Int(info.st_size) > limit { throw .tooLarge(limit: limit) }
    var bytes: [UInt8] = []
    if type == S_IFREG { bytes.reserveCapacity(Int(info.st_size)) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(reason: String(cString: strerror(errno)))
      }
      if count == 0 { break }
      guard bytes.count + count <= limit else { throw .tooLarge(limit: limit) }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }
}
