#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file (or standard input) line by line in constant memory, handing each line to the
/// caller as bytes without its terminator (`\n`, `\r\n`, or a lone `\r` in a classic Mac file).
/// Lines are numbered from 1. A final line without a terminator is still a line; an empty file has
/// no lines.
///
/// `\n` and `\r\n` end a line in every file. A file of lone `\r` terminators (classic Mac OS, and
/// some spreadsheet exports) has a lone `\r` end its lines too, not read as one record (review r22:
/// three answers typed on three lines of such a file were scored as one); in such a file that
/// mixes endings, every `\n`, `\r\n` and lone `\r` ends a line, as the CSV importer splits a
/// classic Mac file (QA review 41: `good\rbad\nugly` was two lines, `bad\nugly` one record, and
/// `bad\r\nugly` left a line starting with `\n`). A `\n` before any lone `\r` decides for `\n`;
/// after a lone `\r`, whichever of lone `\r` and `\n` is more frequent in the 64 KiB from it
/// decides (QA review 15: a stray `\r` in the first line of a `\n` file made it the terminator,
/// gluing every later line into one record). In a `\n` file a lone `\r` stays in its line.
public final class LineReader {
  /// Where the bytes come from, for messages ("-" is standard input).
  public let source: String
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  // The reading state is used by the one thread that reads (a reader is not `Sendable`) and never
  // re-entered, so its accesses go unchecked at run time: the per-line loop of `forEachLine` would
  // otherwise check exclusivity (a thread-local lookup) at each access.
  @exclusivity(unchecked) private var buffer: [UInt8]
  @exclusivity(unchecked) private var start = 0
  @exclusivity(unchecked) private var end = 0
  @exclusivity(unchecked) private var finished = false
  /// The line terminator: `\n` (also ending `\r\n`), or `\r` in a file of lone `\r` terminators
  /// (where `\n` and `\r\n` end lines too); nil until the bytes read decide.
  @exclusivity(unchecked) private var terminator: UInt8?
  /// Lone `\r` and `\n` seen, and bytes looked at, while the terminator is undecided.
  @exclusivity(unchecked) private var loneCRs = 0
  @exclusivity(unchecked) private var lineFeeds = 0
  @exclusivity(unchecked) private var undecidedBytes = 0
  /// The bytes from the first lone `\r` whose lone `\r` and `\n` decide the terminator.
  static let terminatorWindow = 65_536
  /// The number of the last line handed out.
  @exclusivity(unchecked) public private(set) var lineNumber = 0
  /// Bytes consumed so far (for progress reporting).
  @exclusivity(unchecked) public private(set) var bytesRead = 0
  /// The SHA-256 of every byte read, when `recordDigest()` asked for it.
  private var digest: SHA256?
  /// Whether the source is a pipe, terminal or socket (input may pause), not a regular file.
  private let mayPause: Bool
  /// How long the input must stay silent before the caller hears of it (`forEachLine`'s
  /// `whenInputPauses`): long enough that a fast producer never triggers it, short enough for a person.
  static let pauseMilliseconds: Int32 = 20
  /// A trickling input (reads of less than `trickleBytes`) is reported at least this often even if it
  /// never pauses for `pauseMilliseconds`: the longest a line read from a slow stream waits.
  static let trickleMilliseconds: UInt64 = 200
  static let trickleBytes = 4096
  /// The size of the last read, and when the caller last heard of a pause (monotonic nanoseconds).
  private var lastReadCount = 0
  private var lastNotice: UInt64 = 0

