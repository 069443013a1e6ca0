#!/usr/bin/env bash
# The whole test suite: the one command the README and .ci/run name.
# It installs what is missing (npm packages; Debian packages when run as root), builds, then runs
# every suite. Under CI=true a suite whose prerequisites are missing fails instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
bash scripts/ensure-prereqs.sh
npm run --silent build
npm run --silent typecheck
npm run --silent lint
for suite in unit lsp fuzz cli package integration agreement e2e neovim emacs vim bench; do
  if node -e "process.exit(require('./package.json').scripts['test:$suite'] ? 0 : 1)"; then
    echo "== test:$suite"
    suite_started=$(date +%s)
    npm run --silent "test:$suite"
    echo "== test:$suite took $(( $(date +%s) - suite_started ))s"
  fi
done
echo "== all suites passed in $(( $(date +%s) - started ))s"
