import ArgumentParser
import VerbatimCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Prints `message` to standard error as `verbatim: message`.
func printError(_ message: String) {
  var line = "verbatim: " + message
  if !line.hasSuffix("\n") { line += "\n" }
  var bytes = Array(line.utf8)
  _ = bytes.withUnsafeMutableBufferPointer { write(2, $0.baseAddress, $0.count) }
}

/// Reports an error and turns it into the exit status the CLI contract promises.
func fail(_ message: String, status: ExitStatus) -> ExitCode {
  printError(message)
  return ExitCode(status.rawValue)
}

/// Maps any error thrown by a library to a message and an exit status.
func cliExit(for error: any Error) -> ExitCode {
  if let exit = error as? ExitCode { return exit }  // already reported
  if let input = error as? InputError { return fail(input.description, status: input.exitStatus) }
  if let output = error as? OutputError { return fail(output.description, status: .ioError) }
  return fail(String(describing: error), status: .dataError)
}
