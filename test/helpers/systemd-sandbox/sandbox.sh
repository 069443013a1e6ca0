#!/bin/bash
# Boots Debian's real systemd as PID 1 of private pid/mount/uts/ipc/net/cgroup namespaces, for
# tests of the commands that talk to systemctl and journalctl. Nothing of the host's own init is
# touched: the sandbox has its own network namespace, read-only /proc/sys, /sys and root file
# system, `container=` set, a curated read-only unit set and a private writable /etc/systemd/system.
#
#   sandbox.sh start DIR      boot under a self-kill timeout; DIR must be a fresh empty directory
#                             (one per run). Prints `pid=N boot_ms=M` when the manager is up.
#   sandbox.sh exec DIR CMD.. run CMD inside every namespace of the sandbox (cwd is /)
#   sandbox.sh stop DIR       `systemctl exit`, SIGKILL fallback for the PID it started, cgroup cleanup
#
# Environment: DC_SANDBOX_TIMEOUT (seconds before the sandbox kills itself, default 300),
# DC_SANDBOX_OWNER (a PID: stop the sandbox once that process is gone),
# DC_SANDBOX_LOG_LEVEL (systemd's log level, default info).
# Layout of DIR: lib-units/ (read-only /usr/lib/systemd/system), etc-units/ (/etc/systemd/system),
# empty/, console.log, pid files. Paths under /tmp on the host are the same inside.
set -uo pipefail
SELF=$(readlink -f "$0")
die() { echo "sandbox: $*" >&2; exit 1; }

# The units copied from the host: enough for basic.target, journald and a clean shutdown.
LIB_UNITS="basic.target exit.target final.target halt.target local-fs-pre.target local-fs.target
machine.slice multi-user.target network-online.target network-pre.target network.target
nss-lookup.target paths.target poweroff.target reboot.target remote-fs-pre.target remote-fs.target
shutdown.target slices.target sockets.target swap.target sysinit.target time-set.target
time-sync.target timers.target umount.target user.slice systemd-exit.service systemd-halt.service
systemd-poweroff.service systemd-reboot.service systemd-journald.service systemd-journald.socket
systemd-journald-dev-log.socket"
HOST_UNITS=/usr/lib/systemd/system

