// End-to-end tests: the built extension in Debian's Chromium on fixture pages served as
// https://x.com and https://www.facebook.com (strict CSP, like the real sites).
// Usage: node tests/e2e/run.mjs [name-filter]   (after scripts/build.sh)
// Ends with "e2e: N passed, M failed"; exit status 1 when any test failed.
import assert from 'node:assert/strict';
import { exampleSettings, launch, seedSettings, startServer, until } from './harness.mjs';

const X = 'https://x.com/home';
const FB = 'https://www.facebook.com/groups/travellers/posts/1';

/** Index of each X fixture row, in page order, and whether it mentions Acme Air. */
const X_ROWS = [
  { who: 'Maria Lopez', mentions: true }, // @AcmeAir … cancelled … stranded
  { who: 'Dev Patel', mentions: false },
  { who: 'Sam Okafor', mentions: true }, // Acme Air praise
  { who: 'Tech Daily', mentions: false }, // "Acme Corporation": an excluded false friend
  { who: 'Lena Fischer', mentions: true }, // acme, #AcmeFail
  { who: 'Jordan Lee', mentions: true }, // #AcmeAir
  { who: 'Priya N', mentions: false },
  { who: 'Chris Baker', mentions: false }, // only a competitor
];

/** Every post root's mention attribute on the page, in page order (null when absent). */
const marks = (page, selector) => page.$$eval(selector, (els) => els.map((e) => e.getAttribute('data-earshot-mention')));

/** Text of every range in every `earshot-*` highlight, with the post root each belongs to. */
const highlighted = (page, rootSelector) => page.evaluate((sel) => {
  const out = [];
  for (const [name, h] of CSS.highlights) {
    for (const r of h) {
      const root = r.startContainer.parentElement?.closest(sel);
      const all = [...document.querySelectorAll(sel)];
      out.push({ name, text: r.toString(), post: all.indexOf(root), connected: r.startContainer.isConnected });
    }
  }
  return out;
}, rootSelector);

async function openX(env) {
  const page = await env.context.newPage();
  await page.goto(X);
  await until(async () => (await marks(page, 'article[data-testid="tweet"]')).some(Boolean), 15_000, 'X posts marked');
  await page.waitForTimeout(300); // let the whole first batch land
  return page;
}

