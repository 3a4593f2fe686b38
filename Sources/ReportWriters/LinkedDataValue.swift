/// A JSON value for building JSON-LD documents: objects are plain dictionaries because the output
/// sorts its keys ("@context", "@id" and "@type" sort first).
indirect enum LinkedDataValue: Encodable, Equatable {
    case string(String)
    case integer(Int)
    case number(Double)
    case array([LinkedDataValue])
    case object([String: LinkedDataValue])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .array(let values): try container.encode(values)
        case .object(let members): try container.encode(members)
        }
    }
}

/// A JSON-LD node under construction: set properties only when there is a value.
struct LinkedDataNode {
    private(set) var members: [String: LinkedDataValue] = [:]

    init(type: String? = nil, id: String? = nil) {
        if let type { members["@type"] = .string(type) }
        if let id { members["@id"] = .string(id) }
    }

    subscript(key: String) -> String? {
        get { if case .string(let value)? = members[key] { value } else { nil } }
        set { members[key] = newValue.map(LinkedDataValue.string) }
    }

    mutating func set(_ key: String, _ value: LinkedDataValue?) {
        members[key] = value
    }

    /// Sets a list, or nothing when it is empty.
    mutating func set(_ key: String, list: [LinkedDataValue]) {
        members[key] = list.isEmpty ? nil : .array(list)
    }

    var value: LinkedDataValue { .object(members) }
}
