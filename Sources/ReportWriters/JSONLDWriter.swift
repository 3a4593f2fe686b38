import ReportModel

/// Writes schema.org JSON-LD: a `NewsArticle` with `@context` `https://schema.org`.
///
/// Every term is a schema.org term used on a type in its domain:
/// - the article: `headline`, `alternativeHeadline`, `author`, `datePublished`, `publisher`,
///   `sourceOrganization`, `url`, `inLanguage`, `identifier`, `keywords`, `dateline`,
///   `articleBody`, `wordCount`, and `isBasedOn` (a `MediaObject` with the input's `sha256`);
/// - `mentions`: the entities (`Person`, `Organization` and `Place`, or their finer schema.org
///   types, with `alternateName`) and the figures (`QuantitativeValue`, `MonetaryAmount`);
/// - `citation`: the cited works (`Report`, `Book`, `Movie`, … with their `publisher`);
/// - `hasPart`: the quotations (`Quotation` with `text`; an entity speaker as
///   `spokenByCharacter`, a descriptive person or organisation as `creator`, a document as the
///   work the quotation `isPartOf`);
/// - `temporalCoverage`: the ISO 8601 values of the dates the text mentions.
///
/// Entities and works get document-local `@id`s (`#org-…`, `#c1`) so that speakers and
/// publishers refer to them. `Schemas/report.jsonld.schema.json` describes the output.
public struct JSONLDWriter: ReportWriter {
    public let format = OutputFormat(
        id: "jsonld", summary: "schema.org NewsArticle as JSON-LD",
        fileSuffix: ".jsonld", mediaType: "application/ld+json", schemaFile: "report.jsonld.schema.json"
    )

    /// Creates the writer.
    public init() {}

    public func write(_ report: Report) throws(ReportWriterError) -> [UInt8] {
        try report.checkFiguresAreFinite()
        var article = LinkedDataNode(type: "NewsArticle")
        article.set("@context", .string("https://schema.org"))
        let metadata = report.metadata
        article["headline"] = metadata.title
        article["alternativeHeadline"] = metadata.subtitle
        article.set("author", list: metadata.authors.map { person(named: $0) })
        article["datePublished"] = metadata.published
        if let publisher = metadata.publisher { article.set("publisher", organization(named: publisher)) }
        if let source = metadata.source { article.set("sourceOrganization", organization(named: source)) }
        article["url"] = metadata.url
        article["inLanguage"] = metadata.language
        article["identifier"] = metadata.identifier ?? report.provenance.map { "sha256:\($0.sha256)" }
        article.set("keywords", list: metadata.keywords.map(LinkedDataValue.string))
        article["dateline"] = metadata.dateline?.text

        let body = report.articleBody
        article["articleBody"] = body
        article.set("wordCount", .integer(body.wordCount))

        var mentions = report.entities.map(entityNode)
        mentions += report.figures.map(figureNode)
        article.set("mentions", list: mentions)
        article.set("citation", list: report.citations.map { citationNode($0) })
        article.set("hasPart", list: report.quotations.map { quotationNode($0, citations: report.citations) })

        var coverage: [String] = []
        var covered: Set<String> = []
        for value in report.dates.compactMap(\.value) where covered.insert(value).inserted { coverage.append(value) }
        article.set("temporalCoverage", list: coverage.map(LinkedDataValue.string))

        if let provenance = report.provenance {
            var source = LinkedDataNode(type: "MediaObject")
            source["name"] = provenance.input
            source["sha256"] = provenance.sha256
            source["contentSize"] = "\(provenance.byteCount) bytes"
            source["encodingFormat"] = "text/plain; charset=\(provenance.encoding)"
            article.set("isBasedOn", source.value)
        }
        var json = JSONEmitter()
        article.value.write(to: &json)
        return json.finish()
    }

    private func person(named name: String) -> LinkedDataValue {
        var node = LinkedDataNode(type: "Person")
        node["name"] = name
        return node.value
    }