const tests = {
  async 'x: exactly the posts that mention the brand are marked, with a priority 0-100'(env) {
    const page = await openX(env);
    const got = await marks(page, 'article[data-testid="tweet"]');
    assert.deepEqual(got.map((v) => v !== null), X_ROWS.map((r) => r.mentions), `marks: ${JSON.stringify(got)}`);
    for (const v of got.filter((v) => v !== null)) {
      assert.match(v, /^\d{1,3}$/);
      assert.ok(Number(v) >= 0 && Number(v) <= 100, v);
    }
  },

  async 'x: highlight ranges cover exactly the brand words, only in marked posts'(env) {
    const page = await openX(env);
    const ranges = (await highlighted(page, 'article[data-testid="tweet"]')).filter((r) => r.connected);
    assert.ok(ranges.length >= 4, JSON.stringify(ranges));
    for (const r of ranges) {
      assert.ok(r.name.startsWith('earshot-'), r.name);
      assert.ok(X_ROWS[r.post]?.mentions, `range "${r.text}" in unmarked post ${r.post}`);
      assert.match(r.text.replace(/^[@#]/, ''), /^acme/i, `range text "${r.text}" is not a brand word`);
    }
    const texts = ranges.map((r) => r.text);
    for (const want of ['@AcmeAir', 'Acme Air', 'acme']) assert.ok(texts.includes(want), `no range for ${want}: ${texts}`);
    assert.ok(texts.some((t) => /^#?AcmeAir$/.test(t)), `no range for #AcmeAir: ${texts}`);
    const perPost = new Set(ranges.map((r) => r.post));
    X_ROWS.forEach((row, i) => assert.equal(perPost.has(i), row.mentions, `ranges for row ${i}`));
  },

  async "x: the site's text is untouched (same markup as served)"(env) {
    const page = await openX(env);
    const same = await page.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const before = [...served.querySelectorAll('[data-testid="tweetText"]')].map((e) => e.innerHTML);
      const after = [...document.querySelectorAll('[data-testid="tweetText"]')].map((e) => e.innerHTML);
      return { before, after };
    });
    assert.deepEqual(same.after, same.before);
    const stray = await page.$$eval('article[data-testid="tweet"]:not([data-earshot-mention])',
      (els) => els.flatMap((e) => [...e.querySelectorAll('*')].concat(e)).filter((e) => [...e.attributes].some((a) => a.name.startsWith('data-earshot'))).length);
    assert.equal(stray, 0, 'unmarked posts carry no earshot attributes');
  },

  async 'x: posts appended later (infinite scroll) are picked up'(env) {
    const page = await openX(env);
    const [hit, miss] = await page.evaluate(() => [
      window.fixture.appendTweet({ name: 'Ana Souza', handle: 'anasouza', text: 'Acme Air lost my bag in Chicago and nobody answers the phone' }),
      window.fixture.appendTweet({ name: 'Ben Carter', handle: 'bencarter', text: 'what a sunset tonight' }),
    ]);
    await until(async () => (await marks(page, 'article[data-testid="tweet"]'))[hit] !== null, 5000, 'appended post marked');
    await page.waitForTimeout(300);
    assert.equal((await marks(page, 'article[data-testid="tweet"]'))[miss], null);
  },

  async 'x: a post whose text changes (node re-use) is re-scored'(env) {
    const page = await openX(env);
    // Row 1 had no mention; X re-uses its nodes for a complaint.
    await page.evaluate(() => window.fixture.replaceTweetText(1, '@AcmeAir cancelled my flight, lost my bag, never flying you again'));
    await until(async () => (await marks(page, 'article[data-testid="tweet"]'))[1] !== null, 5000, 're-used row marked');
    // Row 0 mentioned the brand; its nodes now show an unrelated post.
    await page.evaluate(() => window.fixture.replaceTweetText(0, 'lovely morning in Lisbon'));
    await until(async () => (await marks(page, 'article[data-testid="tweet"]'))[0] === null, 5000, 'row 0 unmarked');
    const ranges = (await highlighted(page, 'article[data-testid="tweet"]')).filter((r) => r.connected);
    assert.ok(!ranges.some((r) => r.post === 0), 'no stale highlight in row 0');
    assert.ok(ranges.some((r) => r.post === 1 && r.text === '@AcmeAir'), JSON.stringify(ranges));
    // Row 2 was praise; re-used for an angry churn threat, its priority must rise.
    const before = Number((await marks(page, 'article[data-testid="tweet"]'))[2]);
    await page.evaluate(() => window.fixture.replaceTweetText(2, 'Acme Air lost my luggage AGAIN. Worst airline ever. I am switching to Globex Airways and calling my lawyer'));
    await until(async () => Number((await marks(page, 'article[data-testid="tweet"]'))[2]) > before, 5000, `priority above ${before}`);
  },

  async 'facebook: posts and comments that mention the brand are marked'(env) {
    const page = await env.context.newPage();
    await page.goto(FB);
    await until(async () => (await marks(page, '[aria-posinset]')).some(Boolean), 15_000, 'Facebook post marked');
    await page.waitForTimeout(300);
    assert.deepEqual((await marks(page, '[aria-posinset]')).map(Boolean), [true, false], 'posts');
    const comments = await page.$$eval('[role="article"][aria-label^="Comment by"]', (els) => els.map((e) => e.hasAttribute('data-earshot-mention')));
    assert.deepEqual(comments, [true, false, true, false], 'comments: Ana (Acme), Ben (none), Mia (SkyMiles), Rosa (none)');
    const texts = (await highlighted(page, '[aria-posinset]')).map((r) => r.text).sort();
    assert.deepEqual(texts, ['Acme', 'Acme Air', 'SkyMiles']);
  },

  async 'panel: lists the mentions by priority; clicking one reveals the post'(env) {
    const page = await openX(env);
    const panel = await env.context.newPage();
    await panel.goto(`chrome-extension://${env.extensionId}/sidepanel.html`);
    await panel.waitForSelector('li.mention', { timeout: 10_000 });
    const entries = await panel.$$eval('li.mention', (els) => els.map((e) => ({
      name: e.querySelector('.name').textContent,
      priority: Number(e.querySelector('.badge').textContent),
      marks: [...e.querySelectorAll('mark')].map((m) => m.textContent),
    })));
    const expected = X_ROWS.filter((r) => r.mentions).map((r) => r.who);
    assert.deepEqual(entries.map((e) => e.name.replace(/ 🌸.*/, '')).sort(), expected.sort());
    assert.deepEqual(entries.map((e) => e.priority), [...entries.map((e) => e.priority)].sort((a, b) => b - a), 'sorted by priority');
    for (const e of entries) assert.ok(e.marks.length > 0, `${e.name}: mention marked in the panel text`);
    const maria = panel.locator('li.mention', { hasText: 'Maria Lopez' });
    await maria.click();
    await page.waitForSelector('article[data-earshot-flash]', { timeout: 5000 });
    const flashed = await page.$eval('article[data-earshot-flash]', (e) => e.querySelector('[data-testid="User-Name"]').textContent);
    assert.match(flashed, /Maria Lopez/);
  },

  async 'settings: changing the brand re-scans the open page'(env) {
    const page = await openX(env);
    const s = exampleSettings();
    s.brand = { ...s.brand, name: 'Globex Airways', aliases: [], handles: [], hashtags: [], products: [], competitors: ['Acme Air'], exclude: [] };
    await seedSettings(env.worker, s);
    await until(async () => (await marks(page, 'article[data-testid="tweet"]'))[7] !== null, 5000, 'Globex post marked');
    const got = (await marks(page, 'article[data-testid="tweet"]')).map(Boolean);
    assert.deepEqual(got, [false, false, false, false, false, false, false, true]);
  },

  async 'options: settings saved in the form survive a reload and a browser restart'(env) {
    const page = await env.context.newPage();
    await page.goto(`chrome-extension://${env.extensionId}/options.html`);
    await page.waitForSelector('body[data-ready]');
    assert.equal(await page.inputValue('#name'), 'Acme Air');
    await page.fill('#aliases', 'Acme, AcmeAir, Acme Airlines, Acme Jet');
    await page.fill('#signature', '^MK');
    await page.fill('#responseTargetMinutes', '45');
    await page.click('#save');
    await page.waitForSelector('#status:text("Saved.")');
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    assert.equal(await page.inputValue('#signature'), '^MK');
    assert.equal(await page.inputValue('#responseTargetMinutes'), '45');
    assert.match(await page.inputValue('#aliases'), /Acme Jet/);
    await env.restart();
    const again = await env.context.newPage();
    await again.goto(`chrome-extension://${env.extensionId}/options.html`);
    await again.waitForSelector('body[data-ready]');
    assert.equal(await again.inputValue('#signature'), '^MK');
    assert.match(await again.inputValue('#aliases'), /Acme Jet/);
  },

  async 'options: invalid input gets a message next to its field and nothing is saved'(env) {
    const page = await env.context.newPage();
    await page.goto(`chrome-extension://${env.extensionId}/options.html`);
    await page.waitForSelector('body[data-ready]');
    await page.fill('#responseTargetMinutes', 'soon');
    await page.fill('#handles', '@AcmeAir, @acme air');
    await page.click('#save');
    const targetError = page.locator('[data-field="responseTargetMinutes"] .error');
    await targetError.waitFor({ timeout: 3000 });
    assert.match(await targetError.textContent(), /whole number of minutes/);
    assert.match(await page.locator('[data-field="handles"] .error').textContent(), /not a handle/);
    const stored = await env.worker.evaluate(() => chrome.storage.local.get('settings'));
    assert.equal(stored.settings.brand.responseTargetMinutes, 30);
    assert.deepEqual(stored.settings.brand.handles, ['@AcmeAir', '@AcmeAirHelp']);
  },

  async 'options: a bad settings file is refused with a message; the old settings stay'(env) {
    const page = await env.context.newPage();
    await page.goto(`chrome-extension://${env.extensionId}/options.html`);
    await page.waitForSelector('body[data-ready]');
    const bad = { format: 'earshot-settings', version: 1, brand: { name: 'Evil', handles: ['@ok', 'not a handle'], responseTargetMinutes: 0 } };
    await page.setInputFiles('#import', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.waitForSelector('#import-error:not([hidden])');
    const msg = await page.textContent('#import-error');
    assert.match(msg, /bad\.json was not imported/);
    assert.match(msg, /brand\.handles\[1\]/);
    assert.match(msg, /brand\.responseTargetMinutes/);
    await page.setInputFiles('#import', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
    await page.waitForSelector('#import-error:text("broken.json was not imported")');
    assert.equal(await page.inputValue('#name'), 'Acme Air');
    const stored = await env.worker.evaluate(() => chrome.storage.local.get('settings'));
    assert.deepEqual(stored.settings, exampleSettingsNormalised());
    // And a good file is taken.
    const good = exampleSettings();
    good.brand.signature = '^AB';
    await page.setInputFiles('#import', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await page.waitForSelector('#status:text("Imported good.json.")');
    assert.equal(await page.inputValue('#signature'), '^AB');
  },

};

/** The example settings as the engine stores them (already normalised, so unchanged). */
function exampleSettingsNormalised() {
  return exampleSettings();
}

async function main() {
  const filter = process.argv[2] || '';
  const server = await startServer();
  let passed = 0;
  let failed = 0;
  try {
    for (const [name, test] of Object.entries(tests)) {
      if (filter && !name.includes(filter)) continue;
      // Each test gets a fresh browser profile with the example brand stored.
      let env = await launch(server);
      const handle = {
        get context() { return env.context; },
        get worker() { return env.worker; },
        get extensionId() { return env.extensionId; },
        async restart() {
          const profile = env.profile;
          await env.context.close();
          env = await launch(server, { profile });
        },
      };
      try {
        await seedSettings(env.worker, exampleSettings());
        await test(handle);
        passed++;
        console.log(`ok - ${name}`);
      } catch (e) {
        failed++;
        console.log(`not ok - ${name}\n    ${String(e?.stack || e).split('\n').slice(0, 6).join('\n    ')}`);
      } finally {
        await env.close();
      }
    }
  } finally {
    server.close();
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
