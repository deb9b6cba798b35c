#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Tells a user who typed a command without a file that it is reading the terminal (review r17c: a
/// forgotten FILE looked like a hung command). Says nothing when standard input is a pipe or a file.
func noteTerminalInput(_ path: String, what: String = "texts, one per line") {
  guard path == "-", isatty(0) == 1 else { return }
  let note = "verbatim: reading \(what) from the terminal; end with Ctrl-D (or give a FILE, or pipe the input in)\n"
  _ = note.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
}
