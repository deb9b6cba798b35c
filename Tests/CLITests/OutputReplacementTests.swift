import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Review h43: every output is written the same way (`OutputFile`). D2: `gate --junit` renamed a
/// file over the path, replacing FIFOs, devices and symbolic links, and exited 0 on /dev/full. D3:
/// the temporary `OUT.partial` had a predictable name and a symbolic link there was followed. D7:
/// `tokenize`, `score`, `tag` and `redact -o` truncated the earlier file before the run, so a
/// failed or interrupted run left a half file.
@Suite struct OutputReplacementTests {
  static let ratings = "item,a,b\n1,x,x\n2,y,y\n3,x,y\n4,y,y\n"

  private func names(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  private func gate(junit: String, in folder: URL) throws -> TestSupport.ProcessResult {
    let ratings = folder.appendingPathComponent("r.csv").path
    try Self.ratings.write(toFile: ratings, atomically: true, encoding: .utf8)
    return try TestSupport.runVerbatim([
      "gate", "--ratings", ratings, "--min", "percent_agreement=0.1", "--junit", junit,
    ])
  }

  @Test func gateWritesItsJUnitThroughASymbolicLink() throws {
    let folder = try TestSupport.temporaryDirectory()
    let target = folder.appendingPathComponent("target.xml").path
    try "old\n".write(toFile: target, atomically: true, encoding: .utf8)
    let link = folder.appendingPathComponent("l.xml").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let result = try gate(junit: link, in: folder)
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("<?xml"))
  }

  @Test func gateWritesItsJUnitIntoAFIFO() throws {
    let folder = try TestSupport.temporaryDirectory()
    let fifo = folder.appendingPathComponent("ff").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    #expect(reader >= 0)
    defer { close(reader) }
    let result = try gate(junit: fifo, in: folder)
    #expect(result.status == 0, "\(result.stderrText)")
    var buffer = [UInt8](repeating: 0, count: 65536)
    let count = read(reader, &buffer, buffer.count)
    #expect(count > 0 && String(decoding: buffer[..<max(0, count)], as: UTF8.self).hasPrefix("<?xml"))
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
  }

