#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an `XMLStream` gets its bytes from: a file, or a member of a ZIP archive inflated on the
/// fly. `read` returns 0 at the end and throws an `ImportError` on failure.
protocol XMLByteSource: AnyObject {
  func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(ImportError) -> Int
}

/// A file read with `read(2)`.
final class FileByteSource: XMLByteSource {
  private let fd: Int32
  private let path: String

  init(path: String) throws(ImportError) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    self.fd = fd
    self.path = path
  }

  deinit { close(fd) }

  func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(ImportError) -> Int {
    while true {
      let got = Glibc.read(fd, buffer, count)
      if got >= 0 { return got }
      if errno == EINTR { continue }
      throw .readFailed(path: path, reason: String(cString: strerror(errno)))
    }
  }
}

/// The bytes between a source and libxml2: runs the breadth scanner, and turns a source failure
/// or a limit into a clean end of input (so libxml2 reports where it stopped and the complete
/// records before it are still handed out) while keeping the real reason in `failure`.
final class XMLFeed {
  private let source: any XMLByteSource
  private var scanner: XMLBreadthScanner
  /// Why the input was cut short (a read error, a damaged archive, a breadth limit).
  private(set) var failure: ImportError?
  /// The input's first bytes (libxml2 reads the first four on their own, to detect the encoding).
  private var head: [UInt8] = []
  /// Whether the input starts with blank lines or spaces (after any byte-order mark) and then an
  /// XML declaration, which libxml2 refuses as one not at the start (a common export bug).
  var declarationAfterLeadingSpace: Bool {
    head.withUnsafeBytes { Self.hasDeclarationAfterLeadingSpace($0) }
  }

  init(source: any XMLByteSource, scanner: XMLBreadthScanner) {
    self.source = source
    self.scanner = scanner
  }

  /// Whether a lone CR is handed to libxml2 as an LF: decided from the first bytes, true unless
  /// they are UTF-16 (whose code units may hold a 0x0D byte that is no CR).
  private var convertsLoneCR: Bool?
  /// A CR held back from the end of the last chunk until the next byte shows whether an LF follows.
  private var heldCR = false

  /// Fills `buffer` with up to `count` bytes of the input; 0 at its end. A lone CR (classic-Mac
  /// line ends) is handed over as an LF: XML 1.0 §2.11 makes it a line end, which the parser
  /// normalises to LF anyway, but libxml2 counts lines at LF only, so every error and reject in a
  /// CR-only file was on line 1 (review h42 #5). CR LF is left as it is.
  func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
    guard failure == nil, count > 1 else { return 0 }
    let offset = heldCR ? 1 : 0
    var got: Int
    do {
      got = try source.read(into: buffer + offset, count: count - offset)
    } catch {
      failure = error
      got = 0
    }
    let bytes = buffer.assumingMemoryBound(to: UInt8.self)
    if got <= 0 {
      guard heldCR else { return 0 }
      heldCR = false
      bytes[0] = 0x0A
      return 1
    }
    if head.count < 64 { head += UnsafeRawBufferPointer(start: buffer + offset, count: min(got, 64 - head.count)) }
    var cut: Int?
    if let end = scanner.scan(UnsafeRawBufferPointer(start: buffer + offset, count: got)) {
      failure = scanner.limitError
      cut = end
      got = end
    }
    var total = got + offset
    if heldCR {
      heldCR = false
      bytes[0] = total > 1 && bytes[1] == 0x0A ? 0x0D : 0x0A
    }
    if convertsLoneCR == nil {
      let utf16 = [[0xFF, 0xFE], [0xFE, 0xFF], [0x3C, 0x00], [0x00, 0x3C]].contains { start in
        total >= 2 && bytes[0] == start[0] && bytes[1] == start[1]
      }
      convertsLoneCR = !utf16
    }
    guard convertsLoneCR == true else { return total }
    var from = 0
    while from < total, let found = memchr(bytes + from, 0x0D, total - from) {
      let index = bytes.distance(to: found.assumingMemoryBound(to: UInt8.self))
      from = index + 1
      if index + 1 < total {
        if bytes[index + 1] != 0x0A { bytes[index] = 0x0A }
      } else if cut == nil {
        // The last byte: whether an LF follows is known with the next chunk.
        heldCR = true
        total -= 1
      } else {
        bytes[index] = 0x0A
      }
    }
    // A chunk that was a held-back CR alone: read on (0 would end the input).
    return total > 0 ? total : read(into: buffer, count: count)
  }

  /// Whether `start` (the input's first bytes) is a UTF-8 byte-order mark or none, one or more
  /// spaces, tabs, CRs or LFs, and then `<?xml` and a space.
  static func hasDeclarationAfterLeadingSpace(_ start: UnsafeRawBufferPointer) -> Bool {
    var index = start.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let first = index
    while index < start.count, [0x20, 0x09, 0x0D, 0x0A].contains(start[index]) { index += 1 }
    guard index > first else { return false }
    let declaration = Array("<?xml".utf8)
    return start.count >= index + declaration.count + 1
      && start[index..<(index + declaration.count)].elementsEqual(declaration)
      && [0x20, 0x09, 0x0D, 0x0A].contains(start[index + declaration.count])
  }
}

