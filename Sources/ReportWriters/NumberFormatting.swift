import Foundation

/// Numbers written the same way in every format.
public enum NumberFormatting {
    /// A finite number as `xs:decimal` and JSON both read it, without an exponent: integers
    /// without a fraction ("70", "1130000000"), others with the fewest digits that read back as
    /// the same number ("1.5"), at most twelve after the point.
    public static func decimal(_ value: Double) -> String {
        precondition(value.isFinite, "only finite numbers can be written")
        if value == value.rounded() {
            return abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.0f", value)
        }
        let shortest = String(value)
        if !shortest.utf8.contains(UInt8(ascii: "e")) { return shortest }
        var fixed = String(format: "%.12f", value)
        while fixed.hasSuffix("0") { fixed.removeLast() }
        if fixed.hasSuffix(".") { fixed.removeLast() }
        return fixed
    }
}
