// Times the WASM engine (`scan`, the extension's call, and the JSON `analyze`) against the JS peers
// on the same posts, in the same page, in interleaved rounds (median of each). Results land in
// window.benchResults (read by run.mjs).
import init, { Engine, scanHighlights } from '/pkg/earshot.js';
import { scanPosts } from '/extension/scan.js';
import { peers } from '/bench/peers.js';

const ROUNDS = 5;
const ROUND_MS = 300;

/** Runs `round` (which processes `n` posts) until `ms` have passed; returns posts/s. */
function rate(round, n, ms) {
  let done = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    round();
    done += n;
    t = performance.now();
  }
  return done / ((t - t0) / 1000);
}

/**
 * Times every contender side by side: after a warm-up (JIT, caches), ROUNDS rounds in which each
 * runs for ROUND_MS in turn, so a slow spell of the machine hits all of them alike; each
 * contender's figure is its median round.
 */
function race(contenders, n) {
  for (const c of contenders) for (let i = 0; i < 20; i++) c.round();
  const rates = contenders.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    contenders.forEach((c, i) => rates[i].push(rate(c.round, n, ROUND_MS)));
  }
  return contenders.map((c, i) => {
    const sorted = rates[i].sort((a, b) => a - b);
    return { name: c.name, postsPerSecond: sorted[Math.floor(sorted.length / 2)] };
  });
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
  // The earshot rounds time everything a caller pays: packing the posts, the call, unpacking.
  const contenders = [{
    name: 'earshot (wasm, scan)',
    round: () => { sink += scanPosts(engine, highlights, posts, now).length; },
  }, {
    name: 'earshot (wasm, JSON analyze)',
    round: () => { sink += JSON.parse(engine.analyze(JSON.stringify(posts), now)).length; },
  }];
  for (const [name, score] of Object.entries(peers)) {
    contenders.push({ name, round: () => { for (const p of posts) sink += score(p.text); } });
  }
  const results = race(contenders, posts.length);
  window.benchResults = { posts: posts.length, results, sink: Number.isFinite(sink) };
  document.getElementById('out').textContent = JSON.stringify(window.benchResults, null, 2);
  document.getElementById('status').textContent = 'done';
}

main().catch((e) => {
  window.benchResults = { error: String(e && e.stack || e) };
});
