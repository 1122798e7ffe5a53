#!/usr/bin/env python3
"""Writes a large bilingual site remixed from the sample site's own bulletins and cases: a bench
corpus made another way than scripts/generate-bench-site.py's word bank.

Usage: scripts/generate-remix-site.py DIR [FILES] [--seed N] [--sample SITE]
  FILES     total Markdown files (default 11000), half in each language
  --seed    random seed (default 3)
  --sample  the Beacon site to remix (default: the repository's sample site)

Each new page is a translation pair made from one sample page of the same kind: its front matter
with a new title number, date, amount and tags, and its body with the sections shuffled, sections
borrowed from other pages of that kind and language, and every number changed. The prose, the
headings, the lists and their lengths are what an office writes, not a generator's; only the
mixture is new. Beacon-only syntax is taken out (a `{{< stat >}}` shortcode becomes a number, an
`@/` link a plain site path), so scripts/bench-hugo.sh builds the very same files with Hugo.
"""
import argparse
import os
import random
import re

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("files", nargs="?", type=int, default=11000)
parser.add_argument("--seed", type=int, default=3)
parser.add_argument("--sample", default=os.path.join(os.path.dirname(__file__), ".."))
args = parser.parse_args()
rng = random.Random(args.seed)

FENCE = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.S)
SHORTCODE = re.compile(r"\{\{<.*?>\}\}")
AT_LINK = re.compile(r"\]\(@/(\w+)/([\w-]+)\.md(#[\w-]+)?\)")
# A number among Chinese characters counts (`转出8600元`); one inside a Latin word, a path or a
# list marker (`1. `) does not.
NUMBER = re.compile(r"(?<![A-Za-z0-9_/.-])(?<!^)\d+(?:\.\d+)?(?![A-Za-z0-9_/-]|\. )", re.M)


def read_pages(kind):
    """The sample's pages of a kind, as {slug: {lang: (front matter lines, body)}}."""
    pages = {}
    folder = os.path.join(args.sample, "content", kind)
    for name in sorted(os.listdir(folder)):
        m = re.fullmatch(r"(.+)\.(zh|en)\.md", name)
        if not m:
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            fm = FENCE.match(f.read())
        if fm:
            pages.setdefault(m.group(1), {})[m.group(2)] = (fm.group(1).split("\n"), fm.group(2))
    return {slug: p for slug, p in pages.items() if set(p) == {"zh", "en"}}


def sections(body):
    """The body cut before each `## ` heading; the first part is what comes before any."""
    parts = re.split(r"(?m)^(?=## )", body)
    return parts[0], [p for p in parts[1:] if p.strip()]


def renumber(text):
    """Every free-standing number changed to another of about the same size."""
    def change(m):
        s = m.group(0)
        if "." in s:
            return f"{float(s) * rng.uniform(0.5, 1.8):.2f}"
        n = int(s)
        if 1990 <= n <= 2030:            # a year stays a year
            return str(rng.randint(2019, 2026))
        return str(max(1, int(n * rng.uniform(0.4, 2.2))))
    return NUMBER.sub(change, text)


def clean(body, kind_slugs):
    """Beacon-only syntax taken out, links pointed at pages that exist in the remix."""
    body = SHORTCODE.sub(lambda _: str(rng.randint(12, 980)), body)
    def link(m):
        kind = m.group(1)
        target = rng.choice(kind_slugs[kind]) if kind_slugs.get(kind) else "index"
        return f"](/{kind}/{target}/)"
    return AT_LINK.sub(link, body)


def front_matter(lines, date):
    """The sample page's front matter with a new date and new figures."""
    out = []
    for line in lines:
        key = line.split(":", 1)[0]
        if key == "date":
            out.append(f"date: {date}")
        elif key == "title":
            out.append(renumber(line))
        elif key in ("amount", "loss", "arrested"):
            out.append(renumber(line))
        elif key == "translation_of":     # the stale-translation mark names the sample's own date
            continue
        else:
            out.append(line)
    return out


def remix(kind, count, pages, kind_slugs, names, start_year):
    folder = os.path.join(args.out, "content", kind)
    os.makedirs(folder, exist_ok=True)
    slugs = sorted(pages)
    by_lang = {lang: [sec for s in slugs for sec in sections(pages[s][lang][1])[1]] for lang in ("zh", "en")}
    for i in range(count):
        base = slugs[i % len(slugs)]
        # Dates up to last month: a page dated later is not yet due, and a build leaves it out.
        year = rng.randint(start_year, 2026)
        date = f"{year}-{rng.randint(1, 11 if year == 2026 else 12):02d}-{rng.randint(1, 28):02d}"
        # The same choices in both languages, so the pair stays a translation of one story.
        lead_sections = len(sections(pages[base]["zh"][1])[1])
        order = list(range(lead_sections))
        rng.shuffle(order)
        borrowed = [rng.randrange(10**6) for _ in range(rng.choice([0, 1, 1, 2, 3]))]
        for lang in ("zh", "en"):
            lines, body = pages[base][lang]
            intro, own = sections(body)
            own = [own[k] for k in order if k < len(own)]
            headings = {sec.split("\n", 1)[0] for sec in own}
            extra = [sec for sec in (by_lang[lang][b % len(by_lang[lang])] for b in borrowed)
                     if sec.split("\n", 1)[0] not in headings]
            text = intro + "".join(own + extra)
            text = renumber(clean(text, kind_slugs))
            fm = front_matter(lines, date)
            with open(os.path.join(folder, f"{names[i]}.{lang}.md"), "w", encoding="utf-8") as f:
                f.write("---\n" + "\n".join(fm) + "\n---\n" + text.rstrip("\n") + "\n")


bulletins, cases = read_pages("bulletins"), read_pages("cases")
pairs = args.files // 2
case_pairs = max(1, pairs // 6)
bulletin_pairs = pairs - case_pairs
names = {
    "bulletins": [f"{rng.choice(sorted(bulletins))}-{i}" for i in range(bulletin_pairs)],
    "cases": [f"{rng.choice(sorted(cases))}-{i}" for i in range(case_pairs)],
}
remix("cases", case_pairs, cases, names, names["cases"], 2020)
remix("bulletins", bulletin_pairs, bulletins, names, names["bulletins"], 2019)

# The sample's settings, without LED boards, leaflets, banners (Hugo makes none of them) and share
# settings (scripts/bench-hugo.sh sets its own).
os.makedirs(args.out, exist_ok=True)
with open(os.path.join(args.sample, "site.yaml"), encoding="utf-8") as f:
    settings = f.read()
keep = []
skipping = False
for line in settings.split("\n"):
    top = line and not line[0].isspace() and not line.startswith("#")
    if top:
        skipping = line.split(":", 1)[0] in ("led_boards", "banners", "leaflets", "share")
    if not skipping:
        keep.append(line)
with open(os.path.join(args.out, "site.yaml"), "w", encoding="utf-8") as f:
    f.write("\n".join(keep))
