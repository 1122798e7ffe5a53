#!/usr/bin/env bash
# Builds the same generated bilingual site with Beacon and with Hugo, in one run, and prints
# both times and their ratio. Hugo gets a theme of the same shape (layout with menu and
# language switcher, paginated lists, a page per fraud type, feeds, sitemap).
#   scripts/bench-hugo.sh [FILES]     (default 11000 Markdown files; needs `apt-get install hugo`)
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-11000}
work=$(mktemp -d)
python3 scripts/generate-bench-site.py "$work/beacon" "$files"
cp -r themes "$work/beacon/themes"
# Hugo draws no share posters: Beacon draws none either, so both tools do the same work.
printf '\nshare: {posters: 0}\n' >> "$work/beacon/site.yaml"
# The Hugo copy: same Markdown files, fraud_type as a taxonomy, languages by file name.
mkdir -p "$work/hugo/layouts/_default" "$work/hugo/layouts/partials"
cp -r "$work/beacon/content" "$work/hugo/content"
cat > "$work/hugo/config.yaml" <<'YAML'
baseURL: https://bench.example.org/
defaultContentLanguage: zh
languages:
  zh: {weight: 1, languageName: 中文}
  en: {weight: 2, languageName: English}
taxonomies: {fraud_type: fraud_type}
paginate: 10
disableKinds: [RSS]
outputs: {home: [HTML, RSS], section: [HTML]}
YAML
cat > "$work/hugo/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="{{ .Lang }}"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ .Summary | plainify }}">{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">{{ end }}
<link rel="stylesheet" href="{{ "css/site.css" | relURL }}"></head><body><header><a href="{{ "" | relLangURL }}">{{ .Site.Title }}</a>
<nav>{{ range .Translations }}<a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a>{{ end }}</nav>
<ul><li><a href="{{ "bulletins/" | relLangURL }}">Bulletins</a></li><li><a href="{{ "cases/" | relLangURL }}">Cases</a></li><li><a href="{{ "fraud_type/" | relLangURL }}">Types</a></li></ul></header>
<main>{{ block "main" . }}{{ end }}</main><footer>110 · 96110</footer></body></html>
HTML
cat > "$work/hugo/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }} {{ .Params.fraud_type }}</p>{{ .Content }}</article>{{ end }}
HTML
cat > "$work/hugo/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<article><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Date.Format "2006-01-02" }}</p><p>{{ .Summary | plainify }}</p></article>{{ end }}
{{ with .Paginator.Next }}<a href="{{ .URL }}">next</a>{{ end }}{{ end }}
HTML
cp "$work/hugo/layouts/_default/list.html" "$work/hugo/layouts/_default/terms.html"
swift build -c release >/dev/null
start=$(date +%s.%N); .build/release/beacon build --site "$work/beacon" --quiet; beacon=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N); hugo --quiet -s "$work/hugo" -d "$work/hugo/public"; hugo=$(echo "$(date +%s.%N) - $start" | bc)
echo "Beacon: $(find "$work/beacon/public" -name '*.html' | wc -l) HTML files in ${beacon} s"
echo "Hugo:   $(find "$work/hugo/public" -name '*.html' | wc -l) HTML files in ${hugo} s"
echo "ratio Beacon/Hugo: $(echo "scale=2; $beacon / $hugo" | bc)"
rm -rf "$work"
