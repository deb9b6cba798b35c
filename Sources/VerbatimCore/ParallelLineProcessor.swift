import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Processes the lines of a `LineReader` on several threads while keeping output in input order and
/// memory bounded.
///
/// Lines are read in batches (at most `batchLines` lines or `batchBytes` bytes). Each batch is cut
/// into chunks of consecutive lines that the threads take in turn as they finish the previous one
/// (so a slow stretch of text does not keep the other threads waiting); every thread runs its own
/// worker (created once by `makeWorker` on that thread's first use and reused for every later
/// batch, so ICU handles and scratch buffers are opened once per thread), and the chunks' outputs
/// are written in order. With several threads, the next batch is read, and the previous batch's
/// output written, while a batch is being processed. Memory is bounded by two batches of input
/// plus their output, whatever the input size.
///
/// Errors: when a worker throws on a line, the lines before it (in input order) are written, and
/// the error of the earliest failing line is rethrown, so no record before the error is lost.
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
  public func run(
    reader: LineReader,
    makeWorker: @escaping @Sendable () throws -> Worker,
    write: ([UInt8]) throws -> Void,
    progress: ((Int, Int) -> Void)? = nil
  ) throws {
    let slots = WorkerSlots(count: threads, make: makeWorker)
    var batch = LineBatch()
    // The batch being processed while the next is read (several threads only).
    var running: RunningBatch?
    /// Waits for the running batch and writes its output (once, even when that throws).
    func finishRunning() throws {
      guard let batch = running else { return }
      running = nil
      try batch.finish(write: write, progress: progress)
    }
    func submit(_ batch: inout LineBatch, line: Int, bytesRead: Int) throws {
      let next = RunningBatch(FrozenBatch(batch), threads: threads, slots: slots, line: line, bytesRead: bytesRead)
      batch.removeAll()
      if threads == 1 {
        next.process()
        try next.finish(write: write, progress: progress)
      } else {
        try finishRunning()
        next.start()
        running = next
      }
    }
    do {
      try reader.forEachLine { bytes, line in
        batch.append(bytes, line: line)
        if batch.count >= batchLines || batch.bytes.count >= batchBytes {
          try submit(&batch, line: line, bytesRead: reader.bytesRead)
        }
        return true
      }
    } catch {
      // The lines before a read error are written (and an earlier worker error wins).
      try finishRunning()
      throw error
    }
    if batch.count > 0 { try submit(&batch, line: reader.lineNumber, bytesRead: reader.bytesRead) }
    try finishRunning()
  }
}

/// One batch being processed: its chunks, the next chunk to take, and the chunks' outputs.
private final class RunningBatch: @unchecked Sendable {
  let batch: FrozenBatch
  let slots: WorkerSlots
  let parts: Int
  /// Chunk `c` is lines `chunkStarts[c]..<chunkStarts[c + 1]`.
  let chunkStarts: [Int]
  let results: SliceResults
  let taker: ChunkTaker
  let line: Int
  let bytesRead: Int
  private let done = DispatchGroup()

  init(_ batch: FrozenBatch, threads: Int, slots: WorkerSlots, line: Int, bytesRead: Int) {
    self.batch = batch
    self.slots = slots
    self.line = line
    self.bytesRead = bytesRead
    let lineCount = batch.ranges.count
    parts = max(1, min(threads, lineCount))
    // Enough chunks per thread to even out uneven lines, few enough to keep the hand-out cheap.
    let chunks = parts == 1 ? 1 : min(lineCount, parts * 16)
    chunkStarts = (0...chunks).map { lineCount * $0 / chunks }
    results = SliceResults(count: chunks)
    taker = ChunkTaker(count: chunks)
  }

  /// Processes the batch on this thread and up to `parts - 1` others; returns when done.
  func process() {
    if parts == 1 {
      slots.run(part: 0, chunks: self)
    } else {
      DispatchQueue.concurrentPerform(iterations: parts) { part in slots.run(part: part, chunks: self) }
    }
  }

  /// Processes the batch in the background.
  func start() {
    done.enter()
    DispatchQueue.global().async {
      self.process()
      self.done.leave()
    }
  }

  /// Waits for the batch, then writes its chunks' outputs in order up to the first failure, which
  /// it throws.
  func finish(write: ([UInt8]) throws -> Void, progress: ((Int, Int) -> Void)?) throws {
    done.wait()
    for chunk in 0..<(chunkStarts.count - 1) {
      // Chunks are taken in order, so the first one not done ends what a failure let through.
      guard let (output, failure) = results.take(chunk) else { break }
      if !output.isEmpty { try write(output) }
      if let failure { throw failure }
    }
    if let failure = results.setupFailure { throw failure }
    progress?(line, bytesRead)
  }
}

