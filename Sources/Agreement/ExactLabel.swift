/// A string compared byte for byte (UTF-8), with no Unicode normalisation, trimming or case folding.
///
/// Swift's `String ==` treats canonically equivalent strings ("é" and "e\u{301}") as equal; a codebook
/// label must not silently merge with another, so labels, items and coders are keyed by their bytes.
/// Ordering is byte order, which is Unicode code point order.
struct ExactLabel: Hashable, Comparable, Sendable {
  let utf8: [UInt8]

  init(_ text: String) { utf8 = Array(text.utf8) }

  var string: String { String(decoding: utf8, as: UTF8.self) }

  static func < (lhs: ExactLabel, rhs: ExactLabel) -> Bool { lhs.utf8.lexicographicallyPrecedes(rhs.utf8) }
}

/// Interns strings to dense indices in first-seen order, comparing bytes exactly.
struct Interner: Sendable {
  private(set) var values: [String] = []
  private var indices: [ExactLabel: Int] = [:]

  var count: Int { values.count }

  func index(of text: String) -> Int? { indices[ExactLabel(text)] }

  mutating func intern(_ text: String) -> Int {
    let key = ExactLabel(text)
    if let index = indices[key] { return index }
    indices[key] = values.count
    values.append(text)
    return values.count - 1
  }
}
