/// Processes the lines of a `LineReader` on several threads while keeping output in input order and
/// memory bounded.
///
/// Lines are read in batches (at most `batchLines` lines or `batchBytes` bytes). Each batch is cut
/// into chunks of consecutive lines that a `ChunkPool`'s long-lived threads take in turn as they
/// finish the previous one, across batch boundaries (so neither a slow stretch of text nor the end
/// of a batch keeps a thread waiting); every thread runs its own worker (made once by `makeWorker`
/// on that thread, so ICU handles and scratch buffers are opened once per thread). The calling
/// thread reads the next batch and writes the chunks' outputs in order while the threads work.
/// Memory is bounded by three batches of input plus their output, whatever the input size.
///
/// Errors: when a worker throws on a line, the lines before it (in input order) are written, and
/// the error of the earliest failing line is rethrown, so no record before the error is lost. A
/// `LineScopedError` is rethrown as a `LineError` that names the file and line.
public struct ParallelLineProcessor: Sendable {
  public var threads: Int
  public var batchLines: Int
  public var batchBytes: Int

  public init(threads: Int, batchLines: Int = 4096, batchBytes: Int = 4 << 20) {
    self.threads = max(1, threads)
    self.batchLines = max(1, batchLines)
    self.batchBytes = max(1, batchBytes)
  }

  /// A worker turns one line (bytes, 1-based line number) into output bytes appended to `output`.
  public typealias Worker = (UnsafeBufferPointer<UInt8>, Int, inout [UInt8]) throws -> Void

  /// Runs the workers over every line of `reader`; `write` receives output chunks in input order.
  /// `progress` (optional) is called after each batch with the lines and bytes read so far.
  /// `tooLong`, when given, is called (on the reading thread) with the number and length of each
  /// line over `LineReader.maximumLineBytes`, which is skipped without being kept (it returns false
  /// to stop); by default such a line stops the run with `InputError.lineTooLong`.
  ///
  /// When the input is a pipe that pauses (`LineReader.forEachLine`'s `whenInputPauses`), the lines
  /// read so far are processed and written at once, and `flush` is called, so a slow stream gets
  /// its output without waiting for a batch to fill.
  public func run(
    reader: LineReader,
    makeWorker: @escaping @Sendable () throws -> Worker,
    write: ([UInt8]) throws -> Void,
    flush: () throws -> Void = {},
    progress: ((Int, Int) -> Void)? = nil,
    tooLong: ((_ line: Int, _ length: Int) throws -> Bool)? = nil
  ) throws {
    // A handler that goes on reads a long line to its end; the default one stops at once.
    reader.stopsAtLongLine = tooLong == nil
    let tooLong = tooLong ?? reader.refuseLongLine
    if threads == 1 {
      try runOnThisThread(
        reader: reader, makeWorker: makeWorker, write: write, flush: flush, progress: progress, tooLong: tooLong)
      return
    }
    let pool = ChunkPool<Worker>(threads: threads, make: makeWorker)
    defer { pool.close() }
    // A thread whose worker could not be made stops the run before any line is read.
    if let failure = pool.setupFailure { throw failure }
    guard pool.threadCount > 0 else {
      // The system started no thread: this one works alone.
      try runOnThisThread(
        reader: reader, makeWorker: makeWorker, write: write, flush: flush, progress: progress, tooLong: tooLong)
      return
    }
    var batch = LineBatch()
    /// Submitted batches not yet written (at most two), with the read position after each.
    var pending: [(job: ChunkJob<Worker>, line: Int, bytesRead: Int)] = []
    var workerFailed = false
    func finishOldest() throws {
      let (job, line, bytesRead) = pending.removeFirst()
      job.wait()
      do {
        try job.write(write, skipped: ParallelProcessingStopped())
      } catch {
        pending.removeAll()  // the batches after a failure are not written
        workerFailed = true
        throw error
      }
      progress?(line, bytesRead)
    }
    func submit(line: Int, bytesRead: Int) throws {
      let job = Self.job(for: FrozenBatch(batch), chunks: threads * 16, source: reader.source)
      batch.removeAll()
      pending.append((job, line, bytesRead))
      pool.submit(job)
      // The next batch is queued before this thread waits for the previous one and writes it.
      if pending.count > 1 { try finishOldest() }
    }
    func writeEverythingRead() throws {
      if batch.count > 0 { try submit(line: reader.lineNumber, bytesRead: reader.bytesRead) }
      while !pending.isEmpty { try finishOldest() }
      try flush()
    }
    do {
      try reader.forEachLine(
        maximumLength: LineReader.maximumLineBytes, tooLong: tooLong,
        whenInputPauses: writeEverythingRead,
        body: { bytes, line in
          batch.append(bytes, line: line)
          // A line of `WorkerRenewal.bytes` or more closes its batch: a batch then holds one such
          // line, so at most two are worked on at once, whatever the number of threads (each may
          // take a few hundred MB: review h43 D5).
          if batch.count >= batchLines || batch.bytes.count >= batchBytes || bytes.count >= WorkerRenewal.bytes {
            try submit(line: line, bytesRead: reader.bytesRead)
          }
          return true
        })
    } catch {
      // The lines before a read error (a line over the length limit) are written, those of the
      // batch being filled too, as one thread writes them (QA review 31: with several threads
      // every line read so far was lost); an earlier worker error wins.
      if !workerFailed && batch.count > 0 {
        let job = Self.job(for: FrozenBatch(batch), chunks: threads * 16, source: reader.source)
        batch.removeAll()
        pending.append((job, reader.lineNumber, reader.bytesRead))
        pool.submit(job)
      }
      while !pending.isEmpty { try finishOldest() }
      throw error
    }
    if batch.count > 0 { try submit(line: reader.lineNumber, bytesRead: reader.bytesRead) }
    while !pending.isEmpty { try finishOldest() }
  }

