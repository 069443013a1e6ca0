// Runs every *.test.ts under the given folders with node:test through tsx.
// (Node 20's --test does not expand globs itself.) Extra flags after `--` go to node --test.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const folders = split < 0 ? args : args.slice(0, split);
const flags = split < 0 ? [] : args.slice(split + 1);

/** The test files under a folder, or the one file named. */
function find(dir) {
  if (!statSync(dir).isDirectory()) return [dir];
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...find(full));
    else if (name.endsWith('.test.ts')) found.push(full);
  }
  return found;
}

const files = folders.flatMap(find);
if (files.length === 0) {
  console.error(`no *.test.ts files under ${folders.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...flags, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
