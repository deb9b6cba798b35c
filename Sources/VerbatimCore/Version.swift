/// The version of Verbatim, recorded in every manifest and printed by `verbatim --version`.
public enum VerbatimVersion {
  public static let string = "0.1.0"
}
