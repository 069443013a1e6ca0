// The oracle: the family's real reader started by nsrun.sh in throwaway namespaces with a folder of cases
// bound over /etc/systemd. What it logs about a file is parsed back into (file, line, kind):
// - `/etc/systemd/REL:LINE: message`: a line the daemon ignores or refuses (or takes with a notice);
// - `/etc/systemd/REL: ... section from line N.`: a section it drops, on its header line;
// - any other message naming a case: the daemon refused the whole file (`NetDev has no Kind= ...`).
// Messages naming no file (resolved's `DNS=`) cannot be told apart in a batch: they are counted, not used.
import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface OracleLine {
  /** Our path of the case. */
  file: string;
  /** 0-based. */
  line: number;
  message: string;
  /** `notice`: taken with a warning (a deprecated setting); `reject`: ignored or refused. */
  kind: 'reject' | 'notice';
}

export interface OracleResult {
  lines: OracleLine[];
  /** Cases the daemon refused as a whole, with its words. */
  refused: Map<string, string>;
  /** Messages about configuration that name no file. */
  unattributed: string[];
  /** Whether the sentinel case was reported: every case before it in the daemon's order was read. */
  sentinelSeen: boolean;
}

const NOTICE = /is obsolete|is deprecated|will be removed|please use/i;
/**
 * Messages that say nothing of the file's own text: batching (two .netdev with one name, one
 * DNSStubListenerExtra= in two drop-ins), other files (the bridge a .network names), the file's mode,
 * the host, or system.conf read by the user manager.
 */
const NOT_ABOUT_CONTENT = new RegExp(['already configured by ', 'ignoring assignment: File exists', 'do not match the system environment',
  'mode that is too permissive', 'NetDev could not be found', 'in user mode specified as'].join('|'));
/** Unattributed lines worth counting: the ones that look like a configuration complaint. */
const CONFIG_COMPLAINT = /^Failed to (parse|add) /;

export const SENTINEL_KEY = 'OracleSentinelKey';

/**
 * Parses the daemon's log. `cases` maps the path the daemon sees (`/etc/systemd/REL`) to our path;
 * `sentinel` is the daemon-side path of the sentinel case.
 */
export function parseOracleLog(log: string, cases: ReadonlyMap<string, string>, sentinel: string): OracleResult {
  const result: OracleResult = { lines: [], refused: new Map(), unattributed: [], sentinelSeen: false };
  for (const text of log.split('\n')) {
    if (NOT_ABOUT_CONTENT.test(text)) continue;
    if (text.startsWith(`${sentinel}:`) && text.includes(SENTINEL_KEY)) {
      result.sentinelSeen = true;
      continue;
    }
    const line = /^(\/etc\/systemd\/[^:\s]+):(\d+): (.*)$/.exec(text);
    const lineFile = line && cases.get(line[1]);
    if (line && lineFile) {
      result.lines.push({ file: lineFile, line: Number(line[2]) - 1, message: line[3], kind: NOTICE.test(line[3]) ? 'notice' : 'reject' });
      continue;
    }
    // A path that ends a sentence (`... configured in /etc/systemd/network/x.netdev.`) loses the full stop.
    const paths = [...text.matchAll(/\/etc\/systemd\/[^\s"':,]+/g)].map((m) => m[0].replace(/\.$/, ''));
    const named = paths.filter((p) => cases.has(p));
    const file = named.length > 0 ? cases.get(named[named.length - 1]) : undefined;
    if (file) {
      const from = /section from line (\d+)/.exec(text);
      if (from) result.lines.push({ file, line: Number(from[1]) - 1, message: text, kind: 'reject' });
      else if (!result.refused.has(file)) result.refused.set(file, text);
    } else if (paths.length === 0 && CONFIG_COMPLAINT.test(text)) result.unattributed.push(text);
  }
  return result;
}

/** The daemon's log: nsrun.sh runs it with ETC bound over /etc/systemd and kills it after `seconds`. */
export function runInNamespaces(etc: string, seconds: number, argv: string[], env: Record<string, string>): Promise<string> {
  const nsrun = join(__dirname, 'nsrun.sh');
  return new Promise((resolve) => {
    execFile('bash', [nsrun, etc, String(seconds), ...argv], { env: { ...process.env, ...env }, maxBuffer: 64 << 20, timeout: (seconds + 60) * 1000 },
      (_error, stdout, stderr) => resolve(`${stdout}\n${stderr}`));
  });
}

/** Why this machine cannot make the namespaces nsrun.sh needs (root and unshare), or undefined when it can. */
export function namespacesRefused(): string | undefined {
  if (process.getuid?.() !== 0) return 'needs root (nsrun.sh mounts over /etc/systemd in a private mount namespace)';
  try {
    execFileSync('unshare', ['--fork', '--pid', '--mount', '--net', '--uts', '--ipc', '--mount-proc', 'true'], { timeout: 30_000, stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `unshare is not permitted here: ${String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim()}`;
  }
}
