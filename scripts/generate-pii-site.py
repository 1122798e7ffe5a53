#!/usr/bin/env python3
"""Writes a bilingual site seeded with personal data, to hold the personal-data check to the
same findings after a change: build it with the old and the new binary and compare the
errors (scripts/compare-pii-findings.sh does both).

Usage: scripts/generate-pii-site.py DIR [FILES] [--seed N]

Every file mixes ordinary bulletin prose with ID numbers (18 digits, 15 digits, a final X),
mobile numbers (+86, 0086, spaced, dashed, full-width), bank cards (grouped in fours, with a
short last group) and full names after the trigger words in Chinese and English — at the
start and end of a text, in titles, summaries, `victim:`, headings, list items, quotes, bold
text, links and tables — together with near misses that must stay quiet: anonymised names
(王某, Ms Li), pseudonyms, amounts of money, dates, decimals, round figures and landlines.
"""
import argparse
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("files", nargs="?", type=int, default=400)
parser.add_argument("--seed", type=int, default=3)
args = parser.parse_args()
rng = random.Random(args.seed)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白"
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方"]
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英霞平刚桂兰建国志红"
ZH_TRIGGERS = ["被害人", "受害人", "受害者", "嫌疑人", "犯罪嫌疑人", "当事人", "报案人", "嫌犯", "受骗人"]
ZH_AFTER = ["", "在", "称", "被", "向", "于", "，", "。", "、", "（化名）", "女士", "某", "和家人", "冒充客服", " ", "多次"]
EN_TRIGGERS = ["victim", "Victim", "suspect", "suspects", "the complainant", "defendant", "party", "victims", "VICTIM"]
PINYIN_SUR = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Ouyang"]
PINYIN_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Jun", "Yang", "Xiaoming", "Jianguo", "Hong", "Mou"]
EN_FILLER = ["", "", "named ", "called ", "is ", "was ", ", ", ": "]
EN_AFTER = ["", " said", " (pseudonym)", " (name changed)", ".", ",", " lost", " of Nanqiao"]
ZH_PROSE = "民警接到报警后立即核实情况，诈骗分子冒充客服以退款为由诱导转账，社区网格员及时劝阻，守住了群众的积蓄。".split("，")
EN_PROSE = ["Officers from the district station answered the call within minutes",
            "the caller claimed to be from a courier company and asked for a refund code",
            "residents of Nanqiao Street were warned about fake investment apps",
            "a department store worker noticed the unusual transfer and called the police"]


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def id_number():
    area = rng.choice(["110105", "320812", "440304", "510107"])
    first = area + str(rng.randint(1940, 2015)) + "%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)) + digits(3)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(d) * w for d, w in zip(first, weights)) % 11]
    if rng.random() < 0.2:
        check = rng.choice("0123456789X")
    return first + check


def mobile():
    n = "1" + rng.choice("3456789") + digits(9)
    style = rng.randrange(8)
    if style == 0:
        return n[:3] + " " + n[3:7] + " " + n[7:]
    if style == 1:
        return n[:3] + "-" + n[3:7] + "-" + n[7:]
    if style == 2:
        return "+86 " + n
    if style == 3:
        return "0086" + n
    if style == 4:
        return "".join(chr(ord(c) - 0x30 + 0xFF10) for c in n)
    if style == 5:
        return "(+86)" + n
    return n


def card():
    n = rng.choice(["6222", "6228", "6217", "4367"]) + digits(rng.choice([12, 12, 15]))
    if rng.random() < 0.5:
        return " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    return n


def near_miss_number():
    return rng.choice([
        "2021-10-31", "96110", "110", "0517-83651234", "010-12345678", digits(20), "0." + "138" + digits(8),
        "13800000000", "138" + digits(8) + "元", "¥ 138" + digits(8), "12,345 yuan", "第" + digits(4) + "号",
        "RMB 139" + digits(8), "138" + digits(8) + ".50",
    ])


