#!/usr/bin/env bash
# Installs a real VS Code for the end-to-end tests and the demo, outside the project's own
# node_modules: code-server (VS Code in the browser, with a real extension host) and
# playwright-core go into .e2e/app; Debian's chromium (and what code-server's native modules
# need to build) come from apt when run as root.
#
# Idempotent and cache-friendly: when .e2e/app already holds the pinned versions it does nothing
# but check. Exit 0 = ready; exit 3 = a prerequisite is missing and could not be installed here
# (callers decide: fail under CI=true, skip otherwise); any other exit = an install failed.
#
# Every workaround below was needed on Debian 12 as root (see test/e2e/README.md):
#   npm_config_unsafe_perm=true  code-server's postinstall refuses to run as root otherwise
#   npm_config_yes=true          node-pty's install runs `npx node-gyp`; npx refuses with yes=false
#   npm_config_nodedir=/usr      node-gyp builds against the local Node headers (no download)
#   ripgrep cache seed           @vscode/ripgrep's postinstall downloads rg from GitHub, which is
#                                not reachable: seed the cache it checks first with Debian's rg
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
E2E_DIR=${DAEMON_CONFIG_E2E_DIR:-$ROOT/.e2e}
APP=$E2E_DIR/app
CODE_SERVER_VERSION=4.100.3      # VS Code 1.100.3: the newest code-server that runs on Node 20
PLAYWRIGHT_VERSION=1.65.1
RG_CACHE_NAME=vscode-ripgrep-cache-1.15.11
RG_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
APT_PACKAGES=(build-essential python3 libkrb5-dev ripgrep chromium)

log() { echo "[e2e-setup] $*"; }
installed_version() { node -p "require('$APP/node_modules/$1/package.json').version" 2>/dev/null || true; }

# 1. Debian packages: the browser, Debian's rg for the seed, compilers and headers for node-pty/kerberos.
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    log "missing Debian packages (install them as root): ${missing[*]}" >&2
    exit 3
  fi
fi

# 2. code-server + playwright-core, pinned, in their own folder.
if [ "$(installed_version code-server)" = "$CODE_SERVER_VERSION" ] &&
   [ "$(installed_version playwright-core)" = "$PLAYWRIGHT_VERSION" ] &&
   [ -x "$APP/node_modules/.bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION and playwright-core $PLAYWRIGHT_VERSION already in $APP"
  exit 0
fi

start=$(date +%s)
mkdir -p "$APP" "$E2E_DIR/tmp/$RG_CACHE_NAME"
tar czf "$E2E_DIR/tmp/$RG_CACHE_NAME/$RG_TARBALL" -C "$(dirname "$(command -v rg)")" rg
cat > "$APP/package.json" <<JSON
{
  "name": "daemon-config-e2e-tools",
  "private": true,
  "description": "Installed by test/e2e/setup.sh: a real VS Code (code-server) and Playwright for the e2e tests and npm start.",
  "dependencies": {
    "code-server": "$CODE_SERVER_VERSION",
    "playwright-core": "$PLAYWRIGHT_VERSION"
  }
}
JSON
log "installing code-server@$CODE_SERVER_VERSION and playwright-core@$PLAYWRIGHT_VERSION into $APP (a few minutes)"
(
  cd "$APP"
  export TMPDIR=$E2E_DIR/tmp npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr
  npm install --no-audit --no-fund --loglevel=error
)
[ "$(installed_version code-server)" = "$CODE_SERVER_VERSION" ] || { log "code-server did not install" >&2; exit 1; }
log "installed in $(( $(date +%s) - start ))s; $(du -sh "$APP/node_modules" | cut -f1) in $APP/node_modules"
