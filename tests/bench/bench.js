// Times the WASM engine's batched `analyze` against the JS peers on the same posts, in the same
// page, one after another. Results land in window.benchResults (read by run.mjs).
import init, { Engine, scanHighlights } from '/pkg/earshot.js';
import { scanPosts } from '/extension/scan.js';
import { peers } from '/bench/peers.js';

const MIN_MS = 1500;

/** Runs `round` (which processes `n` posts) until MIN_MS have passed; returns posts/s. */
function rate(round, n) {
  for (let i = 0; i < 20; i++) round(); // warm up (JIT, caches)
  let done = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < MIN_MS) {
    round();
    done += n;
    t = performance.now();
  }
  return done / ((t - t0) / 1000);
}

async function main() {
  await init({ module_or_path: '/pkg/earshot_bg.wasm' });
  const brand = await (await fetch('/examples/brand.json')).text();
  const lines = (await (await fetch('/benches/corpus.txt')).text()).split('\n').filter(Boolean);
  const posts = lines.map((text, i) => ({
    id: String(i), text, site: 'x', createdAt: '2026-11-22T10:00:00Z',
    author: { handle: '@user' + i, name: 'Maria Lopez', followers: 100 * i },
  }));
  const engine = new Engine(brand);
  const now = Date.parse('2026-11-22T10:30:00Z');
  const highlights = JSON.parse(scanHighlights());
  let sink = 0;
  // Both rounds time everything a caller pays: packing the posts, the call, unpacking results.
  const results = [{
    name: 'earshot (wasm, scan)',
    postsPerSecond: rate(() => { sink += scanPosts(engine, highlights, posts, now).length; }, posts.length),
  }, {
    name: 'earshot (wasm, JSON analyze)',
    postsPerSecond: rate(() => { sink += JSON.parse(engine.analyze(JSON.stringify(posts), now)).length; }, posts.length),
  }];
  for (const [name, score] of Object.entries(peers)) {
    results.push({
      name,
      postsPerSecond: rate(() => { for (const p of posts) sink += score(p.text); }, posts.length),
    });
  }
  window.benchResults = { posts: posts.length, results, sink: Number.isFinite(sink) };
  document.getElementById('out').textContent = JSON.stringify(window.benchResults, null, 2);
  document.getElementById('status').textContent = 'done';
}

main().catch((e) => {
  window.benchResults = { error: String(e && e.stack || e) };
});
