import Foundation
import TestSupport
import Testing
import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `OutputFile`, the one way every output is written (review h43, D2, D3, D7): a regular file is
/// written to an unpredictable temporary file beside it and renamed on `commit()`; links, FIFOs and
/// devices are written where they are.
@Suite struct OutputFileTests {
  private func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  /// The names in `folder`, sorted.
  private func names(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test func aRegularFileIsReplacedOnlyByCommit() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("out.jsonl").path
    try "earlier\n".write(toFile: path, atomically: false, encoding: .utf8)
    let file = try OutputFile(path: path)
    #expect(file.isStaged)
    try file.write(Array("new\n".utf8))
    #expect(try contents(path) == "earlier\n")
    // The temporary file is in the output's folder (a rename never crosses file systems).
    #expect(try names(in: folder).count == 2)
    try file.commit()
    #expect(try contents(path) == "new\n")
    #expect(try names(in: folder) == ["out.jsonl"])
  }

  @Test func aDiscardedOutputLeavesTheEarlierFileAndNoTemporaryFile() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("out.jsonl").path
    try "earlier\n".write(toFile: path, atomically: false, encoding: .utf8)
    do {
      let file = try OutputFile(path: path)
      try file.write(Array("half a li".utf8))
      file.discard()
    }
    do {
      // Released without a commit: discarded too.
      let file = try OutputFile(path: path)
      try file.write(Array("half a li".utf8))
    }
    #expect(try contents(path) == "earlier\n")
    #expect(try names(in: folder) == ["out.jsonl"])
  }

  /// D3: `OUT.partial` was a predictable name, and a symbolic link put there was followed.
  @Test func theTemporaryFileIsNeverOneThatWasThereBefore() throws {
    let folder = try TestSupport.temporaryDirectory()
    let precious = folder.appendingPathComponent("precious.txt").path
    try "precious\n".write(toFile: precious, atomically: false, encoding: .utf8)
    let path = folder.appendingPathComponent("c.jsonl").path
    try FileManager.default.createSymbolicLink(atPath: path + ".partial", withDestinationPath: precious)
    let first = try OutputFile(path: path)
    let second = try OutputFile(path: path)
    // Two outputs under way to one path have temporary files of their own.
    #expect(try names(in: folder).count == 4)
    try first.write(Array("first\n".utf8))
    try second.write(Array("second\n".utf8))
    try first.commit()
    try second.commit()
    #expect(try contents(path) == "second\n")
    #expect(try contents(precious) == "precious\n")
    #expect(try names(in: folder) == ["c.jsonl", "c.jsonl.partial", "precious.txt"])
  }

  @Test func aSymbolicLinkIsWrittenThroughAndStaysALink() throws {
    let folder = try TestSupport.temporaryDirectory()
    let target = folder.appendingPathComponent("target.xml").path
    try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
    let link = folder.appendingPathComponent("link.xml").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let file = try OutputFile(path: link)
    #expect(!file.isStaged)
    try file.write(Array("new\n".utf8))
    try file.commit()
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    #expect(try contents(target) == "new\n")
  }

  /// D2: a FIFO was replaced by a regular file, and its reader got nothing.
  @Test func aFIFOIsWrittenThroughAndStaysAFIFO() throws {
    let folder = try TestSupport.temporaryDirectory()
    let fifo = folder.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    // A reader that does not block, so that the writer's open succeeds at once.
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    #expect(reader >= 0)
    defer { close(reader) }
    let file = try OutputFile(path: fifo)
    try file.write(Array("<testsuites/>\n".utf8))
    try file.commit()
    var buffer = [UInt8](repeating: 0, count: 64)
    let count = read(reader, &buffer, buffer.count)
    #expect(count == 14)
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func aFullDeviceIsAWriteFailure() throws {
    let file = try OutputFile(path: "/dev/full")
    #expect(throws: OutputError.writeFailed(path: "/dev/full", reason: "No space left on device")) {
      try file.write(Array("x".utf8))
    }
  }

  @Test func theEarlierFilesPermissionsAreKept() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("private.jsonl").path
    try "earlier\n".write(toFile: path, atomically: false, encoding: .utf8)
    #expect(chmod(path, 0o600) == 0)
    try OutputFile.write(Array("new\n".utf8), to: path)
    var info = stat()
    #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
    #expect(try contents(path) == "new\n")
  }

  @Test func aMissingFolderOrAFolderIsSaidSo() throws {
    let folder = try TestSupport.temporaryDirectory()
    let missing = folder.appendingPathComponent("nodir/x.xml").path
    #expect(throws: OutputError.missingFolder(path: missing, folder: folder.appendingPathComponent("nodir").path)) {
      try OutputFile(path: missing)
    }
    #expect(throws: OutputError.isFolder(path: folder.path)) { try OutputFile(path: folder.path) }
    let message = OutputError.missingFolder(path: "nodir/m.json", folder: "nodir").description
    #expect(message == "nodir/m.json: cannot write: the folder nodir does not exist; create it first")
  }
}
