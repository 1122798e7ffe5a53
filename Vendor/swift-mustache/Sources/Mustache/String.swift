//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

extension String {
    private static let htmlEscapedCharacters: [Character: String] = [
        "<": "&lt;",
        ">": "&gt;",
        "&": "&amp;",
        "\"": "&quot;",
        "'": "&#39;",
    ]
    /// HTML escape string. Replace '<', '>' and '&' with HTML escaped versions
    func htmlEscape() -> String {
        // Most text has nothing to escape: found by its bytes, it is returned as it is. Text where
        // each character to escape has ASCII bytes on both sides is escaped byte by byte: there
        // every one of them is a character of its own (no mark or prepended scalar joins it).
        // Other text goes through its characters as before.
        switch self.utf8.withContiguousStorageIfAvailable({ Self.escaping($0) }) ?? .byCharacters {
        case .none: return self
        case .byBytes: return self.htmlEscapeBytes()
        case .byCharacters: return self.htmlEscapeCharacters()
        }
    }

    private enum Escaping { case none, byBytes, byCharacters }

    private static func escaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Escaping {
        var escaping = Escaping.none
        for i in bytes.indices where Self.isEscaped(bytes[i]) {
            if (i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.count && bytes[i + 1] >= 0x80) {
                return .byCharacters
            }
            escaping = .byBytes
        }
        return escaping
    }

    private static func isEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// HTML escape string by its UTF-8 bytes
    private func htmlEscapeBytes() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(self.utf8.count + 16)
        for byte in self.utf8 {
            switch byte {
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// HTML escape string character by character
    private func htmlEscapeCharacters() -> String {
        var newString = ""
        newString.reserveCapacity(count)
        // currently doing this by going through each character could speed
        // this us by treating as an array of UInt8's
        for c in self {
            if let replacement = Self.htmlEscapedCharacters[c] {
                newString += replacement
            } else {
                newString.append(c)
            }
        }
        return newString
    }
}
