/// Reading Unicode scalars straight from a `String`'s UTF-8 bytes, which are always valid.
enum UTF8Scalars {
    /// The scalar that starts at `offset` and the offset just past it.
    @inline(__always)
    static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(utf8[offset])
        let value: UInt32
        let length: Int
        if lead < 0x80 {
            return (Unicode.Scalar(UInt8(lead)), offset + 1)
        } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(utf8[offset + 1] & 0x3F)
            length = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(utf8[offset + 1] & 0x3F) << 6 | UInt32(utf8[offset + 2] & 0x3F)
            length = 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(utf8[offset + 1] & 0x3F) << 12
                | UInt32(utf8[offset + 2] & 0x3F) << 6 | UInt32(utf8[offset + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", offset + length)
    }

    /// The offset where the scalar that ends just before `offset` starts.
    @inline(__always)
    static func start(before offset: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var index = offset - 1
        while index > 0, utf8[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }
}
