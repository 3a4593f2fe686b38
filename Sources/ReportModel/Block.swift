/// One block of a report's text: a heading, a byline or a paragraph.
///
/// The text is kept exactly as read, after the reader's Unicode and line-end normalisation
/// (which it reports as diagnostics); a block that ran over several source lines keeps its line
/// breaks as `\n`.
public struct Block: Sendable, Equatable, Codable {
    /// What kind of block this is.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// A headline or section heading.
        case heading
        /// The author line ("By Jane Smith").
        case byline
        /// A paragraph of body text.
        case paragraph
    }

    /// What kind of block this is.
    public var kind: Kind
    /// The text, exactly as read.
    public var text: String
    /// Where the block's first character stands in the source.
    public var location: SourceLocation

    /// Creates a block.
    public init(kind: Kind, text: String, location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.location = location
    }

    /// The source location of the character at `offset` (in Unicode scalars) of the block's text.
    public func location(ofOffset offset: Int) -> SourceLocation {
        locations(ofOffsets: [offset])[0]
    }

    /// The source locations of the characters at `offsets` (in Unicode scalars, ascending), found
    /// in one pass over the text.
    public func locations(ofOffsets offsets: [Int]) -> [SourceLocation] {
        var locations: [SourceLocation] = []
        locations.reserveCapacity(offsets.count)
        var line = location.line
        var column = location.column
        var index = 0
        var scalars = text.unicodeScalars.makeIterator()
        for offset in offsets {
            while index < offset, let scalar = scalars.next() {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
            locations.append(SourceLocation(line: line, column: column))
        }
        return locations
    }
}

/// A 1-based line and column in a source text, columns counted in Unicode scalars.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    /// The line, from 1.
    public var line: Int
    /// The column, from 1.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
