// The demo: the built extension in Chromium on the bundled sample pages (an X timeline and a
// Facebook feed, served locally as x.com and www.facebook.com) with the example brand loaded.
// With a display it opens a window and waits for Ctrl-C; without one it runs headless and writes
// screenshots to out/demo/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { exampleSettings, launch, root, seedSettings, startServer, until } from './harness.mjs';

const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
const outDir = path.join(root, 'out', 'demo');

const server = await startServer();
const env = await launch(server, { headless: !headed });
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await env.close();
  server.close();
}
process.on('SIGINT', () => stop().then(() => process.exit(0)));

try {
  await seedSettings(env.worker, exampleSettings());
  const x = await env.context.newPage();
  await x.goto('https://x.com/home');
  await until(() => x.$('[data-earshot-mention]'), 15_000, 'mentions highlighted on X');
  // The panel follows the X tab: it was the last one to report mentions.
  await x.evaluate(() => window.fixture.appendTweet({ name: 'Ana Souza', handle: 'anasouza', text: 'Acme Air lost my bag in Chicago and nobody answers the phone. Flight home leaves in an hour!', minutesAgo: 48 }));
  await until(async () => (await x.$$('[data-earshot-mention]')).length >= 5, 5000, 'appended mention');
  await x.bringToFront();
  const panel = await env.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${env.extensionId}/sidepanel.html`);
  await until(async () => (await panel.$$('li.mention')).length >= 5, 10_000, 'X mentions in the panel');
  if (!headed) {
    mkdirSync(outDir, { recursive: true });
    await panel.screenshot({ path: path.join(outDir, 'side-panel.png'), fullPage: true });
  }
  const fb = await env.context.newPage();
  await fb.goto('https://www.facebook.com/groups/travellers/posts/1');
  await until(() => fb.$('[data-earshot-mention]'), 15_000, 'mentions highlighted on Facebook');
  const options = await env.context.newPage();
  await options.goto(`chrome-extension://${env.extensionId}/options.html`);
  await options.waitForSelector('body[data-ready]');

  if (headed) {
    await x.bringToFront();
    console.log('Earshot demo is running in Chromium: the X timeline, the Facebook feed, the side panel');
    console.log('(opened as a tab) and the options page. Press Ctrl-C to stop.');
    await new Promise(() => {});
  } else {
    const shots = [
      [x, 'x-timeline.png'],
      [fb, 'facebook-feed.png'],
      [options, 'options.png'],
    ];
    for (const [page, file] of shots) {
      await page.bringToFront();
      await page.screenshot({ path: path.join(outDir, file), fullPage: file !== 'x-timeline.png' });
    }
    const mentions = await x.$$eval('[data-earshot-mention]', (els) => els.length);
    console.log(`demo: ${mentions} mentions highlighted on the sample X timeline`);
    console.log(`demo: screenshots written to ${path.relative(process.cwd(), outDir) || outDir}/`);
    for (const file of ['x-timeline.png', 'side-panel.png', 'facebook-feed.png', 'options.png']) console.log(`  ${file}`);
  }
} finally {
  if (!headed) await stop();
}
