@testable import BeaconPrivacy
import Testing

/// Realistic sentences from case write-ups, written before the name rules were tuned to them
/// (Dec 2): what the guard must flag and what it must let through, in both languages. A miss
/// publishes a person's name; a false alarm fails a clerk's build. Both count.
@Suite struct NameSentenceTests {
    static let chineseFlagged: [String] = [
        "受害人系刘晓明，今年52岁，家住城南街道。",
        "学生刘晓明（男，19岁）在宿舍接到自称“客服”的电话。",
        "被害人为张秀兰，系退休职工。",
        "报警人名叫王建军，在本地一家物流公司上班。",
        "事主叫李桂芳，在菜市场经营一个摊位。",
        "当事人是陈志强，他称自己被骗了三万元。",
        "老人赵德明（男，76岁）接到“孙子”打来的求助电话。",
        "女子周丽娟（女，34岁）在交友网站上结识一名“男友”。",
        "男子孙海涛（男，41岁）被骗走全部积蓄。",
        "犯罪嫌疑人系吴国华，现已被刑事拘留。",
        "嫌疑人名叫郑建平，自称是某平台客服。",
        "报案人刘建华（男，45岁）称其在网上投资被骗。",
        "事主马丽（女，28岁）按对方要求下载了一款APP。",
        "村民何志刚（男，63岁）收到一条“医保卡异常”的短信。",
        "大学生林晓燕（女，20岁）在兼职群里看到刷单广告。",
        "退休教师郭秀英（女，67岁）被“保健品专家”骗走八万元。",
        "被害人叫罗永红，是一名个体户。",
        "受骗人为谢春梅，系某超市收银员。",
        "当事人系冯晓军（男，39岁）。",
        "经查，犯罪嫌疑人名叫邓超群，曾因诈骗被判刑。",
        "居民杨晓东（男，52岁）向派出所报警。",
        "受害者是宋玉珍，今年70岁。",
        "嫌疑人系唐志伟、韩冰二人。",
        "事主系许文龙（男，33岁），个体经营者。",
        "被害人即黄丽萍本人。",
        "市民徐梦婷（女，25岁）在网购时遇到“退款客服”。",
        "女子沈佳怡（女，31岁）报警称被骗。",
        "受害人是一位名叫曹玉兰的老人。",
        "男子彭立新，45岁，被冒充公检法的骗子骗走20万元。",
        "嫌疑人叫潘宏伟，今年27岁。",
        "被害人名叫蔡淑芬，系我县某村村民。",
        "店主袁建新（男，50岁）收到一笔“多转”的款项。",
        "当事人名叫苏明辉，在某小区做保安。",
        "老人魏桂兰（女，81岁）在家门口被“推销员”拦住。",
        "受害人为丁文静（女，29岁）。",
        "学生任嘉豪（男，16岁）为买游戏装备被骗。",
        "男子姚志军（男，38岁）因贪图高额返利被骗。",
        "女子崔雅琴（女，45岁）接到“快递理赔”电话。",
        "报警人是钟国强，系被害人的儿子。",
        "事主卢秀梅称，对方自称是“公安局民警”。",
        "被害人刘晓明（男，19岁）。",
    ]

    /// Still missed (Dec 2): a description between the link word and the name, and a full
    /// name listed after an anonymised one. A reviewer must catch these.
    static let chineseKnownMisses: [String] = [
        "报警人系该公司会计蒋晓红。",
        "犯罪嫌疑人为董某某、卢建勇等5人。",
        "被害人系在校学生吕浩然。",
    ]

