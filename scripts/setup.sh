#!/usr/bin/env bash
# Installs what building and testing Earshot needs on Debian 12, skipping what is already there:
# Debian's chromium (+ chromium-driver, openssl), the wasm32 Rust target, clippy/rustfmt, the
# wasm-bindgen CLI pinned to the crate's exact version, npm packages from package-lock.json, and
# the Python VADER used as the evaluation peer.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v gzip >/dev/null 2>&1 || missing+=(gzip)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for c in clippy rustfmt; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done

# The CLI must match the crate exactly (Cargo.toml pins wasm-bindgen = "=X").
want=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (about 4 minutes)"
  # No --locked: the CLI's lock file pins a crate the registry here does not serve.
  cargo install --quiet wasm-bindgen-cli --version "$want"
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz (about 1 minute)"
  cargo install --quiet cargo-fuzz
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi

if ! python3 -c 'import vaderSentiment' >/dev/null 2>&1; then
  say "installing Python vadersentiment 3.3.2 (evaluation peer)"
  python3 -m pip install --quiet --disable-pip-version-check vadersentiment==3.3.2
fi
say "ready"
