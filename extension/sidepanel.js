// The side panel: renders the engine's view model (src/engine/panel.rs) with createElement and
// textContent only. It also works opened as a tab (tests): it then shows the most recently
// active X/Facebook tab, or the tab given as `?tab=<id>`.
import init, { tweetLength } from './pkg/earshot.js';
import { MSG } from './messages.js';

const list = document.getElementById('mentions');
const summary = document.getElementById('summary');
const notice = document.getElementById('notice');
const wasm = init();

let tabId = null;
let site = null;
let replyLimit = null;
/** entry id → {li, sig, textSig, drafts} kept across renders so edits survive updates. */
const rendered = new Map();

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

async function context() {
  const fixed = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fixed) && fixed > 0) return { tabId: fixed };
  const self = await chrome.tabs.getCurrent().catch(() => undefined);
  if (self) return {}; // opened as a tab: the worker picks the most recent X/Facebook tab
  const win = await chrome.windows.getCurrent().catch(() => undefined);
  return win ? { windowId: win.id } : {};
}

function showNotice(text) {
  notice.hidden = !text;
  notice.textContent = text || '';
}

async function refresh() {
  const reply = await chrome.runtime.sendMessage({ type: MSG.LIST, ...(await context()) }).catch(() => null);
  if (!reply) return;
  tabId = reply.tabId;
  site = reply.site || null;
  replyLimit = site === 'x' ? 280 : null;
  if (reply.noBrand) {
    showNotice('No brand is set up yet: open Brand settings to tell Earshot what to listen for.');
  } else if (reply.view && reply.layoutOk === false) {
    showNotice(`${reply.name || 'The site'} changed its layout; scanning as plain text.`);
  } else {
    showNotice('');
  }
  if (!reply.view) {
    summary.textContent = reply.reason || 'No mentions yet';
    render([]);
    return;
  }
  summary.textContent = `${reply.view.summary} · ${reply.name || ''}`.replace(/ · $/, '');
  render(reply.view.entries);
}

function render(entries) {
  const keep = new Set(entries.map((e) => e.id));
  for (const [id, r] of rendered) {
    if (!keep.has(id)) {
      r.li.remove();
      rendered.delete(id);
    }
  }
  if (!entries.length) {
    list.replaceChildren(el('li', 'empty', 'No mentions of your brand on this page yet.'));
    return;
  }
  list.querySelector('.empty')?.remove();
  const order = [];
  for (const e of entries) {
    const sig = JSON.stringify(e);
    const textSig = e.segments.map((s) => s.text).join('');
    let r = rendered.get(e.id);
    if (!r) {
      r = { li: el('li', 'entry'), sig: '', textSig: '', drafts: null };
      r.li.dataset.id = e.id;
      rendered.set(e.id, r);
    }
    if (r.sig !== sig) {
      const body = entryBody(e);
      if (r.textSig !== textSig || !r.drafts) {
        r.drafts = draftsBlock(e);
        r.textSig = textSig;
      }
      r.li.replaceChildren(...body, r.drafts);
      r.sig = sig;
    }
    order.push(r.li);
  }
  const current = [...list.children];
  if (current.length !== order.length || current.some((c, i) => c !== order[i])) {
    order.forEach((li) => list.appendChild(li));
  }
}

function entryBody(e) {
  const head = el('button', 'entry-head');
  head.type = 'button';
  head.title = 'Show this post on the page';
  const badge = el('span', `badge ${e.badgeClass}`, e.badgeText);
  badge.title = `Priority ${e.priority} of 100`;
  const who = el('span', 'who');
  who.append(el('span', 'name', e.authorName));
  if (e.handle && e.handle !== e.authorName) who.append(' ', el('span', 'handle', e.handle));
  head.append(badge, who, el('span', 'time', e.timeLabel));
  head.addEventListener('click', () => reveal(e.id));
  const out = [head];
  if (e.waitingLabel) out.push(el('p', e.overdue ? 'waiting overdue' : 'waiting', e.overdue ? `${e.waitingLabel} — overdue` : e.waitingLabel));
  const text = el('p', 'text');
  for (const s of e.segments) {
    if (s.mark) text.append(el('mark', s.mark === 'competitor' ? 'competitor' : e.highlight, s.text));
    else text.append(s.text);
  }
  out.push(text);
  const chips = el('ul', 'chips');
  chips.append(el('li', `chip sentiment-${e.sentimentLabel.toLowerCase()}`, e.sentimentLabel));
  if (e.intent) chips.append(el('li', 'chip', e.intent));
  for (const t of e.topics) chips.append(el('li', 'chip', t));
  for (const f of e.flags) chips.append(el('li', 'chip flag', f));
  if (e.department) chips.append(el('li', 'chip', `→ ${e.department}`));
  out.push(chips);
  if (e.reasons.length) {
    const reasons = el('ul', 'reasons');
    for (const r of e.reasons) reasons.append(el('li', null, r));
    out.push(reasons);
  }
  return out;
}