    private func organization(named name: String) -> LinkedDataValue {
        var node = LinkedDataNode(type: "Organization")
        node["name"] = name
        return node.value
    }

    /// The schema.org type of an entity, as fine as its subtype allows.
    static func schemaType(of entity: Entity) -> String {
        switch entity.type {
        case .person:
            return "Person"
        case .organization:
            switch entity.subtype {
            case "government-body", "court": return "GovernmentOrganization"
            case "company": return "Corporation"
            case "news-outlet": return "NewsMediaOrganization"
            case "sports-club": return "SportsTeam"
            case "sports-body": return "SportsOrganization"
            case "education": return "EducationalOrganization"
            case "party": return "PoliticalParty"
            case "ngo": return "NGO"
            case "union": return "WorkersUnion"
            default: return "Organization"
            }
        case .place:
            switch entity.subtype {
            case "country": return "Country"
            case "city": return "City"
            case "province", "state", "region", "county", "district": return "AdministrativeArea"
            case "water": return "BodyOfWater"
            case "venue": return "CivicStructure"
            default: return "Place"
            }
        }
    }

    private func entityNode(_ entity: Entity) -> LinkedDataValue {
        var node = LinkedDataNode(type: Self.schemaType(of: entity), id: "#\(entity.id)")
        node["name"] = entity.name
        node.set("alternateName", list: entity.aliases.map(LinkedDataValue.string))
        return node.value
    }

    private func figureNode(_ figure: Figure) -> LinkedDataValue {
        var node: LinkedDataNode
        switch figure.kind {
        case .money:
            node = LinkedDataNode(type: "MonetaryAmount")
            node["currency"] = figure.unit
        case .percentage:
            node = LinkedDataNode(type: "QuantitativeValue")
            node["unitCode"] = "P1"
            node["unitText"] = "percent"
        case .count:
            node = LinkedDataNode(type: "QuantitativeValue")
            node["unitText"] = figure.unit
        }
        node.set("value", .number(figure.value))
        node["description"] = figure.text
        return node.value
    }

    /// The schema.org type of a cited work.
    static func schemaType(of citation: Citation) -> String {
        switch citation.kind {
        case "report": "Report"
        case "book": "Book"
        case "film": "Movie"
        case "album": "MusicAlbum"
        case "game": "VideoGame"
        case "law": "Legislation"
        case "article": "Article"
        case "artwork": "VisualArtwork"
        default: "CreativeWork"
        }
    }

    private func citationNode(_ citation: Citation) -> LinkedDataValue {
        var node = LinkedDataNode(type: Self.schemaType(of: citation), id: "#\(citation.id)")
        node["name"] = citation.title
        if let entity = citation.publisherEntity {
            node.set("publisher", .object(["@id": .string("#\(entity)")]))
        } else if let publisher = citation.publisher {
            node.set("publisher", organization(named: publisher))
        }
        return node.value
    }

    private func quotationNode(_ quotation: Quotation, citations: [Citation]) -> LinkedDataValue {
        var node = LinkedDataNode(type: "Quotation", id: "#\(quotation.id)")
        node["text"] = quotation.text
        if let speaker = quotation.speaker {
            if let entity = speaker.entity {
                node.set("spokenByCharacter", .object(["@id": .string("#\(entity)")]))
            } else {
                switch speaker.kind {
                case .person:
                    node.set("creator", person(named: speaker.name))
                case .organization:
                    node.set("creator", organization(named: speaker.name))
                case .document:
                    if citations.count == 1 {
                        node.set("isPartOf", .object(["@id": .string("#\(citations[0].id)")]))
                    } else {
                        var work = LinkedDataNode(type: "CreativeWork")
                        work["name"] = speaker.name
                        node.set("isPartOf", work.value)
                    }
                case .unknown:
                    node["creditText"] = speaker.name
                }
            }
        }
        return node.value
    }
}
