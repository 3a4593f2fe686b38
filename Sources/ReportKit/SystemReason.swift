import Foundation

/// Why a file operation failed, as diagnostics say it: the system's reason, lower case
/// ("permission denied"), whether it comes from `errno` or from an error Foundation threw.
public enum SystemReason {
    /// The reason for an `errno` value.
    public static func describe(errno code: Int32) -> String {
        lowercasingFirst(String(cString: strerror(code)))
    }

    /// The reason for an error Foundation threw: the POSIX reason underneath when there is one,
    /// else Foundation's description.
    public static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return describe(errno: Int32(nsError.code)) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return describe(errno: Int32(underlying.code))
        }
        return lowercasingFirst(nsError.localizedDescription)
    }

    private static func lowercasingFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}
