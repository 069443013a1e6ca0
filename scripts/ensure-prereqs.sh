#!/usr/bin/env bash
# Installs what the tests need and a fresh machine lacks: npm packages (npm ci) and the Debian
# packages listed in scripts/apt-packages.txt (as root, through apt-get). Idempotent and quiet.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

missing=()
while read -r pkg; do
  [ -z "$pkg" ] || [[ "$pkg" == \#* ]] && continue
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done < scripts/apt-packages.txt

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "missing Debian packages (install as root): ${missing[*]}" >&2
    [ "${CI:-}" = true ] && exit 1
  fi
fi

# The SysV agreement test (test/agreement/sysv) fetches Debian packages with `apt-get download`,
# which needs the package lists: a fresh image may have none.
if [ "$(id -u)" = 0 ] && ! ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1; then
  apt-get update -qq || echo "apt-get update failed: the SysV agreement test will find no packages" >&2
fi

# The hover test reads systemd's own man pages (from the systemd package). Slim Debian images drop
# /usr/share/man through a dpkg path-exclude; say how to get the pages back rather than edit dpkg's config.
if [ ! -e /usr/share/man/man5/systemd.exec.5.gz ] && grep -qs 'path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg.d/*; then
  echo "systemd's man pages are excluded by $(grep -ls 'path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg.d/* | head -1): remove that line, then apt-get install --reinstall systemd" >&2
fi
exit 0
