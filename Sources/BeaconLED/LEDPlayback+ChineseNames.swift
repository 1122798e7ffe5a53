import BeaconCore
import Foundation

extension LEDPlayback.Effect {
    /// The effects' names in the controller packages' Chinese menus (docs/led-boards.md), which
    /// `effect:` accepts as well as the English ones: a clerk copies `飘雪` from the menu.
    public static let chineseNames: [String: LEDPlayback.Effect] = [
        "立即显示": .none, "左移": .left, "连续左移": .left, "右移": .right, "上移": .up, "下移": .down,
        "快速打出": .type, "闪烁": .blink, "飘雪": .snow, "随机": .random,
    ]

    /// The effect named `name` in English (any case) or Chinese.
    public init?(named name: String) {
        let s = name.trimmingSpaces()
        if let e = Self(rawValue: s.lowercased()) ?? Self.chineseNames[s] { self = e } else { return nil }
    }
}
