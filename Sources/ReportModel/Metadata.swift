/// Descriptive metadata of a report: what a catalogue records about it.
///
/// A reader fills what it can infer (a headline, a byline, a dateline); front matter and command-line
/// options override what was inferred.
public struct Metadata: Sendable, Equatable, Codable {
    /// Whether `text` has the shape of a BCP 47 language tag, as `language` must: letters, then
    /// hyphen-separated subtags of letters and digits, none longer than eight ("en", "en-GB",
    /// "zh-Hant-TW").
    public static func isLanguageTag(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, !first.isEmpty, first.count <= 8, first.unicodeScalars.allSatisfy(\.isASCIILetter) else { return false }
        return subtags.dropFirst().allSatisfy { subtag in
            !subtag.isEmpty && subtag.count <= 8 && subtag.unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isDigit }
        }
    }

    /// The headline or title.
    public var title: String?
    /// A secondary title (standfirst, deck).
    public var subtitle: String?
    /// The authors' names, in the order given.
    public var authors: [String]
    /// The publication date, ISO 8601 (`YYYY-MM-DD`, or a date and time with offset).
    public var published: String?
    /// The source the report came from (a news agency, a feed, an archive).
    public var source: String?
    /// The organisation that published the report.
    public var publisher: String?
    /// Where the report was published.
    public var url: String?
    /// The language of the text, as a BCP 47 tag.
    public var language: String?
    /// An identifier given to the report by its publisher or archive.
    public var identifier: String?
    /// Subject keywords.
    public var keywords: [String]
    /// The byline as it stands in the text ("By Jane Smith, Kabul").
    public var byline: String?
    /// The dateline that opens the first paragraph, when there is one.
    public var dateline: Dateline?

    /// Creates metadata.
    public init(
        title: String? = nil,
        subtitle: String? = nil,
        authors: [String] = [],
        published: String? = nil,
        source: String? = nil,
        publisher: String? = nil,
        url: String? = nil,
        language: String? = nil,
        identifier: String? = nil,
        keywords: [String] = [],
        byline: String? = nil,
        dateline: Dateline? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.published = published
        self.source = source
        self.publisher = publisher
        self.url = url
        self.language = language
        self.identifier = identifier
        self.keywords = keywords
        self.byline = byline
        self.dateline = dateline
    }
}

/// A dateline: the place, date and agency that open a newswire story
/// (`KABUL, June 20 (Reuters) -`).
public struct Dateline: Sendable, Equatable, Codable {
    /// The whole dateline as it stands in the text, without the closing dash.
    public var text: String
    /// The place, as written ("KABUL").
    public var place: String
    /// The date, as written ("June 20"), when there is one.
    public var date: String?
    /// The agency, as written ("Reuters"), when there is one.
    public var source: String?
    /// Where the dateline stands.
    public var span: Span

    /// Creates a dateline.
    public init(text: String, place: String, date: String? = nil, source: String? = nil, span: Span) {
        self.text = text
        self.place = place
        self.date = date
        self.source = source
        self.span = span
    }
}
