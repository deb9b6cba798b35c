import Dispatch

/// Processes the lines of a `LineReader` on several threads while keeping output in input order and
/// memory bounded.
///
/// Lines are read in batches (at most `batchLines` lines or `batchBytes` bytes); each batch is cut into
/// one contiguous slice per thread, every thread runs its own worker (created once by `makeWorker`
/// on that thread's first use and reused for every later batch, so ICU handles and scratch buffers
/// are opened once per thread), and the slices' outputs are written in order. Memory is bounded by
/// one batch of input plus its output, whatever the input size.
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
    try reader.forEachLine { bytes, line in
      batch.append(bytes, line: line)
      if batch.count >= batchLines || batch.bytes.count >= batchBytes {
        try process(&batch, slots: slots, write: write)
        progress?(line, reader.bytesRead)
      }
      return true
    }
    if batch.count > 0 {
      try process(&batch, slots: slots, write: write)
      progress?(reader.lineNumber, reader.bytesRead)
    }
  }

  private func process(_ batch: inout LineBatch, slots: WorkerSlots, write: ([UInt8]) throws -> Void) throws {
    let parts = min(threads, batch.count)
    let results = SliceResults(count: parts)
    let frozen = FrozenBatch(batch)
    let lineCount = batch.count
    let perPart = (lineCount + parts - 1) / parts
    if parts == 1 {
      slots.run(part: 0, lines: 0..<lineCount, batch: frozen, results: results)
    } else {
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        let lower = part * perPart
        let upper = min(lineCount, lower + perPart)
        slots.run(part: part, lines: lower..<upper, batch: frozen, results: results)
      }
    }
    for part in 0..<parts {
      let (output, failure) = results.take(part)
      if !output.isEmpty { try write(output) }
      if let failure { throw failure }
    }
    batch.removeAll()
  }
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

  func run(part: Int, lines: Range<Int>, batch: FrozenBatch, results: SliceResults) {
    var output: [UInt8] = []
    output.reserveCapacity(batch.bytes.count / max(1, batch.ranges.count) * lines.count * 4)
    do {
      if workers[part] == nil { workers[part] = try make() }
      let worker = workers[part]!
      try batch.bytes.withUnsafeBufferPointer { all in
        for index in lines {
          try worker(UnsafeBufferPointer(rebasing: all[batch.ranges[index]]), batch.lineNumbers[index], &output)
        }
      }
      results.store(part, output: output, failure: nil)
    } catch {
      results.store(part, output: output, failure: error)
    }
  }
}

/// Per-slice outputs of one batch. Each slot writes only its own index; the reader runs after
/// `concurrentPerform` returns, which orders the writes before the reads.
final class SliceResults: @unchecked Sendable {
  private let outputs: UnsafeMutableBufferPointer<[UInt8]>
  private let failures: UnsafeMutableBufferPointer<(any Error)?>

  init(count: Int) {
    outputs = .allocate(capacity: count)
    outputs.initialize(repeating: [])
    failures = .allocate(capacity: count)
    failures.initialize(repeating: nil)
  }

  deinit {
    outputs.deinitialize()
    outputs.deallocate()
    failures.deinitialize()
    failures.deallocate()
  }

  func store(_ part: Int, output: [UInt8], failure: (any Error)?) {
    outputs[part] = output
    failures[part] = failure
  }

  func take(_ part: Int) -> ([UInt8], (any Error)?) { (outputs[part], failures[part]) }
}
