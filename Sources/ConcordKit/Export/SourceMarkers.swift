/// The letters that name sources in every view and export: A…Z, a…z, 0…9, then
/// AA, AB… (two capitals), then the number.
public enum SourceMarkers {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    static let upper = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    public static func marker(_ article: Int) -> String {
        if article < alphabet.count { return String(alphabet[max(0, article)]) }
        let k = article - alphabet.count
        let first = k / upper.count
        if first < upper.count { return String(upper[first]) + String(upper[k % upper.count]) }
        return String(article)
    }
}
