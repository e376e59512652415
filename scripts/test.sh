#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs every test tier; prints each tier's counts and exits
# non-zero when any tier fails. This is the README's test command and what CI runs (.ci/run).
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 1

failed=()
stage() {
  local name=$1
  shift
  printf '\n\033[1m== %s\033[0m\n' "$name"
  local t0=$SECONDS
  if "$@"; then
    printf '== %s: ok (%ds)\n' "$name" $((SECONDS - t0))
  else
    printf '== %s: FAILED (%ds)\n' "$name" $((SECONDS - t0))
    failed+=("$name")
  fi
}

export RUSTFLAGS="${RUSTFLAGS:-}" CARGO_TERM_COLOR=never
stage "rustfmt" cargo fmt --all -- --check
stage "clippy (host)" cargo clippy --quiet --all-targets -- -D warnings
stage "clippy (wasm32)" cargo clippy --quiet --lib --target wasm32-unknown-unknown -- -D warnings
stage "rustdoc" env RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps
stage "cargo test" cargo test --quiet
stage "benchmarks compile" cargo bench --quiet --no-run
stage "fuzz (15 s per target)" scripts/fuzz.sh 15
stage "build extension" scripts/build.sh
stage "end-to-end (Chromium)" node tests/e2e/run.mjs
stage "sentiment evaluation" python3 scripts/eval.py
stage "reply drafts report" python3 scripts/replies_report.py

echo
if [ ${#failed[@]} -eq 0 ]; then
  echo "all test tiers passed"
else
  echo "failed tiers: ${failed[*]}"
  exit 1
fi
