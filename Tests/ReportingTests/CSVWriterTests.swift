import Reporting
import Testing

/// Formula injection (OWASP "CSV Injection"): cells that start with = + - @ TAB or CR run as formulas
/// in spreadsheets; untrusted rows get a leading apostrophe. review r8a issue 8.
@Suite struct CSVWriterTests {
  @Test func formulaCellsAreNeutralised() {
    for dangerous in ["=HYPERLINK(\"http://evil.example/\")", "+1 great", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
      #expect(CSVWriter.neutralized(dangerous) == "'" + dangerous)
    }
    for harmless in ["great", "", "1+1", " =not first", "'quoted"] {
      #expect(CSVWriter.neutralized(harmless) == harmless)
    }
  }

  @Test func neutralisedRowsAreStillRFC4180() {
    var writer = CSVWriter()
    writer.row(["id", "=A1,\"x\""], neutralizingFormulas: true)
    writer.row(["-1", "ok"])
    // The apostrophe goes inside the quotes; quotes are doubled (RFC 4180 §2); trusted rows are unchanged.
    #expect(writer.text == "id,\"'=A1,\"\"x\"\"\"\r\n-1,ok\r\n")
  }
}
