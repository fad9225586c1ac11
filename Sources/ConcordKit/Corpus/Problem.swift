/// A problem found while loading a corpus, with its location when known.
public struct CorpusProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    /// Path as given or relative to the corpus root.
    public var path: String
    /// 1-based line and column, when the problem has a location.
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(_ severity: Severity, path: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: severity: message`, the form compilers and editors read.
    public var description: String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

/// A failure that stops loading altogether.
public enum CorpusError: Error, CustomStringConvertible, Equatable {
    case notFound(String)
    case unreadable(String, String)
    case config(CorpusProblem)

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such file or directory"
        case .unreadable(let path, let why): return "\(path): cannot be read: \(why)"
        case .config(let problem): return problem.description
        }
    }
}
