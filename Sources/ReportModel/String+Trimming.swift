extension StringProtocol {
    /// The text without any of `characters` at either end (compared as Unicode scalars).
    public func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters.unicodeScalars)
        return trimmingScalars { set.contains($0) }
    }

    /// The text without leading and trailing white space.
    public var trimmingWhitespace: String {
        trimmingScalars { $0.isSpace }
    }

    private func trimmingScalars(where shouldTrim: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !shouldTrim($0) }),
              let last = scalars.lastIndex(where: { !shouldTrim($0) }) else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }
}
