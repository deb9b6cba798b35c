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
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        printError(fullMessage(for: error))
        exit(withError: ExitCode(ExitStatus.usage.rawValue))
      }
      exit(withError: error)
    }
  }
}
