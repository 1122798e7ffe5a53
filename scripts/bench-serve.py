#!/usr/bin/env python3
"""Measures `beacon serve`'s save-to-reload time: from writing a file to the reloaded page.

Makes a site with `beacon new site`, adds N bilingual bulletins (N=0: the starter as is),
starts `beacon serve`, then, like an open browser tab, listens to the reload events and
fetches the page after each save. Prints one line per save and the median.

    scripts/bench-serve.py [--beacon .build/release/beacon] [--bulletins 1500] [--saves 5]
"""
import argparse, os, random, re, socket, statistics, string, subprocess, sys, tempfile, time, urllib.request

p = argparse.ArgumentParser()
p.add_argument("--beacon", default=".build/release/beacon")
p.add_argument("--bulletins", type=int, default=1500)
p.add_argument("--saves", type=int, default=5)
p.add_argument("--port", type=int, default=18400)
a = p.parse_args()
beacon = os.path.abspath(a.beacon)
site = os.path.join(tempfile.mkdtemp(prefix="beacon-bench-"), "site")
subprocess.run([beacon, "new", "site", site], check=True, stdout=subprocess.DEVNULL)
types = ["task-rebate", "impersonate-police", "fake-investment"]
for i in range(a.bulletins):
    d = f"20{20 + i % 6:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    for lang, title, body in [("zh", f"第{i}号警情通报", f"本期通报第{i}号。区公安分局破获电信网络诈骗案件一批。\n\n## 警方提示\n\n凡是刷单返利，都是诈骗。"),
                              ("en", f"Bulletin number {i}", f"Bulletin {i}. The district police solved a number of fraud cases.\n\n## Police advice\n\nEvery paid order-brushing job is a scam.")]:
        with open(f"{site}/content/bulletins/b{i}.{lang}.md", "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: {title}\ndate: {d}\nfraud_type: {types[i % 3]}\n---\n{body}\n")

server = subprocess.Popen([beacon, "serve", "--site", site, "--port", str(a.port), "--quiet"], stderr=subprocess.PIPE, text=True)
line = ""
while "Serving" not in line:
    line = server.stderr.readline()
    if not line: sys.exit("beacon serve stopped: " + line)
port = int(re.search(r":(\d+)/", line).group(1))
path = f"{site}/content/cases/task-rebate-student.en.md"
page = f"http://127.0.0.1:{port}/en/cases/task-rebate-student/"
original = open(path, encoding="utf-8").read()
times = []
try:
    for i in range(a.saves):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET /__beacon/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        buf = b""
        while b"data:" not in buf: buf += s.recv(4096)
        generation = re.findall(rb"data: (\S+)", buf)[-1]
        marker = "MARK" + "".join(random.choice(string.ascii_lowercase) for _ in range(10))
        t0 = time.perf_counter()
        with open(path, "w", encoding="utf-8") as f: f.write(original.rstrip() + "\n\n" + marker + "\n")
        while True:
            buf += s.recv(4096)
            found = re.findall(rb"data: (\S+)", buf)
            if found and found[-1] != generation: break
        ok = marker in urllib.request.urlopen(page).read().decode()
        elapsed = (time.perf_counter() - t0) * 1000
        times.append(elapsed)
        print(f"save {i + 1}: reloaded page after {elapsed:.0f} ms{'' if ok else ' (new text missing!)'}")
        s.close()
        time.sleep(0.3)
finally:
    with open(path, "w", encoding="utf-8") as f: f.write(original)
    server.terminate(); server.wait()
print(f"median {statistics.median(times):.0f} ms over {a.saves} saves, {a.bulletins} extra bulletins in each language")
