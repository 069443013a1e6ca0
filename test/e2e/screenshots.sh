#!/usr/bin/env bash
# npm run screenshots — refreshes the README's screenshots in docs/ by running the e2e suites
# with DAEMON_CONFIG_SCREENSHOTS=1: the same tests take them at the moments they check
# (completion list, hover table, diagnostics with the quick fix, CodeLens).
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p docs
DAEMON_CONFIG_SCREENSHOTS=1 bash test/e2e/run.sh "$@"
ls -l docs/*.png
