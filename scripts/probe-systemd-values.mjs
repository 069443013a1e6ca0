#!/usr/bin/env node
// Measures, with this machine's `systemd-analyze verify`, which directives refuse an empty value and
// which expand `%` specifiers, and writes data/systemd/systemd-verify-probe.tsv (committed, reviewed).
// One tiny unit file per (section, directive) pair present at the host's version; Scope cannot be verified.
// Usage: node scripts/probe-systemd-values.mjs
import { execFileSync, execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const host = parseInt(/systemd (\d+)/.exec(execFileSync('systemctl', ['--version'], { encoding: 'utf8' }))[1], 10);
const ver = (c) => (c === 'current' ? Infinity : parseInt(c.replace('<=', ''), 10));
const [head, ...lines] = readFileSync(join(root, 'data/systemd/systemd-directives.tsv'), 'utf8').trim().split('\n');
const cols = head.split('\t');
const pairs = lines.map((l) => Object.fromEntries(l.split('\t').map((c, i) => [cols[i], c])))
  .filter((r) => ver(r.first_version) <= host && ver(r.last_version) >= host && !['Scope', 'BusName'].includes(r.section));

const FILE = { Mount: 'mnt-x.mount', Automount: 'mnt-x.automount', Swap: 'dev-x.swap' };
const work = mkdtempSync(join(tmpdir(), 'probe-'));
let n = 0;

/** The verify messages for the probed line. */
function probe(section, key, value) {
  const dir = join(work, String(n++));
  mkdirSync(dir);
  const ext = { Unit: 'service', Install: 'service', Service: 'service' }[section] ?? section.toLowerCase();
  const path = join(dir, FILE[section] ?? `p.${ext}`);
  const body = ['[Unit]', 'Description=probe'];
  if (section === 'Unit') body.push(`${key}=${value}`);
  if (ext === 'service') body.push('[Service]', 'ExecStart=/bin/true');
  if (section !== 'Unit') {
    if (section !== 'Service') body.push(`[${section}]`);
    body.push(`${key}=${value}`);
  }
  const line = section === 'Unit' ? 3 : body.length;
  writeFileSync(path, body.join('\n') + '\n');
  return new Promise((resolve) => {
    execFile('systemd-analyze', ['verify', path], { encoding: 'utf8' }, (_e, _out, err) => {
      const prefix = `${path}:${line}: `;
      resolve(err.split('\n').filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length)).join(' | '));
    });
  });
}

const rows = [];
const queue = [...pairs];
async function worker() {
  for (let p = queue.shift(); p; p = queue.shift()) {
    const empty = await probe(p.section, p.directive, '');
    const spec = await probe(p.section, p.directive, '/x%Z');
    rows.push([p.section, p.directive, p.parser, empty ? 'rejected' : 'accepted', /specifier/.test(spec) ? 'yes' : 'no', empty]);
  }
}
await Promise.all(Array.from({ length: 8 }, worker));
rmSync(work, { recursive: true, force: true });
rows.sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]));
const out = ['section\tdirective\tparser\tempty_value\texpands_specifiers\tempty_message',
  ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
writeFileSync(join(root, 'data/systemd/systemd-verify-probe.tsv'), out);
console.log(`probed ${rows.length} pairs with systemd ${host}`);
