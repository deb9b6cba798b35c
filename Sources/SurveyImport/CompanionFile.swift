import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole-file reads for small companion files (`.qsf`, mapping files), capped so a wrong path
/// to a huge file fails instead of filling memory.
public enum CompanionFile {
  static let maximumSize = 64 << 20

  /// The file's contents without a UTF-8 byte-order mark, and its record as a companion input of
  /// `role`, hashed as read (with the mark: the digest is the file's).
  static func read(path: String, role: String) throws(ImportError) -> (contents: [UInt8], source: CompanionInput) {
    var result: [UInt8]
    do {
      result = try BoundedFileReader.contents(of: path, limit: maximumSize)
    } catch {
      if case .tooLarge = error {
        throw .unsupported(path: path, message: "companion file larger than 64 MB; is it the right file?")
      }
      throw .cannotOpen(path: path, reason: error.description)
    }
    let source = CompanionInput(role: role, path: path, contents: result)
    if result.starts(with: [0xEF, 0xBB, 0xBF]) { result.removeFirst(3) }
    return (result, source)
  }

  /// Every file an import of `export` may open without an option naming it, so that an output can
  /// be refused (before anything is written) when it names one: the `.lss` files in the export's
  /// directory (a LimeSurvey export without `--lss` takes its survey structure from there), and the
  /// Triple-S data files looked for beside metadata (the file its `<record href>` names, then
  /// `survey.asc` …). Each kind is left out when `options` name the file (`--lss`, `--data`) or force
  /// a format that does not look for it. Cheap: a directory listing, and for Triple-S the metadata
  /// up to its `<record>` start tag.
  public static func automaticCandidates(besides export: String, options: ImportOptions) -> [String] {
    var result: [String] = []
    if options.lssPath == nil, options.format == .auto || options.format == .limesurvey {
      result += files(in: directory(of: export), suffix: ".lss")
    }
    if options.dataPath == nil, options.format == .auto || options.format == .tripleS {
      if let href = TripleSMetadata.dataReference(in: export) {
        result.append(tripleSData(href: href, besides: export))
      }
      result += tripleSDataCandidates(besides: export)
    }
    return result.filter { $0 != export }
  }

  /// The data file that a Triple-S `<record href>` names, looked for beside the metadata `path`
  /// (only its last path component counts: an export moved with its data still finds it).
  static func tripleSData(href: String, besides path: String) -> String {
    let base = href.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? href
    return directory(of: path) + "/" + base
  }

  /// The Triple-S data files looked for beside the metadata `path` when no `--data` is given, in
  /// order (`survey.asc`, `survey.dat` … for `survey.sss`).
  public static func tripleSDataCandidates(besides path: String) -> [String] {
    let stem = stem(of: path)
    return [".asc", ".dat", ".csv", ".txt", ".ASC", ".DAT", ".CSV", ".TXT"].map { stem + $0 }
  }

  /// The directory part of a path ("." when none).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `path` without its extension.
  static func stem(of path: String) -> String {
    let slash = path.lastIndex(of: "/")
    guard let dot = path.lastIndex(of: "."), slash.map({ dot > $0 }) ?? true else { return path }
    return String(path[..<dot])
  }

  static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }

  /// Regular files in `directory` whose names end with `suffix` (sorted, for determinism).
  static func files(in directory: String, suffix: String) -> [String] {
    guard let dir = opendir(directory) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    // The name is read in place, up to its terminating zero: `readdir` returns a record only as
    // long as its name needs (`d_reclen`), so copying the whole 256-byte `d_name` field read past
    // the end of the directory buffer for the last entries (AddressSanitizer, a fuzzing run of the
    // forty-fifth session).
    let nameOffset = MemoryLayout<dirent>.offset(of: \.d_name)!
    while let entry = readdir(dir) {
      let name = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
      if name.lowercased().hasSuffix(suffix) { names.append(directory + "/" + name) }
    }
    return names.sorted()
  }
}
