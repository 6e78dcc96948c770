/// The kind of value a key of a file format takes, as the reader reads it and as the JSON
/// Schema and the key reference describe it.
indirect enum FormatValue: Sendable {
    /// Any single value, read as text (numbers and true/false included).
    case text
    /// A name: lowercase letters, digits and hyphens.
    case identifier
    /// A number within a range.
    case number(NumberRange)
    /// A whole number within a range.
    case integer(ClosedRange<Int>)
    /// `true` or `false`.
    case boolean
    /// One of a fixed set of words.
    case choice([String])
    /// A list of values.
    case list(FormatValue)
    /// One value, or a list of them.
    case oneOrList(FormatValue)
    /// A mapping of fixed keys, described by the shape with this id.
    case shape(String)
    /// A mapping of free names (`keys` constrains them) to values.
    case names(keys: FormatValue, values: FormatValue)
    /// Any of these.
    case either([FormatValue])
    /// A text matching a regular expression (for the schema), described in words (for people).
    case pattern(String, described: String)
}

/// One key of a mapping.
struct FormatKey: Sendable {
    /// The key as written.
    var name: String
    /// Its value.
    var value: FormatValue
    /// True when the key must be present.
    var required = false
    /// What the key means, one or two sentences, for the schema and the reference.
    var summary: String
    /// The value used when the key is absent, as written in a file.
    var defaultValue: String?

    init(_ name: String, _ value: FormatValue, required: Bool = false, default defaultValue: String? = nil, _ summary: String) {
        self.name = name
        self.value = value
        self.required = required
        self.defaultValue = defaultValue
        self.summary = summary
    }
}

/// A mapping with fixed keys: the scenario, a beat, a trigger, a condition, ...
struct FormatShape: Sendable {
    /// A stable id, used in the schema's `$defs` and in headings.
    var id: String
    /// How the mapping is named in prose: "a beat", "`persona`".
    var title: String
    /// What the mapping is.
    var summary: String
    /// Its keys, in the order the reference lists them.
    var keys: [FormatKey]

    /// The key called `name`.
    func key(_ name: String) -> FormatKey? { keys.first { $0.name == name } }

    /// Every key name, in order.
    var keyNames: [String] { keys.map(\.name) }
}

/// A file format: the shape of the whole file and every shape it uses.
struct FileFormat: Sendable {
    /// The format's name in titles: "callsim scenario".
    var name: String
    /// The id of the root shape.
    var root: String
    /// Every shape, in the order the reference lists them.
    var shapes: [FormatShape]

    /// The shape with this id; every id the format uses is present.
    func shape(_ id: String) -> FormatShape? { shapes.first { $0.id == id } }
}
