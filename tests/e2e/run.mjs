// End-to-end tests: Debian's Chromium with the BUILT extension (dist/earshot, run
// scripts/build.sh first) on fixture pages served as https://x.com/… and https://www.facebook.com/…
// Usage: node tests/e2e/run.mjs [name-filter]   — ends with "e2e: N passed, M failed".
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, seedSettings, tmpDir, assert, waitUntil, exampleSettings, root, extraRoutes } from './lib.mjs';
import { TWEETS, FB_COMMENTS, tweetHtml } from './fixtures/pages.mjs';

const filter = process.argv[2] || '';
const brand = exampleSettings.brand;
const strip = (s) => s.replace(/^[@#]/, '').toLowerCase();
const TERMS = new Set([brand.name, ...brand.aliases, ...brand.handles, ...brand.hashtags, ...brand.products, ...brand.competitors].map(strip));

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

/** Everything the page's highlight registry holds: [{name, text, inside: root selector id}]. */
async function highlightsIn(page) {
  return page.evaluate(() => {
    const out = [];
    for (const [name, h] of CSS.highlights) {
      for (const r of h) {
        const el = r.startContainer.parentElement;
        const rootEl = el && el.closest('article[data-testid="tweet"], [role="article"][aria-label], [aria-posinset]');
        const link = rootEl && rootEl.querySelector('a[href*="/status/"], li a[href*="comment_id="]');
        out.push({ name, text: r.toString(), key: link ? link.getAttribute('href') : null });
      }
    }
    return out;
  });
}

async function mentionAttrs(page, rootSel, keySel) {
  return page.evaluate(([rootSel, keySel]) => [...document.querySelectorAll(rootSel)].map((el) => ({
    key: el.querySelector(keySel)?.getAttribute('href') || null,
    mention: el.getAttribute('data-earshot-mention'),
  })), [rootSel, keySel]);
}

function checkRangeWords(ranges) {
  for (const r of ranges) {
    assert(r.name.startsWith('earshot-'), `highlight name ${r.name} does not start with earshot-`);
    assert(TERMS.has(strip(r.text)), `highlight range "${r.text}" is not a brand word`);
  }
}

async function openX(context) {
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await waitUntil(() => page.evaluate(() => document.querySelectorAll('[data-earshot-mention]').length >= 4), 'X mentions marked');
  return page;
}

const statusHref = (t) => `/${t.handle}/status/${t.id}`;

test('x: exactly the tweets that mention the brand carry data-earshot-mention (integer 0-100)', async ({ context }) => {
  const page = await openX(context);
  await page.waitForTimeout(300);
  const attrs = await mentionAttrs(page, 'article[data-testid="tweet"]', 'a[href*="/status/"]');
  assert(attrs.length === TWEETS.length, `expected ${TWEETS.length} tweets, saw ${attrs.length}`);
  for (const t of TWEETS) {
    const a = attrs.find((x) => x.key === statusHref(t));
    assert(a, `tweet ${t.id} missing`);
    if (t.words.length) {
      assert(/^\d+$/.test(a.mention || '') && Number(a.mention) <= 100, `tweet "${t.text}" should carry an integer priority, has ${a.mention}`);
    } else {
      assert(a.mention === null, `tweet "${t.text}" does not mention the brand but carries ${a.mention}`);
    }
  }
  await page.close();
});

test('x: highlight ranges cover exactly the brand words (emoji as <img alt> before them)', async ({ context }) => {
  const page = await openX(context);
  const ranges = await highlightsIn(page);
  assert(ranges.length > 0, 'no highlight ranges registered');
  checkRangeWords(ranges);
  for (const t of TWEETS) {
    const mine = ranges.filter((r) => r.key === statusHref(t));
    if (!t.words.length) {
      assert(mine.length === 0, `non-mention tweet "${t.text}" has ranges ${JSON.stringify(mine)}`);
      continue;
    }
    const got = mine.map((r) => r.text).sort().join('|');
    assert(got === [...t.words].sort().join('|'), `tweet "${t.text}": ranges ${got}, expected exactly ${t.words.join('|')}`);
  }
  // The site's text nodes are untouched: the text is still exactly what the page rendered.
  const text = await page.evaluate((id) => document.querySelector(`a[href$="/status/${id}"]`).closest('article').querySelector('[data-testid="tweetText"]').innerHTML, TWEETS[2].id);
  assert(!/mark|earshot/i.test(text), 'tweet text markup was modified');
  await page.close();
});

test('x: tweets appended later (infinite scroll) are picked up', async ({ context }) => {
  const page = await openX(context);
  const fresh = [
    { id: '1860000000000000101', name: 'New Person', handle: 'newperson', minutes: 1, text: 'Just landed with Acme Air, bags came out first for once', words: ['Acme Air'] },
    { id: '1860000000000000102', name: 'Other Person', handle: 'otherperson', minutes: 1, text: 'What a game last night', words: [] },
  ];
  await page.evaluate((html) => window.fixture.append(html), fresh.map((t) => tweetHtml(t)).join(''));
  await waitUntil(() => page.evaluate((id) => document.querySelector(`a[href$="/status/${id}"]`)?.closest('article').hasAttribute('data-earshot-mention'), fresh[0].id), 'appended mention marked');
  await page.waitForTimeout(300);
  const other = await page.evaluate((id) => document.querySelector(`a[href$="/status/${id}"]`).closest('article').getAttribute('data-earshot-mention'), fresh[1].id);
  assert(other === null, 'appended non-mention got marked');
  const ranges = await highlightsIn(page);
  assert(ranges.some((r) => r.key === statusHref(fresh[0]) && r.text.toLowerCase().includes('acme')), 'appended tweet has no range');
  await page.close();
});

test('x: a tweet whose text changes in place is re-scored (node re-use)', async ({ context }) => {
  const page = await openX(context);
  const quiet = TWEETS[3];
  const loud = TWEETS[7];
  const sel = (t) => `article:has(a[href$="/status/${t.id}"]) [data-testid="tweetText"]`;
  await page.evaluate(([s, text]) => window.fixture.setText(s, text), [sel(quiet), 'Update: Acme Air found my bag after all']);
  await page.evaluate(([s, text]) => window.fixture.editTextNode(s, text), [sel(loud), 'Checking in online was painless this time']);
  const attr = (t) => page.evaluate((id) => document.querySelector(`a[href$="/status/${id}"]`).closest('article').getAttribute('data-earshot-mention'), t.id);
  await waitUntil(async () => (await attr(quiet)) !== null, 'changed tweet marked');
  await waitUntil(async () => (await attr(loud)) === null, 'tweet that no longer mentions unmarked');
  const ranges = await highlightsIn(page);
  assert(!ranges.some((r) => r.key === statusHref(loud)), 'stale ranges left on the re-used tweet');
  assert(ranges.some((r) => r.key === statusHref(quiet) && r.text.toLowerCase().includes('acme')), 'no range on the re-scored tweet');
  await page.close();
});

test('facebook: the post and exactly the comments that mention the brand are marked', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/acmeair/posts/pfbid0ACME');
  await waitUntil(() => page.evaluate(() => document.querySelectorAll('[data-earshot-mention]').length >= 3), 'Facebook mentions marked');
  await page.waitForTimeout(300);
  const post = await page.evaluate(() => document.querySelector('[aria-posinset]').getAttribute('data-earshot-mention'));
  assert(/^\d+$/.test(post || ''), `post (mentions FlexFare) not marked: ${post}`);
  const comments = await mentionAttrs(page, '[role="article"][aria-label]', 'li a[href*="comment_id="]');
  for (const c of FB_COMMENTS) {
    const a = comments.find((x) => x.key && x.key.includes(`comment_id=${c.id}&`));
    assert(a, `comment ${c.id} missing`);
    assert((a.mention !== null) === (c.words.length > 0), `comment "${c.lines[0]}" marked=${a.mention}`);
  }
  const ranges = await highlightsIn(page);
  checkRangeWords(ranges);
  assert(ranges.some((r) => r.text === 'Acme Air'), `no "Acme Air" range in the two-line comment (${ranges.map((r) => r.text)})`);
  await page.close();
});

async function openPanel(context, extensionId, query = '') {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
  return panel;
}

test('panel: lists the current tab\'s mentions, most urgent first; click reveals and flashes the post', async ({ context, extensionId }) => {
  const page = await openX(context);
  const panel = await openPanel(context, extensionId);
  await waitUntil(() => panel.evaluate(() => document.querySelectorAll('.entry').length === 4), 'four panel entries');
  const entries = await panel.evaluate(() => [...document.querySelectorAll('.entry')].map((li) => ({
    name: li.querySelector('.name').textContent,
    handle: li.querySelector('.handle')?.textContent,
    badge: Number(li.querySelector('.badge').textContent.replace('P', '')),
    marks: [...li.querySelectorAll('.text mark')].map((m) => m.textContent),
    time: li.querySelector('.time').textContent,
  })));
  const expected = TWEETS.filter((t) => t.words.length).map((t) => `@${t.handle}`).sort();
  assert(JSON.stringify(entries.map((e) => e.handle).sort()) === JSON.stringify(expected), `panel handles ${entries.map((e) => e.handle)}`);
  for (let i = 1; i < entries.length; i++) assert(entries[i - 1].badge >= entries[i].badge, 'entries not sorted by priority');
  assert(entries.every((e) => e.marks.length > 0 && /ago|just now/.test(e.time)), 'entry without marks or time');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const target = TWEETS.find((t) => t.handle === 'samortiz');
  await panel.evaluate((h) => [...document.querySelectorAll('.entry')].find((li) => li.querySelector('.handle')?.textContent === h).querySelector('.entry-head').click(), `@${target.handle}`);
  await waitUntil(() => page.evaluate((id) => {
    const el = document.querySelector(`a[href$="/status/${id}"]`).closest('article');
    const r = el.getBoundingClientRect();
    return el.hasAttribute('data-earshot-flash') && r.top >= 0 && r.bottom <= innerHeight;
  }, target.id), 'revealed post flashing in view');
  await panel.close();
  await page.close();
});

test('panel: a layout the table no longer matches is reported ("X changed its layout")', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://x.com/layout-changed');
  const panel = await openPanel(context, extensionId);
  await waitUntil(() => panel.evaluate(() => document.getElementById('notice').textContent.includes('X changed its layout; scanning as plain text')), 'layout notice');
  await waitUntil(() => panel.evaluate(() => document.querySelectorAll('.entry').length >= 1), 'plain-text scan found mentions');
  await panel.close();
  await page.close();
});

