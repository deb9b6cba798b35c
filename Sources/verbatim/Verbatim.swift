import ArgumentParser
import VerbatimCore

@main
struct Verbatim: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verbatim",
    abstract: "Customer-feedback text analytics, validated against human coders.",
    discussion: """
      Verbatim imports survey exports, tokenizes and scores open-ended answers, tags them against a
      codebook, and measures agreement with human coders before a model may drive operations.

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
}
