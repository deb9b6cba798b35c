// Embeds the project's data folders into the binary at build time, so `verbatim` works from any
// directory and a copied binary needs no data folder. The data stays data: taxonomies/ is the
// source of truth; this plugin only turns it into a generated Swift file. (lexicons/ is embedded
// by the ShippedLexicons C target instead: the EmbedModel plugin's tool links Sentiment, and a
// plugin's tool cannot depend on a target that needs another plugin's output.)
import Foundation
import PackagePlugin

@main
struct EmbedData: BuildToolPlugin {
  /// Which data folder each target embeds, and which file extensions count as data.
  private static let folders: [String: (folder: String, extensions: Set<String>)] = [
    "Taxonomy": ("taxonomies", ["yaml", "yml"])
  ]

  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    guard let spec = Self.folders[target.name] else { return [] }
    let folder = context.package.directoryURL.appending(path: spec.folder)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { spec.extensions.contains(($0 as NSString).pathExtension.lowercased()) }
      .sorted()
    let inputs = names.map { folder.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "Embedded\(target.name)Data.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(spec.folder)/ into \(target.name)",
        executable: try context.tool(named: "EmbedDataTool").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}
