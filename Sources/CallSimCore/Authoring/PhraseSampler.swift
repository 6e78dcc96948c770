/// Sample sentences for phrase categories, written out from the phrasebook's own patterns,
/// so the explorer's agent says things the matcher recognises in any language.
public struct PhraseSampler: Sendable {
    /// Sample sentences by category id.
    public let samples: [String: [String]]
    /// Category ids by kind, in phrasebook order.
    public let categoriesByKind: [CategoryKind: [String]]

    /// The samples of every category of `phrasebook`; slots are filled with `company` and
    /// `customer`, and `{agent}` with a placeholder name.
    public init(phrasebook: Phrasebook, company: String?, customer: String?) {
        var samples: [String: [String]] = [:]
        var byKind: [CategoryKind: [String]] = [:]
        for category in phrasebook.categories {
            var sentences: [String] = []
            for entry in category.phrases {
                guard let expansions = try? PhrasePattern.expand(entry.pattern), !expansions.isEmpty else { continue }
                let picks = Set([0, expansions.count / 2, expansions.count - 1])
                for index in picks.sorted() {
                    sentences.append(Self.sentence(expansions[index], company: company, customer: customer))
                }
            }
            guard !sentences.isEmpty else { continue }
            if samples[category.id] == nil { byKind[category.kind, default: []].append(category.id) }
            samples[category.id, default: []] += sentences
        }
        self.samples = samples
        categoriesByKind = byKind
    }

    /// A sentence of `category`, chosen by `generator`; nil when it has none.
    public func sample(_ category: String, using generator: inout SeededGenerator) -> String? {
        guard let sentences = samples[category], !sentences.isEmpty else { return nil }
        return sentences[Int(generator.next() % UInt64(sentences.count))]
    }

    /// An expanded pattern written out: words as they are, one filler word per wildcard.
    static func sentence(_ elements: [PatternElement], company: String?, customer: String?) -> String {
        elements.map { element in
            switch element {
            case .word(let word): word
            case .wildcard: "really"
            case .slot("company"): company ?? "the company"
            case .slot("customer"): customer ?? "there"
            case .slot: "Sam"
            }
        }.joined(separator: " ")
    }
}
