/// The JSON Schema (draft 2020-12) of a file format, generated from its description, for
/// editors that complete and check YAML files (with a YAML language server).
enum FormatSchema {
    static func document(_ format: FileFormat, id: String) -> String {
        guard let root = format.shape(format.root) else { return "{}" }
        var members: [(String, OrderedJSON)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(id)),
            ("title", .string(format.name)),
        ]
        members += object(root)
        var definitions: [(String, OrderedJSON)] = [("text", .object([
            ("description", .string("A single value, read as text (numbers and true/false are accepted and read as written).")),
            ("type", .array([.string("string"), .string("number"), .string("boolean")])),
        ]))]
        for shape in format.shapes where shape.id != format.root {
            definitions.append((shape.id, .object(object(shape))))
        }
        members.append(("$defs", .object(definitions)))
        return OrderedJSON.object(members).rendered() + "\n"
    }

    /// The members of a shape's object schema.
    static func object(_ shape: FormatShape) -> [(String, OrderedJSON)] {
        var members: [(String, OrderedJSON)] = [
            ("description", .string(shape.summary)),
            ("type", .string("object")),
            ("properties", .object(shape.keys.map { key in
                var schema = [("description", OrderedJSON.string(key.summary + (key.defaultValue.map { " Default: \($0)." } ?? "")))]
                schema += value(key.value)
                return (key.name, .object(schema))
            })),
        ]
        let required = shape.keys.filter(\.required).map { OrderedJSON.string($0.name) }
        if !required.isEmpty { members.append(("required", .array(required))) }
        members.append(("additionalProperties", .bool(false)))
        return members
    }

    /// The members of a value's schema.
    static func value(_ value: FormatValue) -> [(String, OrderedJSON)] {
        switch value {
        case .text:
            return [("$ref", .string("#/$defs/text"))]
        case .identifier:
            return [("type", .string("string")), ("pattern", .string("^[a-z0-9-]+$"))]
        case .number(let range):
            var members: [(String, OrderedJSON)] = [("type", .string("number"))]
            if let lower = range.lower { members.append((range.lowerExclusive ? "exclusiveMinimum" : "minimum", .number(lower))) }
            if let upper = range.upper { members.append(("maximum", .number(upper))) }
            return members
        case .integer(let range):
            var members: [(String, OrderedJSON)] = [("type", .string("integer")), ("minimum", .number(Double(range.lowerBound)))]
            if range.upperBound < Int(Int32.max) { members.append(("maximum", .number(Double(range.upperBound)))) }
            return members
        case .boolean:
            return [("type", .string("boolean"))]
        case .choice(let words):
            return [("enum", .array(words.map(OrderedJSON.string)))]
        case .list(let item):
            return [("type", .string("array")), ("items", .object(Self.value(item)))]
        case .oneOrList(let item):
            let single = OrderedJSON.object(Self.value(item))
            return [("anyOf", .array([single, .object([("type", .string("array")), ("items", single)])]))]
        case .shape(let id):
            return [("$ref", .string("#/$defs/\(id)"))]
        case .names(let keys, let values):
            var members: [(String, OrderedJSON)] = [("type", .string("object"))]
            if case .text = keys {} else { members.append(("propertyNames", .object(Self.value(keys)))) }
            members.append(("additionalProperties", .object(Self.value(values))))
            return members
        case .either(let values):
            return [("anyOf", .array(values.map { .object(Self.value($0)) }))]
        case .pattern(let expression, _):
            return [("type", .string("string")), ("pattern", .string(expression))]
        }
    }
}

/// The published schemas and references of the scenario and test plan formats.
public enum FormatDocuments {
    /// The JSON Schema of scenario files (`callsim scenario schema`).
    public static func scenarioSchema() -> String {
        FormatSchema.document(ScenarioFormat.format, id: "urn:callsim:scenario")
    }

    /// The JSON Schema of test plan files (`callsim scenario schema --testplan`).
    public static func testPlanSchema() -> String {
        FormatSchema.document(TestPlanFormat.format, id: "urn:callsim:test-plan")
    }

    /// The key reference of scenario files, as `docs/scenarios.md` includes it.
    public static func scenarioReference() -> String {
        FormatReference.markdown(ScenarioFormat.format)
    }

    /// The key reference of test plan files, as `docs/testplans.md` includes it.
    public static func testPlanReference() -> String {
        FormatReference.markdown(TestPlanFormat.format)
    }
}
