// Runs every example in docs/rules.md through the built checker (dist/cli.js) and confirms that
// each one produces the code of the entry it illustrates. Run `npm run build` first.
//   node scripts/check-rule-examples.mjs          prints one line per example, exits 1 on a miss
//   node scripts/check-rule-examples.mjs --verbose also prints the severity and quick fixes seen
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const verbose = process.argv.includes('--verbose');
const doc = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

// An entry: an anchor, a heading naming the code, then "Example (`file`...)" and an ```ini block.
const entry = /<a id="[^"]+"><\/a>\n#+ (\S+)\n([\s\S]*?)(?=\n<a id=|\n## |$)/g;
let failures = 0;
let count = 0;
for (const [, code, body] of doc.matchAll(entry)) {
  const example = /Example \(`([^`]+)`([^)]*)\):\n\n```ini\n([\s\S]*?)```/.exec(body);
  if (!example) {
    console.log(`--   ${code} (no example)`);
    continue;
  }
  count++;
  const [, name, note, text] = example;
  const version = /--systemd-version (\d+)/.exec(note)?.[1];
  const dir = mkdtempSync(join(tmpdir(), 'rule-example-'));
  try {
    // A name with a folder (`tmpfiles.d/app.conf`) is written in that folder: the folder tells the kind of file.
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
    const args = [cli, 'check', '--format', 'json', ...(version ? ['--systemd-version', version] : []), join(dir, name)];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const found = JSON.parse(run.stdout || '[]').flatMap((f) => f.diagnostics).filter((d) => d.code === code);
    if (found.length === 0) failures++;
    console.log(`${found.length ? 'ok  ' : 'MISS'} ${code}`);
    if (verbose) {
      for (const d of found) {
        const fixes = (d.data?.fixes ?? []).map((f) => f.title).join('; ');
        console.log(`       ${SEVERITY[d.severity]}: ${d.message}${fixes ? `  [fixes: ${fixes}]` : ''}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`${count - failures}/${count} examples produce their code`);
process.exit(failures || count === 0 ? 1 : 0);
