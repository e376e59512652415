// Demo: the built extension (dist/earshot; run scripts/build.sh first) with the example brand
// (examples/brand.json) on the sample X timeline and Facebook feed, served locally.
// With a display ($DISPLAY set) Chromium opens headed and stays open until Ctrl-C. Without one it
// runs headless and writes screenshots into out/demo/ (printed at the end).
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, seedSettings, tmpDir, waitUntil, root } from './lib.mjs';

const headed = Boolean(process.env.DISPLAY) && process.env.EARSHOT_HEADLESS !== '1';
const outDir = path.join(root, 'out/demo');

async function main() {
  const server = await startServer();
  const userDir = tmpDir('earshot-demo-');
  let env = null;
  const stop = async () => {
    if (env) await env.context.close().catch(() => {});
    await server.close().catch(() => {});
    server.cleanup();
    fs.rmSync(userDir, { recursive: true, force: true });
  };
  try {
    env = await launch(userDir, server.port, { headless: !headed });
    const { context, sw, extensionId } = env;
    await seedSettings(sw);
    const fb = await context.newPage();
    await fb.goto('https://www.facebook.com/acmeair/posts/pfbid0ACME');
    await waitUntil(() => fb.evaluate(() => document.querySelectorAll('[data-earshot-mention]').length >= 3), 'Facebook mentions');
    const x = await context.newPage();
    await x.goto('https://x.com/home');
    await waitUntil(() => x.evaluate(() => document.querySelectorAll('[data-earshot-mention]').length >= 4), 'X mentions');
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 420, height: 1100 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await waitUntil(() => panel.evaluate(() => document.querySelectorAll('.entry .draft textarea').length >= 4), 'panel with drafts');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await waitUntil(() => options.inputValue('#name').then((v) => v.length > 0), 'options filled');
    if (headed) {
      await x.bringToFront();
      console.log(`Earshot demo running (extension id ${extensionId}).`);
      console.log(`  X timeline:     https://x.com/home`);
      console.log(`  Facebook feed:  https://www.facebook.com/acmeair/posts/pfbid0ACME`);
      console.log(`  Side panel:     click the Earshot toolbar icon, or chrome-extension://${extensionId}/sidepanel.html`);
      console.log('Press Ctrl-C to stop.');
      await new Promise((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
        context.once('close', resolve);
      });
    } else {
      fs.mkdirSync(outDir, { recursive: true });
      await x.screenshot({ path: path.join(outDir, 'x-timeline.png') });
      await fb.screenshot({ path: path.join(outDir, 'facebook-feed.png'), fullPage: true });
      await panel.screenshot({ path: path.join(outDir, 'side-panel.png') });
      await options.screenshot({ path: path.join(outDir, 'options.png'), fullPage: true });
      console.log(`demo: screenshots written to ${outDir}`);
      for (const f of ['x-timeline.png', 'facebook-feed.png', 'side-panel.png', 'options.png']) console.log(`  ${path.join(outDir, f)}`);
    }
  } finally {
    await stop();
  }
}

main().catch((e) => {
  console.error(`demo failed: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