    static let chinesePassed: [String] = [
        "受害人系刘某，今年52岁，家住城南街道。",
        "学生刘某（男，19岁）在宿舍接到自称“客服”的电话。",
        "被害人为张女士，系退休职工。",
        "报警人名叫王某某，在本地一家物流公司上班。",
        "事主李阿姨在菜市场经营一个摊位。",
        "老人赵某（男，76岁）接到“孙子”打来的求助电话。",
        "女子周某（女，34岁）在交友网站上结识一名“男友”。",
        "男子孙某某（男，41岁）被骗走全部积蓄。",
        "犯罪嫌疑人系刘某某，现已被刑事拘留。",
        "受害人为女性，年龄在30至45岁之间。",
        "被害人系我县居民，平时独居。",
        "嫌疑人是谁？民警经过三天调查锁定了目标。",
        "嫌疑人为牟取暴利，专挑老年人下手。",
        "被害人是一名在校大学生。",
        "当事人系夫妻关系。",
        "一名公务员（男，35岁）险些被骗。",
        "其母亲（女，70岁）接到电话后立即转账。",
        "一位老人（男，80岁）在银行柜台前犹豫不决。",
        "学生小王（男，19岁）及时识破了骗局。",
        "老人张大爷（男，76岁）在社区民警的劝阻下停止了转账。",
        "受害人是单身女性，平时喜欢网购。",
        "嫌疑人系初犯，到案后如实供述。",
        "报警人称其母亲被骗。",
        "事主发现被骗后立即报警。",
        "当事人为何会相信对方？",
        "被害人为公司职员，月收入不高。",
        "女子李女士（女，45岁）报警称被骗。",
        "学生刘洋（化名，男，19岁）在宿舍接到电话。",
        "村民们自发组织反诈宣传队。",
        "男子称自己是“银行工作人员”。",
        "大学生兼职刷单被骗的案例屡见不鲜。",
        "老人在子女的帮助下追回部分损失。",
        "嫌疑人为境外诈骗团伙成员。",
        "受害人为中老年人的案件占比较高。",
        "报警人系被害人的女儿。",
        "事主系个体工商户，经营一家小餐馆。",
        "被害人叫苦不迭，后悔没有听民警的话。",
        "当事人是否知情，还有待调查。",
        "嫌疑人为了逃避打击，频繁更换手机号。",
        "一名男子（45岁）在ATM机前被民警劝阻。",
        "王某（男，45岁）系本案被害人。",
        "受害人是谁并不重要，重要的是如何防范。",
        "犯罪嫌疑人系无业人员。",
        "女子小李（女，23岁）在直播间被“主播”诱导充值。",
        "被害人为高某（女，58岁）。",
        "学生会主席（男，21岁）带头参加反诈讲座。",
        "报警人是一名外卖骑手。",
        "嫌疑人是同一伙人。",
        "事主钱女士（女，55岁）在民警帮助下挽回损失。",
        "老人常年独居，警惕性较低。",
        "学生党员带头宣传反诈知识。",
        "男子高某某（男，41岁）被骗。",
    ]

    static let englishFlagged: [String] = [
        "The victim Liu Xiaoming's mother called the police.",
        "The victim, Zhang Xiuying, transferred 30,000 yuan.",
        "A woman named Zhou Lijuan met a \"boyfriend\" on a dating site.",
        "A man named Sun Haitao lost his savings.",
        "Student Liu Xiaoming (male, 19) received a call in his dormitory.",
        "The suspect Wu Guohua has been detained.",
        "Suspect Zheng Jianping claimed to be a customer service agent.",
        "The victim's name is Huang Liping.",
        "Victim Luo Yonghong runs a small shop.",
        "The elderly man Zhao Deming (male, 76) got a call from his \"grandson\".",
        "Villager He Zhigang (male, 63) received a text about his medical insurance card.",
        "The caller, Wang Jianjun, works for a logistics company.",
        "Police said the suspect was Deng Chaoqun.",
        "The victim was Song Yuzhen, 70.",
        "A university student named Lin Xiaoyan saw a click-farming ad.",
        "The victim Chen Zhiqiang said he lost 30,000 yuan.",
        "Suspects Tang Zhiwei and Han Bing were arrested.",
        "The woman, Shen Jiayi (female, 31), reported the fraud.",
        "Retired teacher Guo Xiuying (female, 67) lost 80,000 yuan.",
        "The man, Peng Lixin, 45, was cheated by fake police.",
        "The victim Cao Yulan's son noticed the transfers.",
        "Shop owner Yuan Jianxin (male, 50) received a \"mistaken\" payment.",
        "The victim, Xu Mengting, 25, was shopping online.",
        "A man called Yao Zhijun was promised high returns.",
        "The suspect, Pan Hongwei, 27, was caught in Kunming.",
        "Victims Cai Shufen and Wang Mou were both retired.",
        "The complainant Su Minghui works as a security guard.",
        "The woman Cui Yaqin (female, 45) was called by a fake courier.",
        "Resident Yang Xiaodong (male, 52) reported the scam at the police station.",
        "The victim is Ding Wenjing, a nurse.",
        "The student Ren Jiahao (male, 16) paid for game items.",
        "The victim's daughter said the victim, Wei Guilan, had been alone at home.",
        "Suspect Wang Dachui's bank accounts were frozen.",
        "The old man Zhong Guoqiang was stopped at the bank counter.",
        "The man Lu Jianyong (male, 38) was detained.",
        "The victim Ma Li (female, 28) downloaded the app.",
        "the victim Liu Xiaoming’s phone was taken over.",
        "A victim named Xie Chunmei lost 5,000 yuan.",
        "The party Feng Xiaojun (male, 39) declined to comment.",
        "The victim, Jiang Xiaohong, is an accountant.",
        "Victim Lyu Haoran was a student.",
    ]