async function draftEntry(panel, handle) {
  return waitUntil(() => panel.evaluate((h) => {
    const li = [...document.querySelectorAll('.entry')].find((x) => x.querySelector('.handle')?.textContent === h);
    const area = li?.querySelector('.draft textarea');
    return area ? area.value : null;
  }, handle), `draft for ${handle}`);
}

test('insert: X reply box (Draft.js-like state) gets exactly the draft; Post is never clicked', async ({ context, extensionId }) => {
  const page = await openX(context);
  const panel = await openPanel(context, extensionId);
  const draft = await draftEntry(panel, '@marialopez');
  await panel.evaluate(() => [...document.querySelectorAll('.entry')].find((x) => x.querySelector('.handle')?.textContent === '@marialopez').querySelector('button.insert').click());
  await waitUntil(() => page.evaluate(() => window.fixture.composerText()), 'composer state');
  const state = await page.evaluate(() => window.fixture.composerText());
  const shown = await page.evaluate(() => document.querySelector('[data-testid="tweetTextarea_0"]').innerText.trim());
  assert(state === draft, `composer state "${state}" != draft "${draft}"`);
  assert(shown === draft, `composer shows "${shown}"`);
  const status = await waitUntil(() => panel.evaluate(() => [...document.querySelectorAll('.draft-status')].map((s) => s.textContent).find((t) => t.startsWith('Inserted'))), 'inserted status');
  assert(status, 'no status');
  assert(await page.evaluate(() => window.fixture.postClicks()) === 0, 'Post was clicked');
  // The fixture editor is realistic: a plain DOM write is not seen by its state (so only real
  // input events, as Insert produces, can pass this test).
  await page.evaluate(() => { document.querySelector('[data-testid="tweetTextarea_0"] [data-text]').textContent = 'sneaky'; });
  await page.waitForTimeout(50);
  assert(await page.evaluate(() => window.fixture.composerText()) === draft, 'a DOM write changed the editor state');
  const history = await panel.evaluate(() => chrome.storage.local.get('draftHistory'));
  const h = history.draftHistory;
  assert(h && h.version === 1 && h.entries.some((e) => e.text === draft && e.action === 'insert' && e.postId.includes(TWEETS[0].id)), `draft use not remembered: ${JSON.stringify(h)}`);
  await panel.close();
  await page.close();
});

