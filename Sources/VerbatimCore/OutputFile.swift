#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An output file every command writes the same way (`-o`, `--rejects`, `--manifest`, `--junit`,
/// the files of `validate --out`):
///
/// - A regular file, or a path that does not exist yet, is written to a temporary file of its own
///   in the same folder, created with a name no one can predict and opened with
///   `O_CREAT | O_EXCL | O_NOFOLLOW` (a file or symbolic link already there is never opened), then
///   renamed onto the path by `commit()`. A run that fails, or is interrupted (SIGINT, SIGTERM,
///   SIGHUP: `InterruptCleanup`), leaves the earlier file as it was and no temporary file behind.
///   The new file keeps an earlier file's permissions; an earlier file the user may not write is
///   refused, as opening it would be. A file in a folder where nothing can be created (read-only,
///   or another user's) is written where it is.
/// - Anything else — a symbolic link, a FIFO, a device such as /dev/null, /dev/full or /dev/stdout
///   — is opened and written where it is: renaming onto it would replace the link, the FIFO or the
///   device node rather than write to it (review h43: `gate --junit /dev/full` replaced the device
///   and exited 0).
///
/// Every failure is an `OutputError` naming `path`, never the temporary file.
public final class OutputFile {
  /// The file the user asked for.
  public let path: String
  private var descriptor: Int32
  /// The temporary file written until `commit()`, nil when `path` is written where it is.
  private let temporaryPath: String?
  /// The temporary file's slot in `InterruptCleanup`.
  private var cleanupSlot: Int?
  private var settled = false

  /// Opens `path` for writing (see the type's description). Nothing is written to `path` itself
  /// before `commit()` when it is a regular file or does not exist.
  public init(path: String) throws(OutputError) {
    self.path = path
    var info = stat()
    let exists = lstat(path, &info) == 0
    let kind = exists ? info.st_mode & S_IFMT : 0
    if kind == S_IFDIR { throw .isFolder(path: path) }
    let (folder, name) = Self.split(path)
    if exists && kind != S_IFREG {
      // Written where it is: through the link, into the FIFO or device.
      descriptor = try Self.openInPlace(path)
      temporaryPath = nil
      return
    }
    var folderInfo = stat()
    if !exists, stat(folder ?? ".", &folderInfo) != 0 || folderInfo.st_mode & S_IFMT != S_IFDIR {
      throw .missingFolder(path: path, folder: folder ?? ".")
    }
    // Renaming needs only the folder's permission: an earlier file the user may not write is
    // refused, as `open` refused it before outputs were staged.
    if exists && access(path, W_OK) != 0 { throw .cannotCreate(path: path, reason: Self.systemReason()) }
    let prefix = folder.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
    var attempts = 0
    while true {
      attempts += 1
      // A name too long for the folder falls back to a short one.
      let candidate = prefix + (attempts > 50 ? "" : name + ".") + Self.randomSuffix() + ".partial"
      // Registered before the file exists, so that no signal can come between its creation and its
      // registration.
      let slot = InterruptCleanup.register(candidate)
      let opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
      if opened >= 0 {
        descriptor = opened
        temporaryPath = candidate
        cleanupSlot = slot
        break
      }
      let error = errno
      if let slot { InterruptCleanup.unregister(slot) }
      if error == ENAMETOOLONG && attempts <= 50 {
        attempts = 50
        continue
      }
      if error == EEXIST && attempts < 100 { continue }
      // A file the user may write in a folder where nothing can be created (read-only, or another
      // user's): written where it is, as before outputs were staged.
      if exists && [EACCES, EPERM, EROFS].contains(error) {
        descriptor = try Self.openInPlace(path)
        temporaryPath = nil
        return
      }
      throw .cannotCreate(
        path: path, reason: "cannot create a file in the folder \(folder ?? "."): \(Self.systemReason(error))")
    }
    if exists { _ = fchmod(descriptor, info.st_mode & 0o7777) }
  }

  /// `path` opened for writing where it is (created if missing, emptied if a regular file).
  private static func openInPlace(_ path: String) throws(OutputError) -> Int32 {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      if errno == EISDIR { throw .isFolder(path: path) }
      throw .cannotCreate(path: path, reason: systemReason())
    }
    return descriptor
  }

  deinit { discard() }

  /// Whether the output is written to a temporary file and renamed on `commit()`.
  public var isStaged: Bool { temporaryPath != nil }

  /// Writes all of `bytes`.
  public func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      #if canImport(Glibc)
        let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
      #else
        let written = Darwin.write(descriptor, base + offset, bytes.count - offset)
      #endif
      if written < 0 {
        if errno == EINTR { continue }
        throw .writeFailed(path: path, reason: Self.systemReason())
      }
      offset += written
    }
  }

  /// Writes all of `bytes`.
  public func write(_ bytes: [UInt8]) throws(OutputError) {
    // `withUnsafeBytes` rethrows untyped: the typed error travels in a `Result`.
    let written = bytes.withUnsafeBytes { buffer in Result { () throws(OutputError) in try write(buffer) } }
    try written.get()
  }

  /// Closes the file and, when it was staged, renames it onto `path`. On failure the temporary file
  /// is removed and `path` stays as it was.
  public func commit() throws(OutputError) {
    guard !settled else { return }
    settled = true
    defer { forgetTemporaryFile() }
    let closed = close(descriptor)
    let closeError = errno
    descriptor = -1
    guard closed == 0 else {
      if let temporaryPath { unlink(temporaryPath) }
      throw .writeFailed(path: path, reason: Self.systemReason(closeError))
    }
    if let temporaryPath, rename(temporaryPath, path) != 0 {
      let reason = Self.systemReason()
      unlink(temporaryPath)
      throw .cannotReplace(path: path, reason: reason)
    }
  }

  /// Abandons the output: the temporary file is removed (`path` stays as it was); a file written
  /// where it is is closed.
  public func discard() {
    guard !settled else { return }
    settled = true
    if descriptor >= 0 { close(descriptor) }
    descriptor = -1
    if let temporaryPath { unlink(temporaryPath) }
    forgetTemporaryFile()
  }

  private func forgetTemporaryFile() {
    if let slot = cleanupSlot { InterruptCleanup.unregister(slot) }
    cleanupSlot = nil
  }

  /// Writes `bytes` to `path` as a whole (`init`, `write`, `commit`).
  public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
    let file = try OutputFile(path: path)
    try file.write(bytes)
    try file.commit()
  }

  /// The folder part of `path` (nil for a bare name) and its last component.
  static func split(_ path: String) -> (folder: String?, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (nil, path) }
    let folder = slash == path.startIndex ? "/" : String(path[..<slash])
    return (folder, String(path[path.index(after: slash)...]))
  }

  /// Eight random letters and digits.
  private static func randomSuffix() -> String {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    return String((0..<8).map { _ in alphabet.randomElement()! })
  }

  static func systemReason(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }
}
