/// Values kept until the process exits instead of being destroyed when a command's `run` returns.
/// A process runs one command; freeing what it built just before the process exits is work for
/// nothing: releasing the sentiment model's tables took 1.45M instructions at the end of every
/// `score` (callgrind). Nothing kept here has a `deinit` that must run (no file, no counter).
enum ProcessLifetime {
  /// What `keep` was given. Appended to on the main thread only, before any worker starts.
  nonisolated(unsafe) private static var kept: [Any] = []

  /// Keeps `value` (a copy: its storage is retained) until the process exits.
  static func keep(_ value: Any) {
    kept.append(value)
  }
}
