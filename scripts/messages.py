#!/usr/bin/env python3
"""Beacon's message catalogue, checked against the sources.

A message is written in Swift as an ordinary string literal; its catalogue key is the
literal with each interpolation `\\(…)` replaced by %1, %2 … in order and `%` doubled
(what `Message.StringInterpolation` builds at run time).

  scripts/messages.py list            every sentence-like template in Sources/, one per line
  scripts/messages.py missing [LANG]  templates with no translation (default: zh)
  scripts/messages.py check [LANG]    fails when a catalogue entry matches no template in the
                                      sources, or its placeholders differ from the template's
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SOURCES = os.path.join(ROOT, "Sources")
SKIP_DIRS = {"EmbedFiles", "FuzzFrontMatter"}
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", '"': '"', "'": "'", "\\": "\\"}


def literals(text):
    """Yields the template of every single-line string literal in Swift source `text`."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
        elif text.startswith("/*", i):
            i = text.find("*/", i + 2)
            i = n if i < 0 else i + 2
        elif text.startswith('"""', i):
            end = text.find('"""', i + 3)
            i = n if end < 0 else end + 3
        elif c == '"':
            i = yield from read_literal(text, i + 1)
        else:
            i += 1


def read_literal(text, i):
    """Reads a literal whose body starts at `i`; yields it and any literals nested in its
    interpolations; returns the index after the closing quote."""
    out, count = [], 0
    while i < len(text) and text[i] != '"':
        c = text[i]
        if c == "\n":
            return i
        if c == "\\":
            nxt = text[i + 1]
            if nxt == "(":
                count += 1
                out.append("%" + str(count))
                i = yield from skip_interpolation(text, i + 2)
                continue
            if nxt == "u":
                end = text.index("}", i)
                out.append(chr(int(text[i + 3:end], 16)))
                i = end + 1
                continue
            out.append(ESCAPES.get(nxt, nxt))
            i += 2
            continue
        out.append("%%" if c == "%" else c)
        i += 1
    yield "".join(out)
    return i + 1


def skip_interpolation(text, i):
    """Skips `…)` of an interpolation, yielding the literals inside it."""
    depth = 1
    while i < len(text) and depth:
        c = text[i]
        if c == '"':
            i = yield from read_literal(text, i + 1)
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        i += 1
    return i


def templates():
    found = set()
    for base, dirs, files in os.walk(SOURCES):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        for name in files:
            if name.endswith(".swift"):
                with open(os.path.join(base, name), encoding="utf-8") as f:
                    found.update(literals(f.read()))
    return found


def sentence_like(t):
    """Worth translating: words a person reads, not a key, a path or a format string."""
    words = re.sub(r"`[^`]*`|%\d", "", t)
    return len(re.findall(r"[A-Za-z]{2,}", words)) >= 2 and " " in t.strip() and "<" not in t[:1]


def load(language):
    import yaml
    path = os.path.join(SOURCES, "BeaconStarter", "Messages", language + ".yaml")
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f) or {}


def yaml_key(line):
    """The key of a one-line `"key": "value"` entry."""
    import yaml
    entry = yaml.safe_load(line)
    return next(iter(entry)) if isinstance(entry, dict) and entry else line


def placeholders(t):
    return sorted(set(re.findall(r"%(\d)", t.replace("%%", ""))))


def main():
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    language = sys.argv[2] if len(sys.argv) > 2 else "zh"
    found = templates()
    if command == "list":
        for t in sorted(t for t in found if sentence_like(t)):
            print(t)
        return 0
    catalog = load(language)
    if command == "missing":
        for t in sorted(t for t in found if sentence_like(t) and t not in catalog):
            print(t)
        return 0
    bad = 0
    # A key written twice (two branches adding the same message, merged by union) makes Yams
    # refuse the whole catalogue, and every message shows in English.
    path = os.path.join(SOURCES, "BeaconStarter", "Messages", language + ".yaml")
    seen = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.startswith('"'):
                continue
            key = yaml_key(line)
            if key in seen:
                print(f"{language}.yaml:{number}: {key!r} is already on line {seen[key]}; keep one of the two lines.")
                bad += 1
            seen.setdefault(key, number)
    for key, value in catalog.items():
        if key not in found:
            print(f"{language}.yaml: no message in the sources reads {key!r}; update or remove the entry.")
            bad += 1
        elif placeholders(key) != placeholders(str(value)):
            print(f"{language}.yaml: {key!r} has placeholders {placeholders(key)}, its translation {placeholders(str(value))}.")
            bad += 1
    print(f"{len(catalog)} entries, {bad} problem(s).")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
