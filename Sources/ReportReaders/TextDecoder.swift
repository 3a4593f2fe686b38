import ReportModel

/// Turns an input's bytes into text, the same way for every text reader.
///
/// - UTF-8, with or without a byte-order mark; UTF-16 with a byte-order mark. Input whose
///   byte-order mark declares an encoding it does not keep is an error that gives the byte offset.
/// - Bytes that are not valid UTF-8 and carry no byte-order mark are read as Windows-1252 (which
///   agrees with Latin-1 on every printable character), with a warning that gives the first
///   invalid byte: its offset, and its line and column in the text as read.
/// - CRLF and lone CR become LF.
/// - Characters XML 1.0 forbids (NUL and the other C0 controls but tab and line ends, U+FFFE,
///   U+FFFF) are removed, with one warning that counts them and locates the first.
/// - Empty, white-space-only and binary input is an error. Input counts as binary when it starts
///   with a known file signature (PDF, ZIP, PNG, GIF, JPEG, ELF, gzip, OLE2), holds a run of eight
///   NUL bytes, or when more than a tenth of its first 8 KiB are control bytes.
public enum TextDecoder {
    /// Decodes `bytes`.
    public static func decode(_ bytes: [UInt8]) throws(ReaderError) -> DecodedText {
        guard !bytes.isEmpty else { throw .empty }
        var diagnostics: [Diagnostic] = []
        let scalars: [Unicode.Scalar]
        let encoding: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = "UTF-8"
            let decoded = decodeUTF8(bytes, from: 3)
            if let invalidOffset = decoded.invalidOffset { throw .invalidEncoding(encoding: encoding, byteOffset: invalidOffset) }
            scalars = decoded.scalars
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            encoding = "UTF-16LE"
            scalars = try decodeUTF16(bytes, littleEndian: true)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            encoding = "UTF-16BE"
            scalars = try decodeUTF16(bytes, littleEndian: false)
        } else {
            if let reason = binaryReason(bytes) { throw .binary(reason: reason) }
            if let text = plainUTF8(bytes) {
                guard text.unicodeScalars.contains(where: { !$0.isSpace }) else { throw .whitespaceOnly }
                return DecodedText(text: text, encoding: "UTF-8", diagnostics: [])
            }
            let decoded = decodeUTF8(bytes, from: 0)
            if let invalidOffset = decoded.invalidOffset {
                encoding = "windows-1252"
                diagnostics.append(fallbackWarning(bytes, invalidOffset: invalidOffset))
                scalars = decodeWindows1252(bytes)
            } else {
                encoding = "UTF-8"
                scalars = decoded.scalars
            }
        }
        let text = normalise(scalars, diagnostics: &diagnostics)
        guard text.unicodeScalars.contains(where: { !$0.isSpace }) else { throw .whitespaceOnly }
        return DecodedText(text: text, encoding: encoding, diagnostics: diagnostics)
    }

    /// The text of `bytes` when they are valid UTF-8 with nothing to normalise (no carriage return,
    /// no character XML forbids), which is the common case; `nil` otherwise.
    private static func plainUTF8(_ bytes: [UInt8]) -> String? {
        for (index, byte) in bytes.enumerated() {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A { return nil }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return nil }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Decodes UTF-8 from `start`; stops at the first invalid sequence and gives its byte offset.
    private static func decodeUTF8(_ bytes: [UInt8], from start: Int) -> (scalars: [Unicode.Scalar], invalidOffset: Int?) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count - start)
        var index = start
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                scalars.append(Unicode.Scalar(lead))
                index += 1
                continue
            }
            guard let (scalar, length) = utf8Sequence(bytes, at: index) else { return (scalars, index) }
            scalars.append(scalar)
            index += length
        }
        return (scalars, nil)
    }

    /// The warning that input without a byte-order mark is read as Windows-1252, located at the
    /// first invalid byte in the text as read: one character per byte, line ends as
    /// ``normalise(_:diagnostics:)`` counts them (LF, CRLF, lone CR).
    private static func fallbackWarning(_ bytes: [UInt8], invalidOffset: Int) -> Diagnostic {
        var line = 1
        var lineStart = 0
        for index in 0..<invalidOffset {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && bytes[index + 1] != 0x0A) {
                line += 1
                lineStart = index + 1
            }
        }
        return Diagnostic(
            severity: .warning, code: "encoding-fallback",
            message: "the input is not valid UTF-8 (byte 0x\(String(bytes[invalidOffset], radix: 16, uppercase: true)) at offset \(invalidOffset)); read as Windows-1252",
            location: SourceLocation(line: line, column: invalidOffset - lineStart + 1)
        )
    }

    /// The scalar and length of the well-formed UTF-8 sequence at `index`, or `nil`.
    private static func utf8Sequence(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        // Reject overlong forms, surrogates and values past U+10FFFF.
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Windows-1252's characters for bytes 0x80–0x9F; its five unassigned bytes map to the C1
    /// control of the same number, as in Latin-1.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func decodeWindows1252(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        bytes.map { byte in
            if (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(windows1252High[Int(byte) - 0x80]) {
                return scalar
            }
            return Unicode.Scalar(byte)
        }
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) throws(ReaderError) -> [Unicode.Scalar] {
        let encoding = littleEndian ? "UTF-16LE" : "UTF-16BE"
        guard bytes.count % 2 == 0 else { throw .invalidEncoding(encoding: encoding, byteOffset: bytes.count - 1) }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count / 2)
        var index = 2
        func unit(at offset: Int) -> UInt16 {
            littleEndian ? UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8 : UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
        }
        while index < bytes.count {
            let first = unit(at: index)
            if (0xD800...0xDBFF).contains(first) {
                guard index + 4 <= bytes.count else { throw .invalidEncoding(encoding: encoding, byteOffset: index) }
                let second = unit(at: index + 2)
                guard (0xDC00...0xDFFF).contains(second) else { throw .invalidEncoding(encoding: encoding, byteOffset: index) }
                let value = 0x10000 + (UInt32(first - 0xD800) << 10) + UInt32(second - 0xDC00)
                guard let scalar = Unicode.Scalar(value) else { throw .invalidEncoding(encoding: encoding, byteOffset: index) }
                scalars.append(scalar)
                index += 4
            } else {
                guard let scalar = Unicode.Scalar(UInt32(first)) else { throw .invalidEncoding(encoding: encoding, byteOffset: index) }
                scalars.append(scalar)
                index += 2
            }
        }
        return scalars
    }

    private static let signatures: [(name: String, bytes: [UInt8])] = [
        ("a PDF file", Array("%PDF-".utf8)),
        ("a ZIP archive (or an Office document)", [0x50, 0x4B, 0x03, 0x04]),
        ("a PNG image", [0x89, 0x50, 0x4E, 0x47]),
        ("a GIF image", Array("GIF8".utf8)),
        ("a JPEG image", [0xFF, 0xD8, 0xFF]),
        ("an ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        ("gzip-compressed data", [0x1F, 0x8B]),
        ("an OLE2 document (old Word or Excel)", [0xD0, 0xCF, 0x11, 0xE0]),
    ]

    /// Why `bytes` look binary, or `nil` when they look like text.
    private static func binaryReason(_ bytes: [UInt8]) -> String? {
        for signature in signatures where bytes.starts(with: signature.bytes) {
            return "it starts with the signature of \(signature.name)"
        }
        let sample = bytes.prefix(8192)
        var controls = 0
        var nulRun = 0
        for byte in sample {
            if byte == 0 {
                nulRun += 1
                if nulRun >= 8 { return "it holds a run of NUL bytes" }
            } else {
                nulRun = 0
            }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
                controls += 1
            }
        }
        if controls * 10 > sample.count {
            return "\(controls) of its first \(sample.count) bytes are control characters"
        }
        return nil
    }


    /// Normalises line ends and removes what XML forbids, in one pass.
    private static func normalise(_ scalars: [Unicode.Scalar], diagnostics: inout [Diagnostic]) -> String {
        var result = String.UnicodeScalarView()
        result.reserveCapacity(scalars.count)
        var removed = 0
        var firstRemoved: (scalar: Unicode.Scalar, location: SourceLocation)?
        var line = 1
        var column = 1
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r" {
                result.append("\n")
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                line += 1
                column = 1
            } else if scalar == "\n" {
                result.append(scalar)
                line += 1
                column = 1
            } else if scalar.isAllowedInXML {
                result.append(scalar)
                column += 1
            } else {
                removed += 1
                if firstRemoved == nil { firstRemoved = (scalar, SourceLocation(line: line, column: column)) }
                column += 1
            }
            index += 1
        }
        if let firstRemoved {
            let code = firstRemoved.scalar.codePoint
            diagnostics.append(Diagnostic(
                severity: .warning, code: "forbidden-character",
                message: "removed \(removed) character\(removed == 1 ? "" : "s") that XML 1.0 does not allow (the first is \(code))",
                location: firstRemoved.location
            ))
        }
        return String(result)
    }
}