test('insert: Facebook comment box (Lexical-like state) gets exactly the draft; Comment is never clicked', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/acmeair/posts/pfbid0ACME');
  await waitUntil(() => page.evaluate(() => document.querySelectorAll('[data-earshot-mention]').length >= 3), 'Facebook mentions marked');
  const panel = await openPanel(context, extensionId);
  await waitUntil(() => panel.evaluate(() => document.querySelectorAll('.entry').length >= 3), 'Facebook entries');
  // A comment's age ("2h" beside Like and Reply) gives its time and its wait against the target.
  const priya = await panel.evaluate(() => {
    const li = [...document.querySelectorAll('.entry')].find((x) => x.querySelector('.name').textContent === 'Priya Nair');
    return { time: li.querySelector('.time').textContent, waiting: li.querySelector('.waiting')?.textContent || '' };
  });
  assert(priya.time === '2 h ago' && /^waiting 2 h 0 min of 30 min — overdue$/.test(priya.waiting), `Facebook comment age not read: ${JSON.stringify(priya)}`);
  const draft = await waitUntil(() => panel.evaluate(() => {
    const li = [...document.querySelectorAll('.entry')].find((x) => x.querySelector('.name').textContent === 'Priya Nair');
    return li?.querySelector('.draft textarea')?.value;
  }), 'Facebook draft');
  await panel.evaluate(() => [...document.querySelectorAll('.entry')].find((x) => x.querySelector('.name').textContent === 'Priya Nair').querySelector('button.insert').click());
  await waitUntil(async () => (await page.evaluate(() => window.fixture.composerText())) === draft, 'Lexical state holds the draft');
  const shown = await page.evaluate(() => document.querySelector('[data-lexical-editor]').innerText.trim());
  assert(shown === draft, `composer shows "${shown}"`);
  assert(await page.evaluate(() => window.fixture.postClicks()) === 0, 'Comment was clicked');
  await panel.close();
  await page.close();
});

