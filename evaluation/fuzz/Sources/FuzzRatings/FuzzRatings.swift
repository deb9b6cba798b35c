import Agreement
import FuzzDriver
import VerbatimCore

/// The first byte picks the layout (long or wide CSV, JSONL), the measurement level, whether the
/// first coder is the reference, single- or multi-label, and a small bootstrap; the rest is the
/// ratings file. Every input must end in a report or an `AgreementError`, never a crash, and the
/// report's JSON must hold no number that is not finite (undefined values are null with a reason).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRatings(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let control = data[0]
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  let format = RatingsFormat.allCases[Int(control) % RatingsFormat.allCases.count]
  var options = AgreementOptions()
  options.level = MeasurementLevel.allCases[Int(control >> 2) % MeasurementLevel.allCases.count]
  if control & 0x40 != 0 {
    options.bootstrapResamples = 20
    options.seed = 1
  }
  let report: AgreementReport?
  if control & 0x80 != 0 {
    let table = try? RatingsReader.multiLabelTable(bytes: bytes, source: "fuzz", format: format, categories: nil)
    if control & 0x20 != 0, let first = table?.coders.first { options.reference = first }
    report = table.flatMap { try? AgreementReport(multiLabel: $0, options: options) }
  } else {
    let table = try? RatingsReader.table(bytes: bytes, source: "fuzz", format: format, categories: nil)
    if control & 0x20 != 0, let first = table?.coders.first { options.reference = first }
    report = table.flatMap { try? AgreementReport(table: $0, options: options) }
  }
  guard let report else { return 0 }
  let json = report.json()
  _ = report.text()
  _ = report.csv()
  func check(_ value: JSONValue) {
    switch value {
    case .number(let text):
      if !(Double(text)?.isFinite ?? false) { fatalError("a number that is not finite in the report: \(text)") }
    case .array(let values):
      for value in values { check(value) }
    case .object(let members):
      for member in members { check(member.value) }
    default: break
    }
  }
  check(json)
  return 0
}

@_cdecl("FuzzRatings_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzRatings)
}