async function reveal(id) {
  if (tabId === null) return;
  const reply = await chrome.tabs.sendMessage(tabId, { type: MSG.REVEAL, id }).catch(() => null);
  if (!reply?.ok) showNotice(reply?.reason || 'The page did not answer; reload it and try again.');
  chrome.tabs.update(tabId, { active: true }).catch(() => {});
}

function draftsBlock(e) {
  const box = el('section', 'drafts');
  box.append(el('h3', null, 'Reply drafts'));
  const status = el('p', 'draft-status', 'Drafting…');
  status.setAttribute('role', 'status');
  box.append(status);
  const forTab = tabId;
  chrome.runtime.sendMessage({ type: MSG.DRAFTS, tabId: forTab, id: e.id }).then(async (reply) => {
    await wasm;
    const drafts = reply?.drafts || [];
    status.textContent = drafts.length ? '' : (reply?.reason || 'No draft for this post.');
    drafts.forEach((d, i) => status.before(draftEditor(e, d, i, forTab, status)));
  }).catch(() => { status.textContent = 'Drafts are not available right now.'; });
  return box;
}

function draftEditor(e, d, i, forTab, status) {
  const wrap = el('div', 'draft');
  const id = `draft-${CSS.escape(e.id)}-${i}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const label = el('label', null, `Draft ${i + 1} · ${d.tone}`);
  label.htmlFor = id;
  const area = el('textarea');
  area.id = id;
  area.value = d.text;
  area.spellcheck = true;
  const bar = el('div', 'draft-bar');
  const insert = el('button', 'primary insert', 'Insert');
  insert.type = 'button';
  insert.title = 'Open the reply box on the page and put this text in it (you still press Post)';
  const copy = el('button', 'copy', 'Copy');
  copy.type = 'button';
  const counter = el('span', 'counter');
  const count = () => {
    if (replyLimit === null) {
      counter.textContent = '';
      return;
    }
    const n = tweetLength(area.value);
    counter.textContent = `${n} / ${replyLimit}`;
    counter.classList.toggle('over', n > replyLimit);
  };
  area.addEventListener('input', count);
  count();
  copy.addEventListener('click', async () => {
    const ok = await toClipboard(area.value);
    status.textContent = ok ? 'Copied to the clipboard.' : 'Could not copy: select the text and press Ctrl+C.';
    if (ok) used(e, area.value, d.tone, 'copy', forTab);
  });
  insert.addEventListener('click', async () => {
    const text = area.value;
    status.textContent = 'Inserting…';
    const reply = await chrome.tabs.sendMessage(forTab, { type: MSG.INSERT_REPLY, id: e.id, text }).catch(() => null);
    if (reply?.ok && reply.shown) {
      status.textContent = 'Inserted into the reply box. Review it there and press Post yourself.';
      used(e, text, d.tone, 'insert', forTab);
      chrome.tabs.update(forTab, { active: true }).catch(() => {});
      return;
    }
    const copied = await toClipboard(text);
    const why = reply?.reason || 'The page did not answer.';
    status.textContent = copied
      ? `${why} The draft is on the clipboard instead: click the reply box and paste (Ctrl+V).`
      : `${why} Copy the text by hand.`;
    if (copied) used(e, text, d.tone, 'copy', forTab);
  });
  bar.append(insert, copy, counter);
  wrap.append(label, area, bar);
  return wrap;
}

async function toClipboard(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function used(e, text, tone, action, forTab) {
  chrome.runtime.sendMessage({ type: MSG.DRAFT_USED, tabId: forTab, id: e.id, text, tone, action }).catch(() => {});
}

chrome.runtime.onMessage.addListener((msg) => {
  if (msg?.type === MSG.MENTIONS_CHANGED) scheduleRefresh();
});
chrome.tabs.onActivated.addListener(() => scheduleRefresh());
chrome.tabs.onUpdated.addListener((_id, info) => { if (info.status === 'complete') scheduleRefresh(); });

let timer = 0;
function scheduleRefresh() {
  clearTimeout(timer);
  timer = setTimeout(refresh, 50);
}

refresh();
setInterval(refresh, 30000); // keep "12 min ago" labels fresh
