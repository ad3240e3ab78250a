#!/usr/bin/env bash
# Builds the app (release, as deployed) and serves dist/ on http://localhost:${PORT:-8080}/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release
exec node scripts/static-server.mjs dist "${PORT:-8080}"
