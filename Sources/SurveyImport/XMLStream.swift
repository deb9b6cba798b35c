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
  /// The elements still open (start tag parsed, end tag not) when the first error was raised:
  /// the nodes parsed before the error that are complete are exactly the ones outside this set.
  var openElements: Set<UnsafeMutableRawPointer> = []
  /// The byte at which the first error was raised ("extra content": `<` starts a second document).
  var byteAtError: UInt8?
  /// Whether the parser was inside a start tag when the first error was raised (a huge input
  /// there is an attribute value, not a text node).
  var inStartTag = false
  /// The reader, for the document built so far when an entity error is raised.
  var reader: OpaquePointer?
  /// Whether the first error was raised while parsing an entity's replacement text.
  var errorInEntity = false

  /// An entity-expansion error comes from the entity's own parse, whose open elements are not the
  /// document's: those are the last element at each level of the tree built so far (their end
  /// tags were not parsed), so the record being read is not handed out cut at the reference (QA
  /// review 15).
  func markOpenElementsAtEntityError() {
    guard let reader, let document = xmlTextReaderCurrentDoc(reader) else { return }
    var node = document.pointee.children
    while let current = node {
      var last = current
      while let next = last.pointee.next { last = next }
      guard last.pointee.type == XML_ELEMENT_NODE else { break }
      openElements.insert(UnsafeMutableRawPointer(last))
      node = last.pointee.children
    }
  }
}

/// A streaming, safe libxml2 `xmlTextReader` over one file: no network, no entity substitution,
/// no DTD loading, no `XML_PARSE_HUGE` (so libxml2's limits apply: depth 256, text node 10 MB).
/// Entity references come back as nodes and are refused by `next()`; they are never resolved.
/// One per file and thread; not `Sendable`.
///
/// The bytes reach libxml2 through an `XMLByteSource` (a file, or a member of a ZIP archive
/// inflated on the fly) and an `XMLBreadthScanner` that refuses elements with more than
/// `XMLLimits.attributesPerElement` attributes before libxml2 parses them.
///
/// After a fatal error, libxml2 has usually parsed some complete elements ahead of the last node
/// it handed out (it reads ahead in chunks). Those are not lost: `next()` goes on delivering them
/// from the partly built tree, up to the first element whose end tag was never parsed, and only
/// then throws the error. So every record completed before the error is read.
final class XMLStream {
  /// The file's name in messages.
  let path: String
  private let reader: xmlTextReaderPtr
  private let log = XMLErrorLog()
  private let feed: XMLFeed
  private var nameCache: [UnsafeRawPointer: String] = [:]
  /// Set when the root element has closed (to recognise a second, concatenated document).
  private(set) var rootClosed = false
  private(set) var kind: XMLNodeKind = .other
  private(set) var depth = 0
  private(set) var sawVersion11 = false
  /// The line where the record being read started, set by the format readers while they read
  /// one (so that an error inside a record can say where the unfinished record began).
  var recordStartLine: Int?
  /// Whether the last node handed out was an empty element (`<a/>`).
  private var lastWasEmpty = false
  /// Draining after a fatal error: the node handed out last (nil when not draining).
  private var drainNode: xmlNodePtr?
  /// Draining: whether `drainNode` is finished (a leaf, or an element whose end was handed out).
  private var drainDone = false
  /// The error to throw once draining ends.
  private var pendingError: ImportError?
  /// Whether the stream is draining (a plain flag: checking the optional error on every node
  /// costs measurable time).
  private var draining = false

  /// Opens `path`; throws `cannotOpen` when the file is unreadable. `displayName` replaces the
  /// path in messages (for a file extracted from an archive).
  convenience init(path: String, displayName: String? = nil) throws(ImportError) {
    try self.init(source: FileByteSource(path: path), displayName: displayName ?? path)
    filePath = path
  }

  /// The file read, when the stream reads one directly (not an archive member): a refused entity
  /// reference finds its column there.
  private var filePath: String?

