#!/usr/bin/env bash
# The whole test suite: unit tests (swift test) and the end-to-end tmux test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
swift build
# XCTest only: no Swift Testing suites here, and its empty "0 tests" line would read as none run.
swift test --disable-swift-testing 2>&1 | tee /tmp/concord-swift-test.log
bash scripts/e2e.sh
