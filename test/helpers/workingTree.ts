// A copy of the project as a fresh clone would hold it: the files `git status` sees (tracked, and
// untracked but not ignored), as they are now, so tests of "a user's clone" cover uncommitted work.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function copyWorkingTree(root: string, dest: string): void {
  const listing = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  for (const rel of listing.split('\0').filter(Boolean)) {
    const from = join(root, rel);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(dest, rel)), { recursive: true });
    cpSync(from, join(dest, rel), { verbatimSymlinks: true });
  }
}
