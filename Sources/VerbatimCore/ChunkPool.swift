import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Long-lived threads that run the chunks of submitted jobs, in submission order, each thread with
/// its own worker, made by `make` on that thread before `init` returns: a worker that cannot be made
/// stops the pool before any work (`setupFailure`), whatever the scheduling, so a run's outcome does
/// not depend on which thread happened to take a chunk.
///
/// Threads take the next chunk as soon as they finish one, across job boundaries: while the caller
/// waits for one job and writes its output, the next job's chunks keep both cores busy (a batch
/// barrier left them idle at every batch: about 6% of the run on two cores).
///
/// A failing chunk or a worker that cannot be made *stops* the pool: chunks not yet taken are
/// never run (their results stay "not done"), so the caller writes the prefix before the failure.
/// `close()` must be called once (it stops the pool and joins its threads).
final class ChunkPool<Worker>: @unchecked Sendable {
  // Everything below `make` is guarded by `mutex` (the unchecked conformance rests on that).
  private let make: @Sendable () throws -> Worker
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private let condition: UnsafeMutablePointer<pthread_cond_t>
  private var queue: [ChunkJob<Worker>] = []
  private var closed = false
  private var stopped = false
  private var firstSetupFailure: (any Error)?
  private var threads: [pthread_t] = []
  /// Signalled once per thread when its worker is made (or could not be).
  private let ready = DispatchSemaphore(value: 0)

  /// Starts up to `threads` threads; `threadCount` says how many the system gave.
  init(threads count: Int, make: @escaping @Sendable () throws -> Worker) {
    self.make = make
    mutex = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
    condition = .allocate(capacity: 1)
    pthread_cond_init(condition, nil)
    for _ in 0..<max(1, count) {
      let body = Unmanaged.passRetained(ThreadBody { [self] in loop() }).toOpaque()
      var thread = pthread_t()
      let started = pthread_create(
        &thread, nil,
        { context in
          Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue().run()
          return nil
        }, body)
      if started == 0 {
        threads.append(thread)
      } else {
        Unmanaged<ThreadBody>.fromOpaque(body).release()
      }
    }
    for _ in threads { ready.wait() }
  }

  deinit {
    pthread_cond_destroy(condition)
    condition.deallocate()
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// The number of threads running (0 if none could be started: the caller then works alone).
  var threadCount: Int { threads.count }

  /// The first error of a thread that could not make its worker.
  var setupFailure: (any Error)? { locked { firstSetupFailure } }

  /// Queues a job's chunks after those of earlier jobs (a stopped pool skips them at once).
  func submit(_ job: ChunkJob<Worker>) {
    locked {
      queue.append(job)
      if stopped { stopLocked() }
      pthread_cond_broadcast(condition)
    }
  }

  /// Stops handing out chunks, then waits for the threads to finish the chunks they hold.
  func close() {
    let running: [pthread_t] = locked {
      stopLocked()
      closed = true
      pthread_cond_broadcast(condition)
      let running = threads
      threads = []
      return running
    }
    for thread in running { pthread_join(thread, nil) }
  }

  private func locked<Result>(_ body: () throws -> Result) rethrows -> Result {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body()
  }

  private func loop() {
    var worker: Worker
    do {
      worker = try make()
    } catch {
      stop(recording: error)
      ready.signal()
      return
    }
    ready.signal()
    pthread_mutex_lock(mutex)
    while true {
      guard let (job, chunk) = takeLocked() else {
        if closed { break }
        pthread_cond_wait(condition, mutex)
        continue
      }
      pthread_mutex_unlock(mutex)
      if !job.run(chunk, with: worker) { stop(recording: nil) }
      // A worker that held a very large input lets go of its buffers (`WorkerRenewal`); if a new
      // one cannot be made, the old one goes on.
      if job.renewsWorker(chunk), let fresh = try? make() {
        worker = fresh
        WorkerRenewal.returnFreedMemory()
      }
      pthread_mutex_lock(mutex)
      job.remaining -= 1
      if job.remaining == 0 { job.completed.signal() }
    }
    pthread_mutex_unlock(mutex)
  }

  /// Stops the pool; `error` is a worker that could not be made (a failed chunk keeps its own error).
  private func stop(recording error: (any Error)?) {
    locked {
      if let error, firstSetupFailure == nil { firstSetupFailure = error }
      stopLocked()
    }
  }

  private func takeLocked() -> (ChunkJob<Worker>, Int)? {
    while let job = queue.first {
      if job.next < job.chunkCount {
        job.next += 1
        return (job, job.next - 1)
      }
      // Every chunk of this job is taken: the queue lets go of it at once (the caller and the
      // threads still running its chunks hold it), so written batches and their outputs are freed.
      // The queue holds two or three jobs, so removing the first is cheap.
      queue.removeFirst()
    }
    return nil
  }

  /// Marks every chunk not yet taken as never to run.
  private func stopLocked() {
    stopped = true
    for job in queue {
      let untaken = job.chunkCount - job.next
      guard untaken > 0 else { continue }
      job.next = job.chunkCount
      job.remaining -= untaken
      if job.remaining == 0 { job.completed.signal() }
    }
    queue.removeAll(keepingCapacity: true)
  }
}

/// A job for a `ChunkPool`: `chunkCount` chunks, each run by `body(chunk, worker, &output)`, with
/// their outputs and failures in `results`.
final class ChunkJob<Worker>: @unchecked Sendable {
  let chunkCount: Int
  let results: SliceResults
  private let body: @Sendable (Int, Worker, inout [UInt8]) throws -> Void
  /// The chunks after which the worker that ran them is replaced (`WorkerRenewal`).
  private let renewing: Set<Int>
  // Guarded by the pool's mutex.
  fileprivate var next = 0
  fileprivate var remaining: Int
  fileprivate let completed = DispatchSemaphore(value: 0)

