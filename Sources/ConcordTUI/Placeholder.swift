import ConcordKit
public enum TerminalApp {
    public static func run(corpus: Corpus) -> Int32 { 0 }
}
