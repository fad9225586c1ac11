/// Facts about this build of Concord.
public enum ConcordInfo {
    /// The version `concord --version` prints; part of the parse cache's key.
    public static let version = "0.2.0"
}
