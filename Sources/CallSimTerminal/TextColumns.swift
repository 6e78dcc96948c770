/// Column layout for terminal tables, counting Unicode scalars so Arabic and Persian line up.
extension String {
    /// The string padded with spaces on the right to `width` columns.
    public func padded(to width: Int) -> String {
        let count = unicodeScalars.count
        return count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// The string padded with spaces on the left to `width` columns.
    public func leftPadded(to width: Int) -> String {
        let count = unicodeScalars.count
        return count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
