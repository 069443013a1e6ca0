#!/usr/bin/env bash
# npm start — the demo in one command: installs npm dependencies when needed, builds and packages
# the extension, sets up a real VS Code (code-server, via test/e2e/setup.sh: a no-op when already
# installed), installs daemon-config.vsix into it and serves a copy of examples/ at
# http://127.0.0.1:PORT. Stays in the foreground; Ctrl+C stops it. PORT defaults to 8080 (the next
# free port if taken). E2E_NO_PACKAGE=1 reuses the existing daemon-config.vsix.
#
# The workspace is a fresh copy of examples/ in a private folder of the OS temp dir, with the VS
# Code profile and TMPDIR beside it, all removed when the demo stops: VS Code saves what the user
# types, and the repository's own files must not change. The folder is short (/tmp/dc-XXXXXX)
# because VS Code and the demo's supervisord put unix sockets in it (at most 107 bytes a path).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
E2E_DIR=${DAEMON_CONFIG_E2E_DIR:-$ROOT/.e2e}
CODE_SERVER=$E2E_DIR/app/node_modules/.bin/code-server

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[start] npm ci"
  npm ci --no-audit --no-fund
fi
if [ "${E2E_NO_PACKAGE:-0}" != 1 ] || [ ! -f daemon-config.vsix ]; then
  echo "[start] building and packaging the extension"
  npm run --silent package >/dev/null
fi
echo "[start] setting up code-server"
if ! bash test/e2e/setup.sh; then
  echo "[start] code-server could not be set up (see above); as root, run: bash test/e2e/setup.sh" >&2
  exit 1
fi

DEMO=$(mktemp -d "${TMPDIR:-/tmp}/dc-XXXXXX")
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$DEMO"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
WORKSPACE=$DEMO/examples
# sockets, pid files and logs of a supervisord once started in examples/ stay behind
tar -C "$ROOT" --exclude='*.sock' --exclude='*.pid' --exclude='*.log' -cf - examples | tar -C "$DEMO" -xf -
mkdir -p "$DEMO/udd/User" "$DEMO/tmp"
export XDG_CONFIG_HOME=$DEMO/xdg/config XDG_DATA_HOME=$DEMO/xdg/data XDG_CACHE_HOME=$DEMO/xdg/cache TMPDIR=$DEMO/tmp
# No startup editor: on a fresh profile VS Code for the Web would put its "Setup VS Code Web"
# walkthrough (or the welcome page) on top of the demo.
cat > "$DEMO/udd/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.colorTheme": "Default Dark Modern",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "update.mode": "none",
  "security.workspace.trust.enabled": false,
  "terminal.integrated.gpuAcceleration": "off",
  "git.openRepositoryInParentFolders": "never"
}
JSON
"$CODE_SERVER" --extensions-dir "$DEMO/exts" --user-data-dir "$DEMO/udd" --install-extension "$ROOT/daemon-config.vsix" --force >/dev/null

port=${PORT:-8080}
port=$(node -e '
  const net = require("net"); const want = Number(process.argv[1]);
  const tryPort = (p) => { const s = net.createServer(); s.once("error", () => tryPort(0));
    s.listen(p, "127.0.0.1", () => { const got = s.address().port; s.close(() => console.log(got)); }); };
  tryPort(want);' "$port")

# without PORT in its environment: code-server would listen there instead of on --bind-addr
env -u PORT "$CODE_SERVER" --auth none --bind-addr "127.0.0.1:$port" --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override \
  --extensions-dir "$DEMO/exts" --user-data-dir "$DEMO/udd" "$WORKSPACE" >"$DEMO/code-server.log" 2>&1 &
pid=$!
healthy() { node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "http://127.0.0.1:$port/healthz"; }
until healthy; do
  kill -0 "$pid" 2>/dev/null || { echo "[start] code-server exited; the end of its log:" >&2; tail -20 "$DEMO/code-server.log" >&2; exit 1; }
  sleep 0.2
done
echo
echo "  daemon-config demo: open http://127.0.0.1:$port/?folder=$WORKSPACE"
echo "  (VS Code with the extension installed; the workspace is a copy of examples/ that is"
echo "  removed, edits and all, when the demo stops; Ctrl+C stops it)"
echo "  code-server log: $DEMO/code-server.log"
echo
wait "$pid"
