// Offline search over the prebuilt index (window.BEACON_SEARCH, a script: fetch() of a file
// opened from disk is blocked). Chinese text is matched by character pairs (bigrams), other
// text by words (a word typed finds longer words that start with it), the same way the index
// was built. Readers type the way they ask, not in the page's exact words, so a page need not
// hold every term: pages rank by the terms they hold, a match in the title or in the
// fraud-type label and tags counting more than one in the text. Each posting in the index is
// doc * 8 + fields (1 title, 2 label and tags, 4 text).
(function () {
  var index = window.BEACON_SEARCH;
  if (!index) return;
  var han = /[\u3400-\u9fff\uf900-\ufaff]/;
  var termKeys = Object.keys(index.terms);
  var form = document.querySelector(".search-form");
  var stop = {};
  ((form && form.getAttribute && form.getAttribute("data-stop")) || "").split(/\s+/).forEach(function (w) {
    if (w) stop[w.toLowerCase()] = 1;
  });

  function tokens(text) {
    var out = [], run = [], word = "";
    function flushHan() {
      if (run.length === 1) out.push(run[0]);
      for (var i = 0; i + 1 < run.length; i++) out.push(run[i] + run[i + 1]);
      run = [];
    }
    function flushWord() { if (word.length >= 2 || /^[0-9]/.test(word)) out.push(word); word = ""; }
    for (var ch of text.toLowerCase()) {
      if (han.test(ch)) { flushWord(); run.push(ch); }
      else if (/[\p{L}\p{N}]/u.test(ch)) { flushHan(); word += ch; }
      else { flushHan(); flushWord(); }
    }
    flushHan(); flushWord();
    var seen = {};
    return out.filter(function (t) { return seen[t] ? false : (seen[t] = 1); });
  }

  // "scams", "calling", "refunded" look up "scam", "call", "refund" (which then match by prefix).
  function stem(word) {
    if (han.test(word) || /^[0-9]/.test(word) || word.length < 5) return word;
    var m = word.match(/^(.{3,}?)(ies|es|s|ing|ed|er)$/);
    if (!m) return word;
    return m[2] === "ies" ? m[1] + "y" : m[1];
  }

  // doc → fields for one term.
  function postings(term) {
    var found = {};
    function take(list) { list.forEach(function (p) { var d = p >> 3; found[d] = (found[d] || 0) | (p & 7); }); }
    if (han.test(term)) {
      if (index.terms[term]) take(index.terms[term]);
      // A single hanzi: every bigram that contains it.
      else if (term.length === 1) termKeys.forEach(function (k) { if (k.indexOf(term) >= 0) take(index.terms[k]); });
      return found;
    }
    var prefix = stem(term);
    termKeys.forEach(function (k) { if (k.indexOf(prefix) === 0) take(index.terms[k]); });
    return found;
  }

  // A match in the title counts three times one in the text, in the type label or tags twice.
  function weight(fields) { return fields & 1 ? 3 : fields & 2 ? 2 : 1; }

  // The pages for `query`, best first: [{doc, terms (those it holds), count, score}]. Each
  // term a page holds adds its field weight times how rare the term is (a pair that every
  // page has, like 诈骗, says little). Terms no page holds (充客 in 冒充客服, pairs across
  // two words of a sentence) are left out of the count.
  function rank(query) {
    var all = tokens(query);
    var terms = all.filter(function (t) { return !stop[t]; });
    if (!terms.length) terms = all;
    var hits = {}, present = 0, n = index.docs.length;
    terms.forEach(function (t) {
      var found = postings(t), docs = Object.keys(found);
      if (!docs.length) return;
      present++;
      var rarity = Math.log(1 + n / docs.length);
      docs.forEach(function (d) {
        var h = hits[d] || (hits[d] = { doc: Number(d), terms: [], count: 0, score: 0 });
        h.terms.push(t); h.count++; h.score += weight(found[d]) * rarity;
      });
    });
    var list = Object.keys(hits).map(function (d) { return hits[d]; });
    // Enough of the query to be about it: two in five of its terms that occur at all, else,
    // when no page has that many, whatever matched.
    var need = Math.max(1, Math.ceil(present * 0.4));
    var enough = list.filter(function (h) { return h.count >= need; });
    if (enough.length) list = enough;
    // Weight first, then more terms, then newer (the index is newest first).
    return list.sort(function (a, b) { return b.score - a.score || b.count - a.count || a.doc - b.doc; });
  }

  // Marks where `terms` occur in `text`: [[start, end), …] in characters, merged.
  function marks(text, terms) {
    var lower = text.toLowerCase(), spans = [];
    terms.forEach(function (t) {
      var key = han.test(t) ? t : stem(t);
      for (var i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + 1)) {
        var end = i + key.length;
        // A word is marked whole ("scam" marks "scams").
        if (!han.test(t)) while (end < lower.length && /[\p{L}\p{N}]/u.test(lower[end])) end++;
        spans.push([i, end]);
      }
    });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    spans.forEach(function (s) {
      var last = merged[merged.length - 1];
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]); else merged.push(s.slice());
    });
    return merged;
  }

  // A short passage of the page around the matched words: the summary when it holds one,
  // else the start of the text. Returns {text, marks}.
  function excerpt(doc, terms) {
    var width = 90;
    var sources = [doc.s || "", doc.b || ""];
    for (var i = 0; i < sources.length; i++) {
      var m = marks(sources[i], terms);
      if (!m.length) continue;
      var start = Math.max(0, m[0][0] - 20);
      var text = (start > 0 ? "…" : "") + sources[i].slice(start, start + width) + (start + width < sources[i].length ? "…" : "");
      var shift = start > 0 ? start - 1 : 0;
      return { text: text, marks: m.map(function (s) { return [s[0] - shift, s[1] - shift]; })
        .filter(function (s) { return s[0] >= 0 && s[0] < text.length; }) };
    }
    return { text: doc.s || "", marks: [] };
  }

  window.beaconSearch = { rank: rank, excerpt: excerpt, marks: marks };

  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!form || !input || !list || !status) return;

  // Text with the marked spans in <mark>, built as nodes (never as HTML).
  function marked(parent, text, spans) {
    var at = 0;
    spans.forEach(function (s) {
      var end = Math.min(s[1], text.length);
      if (s[0] > at) parent.appendChild(document.createTextNode(text.slice(at, s[0])));
      var m = document.createElement("mark");
      m.textContent = text.slice(s[0], end);
      parent.appendChild(m);
      at = end;
    });
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function render(query) {
    list.innerHTML = "";
    if (!query.trim()) { status.textContent = ""; return; }
    var results = rank(query);
    // One result has its own words ("1 result"); a theme without them falls back to the plural.
    var words = results.length === 1 && status.getAttribute("data-result-one") ? "data-result-one" : "data-results";
    status.textContent = results.length ? status.getAttribute(words).replace("{n}", results.length) : status.getAttribute("data-none");
    results.slice(0, 50).forEach(function (hit) {
      var doc = index.docs[hit.doc];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = doc.u;
      marked(a, doc.t, marks(doc.t, hit.terms));
      var h = document.createElement("h2"); h.className = "item-title"; h.appendChild(a);
      var meta = document.createElement("p"); meta.className = "item-meta";
      [doc.k, doc.y, doc.d].filter(Boolean).forEach(function (part, i) {
        if (i) meta.appendChild(document.createTextNode(" · "));
        marked(meta, part, part === doc.y ? marks(part, hit.terms) : []);
      });
      var ex = excerpt(doc, hit.terms);
      var summary = document.createElement("p");
      marked(summary, ex.text, ex.marks);
      li.appendChild(h); li.appendChild(meta); li.appendChild(summary);
      list.appendChild(li);
    });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    // Keeps the query in the address for the back button; a page opened from disk may refuse.
    try { history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); } catch (err) { /* file:// */ }
    render(input.value);
  });
  var q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; render(q); }
})();
