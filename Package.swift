// swift-tools-version: 6.1
import PackageDescription

/// Beacon's modules, dependencies pointing one way (each target lists exactly the modules its
/// files import; scripts/check-imports.py, run by scripts/test, holds the two together):
/// C wrappers, Yams, BeaconTheme, BeaconCairo, BeaconWords → BeaconCore → BeaconPrivacy, BeaconContent, BeaconMarkdown
/// → BeaconStats → renderers (BeaconSite, BeaconLED, BeaconLeaflet → BeaconShare) → BeaconBuild
/// → BeaconServe → `beacon`, a module using only modules to its left; BeaconStarter (`beacon new`)
/// uses BeaconContent, not the build.
///
/// Linux only (Debian's -dev packages below): the preview's file watcher is inotify, and no
/// platform is claimed that nothing builds or tests.
let package = Package(
    name: "Beacon",
    products: [
        .executable(name: "beacon", targets: ["beacon"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // swift-mustache 2.1.1 with the rendering speed-ups listed in Vendor/swift-mustache/PATCHES.md.
        .package(path: "Vendor/swift-mustache"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // C libraries from Debian's -dev packages.
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        // Share posters written as PNG with fast compression settings (Cairo's own writer has none).
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        // Page boxes (TrimBox, BleedBox) and /Lang added to Cairo's PDFs after the fact.
        .systemLibrary(name: "CQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),
        // glibc's allocator settings (`mallopt`), which Glibc's module does not export.
        .systemLibrary(name: "CMalloc"),
        // Word boundaries (Chinese by dictionary) for breaking leaflet headlines and LED lines between words.
        .systemLibrary(name: "CICU", pkgConfig: "icu-uc", providers: [.apt(["libicu-dev"])]),
        // The one ICU call Beacon makes, behind a header without ICU's (Foundation brings its own ICU).
        .target(name: "CWordBreak", dependencies: ["CICU"]),

        // ICU's word boundaries in Swift, for the two renderers that break Chinese lines (LED, leaflets).
        .target(name: "BeaconWords", dependencies: ["CWordBreak"]),
        .target(name: "BeaconCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "BeaconPrivacy", dependencies: ["BeaconCore"]),
        // The default theme built into Beacon, the base layer under every site's own theme files.
        .target(name: "BeaconTheme", exclude: ["default"], plugins: ["EmbedStarter"]),
        .target(name: "BeaconContent", dependencies: ["BeaconCore", "BeaconTheme"]),
        .target(name: "BeaconStats", dependencies: ["BeaconCore", "BeaconContent"]),
        .target(name: "BeaconMarkdown", dependencies: ["CCmark", "BeaconCore"]),
        .target(name: "BeaconSite", dependencies: [
            "BeaconCore", "BeaconContent", "BeaconMarkdown", "BeaconStats",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The one Cairo image surface with its PNG writer, for LED previews, leaflet pages and posters.
        .target(name: "BeaconCairo", dependencies: ["CPangoCairo"]),
        .target(name: "BeaconLED", dependencies: ["CPangoCairo", "BeaconCairo", "BeaconWords", "BeaconCore", "BeaconContent", "BeaconStats"]),
        .target(name: "BeaconLeaflet", dependencies: ["CPangoCairo", "BeaconCairo", "CQRencode", "CPNG", "CQPDF", "BeaconWords", "BeaconCore", "BeaconContent", "BeaconStats", "BeaconMarkdown"]),
        // The WeChat share kit: group messages, what posters show, the /share/ page (drawn by BeaconLeaflet).
        .target(name: "BeaconShare", dependencies: ["BeaconCore", "BeaconContent", "BeaconMarkdown", "BeaconStats", "BeaconLeaflet"]),
        .target(name: "BeaconBuild", dependencies: [
            "BeaconCore", "BeaconContent", "BeaconMarkdown", "BeaconSite", "BeaconLED", "BeaconLeaflet", "BeaconPrivacy", "BeaconStats",
            "BeaconShare",
        ]),
        // The starter site, the message translations and the default theme, embedded at build time.
        .executableTarget(name: "EmbedFiles"),
        .plugin(name: "EmbedStarter", capability: .buildTool(), dependencies: ["EmbedFiles"]),
        .target(name: "BeaconStarter", dependencies: ["BeaconCore", "BeaconContent", "BeaconTheme"], exclude: ["Site", "Messages"], plugins: ["EmbedStarter"]),
        .target(name: "BeaconServe", dependencies: [
            "BeaconCore", "BeaconContent", "BeaconBuild",
        ]),
        .executableTarget(name: "beacon", dependencies: [
            "CMalloc", "BeaconCore", "BeaconContent", "BeaconBuild", "BeaconServe", "BeaconStarter", "BeaconTheme",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Fuzz target for content files; see the comment in Sources/FuzzFrontMatter for the libFuzzer build.
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["BeaconCore", "BeaconContent", "BeaconMarkdown", "BeaconPrivacy"]),
        .testTarget(name: "BeaconTests", dependencies: [
            "BeaconCore", "BeaconStats", "BeaconPrivacy", "BeaconContent", "BeaconMarkdown", "BeaconSite",
            "BeaconLED", "BeaconLeaflet", "BeaconShare", "BeaconBuild", "BeaconServe", "BeaconStarter", "BeaconTheme",
            "BeaconWords",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "PropertyBased", package: "swift-property-based"),
            .product(name: "Yams", package: "Yams"),
        ]),
    ]
)
