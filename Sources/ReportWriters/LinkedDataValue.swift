/// A JSON value for building JSON-LD documents. Objects are dictionaries; they are written with
/// their keys sorted ("@context", "@id" and "@type" sort first), so output is deterministic.
indirect enum LinkedDataValue: Equatable {
    case string(String)
    case integer(Int)
    case number(Double)
    case array([LinkedDataValue])
    case object([String: LinkedDataValue])

    /// Writes the value through the emitter.
    func write(to json: inout JSONEmitter) {
        switch self {
        case .string(let value): json.value(value)
        case .integer(let value): json.value(value)
        case .number(let value): json.value(value)
        case .array(let values):
            json.openArray()
            for value in values { value.write(to: &json) }
            json.closeArray()
        case .object(let members):
            json.openObject()
            for key in members.keys.sorted() {
                json.key(key)
                members[key]?.write(to: &json)
            }
            json.closeObject()
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
