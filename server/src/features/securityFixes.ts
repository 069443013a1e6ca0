// What to write to pass a failed exposure check, and the "safe set": hardening directives that
// rarely stop an ordinary daemon from working, with the folders it writes kept writable
// (StateDirectory=, LogsDirectory=, CacheDirectory=, RuntimeDirectory= where the path allows, else ReadWritePaths=).
import type { CheckResult } from '../security';
import type { UnitSettings } from '../security/unitSettings';
import { words } from '../security/unitSettings';

/** The line that passes a check, when one line can. */
export function fixOf(check: CheckResult): string | undefined {
  const { id } = check.assessor;
  const simple: Readonly<Record<string, string>> = {
    'ProtectSystem=': 'ProtectSystem=strict', 'ProtectHome=': 'ProtectHome=yes', 'KeyringMode=': 'KeyringMode=private',
    'ProtectProc=': 'ProtectProc=invisible', 'ProcSubset=': 'ProcSubset=pid', 'UMask=': 'UMask=0077', 'NotifyAccess=': 'NotifyAccess=main',
    'SystemCallArchitectures=': 'SystemCallArchitectures=native', 'IPAddressDeny=': 'IPAddressDeny=any', 'DeviceAllow=': 'DevicePolicy=closed',
    'Delegate=': 'Delegate=no', 'User=/DynamicUser=': 'DynamicUser=yes', 'RemoveIPC=': 'RemoveIPC=yes',
  };
  if (simple[id]) return simple[id];
  if (id.startsWith('RestrictNamespaces=~')) return `RestrictNamespaces=~${id.slice('RestrictNamespaces=~'.length)}`;
  if (id.startsWith('SystemCallFilter=~')) return `SystemCallFilter=~${id.slice('SystemCallFilter=~'.length)}`;
  if (id.startsWith('CapabilityBoundingSet=~')) return check.values?.caps ? `CapabilityBoundingSet=~${check.values.caps.split(', ').join(' ')}` : undefined;
  if (id === 'RestrictAddressFamilies=~…') return 'RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_NETLINK AF_PACKET';
  if (/^(Private|Protect|Restrict|LockPersonality|MemoryDenyWriteExecute|NoNewPrivileges)[A-Za-z]*=$/.test(id)) return `${id}yes`;
  return undefined;
}

/** The safe set, in the order it is written. */
export const SAFE_SET: readonly string[] = [
  'NoNewPrivileges=yes', 'PrivateTmp=yes', 'PrivateDevices=yes', 'ProtectSystem=strict', 'ProtectHome=yes', 'ProtectKernelTunables=yes',
  'ProtectKernelModules=yes', 'ProtectKernelLogs=yes', 'ProtectControlGroups=yes', 'ProtectClock=yes', 'ProtectHostname=yes',
  'RestrictSUIDSGID=yes', 'RestrictRealtime=yes', 'RestrictNamespaces=yes', 'LockPersonality=yes', 'SystemCallArchitectures=native',
];

/** The managed folders systemd creates writable under ProtectSystem=strict, by the root they live in. */
const MANAGED: readonly [string, string][] = [['/var/lib/', 'StateDirectory'], ['/var/log/', 'LogsDirectory'], ['/var/cache/', 'CacheDirectory'], ['/run/', 'RuntimeDirectory'], ['/var/run/', 'RuntimeDirectory']];

const dirOf = (path: string) => path.slice(0, Math.max(1, path.lastIndexOf('/')));

/** Absolute paths the unit names where it will write: output files, its PID file, paths in its commands and working folder. */
function writtenPaths(s: UnitSettings): string[] {
  const get = (key: string) => s.values('Service', key).filter((v) => v !== '');
  const out: string[] = [];
  for (const key of ['StandardOutput', 'StandardError']) {
    for (const v of get(key)) {
      const m = /^(?:file|append|truncate):(\/.+)$/.exec(v);
      if (m?.[1]) out.push(dirOf(m[1]));
    }
  }
  for (const v of get('PIDFile')) if (v.startsWith('/')) out.push(dirOf(v));
  for (const key of ['ExecStart', 'ExecStartPre', 'ExecStartPost', 'ExecReload', 'ExecStop', 'WorkingDirectory']) {
    for (const v of get(key)) {
      // A path as a word, after `--opt=`, or inside a quoted shell line (`sh -c 'date > /run/app/stamp'`).
      for (const m of v.matchAll(/(?:^|[=\s'"<>])(\/[^\s'";|&<>()]+)/g)) {
        const path = m[1] ?? '';
        if (MANAGED.some(([root]) => path.startsWith(root))) out.push(path);
      }
    }
  }
  return out;
}

/** The lines that keep the unit's written folders writable under ProtectSystem=strict. */
export function writablePathLines(s: UnitSettings): string[] {
  const lines = new Set<string>();
  for (const path of writtenPaths(s)) {
    const managed = MANAGED.find(([root]) => path.startsWith(root) && path.length > root.length);
    const name = managed ? path.slice(managed[0].length).split('/')[0] : undefined;
    if (managed && name && /^[A-Za-z0-9._-]+$/.test(name)) {
      const already = s.values('Service', managed[1]).some((v) => words(v).includes(name));
      if (!already) lines.add(`${managed[1]}=${name}`);
    } else if (path !== '/' && !path.startsWith('/tmp') && !path.startsWith('/var/tmp')) {
      lines.add(`ReadWritePaths=-${path}`);
    }
  }
  return [...lines].slice(0, 10);
}

/** The safe set for this unit: the lines it does not set already, plus what keeps its folders writable. */
export function safeSetLines(s: UnitSettings): string[] {
  const inHome = ['ExecStart', 'WorkingDirectory'].some((k) => s.values('Service', k).some((v) => /(^|[\s=])\/(home|root)(\/|\s|$)/.test(v)));
  const missing = SAFE_SET.filter((line) => {
    const key = line.slice(0, line.indexOf('='));
    if (key === 'ProtectHome' && inHome) return false;
    return s.values('Service', key).length === 0;
  });
  if (!missing.includes('ProtectSystem=strict')) return missing;
  return [...missing, ...writablePathLines(s)];
}
