// Earshot options page: a form over the settings file. Validation and migration are the
// engine's (validateSettings); this page only moves values between the form, storage and files,
// and shows each error next to its field. Invalid input never replaces saved settings.
import init, { validateSettings } from './pkg/earshot.js';

const KEY = 'settings';
const LISTS = ['aliases', 'handles', 'hashtags', 'products', 'competitors', 'exclude'];
const POLICY = ['allowRefunds', 'allowCompensation', 'promiseFollowUp'];
const $ = (id) => document.getElementById(id);

/** The settings object the form describes (not yet validated). */
function fromForm() {
  const brand = { name: $('name').value };
  for (const f of LISTS) brand[f] = $(f).value;
  brand.signature = $('signature').value;
  const target = $('responseTargetMinutes').value.trim();
  brand.responseTargetMinutes = target === '' ? null : /^\d+$/.test(target) ? Number(target) : target;
  brand.helpUrl = $('helpUrl').value;
  brand.departments = lines('departments').map((l) => {
    const i = l.indexOf('=');
    return i < 0 ? { when: l, department: '' } : { when: l.slice(0, i).trim(), department: l.slice(i + 1).trim() };
  });
  brand.faq = lines('faq').map((l) => {
    const i = l.indexOf('|');
    return i < 0 ? { question: l, answer: '' } : { question: l.slice(0, i).trim(), answer: l.slice(i + 1).trim() };
  });
  brand.policy = Object.fromEntries(POLICY.map((p) => [p, $(p).checked]));
  return { format: 'earshot-settings', version: 1, brand };
}

function lines(id) {
  return $(id).value.split('\n').map((l) => l.trim()).filter(Boolean);
}

function toForm(settings) {
  const b = settings.brand;
  $('name').value = b.name;
  for (const f of LISTS) $(f).value = b[f].join(', ');
  $('signature').value = b.signature;
  $('responseTargetMinutes').value = String(b.responseTargetMinutes);
  $('helpUrl').value = b.helpUrl;
  $('departments').value = b.departments.map((r) => `${r.when} = ${r.department}`).join('\n');
  $('faq').value = b.faq.map((q) => `${q.question} | ${q.answer}`).join('\n');
  for (const p of POLICY) $(p).checked = Boolean(b.policy[p]);
}

function clearErrors() {
  document.querySelectorAll('.error.field').forEach((e) => e.remove());
  document.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  for (const id of ['form-error', 'import-error']) {
    $(id).hidden = true;
    $(id).textContent = '';
  }
}

/** Shows each error next to its field (`brand.handles[2]` → the handles box); errors about the
 * file as a whole go to `fileSlot`. */
function showErrors(errors, fileSlot) {
  const general = [];
  for (const { field, message } of errors) {
    const m = /^brand\.([A-Za-z]+)/.exec(field);
    const holder = m && document.querySelector(`[data-field="${m[1]}"]`);
    if (!holder) {
      general.push(field ? `${field}: ${message}` : message);
      continue;
    }
    const p = document.createElement('p');
    p.className = 'error field';
    p.setAttribute('role', 'alert');
    p.textContent = message;
    holder.append(p);
    holder.querySelectorAll('input, textarea').forEach((i) => i.setAttribute('aria-invalid', 'true'));
  }
  if (general.length) {
    $(fileSlot).textContent = general.join(' · ');
    $(fileSlot).hidden = false;
  }
}

function status(text) {
  $('status').textContent = text;
  if (text) setTimeout(() => { if ($('status').textContent === text) $('status').textContent = ''; }, 4000);
}

async function save(event) {
  event.preventDefault();
  clearErrors();
  const result = validateSettings(JSON.stringify(fromForm()));
  if (!result.ok) {
    showErrors(result.errors, 'form-error');
    status('Not saved: please fix the marked fields.');
    return;
  }
  await chrome.storage.local.set({ [KEY]: result.settings });
  toForm(result.settings);
  status('Saved.');
}

async function importFile() {
  const file = $('import').files[0];
  $('import').value = '';
  if (!file) return;
  clearErrors();
  const text = await file.text();
  const result = validateSettings(text);
  if (!result.ok) {
    // Nothing is stored: the settings saved before stay in force.
    const detail = result.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join(' · ');
    $('import-error').textContent = `${file.name} was not imported, your saved settings are unchanged. ${detail}`;
    $('import-error').hidden = false;
    return;
  }
  await chrome.storage.local.set({ [KEY]: result.settings });
  toForm(result.settings);
  status(`Imported ${file.name}.`);
}

async function exportFile() {
  const stored = (await chrome.storage.local.get(KEY))[KEY];
  const result = validateSettings(JSON.stringify(stored ?? fromForm()));
  const settings = result.ok ? result.settings : fromForm();
  const blob = new Blob([JSON.stringify(settings, null, 2) + '\n'], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'earshot-settings.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

async function main() {
  await init();
  const stored = (await chrome.storage.local.get(KEY))[KEY];
  if (stored) {
    // Stored settings may be from an older version: the engine migrates them.
    const result = validateSettings(JSON.stringify(stored));
    if (result.ok) toForm(result.settings);
    else showErrors(result.errors, 'form-error');
  } else {
    $('responseTargetMinutes').value = '30';
  }
  $('form').addEventListener('submit', save);
  $('import').addEventListener('change', importFile);
  $('export').addEventListener('click', exportFile);
  document.body.dataset.ready = 'true';
}

main();
