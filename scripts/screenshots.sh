#!/usr/bin/env bash
# Renders what a person looks at into docs/screenshots/: pages of the built sample site in
# headless Chromium at phone (390×844) and desktop (1280×900) size, the sample tri-fold
# leaflet's pages (pdftoppm, 60 dpi), an LED board preview and a banner. Run after `beacon build`.
# Needs chromium and poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
port=8123
python3 -m http.server "$port" -d public >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 1
shoot() { # name path width height
  chromium --headless=new --no-sandbox --hide-scrollbars --disable-gpu --window-size="$3,$4" \
    --screenshot="$out/$1.png" "http://127.0.0.1:$port$2" >/dev/null 2>&1
}
shoot home-zh-phone / 390 844
shoot home-en-desktop /en/ 1280 900
shoot stats-zh-desktop /stats/2021-10/ 1280 1400
shoot stats-en-phone /en/stats/2021-10/ 390 1400
shoot case-zh-phone /cases/task-rebate-part-time/ 390 1200
shoot case-en-desktop /en/cases/task-rebate-part-time/ 1280 1000
for side in 1 2; do
  pdftoppm -r 60 -png -f "$side" -l "$side" -singlefile public/leaflets/typical-cases.zh.pdf "$out/trifold-zh-$side"
done
cp public/led/station/preview.png "$out/led-station-preview.png"
shoot led-en-phone /en/led/ 390 1400
shoot banners-en-desktop /en/banners/ 1280 1100
# The 1:10 sample banner as the print shop gets it.
pdftoppm -r 60 -png -singlefile public/banners/village-gate.zh.pdf "$out/banner-village-gate-zh"
# The preview's error overlay over a page, for an impossible date in a copy of the site.
broken=$(mktemp -d)
cp -r site.yaml content themes "$broken/"
sed -i 's/^date: .*/date: 2021-02-30/' "$broken/content/cases/task-rebate-part-time.zh.md"
.build/release/beacon serve --site "$broken" --port 8124 --quiet &
serve=$!
sleep 4
chromium --headless=new --no-sandbox --hide-scrollbars --disable-gpu --window-size=390,844 \
  --screenshot="$out/overlay-zh-phone.png" "http://127.0.0.1:8124/cases/" >/dev/null 2>&1
kill $serve; rm -rf "$broken"
ls -la "$out"
