import Foundation

/// The press condition a leaflet is prepared for, as PDF/X asks: a CMYK output profile
/// embedded as the PDF's OutputIntent. Beacon uses Ghostscript's default CMYK profile
/// (`Artifex CMYK SWOP Profile`, from Debian's `libgs-common`, listed in
/// scripts/debian-packages.txt); it is read from the system, not shipped with Beacon.
struct OutputIntent: Sendable {
    var profile: Data
    /// Names the condition for the print shop (the profile's own description).
    var condition: String

    /// Where Debian installs the profile.
    static let paths = ["/usr/share/color/icc/ghostscript/default_cmyk.icc"]

    /// The profile when it is installed: a CMYK output-device (`prtr`) ICC profile.
    static let system: OutputIntent? = {
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path), data.count > 128 else { continue }
            let bytes = [UInt8](data)
            // Header: device class at 12 (`prtr`), colour space at 16 (`CMYK`).
            guard String(decoding: bytes[12..<16], as: UTF8.self) == "prtr", String(decoding: bytes[16..<20], as: UTF8.self) == "CMYK" else { continue }
            return OutputIntent(profile: data, condition: "Artifex CMYK SWOP Profile")
        }
        return nil
    }()
}
