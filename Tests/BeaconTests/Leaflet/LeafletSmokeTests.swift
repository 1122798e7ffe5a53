import Testing
import Foundation
@testable import BeaconLeaflet

@Suite struct LeafletSmokeTests {
    @Test func buildsTheFixture() throws {
        let (dir, files, _) = try LeafletFixture.build()
        print("OUT", dir.path, files.map(\.path))
    }
}