test('copy and counter: Copy puts the draft on the clipboard; the counter matches the engine', async ({ context, extensionId }) => {
  const page = await openX(context);
  const panel = await openPanel(context, extensionId);
  // Extension origins are "opaque" to the permission API; the clipboard is read back from the
  // X page, whose origin can be granted.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
  const draft = await draftEntry(panel, '@devp');
  await panel.bringToFront();
  const entry = panel.locator('.entry', { has: panel.locator('.handle', { hasText: '@devp' }) });
  await entry.locator('button.copy').first().click();
  await waitUntil(() => panel.evaluate(() => [...document.querySelectorAll('.draft-status')].some((s) => s.textContent.startsWith('Copied'))), 'copied status');
  await page.bringToFront();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  await panel.bringToFront();
  assert(clip === draft, `clipboard "${clip}" != draft "${draft}"`);
  const samples = [
    'Thanks Dev! 😀 See https://help.acmeair.example/contact ^JS',
    'Café ✈️ 👩‍👩‍👧 done',
    'x'.repeat(300),
  ];
  for (const s of samples) {
    await entry.locator('.draft textarea').first().fill(s);
    const shown = await entry.locator('.counter').first().textContent();
    const engine = await panel.evaluate(async (t) => (await import('./pkg/earshot.js')).tweetLength(t), s);
    assert(shown === `${engine} / 280`, `counter "${shown}" != engine ${engine} for "${s}"`);
    const over = await entry.locator('.counter').first().evaluate((el) => el.classList.contains('over'));
    assert(over === engine > 280, 'over-limit marking wrong');
  }
  // NFC in the browser comes from String.prototype.normalize (src/engine/text/nfc.rs): the same
  // counts as the native table in tweet_length.rs.
  for (const [s, want] of [['cafe\u0301', 4], ['\u1100\u1161\u11A8', 2], ['\u212B', 1], ['Caf\u00e9', 4]]) {
    const got = await panel.evaluate(async (t) => (await import('./pkg/earshot.js')).tweetLength(t), s);
    assert(got === want, `tweetLength(${JSON.stringify(s)}) = ${got}, want ${want}`);
  }
  await panel.close();
  await page.close();
});

