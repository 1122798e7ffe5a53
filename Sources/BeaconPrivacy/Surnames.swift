/// Chinese surnames, the anchor of the full-name check: a name is a surname followed by one or
/// two given-name characters. Surnames that are also everyday words right after 被害人
/// (和, 时, 都, 应, 全, 相, 利, 明, 信, 平, 国, 来) are left out so that 被害人和家人 or
/// 被害人时常 are not taken for names.
enum Surnames {
    static let single: Set<Character> = Set("""
    王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉仝郜阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋初门云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅於呼居揭干但尉冶斯束檀衣展阴昝智幸奉植衡富尧闭
    """.filter { !$0.isWhitespace })

    static let compound: Set<String> = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
                                        "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "万俟",
                                        "闻人", "百里", "呼延", "澹台", "公冶", "太史", "申屠", "钟离", "赫连", "拓跋"]

    /// The most common surnames that are seldom an everyday word straight after 被害人 or
    /// 嫌疑人. After a trigger word, one of these and a given name count as a full name even
    /// when more hanzi follow with no break (嫌疑人王建国冒充…); the everyday words that do
    /// begin with one (陈述, 付款, 张贴…) are in `ChineseNameDetector.notNames`.
    static let common: Set<Character> = Set("""
    王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦付傅邹孟熊秦邱尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿焦俞柳祝包舒阮柯纪梅童凌裴霍涂苗盛翁冉骆蓝辛靳管柴鲍喻祁蒲滕屈饶牟艾尤穆卓缪褚娄窦戚岑蔺
    """.filter { !$0.isWhitespace })
}
