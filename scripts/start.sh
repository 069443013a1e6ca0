#!/usr/bin/env bash
# npm start — the demo in one command: installs npm dependencies when needed, builds and packages
# the extension, sets up a real VS Code (code-server, via test/e2e/setup.sh: a no-op when already
# installed), installs daemon-config.vsix into it and serves examples/ at http://127.0.0.1:PORT.
# Stays in the foreground; Ctrl+C stops it. PORT defaults to 8080 (the next free port if taken).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
E2E_DIR=${DAEMON_CONFIG_E2E_DIR:-$ROOT/.e2e}
DEMO=$E2E_DIR/demo
CODE_SERVER=$E2E_DIR/app/node_modules/.bin/code-server

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[start] npm ci"
  npm ci --no-audit --no-fund
fi
echo "[start] building and packaging the extension"
npm run --silent package >/dev/null
echo "[start] setting up code-server"
if ! bash test/e2e/setup.sh; then
  echo "[start] code-server could not be set up (see above); as root, run: bash test/e2e/setup.sh" >&2
  exit 1
fi

# Fresh VS Code state each start (it would otherwise restore unsaved edits from the last run).
rm -rf "$DEMO"
mkdir -p "$DEMO/udd/User" "$E2E_DIR/tmp"
export XDG_CONFIG_HOME=$DEMO/xdg/config XDG_DATA_HOME=$DEMO/xdg/data XDG_CACHE_HOME=$DEMO/xdg/cache TMPDIR=$E2E_DIR/tmp
cat > "$DEMO/udd/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "readme",
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

"$CODE_SERVER" --auth none --bind-addr "127.0.0.1:$port" --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override \
  --extensions-dir "$DEMO/exts" --user-data-dir "$DEMO/udd" "$ROOT/examples" >"$DEMO/code-server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' INT TERM EXIT
healthy() { node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "http://127.0.0.1:$port/healthz"; }
until healthy; do
  kill -0 "$pid" 2>/dev/null || { echo "[start] code-server exited; log: $DEMO/code-server.log" >&2; tail -20 "$DEMO/code-server.log" >&2; exit 1; }
  sleep 0.2
done
echo
echo "  daemon-config demo: open http://127.0.0.1:$port/?folder=$ROOT/examples"
echo "  (VS Code with the extension installed; examples/ is the workspace; Ctrl+C stops it)"
echo "  code-server log: $DEMO/code-server.log"
echo
wait "$pid"
