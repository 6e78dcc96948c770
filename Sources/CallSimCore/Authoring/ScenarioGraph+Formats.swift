extension ScenarioGraph {
    /// The graph in Graphviz's DOT language: `callsim scenario graph ID | dot -Tsvg > graph.svg`.
    public var dot: String {
        var lines = ["digraph \(Self.dotQuoted(id)) {", "  rankdir=LR;", "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
                     "  edge [fontname=\"Helvetica\", fontsize=10];"]
        if let start = nodes.first(where: \.isStart) {
            lines.append("  \"(start)\" [shape=circle, label=\"start\", style=filled, fillcolor=black, fontcolor=white, width=0.5];")
            lines.append("  \"(start)\" -> \(Self.dotQuoted(start.id));")
        }
        for node in nodes {
            var attributes = ["label=\(Self.dotQuoted(Self.caption(node)))"]
            switch node.kind {
            case .beat: break
            case .resolvedEnd, .resolvedExit: attributes += ["peripheries=2", "color=darkgreen", "fontcolor=darkgreen"]
            case .hangUpEnd, .hangUpExit: attributes += ["shape=octagon", "style=\"rounded,bold\"", "color=red", "fontcolor=red"]
            case .anytime: attributes += ["shape=note", "style=dashed"]
            }
            if !node.isReachable { attributes += ["style=\"rounded,dashed\"", "fontcolor=gray"] }
            lines.append("  \(Self.dotQuoted(node.id)) [\(attributes.joined(separator: ", "))];")
        }
        for edge in edges {
            var attributes = ["label=\(Self.dotQuoted(Self.edgeCaption(edge)))"]
            if edge.from == Self.anytimeID { attributes.append("style=dashed") }
            if !edge.canFire { attributes += ["color=gray", "fontcolor=gray", "style=dotted"] }
            lines.append("  \(Self.dotQuoted(edge.from)) -> \(Self.dotQuoted(edge.to)) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    /// The graph as a Mermaid flowchart, for Markdown files that render Mermaid.
    public var mermaid: String {
        var names: [String: String] = [:]
        for (index, node) in nodes.enumerated() { names[node.id] = "n\(index)" }
        func name(_ id: String) -> String { names[id] ?? "unknown" }
        var lines = ["flowchart LR"]
        if let start = nodes.first(where: \.isStart) {
            lines.append("  start((start)) --> \(name(start.id))")
        }
        for node in nodes {
            let caption = Self.mermaidText(Self.caption(node))
            switch node.kind {
            case .beat: lines.append("  \(name(node.id))[\"\(caption)\"]")
            case .resolvedEnd, .resolvedExit: lines.append("  \(name(node.id))([\"\(caption)\"])")
            case .hangUpEnd, .hangUpExit: lines.append("  \(name(node.id)){{\"\(caption)\"}}")
            case .anytime: lines.append("  \(name(node.id))>\"\(caption)\"]")
            }
        }
        for edge in edges {
            let arrow = edge.from == Self.anytimeID || !edge.canFire ? "-.->" : "-->"
            lines.append("  \(name(edge.from)) \(arrow)|\"\(Self.mermaidText(Self.edgeCaption(edge)))\"| \(name(edge.to))")
        }
        lines.append("  classDef resolved fill:#e3f6e3,stroke:#2a7a2a,color:#1d5e1d")
        lines.append("  classDef hangup fill:#fbe4e4,stroke:#c62828,color:#8e1c1c")
        lines.append("  classDef unreachable stroke-dasharray:4 3,color:#888")
        let resolved = nodes.filter { $0.kind == .resolvedEnd || $0.kind == .resolvedExit }.map { name($0.id) }
        let hangUp = nodes.filter { $0.kind == .hangUpEnd || $0.kind == .hangUpExit }.map { name($0.id) }
        let unreachable = nodes.filter { !$0.isReachable }.map { name($0.id) }
        if !resolved.isEmpty { lines.append("  class \(resolved.joined(separator: ",")) resolved") }
        if !hangUp.isEmpty { lines.append("  class \(hangUp.joined(separator: ",")) hangup") }
        if !unreachable.isEmpty { lines.append("  class \(unreachable.joined(separator: ",")) unreachable") }
        return lines.joined(separator: "\n")
    }

    /// A node's caption: the beat id, with its end.
    static func caption(_ node: Node) -> String {
        switch node.kind {
        case .beat: node.id + (node.isReachable ? "" : " (unreachable)")
        case .resolvedEnd: node.id + " — resolved"
        case .hangUpEnd: node.id + " — hang-up"
        case .anytime: "anytime"
        case .resolvedExit: "resolved"
        case .hangUpExit: "hang-up"
        }
    }

    /// An edge's caption: the condition, with `(once)` and `(never fires)` when they apply.
    static func edgeCaption(_ edge: Edge) -> String {
        let label = edge.label.unicodeScalars.count <= maxLabel
            ? edge.label : String(String.UnicodeScalarView(edge.label.unicodeScalars.prefix(maxLabel - 1))) + "…"
        return label + (edge.once ? " (once)" : "") + (edge.canFire ? "" : " (never fires)")
    }

    /// The longest condition shown on an edge, in scalars; longer ones are cut with `…`.
    static let maxLabel = 72

    /// A DOT string, quoted and escaped.
    static func dotQuoted(_ text: String) -> String {
        "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"").replacingAll("\n", with: " ") + "\""
    }

    /// Text safe inside a quoted Mermaid label.
    static func mermaidText(_ text: String) -> String {
        text.replacingAll("\"", with: "#quot;").replacingAll("<", with: "#lt;").replacingAll(">", with: "#gt;").replacingAll("\n", with: " ")
    }
}

extension String {
    /// The string with every `target` replaced by `replacement` (no Foundation in Core); shared
    /// with the content module's format reference.
    package func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