  /// A full device is exit 74, "cannot write → 74" as the help says. Reached through a symbolic
  /// link, so that a binary without the fix replaces the link, not the system's /dev/full.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func gateOnAFullDeviceIsAnIOError() throws {
    let folder = try TestSupport.temporaryDirectory()
    let link = folder.appendingPathComponent("full.xml").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/full")
    let result = try gate(junit: link, in: folder)
    #expect(result.status == 74, "\(result.stderrText)")
    #expect(result.stderrText.contains("\(link): cannot write: No space left on device"), "\(result.stderrText)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/dev/full")
  }

  /// `validate` writes its junit.xml (and every file of --out) the same way.
  @Test func validateWritesThroughASymbolicLinkInItsFolder() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("e.csv").path
    try "id,comment\nr1,great service\nr2,slow delivery\n".write(toFile: export, atomically: true, encoding: .utf8)
    let codes = folder.appendingPathComponent("h.csv").path
    try "item,coder,label\nr1:comment,gold,positive\nr2:comment,gold,negative\n".write(
      toFile: codes, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("v")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let target = folder.appendingPathComponent("published-junit.xml").path
    let link = out.appendingPathComponent("junit.xml").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let result = try TestSupport.runVerbatim(["validate", export, "--human", codes, "--no-tags", "--out", out.path])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    #expect(try String(contentsOfFile: target, encoding: .utf8).contains("<testsuites"))
  }

  /// D3: `ln -s precious.txt c.jsonl.partial; verbatim code bad2.csv --keep-going -o c.jsonl`
  /// overwrote precious.txt.
  @Test func aSymbolicLinkAtTheOldTemporaryNameIsLeftAlone() throws {
    let folder = try TestSupport.temporaryDirectory()
    let export = folder.appendingPathComponent("bad2.csv").path
    try "id,comment\n1,great\n2,too,many\n3,fine\n".write(toFile: export, atomically: true, encoding: .utf8)
    let ratings = folder.appendingPathComponent("r.csv").path
    try Self.ratings.write(toFile: ratings, atomically: true, encoding: .utf8)
    let precious = folder.appendingPathComponent("precious.txt").path
    try "precious\n".write(toFile: precious, atomically: true, encoding: .utf8)
    let runs: [(name: String, arguments: [String])] = [
      ("c.jsonl", ["code", export, "--keep-going", "--no-tags"]),
      ("i.jsonl", ["import", export, "--keep-going"]),
      ("a.txt", ["agree", "--ratings", ratings]),
      ("s.jsonl", ["score", export]),
    ]
    for run in runs {
      let output = folder.appendingPathComponent(run.name).path
      try FileManager.default.createSymbolicLink(atPath: output + ".partial", withDestinationPath: precious)
      let result = try TestSupport.runVerbatim(run.arguments + ["-o", output])
      #expect(result.status == 0, "\(run.arguments): \(result.stderrText)")
      #expect(try String(contentsOfFile: precious, encoding: .utf8) == "precious\n", "\(run.arguments)")
      #expect(!(try String(contentsOfFile: output, encoding: .utf8)).isEmpty, "\(run.arguments)")
    }
    // Nothing but the outputs is left: no temporary file.
    #expect(
      try names(in: folder) == [
        "a.txt", "a.txt.partial", "bad2.csv", "c.jsonl", "c.jsonl.partial", "i.jsonl", "i.jsonl.partial",
        "precious.txt", "r.csv", "s.jsonl", "s.jsonl.partial",
      ])
  }

  /// D7: a run that fails part-way (bad data on line 2, exit 65) leaves the earlier -o file as it
  /// was, in every command, and no temporary file.
  @Test(arguments: ["tokenize", "score", "tag", "redact"])
  func aFailedRunKeepsTheEarlierOutput(command: String) throws {
    let folder = try TestSupport.temporaryDirectory()
    let input = folder.appendingPathComponent("in.txt")
    try Data(Array("fine\nbad ".utf8) + [0xFF] + Array("byte\n".utf8)).write(to: input)
    let output = folder.appendingPathComponent("out.jsonl").path
    try "earlier\n".write(toFile: output, atomically: true, encoding: .utf8)
    let result = try TestSupport.runVerbatim([command, input.path, "-o", output])
    #expect(result.status == 65, "\(result.stderrText)")
    #expect(try String(contentsOfFile: output, encoding: .utf8) == "earlier\n")
    #expect(try names(in: folder) == ["in.txt", "out.jsonl"])
    // A run that succeeds replaces it, keeping its permissions.
    #expect(chmod(output, 0o600) == 0)
    try "fine\n".write(to: input, atomically: true, encoding: .utf8)
    let good = try TestSupport.runVerbatim([command, input.path, "-o", output])
    #expect(good.status == 0, "\(good.stderrText)")
    #expect(try String(contentsOfFile: output, encoding: .utf8) != "earlier\n")
    var info = stat()
    #expect(stat(output, &info) == 0 && info.st_mode & 0o777 == 0o600)
  }

  /// D3/D7: Ctrl-C (SIGINT) or SIGTERM while the output is being written removes the temporary file
  /// and keeps the earlier output (a 30 MB out.jsonl.partial was left behind).
  @Test(arguments: [SIGINT, SIGTERM])
  func anInterruptedRunLeavesTheEarlierOutputAndNoTemporaryFile(signal: Int32) throws {
    let folder = try TestSupport.temporaryDirectory()
    let output = folder.appendingPathComponent("out.jsonl").path
    try "earlier\n".write(toFile: output, atomically: true, encoding: .utf8)
    var input: [Int32] = [0, 0]
    #expect(pipe(&input) == 0)
    defer { close(input[1]) }
    let pid = try Self.spawnAsFromAShell(["score", "-", "-o", output], standardInput: input)
    close(input[0])
    // Some lines, and the pipe kept open: the run waits for more with its output under way.
    _ = write(input[1], "great service\nslow\n", 19)
    let deadline = Date().addingTimeInterval(30)
    while try names(in: folder).count < 2 && Date() < deadline { usleep(20_000) }
    #expect(try names(in: folder).count == 2, "no temporary file appeared")
    kill(pid, signal)
    var status: Int32 = 0
    #expect(waitpid(pid, &status, 0) == pid)
    // Ended by the signal (WIFSIGNALED, WTERMSIG), as it would have without a handler.
    #expect(status & 0x7F == signal, "wait status \(status)")
    #expect(try names(in: folder) == ["out.jsonl"])
    #expect(try String(contentsOfFile: output, encoding: .utf8) == "earlier\n")
  }

  /// Starts `verbatim arguments` reading `standardInput[0]`, standard error discarded, with no
  /// signal blocked and SIGINT and SIGTERM at their default action, as a shell starts a command:
  /// `Process` starts it from a Dispatch thread, whose blocked signals the child inherits.
  private static func spawnAsFromAShell(_ arguments: [String], standardInput: [Int32]) throws -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGTERM)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, standardInput[0], 0)
    posix_spawn_file_actions_addclose(&actions, standardInput[1])
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let executable = TestSupport.productsDirectory.appendingPathComponent("verbatim").path
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + environment { free(pointer) }
    }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environment)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
    return pid
  }
}