  /// One thread: each line goes to the worker straight from the reader's buffer (no copy into a
  /// batch, no job), and the output is handed to `write` at the same batch boundaries as with
  /// several threads. A failing line's output so far and the lines before it are written, then
  /// its error is thrown; a read error likewise writes the lines before it. When a piped input
  /// pauses, the output so far is written and flushed, as with several threads.
  private func runOnThisThread(
    reader: LineReader,
    makeWorker: () throws -> Worker,
    write: ([UInt8]) throws -> Void,
    flush: () throws -> Void,
    progress: ((Int, Int) -> Void)?,
    tooLong: (Int, Int) throws -> Bool
  ) throws {
    let state = SingleThreadBatch()
    func writeBatch(line: Int) throws {
      if !state.output.isEmpty { try write(state.output) }
      state.output.removeAll(keepingCapacity: true)
      state.lines = 0
      state.bytes = 0
      progress?(line, reader.bytesRead)
    }
    do {
      try reader.forEachLine(
        maximumLength: LineReader.maximumLineBytes, tooLong: tooLong,
        whenInputPauses: {
          if state.lines > 0 { try writeBatch(line: reader.lineNumber) }
          try flush()
        },
        body: { line, number in
          if state.worker == nil {
            state.worker = try makeWorker()
            // Room for a batch's output from the first line's length, as the threads' chunks
            // reserve theirs: grown from empty instead, the first batch's output was copied
            // about once over (1.1M instructions of `memcpy` for `score` of the VADER texts).
            if state.output.capacity == 0 {
              state.output.reserveCapacity(min(batchBytes, max(line.count, 16) * batchLines) * 4)
            }
          }
          do {
            try state.worker!(line, number, &state.output)
          } catch let error as any LineScopedError {
            throw LineError(path: reader.source, line: number, message: error.description)
          }
          // Made again for the next line after a very large one (`WorkerRenewal`).
          if line.count >= WorkerRenewal.bytes {
            state.worker = nil
            WorkerRenewal.returnFreedMemory()
          }
          state.lines += 1
          state.bytes += line.count
          if state.lines >= batchLines || state.bytes >= batchBytes { try writeBatch(line: number) }
          return true
        })
    } catch {
      if !state.output.isEmpty { try write(state.output) }
      throw error
    }
    if state.lines > 0 { try writeBatch(line: reader.lineNumber) }
  }

  /// `runOnThisThread`'s worker and pending output. Local `var`s shared by its closures and its
  /// nested function would live in boxes checked for exclusivity at run time on every access (a
  /// thread-local lookup, several per line); this state belongs to one thread and one call.
  private final class SingleThreadBatch {
    @exclusivity(unchecked) var worker: Worker?
    @exclusivity(unchecked) var output: [UInt8] = []
    @exclusivity(unchecked) var lines = 0
    @exclusivity(unchecked) var bytes = 0
  }

