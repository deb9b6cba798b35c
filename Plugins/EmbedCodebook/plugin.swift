// Parses the shipped codebook's rules once, at build time, and embeds the codebook with its parsed
// rules in the binary, so that a run compiles it without reading its YAML or parsing its rules
// again (about 120M instructions a start-up). taxonomies/ stays the source of truth: the archive is
// rebuilt whenever a codebook or the tool (which links the Taxonomy module, the reader and the
// parser) changes, and a run whose embedded YAML is not the archive's source reads the YAML.
import Foundation
import PackagePlugin

@main
struct EmbedCodebook: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    guard target.name == "CodebookArchive" else { return [] }
    let folder = context.package.directoryURL.appending(path: "taxonomies")
    let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { ["yaml", "yml"].contains(($0 as NSString).pathExtension.lowercased()) }
      .sorted()
      .map { folder.appending(path: $0) }
    let tool = try context.tool(named: "CodebookArchiveTool").url
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedCodebookArchive.swift")
    return [
      .buildCommand(
        displayName: "Parsing the shipped codebook's rules into \(target.name)",
        executable: tool,
        arguments: [output.path],
        inputFiles: inputs + [tool],
        outputFiles: [output])
    ]
  }
}
