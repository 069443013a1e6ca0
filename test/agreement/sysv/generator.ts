// The real systemd-sysv-generator on a private tree: SYSTEMD_SYSVINIT_PATH and SYSTEMD_SYSVRCND_PATH
// (read by the generator, systemd v252) point at copies of the scripts and the rcN.d links that
// update-rc.d would make from Default-Start; SYSTEMD_UNIT_PATH at an empty folder, so that no native
// unit of this machine hides a script. Its units are read back as dependency sets.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GENERATOR = '/lib/systemd/system-generators/systemd-sysv-generator';

export interface GeneratedUnit {
  after: Set<string>;
  before: Set<string>;
  wants: Set<string>;
  wantedBy: Set<string>;
  aliases: Set<string>;
}

function words(text: string, key: string): string[] {
  return text.split('\n').filter((l) => l.startsWith(`${key}=`)).flatMap((l) => l.slice(key.length + 1).split(/\s+/).filter(Boolean));
}

/** `startLevels`: per script, the runlevels of its Default-Start (rcN.d/S01NAME links are made for them). */
export function runGenerator(scripts: { name: string; path: string }[], startLevels: Map<string, string[]>): Map<string, GeneratedUnit> {
  const tree = mkdtempSync(join(tmpdir(), 'dc-sysv-gen-'));
  try {
    const initDir = join(tree, 'init.d');
    mkdirSync(initDir);
    mkdirSync(join(tree, 'units'));
    for (const script of scripts) {
      copyFileSync(script.path, join(initDir, script.name));
      chmodSync(join(initDir, script.name), 0o755);
      for (const level of startLevels.get(script.name) ?? []) {
        const rc = join(tree, `rc${level}.d`);
        mkdirSync(rc, { recursive: true });
        symlinkSync(`../init.d/${script.name}`, join(rc, `S01${script.name}`));
      }
    }
    const out = ['normal', 'early', 'late'].map((d) => join(tree, 'out', d));
    for (const d of out) mkdirSync(d, { recursive: true });
    execFileSync(GENERATOR, out, {
      env: { ...process.env, SYSTEMD_SYSVINIT_PATH: initDir, SYSTEMD_SYSVRCND_PATH: tree, SYSTEMD_UNIT_PATH: join(tree, 'units'), SYSTEMD_LOG_LEVEL: 'err', SYSTEMD_LOG_TARGET: 'console' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return readGenerated(out[2]);
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

function readGenerated(late: string): Map<string, GeneratedUnit> {
  const units = new Map<string, GeneratedUnit>();
  const entries = readdirSync(late);
  for (const name of entries) {
    const path = join(late, name);
    if (!name.endsWith('.service') || lstatSync(path).isSymbolicLink()) continue;
    const text = readFileSync(path, 'utf8');
    units.set(name, { after: new Set(words(text, 'After')), before: new Set(words(text, 'Before')), wants: new Set(words(text, 'Wants')), wantedBy: new Set(), aliases: new Set() });
  }
  for (const name of entries) {
    const path = join(late, name);
    if (name.endsWith('.wants') && existsSync(path)) {
      for (const wanted of readdirSync(path)) units.get(wanted)?.wantedBy.add(name.slice(0, -'.wants'.length));
    } else if (name.endsWith('.service') && lstatSync(path).isSymbolicLink()) {
      units.get(readlinkSync(path))?.aliases.add(name);
    }
  }
  return units;
}