test('insert: when the reply box does not take the text, the draft goes to the clipboard and the panel says so', async ({ context, extensionId }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
  const page = await openX(context);
  await page.evaluate(() => window.fixture.rejectInput(true));
  const panel = await openPanel(context, extensionId);
  const draft = await draftEntry(panel, '@earlybird');
  await panel.bringToFront();
  const entry = panel.locator('.entry', { has: panel.locator('.handle', { hasText: '@earlybird' }) });
  await entry.locator('button.insert').first().click();
  const status = await waitUntil(() => entry.locator('.draft-status').first().textContent().then((t) => (/clipboard/.test(t) ? t : null)), 'fallback status');
  assert(/did not take the text/.test(status), `status: ${status}`);
  await page.bringToFront();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert(clip === draft, `clipboard "${clip}" != draft`);
  assert(await page.evaluate(() => window.fixture.postClicks()) === 0, 'Post was clicked');
  await panel.close();
  await page.close();
});

test('panel: updates live when new mentions appear on the page', async ({ context, extensionId }) => {
  const page = await openX(context);
  const panel = await openPanel(context, extensionId);
  await waitUntil(() => panel.evaluate(() => document.querySelectorAll('.entry').length === 4), 'four entries');
  await page.evaluate((html) => window.fixture.append(html), tweetHtml({ id: '1860000000000000201', name: 'Live One', handle: 'liveone', minutes: 0, text: '#FlyAcme again next week, cannot wait' }));
  await waitUntil(() => panel.evaluate(() => [...document.querySelectorAll('.entry .handle')].some((h) => h.textContent === '@liveone')), 'new entry in the panel');
  await panel.close();
  await page.close();
});

test('settings: a new brand re-scores the open page at once', async ({ context, sw }) => {
  const page = await openX(context);
  try {
    await seedSettings(sw, { format: 'earshot-settings', version: 1, brand: { name: 'Globex Airways' } });
    const attr = (t) => page.evaluate((id) => document.querySelector(`a[href$="/status/${id}"]`).closest('article').getAttribute('data-earshot-mention'), t.id);
    await waitUntil(async () => (await attr(TWEETS[4])) !== null, 'Globex tweet marked under the new brand');
    await waitUntil(async () => (await attr(TWEETS[0])) === null, 'Acme tweet unmarked under the new brand');
    const ranges = await highlightsIn(page);
    assert(ranges.length > 0 && ranges.every((r) => r.text === 'Globex Airways'), `ranges after re-score: ${ranges.map((r) => r.text)}`);
  } finally {
    await seedSettings(sw);
    await page.close();
  }
});

