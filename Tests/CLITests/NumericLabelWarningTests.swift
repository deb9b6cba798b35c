import Foundation
import TestSupport
import Testing

/// QA review 41, finding 6: the warning about one number written two ways said that "the interval
/// and ratio levels read them as one value" for labels those levels do not read as numbers at all.
@Suite struct NumericLabelWarningTests {
  static func run(_ csv: String, _ extra: [String] = []) throws -> (status: Int32, stderr: String, json: [String: Any])
  {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try ReviewFixSupport.write(csv, "codes.csv", in: folder)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", ratings, "--format", "json"] + extra)
    let json = (try? JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]) ?? [:]
    return (result.status, result.stderrText, json)
  }

  /// "0x10" is no decimal number (Swift's `Double("0x10")` reads hexadecimal 16, which the levels do
  /// not): the label set is not numeric, interval alpha is null, and no warning pairs "0x10" with "16".
  @Test func aHexadecimalLookalikeIsNotCalledTheSameNumber() throws {
    let result = try Self.run("item,coder,label\n1,a,0x10\n1,b,16\n2,a,16\n2,b,16\n3,a,7\n3,b,7\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stderr.contains("read them as one value"), "\(result.stderr)")
    #expect(!result.stderr.contains("\"0x10\", \"16\""), "\(result.stderr)")
    let alpha = (result.json["coefficients"] as? [String: Any])?["krippendorff_alpha_interval"] as? [String: Any]
    #expect(alpha?["value"] is NSNull, "\(String(describing: alpha))")
  }

  /// "1" and "1.0" beside a text label: the same number written differently (still warned about),
  /// but the interval and ratio levels take the categories' positions, not values, so the warning
  /// does not claim they read the two as one value.
  @Test func withTextLabelsTheLevelsAreNotSaidToReadNumbers() throws {
    let result = try Self.run("item,coder,label\n1,a,1\n1,b,1.0\n2,a,low\n2,b,low\n3,a,2\n3,b,2\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("\"1\", \"1.0\" are the same number written differently"), "\(result.stderr)")
    #expect(!result.stderr.contains("interval and ratio levels"), "\(result.stderr)")
  }

  /// Multi-label data have no interval or ratio level (every coefficient pools present/absent
  /// decisions): no claim about them either.
  @Test func multiLabelDataHaveNoNumericLevels() throws {
    let result = try Self.run("item,coder,label\n1,a,1\n1,b,1.0\n2,a,2\n2,b,2\n", ["--multilabel"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("\"1\", \"1.0\" are the same number written differently"), "\(result.stderr)")
    #expect(!result.stderr.contains("interval and ratio levels"), "\(result.stderr)")
  }

  /// Review h60c: declared categories "10,20,30,n/a" make interval alpha measure positions (1–4),
  /// not values, without a word. Now said; all-number categories, undeclared labels (null alpha,
  /// with its reason) and two categories (one distance) stay quiet.
  @Test func declaredCategoriesMixingNumbersAndTextAreNamed() throws {
    let csv = "item,coder,label\n1,a,10\n1,b,20\n2,a,30\n2,b,30\n3,a,n/a\n3,b,10\n4,a,20\n4,b,20\n"
    let mixed = try Self.run(csv, ["--categories", "10,20,30,n/a"])
    #expect(mixed.status == 0, "\(mixed.stderr)")
    #expect(mixed.stderr.contains("mix numbers and labels that are no number (\"n/a\")"), "\(mixed.stderr)")
    let numbers = try Self.run(csv.replacingOccurrences(of: "n/a", with: "40"), ["--categories", "10,20,30,40"])
    #expect(!numbers.stderr.contains("mix numbers"), "\(numbers.stderr)")
    let undeclared = try Self.run(csv)
    #expect(!undeclared.stderr.contains("mix numbers"), "\(undeclared.stderr)")
  }

  /// Where every label is a number, the levels do read "1" and "1.0" as one value: said, as before.
  @Test func numericLabelsKeepTheClaim() throws {
    let result = try Self.run("item,coder,label\n1,a,1\n1,b,1.0\n2,a,2\n2,b,2\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("the interval and ratio levels read them as one value"), "\(result.stderr)")
  }
}
