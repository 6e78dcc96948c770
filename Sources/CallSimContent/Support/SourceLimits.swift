/// Limits that keep a hostile or broken file from hanging or exhausting the program.
enum SourceLimits {
    /// Files larger than this are not read.
    static let maxFileBytes = 4 * 1024 * 1024
    /// The most values read from one document; aliases can make a small file hold billions.
    static let maxNodes = 100_000
    /// The deepest nesting of lists and mappings read.
    static let maxDepth = 64
    /// The most duplicate keys recovered from in one file before giving up.
    static let maxDuplicateKeys = 20
}
