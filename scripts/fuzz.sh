#!/usr/bin/env bash
# Runs every cargo-fuzz target for SECONDS each (default 15). cargo-fuzz needs nightly features;
# RUSTC_BOOTSTRAP=1 enables them on the stable toolchain installed here.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(normalize analyze scan settings tweet_length)
export RUSTC_BOOTSTRAP=1
passed=0
failed=0
for t in "${targets[@]}"; do
  if cargo fuzz run "$t" -- -max_total_time="$secs" >"fuzz/$t.log" 2>&1; then
    runs=$(grep -o 'Done [0-9]* runs' "fuzz/$t.log" | tail -1)
    echo "fuzz $t: ok ($runs in ${secs}s)"
    passed=$((passed + 1))
  else
    echo "fuzz $t: FAILED — see fuzz/$t.log"
    tail -30 "fuzz/$t.log"
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