  /// Opens `path`, or standard input for "-".
  /// - Throws: `InputError.cannotOpen` when the file cannot be opened.
  public init(path: String, chunkSize: Int = 1 << 20) throws(InputError) {
    source = path
    if path == "-" {
      descriptor = 0
      ownsDescriptor = false
    } else {
      let fd = open(path, O_RDONLY)
      guard fd >= 0 else { throw InputError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
      var info = stat()
      if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
        close(fd)
        throw InputError.cannotOpen(path: path, reason: "is a directory")
      }
      descriptor = fd
      ownsDescriptor = true
    }
    var info = stat()
    mayPause = fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT != S_IFREG
    // Not zero-filled: only bytes that `read` stored (`start..<end`) are ever looked at, and the
    // megabyte's fill cost 1.05M instructions (and a page fault per 4 KiB) at every start-up.
    buffer = [UInt8](unsafeUninitializedCapacity: chunkSize) { _, initialized in initialized = chunkSize }
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// Hashes every byte from now on, for a run manifest: standard input cannot be read again
  /// afterwards to hash it, and a file need not be. Call before the first line is read.
  public func recordDigest() {
    precondition(bytesRead == 0, "recordDigest() after reading began")
    digest = SHA256()
  }

  /// The size and lowercase hex SHA-256 of everything read, when `recordDigest()` was called.
  public func readDigest() -> (bytes: Int, sha256: String)? {
    guard var copy = digest else { return nil }
    return (bytesRead, copy.finalizeHex())
  }

  /// The longest line the text commands accept, in bytes (16 MiB, as `import` for a record): a
  /// longer one is an error rather than memory that grows with the input (review r21b: a 100 MB
  /// line, or /dev/zero, aborted `tokenize` and `score` at gigabytes).
  public static let maximumLineBytes = 16 << 20

  /// Whether the lines are JSON Lines records (not texts): `refuseLongLine` says so.
  public var holdsJSONLines = false

  /// Throws `InputError.lineTooLong` (`jsonLineTooLong` when `holdsJSONLines`) for line `line` of
  /// `length` bytes: the `tooLong` handler of the text commands.
  public func refuseLongLine(_ line: Int, _ length: Int) throws -> Bool {
    if holdsJSONLines { throw InputError.jsonLineTooLong(path: source, line: line, limit: Self.maximumLineBytes) }
    throw InputError.lineTooLong(path: source, line: line, limit: Self.maximumLineBytes)
  }

  /// Whether `tooLong` is called as soon as a line passes `maximumLength`, before its end (set by
  /// the callers whose handler throws).
  public var stopsAtLongLine = false

  /// Calls `body` with each line in order. Stops early when `body` returns false. A line longer
  /// than `maximumLineBytes` throws `InputError.lineTooLong`.
  public func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Bool) throws {
    stopsAtLongLine = true
    try forEachLine(maximumLength: Self.maximumLineBytes, tooLong: refuseLongLine, body)
  }

  /// Calls `body` with each line in order, in memory bounded by `maximumLength`: a line longer
  /// than `maximumLength` bytes is not kept; it is read to its end and reported to `tooLong`
  /// with its line number and length in bytes instead. Stops early when either returns false.
  ///
  /// `whenInputPauses` is called when the source is a pipe or terminal that has had nothing to read
  /// for `pauseMilliseconds`, or that trickles (small reads) and was last reported
  /// `trickleMilliseconds` ago (never for a regular file, nor for a pipe that delivers in bulk): a
  /// caller that holds lines back (a batch) finishes and writes them then, so
  /// `tail -f answers.jsonl | verbatim score -` answers as lines come, within about 0.2 s.
  public func forEachLine(
    maximumLength: Int, tooLong: (_ line: Int, _ length: Int) throws -> Bool,
    _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Bool
  ) throws {
    try forEachLine(maximumLength: maximumLength, tooLong: tooLong, whenInputPauses: {}, body: body)
  }

  /// `forEachLine(maximumLength:tooLong:_:)`, calling `whenInputPauses` as described there.
  public func forEachLine(
    maximumLength: Int, tooLong: (_ line: Int, _ length: Int) throws -> Bool,
    whenInputPauses: () throws -> Void,
    body: (UnsafeBufferPointer<UInt8>, Int) throws -> Bool
  ) throws {
    var searchFrom = start
    var skipped = 0  // bytes of an over-long line already discarded
    while true {
      if terminator == nil {
        terminator = decideTerminator(from: max(searchFrom, start))
        // Decided on bytes already searched (a `\r` file): the first line starts at `start`.
        if terminator != nil { searchFrom = start }
      }
      // Look for a line end in the bytes not searched yet.
      if let (newline, next) = nextLineEnd(from: max(searchFrom, start)) {
        lineNumber += 1
        searchFrom = next
        if skipped > 0 || newline - start > maximumLength {
          let length = skipped + newline - start
          skipped = 0
          start = next
          if try !tooLong(lineNumber, length) { return }
          continue
        }
        var lineEnd = newline
        if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let keepGoing = try buffer.withUnsafeBufferPointer { bytes in
          try body(UnsafeBufferPointer(rebasing: bytes[start..<lineEnd]), lineNumber)
        }
        start = next
        if !keepGoing { return }
        continue
      }
      if finished {
        if skipped > 0 || end - start > maximumLength {
          lineNumber += 1
          let length = skipped + end - start
          start = end
          _ = try tooLong(lineNumber, length)
        } else if start < end {
          lineNumber += 1
          var lineEnd = end
          if buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
          _ = try buffer.withUnsafeBufferPointer { bytes in
            try body(UnsafeBufferPointer(rebasing: bytes[start..<lineEnd]), lineNumber)
          }
          start = end
        }
        return
      }
      if end - start > maximumLength {
        // Over-long line: drop what is buffered and keep reading to its end, or, for a handler
        // that refuses it, report it now (a source without newlines, such as /dev/zero, has no end).
        skipped += end - start
        start = end
        if stopsAtLongLine {
          if try !tooLong(lineNumber + 1, skipped) { return }
          stopsAtLongLine = false
        }
      }
      searchFrom = end - start  // after fill() moves the unread bytes to the front
      // A `\r` that ends the buffer is looked at again with the next byte, which says whether it is
      // lone (while the terminator is undecided, and in a `\r` file).
      if terminator != 0x0A, end > start, buffer[end - 1] == 0x0D { searchFrom -= 1 }
      if mayPause {
        let now = Self.monotonicNanoseconds()
        let trickling =
          lastReadCount < Self.trickleBytes && now &- lastNotice >= Self.trickleMilliseconds * 1_000_000
        if trickling || !inputReady(within: Self.pauseMilliseconds) {
          try whenInputPauses()
          lastNotice = Self.monotonicNanoseconds()
        }
      }
      try fill()
    }
  }

