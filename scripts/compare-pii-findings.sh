#!/bin/sh
# Holds the personal-data check to the same findings after a change: builds sites seeded with
# personal data (scripts/generate-pii-site.py, several seeds) with two binaries and compares
# every problem `beacon check --format json` reports, byte for byte.
# Usage: scripts/compare-pii-findings.sh OLD-BEACON NEW-BEACON [FILES]
set -eu
old=$1 new=$2 files=${3:-400}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for seed in 1 2 3; do
    python3 "$here/generate-pii-site.py" "$work/site-$seed" "$files" --seed "$seed"
    "$old" check --site "$work/site-$seed" --format json > "$work/old-$seed.json" 2>/dev/null || true
    "$new" check --site "$work/site-$seed" --format json > "$work/new-$seed.json" 2>/dev/null || true
    count=$(grep -c '"message"' "$work/old-$seed.json" || true)
    if cmp -s "$work/old-$seed.json" "$work/new-$seed.json"; then
        echo "seed $seed: the same $count problems"
    else
        echo "seed $seed: DIFFERENT"; diff "$work/old-$seed.json" "$work/new-$seed.json" | head -20; status=1
    fi
done
exit $status
