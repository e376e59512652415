// Runs the browser benchmark: bundles the JS peers, serves the page on 127.0.0.1 and opens it
// in headless Debian Chromium; prints posts/s for each and the ratios against the WASM engine.
// Assumes scripts/build.sh has produced pkg/.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'out', 'bench');

await build({
  entryPoints: [path.join(root, 'tests/bench/peers.js')],
  bundle: true, format: 'esm', platform: 'browser', outfile: path.join(outDir, 'peers.js'),
  logLevel: 'error',
});

const routes = {
  '/bench/bench.html': 'tests/bench/bench.html',
  '/bench/bench.js': 'tests/bench/bench.js',
  '/bench/peers.js': 'out/bench/peers.js',
  '/extension/scan.js': 'extension/scan.js',
  '/pkg/earshot.js': 'pkg/earshot.js',
  '/pkg/earshot_bg.wasm': 'pkg/earshot_bg.wasm',
  '/examples/brand.json': 'examples/brand.json',
  '/benches/corpus.txt': 'benches/corpus.txt',
};
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.txt': 'text/plain' };
const server = createServer(async (req, res) => {
  const file = routes[new URL(req.url, 'http://x').pathname];
  if (!file) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': types[path.extname(file)] + '; charset=utf-8' });
  res.end(await readFile(path.join(root, file)));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/bench.html`);
  await page.waitForFunction(() => window.benchResults, null, { timeout: 120_000 });
  const out = await page.evaluate(() => window.benchResults);
  if (out.error) throw new Error(out.error);
  // Ratios are against the scan, the call the extension makes for every batch of posts.
  const ours = out.results.find((r) => r.name === 'earshot (wasm, scan)').postsPerSecond;
  console.log(`browser (Chromium ${browser.version()}), ${out.posts} posts per round`);
  for (const r of out.results) {
    const ratio = r.name.startsWith('earshot') ? '' : `   (earshot is ${(ours / r.postsPerSecond).toFixed(2)}x)`;
    console.log(`  ${r.name.padEnd(34)} ${Math.round(r.postsPerSecond).toLocaleString('en-US').padStart(12)} posts/s${ratio}`);
  }
} finally {
  await browser.close();
  server.close();
}