    static let englishPassed: [String] = [
        "The victim Liu's mother called the police.",
        "The victim, Ms Zhang, transferred 30,000 yuan.",
        "A woman named Ms Zhou met a \"boyfriend\" on a dating site.",
        "A man surnamed Sun lost his savings.",
        "A student, Mr Liu (male, 19), received a call in his dormitory.",
        "The suspect Wang Mou has been detained.",
        "Suspect Zhang has been detained.",
        "The victim's name has not been released.",
        "Victim support is available at the police station.",
        "The elderly man (male, 76) got a call from his \"grandson\".",
        "Police said the suspect was a member of an overseas gang.",
        "The victim was alone at home.",
        "A university student lost 3,000 yuan to a click-farming scam.",
        "The victim said he lost 30,000 yuan.",
        "Suspects were arrested in Kunming and Xiamen.",
        "The woman reported the fraud at Gulou Police Station.",
        "The man called the anti-fraud hotline 96110.",
        "The victim Zhang said she never suspected anything.",
        "Mr Liu and Ms Wang attended the anti-fraud talk.",
        "The suspect, Liu X, was caught in Yunnan.",
        "The victim (a pseudonym: Li Hua) lost 5,000 yuan.",
        "The victim Liu Yang (a pseudonym) said he believed the caller.",
        "A woman named Wang (not her real name) lost money.",
        "Victims in Xiamen Huli district lost the most.",
        "The suspect posed as a Taobao customer service agent.",
        "The party committee of Xinhua Street organised a talk.",
        "A man in Zhangzhou Longhai lost 20,000 yuan.",
        "The student union held an anti-fraud quiz.",
        "The victim Wang, 45, works in a bank.",
        "Suspect Li was caught in Guangzhou.",
        "The old man refused to hang up.",
        "The victim, Mr Chen, runs a small shop.",
        "The woman Ms Li (female, 45) reported the scam.",
        "The suspects Zhang Mou and Li Mou were arrested.",
        "The victims Wang and Li were both retired.",
        "A man named in the report was later released.",
        "The victim in Jinjiang Chendai lost 40,000 yuan.",
        "Student Xiao Wang (male, 19) spotted the scam in time.",
        "Lao Zhang (male, 76), a retired worker, was stopped at the counter.",
        "The man, surnamed Zhao, 76, got a call.",
        "The suspect Zhang X and the victim Ms Li met online.",
        "The woman, in her fifties, reported the scam in Fuzhou.",
        "Suspect Chen Mou (male, 30) was detained.",
        "The victim Ma said he had lost 5,000 yuan.",
        "The victim, Zhang, and her husband went to the bank.",
    ]

    @Test(arguments: chineseFlagged + englishFlagged)
    func flagged(_ sentence: String) {
        let found = PIIDetector.scan(sentence)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.kind == .fullName && !$0.masked.isEmpty })
    }

    @Test(arguments: chineseKnownMisses)
    func knownMiss(_ sentence: String) {
        withKnownIssue("a description between the link word and the name, or a name after an anonymised one") {
            #expect(!PIIDetector.scan(sentence).isEmpty)
        }
    }

    @Test(arguments: chinesePassed + englishPassed)
    func passed(_ sentence: String) {
        let found = PIIDetector.scan(sentence)
        #expect(found.isEmpty, "\(found.map(\.masked))")
    }

    @Test func theListsAreLongEnough() {
        for list in [Self.chineseFlagged, Self.chinesePassed, Self.englishFlagged, Self.englishPassed] {
            #expect(list.count >= 40)
            #expect(Set(list).count == list.count)
        }
    }
}
