extension String {
    /// The string of `scalars`, encoded to UTF-8 in one pass. (Building a `String.UnicodeScalarView`
    /// scalar by scalar is several times slower.)
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count)
        for scalar in scalars {
            let value = scalar.value
            switch value {
            case 0..<0x80:
                utf8.append(UInt8(value))
            case 0x80..<0x800:
                utf8.append(UInt8(0xC0 | (value >> 6)))
                utf8.append(UInt8(0x80 | (value & 0x3F)))
            case 0x800..<0x10000:
                utf8.append(UInt8(0xE0 | (value >> 12)))
                utf8.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                utf8.append(UInt8(0x80 | (value & 0x3F)))
            default:
                utf8.append(UInt8(0xF0 | (value >> 18)))
                utf8.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
                utf8.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                utf8.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
        self = String(decoding: utf8, as: UTF8.self)
    }

    /// The string of `scalars`.
    public init(scalars: [Unicode.Scalar]) {
        self.init(scalars: scalars[...])
    }
}