/// Hands out chunk indices in increasing order, and none after a worker has failed (the lines
/// after a failure are not written).
private final class ChunkTaker: Sendable {
  private let count: Int
  private let next = Mutex(0)

  init(count: Int) { self.count = count }

  /// The next chunk, or nil when all are taken (or a worker failed).
  func take() -> Int? {
    next.withLock { next in
      guard next < count else { return nil }
      next += 1
      return next - 1
    }
  }

  /// No chunk is handed out after this.
  func stop() { next.withLock { $0 = count } }
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

/// One worker per thread slot. Slot `i` is only ever used by the iteration `i` of a
/// `concurrentPerform`, and iterations of one batch finish before the next batch starts, so no two
/// threads touch a slot at once: that is the invariant that makes the unchecked conformance sound.
final class WorkerSlots: @unchecked Sendable {
  /// Fixed storage, so that threads writing different slots never touch shared array headers.
  private let workers: UnsafeMutableBufferPointer<ParallelLineProcessor.Worker?>
  private let make: @Sendable () throws -> ParallelLineProcessor.Worker

  init(count: Int, make: @escaping @Sendable () throws -> ParallelLineProcessor.Worker) {
    workers = .allocate(capacity: count)
    workers.initialize(repeating: nil)
    self.make = make
  }

  deinit {
    workers.deinitialize()
    workers.deallocate()
  }

  /// Runs slot `part`'s worker over chunks of `running` until none is left.
  fileprivate func run(part: Int, chunks running: RunningBatch) {
    let batch = running.batch
    let averageLine = batch.bytes.count / max(1, batch.ranges.count)
    let worker: ParallelLineProcessor.Worker
    do {
      if workers[part] == nil { workers[part] = try make() }
      worker = workers[part]!
    } catch {
      // The worker could not be made: no chunk is handed out any more, and the batch reports it
      // after the chunks already taken.
      running.results.storeSetupFailure(error)
      running.taker.stop()
      return
    }
    batch.bytes.withUnsafeBufferPointer { all in
      while let chunk = running.taker.take() {
        let lines = running.chunkStarts[chunk]..<running.chunkStarts[chunk + 1]
        var output: [UInt8] = []
        output.reserveCapacity(averageLine * lines.count * 4)
        do {
          for index in lines {
            try worker(UnsafeBufferPointer(rebasing: all[batch.ranges[index]]), batch.lineNumbers[index], &output)
          }
          running.results.store(chunk, output: output, failure: nil)
        } catch {
          running.results.store(chunk, output: output, failure: error)
          running.taker.stop()
          return
        }
      }
    }
  }
}

/// Per-chunk outputs of one batch. Each chunk is written by the one thread that took it; the reader
/// runs after the batch is done (`concurrentPerform` returned, or the batch's group was waited
/// for), which orders the writes before the reads.
final class SliceResults: @unchecked Sendable {
  private let outputs: UnsafeMutableBufferPointer<[UInt8]>
  private let failures: UnsafeMutableBufferPointer<(any Error)?>
  private let done: UnsafeMutableBufferPointer<Bool>
  private let setupMutex: UnsafeMutablePointer<pthread_mutex_t>
  private var firstSetupFailure: (any Error)?

  init(count: Int) {
    outputs = .allocate(capacity: count)
    outputs.initialize(repeating: [])
    failures = .allocate(capacity: count)
    failures.initialize(repeating: nil)
    done = .allocate(capacity: count)
    done.initialize(repeating: false)
    setupMutex = .allocate(capacity: 1)
    pthread_mutex_init(setupMutex, nil)
  }

  deinit {
    outputs.deinitialize()
    outputs.deallocate()
    failures.deinitialize()
    failures.deallocate()
    done.deallocate()
    pthread_mutex_destroy(setupMutex)
    setupMutex.deallocate()
  }

  func store(_ chunk: Int, output: [UInt8], failure: (any Error)?) {
    outputs[chunk] = output
    failures[chunk] = failure
    done[chunk] = true
  }

  /// A chunk's output and failure, or nil when no thread took it.
  func take(_ chunk: Int) -> ([UInt8], (any Error)?)? { done[chunk] ? (outputs[chunk], failures[chunk]) : nil }

  /// Records that a thread could not make its worker (the first such error is kept).
  func storeSetupFailure(_ error: any Error) {
    pthread_mutex_lock(setupMutex)
    if firstSetupFailure == nil { firstSetupFailure = error }
    pthread_mutex_unlock(setupMutex)
  }

  /// The first worker-making error (read once the batch is done).
  var setupFailure: (any Error)? { firstSetupFailure }
}
