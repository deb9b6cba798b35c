internal import CLibXML2
import VerbatimCore
internal import XMLBridge

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Node kinds of libxml2's `xmlReaderTypes` that the readers care about.
enum XMLNodeKind: Int32 {
  case element = 1
  case text = 3
  case cdata = 4
  case entityReference = 5
  case processingInstruction = 7
  case comment = 8
  case documentType = 10
  case whitespace = 13
  case significantWhitespace = 14
  case endElement = 15
  case other = -1
}

/// Collects libxml2's structured errors for one reader (the C callback gets it as an opaque
/// pointer through `Unmanaged`).
final class XMLErrorLog {
  struct Entry {
    var level: Int32
    var code: Int32
    var line: Int
    var column: Int
    var message: String
  }
  var firstError: Entry?
  var warnings: [Entry] = []
}

/// A streaming, safe libxml2 `xmlTextReader` over one file: no network, no entity substitution,
/// no DTD loading, no `XML_PARSE_HUGE` (so libxml2's limits apply: depth 256, text node 10 MB).
/// Entity references come back as nodes and are refused by `next()`; they are never resolved.
/// One per file and thread; not `Sendable`.
final class XMLStream {
  /// The file's name in messages.
  let path: String
  private let reader: xmlTextReaderPtr
  private let log = XMLErrorLog()
  private var nameCache: [UnsafeRawPointer: String] = [:]
  /// Set when the root element has closed (to recognise a second, concatenated document).
  private(set) var rootClosed = false
  private(set) var kind: XMLNodeKind = .other
  private(set) var depth = 0
  private(set) var sawVersion11 = false

