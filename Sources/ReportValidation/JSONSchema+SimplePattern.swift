extension JSONSchema {
    /// A fast matcher for the plain patterns schemas mostly use (`^[A-Za-z_][A-Za-z0-9._-]*$`,
    /// `^\d{4}-\d{2}$`, `^(a|b)+$`): literals, `.`, character classes, `\d \w \s` and their
    /// negations, groups with alternation, and greedy quantifiers, with `^` only at the start and `$`
    /// only at the end. It answers whether the pattern matches somewhere in a string by simulating a
    /// Thompson automaton, in time linear in the string.
    ///
    /// ``init(_:)`` returns `nil` for any other construct (look-around, back-references, word
    /// boundaries, lazy quantifiers, Unicode escapes and properties, non-ASCII pattern text), which
    /// then goes to the full regular-expression engine; this matcher never guesses.
    struct SimplePattern: Sendable {
        /// A set of scalars: ranges, with the ECMA-262 class escapes, possibly negated.
        struct ScalarSet: Sendable {
            var ranges: [ClosedRange<UInt32>] = []
            var spaces = false
            var negated = false

            func contains(_ scalar: Unicode.Scalar) -> Bool {
                var found = ranges.contains { $0.contains(scalar.value) }
                if !found && spaces { found = SimplePattern.isSpace(scalar) }
                return found != negated
            }
        }

        private enum State: Sendable {
            case scalar(ScalarSet, next: Int)
            case split(Int, Int)
            case accept
        }

        private var states: [State] = []
        private let start: Int
        private let anchoredAtStart: Bool
        private let anchoredAtEnd: Bool

        /// Compiles `source`, or returns `nil` when it uses a construct this matcher does not take.
        init?(_ source: String) {
            var scalars = Array(source.unicodeScalars)
            guard scalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) else { return nil }
            anchoredAtStart = scalars.first == "^"
            if anchoredAtStart { scalars.removeFirst() }
            // A final `$` that is not escaped.
            var trailingBackslashes = 0
            if scalars.last == "$" {
                var index = scalars.count - 2
                while index >= 0, scalars[index] == "\\" {
                    trailingBackslashes += 1
                    index -= 1
                }
            }
            anchoredAtEnd = scalars.last == "$" && trailingBackslashes % 2 == 0
            if anchoredAtEnd { scalars.removeLast() }
            var parser = Parser(scalars: scalars)
            guard let tree = parser.parseAlternation(), parser.index == scalars.count else { return nil }
            // `^a|b$` anchors each branch, not the whole: leave that to the full engine.
            if case .alternation = tree, anchoredAtStart || anchoredAtEnd { return nil }
            var builder = Builder()
            let accept = builder.add(.accept)
            guard let entry = builder.compile(tree, next: accept) else { return nil }
            states = builder.states
            start = entry
        }

        /// Whether the pattern matches somewhere in `string`.
        func matches(_ string: String) -> Bool {
            var current: [Int] = []
            var next: [Int] = []
            var mark = [Int](repeating: -1, count: states.count)
            var generation = 0
            var stack: [Int] = []
            func add(_ state: Int, to list: inout [Int]) {
                stack.append(state)
                while let top = stack.popLast() {
                    if mark[top] == generation { continue }
                    mark[top] = generation
                    switch states[top] {
                    case .split(let first, let second):
                        stack.append(second)
                        stack.append(first)
                    default:
                        list.append(top)
                    }
                }
            }
            func accepts(_ list: [Int]) -> Bool {
                list.contains { if case .accept = states[$0] { true } else { false } }
            }
            add(start, to: &current)
            for scalar in string.unicodeScalars {
                if !anchoredAtEnd && accepts(current) { return true }
                generation += 1
                next.removeAll(keepingCapacity: true)
                for state in current {
                    if case .scalar(let set, let target) = states[state], set.contains(scalar) {
                        add(target, to: &next)
                    }
                }
                if !anchoredAtStart { add(start, to: &next) }
                swap(&current, &next)
                if current.isEmpty && anchoredAtStart { return false }
            }
            return accepts(current)
        }

        static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
            default: false
            }
        }

        // MARK: Syntax

        private indirect enum Tree {
            case set(ScalarSet)
            case sequence([Tree])
            case alternation([Tree])
            case repetition(Tree, minimum: Int, maximum: Int?)
        }

        private struct Parser {
            let scalars: [Unicode.Scalar]
            var index = 0

            init(scalars: [Unicode.Scalar]) {
                self.scalars = scalars
            }

            mutating func parseAlternation() -> Tree? {
                var branches: [Tree] = []
                while true {
                    guard let branch = parseSequence() else { return nil }
                    branches.append(branch)
                    guard index < scalars.count, scalars[index] == "|" else { break }
                    index += 1
                }
                return branches.count == 1 ? branches[0] : .alternation(branches)
            }

            mutating func parseSequence() -> Tree? {
                var items: [Tree] = []
                while index < scalars.count, scalars[index] != "|", scalars[index] != ")" {
                    guard var atom = parseAtom() else { return nil }
                    if index < scalars.count {
                        guard let quantified = parseQuantifier(atom) else { return nil }
                        atom = quantified
                    }
                    items.append(atom)
                }
                return .sequence(items)
            }

            mutating func parseQuantifier(_ atom: Tree) -> Tree? {
                let scalar = scalars[index]
                var minimum = 0
                var maximum: Int?
                switch scalar {
                case "?": maximum = 1
                case "*": maximum = nil
                case "+": minimum = 1
                case "{":
                    guard let close = scalars[index...].firstIndex(of: "}") else { return nil }
                    let body = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                    let parts = body.split(separator: ",", omittingEmptySubsequences: false)
                    guard (1...2).contains(parts.count), let low = Int(parts[0]), low <= 1000 else { return nil }
                    minimum = low
                    if parts.count == 1 {
                        maximum = low
                    } else if !parts[1].isEmpty {
                        guard let high = Int(parts[1]), high >= low, high <= 1000 else { return nil }
                        maximum = high
                    }
                    index = close
                default:
                    return atom
                }
                index += 1
                // Lazy and possessive forms are not taken.
                if index < scalars.count, scalars[index] == "?" || scalars[index] == "+" { return nil }
                return .repetition(atom, minimum: minimum, maximum: maximum)
            }

            mutating func parseAtom() -> Tree? {
                let scalar = scalars[index]
                index += 1
                switch scalar {
                case "(":
                    if index < scalars.count, scalars[index] == "?" {
                        guard index + 1 < scalars.count, scalars[index + 1] == ":" else { return nil }
                        index += 2
                    }
                    guard let inner = parseAlternation(), index < scalars.count, scalars[index] == ")" else { return nil }
                    index += 1
                    return inner
                case "[":
                    return parseClass().map(Tree.set)
                case ".":
                    var set = ScalarSet(ranges: [0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029])
                    set.negated = true
                    return .set(set)
                case "\\":
                    return parseEscape(inClass: false).map(Tree.set)
                case "^", "$", ")", "]", "{", "}", "*", "+", "?", "|":
                    return nil
                default:
                    return .set(ScalarSet(ranges: [scalar.value...scalar.value]))
                }
            }

            mutating func parseEscape(inClass: Bool) -> ScalarSet? {
                guard index < scalars.count else { return nil }
                let letter = scalars[index]
                index += 1
                switch letter {
                case "d": return ScalarSet(ranges: [0x30...0x39])
                case "D": return ScalarSet(ranges: [0x30...0x39], negated: true)
                case "w": return ScalarSet(ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
                case "W": return ScalarSet(ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A], negated: true)
                case "s": return ScalarSet(spaces: true)
                case "S": return ScalarSet(spaces: true, negated: true)
                case "t": return ScalarSet(ranges: [0x09...0x09])
                case "n": return ScalarSet(ranges: [0x0A...0x0A])
                case "r": return ScalarSet(ranges: [0x0D...0x0D])
                case "f": return ScalarSet(ranges: [0x0C...0x0C])
                case "v": return ScalarSet(ranges: [0x0B...0x0B])
                default:
                    // Only escaped punctuation is a plain literal; letters and digits mean more.
                    guard !letter.properties.isAlphabetic, !("0"..."9").contains(letter) else { return nil }
                    return ScalarSet(ranges: [letter.value...letter.value])
                }
            }

            mutating func parseClass() -> ScalarSet? {
                var set = ScalarSet()
                if index < scalars.count, scalars[index] == "^" {
                    set.negated = true
                    index += 1
                }
                var first = true
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == "]" && !first {
                        index += 1
                        return set
                    }
                    if scalar == "]" || scalar == "[" { return nil }
                    first = false
                    var low: UInt32
                    if scalar == "\\" {
                        index += 1
                        guard let escaped = parseEscape(inClass: true), !escaped.negated else { return nil }
                        if escaped.spaces || escaped.ranges.count != 1 || escaped.ranges[0].count != 1 {
                            set.ranges += escaped.ranges
                            set.spaces = set.spaces || escaped.spaces
                            continue
                        }
                        low = escaped.ranges[0].lowerBound
                    } else {
                        low = scalar.value
                        index += 1
                    }
                    // A range "a-z", unless the hyphen is last.
                    if index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] != "]" {
                        let endScalar = scalars[index + 1]
                        var high: UInt32
                        if endScalar == "\\" {
                            index += 2
                            guard let escaped = parseEscape(inClass: true), !escaped.negated, !escaped.spaces,
                                  escaped.ranges.count == 1, escaped.ranges[0].count == 1 else { return nil }
                            high = escaped.ranges[0].lowerBound
                        } else {
                            high = endScalar.value
                            index += 2
                        }
                        guard low <= high else { return nil }
                        set.ranges.append(low...high)
                    } else {
                        set.ranges.append(low...low)
                    }
                }
                return nil
            }
        }

        // MARK: Automaton

        private struct Builder {
            var states: [State] = []

            mutating func add(_ state: State) -> Int {
                states.append(state)
                return states.count - 1
            }

            /// Compiles `tree` so that it continues at `next`; returns its entry state. Bounded
            /// repetitions are unrolled, so their counts are capped to keep the automaton small.
            mutating func compile(_ tree: Tree, next: Int) -> Int? {
                guard states.count < 20_000 else { return nil }
                switch tree {
                case .set(let set):
                    return add(.scalar(set, next: next))
                case .sequence(let items):
                    var entry = next
                    for item in items.reversed() {
                        guard let compiled = compile(item, next: entry) else { return nil }
                        entry = compiled
                    }
                    return entry
                case .alternation(let branches):
                    var entries: [Int] = []
                    for branch in branches {
                        guard let compiled = compile(branch, next: next) else { return nil }
                        entries.append(compiled)
                    }
                    var entry = entries[entries.count - 1]
                    for branch in entries.dropLast().reversed() {
                        entry = add(.split(branch, entry))
                    }
                    return entry
                case .repetition(let item, let minimum, let maximum):
                    var entry = next
                    if let maximum {
                        // Optional copies: each may be skipped.
                        for _ in 0..<(maximum - minimum) {
                            let placeholder = add(.accept)
                            guard let body = compile(item, next: entry) else { return nil }
                            states[placeholder] = .split(body, next)
                            entry = placeholder
                        }
                    } else {
                        // A loop: split into the body, which comes back to the split.
                        let loop = add(.accept)
                        guard let body = compile(item, next: loop) else { return nil }
                        states[loop] = .split(body, next)
                        entry = loop
                    }
                    for _ in 0..<minimum {
                        guard let body = compile(item, next: entry) else { return nil }
                        entry = body
                    }
                    return entry
                }
            }
        }
    }
}
