import Dispatch
import Synchronization

/// A value computed on another thread while the caller does other work: start-up builds the
/// codebook this way while it builds the sentiment model, so two cores share it.
///
/// `body` must not print or otherwise report: its error is returned to the caller by `value()`,
/// which reports it in the order a serial start-up would have.
final class BackgroundValue<Value: Sendable>: Sendable {
  private let outcome = Mutex<Result<Value, any Error>?>(nil)
  private let finished = DispatchSemaphore(value: 0)

  /// Starts `body` on a thread of Dispatch's global queue.
  init(_ body: @escaping @Sendable () throws -> Value) {
    DispatchQueue.global().async { [self] in
      let result = Result { try body() }
      outcome.withLock { $0 = result }
      finished.signal()
    }
  }

  /// Waits for the value; rethrows `body`'s error. Call once.
  func value() throws -> Value {
    finished.wait()
    return try outcome.withLock { $0! }.get()
  }
}
