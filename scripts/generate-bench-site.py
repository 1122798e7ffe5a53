#!/usr/bin/env python3
"""Writes a large bilingual site that looks like a real office's bulletins, for benchmarking.

Usage: scripts/generate-bench-site.py DIR [FILES] [--seed N] [--bulletin-share F]
  FILES           total Markdown files (default 11000), half in each language
  --seed          random seed (default 7); a second corpus uses another seed
  --bulletin-share  share of translation pairs that are bulletins, the rest cases (default 0.91,
                  i.e. 5,000 bulletins and 500 cases in 11,000 files)

Each file has the front matter real bulletins use (title, date, summary, fraud_type, tags,
amount and arrested for bulletins, loss and victim for cases) and a body with `##` headings,
paragraphs of varied prose, bullet and numbered lists, a blockquote, bold text and links to
other pages and to outside sites. English prose draws on a vocabulary of some thousands of
words (with capitalised place and street names, which is what makes the personal-data check
work), Chinese on the 3,755 characters of GB2312 level 1 and a bank of real phrases. Nothing
uses Beacon-only syntax, so scripts/bench-hugo.sh builds the very same files with Hugo.
"""
import argparse
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("files", nargs="?", type=int, default=11000)
parser.add_argument("--seed", type=int, default=7)
parser.add_argument("--bulletin-share", type=float, default=0.91)
args = parser.parse_args()
rng = random.Random(args.seed)

TYPES = {
    "task-rebate": ("刷单返利", "Fake task and order-brushing rebate scams"),
    "investment": ("虚假投资理财", "Fake investment and wealth-management scams"),
    "fake-loan": ("虚假网络贷款", "Fake online loan scams"),
    "impersonate-service": ("冒充电商物流客服", "Fake customer service scams"),
    "impersonate-police": ("冒充公检法", "Scams impersonating police, prosecutors or courts"),
    "fake-credit": ("虚假征信", "Fake credit-record repair scams"),
    "romance": ("网络婚恋交友", "Online dating and romance scams"),
    "game-trading": ("网络游戏虚假交易", "Fake online game trading scams"),
}

# GB2312 level 1: rows 16–55 (0xB0–0xD7), 94 cells each, the last row shorter.
HANZI = []
for row in range(0xB0, 0xD8):
    for cell in range(0xA1, 0xFF):
        try:
            HANZI.append(bytes([row, cell]).decode("gb2312"))
        except UnicodeDecodeError:
            pass

ZH_PHRASES = """民警 接到报警 立即 核实 情况 转账 银行卡 冻结 资金 诈骗分子 冒充 客服 退款
理赔 快递 丢失 共享屏幕 验证码 安全账户 刷单 返利 佣金 垫付 投资 理财 高额回报 荐股群
受害人王某 嫌疑人李某 张女士 刘先生
虚假平台 提现 手续费 解冻 贷款 征信 注销 校园贷 网络游戏 装备 账号 交易 婚恋 交友 网友
见面 包裹 海关 清关 裸聊 敲诈 视频 下载 App 链接 二维码 陌生来电 短信 提醒 劝阻 预警
反诈中心 派出所 社区 网格员 志愿者 宣传 讲座 老年人 学生 宝妈 务工人员 企业财务 领导
熟人 微信 QQ 群聊 直播间 抖音 小程序 会员 年费 自动扣款 取消 客服电话 官方渠道 核实身份
不要轻信 不要转账 及时报警 拨打 止付 追赃挽损 破获 团伙 抓获 涉案 金额 万元 余
辖区 居民 群众 银行 网点 柜员 发现 异常 上门 劝阻成功 守住 积蓄 损失 挽回""".split()

EN_WORDS = """police officer officers station call calls caller phone message messages bank account
accounts card cards transfer transfers money savings yuan fee fees refund refunds parcel courier
delivery order orders shop online app apps link links code codes screen sharing share investment
investments stock stocks tip tips group groups chat video platform platforms withdraw withdrawal
loan loans credit record records student students worker workers parent parents elderly resident
residents neighbour neighbours village committee community volunteer volunteers warning warnings
alert alerts advice scam scams scammer scammers fraud fraudster fraudsters victim victims suspect
suspects gang gangs arrest arrested frozen freeze recover recovered loss losses stop stopped
quickly immediately carefully never always only really often sometimes later soon early late
today yesterday week weeks month months year years morning evening night afternoon hour hours
minute minutes asked told said promised claimed pretended offered sent paid received opened
downloaded installed clicked scanned answered hung called visited reported explained checked
found noticed realised refused agreed waited helped warned advised visited reached contacted
customer service staff manager boss colleague friend friends stranger strangers partner partners
overseas customs package gift gifts prize prizes lottery game games player players equipment
gear points membership subscription renewal charge charges deduction deductions cancel
cancelled official genuine fake false real safe unsafe secret urgent important simple quick easy
high higher large small big little new old young older first second third last next final
public security bureau branch centre anti district city county town street road market school
university college hospital company factory office department team unit campaign drive week
because although while after before until unless when where whether which who whose what how
and but or so yet then also too very more most less least many much few several each every
the a an this that these those their his her its our your my some any no not""".split()

SYLLABLES = "ba bo chen da de fa gu han hu jia jin kai lan li liu ma min nan ping qi qing ren shan shi tai tian wang wei xia xin yang yu zhang zhou".split()


def place_name():
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def zh_word():
    if rng.random() < 0.7:
        return rng.choice(ZH_PHRASES)
    return "".join(rng.choice(HANZI) for _ in range(rng.randint(2, 4)))


