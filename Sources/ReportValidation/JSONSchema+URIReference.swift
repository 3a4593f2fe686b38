extension JSONSchema {
    /// An RFC 3986 URI reference split into its five components, with reference resolution
    /// (section 5.2), enough to resolve `$id` and `$ref` against base URIs inside one document.
    struct URIReference: Equatable {
        var scheme: String?
        var authority: String?
        var path: String
        var query: String?
        var fragment: String?

        /// Splits a URI reference; every string splits, since components are only recognised by their delimiters.
        init(_ text: String) {
            var rest = Substring(text)
            if let hash = rest.firstIndex(of: "#") {
                fragment = String(rest[rest.index(after: hash)...])
                rest = rest[..<hash]
            }
            if let question = rest.firstIndex(of: "?") {
                query = String(rest[rest.index(after: question)...])
                rest = rest[..<question]
            }
            if let colon = rest.firstIndex(of: ":"), Self.isScheme(rest[..<colon]) {
                scheme = String(rest[..<colon])
                rest = rest[rest.index(after: colon)...]
            }
            if rest.hasPrefix("//") {
                let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
                let end = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
                authority = String(rest[afterSlashes..<end])
                rest = rest[end...]
            }
            path = String(rest)
        }

        private static func isScheme(_ text: Substring) -> Bool {
            guard let first = text.unicodeScalars.first, first.isASCIILetter else { return false }
            return text.unicodeScalars.allSatisfy { scalar in
                scalar.isASCIILetter || ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            }
        }

        /// The reference as text (RFC 3986 section 5.3).
        var text: String {
            var result = ""
            if let scheme { result += scheme + ":" }
            if let authority { result += "//" + authority }
            result += path
            if let query { result += "?" + query }
            if let fragment { result += "#" + fragment }
            return result
        }

        /// This reference without its fragment.
        var withoutFragment: URIReference {
            var copy = self
            copy.fragment = nil
            return copy
        }

        /// The target of `reference` resolved against this base (RFC 3986 section 5.2.2).
        func resolving(_ reference: URIReference) -> URIReference {
            var target = reference
            if reference.scheme != nil {
                target.path = Self.removingDotSegments(reference.path)
                return target
            }
            target.scheme = scheme
            if reference.authority != nil {
                target.path = Self.removingDotSegments(reference.path)
                return target
            }
            target.authority = authority
            if reference.path.isEmpty {
                target.path = path
                target.query = reference.query ?? query
            } else if reference.path.hasPrefix("/") {
                target.path = Self.removingDotSegments(reference.path)
            } else {
                target.path = Self.removingDotSegments(merged(with: reference.path))
            }
            return target
        }

        /// RFC 3986 section 5.2.3.
        private func merged(with relativePath: String) -> String {
            if authority != nil, path.isEmpty { return "/" + relativePath }
            guard let slash = path.lastIndex(of: "/") else { return relativePath }
            return String(path[...slash]) + relativePath
        }

        /// RFC 3986 section 5.2.4.
        static func removingDotSegments(_ path: String) -> String {
            guard path.contains(".") else { return path }
            var input = Substring(path)
            var output = ""
            func dropLastSegment() {
                if let slash = output.lastIndex(of: "/") {
                    output.removeSubrange(slash...)
                } else {
                    output = ""
                }
            }
            while !input.isEmpty {
                if input.hasPrefix("../") {
                    input = input.dropFirst(3)
                } else if input.hasPrefix("./") {
                    input = input.dropFirst(2)
                } else if input.hasPrefix("/./") {
                    input = "/" + input.dropFirst(3)
                } else if input == "/." {
                    input = "/"
                } else if input.hasPrefix("/../") {
                    input = "/" + input.dropFirst(4)
                    dropLastSegment()
                } else if input == "/.." {
                    input = "/"
                    dropLastSegment()
                } else if input == "." || input == ".." {
                    input = ""
                } else {
                    let searchStart = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                    let end = input[searchStart...].firstIndex(of: "/") ?? input.endIndex
                    output += input[..<end]
                    input = input[end...]
                }
            }
            return output
        }
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is an ASCII letter.
    var isASCIILetter: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self)
    }
}
