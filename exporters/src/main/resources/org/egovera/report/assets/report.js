/* egovera report: search over names, ids and persistent URIs, and zoomable diagrams. No dependencies,
   nothing fetched: the search index is a script beside this one, loaded on first use. */
(function () {
  'use strict';

  var root = document.documentElement.getAttribute('data-root') || '';
  var INDEX_GLOBAL = 'egoveraSearchIndex';
  var index = null;
  var waiting = [];

  function loadIndex(callback) {
    if (index) { callback(index); return; }
    waiting.push(callback);
    if (window[INDEX_GLOBAL]) { indexLoaded(); return; }
    if (waiting.length > 1) { return; }
    var script = document.createElement('script');
    script.src = root + 'assets/search-index.js';
    script.onload = indexLoaded;
    script.onerror = function () { waiting = []; };
    document.head.appendChild(script);
  }

  function indexLoaded() {
    var entries = window[INDEX_GLOBAL] || [];
    index = entries.map(function (e) {
      return { name: e[0], id: e[1], uri: e[2], kind: e[3], path: e[4],
               lname: e[0].toLowerCase(), lid: e[1].toLowerCase(), luri: e[2].toLowerCase() };
    });
    var callbacks = waiting;
    waiting = [];
    callbacks.forEach(function (callback) { callback(index); });
  }

  function score(entry, query, words) {
    if (entry.lid === query || (entry.luri && entry.luri === query)) { return 0; }
    if (entry.lname === query) { return 1; }
    if (entry.lname.indexOf(query) === 0) { return 2; }
    if (entry.lid.indexOf(query) === 0) { return 3; }
    if (entry.lname.indexOf(query) >= 0) { return 4; }
    if (words.length > 1 && words.every(function (w) { return entry.lname.indexOf(w) >= 0; })) { return 5; }
    if (entry.lid.indexOf(query) >= 0 || (entry.luri && entry.luri.indexOf(query) >= 0)) { return 6; }
    return -1;
  }

  function search(entries, text, limit) {
    var query = text.trim().toLowerCase();
    if (!query) { return { hits: [], total: 0 }; }
    var words = query.split(/\s+/);
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var s = score(entries[i], query, words);
      if (s >= 0) { hits.push({ entry: entries[i], score: s }); }
    }
    hits.sort(function (a, b) {
      return a.score - b.score || a.entry.name.length - b.entry.name.length
        || (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0);
    });
    return { hits: hits.slice(0, limit).map(function (h) { return h.entry; }), total: hits.length };
  }

  function resultItem(entry, tag) {
    var item = document.createElement(tag);
    var link = document.createElement('a');
    link.href = root + entry.path;
    link.textContent = entry.name;
    item.appendChild(link);
    var note = document.createElement('span');
    note.className = 'note';
    note.textContent = entry.kind + ' · ' + entry.id + (entry.uri ? ' · ' + entry.uri : '');
    item.appendChild(note);
    return item;
  }

  /* The header's search field: a combobox whose suggestions are chosen with the arrow keys. */
  function setUpSuggestions() {
    var input = document.getElementById('search-input');
    var list = document.getElementById('search-suggestions');
    if (!input || !list) { return; }
    var active = -1;

    function options() { return list.querySelectorAll('[role="option"]'); }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function activate(position) {
      var all = options();
      if (!all.length) { return; }
      active = (position + all.length) % all.length;
      for (var i = 0; i < all.length; i++) { all[i].setAttribute('aria-selected', i === active ? 'true' : 'false'); }
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    }

    function render() {
      loadIndex(function (entries) {
        var result = search(entries, input.value, 10);
        list.textContent = '';
        result.hits.forEach(function (entry, i) {
          var item = resultItem(entry, 'li');
          item.id = 'search-option-' + i;
          item.setAttribute('role', 'option');
          item.setAttribute('aria-selected', 'false');
          item.addEventListener('mousedown', function (event) {
            event.preventDefault();
            window.location.href = root + entry.path;
          });
          list.appendChild(item);
        });
        if (result.hits.length) {
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
          active = -1;
        } else {
          close();
        }
      });
    }

    input.addEventListener('focus', function () { loadIndex(function () {}); });
    input.addEventListener('input', render);
    input.addEventListener('blur', close);
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') { event.preventDefault(); if (list.hidden) { render(); } else { activate(active + 1); } }
      else if (event.key === 'ArrowUp') { event.preventDefault(); activate(active - 1); }
      else if (event.key === 'Escape') { close(); }
      else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        var link = options()[active].querySelector('a');
        window.location.href = link.href;
      }
    });
  }

  /* search.html: every result for ?q=. */
  function setUpSearchPage() {
    var results = document.getElementById('search-page-results');
    if (!results) { return; }
    var input = document.getElementById('search-page-input');
    var status = document.getElementById('search-status');
    var query = new URLSearchParams(window.location.search).get('q') || '';
    input.value = query;
    if (!query.trim()) { return; }
    loadIndex(function (entries) {
      var result = search(entries, query, 500);
      results.textContent = '';
      result.hits.forEach(function (entry) { results.appendChild(resultItem(entry, 'li')); });
      status.textContent = result.total === 0 ? 'Nothing matches “' + query + '”.'
        : result.total + ' result(s) for “' + query + '”' + (result.total > result.hits.length ? ', the first ' + result.hits.length + ' shown.' : '.');
    });
  }

  /* Diagrams: buttons, the keyboard (+, -, 0, arrows) and the mouse (drag, ctrl+wheel) move the view box. */
  function setUpDiagram(figure) {
    var viewport = figure.querySelector('.diagram-viewport');
    var svg = viewport && viewport.querySelector('svg');
    if (!svg) { return; }
    var initial = svg.getAttribute('viewBox').split(/[\s,]+/).map(Number);
    var box = initial.slice();

    function apply() { svg.setAttribute('viewBox', box.join(' ')); }
    function zoom(factor) {
      var cx = box[0] + box[2] / 2, cy = box[1] + box[3] / 2;
      var w = Math.min(Math.max(box[2] / factor, initial[2] / 20), initial[2] * 4);
      var h = w * initial[3] / initial[2];
      box = [cx - w / 2, cy - h / 2, w, h];
      apply();
    }
    function pan(dx, dy) { box[0] += dx * box[2]; box[1] += dy * box[3]; apply(); }
    function reset() { box = initial.slice(); apply(); }

    figure.querySelectorAll('[data-zoom]').forEach(function (button) {
      button.addEventListener('click', function () {
        var action = button.getAttribute('data-zoom');
        if (action === 'in') { zoom(1.25); } else if (action === 'out') { zoom(0.8); } else { reset(); }
      });
    });
    viewport.addEventListener('keydown', function (event) {
      var handled = true;
      switch (event.key) {
        case '+': case '=': zoom(1.25); break;
        case '-': zoom(0.8); break;
        case '0': reset(); break;
        case 'ArrowLeft': pan(-0.1, 0); break;
        case 'ArrowRight': pan(0.1, 0); break;
        case 'ArrowUp': pan(0, -0.1); break;
        case 'ArrowDown': pan(0, 0.1); break;
        default: handled = false;
      }
      if (handled && event.target === viewport) { event.preventDefault(); }
    });
    viewport.addEventListener('wheel', function (event) {
      if (!event.ctrlKey && !event.metaKey) { return; }
      event.preventDefault();
      zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15);
    }, { passive: false });
    var drag = null;
    viewport.addEventListener('pointerdown', function (event) {
      if (event.button !== 0 || event.target.closest('a')) { return; }
      drag = { x: event.clientX, y: event.clientY, box: box.slice() };
      viewport.setPointerCapture(event.pointerId);
      viewport.classList.add('panning');
    });
    viewport.addEventListener('pointermove', function (event) {
      if (!drag) { return; }
      var scale = box[2] / viewport.clientWidth;
      box[0] = drag.box[0] - (event.clientX - drag.x) * scale;
      box[1] = drag.box[1] - (event.clientY - drag.y) * scale;
      apply();
    });
    function endDrag() { drag = null; viewport.classList.remove('panning'); }
    viewport.addEventListener('pointerup', endDrag);
    viewport.addEventListener('pointercancel', endDrag);
  }

  function start() {
    setUpSuggestions();
    setUpSearchPage();
    document.querySelectorAll('figure.diagram').forEach(setUpDiagram);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
