/// Common file-name extensions that are no English words: a full stop before one ends no sentence
/// and splits no word ("config.yaml", "node.js", "readme.md", "invoice.pdf"; `RunOnSentences`).
/// Extensions that are also words ("app", "log", "doc", "jar", "swift") are left out: "can't.log
/// in" is two sentences run together more often than a file.
enum FileNameExtensions {
  static let words = PackedASCIIWords([
    "js", "ts", "jsx", "tsx", "mjs", "json", "yaml", "yml", "toml", "xml", "html", "htm", "css", "md", "txt", "csv",
    "tsv", "pdf", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "rtf", "png", "jpg", "jpeg", "gif", "svg", "webp",
    "heic", "bmp", "mp3", "mp4", "mov", "avi", "mkv", "wav", "zip", "rar", "gz", "tgz", "exe", "dmg", "apk", "msi",
    "dll", "iso", "py", "rb", "php", "sql", "ini", "cfg", "conf", "sh", "bat", "plist", "ipynb", "eml",
  ])
}
