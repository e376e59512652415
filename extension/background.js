// Earshot service worker: runs the WASM engine for the content scripts and the side panel.
//
// Thin shell: it wires chrome.* APIs to the engine. Every decision (what is a mention, its
// priority, the panel's order and labels) is made in Rust.
//
// Messages (a `type`-tagged union, named by direction):
//   content→worker  {type: 'content/hello', host}            → {table | null}
//   content→worker  {type: 'content/posts', posts: [Post]}   → {analyses: [{id, mentioned, priority, highlight, spans}]}
//   content→worker  {type: 'content/layout', ok, posts}      (the site table stopped matching)
//   panel→worker    {type: 'panel/list', windowId}           → {tabId, site, entries, layout}
//   panel→worker    {type: 'panel/reveal', tabId, key}       → {ok}
//   worker→content  {type: 'worker/rescan'}                  (settings changed)
//   worker→content  {type: 'worker/reveal', key}             → {ok}
//   worker→panel    {type: 'worker/mentions-changed', tabId}
import init, { Engine, siteTable } from './pkg/earshot.js';

const SETTINGS_KEY = 'settings';
const SESSION_KEY = 'tabs';

/** Per-tab state: the posts seen that mention the brand, keyed by the content script's key. */
let tabs = new Map(); // tabId → {site, posts: Map(key → Post), layout}
let lastSiteTab = null;
let engine = null;

chrome.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(() => {});

const ready = (async () => {
  await init({ module_or_path: chrome.runtime.getURL('pkg/earshot_bg.wasm') });
  const stored = await chrome.storage.local.get(SETTINGS_KEY);
  engine = makeEngine(stored[SETTINGS_KEY]);
  // A stopped worker loses its memory: restore what this browser session has seen.
  const session = await chrome.storage.session.get(SESSION_KEY);
  for (const [id, t] of Object.entries(session[SESSION_KEY] || {})) {
    tabs.set(Number(id), { site: t.site, layout: t.layout || null, posts: new Map(Object.entries(t.posts || {})) });
  }
  lastSiteTab = session.lastSiteTab ?? null;
})();

/** An engine for stored settings; falls back to "no brand" (hears nothing) if they are unusable. */
function makeEngine(settings) {
  try {
    return new Engine(settings ? JSON.stringify(settings) : '');
  } catch (e) {
    console.warn('Earshot: stored settings are unusable, listening for nothing until they are fixed:', e);
    return new Engine('');
  }
}

chrome.storage.onChanged.addListener(async (changes, area) => {
  if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
  await ready;
  engine = makeEngine(changes[SETTINGS_KEY].newValue);
  for (const tabId of tabs.keys()) {
    tabs.get(tabId).posts.clear();
    chrome.tabs.sendMessage(tabId, { type: 'worker/rescan' }).catch(() => {});
  }
  persist();
  notifyPanels(null);
});

chrome.tabs.onActivated.addListener(({ tabId }) => {
  if (tabs.has(tabId)) {
    lastSiteTab = tabId;
    notifyPanels(tabId);
  }
});
chrome.tabs.onRemoved.addListener((tabId) => {
  tabs.delete(tabId);
  persist();
});

let persistTimer = null;
/** Mirrors the per-tab mentions into session storage (debounced) so a worker restart keeps them. */
function persist() {
  clearTimeout(persistTimer);
  persistTimer = setTimeout(() => {
    const out = {};
    for (const [id, t] of tabs) out[id] = { site: t.site, layout: t.layout, posts: Object.fromEntries(t.posts) };
    chrome.storage.session.set({ [SESSION_KEY]: out, lastSiteTab }).catch(() => {});
  }, 200);
}

function notifyPanels(tabId) {
  chrome.runtime.sendMessage({ type: 'worker/mentions-changed', tabId }).catch(() => {});
}

function tabState(tabId, site) {
  if (!tabs.has(tabId)) tabs.set(tabId, { site, posts: new Map(), layout: null });
  return tabs.get(tabId);
}

/** The tab whose mentions the panel shows: the active tab of the panel's window when it is an
 * X/Facebook tab, otherwise the most recently active X/Facebook tab (the panel opened as a tab). */
async function currentSiteTab(windowId) {
  const query = windowId == null ? { active: true, lastFocusedWindow: true } : { active: true, windowId };
  const [active] = await chrome.tabs.query(query).catch(() => []);
  if (active && tabs.has(active.id)) return active.id;
  return tabs.has(lastSiteTab) ? lastSiteTab : null;
}

const handlers = {
  'content/hello': async (msg, sender) => {
    const table = siteTable(String(msg.host || ''));
    if (table && sender.tab) {
      tabState(sender.tab.id, table.site);
      lastSiteTab = sender.tab.id;
    }
    return { table };
  },

  'content/posts': async (msg, sender) => {
    const tabId = sender.tab?.id;
    const posts = Array.isArray(msg.posts) ? msg.posts : [];
    const analyses = JSON.parse(engine.analyzeJson(JSON.stringify(posts), Date.now()));
    const state = tabId == null ? null : tabState(tabId, posts[0]?.site);
    const out = analyses.map((a, i) => {
      if (state) {
        if (a.mentioned) state.posts.set(a.id, posts[i]);
        else state.posts.delete(a.id);
      }
      return {
        id: a.id,
        mentioned: a.mentioned,
        priority: a.priority.score,
        highlight: a.highlight,
        spans: a.mentions.map((m) => ({
          start: m.start,
          end: m.end,
          highlight: m.kind === 'competitor' ? 'earshot-competitor' : a.highlight,
        })),
      };
    });
    if (state) {
      lastSiteTab = tabId;
      persist();
      notifyPanels(tabId);
    }
    return { analyses: out };
  },

  'content/layout': async (msg, sender) => {
    if (!sender.tab) return {};
    const state = tabState(sender.tab.id, msg.site);
    state.layout = msg.ok ? null : { message: String(msg.message || '') };
    persist();
    notifyPanels(sender.tab.id);
    return {};
  },

  'panel/list': async (msg) => {
    const tabId = await currentSiteTab(msg.windowId);
    if (tabId == null) return { tabId: null, entries: [] };
    const state = tabs.get(tabId);
    const posts = [...state.posts.values()];
    const entries = JSON.parse(engine.panelView(JSON.stringify(posts), Date.now()));
    return { tabId, site: state.site, entries, layout: state.layout };
  },

  'panel/reveal': async (msg) => {
    const res = await chrome.tabs.sendMessage(msg.tabId, { type: 'worker/reveal', key: msg.key }).catch(() => null);
    if (res?.ok) await chrome.tabs.update(msg.tabId, { active: true }).catch(() => {});
    return { ok: Boolean(res?.ok) };
  },
};

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const handler = msg && handlers[msg.type];
  if (!handler) return false;
  ready
    .then(() => handler(msg, sender))
    .then(sendResponse, (e) => sendResponse({ error: String(e?.message || e) }));
  return true; // the response is sent asynchronously
});
