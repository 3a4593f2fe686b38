import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion with `posix_spawn`, `poll` and `waitpid`, feeding it standard input
/// and collecting its standard output and error.
///
/// The tests use this instead of Foundation's `Process` and `Pipe`: on Linux those register the pipe
/// descriptors with Dispatch's epoll loop, and tearing them down has intermittently crashed the test
/// process inside `_dispatch_event_loop_drain` (a known Foundation/Dispatch race). Nothing here
/// touches Dispatch or starts a thread.
public enum ChildProcess {
    /// What a finished program gave.
    public struct Outcome: Sendable {
        /// The exit status, or 128 plus the signal number when a signal ended the program (as a shell
        /// reports it).
        public var status: Int32
        public var standardOutput: Data
        public var standardError: Data
    }

    /// Why a program could not be run.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `program arguments...` and waits for it.
    /// - Parameters:
    ///   - program: the executable's absolute path.
    ///   - input: bytes for standard input, which is closed after them; `nil` gives an empty input.
    ///   - environment: the complete environment; `nil` passes this process's own.
    ///   - directory: the working directory to start the program in.
    ///   - mergingStandardError: sends standard error into the standard-output pipe, in order.
    public static func run(
        _ program: String, _ arguments: [String], input: Data? = nil, environment: [String: String]? = nil,
        directory: String? = nil, mergingStandardError: Bool = false
    ) throws -> Outcome {
        _ = ignoreBrokenPipes
        let standardInput = try makePipe()
        let standardOutput = try makePipe()
        let standardError = try makePipe()
        var parentEnds: [Int32] = [standardInput.write, standardOutput.read, standardError.read]
        var childEnds: [Int32] = [standardInput.read, standardOutput.write, standardError.write]
        defer { (parentEnds + childEnds).filter { $0 >= 0 }.forEach { _ = close($0) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The pipes are close-on-exec; the duplicates on 0, 1 and 2 are not.
        posix_spawn_file_actions_adddup2(&actions, standardInput.read, 0)
        posix_spawn_file_actions_adddup2(&actions, standardOutput.write, 1)
        posix_spawn_file_actions_adddup2(&actions, mergingStandardError ? standardOutput.write : standardError.write, 2)
        if let directory {
            guard let addChangeDirectory else {
                throw Failure(description: "this C library cannot start a program in another directory")
            }
            _ = directory.withCString { addChangeDirectory(&actions, $0) }
        }

        let argumentList = [program] + arguments
        let environmentList = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid = pid_t()
        let spawnStatus = withCStrings(argumentList) { argv in
            withCStrings(environmentList) { envp in
                posix_spawn(&pid, program, &actions, nil, argv, envp)
            }
        }
        guard spawnStatus == 0 else {
            throw Failure(description: "cannot run \(program): \(String(cString: strerror(spawnStatus)))")
        }
        for index in childEnds.indices {
            _ = close(childEnds[index])
            childEnds[index] = -1
        }

        let bytes = input.map(Array.init) ?? []
        var written = 0
        var output = [UInt8]()
        var error = [UInt8]()
        if bytes.isEmpty {
            _ = close(parentEnds[0])
            parentEnds[0] = -1
        }
        for fd in parentEnds where fd >= 0 {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while parentEnds.contains(where: { $0 >= 0 }) {
            var polled = [pollfd]()
            for (index, fd) in parentEnds.enumerated() where fd >= 0 {
                polled.append(pollfd(fd: fd, events: Int16(index == 0 ? POLLOUT : POLLIN), revents: 0))
            }
            let ready = poll(&polled, nfds_t(polled.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "poll failed: \(String(cString: strerror(errno)))")
            }
            for entry in polled where entry.revents != 0 {
                guard let index = parentEnds.firstIndex(of: entry.fd) else { continue }
                if index == 0 {
                    let count = bytes[written...].withUnsafeBytes { write(entry.fd, $0.baseAddress, $0.count) }
                    if count > 0 { written += count }
                    let failed = count < 0 && errno != EAGAIN && errno != EINTR
                    if written == bytes.count || failed {
                        // Done, or the program closed its input (EPIPE): it reads no more.
                        _ = close(entry.fd)
                        parentEnds[0] = -1
                    }
                } else {
                    let count = chunk.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                    if count > 0 {
                        if index == 1 { output += chunk[..<count] } else { error += chunk[..<count] }
                    } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                        _ = close(entry.fd)
                        parentEnds[index] = -1
                    }
                }
            }
        }

        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else {
                throw Failure(description: "waiting for \(program) failed: \(String(cString: strerror(errno)))")
            }
        }
        let signal = status & 0x7f
        let exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        return Outcome(status: exitStatus, standardOutput: Data(output), standardError: Data(error))
    }

    /// Writing to a pipe whose reader has gone must give EPIPE, not end the test process.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29 and later), which Swift's C-library module
    /// does not declare, looked up at run time.
    private static let addChangeDirectory: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32).self)
    }()

    private static func makePipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else {
            throw Failure(description: "cannot make a pipe: \(String(cString: strerror(errno)))")
        }
        // Close-on-exec, so that a program started meanwhile does not hold this pipe open.
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    /// Calls `body` with a NULL-terminated array of C strings that lives for the call.
    private static func withCStrings<Result>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> Result) -> Result {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { pointers.forEach { free($0) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