test('worker restart: mentions survive the service worker being stopped (storage.session)', async (env) => {
  const page = await openX(env.context);
  await page.waitForTimeout(400); // let the worker mirror its state
  await env.sw.evaluate(() => { self.__beforeStop = true; });
  const cdp = await env.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.waitForTimeout(300);
  const panel = await openPanel(env.context, env.extensionId);
  await waitUntil(() => panel.evaluate(() => document.querySelectorAll('.entry').length === 4), 'four entries after the worker restarted');
  const sw = env.context.serviceWorkers().find((w) => w.url().includes(env.extensionId)) || env.sw;
  env.sw = sw;
  // The marker set before the stop is gone: this is a fresh worker that rebuilt its state.
  assert(await sw.evaluate(() => self.__beforeStop === undefined), 'the worker was not really stopped');
  await panel.close();
  await page.close();
});

const realFixtures = path.resolve(root, '../shared/fixtures');
test('real markup: the site tables find posts and comments in the captured X and Facebook pages', async ({ context, sw }) => {
  if (!fs.existsSync(realFixtures)) {
    console.log('  (skipped: ../shared/fixtures not present)');
    return;
  }
  const x = fs.readdirSync(path.join(realFixtures, 'x')).filter((f) => f.endsWith('.html')).map((f) => fs.readFileSync(path.join(realFixtures, 'x', f), 'utf8'));
  extraRoutes.set('x.com/real', { type: 'text/html; charset=utf-8', body: `<!doctype html><html><body><main role="main">${x.join('\n')}</main></body></html>` });
  const fbHtml = fs.readFileSync(path.join(realFixtures, 'facebook-desktop/facebook_post.html'), 'utf8');
  extraRoutes.set('www.facebook.com/real', { type: 'text/html; charset=utf-8', body: fbHtml });
  await seedSettings(sw, { format: 'earshot-settings', version: 1, brand: { name: 'Example.com', aliases: ['System Design', 'EIDGIFT2025'] } });
  try {
    const px = await context.newPage();
    await px.goto('https://x.com/real');
    await waitUntil(() => px.evaluate(() => document.querySelectorAll('article[data-earshot-mention]').length >= 1), 'real X quote tweet marked');
    await px.close();
    const pf = await context.newPage();
    await pf.goto('https://www.facebook.com/real');
    await waitUntil(() => pf.evaluate(() => document.querySelector('[aria-posinset]')?.hasAttribute('data-earshot-mention')), 'real Facebook post marked');
    await waitUntil(() => pf.evaluate(() => document.querySelectorAll('[role="article"][aria-label][data-earshot-mention]').length >= 5), 'real Facebook comments marked');
    // Their ages ("1w" beside Like and Reply) became times, a week before now.
    const week = 7 * 86_400_000;
    await waitUntil(() => sw.evaluate(async (w) => {
      const { tabs } = await chrome.storage.session.get('tabs');
      const posts = Object.values(tabs || {}).flatMap((t) => Object.values(t.mentions || {}));
      const aged = posts.filter((p) => p.kind === 'comment' && p.age === '1w' && Math.abs(Date.now() - Date.parse(p.createdAt) - w) < 600_000);
      // … and their reactions ("3 reactions; see who reacted to this") their engagement.
      const liked = posts.filter((p) => p.kind === 'comment' && p.engagement >= 1);
      return aged.length >= 5 && liked.length >= 5;
    }, week), 'real Facebook comment ages and reactions read');
    await pf.close();
    const mobile = path.join(realFixtures, 'facebook-mobile/TestGetPosts.test_get_posts__photo_02.html');
    if (fs.existsSync(mobile)) {
      // The capture ships its stories inside <code><!-- … --></code> for Facebook's own script to
      // render; render them the way that script would.
      const body = fs.readFileSync(mobile, 'utf8').replace(/<code[^>]*><!--/g, '<div>').replace(/--><\/code>/g, '</div>');
      extraRoutes.set('m.facebook.com/real', { type: 'text/html; charset=utf-8', body });
      await seedSettings(sw, { format: 'earshot-settings', version: 1, brand: { name: 'Mario' } });
      const pm = await context.newPage();
      await pm.goto('https://m.facebook.com/real');
      await waitUntil(() => pm.evaluate(() => document.querySelectorAll('[data-sigil="comment"][data-earshot-mention]').length >= 2), 'real m.facebook.com comments marked');
      const ranges = await pm.evaluate(() => [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => r.toString())));
      assert(ranges.length >= 2 && ranges.every((r) => r === 'Mario'), `mobile ranges ${ranges}`);
      await pm.close();
    }
  } finally {
    await seedSettings(sw);
  }
});