def zh_name():
    surname = rng.choice(COMPOUND) if rng.random() < 0.1 else rng.choice(SURNAMES)
    return surname + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def zh_snippet():
    kind = rng.randrange(6)
    if kind == 0:
        return rng.choice(ZH_TRIGGERS) + rng.choice(["", "：", " ", ":"]) + zh_name() + rng.choice(ZH_AFTER)
    if kind == 1:
        return rng.choice(ZH_TRIGGERS) + rng.choice(SURNAMES) + rng.choice(["某", "某某", "女士", "先生", "×"])
    if kind == 2:
        return "身份证号" + id_number()
    if kind == 3:
        return "电话" + mobile() + rng.choice(["", "。", "，"])
    if kind == 4:
        return "银行卡号：" + card()
    return near_miss_number()


def en_snippet():
    kind = rng.randrange(6)
    if kind == 0:
        return rng.choice(EN_TRIGGERS) + " " + rng.choice(EN_FILLER) + rng.choice(PINYIN_SUR) + " " + rng.choice(PINYIN_GIVEN) + rng.choice(EN_AFTER)
    if kind == 1:
        return rng.choice(EN_TRIGGERS) + " " + rng.choice(["Ms Li", "Mr Wang", "Wang Mou", "Zhang", "lost money", "was calm"])
    if kind == 2:
        return "ID number " + id_number()
    if kind == 3:
        return "phone " + mobile()
    if kind == 4:
        return "card " + card()
    return near_miss_number()


def paragraph(lang):
    parts = []
    for _ in range(rng.randint(2, 6)):
        if lang == "zh":
            parts.append(rng.choice(ZH_PROSE) + ("" if rng.random() < 0.5 else zh_snippet()))
        else:
            parts.append(rng.choice(EN_PROSE) + ("" if rng.random() < 0.5 else " " + en_snippet()))
    return ("，" if lang == "zh" else ", ").join(parts) + ("。" if lang == "zh" else ".")


def body(lang):
    snip = zh_snippet if lang == "zh" else en_snippet
    blocks = [snip() + ("。" if lang == "zh" else "."), paragraph(lang)]
    blocks.append("## " + snip())
    blocks.append("\n".join("- " + rng.choice([snip(), paragraph(lang)]) for _ in range(3)))
    blocks.append("> " + paragraph(lang))
    blocks.append("**" + snip() + "** " + paragraph(lang))
    blocks.append("[" + snip() + "](https://www.example.org/" + digits(3) + ")")
    blocks.append("| a | b |\n|---|---|\n| " + snip() + " | " + snip() + " |")
    blocks.append(paragraph(lang) + " " + snip())
    rng.shuffle(blocks)
    return "\n\n".join(blocks) + "\n"


def quoted(s):
    return '"' + s.replace("\\", "").replace('"', "") + '"'


os.makedirs(os.path.join(args.out, "content", "bulletins"), exist_ok=True)
os.makedirs(os.path.join(args.out, "content", "cases"), exist_ok=True)
with open(os.path.join(args.out, "site.yaml"), "w") as f:
    f.write("title: {zh: 测试区反诈, en: Test District Anti-Fraud}\nbase_url: https://pii.example.org/\n"
            "languages: [zh, en]\nfraud_types:\n  task-rebate: {zh: 刷单返利, en: Task scams}\nshare: {posters: 0}\n")
for i in range(args.files // 2):
    section = "cases" if i % 3 == 0 else "bulletins"
    for lang in ["zh", "en"]:
        snip = zh_snippet if lang == "zh" else en_snippet
        fm = ["title: " + quoted(snip() if rng.random() < 0.3 else ("通报" if lang == "zh" else "Bulletin") + str(i)),
              "date: 2024-0%d-1%d" % (rng.randint(1, 9), rng.randint(0, 9)), "fraud_type: task-rebate"]
        if rng.random() < 0.5:
            fm.append("summary: " + quoted(snip()))
        if section == "cases":
            fm.append("victim: " + quoted(rng.choice([zh_name(), "王某", "Ms Li", rng.choice(PINYIN_SUR) + " " + rng.choice(PINYIN_GIVEN),
                                                      " " + zh_name(), zh_name() + "（女，43岁）"])))
        if rng.random() < 0.1:
            fm.append("pii_ok: [" + quoted(rng.choice(["96110", "13800000000", "王某"])) + "]")
        with open(os.path.join(args.out, "content", section, "p-%d.%s.md" % (i, lang)), "w") as f:
            f.write("---\n" + "\n".join(fm) + "\n---\n\n" + body(lang))
