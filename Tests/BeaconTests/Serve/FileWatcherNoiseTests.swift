@testable import BeaconServe
import Testing

/// Files an editor or a tool writes beside the real one for a moment are not changes to report.
@Suite struct FileWatcherNoiseTests {
    @Test(arguments: ["sedU2G8ly", "sedPFYS3f", ".case.zh.md.swp", "case.zh.md~", "#case.zh.md#", "4913"])
    func scratchFilesAreNoise(name: String) {
        #expect(FileWatcher.isNoise(name))
    }

    @Test(arguments: ["sedan.zh.md", "sed.yaml", "sedimentary", "customs-parcel.zh.md", "site.yaml"])
    func realFilesAreNot(name: String) {
        #expect(!FileWatcher.isNoise(name))
    }
}
