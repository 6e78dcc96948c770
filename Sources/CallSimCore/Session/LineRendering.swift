/// Fills the placeholders of a customer line: `{agent}`, `{company}`, `{customer}` and the
/// customer's facts (`{account-number}`, `{date-of-birth}`, ...).
enum LineRendering {
    static func render(_ text: String, facts: [String: String], agent: String?, company: String?, customer: String?) -> String {
        guard text.contains("{") else { return text }
        var values = facts
        values["agent"] = agent ?? ""
        values["company"] = company ?? ""
        values["customer"] = customer ?? ""
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                result += rest[open...]
                return result
            }
            let key = String(rest[rest.index(after: open)..<close])
            if let value = values[key] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
