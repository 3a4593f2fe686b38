extension JSONSchema {
    /// The compiled `type` keyword: a bit set of JSON types plus the names as written, for messages.
    struct TypeSet: Sendable {
        private static let null: UInt8 = 1
        private static let boolean: UInt8 = 2
        private static let object: UInt8 = 4
        private static let array: UInt8 = 8
        private static let number: UInt8 = 16
        private static let string: UInt8 = 32
        private static let integer: UInt8 = 64

        private let bits: UInt8
        /// The type names in the order the schema lists them.
        let names: [String]

        /// The set for the given type names, or `nil` when one of them is not a JSON Schema type.
        init?(names: [String]) {
            var bits: UInt8 = 0
            for name in names {
                switch name {
                case "null": bits |= Self.null
                case "boolean": bits |= Self.boolean
                case "object": bits |= Self.object
                case "array": bits |= Self.array
                case "number": bits |= Self.number
                case "string": bits |= Self.string
                case "integer": bits |= Self.integer
                default: return nil
                }
            }
            self.bits = bits
            self.names = names
        }

        /// Whether `value` has one of the types; `integer` accepts numbers without a fractional part.
        func contains(_ value: JSONValue) -> Bool {
            switch value {
            case .null: return bits & Self.null != 0
            case .bool: return bits & Self.boolean != 0
            case .object: return bits & Self.object != 0
            case .array: return bits & Self.array != 0
            case .string: return bits & Self.string != 0
            case .number(let number):
                if bits & Self.number != 0 { return true }
                return bits & Self.integer != 0 && number.isFinite && number.rounded(.towardZero) == number
            }
        }
    }
}
