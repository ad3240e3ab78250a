#!/usr/bin/env bash
# Runs every check and test: format, lints (native and wasm32), native unit/property/snapshot
# tests, component tests in headless Chromium, then end-to-end tests against the built dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all --check
step "lints (native)"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "lints (wasm32)"
cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
step "native tests: unit, property, snapshot, doc"
cargo test --workspace --locked
step "component tests in headless Chromium"
cargo test -p target-planner --locked --target wasm32-unknown-unknown
cargo test -p planner-views --test data_view --locked --target wasm32-unknown-unknown
step "release builds: a second one labelled \"next\" first, to test updates, then the real one"
PLANNER_BUILD_LABEL=next trunk build --release --dist target/dist-next
trunk build --release
step "benchmarks: first-load size (fails above budget), latency of each kind of change and of the Chart.js peer, the page icon's cost, load times, Monte Carlo"
node bench/first-load-size.mjs dist
node bench/lever-latency.mjs 100
FIVE_YEARS=1 node bench/lever-latency.mjs 100
HEIGHT=2700 node bench/lever-latency.mjs 100
WIDTH=400 HEIGHT=800 node bench/lever-latency.mjs 100
node bench/favicon-trace.mjs dist
node bench/load-times.mjs 3
node bench/monte-carlo.mjs
step "end-to-end tests"
node --test --test-concurrency=1 tests/e2e/
