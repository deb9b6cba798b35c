import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Warns when a file read as plain text (one text per line) starts with a line that is a JSON
/// object holding the text field: without `--jsonl` each such line is scored, tagged or redacted as
/// text, braces and member names included, and numbered by line (QA review 38: `tag` tagged the
/// keys of 166 JSON lines without a word). Only a regular file is looked at (standard input and
/// pipes are read once, by the command); the first line is read up to 1 MiB.
func warnJSONLinesReadAsPlain(_ path: String, jsonl: Bool, textField: String) {
  guard !jsonl, path != "-" else { return }
  var info = stat()
  guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
  let descriptor = open(path, O_RDONLY)
  guard descriptor >= 0 else { return }
  defer { close(descriptor) }
  var head = [UInt8](repeating: 0, count: 1 << 20)
  let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
  guard count > 0 else { return }
  var line = head[0..<count]
  if let end = line.firstIndex(of: 0x0A) { line = line[..<end] }
  if line.last == 0x0D { line = line.dropLast() }
  if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
  guard line.first == UInt8(ascii: "{"), line.last == UInt8(ascii: "}"),
    let value = try? JSONParser.parse(String(decoding: line, as: UTF8.self)), value[textField] != nil
  else { return }
  printError(
    "warning: \(path): line 1 is a JSON object with a \"\(textField)\" member, but the input is read as plain text "
      + "(each line a text, braces and member names included); give --jsonl to read JSON Lines")
}