def zh_sentence():
    parts = [zh_word() for _ in range(rng.randint(6, 14))]
    if rng.random() < 0.4:
        parts.insert(rng.randint(0, len(parts)), f"{rng.randint(2, 990)}{rng.choice(['万元', '人', '起', '元', '个'])}")
    if rng.random() < 0.2:
        parts.insert(rng.randint(0, len(parts)), f"“{zh_word()}”")
    return "".join(parts[:5]) + "，" + "".join(parts[5:]) + rng.choice("。。。！")


def en_sentence():
    words = [rng.choice(EN_WORDS) for _ in range(rng.randint(8, 20))]
    if rng.random() < 0.5:
        words.insert(rng.randint(1, len(words)), rng.choice(["in", "near", "at", "from"]))
        words.insert(rng.randint(1, len(words)), place_name() + rng.choice(["", " Road", " Street", " Village", " Market"]))
    if rng.random() < 0.3:
        words.insert(rng.randint(1, len(words)), f"{rng.randint(2, 99000):,} yuan")
    s = " ".join(words)
    return s[0].upper() + s[1:] + rng.choice(".....?!")


def paragraph(lang, n):
    sentence = zh_sentence if lang == "zh" else en_sentence
    sep = "" if lang == "zh" else " "
    text = sep.join(sentence() for _ in range(n))
    if rng.random() < 0.4:  # bold a phrase
        words = text.split(" ") if lang == "en" else None
        if words and len(words) > 6:
            i = rng.randrange(len(words) - 3)
            words[i] = "**" + words[i]
            words[i + 2] = words[i + 2] + "**"
            text = " ".join(words)
        elif lang == "zh":
            text = text + f"**{zh_word()}{zh_word()}**。"
    return text


HEADINGS = {
    "zh": ["基本案情", "作案手法", "警方提示", "案件经过", "处置情况", "防范要点", "相关案例"],
    "en": ["What happened", "How the scam works", "Police advice", "What police did", "How to stay safe", "Related cases"],
}


def body(lang, kind, index, count):
    out = []
    for _ in range(rng.randint(1, 2)):
        out.append(paragraph(lang, rng.randint(2, 5)))
    for h in rng.sample(HEADINGS[lang], rng.randint(2, 4)):
        out.append("## " + h)
        out.append(paragraph(lang, rng.randint(2, 6)))
        shape = rng.random()
        if shape < 0.35:
            out.append("\n".join("- " + (zh_sentence() if lang == "zh" else en_sentence()) for _ in range(rng.randint(2, 5))))
        elif shape < 0.55:
            out.append("\n".join(f"{i + 1}. " + (zh_sentence() if lang == "zh" else en_sentence()) for i in range(rng.randint(2, 4))))
        elif shape < 0.7:
            out.append("> " + paragraph(lang, rng.randint(1, 2)))
    other = rng.randrange(count)
    label = "相关通报" if lang == "zh" else "a related bulletin"
    prefix = "" if lang == "zh" else "/en"
    out.append(f"[{label}]({prefix}/{kind}/{kind[:-1]}-{other}/) · [{'国家反诈中心' if lang == 'zh' else 'National Anti-Fraud Centre'}](https://www.example.org/{rng.randrange(1000)})")
    return "\n\n".join(out)


def title(lang):
    if lang == "zh":
        return "".join(zh_word() for _ in range(rng.randint(3, 6)))
    words = [rng.choice(EN_WORDS) for _ in range(rng.randint(4, 9))]
    s = " ".join(words)
    return s[0].upper() + s[1:]


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


os.makedirs(args.out, exist_ok=True)
with open(os.path.join(args.out, "site.yaml"), "w") as f:
    f.write("title: {zh: 基准区反诈, en: Bench District Anti-Fraud}\n")
    f.write("office: {zh: 基准区公安分局, en: Bench District Police}\n")
    f.write("base_url: https://bench.example.org/\nlanguages: [zh, en]\nfraud_types:\n")
    for key, (zh, en) in TYPES.items():
        f.write(f"  {key}: {{zh: {zh}, en: {yaml_str(en)}}}\n")

pairs = args.files // 2
bulletins = round(pairs * args.bulletin_share)
counts = {"bulletins": bulletins, "cases": pairs - bulletins}
for kind, count in counts.items():
    d = os.path.join(args.out, "content", kind)
    os.makedirs(d, exist_ok=True)
    for i in range(count):
        date = f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        fraud = rng.choice(list(TYPES))
        amount = rng.randint(1, 5000) * 1000
        for lang in ("zh", "en"):
            fm = [f"title: {yaml_str(title(lang))}", f"date: {date}"]
            if rng.random() < 0.8:
                fm.append(f"summary: {yaml_str(zh_sentence() if lang == 'zh' else en_sentence())}")
            if kind == "cases" or rng.random() < 0.7:
                fm.append(f"fraud_type: {fraud}")
            if kind == "bulletins":
                if rng.random() < 0.5:
                    fm.append(f"amount: {amount}")
                if rng.random() < 0.4:
                    fm.append(f"arrested: {rng.randint(1, 60)}")
            else:
                fm.append(f"loss: {amount}")
                fm.append("victim: " + yaml_str(f"{rng.choice('王李张刘陈杨赵黄周吴')}某（{rng.choice('男女')}，{rng.randint(18, 80)}岁）"
                                                 if lang == "zh" else f"Ms {rng.choice('WLZCY')}, {rng.randint(18, 80)}"))
            with open(os.path.join(d, f"{kind[:-1]}-{i}.{lang}.md"), "w") as f:
                f.write("---\n" + "\n".join(fm) + "\n---\n\n" + body(lang, kind, i, count) + "\n")
