import ConcordKit
import Foundation

/// Opens an article's web address in a browser, as newsboat does: `$BROWSER` (the
/// first of a colon-separated list; `%s` in it is replaced by the address, else the
/// address is its last argument), else `xdg-open`. The address is article data: only
/// `http` and `https` addresses without spaces or control characters are opened, and
/// they are passed as one argument, never through a shell. The browser is started in
/// the background with no access to the terminal.
public enum URLOpener {
    /// Whether a text is a web address Concord will hand to a browser.
    public static func isWebAddress(_ s: String) -> Bool {
        let lower = s.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), s.unicodeScalars.count > 8, s.unicodeScalars.count < 4096 else {
            return false
        }
        return !s.unicodeScalars.contains { $0.value <= 0x20 || ($0.value >= 0x7F && $0.value <= 0x9F) || $0.properties.isBidiControl }
    }

    /// The command (program and arguments) that opens `url`, or nil when there is none.
    public static func command(for url: String, environment: [String: String],
                               findProgram: (String) -> String?) -> [String]? {
        if let browser = environment["BROWSER"]?.split(separator: ":").first.map(String.init), !browser.isEmpty {
            var parts = browser.split(separator: " ").map(String.init)
            if parts.contains(where: { $0.contains("%s") }) {
                parts = parts.map { $0.replacingOccurrences(of: "%s", with: url) }
            } else {
                parts.append(url)
            }
            guard let program = parts.first, let path = program.contains("/") ? program : findProgram(program) else { return nil }
            return [path] + parts.dropFirst()
        }
        if let xdg = findProgram("xdg-open") { return [xdg, url] }
        return nil
    }

    /// The program's path in `$PATH`, if it is there and executable.
    static func inPath(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = String(dir) + "/" + name
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Opens the address; the status line's message.
    public static func open(_ url: String) -> String {
        guard isWebAddress(url) else { return "Not a web address, not opened: " + InertLine.clip(url) }
        guard let cmd = command(for: url, environment: ProcessInfo.processInfo.environment, findProgram: inPath) else {
            return "No browser: set $BROWSER or install xdg-open · " + InertLine.clip(url)
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: cmd[0])
        p.arguments = Array(cmd.dropFirst())
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do {
            try p.run()
        } catch {
            return "Could not start \((cmd[0] as NSString).lastPathComponent): \(error.localizedDescription)"
        }
        return "Opening " + InertLine.clip(url) + " with " + (cmd[0] as NSString).lastPathComponent
    }
}

/// A short, inert form of untrusted text for the status line.
enum InertLine {
    static func clip(_ s: String) -> String {
        let clean = InertText.sanitize(s)
        return clean.unicodeScalars.count > 80 ? String(String.UnicodeScalarView(clean.unicodeScalars.prefix(79))) + "…" : clean
    }
}
