// Earshot side panel: renders the engine's view model (src/engine/panel.rs) with DOM nodes and
// textContent only — page text never goes through HTML parsing.
const list = document.getElementById('mentions');
const empty = document.getElementById('empty');
const notice = document.getElementById('notice');
const summary = document.getElementById('summary');
let current = { tabId: null };

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  return e;
}

function renderEntry(entry) {
  const li = el('li', `mention priority-${entry.priorityClass}`);
  li.dataset.key = entry.key;
  li.tabIndex = 0;
  li.setAttribute('role', 'button');
  li.setAttribute('aria-label', `Show post by ${entry.authorName} in the page`);

  const head = el('div', 'head');
  const badge = el('span', `badge ${entry.priorityClass}`, String(entry.priority));
  badge.title = 'Priority 0–100';
  head.append(badge, el('span', 'name', entry.authorName));
  if (entry.handle && entry.handle !== entry.authorName) head.append(el('span', 'handle', entry.handle));
  if (entry.timeLabel) head.append(el('span', 'time', entry.timeLabel));
  li.append(head);

  const text = el('p', 'text');
  for (const seg of entry.segments) {
    text.append(seg.mark ? el('mark', seg.mark, seg.text) : document.createTextNode(seg.text));
  }
  li.append(text);

  const meta = el('div', 'meta');
  meta.append(el('span', `sentiment ${entry.sentiment}`, entry.sentimentLabel));
  if (entry.waitingLabel) meta.append(el('span', entry.overdue ? 'clock overdue' : 'clock', entry.waitingLabel));
  meta.append(el('span', 'dept', '→ ' + entry.department));
  li.append(meta);

  const tags = el('div', 'tags');
  for (const t of entry.tags) tags.append(el('span', 'tag', t));
  li.append(tags);

  if (entry.reasons.length) {
    const why = el('ul', 'reasons');
    for (const r of entry.reasons) why.append(el('li', null, r));
    li.append(why);
  }

  const reveal = () => chrome.runtime.sendMessage({ type: 'panel/reveal', tabId: current.tabId, key: entry.key })
    .then((res) => { if (!res?.ok) li.classList.add('gone'); });
  li.addEventListener('click', reveal);
  li.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); reveal(); } });
  return li;
}

const windowId = chrome.windows?.getCurrent?.().then((w) => w.id).catch(() => null);

async function refresh() {
  const res = await chrome.runtime.sendMessage({ type: 'panel/list', windowId: await windowId }).catch(() => null);
  if (!res || res.error) {
    notice.hidden = false;
    notice.textContent = 'Earshot could not read the mentions: ' + (res?.error || 'the extension is restarting');
    return;
  }
  current = res;
  notice.hidden = !res.layout;
  notice.textContent = res.layout ? res.layout.message : '';
  list.replaceChildren(...res.entries.map(renderEntry));
  const overdue = res.entries.filter((e) => e.overdue).length;
  summary.textContent = res.entries.length
    ? `${res.entries.length} mention${res.entries.length === 1 ? '' : 's'}${overdue ? `, ${overdue} overdue` : ''}`
    : '';
  empty.hidden = res.entries.length > 0;
  empty.textContent = res.tabId == null
    ? 'Open x.com or facebook.com: mentions of your brand in the page appear here.'
    : 'No mentions of your brand in this tab yet.';
}

let pending = null;
chrome.runtime.onMessage.addListener((msg) => {
  // Any tab may have become the current one, so every change is worth a (debounced) refresh.
  if (msg?.type === 'worker/mentions-changed') {
    clearTimeout(pending);
    pending = setTimeout(refresh, 100);
  }
});
chrome.tabs?.onActivated?.addListener(() => refresh());
setInterval(refresh, 30_000); // keep the waiting clocks current
refresh();
