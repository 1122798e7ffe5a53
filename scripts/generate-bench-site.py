#!/usr/bin/env python3
"""Writes a large bilingual site for benchmarking: N bulletins and cases in zh and en.

Usage: scripts/generate-bench-site.py DIR [FILES]   (FILES: total Markdown files, default 11000)
The same site can be built by Beacon and, converted, by Hugo; see scripts/bench.
"""
import os
import random
import sys

out = sys.argv[1]
total = int(sys.argv[2]) if len(sys.argv) > 2 else 11000
random.seed(7)
types = ["task-rebate", "investment", "fake-loan", "impersonate-service", "impersonate-police"]
zh_words = "刷单返利虚假投资理财网络贷款冒充客服公检法安全账户验证码屏幕共享转账汇款民警提示群众警惕陌生来电链接下载".strip()
en_words = "scam rebate investment loan police account transfer screen share code stranger link warning residents bank".split()

def zh_text(n):
    return "".join(random.choice(zh_words) for _ in range(n)) + "。"

def en_text(n):
    return " ".join(random.choice(en_words) for _ in range(n)).capitalize() + "."

os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "site.yaml"), "w") as f:
    f.write("title: {zh: 基准站点, en: Benchmark site}\nbase_url: https://bench.example.org/\nlanguages: [zh, en]\nfraud_types:\n")
    for t in types:
        f.write(f"  {t}: {{zh: 类型{t}, en: Type {t}}}\n")
pairs = total // 2
for i in range(pairs):
    kind = "bulletins" if i % 2 == 0 else "cases"
    d = os.path.join(out, "content", kind)
    os.makedirs(d, exist_ok=True)
    date = f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}"
    t = types[i % len(types)]
    for lang, text in (("zh", zh_text), ("en", en_text)):
        body = "\n\n".join(text(60) for _ in range(4))
        with open(os.path.join(d, f"item-{i}.{lang}.md"), "w") as f:
            f.write(f"---\ntitle: {'通报' if lang == 'zh' else 'Item'} {i}\ndate: {date}\nfraud_type: {t}\n---\n{body}\n\n## {'警方提示' if lang == 'zh' else 'Police advice'}\n\n{text(30)}\n")
