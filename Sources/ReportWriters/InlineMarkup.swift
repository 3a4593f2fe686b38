import ReportModel

/// One stand-off annotation to be written as an inline element of a block.
public struct InlineAnnotation: Sendable, Equatable {
    /// The element name.
    public var element: String
    /// The attributes.
    public var attributes: [Attribute]
    /// The scalar range in the block's text.
    public var range: Range<Int>
    /// Of two annotations over the same range, the one with the lower rank is the outer one.
    public var rank: Int

    /// An attribute of the element.
    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Creates an annotation.
    public init(element: String, attributes: [Attribute], range: Range<Int>, rank: Int) {
        self.element = element
        self.attributes = attributes
        self.range = range
        self.rank = rank
    }
}

/// A node of a block's inline tree: text, or an element around further nodes.
public indirect enum InlineNode: Sendable, Equatable {
    /// Text, exactly as in the block.
    case text(String)
    /// An annotation's element; `continued` marks the second and later pieces of an annotation
    /// that had to be split because it crossed another.
    case element(InlineAnnotation, continued: Bool, children: [InlineNode])
}

/// Turns stand-off annotations of one block into properly nested inline elements: the one place
/// where spans become markup, so that crossing spans are resolved once, the same way for every
/// writer.
///
/// Annotations nest by position: one that starts earlier (or, starting together, is longer, or,
/// over the same range, ranks lower) is the outer one. An annotation that crosses the end of an
/// outer one is split there; its later pieces are marked `continued`. Empty annotations become
/// empty elements where they stand. The text of the tree is always exactly the block's text.
public enum InlineMarkup {
    /// The inline tree of a block's text.
    public static func nest(_ text: ScalarText, _ annotations: [InlineAnnotation]) -> [InlineNode] {
        var pending = annotations
            .filter { $0.range.lowerBound >= 0 && $0.range.upperBound <= text.count }
            .map { (annotation: $0, continued: false) }
        pending.sort { order($0.annotation, $1.annotation) }

        // Each open element: the annotation, whether it continues, and its children so far.
        var stack: [(annotation: InlineAnnotation, continued: Bool, children: [InlineNode])] = []
        var root: [InlineNode] = []
        var position = 0

        func append(_ node: InlineNode) {
            if stack.isEmpty { root.append(node) } else { stack[stack.count - 1].children.append(node) }
        }
        func emitText(upTo end: Int) {
            if end > position {
                append(.text(text.string(position..<end)))
                position = end
            }
        }
        func closeTop() {
            guard let end = stack.last?.annotation.range.upperBound else { return }
            emitText(upTo: end)
            let top = stack.removeLast()
            append(.element(top.annotation, continued: top.continued, children: top.children))
        }

        var next = 0
        while next < pending.count {
            var annotation = pending[next].annotation
            let continued = pending[next].continued
            next += 1
            while let top = stack.last, top.annotation.range.upperBound <= annotation.range.lowerBound {
                closeTop()
            }
            emitText(upTo: annotation.range.lowerBound)
            if let top = stack.last, annotation.range.upperBound > top.annotation.range.upperBound {
                // Crossing: keep the part inside the open element, queue the rest.
                let split = top.annotation.range.upperBound
                var rest = annotation
                rest.range = split..<annotation.range.upperBound
                annotation.range = annotation.range.lowerBound..<split
                let insertAt = pending[next...].firstIndex { order(rest, $0.annotation) } ?? pending.count
                pending.insert((rest, true), at: insertAt)
            }
            if annotation.range.isEmpty {
                append(.element(annotation, continued: continued, children: []))
                continue
            }
            stack.append((annotation, continued, []))
        }
        while !stack.isEmpty { closeTop() }
        emitText(upTo: text.count)
        return root
    }

    private static func order(_ lhs: InlineAnnotation, _ rhs: InlineAnnotation) -> Bool {
        if lhs.range.lowerBound != rhs.range.lowerBound { return lhs.range.lowerBound < rhs.range.lowerBound }
        if lhs.range.upperBound != rhs.range.upperBound { return lhs.range.upperBound > rhs.range.upperBound }
        return lhs.rank < rhs.rank
    }

    /// Writes an inline tree through the emitter; later pieces of split annotations get
    /// `continued="true"`.
    public static func write(_ nodes: [InlineNode], to emitter: inout XMLEmitter) {
        for node in nodes {
            switch node {
            case .text(let value):
                emitter.text(value)
            case .element(let annotation, let continued, let children):
                var attributes: [(String, String?)] = annotation.attributes.map { ($0.name, $0.value) }
                if continued { attributes.append(("continued", "true")) }
                if children.isEmpty && annotation.range.isEmpty {
                    emitter.emptyInline(annotation.element, attributes)
                } else {
                    emitter.openInline(annotation.element, attributes)
                    write(children, to: &emitter)
                    emitter.close()
                }
            }
        }
    }
}
