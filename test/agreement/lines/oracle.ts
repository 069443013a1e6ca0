// The real tools as oracles (see /work/shared/reference/family-oracles): systemd-tmpfiles with
// `--root=R --boot --clean FILE` and systemd-sysusers with `--root=R --dry-run FILE`, R a fresh
// folder (holding only etc/machine-id, and for tmpfiles etc/passwd and etc/group). SYSTEMD_LOG_LEVEL=err keeps what
// they print to errors: notices and warnings (duplicates, ignored arguments, ACLs) are not counted.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LineFamily } from './corpus';

export interface OracleResult {
  /** 1-based lines the tool names in `FILE:LINE: message`. */
  lines: Map<number, string>;
  /** Messages that name no line (tmpfiles' file attribute errors: "... on '/path'."). */
  lineless: string[];
}

export interface Accounts {
  passwd: string;
  group: string;
}

export function runOracle(family: LineFamily, file: string, scratch: string, accounts: Accounts): OracleResult {
  const root = mkdtempSync(join(scratch, 'root-'));
  try {
    let args: string[];
    // %m reads the root's machine ID; without one systemd skips the line as unresolvable, which no real machine does.
    mkdirSync(join(root, 'etc'));
    writeFileSync(join(root, 'etc/machine-id'), '0123456789abcdef0123456789abcdef\n');
    if (family === 'tmpfiles') {
      writeFileSync(join(root, 'etc/passwd'), accounts.passwd);
      writeFileSync(join(root, 'etc/group'), accounts.group);
      args = [`--root=${root}`, '--boot', '--clean', file];
    } else {
      args = [`--root=${root}`, '--dry-run', file];
    }
    const run = spawnSync(family === 'tmpfiles' ? 'systemd-tmpfiles' : 'systemd-sysusers', args, {
      encoding: 'utf8', timeout: 60_000, env: { ...process.env, SYSTEMD_LOG_LEVEL: 'err', SYSTEMD_LOG_COLOR: '0', SYSTEMD_LOG_LOCATION: '0' },
    });
    const result: OracleResult = { lines: new Map(), lineless: [] };
    for (const text of `${run.stdout}\n${run.stderr}`.split('\n')) {
      if (!text.trim()) continue;
      if (text.startsWith(`${file}:`)) {
        const m = /^:(\d+): (.*)$/.exec(text.slice(file.length));
        if (m) {
          result.lines.set(Number(m[1]), m[2]);
          continue;
        }
      }
      result.lineless.push(text);
    }
    return result;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
