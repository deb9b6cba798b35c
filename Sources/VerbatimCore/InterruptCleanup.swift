import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary files of unfinished outputs (`OutputFile`), removed when SIGINT, SIGTERM or SIGHUP
/// ends the run: Ctrl-C left a 30 MB `out.jsonl.partial` behind (review h43). The handler is
/// installed with the first registration; a signal the process ignores (`nohup`, a background job
/// of a non-interactive shell) stays ignored. After removing the files the handler restores the
/// signal's default action and raises it again, so the run ends as it would have (status 130 for
/// Ctrl-C in a shell).
enum InterruptCleanup {
  /// The most temporary files registered at once (a run writes a few outputs).
  static let capacity = 64

  /// The registered paths as C strings, nil where a slot is free. The handler reads them on
  /// whatever thread the signal arrives, so a path is never freed once registered (a few bytes per
  /// output file, for the life of the process); a slot is only cleared.
  nonisolated(unsafe) static let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
    slots.initialize(repeating: nil, count: capacity)
    return slots
  }()

  /// Whether the handler is installed; the lock orders registrations.
  private static let installed = Mutex(false)

  /// Registers `path` for removal on a signal; returns its slot (nil when every slot is taken: the
  /// file is then not removed on a signal, as before).
  static func register(_ path: String) -> Int? {
    installed.withLock { installed in
      let slots = paths
      if !installed {
        installHandler()
        installed = true
      }
      for slot in 0..<capacity where slots[slot] == nil {
        slots[slot] = strdup(path)
        return slot
      }
      return nil
    }
  }

  /// Forgets the file in `slot` (renamed into place, or removed).
  static func unregister(_ slot: Int) {
    installed.withLock { _ in paths[slot] = nil }
  }

  private static func installHandler() {
    let ignore = unsafeBitCast(SIG_IGN, to: Int.self)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      let previous = signal(signalNumber) { removeTemporaryFilesAndRaise($0) }
      if let previous, unsafeBitCast(previous, to: Int.self) == ignore { signal(signalNumber, SIG_IGN) }
    }
  }
}

/// The signal handler: only async-signal-safe calls (unlink, signal, raise).
private func removeTemporaryFilesAndRaise(_ signalNumber: Int32) {
  let slots = InterruptCleanup.paths
  for slot in 0..<InterruptCleanup.capacity {
    if let path = slots[slot] { unlink(path) }
  }
  signal(signalNumber, SIG_DFL)
  raise(signalNumber)
}
