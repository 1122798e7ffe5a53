#!/usr/bin/env python3
"""Measures `beacon serve`'s save-to-served time: from saving a case's Chinese file to the
first answer for its page that shows the new words.

Copies a site (by default the sample site at the repository root: cases, LED boards,
leaflets and banners), optionally adds N more content files (bilingual bulletins), starts
`beacon serve`, then, like an open browser tab, listens to the reload events and asks for
the case's page after each announced build until it shows the new words. Prints one line
per save and the median.

    scripts/bench-serve.py [--beacon .build/release/beacon] [--site .] [--extra 3000]
                           [--case safe-account-police] [--saves 7]

--starter uses a fresh `beacon new site` instead of --site. Compare two binaries in the same
minute (the machine's load changes the figures): run the script once with each --beacon.
"""
import argparse, os, random, re, shutil, socket, statistics, subprocess, sys, tempfile, time, urllib.request

p = argparse.ArgumentParser()
p.add_argument("--beacon", default=".build/release/beacon")
p.add_argument("--site", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
p.add_argument("--starter", action="store_true", help="measure a new `beacon new site` instead of --site")
p.add_argument("--extra", type=int, default=0, help="content files to add (half Chinese, half English bulletins)")
p.add_argument("--case", default=None, help="case whose Chinese file is saved (default: the first a leaflet prints)")
p.add_argument("--saves", type=int, default=7)
p.add_argument("--settle", type=float, default=3.0, help="seconds to wait after each save, for work done after the page")
p.add_argument("--port", type=int, default=18400)
a = p.parse_args()
beacon = os.path.abspath(a.beacon)
site = os.path.join(tempfile.mkdtemp(prefix="beacon-bench-"), "site")
if a.starter:
    subprocess.run([beacon, "new", "site", site], check=True, stdout=subprocess.DEVNULL)
else:
    os.makedirs(site)
    for entry in ["site.yaml", "content", "themes", "static"]:
        src = os.path.join(a.site, entry)
        if os.path.isdir(src): shutil.copytree(src, os.path.join(site, entry))
        elif os.path.exists(src): shutil.copy(src, site)

# The site's own fraud types (the keys under `fraud_types:` in site.yaml), so the bulletins build.
config = open(f"{site}/site.yaml", encoding="utf-8").read()
block = re.search(r"^fraud_types:\n((?:[ \t]+.*\n|\n)+)", config, re.M)
types = re.findall(r"^  ([\w-]+):", block.group(1), re.M)[:3] if block else ["task-rebate"]
for i in range(a.extra // 2):
    d = f"20{20 + i % 6:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    for lang, title, body in [("zh", f"第{i}号警情通报", f"本期通报第{i}号。区公安分局破获电信网络诈骗案件一批。\n\n## 警方提示\n\n凡是刷单返利，都是诈骗。"),
                              ("en", f"Bulletin number {i}", f"Bulletin {i}. The district police solved a number of fraud cases.\n\n## Police advice\n\nEvery paid order-brushing job is a scam.")]:
        with open(f"{site}/content/bulletins/bench-{i}.{lang}.md", "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: {title}\ndate: {d}\nfraud_type: {types[i % 3]}\n---\n{body}\n")

case = a.case
if case is None:
    case = "task-rebate-student" if a.starter else None
    for name in sorted(os.listdir(f"{site}/content/leaflets")) if os.path.isdir(f"{site}/content/leaflets") else []:
        m = re.search(r"^cases:\s*\[([^\]]+)\]", open(f"{site}/content/leaflets/{name}", encoding="utf-8").read(), re.M)
        if m and case is None: case = m.group(1).split(",")[0].strip()
    case = case or sorted(f for f in os.listdir(f"{site}/content/cases") if f.endswith(".zh.md"))[0][:-6]
path = f"{site}/content/cases/{case}.zh.md"

server = subprocess.Popen([beacon, "serve", "--site", site, "--port", str(a.port), "--quiet"], stderr=subprocess.PIPE, text=True)
line = ""
while "Serving" not in line:
    line = server.stderr.readline()
    if not line: sys.exit("beacon serve stopped")
port = int(re.search(r":(\d+)/", line).group(1))
page = f"http://127.0.0.1:{port}/cases/{case}/"
# The pages are served before the leaflets are typeset; a leaflet asked for waits until they
# are. Ask for one first, so the saves measure the preview at rest, not beside the print work.
leaflets = sorted(n[:-5] for n in os.listdir(f"{site}/content/leaflets") if n.endswith(".yaml")) if os.path.isdir(f"{site}/content/leaflets") else []
if leaflets:
    urllib.request.urlopen(f"http://127.0.0.1:{port}/leaflets/{leaflets[0]}.zh.pdf", timeout=300).read()
original = open(path, encoding="utf-8").read()
chinese = "反诈提醒警方银行转账验证码陌生来电客服退款刷单兼职投资理财"


def cpu_ns():
    """CPU time the server's threads have used so far (ns): a figure the machine's load barely changes."""
    total = 0
    for task in os.listdir(f"/proc/{server.pid}/task"):
        try: total += int(open(f"/proc/{server.pid}/task/{task}/schedstat").read().split()[0])
        except (OSError, ValueError): pass
    return total


def events():
    """A reload-event stream, as a tab holds it: yields each announced generation."""
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /__beacon/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    buf = b""
    try:
        while b"\r\n\r\n" not in buf: buf += s.recv(4096)
        buf = buf.split(b"\r\n\r\n", 1)[1]
        while True:
            while b"\n\n" not in buf:
                chunk = s.recv(4096)
                if not chunk: return
                buf += chunk
            message, _, buf = buf.partition(b"\n\n")
            found = re.findall(rb"data: (\S+)", message)
            if found: yield found[0].decode()
    finally:
        s.close()


print(f"{'starter site' if a.starter else 'site ' + os.path.abspath(a.site)} + {a.extra} files; saving content/cases/{case}.zh.md; {beacon}")
times, cpus = [], []
try:
    for i in range(a.saves):
        stream = events()
        generation = next(stream)
        marker = "".join(random.choice(chinese) for _ in range(8)) + str(random.randint(1000, 9999))
        c0 = cpu_ns()
        t0 = time.perf_counter()
        with open(path, "w", encoding="utf-8") as f: f.write(original.rstrip() + "\n\n" + marker + "\n")
        while True:
            body = urllib.request.urlopen(page).read().decode()
            if marker in body: break
            generation = next(stream)
        elapsed = (time.perf_counter() - t0) * 1000
        cpu = (cpu_ns() - c0) / 1e6
        times.append(elapsed)
        cpus.append(cpu)
        print(f"save {i + 1}: page with the new words after {elapsed:.0f} ms (server CPU {cpu:.0f} ms)")
        stream.close()
        time.sleep(a.settle)
finally:
    with open(path, "w", encoding="utf-8") as f: f.write(original)
    server.terminate(); server.wait()
    shutil.rmtree(os.path.dirname(site), ignore_errors=True)
load = os.getloadavg()[0]
print(f"median {statistics.median(times):.0f} ms over {a.saves} saves, server CPU {statistics.median(cpus):.0f} ms (load average {load:.1f})")
