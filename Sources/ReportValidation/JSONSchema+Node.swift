extension JSONSchema {
    /// One compiled schema: a boolean schema or the validation keywords of a schema object, in a fixed
    /// evaluation order. Subschemas are indices into the compiled schema's node table.
    struct Node: Sendable {
        /// The JSON Pointer of this schema in the schema document.
        let location: String
        /// Whether this is the boolean schema `false`, which no value passes.
        let isFalse: Bool
        /// The keywords that can reject a value; empty for `true` and for schemas of annotations only.
        let keywords: [Keyword]
    }
}