  /// A batch as a pool job of about `chunks` chunks of consecutive lines (enough per thread to even
  /// out uneven lines, few enough to keep the hand-out cheap).
  private static func job(for batch: FrozenBatch, chunks wanted: Int, source: String) -> ChunkJob<Worker> {
    let lineCount = batch.ranges.count
    let chunks = max(1, min(lineCount, wanted))
    let chunkStarts = (0...chunks).map { lineCount * $0 / chunks }
    let averageLine = batch.bytes.count / max(1, lineCount)
    // The chunks that hold a line of `WorkerRenewal.bytes` or more (a batch holds at most 4 such).
    let large = Set(
      batch.ranges.indices.filter { batch.ranges[$0].count >= WorkerRenewal.bytes }.map { index in
        chunkStarts.lastIndex { $0 <= index }!
      })
    return ChunkJob(chunks: chunks, renewingWorkerAfter: large) { chunk, worker, output in
      let lines = chunkStarts[chunk]..<chunkStarts[chunk + 1]
      output.reserveCapacity(averageLine * lines.count * 4)
      try batch.bytes.withUnsafeBufferPointer { all in
        for index in lines {
          do {
            try worker(UnsafeBufferPointer(rebasing: all[batch.ranges[index]]), batch.lineNumbers[index], &output)
          } catch let error as any LineScopedError {
            throw LineError(path: source, line: batch.lineNumbers[index], message: error.description)
          }
        }
      }
    }
  }
}

/// Thrown when a chunk was skipped because the pool stopped with no error before it (not expected:
/// a worker that cannot be made is reported before any job runs, and a chunk's failure is written
/// and thrown before the chunks it skipped).
struct ParallelProcessingStopped: Error, CustomStringConvertible {
  var description: String { "internal error: parallel processing stopped without a cause" }
}

/// Lines of one batch, back to back.
struct LineBatch {
  var bytes: [UInt8] = []
  var ranges: [Range<Int>] = []
  var lineNumbers: [Int] = []
  var count: Int { ranges.count }

  mutating func append(_ line: UnsafeBufferPointer<UInt8>, line number: Int) {
    let start = bytes.count
    bytes.append(contentsOf: line)
    ranges.append(start..<bytes.count)
    lineNumbers.append(number)
  }

  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    ranges.removeAll(keepingCapacity: true)
    lineNumbers.removeAll(keepingCapacity: true)
  }
}

/// An immutable copy of a batch that threads may read concurrently.
struct FrozenBatch: Sendable {
  let bytes: [UInt8]
  let ranges: [Range<Int>]
  let lineNumbers: [Int]

  init(_ batch: LineBatch) {
    bytes = batch.bytes
    ranges = batch.ranges
    lineNumbers = batch.lineNumbers
  }
}

/// Per-chunk outputs of one batch. Each chunk is written by the one thread that took it; the reader
/// runs after the batch is done (`ChunkJob.wait` returned, or the job ran on the reader's thread),
/// which orders the writes before the reads.
final class SliceResults: @unchecked Sendable {
  private let outputs: UnsafeMutableBufferPointer<[UInt8]>
  private let failures: UnsafeMutableBufferPointer<(any Error)?>
  private let done: UnsafeMutableBufferPointer<Bool>

  init(count: Int) {
    outputs = .allocate(capacity: count)
    outputs.initialize(repeating: [])
    failures = .allocate(capacity: count)
    failures.initialize(repeating: nil)
    done = .allocate(capacity: count)
    done.initialize(repeating: false)
  }

  deinit {
    outputs.deinitialize()
    outputs.deallocate()
    failures.deinitialize()
    failures.deallocate()
    done.deallocate()
  }

  func store(_ chunk: Int, output: [UInt8], failure: (any Error)?) {
    outputs[chunk] = output
    failures[chunk] = failure
    done[chunk] = true
  }

  /// A chunk's output and failure, or nil when no thread took it.
  func take(_ chunk: Int) -> ([UInt8], (any Error)?)? { done[chunk] ? (outputs[chunk], failures[chunk]) : nil }
}
