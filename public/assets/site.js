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


  // ---- Search: the site's own index (src/search/buildSearchIndex.ts), loaded a few files at a time on first use. ----
  // A query's words are looked up in the terms files that hold them; the best records are fetched for their excerpt,
  // and each result lands on the exact turn of its first match.
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
    var RESULTS = 6;

    function json(path) {
      return fetch(base + path).then(function (r) { if (!r.ok) throw new Error(path + ': ' + r.status); return r.json(); });
    }

    function load() {
      if (!engine) {
        // The words the index leaves out (search/skip-words.json): a query leaves them out too.
        var words = json('search/skip-words.json').catch(function () { return []; });
        engine = Promise.all([json('search/meta.json'), words]).then(function (both) {
          both[1].forEach(function (w) { skip[w] = true; });
          return new Index(both[0]);
        });
        engine.catch(function () { engine = null; });
      }
      return engine;
    }

    // As the build splits and folds text (src/search/terms.ts): tokens at white space, the words in each in lower case
    // without skip words, each word without a possessive or a plural s.
    function termsOf(token) {
      var out = [];
      var words = token.toLowerCase().replace(/\u2019/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) || [];
      for (var i = 0; i < words.length; i++) if (!skip[words[i]]) out.push(fold(words[i]));
      return out;
    }
    function fold(word) {
      var w = /'s$/.test(word) ? word.slice(0, -2) : word;
      return w.length > 3 && /s$/.test(w) && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w;
    }
    // A term of the text answers a word of the query when it is that word, or begins with it (three letters or more).
    function answers(term, word) {
      return term === word || (word.length >= 3 && term.lastIndexOf(word, 0) === 0);
    }

    // The query: its words, and each "quoted phrase" as the words that must follow one another.
    function parse(q) {
      var words = [], phrases = [];
      q.split('"').forEach(function (part, i) {
        var ws = [];
        part.split(/\s+/).forEach(function (token) { ws.push.apply(ws, termsOf(token)); });
        ws.forEach(function (w) { if (words.indexOf(w) < 0) words.push(w); });
        if (i % 2 === 1 && ws.length > 1) phrases.push(ws);
      });
      return { words: words, phrases: phrases };
    }

    function Index(meta) {
      this.meta = meta;
      this.firsts = meta.terms.map(function (t) { return t[0]; });
      this.files = {};
      this.records = {};
    }
    // The terms files a word needs: the one it would be in, and the next ones while their first term begins with it.
    Index.prototype.filesFor = function (word) {
      var f = this.firsts, lo = 0, hi = f.length - 1, at = -1, out = [];
      while (lo <= hi) { var mid = (lo + hi) >> 1; if (f[mid] <= word) { at = mid; lo = mid + 1; } else hi = mid - 1; }
      if (at >= 0) out.push(at);
      for (var j = at + 1; j < f.length && answers(f[j], word); j++) out.push(j);
      return out;
    };
    Index.prototype.file = function (i) {
      var name = this.meta.terms[i][1];
      var files = this.files;
      if (!files[name]) { files[name] = json('search/' + name); files[name].catch(function () { delete files[name]; }); }
      return files[name];
    };
    Index.prototype.preload = function (words) {
      var self = this;
      words.forEach(function (w) { self.filesFor(w).forEach(function (i) { self.file(i).catch(function () {}); }); });
    };
    // Every record holding every word, best first: BM25 over the terms that answer each word (a prefix counts half).
    Index.prototype.rank = function (words) {
      var self = this, n = this.meta.records, mean = this.meta.meanLength || 1;
      return Promise.all(words.map(function (w) {
        return Promise.all(self.filesFor(w).map(function (i) { return self.file(i); })).then(function (files) {
          var hits = {};
          files.forEach(function (terms) {
            for (var term in terms) {
              if (!answers(term, w)) continue;
              var list = terms[term], weight = term === w ? 1 : 0.5, id = 0;
              for (var k = 0; k < list.length; k += 3) {
                id += list[k];
                var h = hits[id] || (hits[id] = { count: 0, length: list[k + 2] * 8 });
                h.count += list[k + 1] * weight;
              }
            }
          });
          return hits;
        });
      })).then(function (perWord) {
        var scores = {};
        perWord.forEach(function (hits, i) {
          var ids = Object.keys(hits);
          var idf = Math.log(1 + (n - ids.length + 0.5) / (ids.length + 0.5));
          ids.forEach(function (id) {
            if (i > 0 && !(id in scores)) return;
            var h = hits[id];
            var s = idf * (h.count * 2.2) / (h.count + 1.2 * (0.25 + 0.75 * h.length / mean));
            scores[id] = (i === 0 ? 0 : scores[id]) + s;
          });
          if (i > 0) for (var id in scores) if (!(id in hits)) delete scores[id];
        });
        return Object.keys(scores).sort(function (a, b) { return scores[b] - scores[a] || a - b; });
      });
    };
    // Records come eight to a file (search/records/<id / 8>.json), fetched once for all the results they hold.
    Index.prototype.record = function (id) {
      var files = this.records, n = Math.floor(id / 8);
      if (!files[n]) { files[n] = json('search/records/' + n + '.json'); files[n].catch(function () { delete files[n]; }); }
      return files[n].then(function (list) { return list[id % 8]; });
    };

    // Where a record answers the query (token positions), or null when it lacks a phrase of it.
    function matches(record, query) {
      var tokens = record.content.split(' ');
      var at = [], said = [];
      for (var i = 0; i < tokens.length; i++) {
        var terms = termsOf(tokens[i]);
        if (!terms.length) continue;
        said.push({ at: i, terms: terms });
        if (terms.some(function (t) { return query.words.some(function (w) { return answers(t, w); }); })) at.push(i);
      }
      for (var p = 0; p < query.phrases.length; p++) if (!hasPhrase(said, query.phrases[p])) return null;
      return { tokens: tokens, locations: at };
    }
    // The phrase's words one after another, skip words between them aside ("memory of python": memory, python).
    function hasPhrase(said, phrase) {
      var flat = [];
      said.forEach(function (s) { s.terms.forEach(function (t) { flat.push(t); }); });
      outer: for (var i = 0; i + phrase.length <= flat.length; i++) {
        for (var j = 0; j < phrase.length; j++) if (!answers(flat[i + j], phrase[j])) continue outer;
        return true;
      }
      return false;
    }

    // The results: the best records, fetched a few at a time until enough hold the query's phrases.
    function results(index, query) {
      return index.rank(query.words).then(function (ids) {
        var found = [];
        var next = 0;
        function more() {
          if (found.length >= RESULTS || next >= ids.length || next >= RESULTS * 5) return found;
          var batch = ids.slice(next, next + RESULTS - found.length);
          next += batch.length;
          return Promise.all(batch.map(function (id) { return index.record(id); })).then(function (records) {
            records.forEach(function (record) {
              var m = matches(record, query);
              if (m && m.locations.length) found.push({ url: record.url, meta: record.meta, tokens: m.tokens, locations: m.locations });
            });
            return more();
          });
        }
        return more();
      });
    }

    // 24 words from just before the first match, each match marked; shown as text, never as HTML.
    function excerptNode(data) {
      var span = document.createElement('span');
      span.className = 'excerpt';
      var from = Math.max(0, data.locations[0] - 5);
      var to = Math.min(data.tokens.length, from + 24);
      var marked = {};
      data.locations.forEach(function (i) { marked[i] = true; });
      var text = from > 0 ? '… ' : '';
      for (var i = from; i < to; i++) {
        if (marked[i]) {
          if (text) span.appendChild(document.createTextNode(text));
          var m = document.createElement('mark');
          m.textContent = data.tokens[i];
          span.appendChild(m);
          text = ' ';
        } else text += data.tokens[i] + ' ';
      }
      span.appendChild(document.createTextNode(text.replace(/ $/, to < data.tokens.length ? ' …' : '')));
      return span;
    }

    // The turn a hit is in: the last turn whose first word comes at or before the first match. The record lists its
    // turns as `speaker|speaker;entry,entry…`, each entry `words since the last turn:id after "t=":speaker's place`
    // (src/render/outputs/searchRecords.ts); the clock is the id's whole seconds.
    function place(data) {
      var url = data.url;
      var info = { href: url, speaker: '', clock: '' };
      var turns = data.meta && data.meta.turns;
      if (!turns || !data.locations.length) return info;
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
        a.appendChild(excerptNode(data));
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
      load().then(function (index) {
        var query = parse(q);
        common = !query.words.length;
        return common ? [] : results(index, query);
      }).then(function (items) {
        if (mine !== seq) return;
        show(items, q, common ? 'Every word of that is too common to search for. Add a less common one.' : '');
        window.__shownotesSearchMs = performance.now() - t0;
      }, function () {
        if (mine === seq) show([], q, 'Search is not available right now.');
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

    // While the query is typed, the terms files of its finished words load: the query will need them anyway, so
    // nothing is downloaded twice, and the search has less to wait for.
    function preload() {
      var done = input.value.slice(0, input.value.search(/\s\S*$/) + 1);
      load().then(function (index) { index.preload(parse(done).words); }, function () {});
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
