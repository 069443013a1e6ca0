// The oracle: `systemd-analyze calendar --iterations=5 --base-time=@T SPEC...` of this machine, many
// events per call, in a given TZ. Each event prints one block (nothing for a refused one), and
// blocks are separated by one empty line, so the i-th block belongs to the i-th event.
import { execFile } from 'node:child_process';

export interface OracleAnswer {
  /** undefined: systemd refused the event. */
  normalized?: string;
  /** Elapses in whole seconds since the epoch (systemd prints no fractions). */
  elapses: number[];
}

const MONTH_LINE = /(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) UTC$/;

function utcSeconds(line: string): number | undefined {
  const m = MONTH_LINE.exec(line);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) / 1000 : undefined;
}

export function parseCalendarOutput(stdout: string, count: number): OracleAnswer[] {
  const blocks: string[][] = [[]];
  for (const line of stdout.split('\n')) {
    if (line === '') blocks.push([]);
    else blocks[blocks.length - 1].push(line);
  }
  return blocks.slice(0, count).map((lines) => {
    const normalized = lines.find((l) => l.startsWith('Normalized form: '))?.slice('Normalized form: '.length);
    const elapses: number[] = [];
    for (const line of lines) {
      if (!/^\s*(Next elapse|Iter\. #\d+|\(in UTC\)):/.test(line)) continue;
      const seconds = utcSeconds(line);
      if (seconds !== undefined) elapses.push(seconds);
    }
    return { normalized, elapses };
  });
}

/** Asks systemd-analyze about `specs` in the process zone `tz`, from `baseSeconds`. */
export function askSystemd(specs: string[], baseSeconds: number, tz: string, iterations = 5): Promise<OracleAnswer[]> {
  const argv = ['calendar', `--iterations=${iterations}`, `--base-time=@${baseSeconds}`, '--', ...specs];
  return new Promise((resolve, reject) => {
    execFile('systemd-analyze', argv, { env: { ...process.env, TZ: tz, LC_ALL: 'C' }, maxBuffer: 64 << 20, timeout: 300_000 },
      (error, stdout) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve(parseCalendarOutput(stdout, specs.length));
      });
  });
}
