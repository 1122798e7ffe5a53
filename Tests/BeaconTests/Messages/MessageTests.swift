import BeaconCore
import Testing

/// Messages keep their English template and arguments and are said in a language when shown.
@Suite struct MessageTests {
    static let catalog = MessageCatalog(language: .zh, translations: ["zh": translations])
    static let translations = [
        "The slug `%1` is already used by %2.": "slug `%1` 已被 %2 使用。",
        "Use one of the known %1: %2.": "请使用已有的%1之一：%2。",
        "fraud types": "诈骗类型",
        "Growth of 5%% in %1.": "%1 增长 5%%。",
    ]

    @Test func anInterpolatedLiteralBecomesATemplateWithNumberedArguments() {
        let slug = "task-rebate", other = "content/cases/a.zh.md"
        let m: Message = "The slug `\(slug)` is already used by \(other)."
        #expect(m.template == "The slug `%1` is already used by %2.")
        #expect(m.arguments == [.text(slug), .text(other)])
        #expect(m.english == "The slug `task-rebate` is already used by content/cases/a.zh.md.")
    }

    @Test func aTranslationMayMoveTheArguments() {
        let m: Message = "The slug `\("x")` is already used by \("b.md")."
        #expect(m.text(in: .zh, catalog: Self.catalog) == "slug `x` 已被 b.md 使用。")
        #expect(m.text(in: .en, catalog: Self.catalog) == "The slug `x` is already used by b.md.")
    }

    @Test func aNestedMessageIsTranslatedInTurn() {
        let noun: Message = "fraud types"
        let m: Message = "Use one of the known \(noun): \("`a`, `b`")."
        #expect(m.text(in: .zh, catalog: Self.catalog) == "请使用已有的诈骗类型之一：`a`, `b`。")
        #expect(m.english == "Use one of the known fraud types: `a`, `b`.")
    }

    @Test func percentSignsSurviveAndDoNotBecomePlaceholders() {
        let m: Message = "Growth of 5% in \(2021)."
        #expect(m.template == "Growth of 5%% in %1.")
        #expect(m.english == "Growth of 5% in 2021.")
        #expect(m.text(in: .zh, catalog: Self.catalog) == "2021 增长 5%。")
        #expect(Message(verbatim: "100% %1 of text").english == "100% %1 of text", "verbatim text is never read as a template")
    }

    @Test func anUntranslatedMessageStaysEnglish() {
        let m: Message = "Something Beacon has no words for: \("x")."
        #expect(m.text(in: .zh, catalog: Self.catalog) == "Something Beacon has no words for: x.")
    }

    @Test func joinedMessagesAreTranslatedPieceByPiece() {
        let m: Message = "fraud types" + " (and more)"
        #expect(m.text(in: .zh, catalog: Self.catalog) == "诈骗类型 (and more)")
    }

    @Test(arguments: [
        (["LANG": "zh_CN.UTF-8"], "zh"),
        (["LANG": "en_GB.UTF-8"], "en"),
        (["LANG": "C"], "en"),
        ([:], "en"),
        (["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"], "zh"),
        (["BEACON_LANG": "en", "LANG": "zh_CN.UTF-8"], "en"),
        (["BEACON_LANG": "zh"], "zh"),
        (["LANG": "fr_FR.UTF-8"], "en"),
    ])
    func theLanguageComesFromTheEnvironment(environment: [String: String], expected: String) {
        #expect(MessageCatalog.language(environment: environment, available: ["en", "zh"]).code == expected)
    }

    @Test func aReportIsWrittenInTheFormattersLanguage() {
        let d = Diagnostic.error("content/cases/b.zh.md", line: 3, "The slug `\("x")` is already used by \("a.md").",
                                 hint: "Use one of the known \(Message("fraud types")): \("`a`").")
        let zhCatalog = MessageCatalog(language: .zh, translations: ["zh": Self.translations.merging(["error": "错误", "fix": "改法"]) { a, _ in a }])
        let zh = DiagnosticFormatter(color: false, catalog: zhCatalog).format(d)
        #expect(zh.hasPrefix("content/cases/b.zh.md:3: 错误: slug `x` 已被 a.md 使用。"))
        #expect(zh.contains("改法: 请使用已有的诈骗类型之一：`a`。"))
        let en = DiagnosticFormatter(color: false, language: .en, catalog: zhCatalog).format(d)
        #expect(en.hasPrefix("content/cases/b.zh.md:3: error: The slug `x` is already used by a.md."))
    }
}
