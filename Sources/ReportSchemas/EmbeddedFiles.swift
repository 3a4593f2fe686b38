// Generated from Schemas/ by `RECORD_EMBEDDED=1 swift test --filter EmbeddedFilesTests`.
// Do not edit: edit the files in Schemas/ and regenerate; a test fails while this is stale.

/// The embedded files, by file name, exactly as they are in Schemas/.
let embeddedFiles: [String: String] = [
    "report.jsonld.schema.json": ##"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:reportconv:report:1:jsonld",
  "title": "reportconv schema.org JSON-LD",
  "description": "The schema.org NewsArticle that reportconv's jsonld writer produces. Every key is a schema.org term used on a type in its domain; nodes allow no other keys, so an output that uses a term outside this profile is invalid.",
  "type": "object",
  "required": ["@context", "@type", "articleBody", "wordCount"],
  "additionalProperties": false,
  "properties": {
    "@context": {"const": "https://schema.org"},
    "@type": {"const": "NewsArticle"},
    "headline": {"type": "string"},
    "alternativeHeadline": {"type": "string"},
    "author": {"type": "array", "items": {"$ref": "#/$defs/namedPerson"}},
    "datePublished": {"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?$"},
    "publisher": {"$ref": "#/$defs/namedOrganization"},
    "sourceOrganization": {"$ref": "#/$defs/namedOrganization"},
    "url": {"type": "string"},
    "inLanguage": {"type": "string"},
    "identifier": {"type": "string"},
    "keywords": {"type": "array", "items": {"type": "string"}},
    "dateline": {"type": "string"},
    "articleBody": {"type": "string"},
    "wordCount": {"type": "integer", "minimum": 0},
    "mentions": {"type": "array", "items": {"anyOf": [{"$ref": "#/$defs/entity"}, {"$ref": "#/$defs/figure"}]}},
    "citation": {"type": "array", "items": {"$ref": "#/$defs/work"}},
    "hasPart": {"type": "array", "items": {"$ref": "#/$defs/quotation"}},
    "temporalCoverage": {"type": "array", "items": {"type": "string", "pattern": "^(\\d{4}(-\\d{2}(-\\d{2})?)?|\\d{4}-W\\d{2})$"}},
    "isBasedOn": {"$ref": "#/$defs/source"}
  },
  "$defs": {
    "localId": {"type": "string", "pattern": "^#[A-Za-z_][A-Za-z0-9._-]*$"},
    "reference": {
      "type": "object",
      "required": ["@id"],
      "additionalProperties": false,
      "properties": {"@id": {"$ref": "#/$defs/localId"}}
    },
    "namedPerson": {
      "type": "object",
      "required": ["@type", "name"],
      "additionalProperties": false,
      "properties": {"@type": {"const": "Person"}, "name": {"type": "string"}}
    },
    "namedOrganization": {
      "type": "object",
      "required": ["@type", "name"],
      "additionalProperties": false,
      "properties": {"@type": {"const": "Organization"}, "name": {"type": "string"}}
    },
    "entity": {
      "type": "object",
      "required": ["@type", "@id", "name"],
      "additionalProperties": false,
      "properties": {
        "@type": {"enum": [
          "Person",
          "Organization", "GovernmentOrganization", "Corporation", "NewsMediaOrganization", "SportsTeam",
          "SportsOrganization", "EducationalOrganization", "PoliticalParty", "NGO", "WorkersUnion",
          "Place", "Country", "City", "AdministrativeArea", "BodyOfWater", "CivicStructure"
        ]},
        "@id": {"$ref": "#/$defs/localId"},
        "name": {"type": "string"},
        "alternateName": {"type": "array", "items": {"type": "string"}}
      }
    },
    "figure": {
      "type": "object",
      "required": ["@type", "value", "description"],
      "additionalProperties": false,
      "properties": {
        "@type": {"enum": ["QuantitativeValue", "MonetaryAmount"]},
        "value": {"type": "number"},
        "description": {"type": "string"},
        "currency": {"type": "string"},
        "unitCode": {"type": "string"},
        "unitText": {"type": "string"}
      }
    },
    "work": {
      "type": "object",
      "required": ["@type", "@id", "name"],
      "additionalProperties": false,
      "properties": {
        "@type": {"enum": ["Report", "Book", "Movie", "MusicAlbum", "VideoGame", "Legislation", "Article", "VisualArtwork", "CreativeWork"]},
        "@id": {"$ref": "#/$defs/localId"},
        "name": {"type": "string"},
        "publisher": {"anyOf": [{"$ref": "#/$defs/reference"}, {"$ref": "#/$defs/namedOrganization"}]}
      }
    },
    "quotation": {
      "type": "object",
      "required": ["@type", "@id", "text"],
      "additionalProperties": false,
      "properties": {
        "@type": {"const": "Quotation"},
        "@id": {"$ref": "#/$defs/localId"},
        "text": {"type": "string"},
        "spokenByCharacter": {"$ref": "#/$defs/reference"},
        "creator": {"anyOf": [{"$ref": "#/$defs/namedPerson"}, {"$ref": "#/$defs/namedOrganization"}]},
        "isPartOf": {"anyOf": [
          {"$ref": "#/$defs/reference"},
          {
            "type": "object",
            "required": ["@type", "name"],
            "additionalProperties": false,
            "properties": {"@type": {"const": "CreativeWork"}, "name": {"type": "string"}}
          }
        ]},
        "creditText": {"type": "string"}
      }
    },
    "source": {
      "type": "object",
      "required": ["@type", "name", "sha256", "contentSize", "encodingFormat"],
      "additionalProperties": false,
      "properties": {
        "@type": {"const": "MediaObject"},
        "name": {"type": "string"},
        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "contentSize": {"type": "string"},
        "encodingFormat": {"type": "string"}
      }
    }
  }
}

