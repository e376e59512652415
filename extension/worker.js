// Earshot's service worker: runs the WASM engine for the content scripts and the side panel.
//
// MV3 stops this worker when idle, so nothing lives only in memory: the engine is rebuilt from
// chrome.storage.local `settings` on every wake, and per-tab mentions are mirrored to
// chrome.storage.session (key `tabs`).
import init, { Engine, siteTable, scanHighlights, ageMillis } from './pkg/earshot.js';
import { MSG, isSupportedUrl } from './messages.js';
import { scanPosts } from './scan.js';

const MAX_MENTIONS_PER_TAB = 500;
const HISTORY_VERSION = 1;
const MAX_HISTORY = 1000;

let engine = null;
/** Highlight names the engine's scan records index (fixed once the module is loaded). */
let highlights = [];
let hasBrand = false;
/** tabId → {site, name, url, layoutOk, seen, mentions: {id → post}} */
let tabs = {};
/** Tab ids of X/Facebook tabs, most recently active last. */
let recent = [];
/** Drafts per tab + post + text, so the panel shows the same drafts while a post is listed. */
const draftCache = new Map();

async function buildEngine() {
  const { settings } = await chrome.storage.local.get('settings');
  try {
    engine = new Engine(settings ? JSON.stringify(settings) : '');
    hasBrand = Boolean(settings?.brand?.name);
  } catch (e) {
    // Stored settings were validated when saved; if they still fail, run with no brand.
    engine = new Engine('');
    hasBrand = false;
    console.warn('Earshot: stored settings refused:', e);
  }
  // The browser stops idle service workers: replay the drafts issued this session so the new
  // engine keeps "same post, same drafts; never one text for two posts".
  const { issuedDrafts } = await chrome.storage.session.get('issuedDrafts');
  for (const { post, drafts } of issuedDrafts || []) {
    try {
      engine.rememberDrafts(JSON.stringify(post), JSON.stringify(drafts));
    } catch {
      // A malformed record is skipped; the others still count.
    }
  }
}

/** Mirrors issued drafts to session storage (most recent 2000 posts). */
async function rememberIssued(post, drafts) {
  const { issuedDrafts } = await chrome.storage.session.get('issuedDrafts');
  const list = (issuedDrafts || []).concat([{ post, drafts }]).slice(-2000);
  await chrome.storage.session.set({ issuedDrafts: list });
}

const ready = (async () => {
  await init({ module_or_path: chrome.runtime.getURL('pkg/earshot_bg.wasm') });
  highlights = JSON.parse(scanHighlights());
  const stored = await chrome.storage.session.get(['tabs', 'recent']);
  tabs = stored.tabs || {};
  recent = stored.recent || [];
  await buildEngine();
})();

let saveTimer = 0;
function persist() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    chrome.storage.session.set({ tabs, recent }).catch(() => {});
  }, 100);
}

function touch(tabId) {
  recent = recent.filter((t) => t !== tabId);
  recent.push(tabId);
  if (recent.length > 50) recent.shift();
}

function notify(tabId) {
  chrome.runtime.sendMessage({ type: MSG.MENTIONS_CHANGED, tabId }).catch(() => {});
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.settings) {
    ready.then(buildEngine).then(() => {
      // Re-score open pages and what the panels show with the new brand.
      draftCache.clear();
      for (const id of Object.keys(tabs)) {
        chrome.tabs.sendMessage(Number(id), { type: MSG.RESCAN }).catch(() => {});
        notify(Number(id));
      }
    });
  }
});

chrome.tabs.onActivated.addListener(({ tabId }) => {
  ready.then(() => {
    if (tabs[tabId]) {
      touch(tabId);
      persist();
      notify(tabId);
    }
  });
});

chrome.tabs.onRemoved.addListener((tabId) => {
  ready.then(() => {
    delete tabs[tabId];
    recent = recent.filter((t) => t !== tabId);
    persist();
  });
});

if (chrome.sidePanel?.setPanelBehavior) {
  chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
}

function onPosts(msg, sender) {
  const tabId = sender.tab?.id;
  const now = Date.now();
  for (const p of msg.posts) {
    // A relative age ("2h", Facebook's comments) becomes a time once, when the post is seen.
    const ms = !p.createdAt && typeof p.age === 'string' ? ageMillis(p.age) : undefined;
    if (ms !== undefined) p.createdAt = new Date(now - ms).toISOString();
  }
  const results = scanPosts(engine, highlights, msg.posts, now);
  const tab = tabs[tabId] || (tabs[tabId] = { mentions: {} });
  tab.site = msg.site;
  tab.name = msg.name;
  tab.url = sender.tab?.url || msg.url;
  tab.layoutOk = msg.layout ? msg.layout.ok : true;
  tab.seen = now;
  let changed = false;
  results.forEach((r, i) => {
    const post = msg.posts[i];
    if (r.mentioned) {
      tab.mentions[post.id] = post;
      changed = true;
    } else if (tab.mentions[post.id]) {
      delete tab.mentions[post.id];
      changed = true;
    }
  });
  const ids = Object.keys(tab.mentions);
  if (ids.length > MAX_MENTIONS_PER_TAB) {
    for (const id of ids.slice(0, ids.length - MAX_MENTIONS_PER_TAB)) delete tab.mentions[id];
  }
  if (sender.tab?.active) touch(tabId);
  persist();
  if (changed || msg.layout) notify(tabId);
  return { results };
}

