/// An extension after a phone number belongs to it: "+1 212-555-0147 ext. 23", "020 7946 0000
/// x104", "555-0147 extension 12".
///
/// The tel URI carries the extension as a parameter of the number (RFC 3966, "The tel URI for
/// Telephone Numbers", the `;ext=` parameter): with it the number reaches one person, so it is
/// redacted with the number rather than left after the `[PHONE]` placeholder.
/// After the number, one space (or a comma and a space), a marker of `PhoneExtension.markers`,
/// then an optional `.`, `:` or `=`, an optional space, and 1–`maximumDigits` digits that end the
/// number. After the bare letter `x` at least `minimumDigitsAfterX` digits are needed, so "call
/// 555-0147 x 2" (twice) keeps its count; "#" is no marker ("555-0147 #1 in my list").
enum PhoneExtension {
  /// Words that announce an extension, lower case (compared ignoring case: "Ext.", "X").
  static let markers: [StaticString] = ["extension", "extn", "ext", "x"]
  /// The most digits an extension has (PBX plans use 2–5; RFC 3966 sets no limit).
  static let maximumDigits = 6
  /// The fewest digits after a bare `x`.
  static let minimumDigitsAfterX = 2
}

extension ByteScanner {
  /// The end of the extension that follows a phone number ending at `end` (see `PhoneExtension`),
  /// or `end` when none does.
  func phoneExtensionEnd(after end: Int) -> Int {
    var index = end
    if isByte(index, " ") {
      index += 1
    } else if isByte(index, ",") && isByte(index + 1, " ") {
      index += 2
    } else {
      return end
    }
    for marker in PhoneExtension.markers where hasPrefix(marker, at: index) {
      var digitsStart = index + marker.utf8CodeUnitCount
      // The marker is a word of its own ("x104", not "xmas").
      if isLetter(digitsStart) { continue }
      if isByte(digitsStart, ".") || isByte(digitsStart, ":") || isByte(digitsStart, "=") { digitsStart += 1 }
      if isByte(digitsStart, " ") { digitsStart += 1 }
      let digitsEnd = digitRunEnd(from: digitsStart)
      let digits = digitsEnd - digitsStart
      let fewest = marker.utf8CodeUnitCount == 1 ? PhoneExtension.minimumDigitsAfterX : 1
      guard (fewest...PhoneExtension.maximumDigits).contains(digits), endsNumber(at: digitsEnd) else { return end }
      return digitsEnd
    }
    return end
  }
}