test('options: settings saved in the options page survive a reload and a browser restart', async (env) => {
  const { extensionId } = env;
  let { context } = env;
  let page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await waitUntil(() => page.inputValue('#name').then((v) => v === 'Acme Air'), 'options filled from storage');
  await page.fill('#name', 'Globex Rail');
  await page.fill('#handles', '@GlobexRail, GlobexHelp');
  await page.fill('#signature', '^KM');
  await page.fill('#responseTargetMinutes', '45');
  await page.click('#save');
  await waitUntil(() => page.textContent('#status').then((t) => t === 'Saved.'), 'saved');
  await page.reload();
  await waitUntil(() => page.inputValue('#name').then((v) => v === 'Globex Rail'), 'name after reload');
  assert(await page.inputValue('#handles') === '@GlobexRail, @GlobexHelp', 'handles after reload');
  await page.close();
  context = await env.restart();
  page = await context.newPage();
  await page.goto(`chrome-extension://${env.extensionId}/options.html`);
  await waitUntil(() => page.inputValue('#name').then((v) => v === 'Globex Rail'), 'name after restart');
  assert(await page.inputValue('#responseTargetMinutes') === '45', 'target after restart');
  assert(await page.inputValue('#signature') === '^KM', 'signature after restart');
  await page.close();
});

test('options: the trade\'s own words are edited in the page, saved, and kept after a reload', async ({ context, extensionId, sw }) => {
  await seedSettings(sw);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await waitUntil(() => page.locator('#cues .cue').count().then((n) => n === (exampleSettings.brand.cues || []).length && n > 0), 'cue rows from the saved settings');
  const keys = await page.locator('#cues .cue select').first().locator('option').allTextContents();
  assert(keys.includes('refund') && keys.includes('churn risk') && keys.includes('safety'), `cue keys offered: ${keys}`);
  // Remove every saved rule, add one, and an empty row that is no rule.
  while (await page.locator('#cues .cue').count()) await page.locator('#cues .cue button').first().click();
  await page.click('#add-cue');
  await page.locator('#cues .cue select').first().selectOption('refund');
  await page.locator('#cues .cue input').first().fill('lumora credit, money back*');
  await page.click('#add-cue');
  await page.click('#save');
  await waitUntil(() => page.textContent('#status').then((t) => t === 'Saved.'), 'saved');
  const stored = await sw.evaluate(() => chrome.storage.local.get('settings'));
  const cues = stored.settings.brand.cues.map((c) => `${c.when}: ${c.phrases.join(' | ')}`);
  assert(JSON.stringify(cues) === JSON.stringify(['refund: lumora credit | money back*']), `stored cues: ${JSON.stringify(cues)}`);
  assert(stored.settings.brand.name === exampleSettings.brand.name, 'the rest of the profile kept');
  await page.reload();
  await waitUntil(() => page.locator('#cues .cue').count().then((n) => n === 1), 'one rule after reload');
  assert(await page.locator('#cues .cue select').inputValue() === 'refund', 'rule kind after reload');
  assert(await page.locator('#cues .cue input').inputValue() === 'lumora credit, money back*', 'rule words after reload');
  await page.close();
  await seedSettings(sw);
});

