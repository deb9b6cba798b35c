import ArgumentParser
import VerbatimCore

@main
struct Verbatim: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verbatim",
    abstract: "Customer-feedback text analytics, validated against human coders.",
    discussion: """
      Verbatim imports survey exports, tokenizes and scores open-ended answers, tags
      them against a codebook, and measures agreement with human coders before a
      model may drive operations.

      Examples:
        verbatim tokenize --jsonl answers.jsonl
        echo "Waited 40 minutes on hold :(" | verbatim tokenize
      """,
    version: VerbatimVersion.string,
    subcommands: [
      Tokenize.self,
      Import.self,
      Score.self,
      TagCommand.self,
      TaxonomyCommand.self,
      Redact.self,
      Agree.self,
      Gate.self,
      Sample.self,
      Code.self,
      Validate.self,
    ]
  )

  /// Runs the command; argument errors exit with 2 (the contract's usage status) instead of
  /// ArgumentParser's 64, every other status passes through unchanged.
  /// An output error no command caught is still exit 74, never ArgumentParser's 1 (the gate's
  /// "failed"). A word in a subcommand's place that names none is a usage error even with
  /// `--help` or after `help` (QA review 23: `verbatim nosuch --help` printed the root help, exit 0).
  /// Help and the version that cannot be written to standard output are exit 74.
  static func main() {
    if let word = unknownSubcommand(in: Array(CommandLine.arguments.dropFirst())) {
      printError("unknown subcommand '\(word)'; see 'verbatim --help' for the list")
      exit(withError: ExitCode(ExitStatus.usage.rawValue))
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        printError(fullMessage(for: error))
        exit(withError: ExitCode(ExitStatus.usage.rawValue))
      }
      if error is OutputError { exit(withError: cliExit(for: error)) }
      // Help and --version are written as every output is: one that cannot be written (/dev/full)
      // is exit 74, not 0 (review h43, B13: ArgumentParser's `print` failed without a word).
      if exitCode(for: error) == .success {
        let text = fullMessage(for: error)
        if !text.isEmpty {
          do { try writeStandardOutput(text + "\n") } catch { exit(withError: cliExit(for: error)) }
        }
        exit(withError: ExitCode.success)
      }
      exit(withError: error)
    }
  }

  /// The first word of `arguments` that stands where a subcommand must be and names none: the
  /// first word that is not an option, below a command that has subcommands (after a leading
  /// "help" too). Nil when every such word names a subcommand.
  static func unknownSubcommand(in arguments: [String]) -> String? {
    var command: any ParsableCommand.Type = Verbatim.self
    var words = arguments[...]
    if words.first == "help" { words = words.dropFirst() }
    while let word = words.first, !word.hasPrefix("-") {
      let subcommands = command.configuration.subcommands
      guard !subcommands.isEmpty else { return nil }
      guard let next = subcommands.first(where: { $0._commandName == word }) else { return word }
      command = next
      words = words.dropFirst()
    }
    return nil
  }
}
