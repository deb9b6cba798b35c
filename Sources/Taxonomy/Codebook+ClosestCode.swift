import VerbatimCore

extension Codebook {
  /// A code of the codebook that `text` (a label found where a code belongs) most likely means, and
  /// why, or nil when none is close:
  ///
  /// 1. a tag whose display label is `text`, ignoring case and surrounding spaces ("Wi-Fi" for the
  ///    code `facilities.wifi` labelled "Wi-Fi": coders typed the label, not the code);
  /// 2. a code equal to `text` ignoring case and surrounding spaces ("Delivery.Speed");
  /// 3. a code, its last segment or its label equal to `text` once both keep only letters and digits,
  ///    lower-cased ("wait time", "WaitTime" for `service.wait_time`);
  /// 4. the code, or its last segment, at the smallest Levenshtein distance from `text` (lower-cased),
  ///    when that distance is at most a third of the longer string's length (a typo:
  ///    "service.wait_tme"); ties go to the first code in codebook order.
  public func closestCode(to text: String) -> (code: String, reason: String)? {
    let trimmed = text.trimmingSpaces().lowercased()
    if let tag = tags.first(where: { $0.label.trimmingSpaces().lowercased() == trimmed && !$0.label.isEmpty }) {
      return (tag.code, "the code labelled \"\(tag.label)\"")
    }
    if let tag = tags.first(where: { $0.code.lowercased() == trimmed }) {
      return (tag.code, "codes are case-sensitive")
    }
    let folded = Self.folded(text)
    if !folded.isEmpty,
      let tag = tags.first(where: { tag in
        [tag.code, Self.lastSegment(tag.code), tag.label].contains { Self.folded($0) == folded }
      })
    {
      return (tag.code, "written without its punctuation")
    }
    var best: (code: String, distance: Int)?
    for tag in tags {
      let code = tag.code.lowercased()
      for candidate in Set([code, Self.lastSegment(code)]) {
        let distance = EditDistance.levenshtein(trimmed, candidate)
        let longer = max(trimmed.unicodeScalars.count, candidate.unicodeScalars.count)
        guard distance > 0, distance * 3 <= longer, distance < (best?.distance ?? .max) else { continue }
        best = (tag.code, distance)
      }
    }
    return best.map { ($0.code, "a spelling \($0.distance) edit(s) away") }
  }

  /// The part of a dotted code after its last dot (the whole code without one).
  static func lastSegment(_ code: String) -> String {
    code.split(separator: ".", omittingEmptySubsequences: false).last.map(String.init) ?? code
  }

  /// `text` lower-cased with only its letters and digits.
  static func folded(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
  }
}

extension String {
  /// The string without the spaces and tabs around it.
  fileprivate func trimmingSpaces() -> String {
    var scalars = Substring(self).unicodeScalars[...]
    while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
    while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}
