// Checker throughput on real units, against `systemd-analyze verify` over the same files.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { realUnits } from './corpus';
import { wallTime } from './process';
import { median } from './stats';

export interface CheckerFigures {
  files: number;
  checkerMs: number;
  checkerFilesPerSecond: number;
  verifyMs?: number;
}

function hasSystemdAnalyze(): boolean {
  try {
    execFileSync('systemd-analyze', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function corpusCheck(cli: string, count: number, rounds: number, verifyRounds: number): Promise<CheckerFigures> {
  const { dir, files } = realUnits(count);
  try {
    // Both tools get the whole set in one invocation, as one would check a folder.
    const checker: number[] = [];
    for (let i = 0; i < rounds; i++) checker.push(await wallTime(process.execPath, [cli, 'check', '--systemd-version', '252', ...files]));
    const checkerMs = median(checker);
    const figures: CheckerFigures = { files: files.length, checkerMs, checkerFilesPerSecond: files.length / (checkerMs / 1000) };
    if (hasSystemdAnalyze()) {
      const verify: number[] = [];
      for (let i = 0; i < verifyRounds; i++) verify.push(await wallTime('systemd-analyze', ['verify', ...files]));
      figures.verifyMs = median(verify);
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