  /// Reads the XML that `source` delivers; `displayName` names it in messages.
  init(source: any XMLByteSource, displayName: String) throws(ImportError) {
    self.path = displayName
    verbatim_xml_silence_generic_errors()
    let feed = XMLFeed(source: source, scanner: XMLBreadthScanner(displayName: displayName))
    self.feed = feed
    // BIG_LINES: text nodes past line 65,535 keep their line (libxml2 stores a node's line in 16
    // bits; review r16a).
    let options =
      Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
    let context = Unmanaged.passUnretained(feed).toOpaque()
    guard
      let reader = xmlReaderForIO(
        { context, buffer, length in
          guard let context, let buffer, length > 0 else { return -1 }
          let feed = Unmanaged<XMLFeed>.fromOpaque(context).takeUnretainedValue()
          return Int32(feed.read(into: UnsafeMutableRawPointer(buffer), count: Int(length)))
        }, nil, context, nil, nil, options)
    else {
      throw .cannotOpen(path: displayName, reason: "libxml2 could not open the file")
    }
    self.reader = reader
    log.reader = reader
    let logContext = Unmanaged.passUnretained(log).toOpaque()
    xmlTextReaderSetStructuredErrorHandler(
      reader,
      { context, error in
        guard let context, let error else { return }
        let log = Unmanaged<XMLErrorLog>.fromOpaque(context).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        let entry = XMLErrorLog.Entry(
          level: Int32(error.pointee.level.rawValue), code: error.pointee.code, line: Int(error.pointee.line),
          column: Int(error.pointee.int2), message: XMLStream.clean(message))
        // A namespace error (an undeclared prefix, a namespace name that is not a valid URI) leaves
        // the document well-formed XML 1.0 and libxml2 reads on: it is a warning, the names read as
        // written (QA review 38: it was reported as fatal after the whole file had been read).
        let namespaceError = error.pointee.domain == Int32(XML_FROM_NAMESPACE.rawValue)
        if entry.level >= Int32(XML_ERR_ERROR.rawValue) && !namespaceError {
          if log.firstError == nil {
            log.firstError = entry
            if let raw = error.pointee.ctxt, error.pointee.domain == Int32(XML_FROM_PARSER.rawValue) {
              let parser = raw.assumingMemoryBound(to: xmlParserCtxt.self)
              // An error inside an entity's replacement text comes from a context of its own (a
              // "pseudoroot" of libxml2 2.9, or an input pushed on the document's): its open
              // elements are not the document's (review of this session's diff).
              let firstName =
                parser.pointee.nodeNr > 0 ? parser.pointee.nodeTab?[0]?.pointee.name.map { String(cString: $0) } : nil
              if parser.pointee.inputNr > 1 || firstName == "pseudoroot" {
                log.errorInEntity = true
              }
              if let tab = parser.pointee.nodeTab, !log.errorInEntity {
                for index in 0..<Int(max(0, parser.pointee.nodeNr)) {
                  if let node = tab[index] { log.openElements.insert(UnsafeMutableRawPointer(node)) }
                }
              }
              if let input = parser.pointee.input, let cur = input.pointee.cur { log.byteAtError = cur.pointee }
              log.inStartTag = parser.pointee.instate == XML_PARSER_START_TAG
            }

          }
        } else if log.warnings.count < 20 {
          var entry = entry
          if namespaceError { entry.message += " (a namespace error: names are read as written)" }
          log.warnings.append(entry)
        }
      }, logContext)
  }

  deinit { xmlFreeTextReader(reader) }

  /// A feed failure without a position (a breadth limit) placed where libxml2 stopped reading:
  /// the input is cut just before the attribute past the limit, so libxml2's position of the
  /// unexpected end is inside the offending start tag (columns are 1-based, as libxml2's).
  private static func locate(_ failure: ImportError, at error: XMLErrorLog.Entry) -> ImportError {
    guard case .malformed(let path, 0, _, let message, let before) = failure else { return failure }
    return .malformed(
      path: path, line: max(error.line, 1), column: max(error.column, 1), message: message, recordsBefore: before)
  }

  /// Removes what must not reach a message: libxml2's "Bytes: 0xE9 0x20 …" dump of the bytes
  /// around an encoding error is the text of an answer (personal data), so it is dropped.
  static func clean(_ message: String) -> String {
    message.trimmingTrailingNewlines().split(separator: "\n")
      .filter { !$0.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("Bytes:") }
      .joined(separator: "; ")
  }

  /// libxml2 warnings seen so far (at most 20), as `line:column: message`.
  var warnings: [String] { log.warnings.map { "\($0.line):\($0.column): \($0.message)" } }

