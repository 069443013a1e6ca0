// The supervisor configurations the conversion round trip runs on: the agreement corpus's bases
// (Debian's config, echo_supervisord_conf's sample with every section switched on, the project's
// examples, hand-written realistic ones) and its systematic mutants of program options that
// supervisord itself accepts (asked of supervisor's own config reader, oracle.py). Each is written
// to a folder, converted whole, and the units kept with the folder they belong to.
import { accessSync, constants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { convertConfiguration, type PlannedFile } from '../../server/src/convert/wholeConfig';
import { parseSupervisor } from '../../server/src/parse/supervisor';
import { quotedWords } from '../../server/src/values/systemd/issue';
import { bases } from '../agreement/supervisor/bases';
import { buildCorpus } from '../agreement/supervisor/corpus';
import type { Config } from '../agreement/supervisor/mutants';
import { runOracle } from '../agreement/supervisor/evaluate';

export interface CorpusConfig {
  name: string;
  /** Absolute path of the written main config. */
  main: string;
  files: string[];
}

/** Writes the configurations under `root`; mutants only when supervisord accepts them. `mutants`: how many at most. */
export function writeCorpus(root: string, mutants: number): CorpusConfig[] {
  const chosen: Config[] = [...bases().map((b) => ({ ...b, kind: 'base' as const })),
    ...buildCorpus().filter((c) => c.kind === 'systematic' && /^\[program:/.test(c.mutation ?? '')).slice(0, mutants)];
  const written = chosen.map((config, n) => {
    const dir = join(root, `c${n}`);
    const files = Object.entries(config.files).map(([rel, text]) => {
      const path = join(dir, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    });
    // The folders the configs name for logs and sockets, as a machine that runs them has.
    for (const sub of ['logs', 'run', 'conf.d']) mkdirSync(join(dir, sub), { recursive: true });
    return { name: `${config.name}${config.mutation ? ` ${config.mutation}` : ''}`, main: join(dir, config.main), files };
  });
  const verdicts = runOracle(written.map((w) => w.main));
  return written.filter((_, i) => verdicts[i].server === null);
}

export function convertCorpusConfig(config: CorpusConfig, read: (path: string) => string): PlannedFile[] {
  return convertConfiguration(config.files.map((path) => ({ path, sections: parseSupervisor(read(path)).sections }))).files;
}

/** systemd's fixed search path for a bare program name (systemd 239 and later). */
const SEARCH_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * `systemd-analyze verify` refuses a unit whose program is not on this machine. A unit whose
 * program is missing here gets /bin/true in its place, for verify only; the count says how many.
 */
export function withProgramsPresent(text: string): { text: string; replaced: boolean } {
  const line = /^ExecStart=(.*)$/m.exec(text);
  if (!line) return { text, replaced: false };
  const program = quotedWords(line[1]).words[0]?.text ?? '';
  const found = program.startsWith('/') ? executable(program) : SEARCH_PATH.some((dir) => executable(join(dir, program)));
  if (found) return { text, replaced: false };
  const rest = line[1].slice(quotedWords(line[1]).words[0]?.end ?? line[1].length);
  return { text: text.replace(line[0], `ExecStart=/bin/true${rest}`), replaced: true };
}