  init(
    chunks: Int, renewingWorkerAfter renewing: Set<Int> = [],
    body: @escaping @Sendable (Int, Worker, inout [UInt8]) throws -> Void
  ) {
    chunkCount = chunks
    remaining = chunks
    results = SliceResults(count: chunks)
    self.body = body
    self.renewing = renewing
  }

  /// Whether the worker that ran `chunk` is to be replaced after it (`WorkerRenewal`).
  func renewsWorker(_ chunk: Int) -> Bool { renewing.contains(chunk) }

  /// Runs one chunk; false when it failed.
  func run(_ chunk: Int, with worker: Worker) -> Bool {
    var output: [UInt8] = []
    do {
      try body(chunk, worker, &output)
      results.store(chunk, output: output, failure: nil)
      return true
    } catch {
      results.store(chunk, output: output, failure: error)
      return false
    }
  }

  /// Runs every chunk on the calling thread (no pool), up to the first failure.
  func runAll(with worker: Worker) {
    for chunk in 0..<chunkCount where !run(chunk, with: worker) { break }
  }

  /// Waits until every chunk has run or been skipped (pool jobs only).
  func wait() { completed.wait() }

  /// Writes the chunks' outputs in order, up to the first chunk that failed (its partial output
  /// is written, then its error thrown) or did not run (then `skipped` is thrown).
  func write(_ write: ([UInt8]) throws -> Void, skipped: @autoclosure () -> any Error) throws {
    for chunk in 0..<chunkCount {
      guard let (output, failure) = results.take(chunk) else { throw skipped() }
      if !output.isEmpty { try write(output) }
      if let failure { throw failure }
    }
  }
}

/// When a worker is replaced by a fresh one: after it handled a line or record of `bytes` bytes or
/// more. A worker keeps the buffers its largest input needed (tokens, scores, output), about 200
/// bytes per token and some 900 with `--explain`; after a 1M-token line each thread kept some
/// 150 MB, 1 GB with `--explain`, so memory grew with `--threads` (review h43 D5: 1.56 GB on 16
/// threads for what 2 threads did in 0.4 GB). Made again, it starts small; inputs this large are
/// rare, so the cost of making it (ICU handles, tables) does not show.
public enum WorkerRenewal {
  /// 1 MiB: a worker keeps at most the buffers of a line just under it (some 30 MB).
  public static let bytes = 1 << 20

  /// Hands the memory freed by a worker made again back to the system: glibc keeps what a thread
  /// freed in that thread's arena, so each thread that once held a large line kept its peak
  /// resident (`malloc_trim`; elsewhere nothing).
  public static func returnFreedMemory() {
    _ = trim?(0)
  }

  /// glibc's `malloc_trim`, looked up at run time (the Glibc module does not declare `malloc.h`).
  private static let trim: (@convention(c) (Int) -> Int32)? = {
    #if canImport(Glibc)
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
      return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    #else
      return nil
    #endif
  }()
}

/// A thread's entry point, boxed to cross `pthread_create`'s C context pointer.
private final class ThreadBody {
  let run: () -> Void
  init(_ run: @escaping () -> Void) { self.run = run }
}
