import ReportModel

/// Stable, content-derived identifiers for entities: the type and a slug of the name
/// (`org-us-department-of-defence`), with `-2`, `-3` … when two entities would share one.
/// Every identifier is a valid XML `NCName` and `ID`.
struct EntityIdentifiers {
    private var taken: Set<String> = []
    /// The next suffix to try for each base, so that many names with one slug (names in scripts
    /// other than Latin all slug to `x`) are numbered in linear time.
    private var nextSuffix: [String: Int] = [:]

    /// A new identifier for an entity of `type` named `name`.
    mutating func make(type: EntityType, name: String) -> String {
        let prefix: String
        switch type {
        case .person: prefix = "person"
        case .organization: prefix = "org"
        case .place: prefix = "place"
        }
        var slug = ""
        var pendingHyphen = false
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || scalar.isDigit {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else if scalar == "'" || scalar == "\u{2019}" || scalar == "." {
                continue
            } else {
                pendingHyphen = true
            }
        }
        if slug.isEmpty { slug = "x" }
        let base = "\(prefix)-\(slug)"
        var candidate = base
        var counter = nextSuffix[base] ?? 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        nextSuffix[base] = counter
        taken.insert(candidate)
        return candidate
    }
}
