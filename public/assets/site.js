// shownotes: progressive enhancement for episode pages. Without it every link and anchor still works.
(function () {
  'use strict';
  var audio = null;
  var turns = [];

  function parseT(hash) {
    var m = /^#?t=(\d+(?:\.\d+)?|\d{1,3}:\d{2}(?::\d{2})?)(?:-\d+)?$/.exec(hash || '');
    if (!m) return null;
    var v = m[1];
    if (v.indexOf(':') < 0) return Number(v);
    return v.split(':').reduce(function (a, b) { return a * 60 + Number(b); }, 0);
  }

  function turnAt(t) {
    var lo = 0, hi = turns.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (turns[mid].t <= t + 0.001) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found < 0 ? null : turns[found].el;
  }

  var current = null;
  function highlight(el) {
    if (el === current) return;
    // Several turns can share a second: keep the one a link named rather than jump to the last of them.
    if (current && el && current.getAttribute('data-t') === el.getAttribute('data-t')) return;
    if (current) current.classList.remove('current');
    current = el;
    if (el) el.classList.add('current');
  }

  function seek(t, play) {
    if (!audio || t === null) return;
    try { audio.currentTime = t; } catch (e) { /* not seekable yet */ }
    if (play) { var p = audio.play(); if (p && p.catch) p.catch(function () {}); }
    highlight(turnAt(t));
  }

  function openHash(play) {
    var t = parseT(location.hash);
    if (t === null) return;
    var exact = document.getElementById(location.hash.slice(1));
    var el = exact || turnAt(t);
    if (el) el.scrollIntoView({ block: 'center' });
    if (current) current.classList.remove('current');
    current = null;
    highlight(exact && exact.classList.contains('turn') ? exact : turnAt(t));
    if (audio) {
      if (audio.readyState > 0) seek(t, play);
      else audio.addEventListener('loadedmetadata', function () { seek(t, play); }, { once: true });
      audio.setAttribute('data-pending', String(t));
    }
  }

  function init() {
    audio = document.querySelector('#player audio');
    var els = document.querySelectorAll('.turn[data-t]');
    for (var i = 0; i < els.length; i++) turns.push({ t: Number(els[i].getAttribute('data-t')), el: els[i] });
    if (audio) {
      if (audio.preload === 'none' && parseT(location.hash) !== null) audio.preload = 'metadata';
      audio.addEventListener('timeupdate', function () { highlight(turnAt(audio.currentTime)); });
    }
    document.addEventListener('click', function (ev) {
      var a = ev.target.closest ? ev.target.closest('a.seek, a.time') : null;
      if (!a || !audio) return;
      var t = a.hasAttribute('data-t') ? Number(a.getAttribute('data-t')) : parseT(a.getAttribute('href'));
      if (t === null || isNaN(t)) return;
      if (a.classList.contains('seek')) {
        ev.preventDefault();
        history.replaceState(null, '', '#t=' + Math.floor(t));
      }
      seek(t, true);
    });
    window.addEventListener('hashchange', function () { openHash(false); });
    openHash(false);
    document.addEventListener('keydown', function (ev) {
      var tag = (ev.target && ev.target.tagName) || '';
      if (ev.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(tag) && !ev.target.isContentEditable) {
        var q = document.getElementById('q');
        if (q) { ev.preventDefault(); q.focus(); }
      }
    });
  }


  // ---- Search: Pagefind's chunked index, loaded on first use. Results land on the exact turn. ----
  function initSearch() {
    var input = document.getElementById('q');
    var box = document.getElementById('search-results');
    var form = input && input.form;
    if (!input || !box || !form) return;
    var base = form.getAttribute('action').replace(/search\/$/, '');
    var engine = null;
    var selected = -1;
    var timer = null;
    var seq = 0;
    var skip = {};

    function load() {
      if (!engine) {
        // The words the index leaves out (search/skip-words.json): a query must leave them out too.
        var words = fetch(base + 'search/skip-words.json').then(function (r) { return r.ok ? r.json() : []; }).catch(function () { return []; });
        var pagefind = import(base + 'pagefind/pagefind.js').then(function (pf) {
          // No worker: it would cost a 43 KB download on the first search, and queries are fast on the main thread.
          return Promise.resolve(pf.options({ excerptLength: 24, noWorker: true })).then(function () { pf.init(); warmSegmenter(); return pf; });
        });
        engine = Promise.all([pagefind, words]).then(function (both) {
          both[1].forEach(function (w) { skip[w] = true; });
          return both[0];
        });
      }
      return engine;
    }

    // Pagefind splits the query with Intl.Segmenter, whose first use loads the browser's break rules (tens of
    // milliseconds on a slow machine): done while the box is focused, not when the first query runs.
    function warmSegmenter() {
      if (window.Intl && Intl.Segmenter) Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment('warm up'));
    }

    // A word as the skip list spells it (the build's skipForm): lower case, straight apostrophes, no punctuation around.
    function skipForm(word) {
      return word.toLowerCase().replace(/\u2019/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    }

    // The query as the index can answer it: without skip words, each "quoted phrase" kept a phrase.
    function indexedQuery(q) {
      return q.split('"').map(function (part, i) {
        var kept = part.split(/\s+/).filter(function (w) { var f = skipForm(w); return f && !skip[f]; }).join(' ');
        return i % 2 === 1 && kept ? '"' + kept + '"' : kept;
      }).filter(Boolean).join(' ');
    }

    // Text the index keeps but does not search (skip words, the turn list) is stored as Braille patterns, one per
    // UTF-8 byte (search/skipWords.ts, hideText); this turns it back into text.
    var utf8 = new TextDecoder();
    function shown(text) {
      return String(text).replace(/[\u2800-\u28ff]+/g, function (run) {
        var bytes = new Uint8Array(run.length);
        for (var i = 0; i < run.length; i++) bytes[i] = run.charCodeAt(i) - 0x2800;
        return utf8.decode(bytes);
      });
    }

    // Pagefind's excerpt marks matches with <mark>; everything else is shown as text, never as HTML.
    function excerptNode(html) {
      var span = document.createElement('span');
      span.className = 'excerpt';
      var parts = String(html).split(/<mark>|<\/mark>/);
      var decode = document.createElement('textarea');
      for (var i = 0; i < parts.length; i++) {
        decode.innerHTML = parts[i].replace(/</g, '&lt;');
        var text = document.createTextNode(shown(decode.value));
        if (i % 2 === 1) { var m = document.createElement('mark'); m.appendChild(text); span.appendChild(m); }
        else span.appendChild(text);
      }
      return span;
    }

    // The turn a hit is in: the last turn whose first word comes at or before the first match. The record lists its
    // turns as `speaker|speaker;entry,entry…`, each entry `words since the last turn:id after "t=":speaker's place`
    // (src/render/outputs/searchRecords.ts); the clock is the id's whole seconds.
    function place(data) {
      var url = data.url;
      var info = { href: url, speaker: '', clock: '' };
      var turns = data.meta && data.meta.turns && shown(data.meta.turns);
      if (!turns || !data.locations || !data.locations.length) return info;
      var at = data.locations[0];
      var cut = turns.indexOf(';');
      var names = turns.slice(0, cut).split('|');
      var list = turns.slice(cut + 1).split(',');
      var pick = null;
      var words = 0;
      for (var i = 0; i < list.length; i++) {
        var f = list[i].split(':');
        words += Number(f[0]);
        if (pick && words > at) break;
        pick = f;
      }
      info.href = url.split('#')[0] + '#t=' + pick[1];
      info.speaker = pick[2] === '' ? '' : names[Number(pick[2])] || '';
      info.clock = clock(Number(pick[1].split('-')[0]));
      return info;
    }

    // As the build writes a clock (core/time.ts, formatClock): m:ss, or h:mm:ss from an hour on.
    function clock(seconds) {
      var s = Math.max(0, Math.floor(seconds || 0));
      var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = String(s % 60).padStart(2, '0');
      return h > 0 ? h + ':' + String(m).padStart(2, '0') + ':' + sec : m + ':' + sec;
    }

    function show(items, q, empty) {
      box.textContent = '';
      box.setAttribute('data-query', q);
      selected = -1;
      if (!items.length) {
        var none = document.createElement('p');
        none.className = 'none';
        none.textContent = empty || 'No results.';
        box.appendChild(none);
      }
      items.forEach(function (data) {
        var where = place(data);
        var a = document.createElement('a');
        a.href = where.href;
        a.setAttribute('aria-selected', 'false');
        var head = document.createElement('span');
        head.className = 'where';
        var bits = [data.meta.title, data.meta.topic, where.speaker, where.clock].filter(Boolean);
        head.textContent = bits.join(' · ');
        a.appendChild(head);
        a.appendChild(document.createElement('br'));
        a.appendChild(excerptNode(data.excerpt));
        box.appendChild(a);
      });
      box.hidden = false;
    }

    function run() {
      var q = input.value.trim();
      var mine = ++seq;
      if (!q) { box.hidden = true; box.textContent = ''; return; }
      var t0 = performance.now();
      var common = false;
      load().then(function (pf) {
        var words = indexedQuery(q);
        common = !words;
        return common ? { results: [] } : pf.search(words);
      }).then(function (s) {
        if (mine !== seq || !s) return null;
        return Promise.all(s.results.slice(0, 6).map(function (r) { return r.data(); }));
      }).then(function (items) {
        if (mine !== seq || !items) return;
        show(items, q, common ? 'Every word of that is too common to search for. Add a less common one.' : '');
        window.__shownotesSearchMs = performance.now() - t0;
      });
    }

    function move(delta) {
      var links = box.querySelectorAll('a');
      if (!links.length) return;
      if (selected >= 0) links[selected].setAttribute('aria-selected', 'false');
      selected = (selected + delta + links.length) % links.length;
      links[selected].setAttribute('aria-selected', 'true');
      links[selected].scrollIntoView({ block: 'nearest' });
    }

    // While the query is typed, the index chunks of its finished words load (Pagefind's preload): the chunks the
    // query will need anyway, so nothing is downloaded twice, and the search has less to wait for.
    var preloaded = '';
    function preload() {
      var done = input.value.slice(0, input.value.search(/\s\S*$/) + 1);
      load().then(function (pf) {
        var words = indexedQuery(done);
        if (words && words !== preloaded) { preloaded = words; Promise.resolve(pf.preload(words)).catch(function () {}); }
      });
    }

    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 120); preload(); });
    input.addEventListener('focus', function () { load(); });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowDown') { ev.preventDefault(); move(1); }
      else if (ev.key === 'ArrowUp') { ev.preventDefault(); move(-1); }
      else if (ev.key === 'Escape') { box.hidden = true; }
      else if (ev.key === 'Enter') {
        var links = box.querySelectorAll('a');
        var target = links[selected >= 0 ? selected : 0];
        if (target) { ev.preventDefault(); location.href = target.href; box.hidden = true; }
      }
    });
    form.addEventListener('submit', function (ev) { ev.preventDefault(); clearTimeout(timer); run(); });
    var q = new URLSearchParams(location.search).get('q');
    if (q && /\/search\/$/.test(location.pathname)) { input.value = q; run(); }
  }

  function start() { init(); initSearch(); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
