#!/usr/bin/env bash
# Benchmarks: criterion natively (ours vs the vader_sentiment crate), the same side by side in
# interleaved rounds (benches/race.rs) and, in headless Chromium,
# the WASM engine vs the npm packages vader-sentiment, sentiment and wink-sentiment on the same
# posts in the same page. Prints posts/s and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
cargo bench --quiet --bench analyze -- --warm-up-time 2 --measurement-time 5 >/dev/null 2>&1
python3 - <<'PY'
import json, pathlib
posts = sum(1 for _ in open("benches/corpus.txt", encoding="utf-8"))
def rate(name):
    est = json.loads(pathlib.Path(f"target/criterion/posts/{name}/new/estimates.json").read_text())
    return posts / (est["mean"]["point_estimate"] * 1e-9)
ours, scan, peer = (rate(n) for n in ("earshot_analyze", "earshot_scan", "peer_vader_sentiment_crate"))
print(f"native  earshot analyze        {ours:12,.0f} posts/s")
print(f"native  earshot scan           {scan:12,.0f} posts/s")
print(f"native  vader_sentiment crate  {peer:12,.0f} posts/s   (earshot analyze is {ours/peer:.2f}x, scan {scan/peer:.2f}x)")
PY
# The same three in interleaved rounds: the ratios to report (criterion times each alone).
cargo bench --quiet --bench race 2>/dev/null | grep -A3 '^native, interleaved'
if [ -f tests/bench/run.mjs ]; then
  scripts/build.sh >/dev/null
  node tests/bench/run.mjs
fi
