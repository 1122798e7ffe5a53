/// A small bilingual site with one of everything, used by the website tests.
enum Fixtures {
    static let bilingual: [String: String] = [
        "content/bulletins/sept.zh.md": page("title: 九月警情通报\ndate: 2021-09-30\nfraud_type: task-rebate\namount: 2300000\narrested: 18\nled: 九月破获刷单团伙",
                                             "本月破获一个刷单团伙。\n详见[典型案例](@/cases/rebate.md)和[热线](@/pages/hotline.md)。\n\n<script>alert('x')</script>\n\n## 警方提示\n\n不要刷单。"),
        "content/bulletins/sept.en.md": page("title: September bulletin\ndate: 2021-09-30\nfraud_type: task-rebate",
                                             "We broke up a rebate gang. See [the case](@/cases/rebate.md) and the [hotline](@/pages/hotline.md)."),
        "content/bulletins/only-zh.zh.md": page("title: 只有中文的通报\ndate: 2021-08-01", "这一篇没有英文版。"),
        "content/bulletins/secret.zh.md": page("title: 草稿通报\ndate: 2021-10-01\ndraft: true", "草稿内容。"),
        "content/bulletins/later.zh.md": page("title: 未到发布时间\ndate: 2021-10-02\npublish_at: 2999-01-01", "禁发内容。"),
        "content/cases/rebate.zh.md": page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate\nloss: 23000\nvictim: 王某（女，45岁）",
                                           "王某在家中\n收到刷单信息。\n\n## 案情简介\n\n王某被骗。\n\n## 警方提示\n\n凡是刷单都是诈骗。"),
        "content/cases/rebate.en.md": page("title: A rebate scam\ndate: 2021-06-12\nfraud_type: task-rebate\nloss: 23000\nvictim: Ms Wang, 45",
                                           "Ms Wang got a message.\n\n## Police advice\n\nAll paid order-brushing is fraud."),
        "content/pages/hotline.zh.md": page("title: 防骗热线\nmenu: true\nweight: 2", "报警请拨打110。"),
        "content/pages/hotline.en.md": page("title: Hotlines\nmenu: true\nweight: 2", "Call 110."),
        "content/slogans.yaml": "- {zh: 公检法没有安全账户, en: Police have no safe account}\n- {zh: 接到96110来电请务必接听, en: Always answer 96110}\n",
    ]
}
