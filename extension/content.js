// Earshot content script: thin plain JavaScript (X and Facebook's CSP forbids WebAssembly here).
// It observes the page, extracts posts with the site table the engine provides, sends them to
// the service worker in one batch per frame, and paints the spans it gets back with the CSS
// Custom Highlight API. It never modifies the site's text nodes and never clicks Post.
(() => {
  'use strict';
  if (window.__earshotLoaded) return;
  window.__earshotLoaded = true;

  const HUGE_BATCH = 1000;
  const HIGHLIGHTS = ['earshot-urgent', 'earshot-negative', 'earshot-neutral', 'earshot-positive', 'earshot-competitor'];
  const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE']);

  let table = null;
  let kinds = [];
  let fallback = false;
  let layoutReported = null;
  /** Element → signature (id + text) of what was last sent for it. */
  let done = new WeakMap();
  /** Element → {ranges: [[name, Range]], id} currently painted. */
  const painted = new WeakMap();
  /** id → WeakRef(root element), for reveal/insert. */
  const byId = new Map();
  /** Element → generated id, for posts without a permalink. */
  const genIds = new WeakMap();
  let nextGen = 1;
  const pending = new Set();
  let rescan = true;
  let scheduled = false;
  const registry = {};

  function highlight(name) {
    if (!registry[name]) {
      registry[name] = new Highlight();
      CSS.highlights.set(name, registry[name]);
    }
    return registry[name];
  }

  // ---- extraction -------------------------------------------------------------------------

  /** Text of `el` as pieces: [{node|null, start, text}]; null pieces are virtual (img alt, line
   *  breaks between blocks) and cannot be ranged into. Offsets are UTF-16, like the engine's. */
  function extractText(el, skipSel) {
    const pieces = [];
    let len = 0;
    let last = '';
    const push = (node, text) => {
      if (!text) return;
      pieces.push({ node, start: len, text });
      len += text.length;
      last = text[text.length - 1];
    };
    const walk = (n) => {
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === Node.TEXT_NODE) {
          push(c, c.data);
        } else if (c.nodeType === Node.ELEMENT_NODE) {
          if (skipSel && c.matches(skipSel)) continue;
          const tag = c.tagName;
          if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'svg' || tag === 'SVG') continue;
          if (tag === 'IMG') {
            push(null, c.getAttribute('alt') || '');
          } else if (tag === 'BR') {
            push(null, '\n');
          } else {
            const block = BLOCK.has(tag);
            if (block && len > 0 && last !== '\n') push(null, '\n');
            walk(c);
            if (block && len > 0 && last !== '\n') push(null, '\n');
          }
        }
      }
    };
    walk(el);
    let text = pieces.map((p) => p.text).join('');
    // Trailing virtual line breaks carry nothing.
    while (pieces.length && pieces[pieces.length - 1].node === null && pieces[pieces.length - 1].text === '\n') {
      pieces.pop();
      text = text.slice(0, -1);
    }
    return { text, pieces };
  }

  function firstOwn(root, selectors, kind) {
    for (const sel of selectors) {
      if (sel === ':scope') return root;
      for (const el of root.querySelectorAll(sel)) {
        if (kind.skipInside) {
          const nested = el.parentElement && el.parentElement.closest(kind.skipInside);
          if (nested && root.contains(nested) && nested !== root) continue;
        }
        if (el.closest(kind.root) !== root) continue; // belongs to a nested post/comment
        return el;
      }
    }
    return null;
  }

  function handleFromHref(href) {
    try {
      const u = new URL(href, location.href);
      if (u.hostname !== location.hostname) return null;
      const seg = u.pathname.split('/').filter(Boolean)[0];
      if (!seg || seg === 'profile.php' || seg.includes('.php')) return null;
      return '@' + seg;
    } catch {
      return null;
    }
  }

  function countFrom(el) {
    const label = el.getAttribute('aria-label') || el.textContent || '';
    const m = label.match(/\d[\d,.\u00a0\u202f]*/);
    if (!m) return 0;
    const n = Number(m[0].replace(/[,.\u00a0\u202f]/g, ''));
    return Number.isFinite(n) ? n : 0;
  }

  function idFor(root, permalink) {
    if (permalink) {
      try {
        const u = new URL(permalink, location.href);
        const status = u.pathname.match(/\/status\/(\d+)/);
        if (status) return `${table.site}:${status[1]}`;
        const c = u.searchParams.get('comment_id');
        if (c) return `${table.site}:c:${c}`;
        return `${table.site}:${u.pathname}${u.search}`;
      } catch { /* fall through */ }
    }
    if (!genIds.has(root)) genIds.set(root, `${table.site}:e${nextGen++}`);
    return genIds.get(root);
  }

  function extract(root, kind) {
    const textEl = firstOwn(root, kind.text, kind);
    if (!textEl) return null;
    const { text, pieces } = extractText(textEl, kind.textSkip);
    if (!text.trim()) return null;
    let permalink = null;
    for (const sel of kind.permalink) {
      const a = root.querySelector(sel);
      if (a && a.closest(kind.root) === root) {
        permalink = a.href;
        break;
      }
    }
    const nameEl = kind.authorName ? root.querySelector(kind.authorName) : null;
    const linkEl = kind.authorLink ? root.querySelector(kind.authorLink) : null;
    const name = nameEl ? extractText(nameEl).text.replace(/\s+/g, ' ').trim() : '';
    const handle = linkEl ? handleFromHref(linkEl.getAttribute('href') || '') : null;
    const timeEl = kind.time ? root.querySelector(kind.time) : null;
    // A relative age ("2h") where the site has no datetime; the worker turns it into a time.
    let age = null;
    if (!timeEl && kind.age) {
      for (const a of root.querySelectorAll(kind.age)) {
        if (a.closest(kind.root) === root) {
          age = a.textContent.trim().slice(0, 40);
          break;
        }
      }
    }
    let engagement = null;
    if (kind.engagement) {
      engagement = 0;
      for (const b of root.querySelectorAll(kind.engagement)) {
        if (b.closest(kind.root) === root) engagement += countFrom(b);
      }
    }
    const id = idFor(root, permalink);
    return {
      id,
      text,
      pieces,
      post: {
        id,
        text,
        kind: kind.kind,
        site: table.site,
        author: {
          name: name || null,
          handle: handle || null,
          verified: kind.verified ? Boolean(root.querySelector(kind.verified)) : null,
        },
        createdAt: timeEl ? timeEl.getAttribute('datetime') : null,
        age,
        permalink,
        engagement,
      },
    };
  }

  // ---- finding posts ----------------------------------------------------------------------

  function rootsIn(node, into) {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (!el || !el.isConnected) return;
    for (const kind of kinds) {
      const up = el.closest(kind.root);
      if (up) into.set(up, kind);
      for (const r of el.querySelectorAll(kind.root)) if (!into.has(r)) into.set(r, kind);
    }
  }

  function contentPresent() {
    const hint = document.querySelector(table.contentHint) || document.body;
    return hint && (hint.textContent || '').trim().length > 200;
  }

  async function process() {
    scheduled = false;
    const roots = new Map();
    if (rescan) {
      rescan = false;
      pending.clear();
      rootsIn(document.body, roots);
    } else {
      for (const n of pending) rootsIn(n, roots);
      pending.clear();
    }
    if (!fallback && roots.size === 0 && layoutReported === null && contentPresent()) {
      // The site's selectors match nothing on a page with content: its layout changed.
      const anyKnown = kinds.some((k) => document.querySelector(k.root));
      if (!anyKnown) {
        fallback = true;
        kinds = [table.generic];
        layoutReported = false;
        rootsIn(document.body, roots);
      }
    }
    const batch = [];
    for (const [root, kind] of roots) {
      const x = extract(root, kind);
      if (!x) continue;
      const sig = x.id + '\u0000' + x.text;
      if (done.get(root) === sig) continue;
      done.set(root, sig);
      batch.push({ root, x });
    }
    if (!fallback && roots.size) layoutReported = true;
    if (!batch.length && layoutReported !== false) return;
    let reply;
    try {
      reply = await chrome.runtime.sendMessage({
        type: 'posts',
        url: location.href,
        site: table.site,
        name: table.name,
        posts: batch.map((b) => b.x.post),
        layout: { ok: !fallback },
      });
    } catch {
      for (const b of batch) done.delete(b.root); // worker restarting: try again next time
      return;
    }
    if (layoutReported === false) layoutReported = true;
    if (!reply || !Array.isArray(reply.results)) return;
    reply.results.forEach((r, i) => apply(batch[i], r));
  }

  function unpaint(root) {
    const p = painted.get(root);
    if (p) {
      for (const [name, range] of p.ranges) highlight(name).delete(range);
      painted.delete(root);
    }
  }

  function rangeFor(pieces, start, end) {
    let sNode = null;
    let sOff = 0;
    let eNode = null;
    let eOff = 0;
    for (const p of pieces) {
      if (!p.node) continue;
      const pEnd = p.start + p.text.length;
      if (!sNode && start < pEnd && end > p.start) {
        sNode = p.node;
        sOff = Math.max(0, start - p.start);
      }
      if (sNode && p.start < end) {
        eNode = p.node;
        eOff = Math.min(p.text.length, end - p.start);
      }
    }
    if (!sNode || !eNode) return null;
    const r = new Range();
    r.setStart(sNode, sOff);
    r.setEnd(eNode, eOff);
    return r;
  }

  function apply({ root, x }, r) {
    if (!r || r.id !== x.id) return;
    unpaint(root);
    if (!r.mentioned) {
      root.removeAttribute('data-earshot-mention');
      return;
    }
    const ranges = [];
    for (const s of r.spans) {
      const range = rangeFor(x.pieces, s.start, s.end);
      if (!range) continue;
      const name = HIGHLIGHTS.includes(s.highlight) ? s.highlight : 'earshot-neutral';
      highlight(name).add(range);
      ranges.push([name, range]);
    }
    painted.set(root, { ranges, id: x.id });
    root.setAttribute('data-earshot-mention', String(Math.max(0, Math.min(100, Math.round(r.priority)))));
    byId.set(x.id, new WeakRef(root));
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    let ran = false;
    const run = () => {
      if (ran) return;
      ran = true;
      process();
    };
    requestAnimationFrame(run);
    setTimeout(run, 100); // background tabs get no animation frames
  }

  const observer = new MutationObserver((records) => {
    // Only queue: the work happens in the next frame, in one batch.
    if (rescan) return schedule();
    for (const rec of records) {
      if (rec.type === 'characterData') pending.add(rec.target);
      else {
        pending.add(rec.target);
        for (const n of rec.addedNodes) pending.add(n);
      }
      if (pending.size > HUGE_BATCH) {
        pending.clear();
        rescan = true;
        break;
      }
    }
    schedule();
  });

  // ---- reveal and insert --------------------------------------------------------------------

  function findRoot(id) {
    const el = byId.get(id)?.deref();
    if (el && el.isConnected && painted.get(el)?.id === id) return el;
    for (const kind of kinds) {
      for (const r of document.querySelectorAll(kind.root)) {
        if (painted.get(r)?.id === id) return r;
      }
    }
    return null;
  }

  function reveal(id) {
    const root = findRoot(id);
    if (!root) return { ok: false, reason: 'This post is no longer on the page (scrolled away or removed).' };
    root.scrollIntoView({ block: 'center', behavior: 'instant' });
    root.removeAttribute('data-earshot-flash');
    void root.offsetWidth; // restart the animation
    root.setAttribute('data-earshot-flash', '');
    setTimeout(() => root.removeAttribute('data-earshot-flash'), 2000);
    return { ok: true };
  }

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  async function waitFor(fn, ms) {
    const end = Date.now() + ms;
    for (;;) {
      const v = fn();
      if (v) return v;
      if (Date.now() > end) return null;
      await sleep(50);
    }
  }

  const visible = (el) => el && el.isConnected && el.getClientRects().length > 0;
  const norm = (s) => s.replace(/[\u00a0\u200b\ufeff]/g, ' ').replace(/\s+/g, ' ').trim();

  async function insertReply(id, text) {
    const root = findRoot(id);
    if (!root) return { ok: false, shown: false, reason: 'This post is no longer on the page.' };
    const kind = kinds.find((k) => root.matches(k.root)) || kinds[0];
    root.scrollIntoView({ block: 'center', behavior: 'instant' });
    const before = new Set(document.querySelectorAll(table.composer));
    const control = kind.reply ? root.querySelector(kind.reply) : null;
    if (control) control.click(); // the post's own reply control; never a Post button
    const composer = await waitFor(() => {
      const all = [...document.querySelectorAll(table.composer)].filter(visible);
      // Prefer a composer that opened now, then one inside this post, then any.
      return all.find((c) => !before.has(c)) || all.find((c) => root.contains(c))
        || all.find((c) => c.closest('[aria-posinset]') === root.closest('[aria-posinset]')) || (control ? null : all[0]);
    }, 3000);
    if (!composer) return { ok: false, shown: false, reason: 'The reply box did not open.' };
    composer.focus();
    const sel = getSelection();
    const all = new Range();
    all.selectNodeContents(composer);
    sel.removeAllRanges();
    sel.addRange(all);
    // execCommand goes through the browser's editing pipeline, so the site's editor (Draft.js,
    // Lexical) sees real input events and updates its own state.
    let done2 = false;
    try {
      done2 = document.execCommand('insertText', false, text);
    } catch { done2 = false; }
    if (!done2) {
      composer.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true }));
      composer.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true }));
    }
    await sleep(150);
    const shown = norm(composer.innerText || composer.value || '') === norm(text);
    return shown
      ? { ok: true, shown: true }
      : { ok: false, shown: false, reason: 'The reply box did not take the text.' };
  }

  chrome.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (!msg || !table) return false;
    if (msg.type === 'reveal') {
      sendResponse(reveal(String(msg.id)));
      return false;
    }
    if (msg.type === 'rescan') {
      // The brand changed: every post is judged again.
      done = new WeakMap();
      rescan = true;
      schedule();
      return false;
    }
    if (msg.type === 'insert-reply') {
      insertReply(String(msg.id), String(msg.text)).then(sendResponse, (e) => sendResponse({ ok: false, shown: false, reason: String(e) }));
      return true;
    }
    return false;
  });

  // ---- start ------------------------------------------------------------------------------

  chrome.runtime.sendMessage({ type: 'site-table', host: location.hostname }).then((reply) => {
    if (!reply || !reply.table) return;
    table = reply.table;
    kinds = table.kinds;
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    rescan = true;
    schedule();
    // Pages that render late: look again once things settled.
    setTimeout(() => { if (layoutReported === null) { rescan = true; schedule(); } }, 1500);
  }).catch(() => {});
})();
