import BeaconContent
import BeaconCore

/// One LED board as `site.yaml` `led_boards:` describes it: its size in LEDs, the font its
/// controller draws with, the character set it reads and how it shows messages.
public struct LEDBoard: Sendable, Hashable {
    /// How the board shows a message.
    public enum Mode: String, Sendable, CaseIterable, Hashable {
        /// Screens that stand still one after another; text is split to fit.
        case `static`
        /// One line per message, moving right to left.
        case scroll
    }

    /// Lit-LED colour used by the preview.
    public enum Color: String, Sendable, CaseIterable, Hashable {
        case red, green, amber, white

        /// The unlit dot colour for CSS, `rgb(56,13,10)`.
        var cssDim: String {
            let d = rgb.dim
            return "rgb(\(Int(d.0 * 255)),\(Int(d.1 * 255)),\(Int(d.2 * 255)))"
        }

        /// Lit and unlit dot colours as 0–1 RGB.
        var rgb: (lit: (Double, Double, Double), dim: (Double, Double, Double)) {
            switch self {
            case .red: return ((1.0, 0.16, 0.10), (0.22, 0.05, 0.04))
            case .green: return ((0.20, 1.0, 0.35), (0.04, 0.18, 0.07))
            case .amber: return ((1.0, 0.70, 0.10), (0.22, 0.15, 0.03))
            case .white: return ((0.96, 0.96, 0.90), (0.17, 0.17, 0.16))
            }
        }
    }

    /// Slug naming the board's folder: `led/<name>/`.
    public var name: String
    public var width: Int
    public var height: Int
    /// Font height in pixels: 16 (the default), 24 or 32. A hanzi is `font` px wide, an ASCII character half.
    public var font: Int
    /// The controller's character set; GB2312 when not given, the set every font card has.
    public var charset: LEDCharset
    /// `static` when not given.
    public var mode: Mode
    /// The site language of the messages the board shows (`language:`, else the default).
    public var language: Language
    /// Bytes the controller holds for the area (often 512 or 1024); nil when unlimited.
    public var maxBytes: Int?
    /// How many of the newest bulletins, and of the newest cases, contribute their `led:` line.
    public var recent: Int
    public var color: Color
    /// Line of the board's entry in site.yaml, for messages.
    public var line: Int?
    /// How the board plays its screens.
    public var playback = LEDPlayback()
    /// The name people know the board by (`title: {zh: 商铺门头屏, en: Shop-front strip}`);
    /// nil shows the board's `name`.
    public var title: Localized?

    public static let fonts = [16, 24, 32]
    public static let defaultRecent = 3

    /// Lines of text one screen holds.
    public var rows: Int { max(1, height / font) }
    /// Width of an ASCII character in pixels.
    public var halfWidth: Int { font / 2 }
    /// The board's display name in `language`: its `title`, else its `name`.
    public func displayName(_ language: Language, fallback: Language? = nil) -> String {
        guard let title else { return name }
        let text = title.text(language, fallback: fallback)
        return text.isEmpty ? name : text
    }

    /// `192×16`.
    public var sizeLabel: String { "\(width)×\(height)" }
}
