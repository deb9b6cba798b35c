import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file a run reads or writes, with the option that names it, so that an output that is the same
/// file as another of the run's files is refused (exit 2, before anything is written) with a message
/// that says which is the input and which the output (review h43, B6: "s.txt names the same file as
/// s.txt").
///
/// The path "-" is standard input for a file read and standard output for a file written: a
/// redirection to or from a regular file is compared as that file (review h43, D1: `score - -o
/// s.txt < s.txt` emptied s.txt and exited 0).
struct RunFile: Equatable {
  enum Use { case read, written }

  /// The path as given; "-" is standard input (read) or standard output (written).
  var path: String
  var use: Use
  /// What names the file in messages, before its path: an option ("-o", "--taxonomy"), or words
  /// ("the input").
  var label: String

  /// A command's positional input ("-": standard input).
  static func input(_ path: String?) -> RunFile? {
    path.map { RunFile(path: $0, use: .read, label: "the input") }
  }

  /// A file read through `option` ("-": standard input).
  static func read(_ path: String?, option: String) -> RunFile? {
    path.map { RunFile(path: $0, use: .read, label: option) }
  }

  /// An output named by `option`; nil or "-" is standard output.
  static func output(_ path: String?, option: String) -> RunFile {
    RunFile(path: path ?? "-", use: .written, label: option)
  }

  /// Standard output, as a command writes its results there.
  static let standardOutput = RunFile(path: "-", use: .written, label: "standard output")

  /// How messages name the file: "-o out.jsonl", "the input a.txt", "standard input (/tmp/a.txt)".
  var name: String {
    guard path == "-" else { return "\(label) \(path)" }
    let stream = use == .read ? "standard input" : "standard output"
    return Self.redirection(of: use == .read ? 0 : 1).map { "\(stream) (\($0))" } ?? stream
  }

  /// The file's device and inode: standard input's or output's for "-", else the path's (links
  /// followed); nil when there is none (a path that does not exist yet, a closed descriptor).
  var identity: stat? {
    var info = stat()
    if path == "-" { return fstat(use == .read ? 0 : 1, &info) == 0 ? info : nil }
    return stat(path, &info) == 0 ? info : nil
  }

  /// Whether writing `self` would write `other`: both are the same regular file (same device and
  /// inode: hard and symbolic links, "./x", /dev/stdin and a redirection count). Devices
  /// (/dev/null), FIFOs and pipes never count: writing one does not destroy the other. Two paths
  /// that do not exist yet are the same file when they are the same path (an output and a rejects
  /// file about to be created).
  func isSameFile(as other: RunFile) -> Bool {
    switch (identity, other.identity) {
    case (let mine?, let theirs?):
      return mine.st_mode & S_IFMT == S_IFREG && mine.st_dev == theirs.st_dev && mine.st_ino == theirs.st_ino
    case (nil, nil):
      return path != "-" && other.path != "-" && Self.plainPath(path) == Self.plainPath(other.path)
    default:
      return false
    }
  }

  /// Whether `self` is the same file as one of `files` (`self` among them left out).
  func isSameFile(asAnyOf files: [RunFile?]) -> Bool {
    files.contains { other in other.map { $0 != self && isSameFile(as: $0) } ?? false }
  }

  /// The file a standard stream is redirected to or from, when the system says (Linux: the link
  /// /proc/self/fd/N) and it is a regular file.
  private static func redirection(of descriptor: Int32) -> String? {
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// `path` without leading "./" components.
  private static func plainPath(_ path: String) -> Substring {
    var rest = Substring(path)
    while rest.hasPrefix("./") { rest = rest.dropFirst(2).drop { $0 == "/" } }
    return rest
  }
}

/// Refuses (exit 2) an output that is the same file as one of `files` (the run's inputs and its
/// other outputs; `output` itself among them is skipped): writing it would destroy an input before
/// it is read, or one output would overwrite another. The message names both, by option.
func refuseOutput(_ output: RunFile, namingAnyOf files: [RunFile?]) throws {
  for case let other? in files where other != output && output.isSameFile(as: other) {
    var message = "\(output.name) names the same file as \(other.name), "
    message += other.use == .read ? "which this run reads" : "another output of this run"
    if output.path == "-" {
      message += "; redirect standard output to another file"
      // `> FILE` truncates before the process starts: the damage is done, but never exit 0.
      if other.path == "-" { message += " (a `> FILE` redirection empties FILE before verbatim starts)" }
    } else {
      message += "; choose another file for \(output.label)"
    }
    throw fail(message, status: .usage)
  }
}

/// Refuses (exit 2) a path given to `option` that names one of `files`: `refuseOutput` for an
/// output path (nil: nothing to check; "-": standard output).
func refuseOutput(_ path: String?, option: String, namingAnyOf files: [RunFile?]) throws {
  guard let path else { return }
  try refuseOutput(.output(path, option: option), namingAnyOf: files)
}

/// Whether two paths name the same regular file (see `RunFile.isSameFile(as:)`); "-" names none.
func isSameFile(_ first: String, _ second: String) -> Bool {
  guard first != "-", second != "-" else { return false }
  return RunFile(path: first, use: .written, label: "").isSameFile(as: RunFile(path: second, use: .read, label: ""))
}

extension SentimentOptionGroup {
  /// The lexicon and word-list files the options name, labelled by option.
  var filesRead: [RunFile?] {
    let files = inputFiles
    // `inputFiles` lists the --lexicon files, then these four.
    let named = ["--emoji-lexicon", "--negators", "--intensifiers", "--contrast"]
    let labels = Array(repeating: "--lexicon", count: max(0, files.count - named.count)) + named
    return zip(files, labels).map { RunFile.read($0, option: $1) }
  }
}

extension ImportOptionGroup {
  /// The companion files of `export` (`inputFiles(besides:)`): those named by option, labelled by
  /// it, and those the import finds by itself.
  func filesRead(besides export: String) -> [RunFile?] {
    let named: [(path: String?, option: String)] = [(data, "--data"), (qsf, "--qsf"), (lss, "--lss"), (map, "--map")]
    return inputFiles(besides: export).map { path in
      RunFile.read(path, option: named.first { $0.path != nil && $0.path == path }?.option ?? "the companion file")
    }
  }
}

extension RatingsOptions {
  /// The files `agree` and `gate` read, labelled by option (--weights only when it names a matrix
  /// file, not `linear` or `quadratic`).
  var filesRead: [RunFile?] {
    let matrix = weights.flatMap { ["linear", "quadratic"].contains($0) ? nil : $0 }
    return [
      .read(ratings, option: "--ratings"), .read(predictions, option: "--predictions"),
      .read(matrix, option: "--weights"), .read(taxonomy, option: "--taxonomy"),
    ] + merge.map { RunFile.read($0, option: "--merge") }
  }
}

extension RatingsOptions {
  /// The input files with their roles ("ratings", "predictions", "weights", "taxonomy", "merge"),
  /// sizes and SHA-256, for the provenance of `agree --format json` and `gate --junit` (QA review 44
  /// N2). Standard input, and a file that cannot be read again, are left out. The --merge shards
  /// are listed by path: their order does not change the result, nor, so, the output's bytes.
  func inputRecords() -> [FileRecord] {
    let records = filesRead.compactMap { file -> FileRecord? in
      guard let file, file.path != "-" else { return nil }
      return try? FileRecord.hashing(role: String(file.label.drop { $0 == "-" }), path: file.path)
    }
    return records.filter { $0.role != "merge" } + records.filter { $0.role == "merge" }.sorted { $0.path < $1.path }
  }
}
