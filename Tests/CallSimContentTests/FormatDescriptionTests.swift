@testable import CallSimContent
import CallSimCore
import Foundation
import Testing

@Suite("The format descriptions match the readers")
struct FormatDescriptionTests {
    /// The first ```yaml block of a file in docs/.
    static func yamlExample(in doc: String) throws -> String {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/\(doc)"), encoding: .utf8)
        let start = try #require(text.range(of: "```yaml\n"))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound]) + "\n"
    }

    @Test func scenarioReaderAsksForExactlyTheKeysOfEachShape() throws {
        // Given the complete example of docs/scenarios.md
        let yaml = try Self.yamlExample(in: "scenarios.md")

        // When the loader reads it
        let details = ScenarioLoader.loadDetailed(yaml: yaml, path: "example.yaml", trackingFormat: true)

        // Then it loads cleanly, and for every mapping the reader asks for exactly the keys the
        // format (and so the schema) lists, requires exactly its required keys, and asks for none it does not list
        #expect(details.result.diagnostics == [])
        let use = details.formatUse
        #expect(use.unlisted.isEmpty, "keys read but not in ScenarioFormat: \(use.unlisted.sorted())")
        for shape in ScenarioFormat.format.shapes {
            #expect(use.asked[shape.id] == Set(shape.keyNames), "shape \(shape.id)")
            #expect(use.required[shape.id, default: []] == Set(shape.keys.filter(\.required).map(\.name)), "shape \(shape.id)")
        }
    }

    @Test func scenarioExampleUsesEveryKey() throws {
        // Given the complete example of docs/scenarios.md
        let yaml = try Self.yamlExample(in: "scenarios.md")

        // When the loader reads it
        let use = ScenarioLoader.loadDetailed(yaml: yaml, path: "example.yaml", trackingFormat: true).formatUse

        // Then every key of every mapping of the format is written in it
        for shape in ScenarioFormat.format.shapes {
            let missing = Set(shape.keyNames).subtracting(use.present[shape.id, default: []])
            #expect(missing.isEmpty, "the example lacks \(shape.id) keys \(missing.sorted())")
        }
    }

    @Test func testPlanReaderAsksForExactlyTheKeysOfEachShape() throws {
        // Given the complete example of docs/testplans.md
        let yaml = try Self.yamlExample(in: "testplans.md")

        // When the loader reads it
        let (result, use) = TestPlanLoader.loadDetailed(yaml: yaml, path: "example.testplan.yaml", trackingFormat: true)

        // Then it loads cleanly, the reader matches the format, and the example uses every key
        #expect(result.diagnostics == [])
        #expect(use.unlisted.isEmpty, "keys read but not in TestPlanFormat: \(use.unlisted.sorted())")
        for shape in TestPlanFormat.format.shapes {
            #expect(use.asked[shape.id] == Set(shape.keyNames), "shape \(shape.id)")
            #expect(use.required[shape.id, default: []] == Set(shape.keys.filter(\.required).map(\.name)), "shape \(shape.id)")
            let missing = Set(shape.keyNames).subtracting(use.present[shape.id, default: []])
            #expect(missing.isEmpty, "the example lacks \(shape.id) keys \(missing.sorted())")
        }
    }

    @Test func everyNumberOutOfItsRangeIsRefused() {
        // Given each number key of the scenario format with a value just above its range
        for shape in ScenarioFormat.format.shapes {
            for key in shape.keys {
                let (value, phrase): (String, String)
                switch key.value {
                case .number(let range):
                    guard let upper = range.upper else { continue }
                    (value, phrase) = (NumberRange.format(upper + 1), range.phrase)
                case .integer(let range):
                    (value, phrase) = (String(range.upperBound + 1), "between \(range.lowerBound) and \(range.upperBound)")
                default:
                    continue
                }
                // When a document with that value is read
                let context = ReadContext(path: "n.yaml", family: .scenario)
                let document = YAMLComposer.compose(text: "\(key.name): \(value)\n", path: "n.yaml", emptyHint: "").0
                guard let root = document?.root else {
                    Issue.record("`\(key.name): \(value)` is not YAML")
                    continue
                }
                var map = MappingReader(root, owner: "x", label: "x", context: context, depth: 0, shape: shape)
                if case .integer = key.value { _ = map?.integer(key.name) } else { _ = map?.number(key.name) }

                // Then S005 gives the shape's range
                #expect(context.diagnostics.map(\.message) == ["`\(key.name)` must be \(phrase), found \(value)"], "\(shape.id).\(key.name)")
            }
        }
    }

    @Test func schemaListsTheKeysOfEveryShape() throws {
        // Given the published scenario schema
        let schema = try #require(JSONSerialization.jsonObject(with: Data(FormatDocuments.scenarioSchema().utf8)) as? [String: Any])

        // When its object definitions are read
        let definitions = try #require(schema["$defs"] as? [String: Any])

        // Then the root and each shape list exactly the format's keys, and forbid others
        for shape in ScenarioFormat.format.shapes {
            let object = shape.id == ScenarioFormat.format.root ? schema : try #require(definitions[shape.id] as? [String: Any])
            let properties = try #require(object["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Set(shape.keyNames), "shape \(shape.id)")
            #expect(object["additionalProperties"] as? Bool == false)
            #expect(Set(object["required"] as? [String] ?? []) == Set(shape.keys.filter(\.required).map(\.name)))
        }
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }
}
