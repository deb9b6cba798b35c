import Testing
import VerbatimCore

/// `JSONValue.integralText(ofNumber:)` (QA review 41, finding 4): a JSON id 1.0 is the item "1".
/// Expected values from Python 3.11's `decimal` module, an exact decimal implementation:
/// `str(int(d)) if d == d.to_integral_value() else None` with `d = Decimal(text)`.
@Suite struct IntegralJSONNumberTests {
  @Test func integralNumbersAreTheirIntegerDigits() {
    let expected: [(String, String?)] = [
      ("1", "1"), ("1.0", "1"), ("1e0", "1"), ("10E-1", "1"), ("0.1e1", "1"), ("-0.0", "0"), ("1e3", "1000"),
      ("-2.50e1", "-25"), ("1.5", nil), ("1e-1", nil), ("10000000000000001", "10000000000000001"),
      ("10000000000000001.0", "10000000000000001"),
    ]
    for (text, digits) in expected {
      #expect(JSONValue.integralText(ofNumber: text) == digits, "\(text)")
    }
  }

  /// Too many digits to spell out, and text that is no JSON number, give nil (the id is kept as written).
  @Test func hugeExponentsAndNonNumbersAreLeftAlone() {
    #expect(JSONValue.integralText(ofNumber: "1e1000000") == nil)
    #expect(JSONValue.integralText(ofNumber: "1e99999999999") == nil)
    for text in ["", "-", "1.", ".5", "1e", "0x10", "1 ", "abc"] {
      #expect(JSONValue.integralText(ofNumber: text) == nil, "\(text)")
    }
  }
}
