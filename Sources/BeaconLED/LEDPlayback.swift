/// How a board plays its screens (`stay`, `speed`, `effect`, `align` in `led_boards:`): the
/// settings controller software asks for when a program is imported, written into
/// `program.json` and shown on the `/led/` page.
public struct LEDPlayback: Sendable, Hashable {
    /// How a screen comes onto the board. The names are the effects the common controller
    /// packages (Onbon LedshowTW / BX, ListenVision LED Player, Huidu HDPlayer) all offer; each
    /// package numbers them differently, so the program names them and the fleet tool maps them.
    public enum Effect: String, Sendable, CaseIterable, Hashable, Codable {
        /// 立即显示: the screen appears at once.
        case none
        /// 左移 / 右移 / 上移 / 下移: the screen moves in from the opposite side; on a `scroll`
        /// board `left` is 连续左移, the line running right to left without stopping.
        case left, right, up, down
        /// 快速打出: the characters appear one after another.
        case type
        /// 闪烁: the screen blinks.
        case blink
        /// 飘雪: the dots fall into place like snow.
        case snow
        /// 随机: the controller picks an effect for each screen.
        case random
    }

    /// Where a line shorter than the board sits.
    public enum Align: String, Sendable, CaseIterable, Hashable, Codable {
        case left
        case center
    }

    /// Seconds a static screen stays (default 3).
    public var stay: Int
    /// 1 (slowest) … 10 (fastest), default 5; vendors' own scales differ, so this is a level.
    public var speed: Int
    public var effect: Effect
    public var align: Align

    public static let defaultStay = 3
    public static let defaultSpeed = 5
    public static let speeds = 1...10
    public static let stays = 1...600

    public init(stay: Int = defaultStay, speed: Int = defaultSpeed, effect: Effect = .none, align: Align = .center) {
        self.stay = stay
        self.speed = speed
        self.effect = effect
        self.align = align
    }

    /// The effect a board plays when `effect:` is not given: static screens appear at once,
    /// scrolling messages run continuously to the left.
    public static func defaultEffect(for mode: LEDBoard.Mode) -> Effect { mode == .scroll ? .left : .none }
}