  /// Bytes of the file consumed so far.
  var bytesConsumed: Int64 { Int64(xmlTextReaderByteConsumed(reader)) }

  /// Advances to the next node. Returns false at the end of the document; throws on any error
  /// (malformed XML, refused entity, a breadth limit, a damaged archive) with line and column,
  /// after handing out the complete nodes libxml2 had parsed before it.
  func next() throws(ImportError) -> Bool {
    if draining { return try drainNext() }
    let status = xmlTextReaderRead(reader)
    // libxml2 parses ahead of the node handed out: an error logged while status is still 1
    // belongs to a later position, so the nodes before it are still delivered.
    if status <= 0, let error = log.firstError {
      let translated = feed.failure.map { Self.locate($0, at: error) } ?? translate(error)
      return try startDraining(translated)
    }
    if status == 0 {
      if let failure = feed.failure { throw noted(failure) }
      return false
    }
    if status < 0 {
      throw feed.failure
        ?? .malformed(
          path: path, line: currentLine, column: 0, message: "libxml2 stopped without an error message",
          recordsBefore: 0)
    }
    kind = XMLNodeKind(rawValue: xmlTextReaderNodeType(reader)) ?? .other
    depth = Int(xmlTextReaderDepth(reader))
    lastWasEmpty = kind == .element && xmlTextReaderIsEmptyElement(reader) == 1
    if kind == .element { try checkDistinctName() }
    switch kind {
    case .endElement where depth == 0: rootClosed = true
    case .element where depth == 0 && !isEmptyElement: break
    case .element where depth == 0: rootClosed = true
    case .entityReference: throw entityError()
    case .documentType: noteExternalParameterEntities()
    default: break
    }
    return true
  }

  /// The distinct element names met so far, by libxml2's interned pointer (its identity), up to
  /// `XMLLimits.distinctElementNames`, and the last one met.
  private var elementNames: Set<UnsafeRawPointer> = []
  private var lastElementName: UnsafeRawPointer?

  /// Refuses the document when the current element brings the distinct element names past
  /// `XMLLimits.distinctElementNames`.
  private func checkDistinctName() throws(ImportError) {
    guard let pointer = xmlTextReaderConstLocalName(reader).map(UnsafeRawPointer.init) else { return }
    if pointer == lastElementName { return }
    lastElementName = pointer
    if elementNames.count < XMLLimits.distinctElementNames {
      elementNames.insert(pointer)
    } else if !elementNames.contains(pointer) {
      throw .malformed(
        path: path, line: currentLine, column: 0,
        message:
          "more than \(XMLLimits.distinctElementNames) distinct element names (refused: a hostile or broken file; "
          + "a survey export has a few thousand columns)",
        recordsBefore: 0)
    }
  }

  /// Warnings of this reader's own (not libxml2's). libxml2 keeps no line for a declaration, so
  /// they have none.
  private(set) var notes: [String] = []