/// Counts the attributes of each start tag in the raw bytes, before libxml2 parses them
/// (libxml2 2.9's duplicate-attribute check is quadratic: 80,000 attributes take a minute), and the
/// comments, processing instructions and CDATA sections in a row without a tag
/// (`XMLLimits.looseNodesInARow`: libxml2's reader builds and keeps such a run in memory). It
/// follows just enough XML to stay in step: start and end tags with quoted values, comments,
/// CDATA sections, processing instructions and declarations (with a DOCTYPE's internal subset).
/// UTF-16 input is scanned in 16-bit units; anything else in bytes. The limit error carries no
/// line: `XMLStream` takes it from libxml2's report of where the cut-off input ends.
struct XMLBreadthScanner {
  private enum State {
    case text, afterLess, startTag, endTag, instruction, afterBang, afterBangDash, comment, cdata, declaration
    case declarationComment
  }

  private enum Units { case undecided, bytes, utf16LE, utf16BE }

  private var state = State.text
  private var units = Units.undecided
  private var carry: UInt8?
  private var quote: UInt16 = 0
  private var attributes = 0
  private var run = 0  // dashes, brackets or question marks just seen, per state
  private var brackets = 0
  /// Comments, processing instructions and CDATA sections since the last start or end tag.
  private var looseMarkup = 0
  let limit: Int
  /// Filled in when `scan` reports the limit.
  private(set) var limitError: ImportError?
  let displayName: String

  init(limit: Int = XMLLimits.attributesPerElement, displayName: String = "") {
    self.limit = limit
    self.displayName = displayName
  }