  /// The first line end in the buffered bytes from `from`: the offset of its first byte (the
  /// `\n`, or the `\r` of a `\r\n` in a `\r` file; a `\r` before a `\n` in a `\n` file is stripped
  /// by the caller) and the offset of the byte after it. Nil when the terminator is undecided, when
  /// there is none, or when a `\r` file's buffer ends in a `\r` (the next byte says whether a `\n`
  /// follows it).
  private func nextLineEnd(from: Int) -> (end: Int, next: Int)? {
    guard let terminator, from < end else { return nil }
    return buffer.withUnsafeBufferPointer { bytes -> (end: Int, next: Int)? in
      guard let base = bytes.baseAddress else { return nil }
      if terminator == 0x0A {
        guard let found = memchr(base + from, 0x0A, end - from) else { return nil }
        let newline = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        return (newline, newline + 1)
      }
      // A `\r` file: the first `\n` or `\r`, whichever comes first (such files are rare: a
      // byte loop, not two `memchr`).
      var index = from
      while index < end {
        let byte = bytes[index]
        if byte == 0x0A { return (index, index + 1) }
        if byte == 0x0D {
          if index + 1 < end { return (index, bytes[index + 1] == 0x0A ? index + 2 : index + 1) }
          return finished ? (index, index + 1) : nil
        }
        index += 1
      }
      return nil
    }
  }

  /// The terminator, looking at the buffered bytes from `from`. An `\n` (alone or after `\r`)
  /// before any lone `\r` decides for `\n` at once (every LF or CRLF file, streamed line by line).
  /// After a lone `\r`, the `terminatorWindow` bytes from it (or the rest of the input, when
  /// shorter) decide: `\r` when they hold more lone `\r` than `\n`, else `\n`. The counts cover
  /// exactly those bytes, so a file and a pipe of the same bytes split alike, whatever the read
  /// sizes.
  /// Nil while undecided.
  private func decideTerminator(from: Int) -> UInt8? {
    var index = from
    while index < end && (loneCRs == 0 || undecidedBytes < Self.terminatorWindow) {
      switch buffer[index] {
      case 0x0A:
        if loneCRs == 0 { return 0x0A }
        lineFeeds += 1
      case 0x0D:
        if index + 1 < end {
          // CR LF counts once, as the LF that follows it.
          if buffer[index + 1] != 0x0A { loneCRs += 1 }
        } else if finished {
          loneCRs += 1
        } else {
          // Looked at again with the next byte (the caller searches from it once more).
          return nil
        }
      default: break
      }
      if loneCRs > 0 { undecidedBytes += 1 }
      index += 1
    }
    // No lone CR yet: only a LF decides (a first line without one may be long).
    guard loneCRs > 0 else { return nil }
    guard finished && index == end || undecidedBytes >= Self.terminatorWindow else { return nil }
    return loneCRs > lineFeeds ? 0x0D : 0x0A
  }

  private static func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
  }

  /// Whether the source has bytes to read (or its end) within `milliseconds`.
  private func inputReady(within milliseconds: Int32) -> Bool {
    var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&request, 1, milliseconds) != 0  // an error says ready: the read reports it
  }

  /// Moves unread bytes to the front, grows the buffer when one line fills it, and reads more.
  private func fill() throws(InputError) {
    if start > 0 {
      let remaining = end - start
      if remaining > 0 {
        buffer.withUnsafeMutableBufferPointer { bytes in
          _ = memmove(bytes.baseAddress!, bytes.baseAddress! + start, remaining)
        }
      }
      start = 0
      end = remaining
    }
    if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
    let count = buffer.withUnsafeMutableBufferPointer { bytes in
      read(descriptor, bytes.baseAddress! + end, bytes.count - end)
    }
    if count < 0 {
      if errno == EINTR { return }
      throw InputError.readFailed(path: source, reason: String(cString: strerror(errno)))
    }
    if count == 0 {
      finished = true
    } else {
      if digest != nil {
        buffer.withUnsafeBufferPointer { digest!.update(UnsafeBufferPointer(rebasing: $0[end..<(end + count)])) }
      }
      end += count
      bytesRead += count
      lastReadCount = count
    }
  }
}
