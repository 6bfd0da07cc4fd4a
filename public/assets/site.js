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
    var el = document.getElementById(location.hash.slice(1)) || turnAt(t);
    if (el) el.scrollIntoView({ block: 'center' });
    highlight(turnAt(t));
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

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
