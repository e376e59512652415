// Earshot content script: observe, extract, highlight. Thin by design.
//
// X and Facebook forbid WebAssembly in content scripts (their CSP), so the engine runs in the
// service worker. This script applies the site table the engine hands it: it finds posts,
// extracts their text, sends one batch per animation frame to the worker, and paints the UTF-16
// spans it gets back with the CSS Custom Highlight API. The site's DOM text is never modified;
// the only marks are `data-earshot-*` attributes on post roots.
//
// Contract for tests and automation: the root element of each post recognised as mentioning the
// brand carries `data-earshot-mention="<priority 0-100>"`; highlight names start with `earshot-`.
(() => {
  if (window.__earshot) return; // injected twice (extension reload): keep the first
  window.__earshot = true;

  const HIGHLIGHTS = ['earshot-urgent', 'earshot-negative', 'earshot-neutral', 'earshot-positive', 'earshot-competitor'];
  const MAX_QUEUED_NODES = 1000; // beyond this, rescan the whole page instead
  const BATCH = 200; // posts per message to the worker

  let table = null;
  let rootSelector = '';
  /** Per post element: what was last sent and the ranges painted for it. */
  const seen = new WeakMap(); // Element → {key, sig, ranges: [{name, range}]}
  const byKey = new Map(); // key → WeakRef(Element)
  let nextKey = 1;
  const queued = new Set();
  let rescanAll = true;
  let scheduled = false;
  const registry = typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights : null;

  function send(msg) {
    return chrome.runtime.sendMessage(msg).catch(() => null);
  }

  // ---- extraction ---------------------------------------------------------------------------

  /** First element matching one of `selectors` inside `root` that belongs to `root` itself (not
   * to a nested post of the same kind). */
  function pick(root, selectors, kindRoot) {
    for (const sel of selectors) {
      for (const el of root.querySelectorAll(sel)) {
        if (el.closest(kindRoot) === root) return el;
      }
    }
    return null;
  }

  /** The text of `el` as the engine sees it, with a map from UTF-16 offsets to text nodes.
   * Emoji images contribute their alt text (not rangeable); block boundaries a newline. */
  function extractText(el) {
    let text = '';
    const segments = []; // {start, node}
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) {
        if (!n.data) continue;
        segments.push({ start: text.length, node: n });
        text += n.data;
      } else if (n.tagName === 'IMG' && n.alt) {
        text += n.alt;
      } else if ((n.tagName === 'DIV' || n.tagName === 'BR' || n.tagName === 'P') && text && !/\s$/.test(text)) {
        text += '\n';
      }
    }
    return { text, segments };
  }

  function attr(root, selectors, kindRoot, name) {
    const el = pick(root, selectors, kindRoot);
    return el ? el.getAttribute(name) : null;
  }

  /** `@handle` from a profile link's path (`/AcmeAir`, `https://www.facebook.com/maria.lopez?…`). */
  function handleFrom(href) {
    if (!href) return null;
    try {
      const first = new URL(href, location.href).pathname.split('/').filter(Boolean)[0];
      return first && !first.includes('.php') ? '@' + first : null;
    } catch {
      return null;
    }
  }

  function extractPost(root, kind) {
    const textEl = pick(root, kind.text, kind.root);
    if (!textEl) return null;
    const { text, segments } = extractText(textEl);
    if (!text.trim()) return null;
    const nameEl = pick(root, kind.authorName, kind.root);
    const timeEl = pick(root, kind.time, kind.root);
    let createdAt = timeEl?.getAttribute('datetime') || null;
    const utime = timeEl?.getAttribute('data-utime');
    if (!createdAt && utime && /^\d+$/.test(utime)) createdAt = new Date(Number(utime) * 1000).toISOString();
    const permalink = attr(root, kind.permalink, kind.root, 'href');
    return {
      post: {
        text,
        site: table.site,
        createdAt,
        author: {
          name: nameEl ? nameEl.textContent.trim() : null,
          handle: handleFrom(attr(root, kind.authorLink, kind.root, 'href')),
        },
        url: permalink ? new URL(permalink, location.href).href : null,
      },
      segments,
    };
  }

  // ---- highlighting -------------------------------------------------------------------------

  function highlight(name) {
    let h = registry.get(name);
    if (!h) {
      h = new Highlight();
      registry.set(name, h);
    }
    return h;
  }

  function clearMarks(el, state) {
    if (registry) for (const { name, range } of state.ranges) registry.get(name)?.delete(range);
    state.ranges = [];
    el.removeAttribute('data-earshot-mention');
  }

  /** A DOM Range over UTF-16 offsets [start, end) of the extracted text, or null if the span
   * touches text that is not in a text node (an emoji image) or the text changed meanwhile. */
  function rangeFor(segments, start, end) {
    const position = (offset, isEnd) => {
      for (const s of segments) {
        const rel = offset - s.start;
        if (rel >= 0 && (rel < s.node.data.length || (isEnd && rel === s.node.data.length))) return [s.node, rel];
      }
      return null;
    };
    const a = position(start, false);
    const b = position(end, true);
    if (!a || !b) return null;
    try {
      const r = document.createRange();
      r.setStart(a[0], a[1]);
      r.setEnd(b[0], b[1]);
      return r;
    } catch {
      return null; // the node's text changed after extraction; the next pass repaints it
    }
  }

  function apply(item, analysis) {
    const { el, segments, sig } = item;
    const state = seen.get(el);
    if (!state || state.sig !== sig) return; // the post changed again meanwhile
    clearMarks(el, state);
    if (!analysis.mentioned) return;
    el.setAttribute('data-earshot-mention', String(analysis.priority));
    if (!registry) return;
    for (const span of analysis.spans) {
      if (!HIGHLIGHTS.includes(span.highlight)) continue;
      const range = rangeFor(segments, span.start, span.end);
      if (!range) continue;
      highlight(span.highlight).add(range);
      state.ranges.push({ name: span.highlight, range });
    }
  }

  // ---- the batch loop -----------------------------------------------------------------------

  function candidates() {
    const roots = new Set();
    if (rescanAll) {
      rescanAll = false;
      queued.clear();
      document.querySelectorAll(rootSelector).forEach((el) => roots.add(el));
    } else {
      for (const node of queued) {
        const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
        if (!el || !el.isConnected) continue;
        for (const kind of table.kinds) {
          const up = el.closest(kind.root);
          if (up) roots.add(up);
        }
        el.querySelectorAll(rootSelector).forEach((r) => roots.add(r));
      }
      queued.clear();
    }
    return roots;
  }

  function kindOf(el) {
    // The innermost kind wins: a comment inside a post is a comment.
    for (let i = table.kinds.length - 1; i >= 0; i--) if (el.matches(table.kinds[i].root)) return table.kinds[i];
    return null;
  }

  async function process() {
    scheduled = false;
    if (!table) return;
    // Read everything first, then write.
    const batch = [];
    for (const el of candidates()) {
      const kind = kindOf(el);
      if (!kind) continue;
      const extracted = extractPost(el, kind);
      let state = seen.get(el);
      if (!extracted) {
        if (state) clearMarks(el, state);
        continue;
      }
      const sig = extracted.post.text + '\u0000' + (extracted.post.author.handle || '');
      if (state && state.sig === sig) continue; // unchanged: once per post
      if (!state) {
        state = { key: 'p' + nextKey++, sig, ranges: [] };
        seen.set(el, state);
        byKey.set(state.key, new WeakRef(el));
      } else if (state.sig !== sig) {
        // X re-uses the element for another post while scrolling: a new key for new content.
        byKey.delete(state.key);
        state.key = 'p' + nextKey++;
        byKey.set(state.key, new WeakRef(el));
      }
      state.sig = sig;
      extracted.post.id = state.key;
      batch.push({ el, sig, segments: extracted.segments, post: extracted.post });
    }
    for (let i = 0; i < batch.length; i += BATCH) {
      const part = batch.slice(i, i + BATCH);
      const res = await send({ type: 'content/posts', posts: part.map((b) => b.post) });
      if (!res || !Array.isArray(res.analyses)) continue;
      res.analyses.forEach((a, j) => apply(part[j], a));
    }
    for (const [key, ref] of byKey) if (!ref.deref()) byKey.delete(key);
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    // Off the observer callback: next frame, or soon when the tab is hidden (no frames).
    if (document.hidden) setTimeout(process, 50);
    else requestAnimationFrame(() => setTimeout(process, 0));
  }

  const observer = new MutationObserver((records) => {
    // Only queue here; the work happens in process().
    for (const r of records) {
      if (queued.size > MAX_QUEUED_NODES) {
        rescanAll = true;
        break;
      }
      if (r.type === 'characterData') queued.add(r.target);
      else {
        queued.add(r.target);
        r.addedNodes.forEach((n) => queued.add(n));
      }
    }
    schedule();
  });

  /** Tells the panel when the site table no longer finds posts on a page that has content. */
  function checkLayout() {
    const found = document.querySelectorAll(rootSelector).length;
    const hasContent = (document.body?.innerText || '').trim().length > 1500;
    send({
      type: 'content/layout',
      site: table.site,
      ok: found > 0 || !hasContent,
      message: `${table.label} changed its layout: Earshot finds no posts on this page.`,
    });
  }

  chrome.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (msg?.type === 'worker/rescan') {
      rescanAll = true;
      for (const ref of byKey.values()) {
        const el = ref.deref();
        const state = el && seen.get(el);
        if (state) {
          state.sig = null;
          clearMarks(el, state);
        }
      }
      schedule();
    } else if (msg?.type === 'worker/reveal') {
      const el = byKey.get(String(msg.key))?.deref();
      if (!el || !el.isConnected) {
        sendResponse({ ok: false });
        return false;
      }
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      el.setAttribute('data-earshot-flash', '');
      setTimeout(() => el.removeAttribute('data-earshot-flash'), 1600);
      sendResponse({ ok: true });
    }
    return false;
  });

  (async () => {
    const res = await send({ type: 'content/hello', host: location.hostname });
    if (!res || !res.table) return;
    table = res.table;
    rootSelector = table.kinds.map((k) => k.root).join(', ');
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    schedule();
    setTimeout(checkLayout, 4000);
  })();
})();