function toEnginePost(p) {
  return {
    id: p.id,
    text: p.text,
    author: p.author || null,
    createdAt: p.createdAt || null,
    site: p.site || null,
    engagement: Number.isFinite(p.engagement) ? p.engagement : null,
  };
}

/** The tab the panel should show: see README "Side panel". */
async function currentTab(msg) {
  if (Number.isInteger(msg.tabId)) return msg.tabId;
  const query = Number.isInteger(msg.windowId)
    ? { active: true, windowId: msg.windowId }
    : { active: true, lastFocusedWindow: true };
  const [active] = await chrome.tabs.query(query).catch(() => []);
  if (active && isSupportedUrl(active.url || '')) return active.id;
  if (Number.isInteger(msg.windowId)) {
    // A side panel belongs to its window: show that window's active tab, even if it has none.
    if (active) return active.id;
  }
  for (let i = recent.length - 1; i >= 0; i--) {
    if (tabs[recent[i]]) return recent[i];
  }
  let best = null;
  for (const [id, t] of Object.entries(tabs)) {
    if (!best || t.seen > tabs[best].seen) best = id;
  }
  return best === null ? null : Number(best);
}

async function onList(msg) {
  const tabId = await currentTab(msg);
  const tab = tabId === null ? null : tabs[tabId];
  if (!tab) {
    return { tabId, noBrand: !hasBrand, view: null, reason: 'Open x.com or facebook.com to hear mentions.' };
  }
  const view = JSON.parse(engine.panel(JSON.stringify(Object.values(tab.mentions).map(toEnginePost)), Date.now()));
  return {
    tabId, site: tab.site, name: tab.name, url: tab.url, layoutOk: tab.layoutOk !== false,
    noBrand: !hasBrand, view,
  };
}

function onDrafts(msg) {
  const post = tabs[msg.tabId]?.mentions[msg.id];
  if (!post) return { drafts: [], reason: 'This post is no longer listed.' };
  const key = `${msg.tabId}\u0000${post.id}\u0000${post.text}`;
  if (!draftCache.has(key)) {
    const enginePost = toEnginePost(post);
    const drafts = JSON.parse(engine.draftReplies(JSON.stringify(enginePost), Date.now()));
    draftCache.set(key, drafts);
    rememberIssued(enginePost, drafts).catch(() => {});
  }
  return { drafts: draftCache.get(key), site: post.site };
}

async function onDraftUsed(msg) {
  const post = tabs[msg.tabId]?.mentions[msg.id];
  const { draftHistory } = await chrome.storage.local.get('draftHistory');
  const history = draftHistory?.version === HISTORY_VERSION ? draftHistory : { version: HISTORY_VERSION, entries: [] };
  history.entries.push({
    postId: msg.id,
    site: post?.site || null,
    permalink: post?.permalink || null,
    text: String(msg.text || ''),
    tone: String(msg.tone || ''),
    action: msg.action === 'insert' ? 'insert' : 'copy',
    at: new Date().toISOString(),
  });
  if (history.entries.length > MAX_HISTORY) history.entries.splice(0, history.entries.length - MAX_HISTORY);
  await chrome.storage.local.set({ draftHistory: history });
  return { ok: true };
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || typeof msg.type !== 'string') return false;
  const handle = async () => {
    await ready;
    switch (msg.type) {
      case MSG.SITE_TABLE: {
        const table = JSON.parse(siteTable(String(msg.host || '')));
        if (table && sender.tab) {
          // A fresh page: the tab's earlier mentions point at elements that no longer exist.
          tabs[sender.tab.id] = { mentions: {}, site: table.site, name: table.name, url: sender.tab.url, layoutOk: true, seen: Date.now() };
          if (sender.tab.active) touch(sender.tab.id);
          persist();
          notify(sender.tab.id);
        }
        return { table };
      }
      case MSG.POSTS: return onPosts(msg, sender);
      case MSG.LIST: return onList(msg);
      case MSG.DRAFTS: return onDrafts(msg);
      case MSG.DRAFT_USED: return onDraftUsed(msg);
      default: return undefined;
    }
  };
  handle().then(sendResponse, (e) => sendResponse({ error: String(e?.message || e) }));
  return true;
});
