#!/usr/bin/env bash
# Builds the same generated bilingual site with Beacon and with Hugo in one run, cold, runs
# alternating, and prints wall time, CPU time, peak memory and pages for both, their ratios,
# and Beacon's step times. Hugo gets a theme with the default theme's page furniture: head
# metadata (canonical, hreflang, Open Graph, feed), the hotline bar, header with language
# switch, the menu with its current section, article facts, paginated lists, a page per fraud
# type and per tag, feeds, sitemap and the footer.
#
#   scripts/bench-hugo.sh [FILES] [RUNS] [GENERATOR OPTIONS…]
#     FILES  Markdown files (default 11000), RUNS  runs of each tool (default 3)
#     e.g. scripts/bench-hugo.sh 11000 3 --seed 11 --bulletin-share 0.6   (a second corpus)
#   BENCH_GENERATOR=scripts/generate-remix-site.py scripts/bench-hugo.sh 11000 3
#     (a corpus made another way: the sample site's own pages remixed, not a word bank)
# Needs `apt-get install hugo` (Debian's is 0.111).
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-11000}
runs=${2:-3}
shift $(( $# > 2 ? 2 : $# ))
work=$(mktemp -d)
# BENCH_KEEP=1 leaves the copies (printing where) for the caller to delete later: a second
# bench run started right after this one's copies were deleted would measure the disk.
trap 'if [ -n "${BENCH_KEEP:-}" ]; then echo "kept: $work" >&2; else rm -rf "$work"; fi' EXIT
python3 "${BENCH_GENERATOR:-scripts/generate-bench-site.py}" "$work/src" "$files" "$@"
# Hugo draws no share posters: Beacon draws none either (`share: {posters: 0}`), so both tools
# do the same work. The default, 20 per section and language, is measured in the share kit's note.
printf '\nshare: {posters: 0}\n' >> "$work/src/site.yaml"
# The Hugo copy: the same Markdown files; fraud_type and tags as taxonomies, languages by file name.
hugo_src="$work/hugo-src"
mkdir -p "$hugo_src/layouts/_default" "$hugo_src/layouts/partials" "$hugo_src/static/css"
cp -r "$work/src/content" "$hugo_src/content"
cp Sources/BeaconTheme/default/static/css/site.css "$hugo_src/static/css/site.css"   # the same stylesheet as Beacon's default theme
cp scripts/bench-hugo/layouts/_default/*.html "$hugo_src/layouts/_default/"
cp scripts/bench-hugo/layouts/partials/*.html "$hugo_src/layouts/partials/"
cp scripts/bench-hugo/config.yaml "$hugo_src/config.yaml"

[ -n "${BEACON_BIN:-}" ] || swift build -c release >/dev/null
beacon_bin=${BEACON_BIN:-$PWD/.build/release/beacon}

# One cold run: a fresh copy of the sources, no output folder, no cache.
# Prints "wall cpu peak_kib pages" on stdout.
#
# Each run gets its own copy, and no copy is deleted before the end. On an ext4 without a
# journal (this kind of machine) the kernel skips the inodes of files deleted in the last one
# to five minutes when it makes new ones (`recently_deleted()` in fs/ext4/ialloc.c), so a run
# right after an `rm -rf` of the last run's 24,000 files made its files 5–13× slower, and the
# figures measured the disk, not the tools. Run the bench a few minutes after anything big was
# deleted, for the same reason.
run() {
  local tool=$1 copy="$work/run-$1-$2"
  sync
  if [ "$tool" = beacon ]; then
    cp -r "$work/src" "$copy"
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$beacon_bin" build --site "$copy" --verbose > "$work/beacon.log" 2>&1
  else
    cp -r "$hugo_src" "$copy"
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" hugo --quiet -s "$copy" -d "$copy/public" > "$work/hugo.log" 2>&1
  fi
  pages=$(find "$copy/public" -name '*.html' | wc -l)
  read -r wall user sys peak < <(tail -n 1 "$work/time")
  echo "$wall $(echo "$user + $sys" | bc | xargs printf '%.2f') $peak $pages $user $sys"
}

declare -a bw bc bm hw hc hm bu bs hu hs
for i in $(seq "$runs"); do
  read -r w c m bp u s < <(run beacon "$i"); bw+=("$w"); bc+=("$c"); bm+=("$m"); bu+=("$u"); bs+=("$s")
  cp "$work/beacon.log" "$work/beacon-$i.log"
  read -r w c m hp u s < <(run hugo "$i"); hw+=("$w"); hc+=("$c"); hm+=("$m"); hu+=("$u"); hs+=("$s")
  echo "run $i: Beacon ${bw[-1]} s (CPU ${bu[-1]} user + ${bs[-1]} system), Hugo ${hw[-1]} s (CPU ${hu[-1]} + ${hs[-1]})" >&2
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mb() { echo "scale=0; $1 / 1024" | bc; }
ratio() { printf '%.2f' "$(echo "scale=3; $1 / $2" | bc)"; }
BW=$(median "${bw[@]}"); HW=$(median "${hw[@]}")
BC=$(median "${bc[@]}"); HC=$(median "${hc[@]}")
BM=$(median "${bm[@]}"); HM=$(median "${hm[@]}")
echo
echo "$files files, $runs cold runs of each, alternating; medians"
echo "|  | Beacon | Hugo | ratio |"
echo "|---|---|---|---|"
echo "| wall time | ${BW} s | ${HW} s | $(ratio "$BW" "$HW") |"
echo "| CPU time | ${BC} s | ${HC} s | $(ratio "$BC" "$HC") |"
echo "| of which in the kernel | $(median "${bs[@]}") s | $(median "${hs[@]}") s | |"
echo "| peak memory | $(mb "$BM") MiB | $(mb "$HM") MiB | $(ratio "$BM" "$HM") |"
echo "| HTML pages | $bp | $hp | |"
echo
echo "Beacon's steps (median run):"
grep -E '^\[[0-9]+/[0-9]+\] .*\([0-9.]+ s\)$' "$work/beacon-$(( (runs + 1) / 2 )).log" | sed 's/^/  /'