test('options: invalid input gets a message next to its field and nothing saved is lost', async ({ context, extensionId, sw }) => {
  await seedSettings(sw);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await waitUntil(() => page.inputValue('#name').then((v) => v === 'Acme Air'), 'options filled');
  await page.fill('#handles', '@AcmeAir, not a handle');
  await page.fill('#responseTargetMinutes', '0');
  await page.click('#save');
  const handlesErr = await waitUntil(() => page.textContent('[data-error-for="handles"]'), 'handles error');
  assert(/not a handle/.test(handlesErr), `handles message: ${handlesErr}`);
  const targetErr = await page.textContent('[data-error-for="responseTargetMinutes"]');
  assert(targetErr.trim().length > 0, 'no response target message');
  assert(await page.getAttribute('[data-error-for="handles"]', 'role') === 'alert', 'message is not an alert');
  const stored = await sw.evaluate(() => chrome.storage.local.get('settings'));
  assert(JSON.stringify(stored.settings.brand.handles) === JSON.stringify(exampleSettings.brand.handles), 'invalid input overwrote saved settings');
  // A bad settings file is refused with a message while the old settings stay.
  await page.setInputFiles('#import', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"earshot-settings","version":1,"brand":{"name":"","hashtags":["#a b"]}}') });
  const fileErr = await waitUntil(() => page.evaluate(() => { const e = document.getElementById('file-error'); return !e.hidden && e.textContent; }), 'file error');
  assert(/not imported/.test(fileErr) && /brand\.name/.test(fileErr) && /brand\.hashtags\[0\]/.test(fileErr), `file message: ${fileErr}`);
  await page.setInputFiles('#import', { name: 'garbage.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
  await waitUntil(() => page.evaluate(() => document.getElementById('file-error').textContent.includes('garbage.json')), 'garbage refused');
  const after = await sw.evaluate(() => chrome.storage.local.get('settings'));
  assert(JSON.stringify(after.settings) === JSON.stringify(stored.settings), 'a bad file changed the saved settings');
  // A good file is imported.
  await page.setInputFiles('#import', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ name: 'Initech', handles: 'InitechHelp' })) });
  await waitUntil(() => page.inputValue('#name').then((v) => v === 'Initech'), 'good file imported');
  const imported = await sw.evaluate(() => chrome.storage.local.get('settings'));
  assert(imported.settings.brand.handles[0] === '@InitechHelp' && imported.settings.version === 1, 'imported settings not migrated/stored');
  await page.close();
  await seedSettings(sw);
});

async function main() {
  const server = await startServer();
  const userDir = tmpDir('earshot-e2e-');
  let env = null;
  let passed = 0;
  let failed = 0;
  try {
    env = await launch(userDir, server.port);
    await seedSettings(env.sw);
    env.restart = async () => {
      await env.context.close();
      Object.assign(env, await launch(userDir, server.port));
      return env.context;
    };
    for (const t of tests) {
      if (filter && !t.name.includes(filter)) continue;
      const started = Date.now();
      try {
        await t.fn(env);
        passed++;
        console.log(`ok   ${t.name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${t.name}\n     ${e && e.stack ? e.stack.split('\n').slice(0, 3).join('\n     ') : e}`);
      }
    }
  } catch (e) {
    failed++;
    console.log(`FAIL harness: ${e && e.stack ? e.stack : e}`);
  } finally {
    if (env) await env.context.close().catch(() => {});
    await server.close().catch(() => {});
    server.cleanup();
    fs.rmSync(userDir, { recursive: true, force: true });
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
