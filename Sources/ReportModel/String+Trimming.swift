extension StringProtocol {
    /// The text without any of `characters` at either end (compared as Unicode scalars).
    public func trimmingCharacters(in characters: String) -> String {
        let trimmed = characters.unicodeScalars
        return trimmingScalars { trimmed.contains($0) }
    }

    /// The text without leading and trailing white space.
    public var trimmingWhitespace: String {
        trimmingScalars { $0.isSpace }
    }

    private func trimmingScalars(where shouldTrim: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !shouldTrim($0) }),
              let last = scalars.lastIndex(where: { !shouldTrim($0) }) else { return "" }
        // Scalar boundaries are valid positions in the UTF-8 view: copy the bytes between them.
        return String(decoding: utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }
}
