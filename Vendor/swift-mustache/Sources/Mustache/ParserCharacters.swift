//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// A set of Characters the parser reads up to or over, tested without hashing every Character of
/// a template: a Character of one ASCII scalar is looked up in a bit mask, made by asking the set
/// about each of the 128 (so it answers as the set does); any other Character (`"\r\n"`, Chinese
/// text, a letter with a combining mark) is looked up in the set, as before.
struct ParserCharacters: Sendable {
    private let set: Set<Character>
    private let low: UInt64
    private let high: UInt64

    init(_ set: Set<Character>) {
        self.set = set
        var low: UInt64 = 0
        var high: UInt64 = 0
        for byte in UInt8(0)..<128 where set.contains(Character(Unicode.Scalar(byte))) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        self.low = low
        self.high = high
    }

    init(_ characters: String) {
        self.init(Set(characters))
    }

    func contains(_ character: Character) -> Bool {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first, byte < 128 {
            return byte < 64 ? self.low & (1 << UInt64(byte)) != 0 : self.high & (1 << UInt64(byte - 64)) != 0
        }
        return self.set.contains(character)
    }
}
