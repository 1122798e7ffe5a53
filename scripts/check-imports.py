#!/usr/bin/env python3
"""Checks that Package.swift declares exactly what each Swift target imports.

For every Swift target in the manifest (read with `swift package dump-package`, so the
manifest's own logic is what counts), the modules its files `import` are compared with the
dependencies it declares:
- a module imported but not declared builds today only because another target happens to
  bring it in, and breaks when that one changes;
- a module declared but never imported is a dependency the layering claims and the code
  does not have.
Modules of the toolchain and the system (Foundation, Glibc, Testing, …) are not declared in
a manifest and are left out. C targets (CWordBreak) are not read.

Run by scripts/test before the build; exits 1 and names each difference with its fix.
"""
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Modules that come with the toolchain or the operating system, never from the manifest.
SYSTEM = {
    "Foundation", "FoundationEssentials", "FoundationInternationalization", "FoundationNetworking",
    "FoundationXML", "Dispatch", "Glibc", "Musl", "Darwin", "Android", "WinSDK", "Testing",
    "XCTest", "Synchronization", "Observation", "RegexBuilder", "_Concurrency",
    "_StringProcessing", "Swift", "PackagePlugin", "PackageDescription",
}

# A product whose module has another name than the product (none today).
PRODUCT_MODULES: dict[str, str] = {}

IMPORT = re.compile(
    r"^\s*(?:@[A-Za-z_]+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private)\s+)?"
    r"import\s+(?:(?:typealias|struct|class|enum|protocol|let|var|func)\s+)?([A-Za-z_][A-Za-z0-9_]*)",
)


def declared(target: dict) -> set[str]:
    names = set()
    for dep in target["dependencies"]:
        if "byName" in dep:
            names.add(dep["byName"][0])
        elif "target" in dep:
            names.add(dep["target"][0])
        elif "product" in dep:
            product = dep["product"][0]
            names.add(PRODUCT_MODULES.get(product, product))
    return names


def imported(folder: pathlib.Path) -> dict[str, list[str]]:
    """Module name → the files that import it (relative to the repository)."""
    found: dict[str, list[str]] = {}
    in_block_comment = False
    for path in sorted(folder.rglob("*.swift")):
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if in_block_comment:
                in_block_comment = "*/" not in stripped
                continue
            if stripped.startswith("/*"):
                in_block_comment = "*/" not in stripped
                continue
            match = IMPORT.match(line)
            if match:
                found.setdefault(match.group(1), []).append(str(path.relative_to(ROOT)))
    return found


def main() -> int:
    dump = subprocess.run(
        ["swift", "package", "dump-package"], cwd=ROOT, check=True, capture_output=True, text=True,
    )
    manifest = json.loads(dump.stdout)
    problems = []
    for target in manifest["targets"]:
        if target["type"] in ("system", "plugin", "binary", "macro"):
            continue
        default = {"test": "Tests", "plugin": "Plugins"}.get(target["type"], "Sources")
        folder = ROOT / (target.get("path") or f"{default}/{target['name']}")
        if not any(folder.rglob("*.swift")):
            continue  # a C target
        uses = imported(folder)
        used = set(uses) - SYSTEM - {target["name"]}
        wanted = declared(target)
        for module in sorted(used - wanted):
            problems.append(
                f"{target['name']} imports {module} ({uses[module][0]}) but Package.swift does not declare it: "
                f"add \"{module}\" (or its .product) to {target['name']}'s dependencies."
            )
        for module in sorted(wanted - used):
            problems.append(
                f"{target['name']} declares {module} in Package.swift but no file of it imports {module}: "
                f"remove it from {target['name']}'s dependencies."
            )
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"check-imports: {len(problems)} difference(s) between Package.swift and the imports.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
