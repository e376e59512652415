// The options page: edits the brand profile, validated by the engine (validateSettings) before
// anything is stored. Invalid input shows a message next to its field and never replaces the
// saved settings; a bad import file is refused as a whole.
import init, { validateSettings, cueKeys } from './pkg/earshot.js';

const form = document.getElementById('form');
const status = document.getElementById('status');
const fileError = document.getElementById('file-error');
const extras = document.getElementById('extras');
const cueRows = document.getElementById('cues');
const wasm = init();

/** The saved settings (source of departments and FAQ, which this form does not edit). */
let saved = null;

const fields = () => [...form.querySelectorAll('[data-field]')];

function fill(settings) {
  const b = settings?.brand || {};
  for (const input of fields()) {
    const v = b[input.dataset.field];
    if (input.hasAttribute('data-list')) input.value = Array.isArray(v) ? v.join(', ') : '';
    else if (input.hasAttribute('data-number')) input.value = v ?? 30;
    else input.value = v ?? '';
  }
  for (const box of form.querySelectorAll('[data-policy]')) box.checked = Boolean(b.policy?.[box.dataset.policy]);
  cueRows.replaceChildren();
  wasm.then(() => { for (const rule of b.cues || []) addCue(rule); });
  const n = (b.faq || []).length;
  const d = (b.departments || []).length;
  extras.textContent = `Also kept from your settings file: ${n} FAQ ${n === 1 ? 'entry' : 'entries'} and ${d} department ${d === 1 ? 'rule' : 'rules'} (edit them by exporting, editing the file and importing it).`;
}

/** The topics and flags a cue rule may tell, from the engine (read once, after `init`). */
let cueKeyCache = null;
const cueKeyList = () => (cueKeyCache ??= JSON.parse(cueKeys()));

/** One row of the cue editor: what the words tell (a topic or flag the engine offers), the words. */
function addCue(rule = { when: '', phrases: [] }) {
  const row = document.createElement('div');
  row.className = 'cue';
  const when = document.createElement('select');
  when.setAttribute('aria-label', 'tells');
  for (const key of cueKeyList()) {
    const option = document.createElement('option');
    option.value = key;
    option.textContent = key.replaceAll('_', ' ');
    when.append(option);
  }
  if (rule.when) when.value = rule.when;
  const phrases = document.createElement('input');
  phrases.setAttribute('aria-label', 'words');
  phrases.autocomplete = 'off';
  phrases.placeholder = 'munchly credit, resched*';
  phrases.value = Array.isArray(rule.phrases) ? rule.phrases.join(', ') : '';
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = 'Remove';
  remove.addEventListener('click', () => row.remove());
  row.append(when, phrases, remove);
  cueRows.append(row);
  return phrases;
}

/** The cue rows that hold words, in order: `brand.cues[i]` is the i-th (a row without words is no rule). */
const filledCueRows = () => [...cueRows.children].filter((row) => row.querySelector('input').value.trim() !== '');

function cuesFromForm() {
  return filledCueRows().map((row) => ({ when: row.querySelector('select').value, phrases: row.querySelector('input').value }));
}

function fromForm() {
  const brand = { ...(saved?.brand || {}) };
  for (const input of fields()) {
    const key = input.dataset.field;
    if (input.hasAttribute('data-number')) {
      const t = input.value.trim();
      brand[key] = t === '' ? undefined : (Number.isFinite(Number(t)) ? Number(t) : t);
    } else if (input.hasAttribute('data-list')) {
      brand[key] = input.value; // the engine accepts comma-separated text for lists
    } else {
      brand[key] = input.value;
    }
  }
  brand.cues = cuesFromForm();
  brand.policy = {};
  for (const box of form.querySelectorAll('[data-policy]')) brand.policy[box.dataset.policy] = box.checked;
  return { format: 'earshot-settings', version: 1, brand };
}

function clearErrors() {
  for (const p of form.querySelectorAll('[data-error-for]')) {
    p.hidden = true;
    p.textContent = '';
  }
  for (const i of form.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
  fileError.hidden = true;
  fileError.textContent = '';
}

/** `brand.handles[2]` → the form slot named `handles`. */
function slotFor(path) {
  const m = /^brand\.([A-Za-z]+)/.exec(path || '');
  if (!m) return 'other';
  if (form.querySelector(`[data-error-for="${m[1]}"]`)) return m[1];
  return 'other';
}

function showErrors(errors) {
  for (const e of errors) {
    const slot = slotFor(e.field);
    const p = form.querySelector(`[data-error-for="${slot}"]`);
    const line = e.field && slot === 'other' ? `${e.field}: ${e.message}` : e.message;
    p.textContent = p.textContent ? `${p.textContent} ${line}` : line;
    p.hidden = false;
    const row = /^brand\.cues\[(\d+)\]/.exec(e.field || '');
    const input = row ? filledCueRows()[Number(row[1])]?.querySelector('input') : form.querySelector(`[data-field="${slot}"]`);
    if (input) {
      if (!p.id) p.id = `error-${slot}`;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', p.id);
    }
  }
  form.querySelector('[aria-invalid="true"]')?.focus();
}

async function store(settings, message) {
  await chrome.storage.local.set({ settings });
  saved = settings;
  fill(settings);
  status.textContent = message;
}

form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  await wasm;
  clearErrors();
  status.textContent = '';
  const result = JSON.parse(validateSettings(JSON.stringify(fromForm())));
  if (!result.ok) {
    showErrors(result.errors);
    status.textContent = '';
    return;
  }
  await store(result.settings, 'Saved.');
});

document.getElementById('add-cue').addEventListener('click', async () => {
  await wasm;
  addCue().focus();
});

document.getElementById('import').addEventListener('change', async (ev) => {
  const file = ev.target.files?.[0];
  ev.target.value = '';
  if (!file) return;
  await wasm;
  clearErrors();
  status.textContent = '';
  const text = await file.text();
  const result = JSON.parse(validateSettings(text));
  if (!result.ok) {
    const lines = result.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
    fileError.textContent = `“${file.name}” was not imported; your saved settings are unchanged. ${lines.join(' · ')}`;
    fileError.hidden = false;
    return;
  }
  await store(result.settings, `Imported “${file.name}”.`);
});

document.getElementById('export').addEventListener('click', async () => {
  const { settings } = await chrome.storage.local.get('settings');
  const blob = new Blob([JSON.stringify(settings || saved || fromForm(), null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'earshot-settings.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
  status.textContent = 'Exported earshot-settings.json.';
});

chrome.storage.local.get('settings').then(({ settings }) => {
  saved = settings || null;
  fill(saved);
});