cgroup2_root() {  # where the host's cgroup2 hierarchy is mounted (hybrid or unified layout)
  awk '$9 == "cgroup2" { print $5; exit }' /proc/self/mountinfo
}
cg_name() { echo "dc-sandbox-$(basename "$1" | tr -c 'A-Za-z0-9\n' '_')"; }
descendants() { local c; for c in $(cat /proc/"$1"/task/*/children 2>/dev/null); do echo "$c"; descendants "$c"; done; }
recorded_pid() { [ -s "$1/systemd.pid" ] && cat "$1/systemd.pid"; }
is_ours() {  # the recorded PID still names the systemd we started (not a recycled PID)
  local p; p=$(recorded_pid "$1") || return 1
  [ -d /proc/"$p" ] && [ "$(cat /proc/"$p"/comm 2>/dev/null)" = systemd ] &&
    [ "$(readlink /proc/"$p"/ns/pid)" = "$(cat "$1/pidns")" ]
}
# alive and not a zombie (an exited child waits for whoever adopted it to reap it)
running() { [ -r /proc/"$1"/stat ] && [ "$(cut -d' ' -f3 /proc/"$1"/stat 2>/dev/null)" != Z ]; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
cg_cleanup() {
  local cg=$1 i
  [ -n "$cg" ] && [ -d "$cg" ] || return 0
  for i in $(seq 100); do
    find "$cg" -depth -type d -exec rmdir {} \; 2>/dev/null
    [ -d "$cg" ] || return 0; sleep 0.05
  done
  echo "sandbox: could not remove cgroup $cg" >&2
}

# With DC_SANDBOX_OWNER=PID, a watcher stops the sandbox (and removes DIR) as soon as that process
# is gone, so a test process that dies without cleaning up leaves nothing running.
watch_owner() {
  local D=$1 owner=${DC_SANDBOX_OWNER:-} since
  [ -n "$owner" ] || return 0
  since=$(cut -d' ' -f22 /proc/"$owner"/stat 2>/dev/null) || return 0
  (
    while is_ours "$D" && [ "$(cut -d' ' -f22 /proc/"$owner"/stat 2>/dev/null)" = "$since" ]; do sleep 1; done
    if is_ours "$D"; then stop "$D"; [ "${DC_SANDBOX_KEEP:-}" = 1 ] || rm -rf "$D"; fi
  ) </dev/null >/dev/null 2>&1 &
}

start() {
  local D=$1
  [ "$(id -u)" = 0 ] || die "needs root"
  [ -d "$D" ] && [ -z "$(ls -A "$D")" ] || die "$D must be an existing empty directory"
  local cgroot; cgroot=$(cgroup2_root); [ -n "$cgroot" ] || die "no cgroup2 hierarchy mounted"
  local cg="$cgroot/$(cg_name "$D")"
  mkdir -p "$D/lib-units" "$D/etc-units" "$D/empty" "$D/lib-units/sockets.target.wants" "$D/lib-units/sysinit.target.wants"
  local u
  for u in $LIB_UNITS; do
    [ -f "$HOST_UNITS/$u" ] || die "host lacks $HOST_UNITS/$u (is the systemd package installed?)"
  done
  # shellcheck disable=SC2086  # the list is word-split on purpose
  (cd "$HOST_UNITS" && cp -L -- $LIB_UNITS "$D/lib-units/") || die "cannot copy units from $HOST_UNITS"
  ln -s multi-user.target "$D/lib-units/default.target"
  for u in systemd-journald.socket systemd-journald-dev-log.socket; do ln -s ../$u "$D/lib-units/sockets.target.wants/$u"; done
  ln -s ../systemd-journald.service "$D/lib-units/sysinit.target.wants/systemd-journald.service"
  echo "$cg" > "$D/cgroup"
  mkdir "$cg" || die "cannot create cgroup $cg"
  local t0; t0=$(now_ms)
  # script(1) gives systemd a pty as its console; timeout(1) is the self-kill.
  timeout -k 5 "${DC_SANDBOX_TIMEOUT:-300}" script -qfec \
    "unshare --fork --pid --mount --uts --ipc --net --mount-proc --kill-child=SIGKILL $SELF __phase1 $D" \
    "$D/console.log" </dev/null >"$D/script.out" 2>&1 &
  echo $! > "$D/timeout.pid"
  local mypidns; mypidns=$(readlink /proc/self/ns/pid)
  local deadline=$(( t0 + 20000 )) c found=
  while [ -z "$found" ] && [ "$(now_ms)" -lt $deadline ]; do
    for c in $(descendants "$(cat "$D/timeout.pid")"); do
      if [ "$(cat /proc/"$c"/comm 2>/dev/null)" = systemd ] &&
         [ "$(awk '/^NSpid:/ { print $NF }' /proc/"$c"/status 2>/dev/null)" = 1 ] &&
         [ "$(readlink /proc/"$c"/ns/pid)" != "$mypidns" ]; then
        echo "$c" > "$D/systemd.pid"; readlink /proc/"$c"/ns/pid > "$D/pidns"; found=1; break
      fi
    done
    [ -n "$found" ] || sleep 0.02
  done
  [ -n "$found" ] || { cat "$D/console.log" >&2; stop "$D"; die "systemd did not start"; }
  local st=
  while [ "$(now_ms)" -lt $deadline ]; do
    st=$(nsenter -t "$(recorded_pid "$D")" -a systemctl is-system-running 2>/dev/null)
    case "$st" in running|degraded) break;; esac
    is_ours "$D" || break
    sleep 0.02
  done
  case "$st" in
    running|degraded)
      watch_owner "$D"
      echo "pid=$(recorded_pid "$D") state=$st boot_ms=$(( $(now_ms) - t0 ))";;
    *) cat "$D/console.log" >&2; stop "$D"; die "systemd did not reach running (state '$st')";;
  esac
}

phase1() {  # PID 1 of the new namespaces: build the private file system view
  set -euo pipefail
  local D=$1 cg; cg=$(cat "$D/cgroup")
  [ "$$" = 1 ] || { echo "phase1: not PID 1 of a new pid namespace, refusing"; exit 1; }
  export LIBMOUNT_UTAB=$D/utab   # keep libmount away from the host's /run/mount
  echo 0 > "$cg/cgroup.procs"
  mount -t tmpfs -o mode=755,nosuid,nodev,size=64m tmpfs /run
  mkdir -p /run/.dc && touch /run/.dc/console
  local tty=0
  if [ -t 1 ]; then mount --bind /proc/self/fd/1 /run/.dc/console; tty=1; fi
  mount -t tmpfs -o mode=755,nosuid,size=4m tmpfs /dev
  mknod -m 666 /dev/null c 1 3; mknod -m 666 /dev/zero c 1 5; mknod -m 666 /dev/full c 1 7
  mknod -m 666 /dev/random c 1 8; mknod -m 666 /dev/urandom c 1 9; mknod -m 666 /dev/tty c 5 0
  mkdir /dev/pts /dev/shm
  mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts /dev/pts
  ln -s pts/ptmx /dev/ptmx
  mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs /dev/shm
  ln -s /proc/self/fd /dev/fd; ln -s /proc/self/fd/0 /dev/stdin
  ln -s /proc/self/fd/1 /dev/stdout; ln -s /proc/self/fd/2 /dev/stderr
  touch /dev/console
  if [ $tty = 1 ]; then mount --bind /run/.dc/console /dev/console; umount /run/.dc/console; fi
  # kernel settings stay the host's: read-only /proc/sys, /sys and sysrq
  mount --bind /proc/sys /proc/sys; mount -o remount,bind,ro /proc/sys
  if [ -e /proc/sysrq-trigger ]; then mount --bind /proc/sysrq-trigger /proc/sysrq-trigger; mount -o remount,bind,ro /proc/sysrq-trigger; fi
  mount -o remount,bind,ro /sys
  mount --bind "$D/lib-units" /usr/lib/systemd/system; mount -o remount,bind,ro /usr/lib/systemd/system
  if [ -d /usr/lib/systemd/system-generators ]; then
    mount --bind "$D/empty" /usr/lib/systemd/system-generators; mount -o remount,bind,ro /usr/lib/systemd/system-generators
  fi
  mount --bind "$D/etc-units" /etc/systemd/system
  local d
  for d in /var/log/journal /var/lib/systemd /var/tmp; do mkdir -p "$d" 2>/dev/null || true; mount -t tmpfs -o mode=755,size=64m tmpfs "$d"; done
  chmod 1777 /var/tmp
  mount --bind /tmp /tmp       # the one writable host path (tests keep their files there)
  mount -o remount,bind,ro /
  exec unshare --cgroup "$SELF" __phase2
}

phase2() {  # still PID 1, now in a cgroup namespace rooted at our own cgroup
  set -euo pipefail
  mount -t cgroup2 cgroup2 /sys/fs/cgroup
  grep -qx "0::/" /proc/self/cgroup || { echo "phase2: unexpected cgroup $(cat /proc/self/cgroup)"; exit 1; }
  [ -w /proc/sys/fs/nr_open ] && { echo "phase2: /proc/sys is writable, refusing"; exit 1; }
  [ -e /dev/kmsg ] && { echo "phase2: /dev/kmsg present, refusing"; exit 1; }
  [ "$(stat -f -c %T /sys/fs/cgroup)" = cgroup2fs ] || { echo "phase2: cgroup2 not mounted"; exit 1; }
  exec setpriv --bounding-set -sys_module,-sys_time,-sys_rawio,-syslog,-mac_admin,-mac_override,-wake_alarm,-audit_control,-block_suspend \
    env -i container=dc-sandbox PATH=/usr/sbin:/usr/bin:/sbin:/bin TERM=dumb \
    SYSTEMD_LOG_LEVEL="${DC_SANDBOX_LOG_LEVEL:-info}" \
    /lib/systemd/systemd --system --log-target=console --show-status=no
}

stop() {
  local D=$1 p t i
  if is_ours "$D"; then
    p=$(recorded_pid "$D")
    timeout 10 nsenter -t "$p" -a systemctl exit >/dev/null 2>&1
    for i in $(seq 200); do running "$p" || break; sleep 0.05; done
    if is_ours "$D"; then echo "sandbox: graceful exit failed, SIGKILL $p" >&2; kill -KILL "$p"; fi
  fi
  t=$(cat "$D/timeout.pid" 2>/dev/null)
  if [ -n "$t" ] && running "$t" && [ "$(cat /proc/"$t"/comm 2>/dev/null)" = timeout ]; then
    for i in $(seq 100); do running "$t" || break; sleep 0.05; done
    running "$t" && kill -TERM "$t"
  fi
  cg_cleanup "$(cat "$D/cgroup" 2>/dev/null)"
  rm -f "$D/systemd.pid"
}

case "${1:-}" in
  start) [ $# = 2 ] || die "usage: $0 start DIR"; start "$(readlink -f "$2")";;
  exec) [ $# -ge 3 ] || die "usage: $0 exec DIR CMD..."; D=$(readlink -f "$2"); shift 2
        is_ours "$D" || die "not running"; exec nsenter -t "$(recorded_pid "$D")" -a "$@";;
  stop) [ $# = 2 ] || die "usage: $0 stop DIR"; stop "$(readlink -f "$2")";;
  __phase1) phase1 "$2";;
  __phase2) phase2;;
  *) die "usage: $0 start DIR | exec DIR CMD... | stop DIR";;
esac
