import Foundation
import TestSupport
import Testing
import VerbatimCore

struct Boom: Error, Equatable { var line: Int }

@Suite struct ParallelProcessingTests {
  func file(lines count: Int) throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("lines.txt")
    try (1...count).map { "line \($0)" }.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test(arguments: [1, 2, 4])
  func outputKeepsInputOrder(threads: Int) throws {
    var output: [UInt8] = []
    try ParallelLineProcessor(threads: threads, batchLines: 7).run(
      reader: try LineReader(path: try file(lines: 1000)),
      makeWorker: {
        { bytes, number, out in
          out.append(contentsOf: Array("\(number):".utf8) + Array(bytes) + [0x0A])
        }
      },
      write: { output.append(contentsOf: $0) })
    let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 1000)
    #expect(lines.enumerated().allSatisfy { $1 == "\($0 + 1):line \($0 + 1)" })
  }

  @Test func anErrorKeepsEverythingBeforeIt() throws {
    var output: [UInt8] = []
    #expect(throws: Boom(line: 500)) {
      try ParallelLineProcessor(threads: 2, batchLines: 64).run(
        reader: try LineReader(path: try file(lines: 1000)),
        makeWorker: {
          { _, number, out in
            if number == 500 || number == 900 { throw Boom(line: number) }
            out.append(0x2E)
          }
        },
        write: { output.append(contentsOf: $0) })
    }
    #expect(output.count == 499)
  }

  /// QA review 31: a line over the length limit after 1,000 short ones lost every line read so far
  /// with two or more threads (those of the batch still being filled were never submitted), while
  /// one thread wrote all 1,000. The same input now gives the same output at every thread count.
  @Test(arguments: [1, 2, 3])
  func aLineTooLongKeepsEveryLineBeforeIt(threads: Int) throws {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("long.txt")
    var bytes = Array((1...1000).map { "line \($0)\n" }.joined().utf8)
    bytes += [UInt8](repeating: UInt8(ascii: "a"), count: LineReader.maximumLineBytes + 10) + [0x0A]
    try Data(bytes).write(to: url)
    var output: [UInt8] = []
    #expect(throws: InputError.self) {
      try ParallelLineProcessor(threads: threads, batchLines: 4096).run(
        reader: try LineReader(path: url.path),
        makeWorker: { { _, _, out in out.append(0x2E) } },
        write: { output.append(contentsOf: $0) })
    }
    #expect(output.count == 1000)
  }

  /// Busy work on every 37th line.
  @Sendable static func spin(_ line: Int) {
    guard line % 37 == 0 else { return }
    var state = UInt64(line)
    for _ in 0..<20_000 { state = state &* 6_364_136_223_846_793_005 &+ 1 }
    precondition(state != 0 || line < 0)
  }

  @Test(arguments: [2, 3])
  func unevenLinesKeepInputOrderAndTheEarliestError(threads: Int) throws {
    // Lines that take much longer than their neighbours (every 37th) make threads finish their
    // chunks at different times; the output must still be in input order, and with errors on
    // lines 3001 and 2500 of one batch, the lines before 2500 are written and its error thrown.
    let path = try file(lines: 5000)
    var output: [UInt8] = []
    try ParallelLineProcessor(threads: threads).run(
      reader: try LineReader(path: path),
      makeWorker: {
        { bytes, number, out in
          Self.spin(number)
          out.append(contentsOf: Array("\(number):".utf8) + Array(bytes) + [0x0A])
        }
      },
      write: { output.append(contentsOf: $0) })
    let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 5000)
    #expect(lines.enumerated().allSatisfy { $1 == "\($0 + 1):line \($0 + 1)" })
    output.removeAll()
    #expect(throws: Boom(line: 2500)) {
      try ParallelLineProcessor(threads: threads).run(
        reader: try LineReader(path: path),
        makeWorker: {
          { _, number, out in
            Self.spin(number)
            if number == 2500 || number == 3001 { throw Boom(line: number) }
            out.append(0x2E)
          }
        },
        write: { output.append(contentsOf: $0) })
    }
    #expect(output.count == 2499)
  }

  @Test func aWorkerThatCannotBeMadeStopsTheRunAfterAPrefixOfTheOutput() throws {
    struct NoWorker: Error, Equatable {}
    let made = SharedCounter()
    var output: [UInt8] = []
    #expect(throws: NoWorker()) {
      try ParallelLineProcessor(threads: 2, batchLines: 100).run(
        reader: try LineReader(path: try file(lines: 1000)),
        makeWorker: {
          made.add("workers")
          if made["workers"] > 1 { throw NoWorker() }
          return { _, number, out in out.append(contentsOf: "\(number)\n".utf8) }
        },
        write: { output.append(contentsOf: $0) })
    }
    let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
    #expect(lines.count < 1000)
    #expect(lines.enumerated().allSatisfy { $1 == "\($0 + 1)" })
  }

  @Test(arguments: [1, 2, 3])
  func workersAreMadeOncePerThreadAcrossBatches(threads: Int) throws {
    // 1000 lines in batches of 10: 100 batches, yet at most one worker per thread.
    let made = SharedCounter()
    var output: [UInt8] = []
    try ParallelLineProcessor(threads: threads, batchLines: 10).run(
      reader: try LineReader(path: try file(lines: 1000)),
      makeWorker: {
        made.add("workers")
        return { _, number, out in out.append(contentsOf: "\(number)\n".utf8) }
      },
      write: { output.append(contentsOf: $0) })
    #expect(made["workers"] >= 1 && made["workers"] <= threads)
    let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
    #expect(lines.enumerated().allSatisfy { $1 == "\($0 + 1)" } && lines.count == 1000)
  }

  @Test func orderedMapKeepsOrderAndMakesOneWorkerPerThread() throws {
    var output: [UInt8] = []
    let made = SharedCounter()
    let map = OrderedParallelMap<Int>(
      threads: 2, batchSize: 10,
      makeWorker: {
        made.add("workers")
        return { item, out in out.append(contentsOf: "\(item),".utf8) }
      }, write: { output.append(contentsOf: $0) })
    for item in 0..<95 { try map.submit(item) }
    try map.finish()
    #expect(String(decoding: output, as: UTF8.self) == (0..<95).map { "\($0)," }.joined())
    // Workers are made by the threads that take chunks: at most one per thread.
    #expect(made["workers"] >= 1 && made["workers"] <= 2)
  }

  @Test(arguments: [1, 2])
  func orderedMapWritesEverythingBeforeTheFirstFailingItem(threads: Int) throws {
    var output: [UInt8] = []
    let map = OrderedParallelMap<Int>(
      threads: threads, batchSize: 16,
      makeWorker: {
        { item, out in
          Self.spin(item)
          if item == 300 || item == 700 { throw Boom(line: item) }
          out.append(contentsOf: "\(item),".utf8)
        }
      }, write: { output.append(contentsOf: $0) })
    #expect(throws: Boom(line: 300)) {
      for item in 0..<1000 { try map.submit(item) }
      try map.finish()
    }
    #expect(String(decoding: output, as: UTF8.self) == (0..<300).map { "\($0)," }.joined())
  }
}
