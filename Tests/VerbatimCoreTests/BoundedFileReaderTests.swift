import Foundation
import TestSupport
import Testing
import VerbatimCore

#if canImport(Glibc)
  import Glibc
#endif

/// Whole-file reads of configuration files: a regular file or a pipe, within a limit; a device that
/// never ends (/dev/zero) is refused before anything is read.
@Suite struct BoundedFileReaderTests {
  @Test func readsARegularFileWithinTheLimit() throws {
    let file = try TestSupport.temporaryDirectory().appendingPathComponent("lexicon.tsv")
    try Data("good\t2.0\n".utf8).write(to: file)
    #expect(try BoundedFileReader.contents(of: file.path, limit: 100) == Array("good\t2.0\n".utf8))
    #expect(throws: BoundedFileReader.Failure.tooLarge(limit: 4)) {
      try BoundedFileReader.contents(of: file.path, limit: 4)
    }
  }

  @Test func refusesDevicesDirectoriesAndMissingFiles() throws {
    #expect(throws: BoundedFileReader.Failure.notRegularFileOrPipe) {
      try BoundedFileReader.contents(of: "/dev/zero", limit: 1 << 20)
    }
    let folder = try TestSupport.temporaryDirectory()
    #expect(throws: BoundedFileReader.Failure.isDirectory) {
      try BoundedFileReader.contents(of: folder.path, limit: 1 << 20)
    }
    #expect(throws: BoundedFileReader.Failure.noSuchFile) {
      try BoundedFileReader.contents(of: folder.appendingPathComponent("absent").path, limit: 1 << 20)
    }
  }

  /// A named pipe has no size: it is read to its end, and the limit still holds.
  @Test func readsAPipeToItsEndWithinTheLimit() throws {
    let fifo = try TestSupport.temporaryDirectory().appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let writer = Thread {
      let handle = FileHandle(forWritingAtPath: fifo)
      handle?.write(Data(repeating: UInt8(ascii: "x"), count: 100_000))
      try? handle?.close()
    }
    writer.start()
    #expect(try BoundedFileReader.contents(of: fifo, limit: 1 << 20).count == 100_000)
  }
}
