// Offline search over the prebuilt index (window.BEACON_SEARCH): Chinese text is matched by
// character pairs (bigrams), other text by words, the same way the index was built.
(function () {
  var index = window.BEACON_SEARCH;
  var form = document.querySelector(".search-form");
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!index || !form) return;
  var han = /[\u3400-\u9fff\uf900-\ufaff]/;
  var termKeys = Object.keys(index.terms);

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
    return out;
  }

  function postings(term) {
    if (index.terms[term]) return index.terms[term];
    if (han.test(term)) {
      // A single hanzi: every bigram that contains it.
      if (term.length === 1) {
        var hits = {};
        termKeys.forEach(function (k) { if (k.indexOf(term) >= 0) index.terms[k].forEach(function (d) { hits[d] = 1; }); });
        return Object.keys(hits).map(Number);
      }
      return [];
    }
    // Words match by prefix, so "scam" finds "scams".
    var found = {};
    termKeys.forEach(function (k) { if (k.indexOf(term) === 0) index.terms[k].forEach(function (d) { found[d] = 1; }); });
    return Object.keys(found).map(Number);
  }

  function search(query) {
    var terms = tokens(query);
    if (!terms.length) return [];
    var score = {};
    var sets = terms.map(postings);
    // Every term must match; documents rank by the number of matching postings, then recency.
    var first = sets[0];
    first.forEach(function (d) {
      if (sets.every(function (s) { return s.indexOf(d) >= 0; })) score[d] = terms.length;
    });
    return Object.keys(score).map(Number).sort(function (a, b) { return score[b] - score[a] || a - b; });
  }

  function render(query) {
    list.innerHTML = "";
    if (!query.trim()) { status.textContent = ""; return; }
    var results = search(query);
    // One result has its own words ("1 result"); a theme without them falls back to the plural.
    var words = results.length === 1 && status.getAttribute("data-result-one") ? "data-result-one" : "data-results";
    status.textContent = results.length ? status.getAttribute(words).replace("{n}", results.length) : status.getAttribute("data-none");
    results.slice(0, 50).forEach(function (i) {
      var doc = index.docs[i];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = doc.u; a.textContent = doc.t;
      var h = document.createElement("h2"); h.className = "item-title"; h.appendChild(a);
      var meta = document.createElement("p"); meta.className = "item-meta"; meta.textContent = [doc.k, doc.d].filter(Boolean).join(" · ");
      var summary = document.createElement("p"); summary.textContent = doc.s;
      li.appendChild(h); li.appendChild(meta); li.appendChild(summary);
      list.appendChild(li);
    });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    render(input.value);
  });
  var q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; render(q); }
})();
