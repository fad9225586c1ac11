#!/usr/bin/env bash
# Set up (if needed), build and open Concord on a corpus (default: data/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product concord >&2
exec .build/release/concord "${@:-data}"