"""##,
    "report.schema.json": ##"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:reportconv:report:1:json",
  "title": "reportconv report model (JSON)",
  "description": "The report model as JSON, as reportconv's json writer produces it: metadata, blocks of text, stand-off annotations (spans are block index and Unicode-scalar offsets, end exclusive), diagnostics and provenance. Optional fields are left out when unknown, except quotations' speaker and cue and dates' value, which are null then.",
  "type": "object",
  "required": ["metadata", "blocks", "entities", "quotations", "dates", "citations", "figures", "diagnostics"],
  "additionalProperties": false,
  "properties": {
    "metadata": {"$ref": "#/$defs/metadata"},
    "blocks": {"type": "array", "items": {"$ref": "#/$defs/block"}},
    "entities": {"type": "array", "items": {"$ref": "#/$defs/entity"}},
    "quotations": {"type": "array", "items": {"$ref": "#/$defs/quotation"}},
    "dates": {"type": "array", "items": {"$ref": "#/$defs/date"}},
    "citations": {"type": "array", "items": {"$ref": "#/$defs/citation"}},
    "figures": {"type": "array", "items": {"$ref": "#/$defs/figure"}},
    "diagnostics": {"type": "array", "items": {"$ref": "#/$defs/diagnostic"}},
    "provenance": {"$ref": "#/$defs/provenance"}
  },
  "$defs": {
    "identifier": {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9._-]*$"},
    "text": {"type": "string"},
    "span": {
      "type": "object",
      "required": ["block", "start", "end"],
      "additionalProperties": false,
      "properties": {
        "block": {"type": "integer", "minimum": 0},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0}
      }
    },
    "location": {
      "type": "object",
      "required": ["line", "column"],
      "additionalProperties": false,
      "properties": {
        "line": {"type": "integer", "minimum": 1},
        "column": {"type": "integer", "minimum": 1}
      }
    },
    "metadata": {
      "type": "object",
      "required": ["authors", "keywords"],
      "additionalProperties": false,
      "properties": {
        "title": {"$ref": "#/$defs/text"},
        "subtitle": {"$ref": "#/$defs/text"},
        "authors": {"type": "array", "items": {"$ref": "#/$defs/text"}},
        "published": {"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?$"},
        "source": {"$ref": "#/$defs/text"},
        "publisher": {"$ref": "#/$defs/text"},
        "url": {"$ref": "#/$defs/text"},
        "language": {"type": "string", "pattern": "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"},
        "identifier": {"$ref": "#/$defs/text"},
        "keywords": {"type": "array", "items": {"$ref": "#/$defs/text"}},
        "byline": {"$ref": "#/$defs/text"},
        "dateline": {
          "type": "object",
          "required": ["text", "place", "span"],
          "additionalProperties": false,
          "properties": {
            "text": {"$ref": "#/$defs/text"},
            "place": {"$ref": "#/$defs/text"},
            "date": {"$ref": "#/$defs/text"},
            "source": {"$ref": "#/$defs/text"},
            "span": {"$ref": "#/$defs/span"}
          }
        }
      }
    },
    "block": {
      "type": "object",
      "required": ["kind", "text", "location"],
      "additionalProperties": false,
      "properties": {
        "kind": {"enum": ["heading", "byline", "paragraph"]},
        "text": {"$ref": "#/$defs/text"},
        "location": {"$ref": "#/$defs/location"}
      }
    },
    "mention": {
      "type": "object",
      "required": ["span", "text"],
      "additionalProperties": false,
      "properties": {
        "span": {"$ref": "#/$defs/span"},
        "text": {"$ref": "#/$defs/text"},
        "title": {"$ref": "#/$defs/text"}
      }
    },
    "entity": {
      "type": "object",
      "required": ["id", "type", "name", "aliases", "mentions", "demonyms"],
      "additionalProperties": false,
      "properties": {
        "id": {"$ref": "#/$defs/identifier"},
        "type": {"enum": ["person", "organization", "place"]},
        "subtype": {"type": "string", "pattern": "^[a-z][a-z-]*$"},
        "name": {"$ref": "#/$defs/text"},
        "aliases": {"type": "array", "items": {"$ref": "#/$defs/text"}},
        "mentions": {"type": "array", "items": {"$ref": "#/$defs/mention"}},
        "demonyms": {"type": "array", "items": {"$ref": "#/$defs/mention"}}
      }
    },
    "speaker": {
      "type": "object",
      "required": ["name", "entity", "kind"],
      "additionalProperties": false,
      "properties": {
        "name": {"$ref": "#/$defs/text"},
        "entity": {"anyOf": [{"$ref": "#/$defs/identifier"}, {"type": "null"}]},
        "kind": {"enum": ["person", "organization", "document", "unknown"]},
        "span": {"$ref": "#/$defs/span"}
      }
    },
    "quotation": {
      "type": "object",
      "required": ["id", "text", "parts", "speaker", "cue"],
      "additionalProperties": false,
      "properties": {
        "id": {"$ref": "#/$defs/identifier"},
        "text": {"$ref": "#/$defs/text"},
        "parts": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/span"}},
        "speaker": {"anyOf": [{"$ref": "#/$defs/speaker"}, {"type": "null"}]},
        "cue": {"type": ["string", "null"]},
        "cueSpan": {"$ref": "#/$defs/span"}
      }
    },
    "date": {
      "type": "object",
      "required": ["id", "span", "text", "value", "precision", "relative"],
      "additionalProperties": false,
      "properties": {
        "id": {"$ref": "#/$defs/identifier"},
        "span": {"$ref": "#/$defs/span"},
        "text": {"$ref": "#/$defs/text"},
        "value": {"anyOf": [{"type": "string", "pattern": "^(\\d{4}(-\\d{2}(-\\d{2})?)?|\\d{4}-W\\d{2})$"}, {"type": "null"}]},
        "precision": {"enum": ["decade", "year", "season", "month", "week", "day"]},
        "relative": {"type": "boolean"},
        "qualifier": {"$ref": "#/$defs/text"}
      }
    },
    "citation": {
      "type": "object",
      "required": ["id", "title", "spans"],
      "additionalProperties": false,
      "properties": {
        "id": {"$ref": "#/$defs/identifier"},
        "title": {"$ref": "#/$defs/text"},
        "kind": {"type": "string", "pattern": "^[a-z][a-z-]*$"},
        "spans": {"type": "array", "items": {"$ref": "#/$defs/span"}},
        "publisher": {"$ref": "#/$defs/text"},
        "publisherEntity": {"$ref": "#/$defs/identifier"}
      }
    },
    "figure": {
      "type": "object",
      "required": ["id", "kind", "span", "text", "value"],
      "additionalProperties": false,
      "properties": {
        "id": {"$ref": "#/$defs/identifier"},
        "kind": {"enum": ["money", "percentage", "count"]},
        "span": {"$ref": "#/$defs/span"},
        "text": {"$ref": "#/$defs/text"},
        "value": {"type": "number"},
        "unit": {"$ref": "#/$defs/text"},
        "qualifier": {"$ref": "#/$defs/text"}
      }
    },
    "diagnostic": {
      "type": "object",
      "required": ["severity", "code", "message"],
      "additionalProperties": false,
      "properties": {
        "severity": {"enum": ["note", "warning", "error"]},
        "code": {"type": "string", "pattern": "^[a-z][a-z0-9-]*$"},
        "message": {"$ref": "#/$defs/text"},
        "location": {"$ref": "#/$defs/location"}
      }
    },
    "provenance": {
      "type": "object",
      "required": ["input", "sha256", "byteCount", "encoding", "converter", "version"],
      "additionalProperties": false,
      "properties": {
        "input": {"$ref": "#/$defs/text"},
        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "byteCount": {"type": "integer", "minimum": 0},
        "encoding": {"$ref": "#/$defs/text"},
        "converter": {"$ref": "#/$defs/text"},
        "version": {"$ref": "#/$defs/text"},
        "created": {"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"}
      }
    }
  }
}

"""##,
    "report.xsd": #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  reportconv native report XML, version 1.
  The whole report model: metadata, the text as blocks with the annotations' spans as inline
  elements, the annotation records, diagnostics and provenance. Written by reportconv's `xml`
  writer, read back by its report XML reader; every output is validated against this schema
  before it is written. Self-contained: it imports nothing.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:r="urn:reportconv:report:1"
           targetNamespace="urn:reportconv:report:1"
           elementFormDefault="qualified"
           attributeFormDefault="unqualified">

  <xs:element name="report">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="metadata" type="r:Metadata"/>
        <xs:element name="body" type="r:Body"/>
        <xs:element name="entities" type="r:Entities"/>
        <xs:element name="quotations" type="r:Quotations"/>
        <xs:element name="dates" type="r:Dates"/>
        <xs:element name="citations" type="r:Citations"/>
        <xs:element name="figures" type="r:Figures"/>
        <xs:element name="diagnostics" type="r:Diagnostics"/>
        <xs:element name="provenance" type="r:Provenance" minOccurs="0"/>
      </xs:sequence>
      <xs:attribute name="version" type="xs:positiveInteger" use="required" fixed="1"/>
    </xs:complexType>
  </xs:element>

  <!-- Metadata -->
  <xs:complexType name="Metadata">
    <xs:sequence>
      <xs:element name="title" type="r:Text" minOccurs="0"/>
      <xs:element name="subtitle" type="r:Text" minOccurs="0"/>
      <xs:element name="author" type="r:Text" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="published" type="r:ISODateOrDateTime" minOccurs="0"/>
      <xs:element name="source" type="r:Text" minOccurs="0"/>
      <xs:element name="publisher" type="r:Text" minOccurs="0"/>
      <xs:element name="url" type="r:Text" minOccurs="0"/>
      <xs:element name="language" type="xs:language" minOccurs="0"/>
      <xs:element name="identifier" type="r:Text" minOccurs="0"/>
      <xs:element name="keyword" type="r:Text" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="byline" type="r:Text" minOccurs="0"/>
      <xs:element name="dateline" minOccurs="0">
        <xs:complexType>
          <xs:simpleContent>
            <xs:extension base="r:Text">
              <xs:attribute name="place" type="xs:string" use="required"/>
              <xs:attribute name="date" type="xs:string"/>
              <xs:attribute name="source" type="xs:string"/>
              <xs:attributeGroup ref="r:SpanAttributes"/>
            </xs:extension>
          </xs:simpleContent>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <xs:simpleType name="Text">
    <xs:restriction base="xs:string"/>
  </xs:simpleType>

  <xs:simpleType name="ISODateOrDateTime">
    <xs:restriction base="xs:string">
      <xs:pattern value="\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+\-]\d{2}:\d{2})?)?"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:attributeGroup name="SpanAttributes">
    <xs:attribute name="block" type="xs:nonNegativeInteger" use="required"/>
    <xs:attribute name="start" type="xs:nonNegativeInteger" use="required"/>
    <xs:attribute name="end" type="xs:nonNegativeInteger" use="required"/>
  </xs:attributeGroup>

  <!-- The text -->
  <xs:complexType name="Body">
    <xs:choice minOccurs="0" maxOccurs="unbounded">
      <xs:element name="heading" type="r:Block"/>
      <xs:element name="byline" type="r:Block"/>
      <xs:element name="p" type="r:Block"/>
    </xs:choice>
  </xs:complexType>

  <xs:complexType name="Block" mixed="true">
    <xs:group ref="r:Inline" minOccurs="0" maxOccurs="unbounded"/>
    <xs:attribute name="line" type="xs:positiveInteger" use="required"/>
    <xs:attribute name="column" type="xs:positiveInteger" use="required"/>
  </xs:complexType>

  <!-- Inline elements: the spans of the annotations, nested. A span that had to be split because
       it crossed another continues in pieces marked continued="true". -->
  <xs:group name="Inline">
    <xs:choice>
      <xs:element name="mention" type="r:MentionSpan"/>
      <xs:element name="demonym" type="r:EntitySpan"/>
      <xs:element name="quote" type="r:RefSpan"/>
      <xs:element name="speaker" type="r:SharedRefSpan"/>
      <xs:element name="cue" type="r:SharedRefSpan"/>
      <xs:element name="date" type="r:RefSpan"/>
      <xs:element name="cite" type="r:RefSpan"/>
      <xs:element name="figure" type="r:RefSpan"/>
    </xs:choice>
  </xs:group>

  <xs:complexType name="InlineContent" mixed="true">
    <xs:group ref="r:Inline" minOccurs="0" maxOccurs="unbounded"/>
    <xs:attribute name="continued" type="xs:boolean"/>
  </xs:complexType>

  <xs:complexType name="EntitySpan" mixed="true">
    <xs:complexContent>
      <xs:extension base="r:InlineContent">
        <xs:attribute name="entity" type="xs:IDREF" use="required"/>
      </xs:extension>
    </xs:complexContent>
  </xs:complexType>

  <xs:complexType name="MentionSpan" mixed="true">
    <xs:complexContent>
      <xs:extension base="r:EntitySpan">
        <xs:attribute name="title" type="xs:string"/>
      </xs:extension>
    </xs:complexContent>
  </xs:complexType>

  <xs:complexType name="RefSpan" mixed="true">
    <xs:complexContent>
      <xs:extension base="r:InlineContent">
        <xs:attribute name="ref" type="xs:IDREF" use="required"/>
      </xs:extension>
    </xs:complexContent>
  </xs:complexType>

  <!-- A speaker or cue: the quotations that share the span, in text order ("q1 q2"). -->
  <xs:complexType name="SharedRefSpan" mixed="true">
    <xs:complexContent>
      <xs:extension base="r:InlineContent">
        <xs:attribute name="ref" type="xs:IDREFS" use="required"/>
      </xs:extension>
    </xs:complexContent>
  </xs:complexType>

  <!-- Annotation records -->
  <xs:complexType name="Entities">
    <xs:sequence>
      <xs:element name="entity" minOccurs="0" maxOccurs="unbounded">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="name" type="r:Text"/>
            <xs:element name="alias" type="r:Text" minOccurs="0" maxOccurs="unbounded"/>
          </xs:sequence>
          <xs:attribute name="id" type="xs:ID" use="required"/>
          <xs:attribute name="type" use="required">
            <xs:simpleType>
              <xs:restriction base="xs:string">
                <xs:enumeration value="person"/>
                <xs:enumeration value="organization"/>
                <xs:enumeration value="place"/>
              </xs:restriction>
            </xs:simpleType>
          </xs:attribute>
          <xs:attribute name="subtype" type="xs:NCName"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="Quotations">
    <xs:sequence>
      <xs:element name="quotation" minOccurs="0" maxOccurs="unbounded">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="speaker" minOccurs="0">
              <xs:complexType>
                <xs:attribute name="name" type="xs:string" use="required"/>
                <xs:attribute name="entity" type="xs:IDREF"/>
                <xs:attribute name="kind" use="required">
                  <xs:simpleType>
                    <xs:restriction base="xs:string">
                      <xs:enumeration value="person"/>
                      <xs:enumeration value="organization"/>
                      <xs:enumeration value="document"/>
                      <xs:enumeration value="unknown"/>
                    </xs:restriction>
                  </xs:simpleType>
                </xs:attribute>
              </xs:complexType>
            </xs:element>
          </xs:sequence>
          <xs:attribute name="id" type="xs:ID" use="required"/>
          <xs:attribute name="cue" type="xs:string"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="Dates">
    <xs:sequence>
      <xs:element name="date" minOccurs="0" maxOccurs="unbounded">
        <xs:complexType>
          <xs:attribute name="id" type="xs:ID" use="required"/>
          <xs:attribute name="value">
            <xs:simpleType>
              <xs:restriction base="xs:string">
                <xs:pattern value="\d{4}(-\d{2}(-\d{2})?)?"/>
                <xs:pattern value="\d{4}-W\d{2}"/>
              </xs:restriction>
            </xs:simpleType>
          </xs:attribute>
          <xs:attribute name="precision" use="required">
            <xs:simpleType>
              <xs:restriction base="xs:string">
                <xs:enumeration value="decade"/>
                <xs:enumeration value="year"/>
                <xs:enumeration value="season"/>
                <xs:enumeration value="month"/>
                <xs:enumeration value="week"/>
                <xs:enumeration value="day"/>
              </xs:restriction>
            </xs:simpleType>
          </xs:attribute>
          <xs:attribute name="relative" type="xs:boolean" use="required"/>
          <xs:attribute name="qualifier" type="xs:string"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="Citations">
    <xs:sequence>
      <xs:element name="citation" minOccurs="0" maxOccurs="unbounded">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="title" type="r:Text"/>
          </xs:sequence>
          <xs:attribute name="id" type="xs:ID" use="required"/>
          <xs:attribute name="kind" type="xs:NCName"/>
          <xs:attribute name="publisher" type="xs:string"/>
          <xs:attribute name="publisher-entity" type="xs:IDREF"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="Figures">
    <xs:sequence>
      <xs:element name="figure" minOccurs="0" maxOccurs="unbounded">
        <xs:complexType>
          <xs:attribute name="id" type="xs:ID" use="required"/>
          <xs:attribute name="kind" use="required">
            <xs:simpleType>
              <xs:restriction base="xs:string">
                <xs:enumeration value="money"/>
                <xs:enumeration value="percentage"/>
                <xs:enumeration value="count"/>
              </xs:restriction>
            </xs:simpleType>
          </xs:attribute>
          <xs:attribute name="value" type="xs:decimal" use="required"/>
          <xs:attribute name="unit" type="xs:string"/>
          <xs:attribute name="qualifier" type="xs:string"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="Diagnostics">
    <xs:sequence>
      <xs:element name="diagnostic" minOccurs="0" maxOccurs="unbounded">
        <xs:complexType>
          <xs:simpleContent>
            <xs:extension base="r:Text">
              <xs:attribute name="severity" use="required">
                <xs:simpleType>
                  <xs:restriction base="xs:string">
                    <xs:enumeration value="note"/>
                    <xs:enumeration value="warning"/>
                    <xs:enumeration value="error"/>
                  </xs:restriction>
                </xs:simpleType>
              </xs:attribute>
              <xs:attribute name="code" type="xs:NCName" use="required"/>
              <xs:attribute name="line" type="xs:positiveInteger"/>
              <xs:attribute name="column" type="xs:positiveInteger"/>
            </xs:extension>
          </xs:simpleContent>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="Provenance">
    <xs:attribute name="input" type="xs:string" use="required"/>
    <xs:attribute name="sha256" use="required">
      <xs:simpleType>
        <xs:restriction base="xs:string">
          <xs:pattern value="[0-9a-f]{64}"/>
        </xs:restriction>
      </xs:simpleType>
    </xs:attribute>
    <xs:attribute name="bytes" type="xs:nonNegativeInteger" use="required"/>
    <xs:attribute name="encoding" type="xs:string" use="required"/>
    <xs:attribute name="converter" type="xs:string" use="required"/>
    <xs:attribute name="version" type="xs:string" use="required"/>
    <xs:attribute name="created" type="xs:dateTime"/>
  </xs:complexType>
</xs:schema>

"""#,
]
