import Foundation
import Testing

@testable import SurveyImport

/// `CompanionFile.files(in:suffix:)`, which finds a LimeSurvey export's `.lss` beside it: names are
/// read from each directory entry up to their terminating zero (the forty-fifth session's fuzzing
/// found the whole 256-byte name field copied, past the end of `readdir`'s buffer).
@Suite struct CompanionFileListingTests {
  @Test func listsTheFilesWithTheSuffixWholeAndSorted() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("companions-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // Names of every length up to the longest a file system takes (255 bytes), a multi-byte one, a
    // suffix in capitals, and files that do not end with the suffix.
    let long = String(repeating: "n", count: 251) + ".lss"
    var names = ["b.lss", "A.LSS", "été.lss", "x.lss.txt", "notes.txt", long]
    names += (1...40).map { String(repeating: "k", count: $0) + ".lss" }
    for name in names {
      #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data()))
    }
    let found = CompanionFile.files(in: folder.path, suffix: ".lss")
    let expected = names.filter { $0.lowercased().hasSuffix(".lss") }.map { folder.path + "/" + $0 }.sorted()
    #expect(found == expected)
    #expect(found.contains(folder.path + "/" + long))
    #expect(found.contains(folder.path + "/été.lss"))
  }
}
