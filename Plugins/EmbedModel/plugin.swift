// Builds the shipped sentiment model once, at build time, and embeds its tables in the binary, so
// that a run reads them instead of parsing and indexing the lexicons again (about 50M instructions
// a start-up). The lexicons stay the source of truth: the archive is rebuilt whenever they or the
// model builder change (the tool links the Sentiment module, which embeds them).
import Foundation
import PackagePlugin

@main
struct EmbedModel: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    guard target.name == "SentimentArchive" else { return [] }
    let folder = context.package.directoryURL.appending(path: "lexicons")
    let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { ["tsv", "txt"].contains(($0 as NSString).pathExtension.lowercased()) }
      .sorted()
      .map { folder.appending(path: $0) }
    let tool = try context.tool(named: "ModelArchiveTool").url
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedModelArchive.swift")
    return [
      .buildCommand(
        displayName: "Building the shipped sentiment model into \(target.name)",
        executable: tool,
        arguments: [output.path],
        inputFiles: inputs + [tool],
        outputFiles: [output])
    ]
  }
}
