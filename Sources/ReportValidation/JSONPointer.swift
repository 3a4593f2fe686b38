/// JSON Pointer (RFC 6901) helpers shared by the parser and the schema validator.
enum JSONPointer {
    /// The reference tokens of `pointer` (`""` is the root, `"/a/0"` is `["a", "0"]`), with `~1` and `~0`
    /// unescaped, or `nil` when the pointer is malformed (no leading `/`, or a `~` not followed by `0` or `1`).
    static func tokens(_ pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.hasPrefix("/") else { return nil }
        var tokens: [String] = []
        for part in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let token = unescape(part) else { return nil }
            tokens.append(token)
        }
        return tokens
    }

    /// A pointer string from reference tokens, escaping `~` as `~0` and `/` as `~1`.
    static func string<Tokens: Sequence>(from tokens: Tokens) -> String where Tokens.Element == String {
        var pointer = ""
        for token in tokens {
            pointer += "/"
            pointer += escape(token)
        }
        return pointer
    }

    /// One reference token escaped for use in a pointer: `~` becomes `~0` and `/` becomes `~1`.
    static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var escaped = ""
        for character in token.unicodeScalars {
            switch character {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    private static func unescape(_ part: Substring) -> String? {
        guard part.utf8.contains(UInt8(ascii: "~")) else { return String(part) }
        var token = ""
        var iterator = part.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "~" else {
                token.unicodeScalars.append(scalar)
                continue
            }
            switch iterator.next() {
            case "0": token += "~"
            case "1": token += "/"
            default: return nil
            }
        }
        return token
    }
}