  /// Scans the next bytes; returns the offset of the first byte not to hand on when an element
  /// has more than `limit` attributes or a run of comments, processing instructions and CDATA
  /// sections passes its limit (`limitError` says which).
  mutating func scan(_ bytes: UnsafeRawBufferPointer) -> Int? {
    if units == .undecided {
      if bytes.count >= 2 {
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE), (0x3C, 0x00): units = .utf16LE
        case (0xFE, 0xFF), (0x00, 0x3C): units = .utf16BE
        default: units = .bytes
        }
      } else {
        units = .bytes
      }
    }
    switch units {
    case .bytes, .undecided:
      guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
      var index = 0
      while index < bytes.count {
        if state == .text {
          // Text is most of a file: jump to the next "<".
          guard let less = memchr(base + index, 0x3C, bytes.count - index) else { return nil }
          index = base.distance(to: less.assumingMemoryBound(to: UInt8.self)) + 1
          state = .afterLess
          continue
        }
        if state == .endTag || (state == .startTag && quote != 0) {
          // Jump to the end of an end tag or of an attribute value.
          let target: Int32 = state == .endTag ? 0x3E : Int32(quote)
          guard let found = memchr(base + index, target, bytes.count - index) else { return nil }
          index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        if step(UInt16(base[index])) { return index }
        index += 1
      }
      return nil
    case .utf16LE, .utf16BE:
      var index = 0
      if let first = carry, bytes.count > 0 {
        carry = nil
        if step(unit(first, bytes[0])) { return 0 }
        index = 1
      }
      while index + 1 < bytes.count {
        if step(unit(bytes[index], bytes[index + 1])) { return index }
        index += 2
      }
      if index < bytes.count { carry = bytes[index] }
      return nil
    }
  }

  private func unit(_ first: UInt8, _ second: UInt8) -> UInt16 {
    units == .utf16LE ? UInt16(first) | UInt16(second) << 8 : UInt16(first) << 8 | UInt16(second)
  }

  /// Advances by one unit; true when the limit is exceeded at it.
  private mutating func step(_ unit: UInt16) -> Bool {
    switch state {
    case .text:
      if unit == 0x3C { state = .afterLess }
    case .afterLess:
      switch unit {
      case 0x21: state = .afterBang  // <!
      case 0x3F:  // <?
        state = .instruction
        run = 0
        if countLooseMarkup() { return true }
      case 0x2F:  // </
        state = .endTag
        looseMarkup = 0
      default:
        state = .startTag
        attributes = 0
        quote = 0
        looseMarkup = 0
      }
    case .startTag:
      if quote != 0 {
        if unit == quote { quote = 0 }
      } else if unit == 0x22 || unit == 0x27 {
        quote = unit
        attributes += 1
        if attributes > limit {
          return refuse(
            "an element with more than \(limit) attributes (refused: a hostile or broken file; real exports use a handful)"
          )
        }
      } else if unit == 0x3E {
        state = .text
      }
    case .endTag:
      if unit == 0x3E { state = .text }
    case .instruction:
      if unit == 0x3E && run > 0 { state = .text }
      run = unit == 0x3F ? 1 : 0
    case .afterBang:
      switch unit {
      case 0x2D: state = .afterBangDash
      case 0x5B:
        state = .cdata
        run = 0
        if countLooseMarkup() { return true }
      default: startDeclaration(with: unit)
      }
    case .afterBangDash:
      if unit == 0x2D {
        state = .comment
        run = 0
        if countLooseMarkup() { return true }
      } else {
        startDeclaration(with: unit)
      }
    case .comment, .declarationComment:
      if unit == 0x3E && run >= 2 {
        state = state == .comment ? .text : .declaration
        run = 0
      } else {
        run = unit == 0x2D ? run + 1 : 0
      }
    case .cdata:
      if unit == 0x3E && run >= 2 {
        state = .text
        run = 0
      } else {
        run = unit == 0x5D ? run + 1 : 0
      }
    case .declaration:
      if quote != 0 {
        if unit == quote { quote = 0 }
        return false
      }
      switch unit {
      case 0x22, 0x27: quote = unit
      case 0x5B: brackets += 1
      case 0x5D: brackets = max(0, brackets - 1)
      case 0x3E where brackets == 0: state = .text
      case 0x3C: run = 1  // "<" inside the internal subset
      case 0x21 where run == 1: run = 2  // "<!"
      case 0x2D where run == 2: run = 3  // "<!-"
      case 0x2D where run == 3:  // "<!--": a comment, which may hold quotes
        state = .declarationComment
        run = 0
        return false
      default: break
      }
      if unit != 0x3C && unit != 0x21 && unit != 0x2D { run = 0 }
    }
    return false
  }

  /// Counts a comment, processing instruction or CDATA section; true past
  /// `XMLLimits.looseNodesInARow` of them with no tag between. libxml2's reader builds the nodes
  /// of such a run before handing any out and keeps them until the next element (QA review 15:
  /// an answer split by 3 million `<!---->` took 895 MB for a 27 MB file), so the run is cut here,
  /// before libxml2 reads it.
  private mutating func countLooseMarkup() -> Bool {
    looseMarkup += 1
    guard looseMarkup > XMLLimits.looseNodesInARow else { return false }
    return refuse(
      "more than \(XMLLimits.looseNodesInARow) comments, processing instructions or CDATA sections in a row without a tag (refused: a hostile or broken file)"
    )
  }

  /// Records the limit error (without a line: `XMLStream` places it) and returns true.
  private mutating func refuse(_ message: String) -> Bool {
    limitError = .malformed(path: displayName, line: 0, column: 0, message: message, recordsBefore: 0)
    return true
  }

  private mutating func startDeclaration(with unit: UInt16) {
    state = .declaration
    quote = 0
    brackets = 0
    run = 0
    switch unit {
    case 0x22, 0x27: quote = unit
    case 0x5B: brackets = 1
    case 0x3E: state = .text
    default: break
    }
  }
}
