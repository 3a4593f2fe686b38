extension JSONSchema {
    /// A violation while validation is still unwinding: the instance path grows as the evaluator
    /// returns from each member or element, so it is kept reversed (innermost segment first) and
    /// becomes a JSON Pointer only when the violations are handed out.
    struct PendingViolation {
        /// One step into the instance.
        enum Segment {
            case key(String)
            case index(Int)
        }

        /// The instance path, innermost segment first.
        var reversedPath: [Segment] = []
        let schemaPath: String
        var message: String

        /// The instance path as a JSON Pointer.
        var instancePointer: String {
            var pointer = ""
            for segment in reversedPath.reversed() {
                switch segment {
                case .key(let key): pointer += "/" + JSONPointer.escape(key)
                case .index(let index): pointer += "/" + String(index)
                }
            }
            return pointer
        }

        /// Orders by instance path, root first; keys by code point order, indices numerically.
        static func precedes(_ lhs: PendingViolation, _ rhs: PendingViolation) -> Bool? {
            let left = lhs.reversedPath
            let right = rhs.reversedPath
            var leftIndex = left.count - 1
            var rightIndex = right.count - 1
            while leftIndex >= 0, rightIndex >= 0 {
                switch (left[leftIndex], right[rightIndex]) {
                case (.index(let a), .index(let b)) where a != b: return a < b
                case (.key(let a), .key(let b)) where a != b: return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
                case (.index, .key): return true
                case (.key, .index): return false
                default: break
                }
                leftIndex -= 1
                rightIndex -= 1
            }
            if left.count != right.count { return left.count < right.count }
            return nil
        }
    }
}
