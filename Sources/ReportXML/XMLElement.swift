package import CLibXML2

/// An XML element copied out of libxml2's tree into Swift values.
public struct XMLElement: Sendable, Equatable {
    /// The local name.
    public var name: String
    /// The namespace URI, when the element is in one.
    public var namespace: String?
    /// The attributes, in document order.
    public var attributes: [XMLAttribute]
    /// The child elements and text, in document order; adjacent text is merged.
    public var children: [XMLNode]
    /// The line of the start tag.
    public var line: Int

    /// Creates an element.
    public init(name: String, namespace: String? = nil, attributes: [XMLAttribute] = [], children: [XMLNode] = [], line: Int = 0) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of the attribute with this local name and no namespace.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name && $0.namespace == nil }?.value
    }

    /// An `xs:boolean` attribute: `true` for "true" or "1", `false` otherwise or when absent.
    public func booleanAttribute(_ name: String) -> Bool {
        let value = self[attribute: name]
        return value == "true" || value == "1"
    }

    /// The child elements, in order.
    public var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The child elements with this local name.
    public func elements(named name: String) -> [XMLElement] {
        elements.filter { $0.name == name }
    }

    /// The first child element with this local name.
    public func element(named name: String) -> XMLElement? {
        elements.first { $0.name == name }
    }

    /// All text inside the element, descendants included.
    public var textContent: String {
        children.reduce(into: "") { text, child in
            switch child {
            case .text(let value): text += value
            case .element(let element): text += element.textContent
            }
        }
    }

    package init(copying node: xmlNodePtr) {
        name = String(cString: node.pointee.name)
        namespace = node.pointee.ns?.pointee.href.map { String(cString: $0) }
        line = Int(xmlGetLineNo(node))
        var attributes: [XMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            attributes.append(XMLAttribute(
                name: String(cString: current.pointee.name),
                namespace: current.pointee.ns?.pointee.href.map { String(cString: $0) },
                value: value
            ))
            attribute = current.pointee.next
        }
        self.attributes = attributes
        var children: [XMLNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(XMLElement(copying: current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = current.pointee.content.map { String(cString: $0) } ?? ""
                if case .text(let previous)? = children.last {
                    children[children.count - 1] = .text(previous + text)
                } else {
                    children.append(.text(text))
                }
            default:
                break
            }
            child = current.pointee.next
        }
        self.children = children
    }
}

/// An attribute of an ``XMLElement``.
public struct XMLAttribute: Sendable, Equatable {
    /// The local name.
    public var name: String
    /// The namespace URI, when the attribute is in one.
    public var namespace: String?
    /// The value, with entity and character references resolved.
    public var value: String

    /// Creates an attribute.
    public init(name: String, namespace: String? = nil, value: String) {
        self.name = name
        self.namespace = namespace
        self.value = value
    }
}

/// A child of an ``XMLElement``: an element or a run of text.
public enum XMLNode: Sendable, Equatable {
    /// A child element.
    case element(XMLElement)
    /// Character data.
    case text(String)
}
