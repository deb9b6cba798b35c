import FuzzDriver
import SurveyImport

#if canImport(Glibc)
  import Glibc
#endif

/// The first byte picks the file name's extension and the forced format (auto detection, CSV,
/// JSONL, Qualtrics, LimeSurvey, Triple-S, with and without --keep-going); the rest is the file.
/// Every input must end in records, rejects or an `ImportError`: never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let choices: [(String, SurveyFormat)] = [
    ("xml", .auto), ("csv", .auto), ("jsonl", .auto), ("csv", .csv), ("jsonl", .jsonl), ("xml", .qualtrics),
    ("lsr", .limesurvey), ("xml", .tripleS),
  ]
  let choice = choices[Int(data[0]) % choices.count]
  let path = "/tmp/verbatim-fuzz-\(getpid()).\(choice.0)"
  guard let file = fopen(path, "wb") else { return 0 }
  if size > 1 { fwrite(data + 1, 1, size - 1, file) }
  fclose(file)
  defer { unlink(path) }
  var options = ImportOptions()
  options.format = choice.1
  options.keepGoing = data[0] & 0x80 != 0
  options.keepBlank = data[0] & 0x40 != 0
  guard let reader = try? SurveyReader(path: path, options: options) else { return 0 }
  var records = 0
  var rejects = 0
  reader.onReject = { _ in rejects += 1 }
  do {
    try reader.forEachRecord { record in
      records += 1
      _ = record.id
      return true
    }
  } catch {}
  return 0
}

@_cdecl("FuzzImport_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzImport)
}