  /// Notes each external parameter entity the internal DTD subset declares (`<!ENTITY % p SYSTEM
  /// "…">`). It is never opened, so declarations it would hold are not applied; issue 6 asks that
  /// such an entity be reported by name and line (QA review 31, L3: general external entities were
  /// reported, parameter ones passed without a word).
  private func noteExternalParameterEntities() {
    guard let document = xmlTextReaderCurrentDoc(reader), let subset = document.pointee.intSubset else { return }
    var child = subset.pointee.children
    while let node = child, notes.count < 20 {
      defer { child = node.pointee.next }
      guard node.pointee.type == XML_ENTITY_DECL else { continue }
      let entity = UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlEntity.self)
      guard entity.pointee.etype == XML_EXTERNAL_PARAMETER_ENTITY else { continue }
      let name = entity.pointee.name.map { String(cString: $0) } ?? "?"
      let system = entity.pointee.SystemID.map { String(cString: $0) } ?? "?"
      notes.append(
        "the document type declaration (DTD) declares the external parameter entity %\(name); (SYSTEM \"\(system)\"), which is "
          + "never opened: declarations it would hold are not applied")
    }
  }

  /// Switches to handing out the complete nodes libxml2 built before the error (see the type's
  /// documentation), then `error`.
  private func startDraining(_ error: ImportError) throws(ImportError) -> Bool {
    pendingError = error
    draining = true
    if let first = log.firstError, log.errorInEntity || Self.isExpansionRefusal(first.message) {
      log.markOpenElementsAtEntityError()
    }
    if let current = xmlTextReaderCurrentNode(reader) {
      drainNode = current
      // The last node handed out: an element whose start tag was handed out is not finished yet.
      drainDone = !(kind == .element && !lastWasEmpty)
    } else if let document = xmlTextReaderCurrentDoc(reader) {
      // Nothing handed out yet: start before the document's first node (xmlDoc begins like xmlNode).
      drainNode = UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self)
      drainDone = false
    } else {
      throw noted(error)
    }
    return try drainNext()
  }

  private func drainNext() throws(ImportError) -> Bool {
    guard let node = drainNode, let error = pendingError.map(noted) else { throw pendingError! }
    var target: xmlNodePtr
    var isEnd = false
    if !drainDone, let child = node.pointee.children {
      target = child
    } else if !drainDone {
      target = node
      isEnd = true
    } else if let sibling = node.pointee.next {
      target = sibling
    } else if let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE {
      target = parent
      isEnd = true
    } else {
      drainNode = nil
      throw error
    }
    if isEnd && log.openElements.contains(UnsafeMutableRawPointer(target)) {
      // Its end tag was never parsed: the element (and the record it belongs to) is unfinished.
      drainNode = nil
      throw error
    }
    drainNode = target
    lastWasEmpty = false
    depth = Self.depth(of: target)
    if isEnd {
      kind = .endElement
      drainDone = true
      if depth == 0 { rootClosed = true }
      return true
    }
    switch target.pointee.type {
    case XML_ELEMENT_NODE:
      kind = .element
      drainDone = false
    case XML_TEXT_NODE:
      kind = .text
      drainDone = true
    case XML_CDATA_SECTION_NODE:
      kind = .cdata
      drainDone = true
    case XML_ENTITY_REF_NODE:
      kind = .entityReference
      drainDone = true
      let refused = entityError()
      drainNode = nil
      pendingError = refused
      throw refused
    case XML_COMMENT_NODE:
      kind = .comment
      drainDone = true
    case XML_PI_NODE:
      kind = .processingInstruction
      drainDone = true
    default:
      kind = .other
      drainDone = true
    }
    return true
  }

  private static func depth(of node: xmlNodePtr) -> Int {
    var depth = 0
    var current = node.pointee.parent
    while let parent = current, parent.pointee.type != XML_DOCUMENT_NODE {
      depth += 1
      current = parent.pointee.parent
    }
    return depth
  }

  /// The node draining sits on, if draining.
  private var drainedNode: xmlNodePtr? { draining ? drainNode : nil }

  /// The local name of the current node (cached: libxml2 interns names in a dictionary).
  var name: String {
    let raw: UnsafePointer<xmlChar>?
    if let node = drainedNode { raw = node.pointee.name } else { raw = xmlTextReaderConstLocalName(reader) }
    guard let pointer = raw else { return "" }
    let key = UnsafeRawPointer(pointer)
    if let cached = nameCache[key] { return cached }
    let string = String(cString: pointer)
    if nameCache.count < 100_000 { nameCache[key] = string }
    return string
  }

  /// Whether the current node is an empty element (`<a/>`); while draining after an error every
  /// element is handed out with an explicit end.
  var isEmptyElement: Bool { drainedNode == nil && lastWasEmpty }

  /// The line of the current node in the file. Up to line 65,534 it is exact. Past it libxml2
  /// keeps exact lines for text nodes only; an element's line is then taken from its first text or,
  /// failing that, from the parser's position, which may be a few lines further on (the reader
  /// parses up to 512 bytes ahead).
  var currentLine: Int {
    if let node = drainedNode ?? xmlTextReaderCurrentNode(reader) {
      let line = Int(xmlGetLineNo(node))
      // libxml2 keeps a node's line in 16 bits: 65,535 means "this line or later" (review r16a).
      if line > 0 && line != 65_535 { return line }
    }
    return Int(xmlTextReaderGetParserLineNumber(reader))
  }

  /// Appends the current text/CDATA node's value (UTF-8) to `buffer`; after markup that
  /// separates words (`breakingLine`, see `MarkupBreaks`) with a line break before it. Returns
  /// whether that break is still to come: the value was only spaces and tabs, and was left out.
  @discardableResult
  func appendValue(to buffer: inout [UInt8], breakingLine: Bool = false) -> Bool {
    let raw: UnsafePointer<xmlChar>?
    if let node = drainedNode {
      raw = UnsafePointer(node.pointee.content)
    } else {
      raw = xmlTextReaderConstValue(reader)
    }
    guard let value = raw else { return breakingLine }
    let count = strlen(value)
    return value.withMemoryRebound(to: UInt8.self, capacity: count) {
      var piece = UnsafeBufferPointer(start: $0, count: count)
      if breakingLine && count > 0 {
        guard let skipped = MarkupBreaks.breakLine(in: &buffer, before: piece) else { return true }
        piece = UnsafeBufferPointer(rebasing: piece[skipped...])
      }
      buffer.append(contentsOf: piece)
      return breakingLine && count == 0
    }
  }

  /// The value of attribute `name` (a prefixed name matches its prefix) on the current element, as written in
  /// the element: a default that the document's DTD declares for it is not applied, and a
  /// reference to a DTD entity in the value is refused as in text (review r17a: `id="&e;"` read
  /// as the entity's text and an `<!ATTLIST … "defaulted">` value added to every record).
  func attribute(_ name: String) throws(ImportError) -> String? {
    guard let node = drainedNode ?? xmlTextReaderCurrentNode(reader) else { return nil }
    // "xml:lang", "p:code": a prefixed name matches the attribute with that prefix.
    let parts = name.split(separator: ":", maxSplits: 1)
    let prefix = parts.count == 2 ? String(parts[0]) : nil
    let local = parts.count == 2 ? String(parts[1]) : name
    var property = node.pointee.properties
    while let attribute = property {
      defer { property = attribute.pointee.next }
      guard let attributeName = attribute.pointee.name, String(cString: attributeName) == local else { continue }
      let attributePrefix = attribute.pointee.ns?.pointee.prefix.map { String(cString: $0) }
      guard attributePrefix == prefix else { continue }
      var child = attribute.pointee.children
      var value: [UInt8] = []
      while let part = child {
        if part.pointee.type == XML_ENTITY_REF_NODE {
          let entity = part.pointee.name.map { String(cString: $0) } ?? "?"
          let line = currentLine
          throw .unsafeEntity(
            path: path, line: line, column: referenceColumn(entity, line: line), name: entity,
            detail:
              "in the value of attribute \"\(name)\", an entity of the document's DTD (entity expansion is disabled)",
            recordsBefore: 0)
        }
        if let content = part.pointee.content {
          value.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content)))
        }
        child = part.pointee.next
      }
      return String(decoding: value, as: UTF8.self)
    }
    return nil
  }

  /// Whether the document declares a label of ISO 8859-1 ("iso-8859-1", "latin1", …): its bytes
  /// 0x80–0x9F are then read as windows-1252 characters, as the WHATWG Encoding Standard reads
  /// that label and as CSV and Triple-S data are read (review r17a: libxml2 decodes them as C1
  /// controls, so curly quotes, dashes and € vanished from answers).
  private lazy var readsC1AsWindows1252: Bool = {
    guard let declared = declaredEncoding?.lowercased() else { return false }
    return [
      "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "latin1", "l1", "iso-ir-100",
      "csisolatin1", "cp819", "ibm819",
    ].contains(declared)
  }()

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

  /// The names of the first (up to 8) elements below the element the last `readText` read: markup
  /// in an answer (`<b>`, `<br/>`), or a record nested where a field was expected.
  private(set) var childElementsInText: [String] = []

  /// Reads all text below the current element (text, CDATA and whitespace of it and its
  /// descendants, tags dropped, a line break where a tag separated words: `MarkupBreaks`) and
  /// leaves the reader on its end tag. CR and CRLF become LF (libxml2 leaves them in CDATA sections).
  func readText(into buffer: inout [UInt8]) throws(ImportError) {
    buffer.removeAll(keepingCapacity: true)
    childElementsInText.removeAll(keepingCapacity: true)
    guard kind == .element, !isEmptyElement else { return }
    let start = depth
    var pendingBreak = false
    while try next() {
      switch kind {
      case .element:
        if childElementsInText.count < 8 { childElementsInText.append(name) }
        if MarkupBreaks.separates(name) { pendingBreak = true }
      case .endElement where depth > start:
        if MarkupBreaks.separates(name) { pendingBreak = true }
      case .text, .cdata, .significantWhitespace, .whitespace:
        pendingBreak = appendValue(to: &buffer, breakingLine: pendingBreak)
        // libxml2 limits one text node; an answer split into many (by comments, CDATA sections or
        // child elements) is limited here, so memory stays bounded (review r17a).
        if buffer.count > ImportLimits.maximumFieldBytes {
          throw .malformed(
            path: path, line: currentLine, column: max(Int(xmlTextReaderGetParserColumnNumber(reader)), 1),
            message:
              "an element's text is larger than the \(ImportLimits.describe(ImportLimits.maximumFieldBytes)) limit for one field (refused: a hostile or broken file)",
            recordsBefore: 0)
        }
      case .endElement where depth == start:
        normaliseLineEnds(&buffer)
        // U+0080–U+009F are C2 80…C2 9F in UTF-8: only then is there anything to map.
        if readsC1AsWindows1252, buffer.contains(0xC2) {
          let mapped = TripleSDataEncoding.readingC1AsWindows1252(String(decoding: buffer, as: UTF8.self))
          buffer = Array(mapped.utf8)
        }
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
    let name =
      drainedNode.flatMap { $0.pointee.name.map { String(cString: $0) } }
      ?? String(cString: xmlTextReaderConstName(reader))
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
    let line = currentLine
    return .unsafeEntity(
      path: path, line: line, column: referenceColumn(name, line: line), name: name, detail: detail, recordsBefore: 0)
  }

  /// The column of the refused reference `&name;` on `line` (QA review 20: entity refusals had
  /// none, other XML errors do); 0 when it cannot be told (an archive member, a UTF-16 file).
  private func referenceColumn(_ name: String, line: Int) -> Int {
    guard let filePath else { return 0 }
    let encoding = xmlTextReaderConstEncoding(reader).map { String(cString: $0).uppercased() } ?? "UTF-8"
    if encoding.hasPrefix("UTF-16") || encoding.hasPrefix("UTF16") || encoding.hasPrefix("UCS") { return 0 }
    return Self.column(ofReference: name, line: line, path: filePath, singleByte: encoding != "UTF-8")
  }

  /// The longest line `column(ofReference:line:path:singleByte:)` reads (bytes).
  static let referenceLineLimit = 1 << 20

  /// The 1-based column of the first `&name;` on line `line` of the file at `path`, counted as
  /// libxml2 counts columns: in characters (UTF-8 lead bytes, or bytes when `singleByte`). 0 when
  /// the file cannot be read, the line has no such reference or is longer than
  /// `referenceLineLimit`. Lines end at LF, CR LF or CR. It
  /// reads the file up to that line once, for the message of an error that ends the import.
  static func column(ofReference name: String, line: Int, path: String, singleByte: Bool) -> Int {
    guard line > 0 else { return 0 }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return 0 }
    defer { close(fd) }
    var current = 1
    var afterCR = false
    var text: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    reading: while true {
      let got = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if got < 0 && errno == EINTR { continue }
      guard got > 0 else { break }
      for byte in buffer[..<got] {
        defer { afterCR = byte == 0x0D }
        if byte == 0x0A && afterCR { continue }
        if byte == 0x0A || byte == 0x0D {
          if current == line { break reading }
          current += 1
        } else if current == line {
          // Memory stays bounded on a one-line export: past the limit the column is not given.
          guard text.count < Self.referenceLineLimit else { return 0 }
          text.append(byte)
        }
      }
    }
    let reference = Array("&\(name);".utf8)
    guard reference.count <= text.count,
      let start = (0...(text.count - reference.count)).first(where: {
        text[$0..<$0 + reference.count].elementsEqual(reference)
      })
    else { return 0 }
    return 1 + (singleByte ? start : text[..<start].count { $0 & 0xC0 != 0x80 })
  }

  /// Whether libxml2's message says it refused to expand entities (a loop, or amplification past
  /// its limit: an entity-expansion bomb).
  private static func isExpansionRefusal(_ message: String) -> Bool {
    let lower = message.lowercased()
    return lower.contains("entity reference loop") || lower.contains("amplification")
  }

  private func translate(_ error: XMLErrorLog.Entry) -> ImportError {
    var message = error.message
    var line = error.line
    var column = error.column
    let lower = message.lowercased()
    let expansionRefused = Self.isExpansionRefusal(message)
    if log.errorInEntity && !expansionRefused {
      // Positions inside an entity's replacement text are its own: the file's is the parser's,
      // just after the reference.
      let mainLine = Int(xmlTextReaderGetParserLineNumber(reader))
      if mainLine > 0 {
        line = mainLine
        column = max(Int(xmlTextReaderGetParserColumnNumber(reader)), 1)
      }
      message = "in the replacement text of an entity the DTD declares: \(message)"
    }
    if expansionRefused {
      // libxml2 reports this where it was expanding the entity's replacement text (its own line
      // 1), not in the file; the document parser's position is just after the reference.
      let mainLine = Int(xmlTextReaderGetParserLineNumber(reader))
      if mainLine > 0 {
        line = mainLine
        column = max(Int(xmlTextReaderGetParserColumnNumber(reader)), 1)
      }
      message =
        "entity expansion refused: the DTD's entities nest and multiply their text past libxml2's "
        + "amplification limit, as an entity-expansion bomb (\"billion laughs\") does; libxml2 refuses "
        + "such nesting even when the text stays short (replace the entities by their text; libxml2 says: "
        + "\(message))"
    } else if lower.contains("excessive depth") {
      message = "elements nested deeper than libxml2's safe limit of 256 levels (refused)"
    } else if lower.contains("xmlsax2characters") || lower.contains("huge text node") {
      message += " (a text node larger than libxml2's safe limit of 10,000,000 bytes: refused)"
    } else if lower.contains("name too long") {
      // libxml2 caps a name at XML_MAX_NAME_LENGTH, 50,000 bytes (QA review 31, L1: the message
      // quoted the 10,000,000-byte limit of text and attribute values).
      message += " (an element, attribute or entity name longer than libxml2's limit of 50,000 bytes: refused)"
    } else if lower.contains("attvalue") || (log.inStartTag && (lower.contains("huge") || lower.contains("too long"))) {
      message += " (a start tag or attribute value larger than libxml2's safe limit of 10,000,000 bytes: refused)"
    } else if lower.contains("huge") || lower.contains("too long") {
      message +=
        " (a single piece of markup — a name, tag, comment or declaration — larger than libxml2's safe limit of "
        + "10,000,000 bytes: refused)"
    } else if lower.contains("extra content at the end") && (log.byteAtError ?? 0) == 0 && log.openElements.isEmpty {
      // At the end of the input with nothing open: no element ever started (QA review 23: a file
      // with only an XML declaration was said to have text after its root element).
      message =
        "no root element: the file holds an XML declaration or comments but no element (an empty or cut-off export)"
    } else if lower.contains("extra content at the end") && log.byteAtError != UInt8(ascii: "<")
      && log.openElements.isEmpty
    {
      message = "text after the end of the document's root element (the export ends early or has junk appended)"
    } else if lower.contains("xml declaration allowed") && feed.declarationAfterLeadingSpace {
      // Before any root element: blank lines or spaces ahead of the declaration (a common export
      // bug), not a second document (QA review 38: a leading blank line was called concatenated
      // exports).
      message =
        "the XML declaration (<?xml …?>) must be the very first thing in the file: remove the blank lines, "
        + "spaces or other text before it"
    } else if (log.openElements.isEmpty && lower.contains("extra content at the end"))
      || (error.line > 1 && lower.contains("xml declaration allowed"))
    {
      message = "a second document starts here: the file holds concatenated exports; split them and import each"
    } else if lower.contains("document is empty") {
      message += " (no XML element found)"
    } else if lower.contains("premature end") || lower.contains("end of data") || lower.contains("not finished")
      || lower.contains("extra content at the end") || lower.contains("unexpected end")
    {
      message +=
        log.errorInEntity
        ? " (the entity's replacement text is not well-formed XML on its own)"
        : " (the file is truncated or an end tag is missing)"
    }
    return .malformed(path: path, line: line, column: column, message: message, recordsBefore: 0)
  }

  /// `error` with a note naming the line of the unfinished record the reader was in, if any.
  private func noted(_ error: ImportError) -> ImportError {
    guard let start = recordStartLine, case .malformed(let file, let line, let column, let message, let before) = error,
      start <= line
    else { return error }
    return .malformed(
      path: file, line: line, column: column,
      message: message + "; the unfinished record that starts at line \(start) was not imported", recordsBefore: before)
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
