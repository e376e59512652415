#!/usr/bin/env bash
# Builds the WASM engine into pkg/ and assembles the loadable extension in dist/earshot/.
# Usage: scripts/build.sh            (expects scripts/setup.sh to have run)
set -euo pipefail
cd "$(dirname "$0")/.."

# The release profile (opt-level 3, LTO) as natively; wasm-opt -Oz then shrinks what speed allows
# (see DESIGN.md "Build profile").
cargo build --quiet --lib --release --target wasm32-unknown-unknown
wasm-bindgen --target web --no-typescript --out-dir pkg --out-name earshot \
  target/wasm32-unknown-unknown/release/earshot.wasm
# binaryen from npm (never Debian's wasm-opt 108: its output fails in the browser).
node_modules/.bin/wasm-opt "${WASM_OPT_LEVEL:--Oz}" --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  --enable-reference-types --enable-multivalue pkg/earshot_bg.wasm -o pkg/earshot_bg.wasm

raw=$(stat -c %s pkg/earshot_bg.wasm)
gz=$(gzip -9 -c pkg/earshot_bg.wasm | wc -c)
# The size budget (issue "Judgement core"): 300 KB gzipped. Over it, the build fails before an
# extension is assembled from it.
budget=300000
if [ "$gz" -gt "$budget" ]; then
  echo "build: earshot_bg.wasm is $gz bytes gzipped, over the $budget-byte budget" >&2
  exit 1
fi

rm -rf dist/earshot
mkdir -p dist/earshot/pkg
cp -R extension/. dist/earshot/
cp pkg/earshot.js pkg/earshot_bg.wasm dist/earshot/pkg/
echo "built dist/earshot (earshot_bg.wasm: $raw bytes, $gz gzipped)"
