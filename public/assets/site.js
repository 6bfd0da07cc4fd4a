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


  // ---- Search: the site's own index, read by the engine the build ships with it (search/engine/search/client.js,
  // compiled from src/search/client.ts). This draws the box and its results; each result lands on the exact turn of its match.
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
    var RESULTS = 6;

    function load() {
      if (!engine) {
        engine = import(base + 'search/engine/search/client.js').then(function (m) { return m.openSearch(base); });
        engine.catch(function () { engine = null; });
      }
      return engine;
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

    // A hit lands on the turn of its first match (the engine finds it), or on its record's page.
    function place(data) {
      var turn = data.turn;
      return turn ? { href: data.url.split('#')[0] + '#' + turn.id, speaker: turn.speaker, clock: turn.clock } : { href: data.url, speaker: '', clock: '' };
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
      load().then(function (search) {
        var query = search.parse(q);
        common = !query.words.length;
        return common ? [] : search.results(query, RESULTS);
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
      load().then(function (search) { search.preload(search.parse(done).words); }, function () {});
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