  /// Opens `path`; throws `cannotOpen` when the file is unreadable. `displayName` replaces the
  /// path in messages (for a file extracted from an archive).
  init(path: String, displayName: String? = nil) throws(ImportError) {
    self.path = displayName ?? path
    verbatim_xml_silence_generic_errors()
    let options = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_COMPACT.rawValue)
    guard let reader = xmlReaderForFile(path, nil, options) else {
      throw .cannotOpen(path: path, reason: "libxml2 could not open the file")
    }
    self.reader = reader
    let context = Unmanaged.passUnretained(log).toOpaque()
    xmlTextReaderSetStructuredErrorHandler(
      reader,
      { context, error in
        guard let context, let error else { return }
        let log = Unmanaged<XMLErrorLog>.fromOpaque(context).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        let entry = XMLErrorLog.Entry(
          level: Int32(error.pointee.level.rawValue), code: error.pointee.code, line: Int(error.pointee.line),
          column: Int(error.pointee.int2),
          message: message.trimmingTrailingNewlines().split(separator: "\n").joined(separator: "; "))
        if entry.level >= Int32(XML_ERR_ERROR.rawValue) {
          if log.firstError == nil { log.firstError = entry }
        } else if log.warnings.count < 20 {
          log.warnings.append(entry)
        }
      }, context)
  }

  deinit { xmlFreeTextReader(reader) }

  /// libxml2 warnings seen so far (at most 20), as `line:column: message`.
  var warnings: [String] { log.warnings.map { "\($0.line):\($0.column): \($0.message)" } }

  /// Bytes of the file consumed so far.
  var bytesConsumed: Int64 { Int64(xmlTextReaderByteConsumed(reader)) }

  /// Advances to the next node. Returns false at the end of the document; throws on any error
  /// (malformed XML, refused entity) with line and column.
  func next() throws(ImportError) -> Bool {
    let status = xmlTextReaderRead(reader)
    // libxml2 parses ahead of the node handed out: an error logged while status is still 1
    // belongs to a later position, so the nodes before it are still delivered.
    if status <= 0, let error = log.firstError { throw translate(error) }
    if status == 0 { return false }
    if status < 0 {
      throw .malformed(
        path: path, line: currentLine, column: 0, message: "libxml2 stopped without an error message",
        recordsBefore: 0)
    }
    kind = XMLNodeKind(rawValue: xmlTextReaderNodeType(reader)) ?? .other
    depth = Int(xmlTextReaderDepth(reader))
    switch kind {
    case .endElement where depth == 0: rootClosed = true
    case .element where depth == 0 && !isEmptyElement: break
    case .element where depth == 0: rootClosed = true
    case .entityReference: throw entityError()
    default: break
    }
    return true
  }

  /// The local name of the current node (cached: libxml2 interns names in a dictionary).
  var name: String {
    guard let pointer = xmlTextReaderConstLocalName(reader) else { return "" }
    let key = UnsafeRawPointer(pointer)
    if let cached = nameCache[key] { return cached }
    let string = String(cString: pointer)
    if nameCache.count < 100_000 { nameCache[key] = string }
    return string
  }

  var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

  /// The line of the current node in the file.
  var currentLine: Int {
    if let node = xmlTextReaderCurrentNode(reader) {
      let line = Int(xmlGetLineNo(node))
      if line > 0 { return line }
    }
    return Int(xmlTextReaderGetParserLineNumber(reader))
  }

  /// Appends the current text/CDATA node's value (UTF-8) to `buffer`.
  func appendValue(to buffer: inout [UInt8]) {
    guard let value = xmlTextReaderConstValue(reader) else { return }
    let count = strlen(value)
    value.withMemoryRebound(to: UInt8.self, capacity: count) {
      buffer.append(contentsOf: UnsafeBufferPointer(start: $0, count: count))
    }
  }

  /// The value of attribute `name` on the current element.
  func attribute(_ name: String) -> String? {
    guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
    defer { verbatim_xml_free(value) }
    return String(cString: value)
  }

  /// The document's declared encoding, when there is an XML declaration naming one.
  var declaredEncoding: String? {
    guard let value = xmlTextReaderConstEncoding(reader) else { return nil }
    return String(cString: value)
  }

  /// The document's declared XML version.
  var xmlVersion: String? {
    guard let value = xmlTextReaderConstXmlVersion(reader) else { return nil }
    return String(cString: value)
  }

  /// Skips the current element's subtree (the reader then sits on its end or next node).
  func skipSubtree() throws(ImportError) {
    guard kind == .element, !isEmptyElement else { return }
    let start = depth
    while try next() {
      if kind == .endElement && depth == start { return }
    }
  }

  /// Reads all text below the current element (text, CDATA and whitespace of it and its
  /// descendants, tags dropped) and leaves the reader on its end tag. CR and CRLF become LF
  /// (libxml2 leaves them in CDATA sections).
  func readText(into buffer: inout [UInt8]) throws(ImportError) {
    buffer.removeAll(keepingCapacity: true)
    guard kind == .element, !isEmptyElement else { return }
    let start = depth
    while try next() {
      switch kind {
      case .text, .cdata, .significantWhitespace, .whitespace: appendValue(to: &buffer)
      case .endElement where depth == start:
        normaliseLineEnds(&buffer)
        return
      default: break
      }
    }
  }

  /// Reads the current element's text as a String (see `readText(into:)`).
  func readText() throws(ImportError) -> String {
    var buffer: [UInt8] = []
    try readText(into: &buffer)
    return String(decoding: buffer, as: UTF8.self)
  }

  private func entityError() -> ImportError {
    let name = String(cString: xmlTextReaderConstName(reader))
    var detail = "an entity declared in the document's DTD"
    if let document = xmlTextReaderCurrentDoc(reader), let entity = xmlGetDocEntity(document, name) {
      let type = entity.pointee.etype.rawValue
      if type == XML_EXTERNAL_GENERAL_PARSED_ENTITY.rawValue || type == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY.rawValue {
        let system = entity.pointee.SystemID.map { String(cString: $0) } ?? "?"
        detail = "an external entity (SYSTEM \"\(system)\"), which is never opened"
      } else {
        detail = "an internal entity of the document's DTD (entity expansion is disabled)"
      }
    }
    return .unsafeEntity(path: path, line: currentLine, name: name, detail: detail, recordsBefore: 0)
  }

  private func translate(_ error: XMLErrorLog.Entry) -> ImportError {
    var message = error.message
    let lower = message.lowercased()
    if lower.contains("entity reference loop") || lower.contains("amplification") {
      message += " (an entity-expansion bomb: refused)"
    } else if lower.contains("excessive depth") {
      message = "elements nested deeper than libxml2's safe limit of 256 levels (refused)"
    } else if lower.contains("huge") || lower.contains("too long") || lower.contains("xmlsax2characters") {
      message += " (a text node larger than libxml2's safe limit of 10,000,000 bytes: refused)"
    } else if (rootClosed && lower.contains("extra content at the end"))
      || (error.line > 1 && lower.contains("xml declaration allowed"))
    {
      message = "a second document starts here: the file holds concatenated exports; split them and import each"
    } else if lower.contains("document is empty") {
      message += " (no XML element found)"
    } else if lower.contains("premature end") || lower.contains("end of data") || lower.contains("not finished")
      || lower.contains("extra content at the end") || lower.contains("unexpected end")
    {
      message += " (the file is truncated or an end tag is missing)"
    }
    return .malformed(path: path, line: error.line, column: error.column, message: message, recordsBefore: 0)
  }
}

/// Replaces CRLF and lone CR with LF in place.
func normaliseLineEnds(_ buffer: inout [UInt8]) {
  guard buffer.contains(0x0D) else { return }
  var output: [UInt8] = []
  output.reserveCapacity(buffer.count)
  var index = 0
  while index < buffer.count {
    let byte = buffer[index]
    if byte == 0x0D {
      output.append(0x0A)
      if index + 1 < buffer.count, buffer[index + 1] == 0x0A { index += 1 }
    } else {
      output.append(byte)
    }
    index += 1
  }
  buffer = output
}

extension String {
  func trimmingTrailingNewlines() -> String {
    var result = self
    while let last = result.last, last.isNewline || last == " " { result.removeLast() }
    return result
  }
}
