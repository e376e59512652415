#!/usr/bin/env bash
# Sets up, builds and opens the extension in Chromium on the bundled sample pages with the
# example brand profile. With a display it opens a window; without one it writes screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node tests/e2e/demo.mjs "$@"
