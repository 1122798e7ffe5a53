#!/usr/bin/env python3
"""Checks a `beacon build --relative` output the way a clerk uses it: opened from disk.

  scripts/check-offline.py PUBLIC_DIR

1. Every HTML file is parsed (html.parser): every href, src, action and srcset that is not an
   absolute address, a fragment, mailto: or tel: must be relative (no leading `/`) and lead to
   a file that exists (a folder does not count: file:// shows no index page). Canonical,
   hreflang and Open Graph addresses must stay absolute.
2. In headless Chromium on file:// (skipped, with a message, when selenium or chromium is
   missing): the home page is styled, a menu link and the language switch lead to pages, a
   search typed into the search page finds results and its first result opens, and the LED
   page shows its previews.
Exits non-zero naming the page and the address on the first kind of failure found.
"""
import html.parser
import os
import shutil
import sys
import urllib.parse

URL_ATTRS = {"href", "src", "action", "poster", "data", "formaction", "cite"}
ABSOLUTE_RELS = {"canonical", "alternate"}


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []      # (tag, attribute, value)
        self.absolute = []  # values that must stay absolute

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        rel = set((a.get("rel") or "").split())
        if tag == "meta" and (a.get("property") or "") in ("og:url", "og:image"):
            self.absolute.append((tag, "content", a.get("content") or ""))
        for name, value in attrs:
            if value is None:
                continue
            if tag == "link" and name == "href" and rel & ABSOLUTE_RELS:
                self.absolute.append((tag, name, value))
            elif name in URL_ATTRS:
                self.urls.append((tag, name, value))
            elif name == "srcset":
                for part in value.split(","):
                    if part.strip():
                        self.urls.append((tag, name, part.strip().split()[0]))

    handle_startendtag = handle_starttag


def is_external(url):
    scheme = urllib.parse.urlsplit(url).scheme
    return bool(scheme) or url.startswith("#") or url == ""


def check_links(public):
    problems = []
    pages = 0
    for folder, _, files in os.walk(public):
        for name in files:
            if not name.endswith(".html"):
                continue
            pages += 1
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, public)
            parser = Links()
            with open(path, encoding="utf-8") as f:
                parser.feed(f.read())
            for tag, attr, url in parser.urls:
                if is_external(url):
                    continue
                if url.startswith("/"):
                    problems.append(f"{rel}: <{tag} {attr}=\"{url}\"> is not relative")
                    continue
                target_path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
                if not target_path:
                    continue
                target = os.path.normpath(os.path.join(folder, target_path))
                if not os.path.isfile(target):
                    problems.append(f"{rel}: <{tag} {attr}=\"{url}\"> leads to no file")
            for tag, attr, url in parser.absolute:
                if url and not urllib.parse.urlsplit(url).scheme:
                    problems.append(f"{rel}: <{tag} {attr}=\"{url}\"> should stay absolute")
    return pages, problems


def browser_checks(public):
    try:
        from selenium import webdriver
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError:
        print("check-offline: selenium is not installed; skipping the Chromium checks.")
        return []
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        print("check-offline: chromium or chromedriver is missing; skipping the Chromium checks.")
        return []
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1366,900"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=driver_path), options=options)
    problems = []
    root = "file://" + os.path.abspath(public)

    def expect(ok, what):
        if not ok:
            problems.append(what + f" (at {driver.current_url})")
        return ok

    def is_page():
        return driver.execute_script("return document.readyState") == "complete" and \
            len(driver.find_elements(By.CSS_SELECTOR, "main h1")) > 0

    try:
        driver.get(root + "/index.html")
        header = driver.find_element(By.CSS_SELECTOR, ".site-header")
        # Unstyled, the header would have no background; styled, it has the brand colour.
        expect(header.value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent"),
               "the home page opened from disk has no styles")
        # Follow the menu's second entry (the bulletins list).
        links = driver.find_elements(By.CSS_SELECTOR, ".main-nav a")
        if expect(len(links) > 2, "the home page has no menu"):
            links[1].click()
            expect(driver.current_url.endswith("/index.html") and is_page(), "a menu link did not open a page")
            items = driver.find_elements(By.CSS_SELECTOR, "main .item-list a, main article a")
            if items:
                items[0].click()
                expect(is_page(), "a list entry did not open a page")
        # The language switch.
        switch = driver.find_elements(By.CSS_SELECTOR, ".lang-switch a")
        if expect(switch, "no language switch"):
            switch[0].click()
            expect("/en/" in driver.current_url and is_page(), "the language switch did not open the English page")
        # Search: the index arrives as a script, since fetch() of file:// is blocked.
        driver.get(root + "/search/index.html")
        box = driver.find_element(By.ID, "q")
        box.send_keys("冒充客服")
        driver.find_element(By.CSS_SELECTOR, ".search-form button[type=submit]").click()
        try:
            WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li a"))
        except Exception:
            pass
        results = driver.find_elements(By.CSS_SELECTOR, "#search-results li a")
        if expect(results, "a search opened from disk found nothing for 冒充客服"):
            results[0].click()
            expect(is_page(), "a search result did not open a page")
        # The LED page shows its previews.
        if os.path.exists(os.path.join(public, "led", "index.html")):
            driver.get(root + "/led/index.html")
            images = driver.find_elements(By.CSS_SELECTOR, "main img")
            expect(images, "the LED page shows no previews")
            broken = []
            for image in images:
                # Previews load lazily: bring each into view, then give it a moment.
                driver.execute_script("arguments[0].scrollIntoView()", image)
                try:
                    WebDriverWait(driver, 5).until(lambda d: d.execute_script(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0", image))
                except Exception:
                    broken.append(image.get_attribute("src"))
            expect(not broken, f"LED previews that do not load: {broken[:3]}")
    finally:
        driver.quit()
    return problems


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    public = sys.argv[1]
    pages, problems = check_links(public)
    if problems:
        print(f"check-offline: {len(problems)} address(es) in {pages} pages do not work from disk:")
        print("\n".join("  " + p for p in problems[:40]))
        sys.exit(1)
    print(f"check-offline: every address in {pages} pages is relative and leads to a file.")
    problems = browser_checks(public)
    if problems:
        print("check-offline: in Chromium on file://:")
        print("\n".join("  " + p for p in problems))
        sys.exit(1)
    print("check-offline: pages, styles, the language switch, search and the LED page work on file://.")


if __name__ == "__main__":
    main()
