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
  /** One file: mostly start-up. */
  checkerOneMs: number;
  /** `node -e 0`, the floor of any start-up. */
  nodeMs: number;
  /** Node starting and reading the same files, nothing else: the floor of any checker written for Node. */
  readFloorMs: number;
  verifyMs?: number;
  verifyOneMs?: number;
}

/** What any checker on Node must do at least: start, then read each file named (`node -e` puts them from argv[1] on). */
const READ_ALL = "const { readFileSync } = require('node:fs'); for (const f of process.argv.slice(1)) readFileSync(f, 'utf8');";

function hasSystemdAnalyze(): boolean {
  try {
    execFileSync('systemd-analyze', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function corpusCheck(cli: string, rounds: number, verifyRounds: number): Promise<CheckerFigures> {
  const { dir, files } = realUnits();
  try {
    // Both tools get the whole set in one invocation, as one would check a folder; and one file
    // alone, so that (all - one) / (n - 1) is each tool's cost per further file once started.
    const timeChecker = async (list: string[]) => {
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) times.push(await wallTime(process.execPath, [cli, 'check', '--systemd-version', '252', ...list]));
      return median(times);
    };
    const checkerMs = await timeChecker(files);
    const checkerOneMs = await timeChecker(files.slice(0, 1));
    const nodeTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let i = 0; i < rounds; i++) {
      nodeTimes.push(await wallTime(process.execPath, ['-e', '0']));
      floorTimes.push(await wallTime(process.execPath, ['-e', READ_ALL, ...files]));
    }
    const figures: CheckerFigures = {
      files: files.length, checkerMs, checkerOneMs, nodeMs: median(nodeTimes), readFloorMs: median(floorTimes),
      checkerFilesPerSecond: files.length / (checkerMs / 1000),
    };
    if (hasSystemdAnalyze()) {
      const timeVerify = async (list: string[]) => {
        const times: number[] = [];
        for (let i = 0; i < verifyRounds; i++) times.push(await wallTime('systemd-analyze', ['verify', ...list]));
        return median(times);
      };
      figures.verifyMs = await timeVerify(files);
      figures.verifyOneMs = await timeVerify(files.slice(0, 1));
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
