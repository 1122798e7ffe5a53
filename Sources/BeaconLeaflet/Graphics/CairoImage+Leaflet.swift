import BeaconCairo
import Foundation

extension CairoImage {
    /// An image for a page preview, banner preview or share picture; where the LED preview
    /// simply has none, a leaflet's build names the problem.
    static func picture(width: Int, height: Int) throws -> CairoImage {
        guard let image = CairoImage(width: width, height: height) else {
            throw LeafletRenderError("Cairo could not make an image of \(width) × \(height) pixels.")
        }
        return image
    }

    /// The image as PNG bytes by Cairo's own encoder.
    func pngData() throws -> Data {
        do { return try png().get() } catch {
            throw LeafletRenderError("Cairo could not write the PNG preview: \(error)")
        }
    }
}
