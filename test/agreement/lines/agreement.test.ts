// Agreement of our tmpfiles.d and sysusers.d checks with systemd-tmpfiles and systemd-sysusers of
// this machine: real files (the host's and Debian packages', corpus.ts) and seeded single-defect
// mutants (mutants.ts), compared line by line (compare.ts). Skipped where the tools are missing.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { LineIssue } from '../../../server/src/lineFormats/issues';
import { parseTmpfilesLine } from '../../../server/src/lineFormats/tmpfiles/parse';
import { validateTmpfiles } from '../../../server/src/lineFormats/tmpfiles/validate';
import { validateSysusers } from '../../../server/src/lineFormats/sysusers/validate';
import { buildCorpus, cacheFolder, type CorpusFile, type LineFamily } from './corpus';
import { counted, emptyTally, precision, recall, tallyFile, type Tally } from './compare';
import { mutants, seeded } from './mutants';
import { runOracle, type Accounts } from './oracle';

const SEED = Number(process.env.AGREEMENT_SEED ?? 252);
const MUTANTS = Number(process.env.AGREEMENT_MUTANTS ?? 800);

function hostVersion(): number | undefined {
  try {
    return Number(/systemd (\d+)/.exec(execFileSync('systemd-tmpfiles', ['--version'], { encoding: 'utf8' }))?.[1]);
  } catch {
    return undefined;
  }
}

const version = hostVersion();
const hasSysusers = existsSync('/usr/bin/systemd-sysusers') || existsSync('/bin/systemd-sysusers');

/** The host's accounts plus every user and group the corpus names, so real files resolve in the oracle's root. */
function accountsFor(files: readonly CorpusFile[]): { accounts: Accounts; users: Set<string>; groups: Set<string> } {
  const passwd = readFileSync('/etc/passwd', 'utf8').trimEnd().split('\n');
  const group = readFileSync('/etc/group', 'utf8').trimEnd().split('\n');
  const users = new Set(passwd.map((l) => l.split(':')[0]));
  const groups = new Set(group.map((l) => l.split(':')[0]));
  let id = 60_100;
  for (const f of files.filter((x) => x.family === 'tmpfiles')) {
    readFileSync(f.path, 'utf8').split('\n').forEach((l, i) => {
      const words = parseTmpfilesLine(l, i)?.words ?? [];
      const name = (w: number) => words[w]?.text.replace(/^:/, '') ?? '-';
      if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name(3)) && !users.has(name(3))) { users.add(name(3)); passwd.push(`${name(3)}:x:${id}:${id}::/:/usr/sbin/nologin`); id++; }
      if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name(4)) && !groups.has(name(4))) { groups.add(name(4)); group.push(`${name(4)}:x:${id}:`); id++; }
    });
  }
  return { accounts: { passwd: passwd.join('\n') + '\n', group: group.join('\n') + '\n' }, users, groups };
}

function print(title: string, t: Tally): void {
  console.log(`AGREEMENT ${title}: recall ${recall(t).toFixed(4)} (${t.matched}/${t.oracleLines} lines the tool refused), `
    + `precision ${precision(t).toFixed(4)} (${t.confirmed}/${t.ourLines} lines we flag); messages without a line: ${t.lineless}, `
    + `${t.linelessPlaced} placed on the line whose path, argument or group they name, the rest counted as missed`);
  for (const m of t.missed.slice(0, 12)) console.log(`  missed      ${m}`);
  for (const m of t.unconfirmed.slice(0, 12)) console.log(`  unconfirmed ${m}`);
}

describe('agreement with systemd-tmpfiles and systemd-sysusers', { skip: (version === undefined || !hasSysusers) && 'systemd-tmpfiles or systemd-sysusers is not installed' }, () => {
  it('checks real files and single-defect mutants like the tools do', { timeout: 3_600_000 }, () => {
    const corpus = buildCorpus((line) => console.log(line));
    const { accounts, users, groups } = accountsFor(corpus);
    const context = { version: version ?? 252, users, groups };
    // sysusers runs on a fresh, empty root: no group exists but those the file makes.
    const check = (family: LineFamily, text: string): LineIssue[] => (family === 'tmpfiles' ? validateTmpfiles(text, context) : validateSysusers(text, new Set()));
    const scratch = mkdtempSync(join(cacheFolder(), 'run-'));
    const random = seeded(SEED);
    try {
      for (const family of ['tmpfiles', 'sysusers'] as const) {
        const files = corpus.filter((f) => f.family === family);
        const origins = new Set(files.map((f) => f.origin));
        console.log(`${family}: ${files.length} real files from ${origins.size} sources (${[...origins].join(', ')})`);
        const real = emptyTally();
        const accepted: string[] = [];
        let errorsOnAccepted = 0;
        for (const f of files) {
          const text = readFileSync(f.path, 'utf8');
          const oracle = runOracle(family, f.path, scratch, accounts);
          const ours = check(family, text);
          tallyFile(real, `${f.origin}/${f.path.slice(f.path.lastIndexOf('/') + 1)}`, text, oracle, ours);
          if (oracle.lines.size === 0 && oracle.lineless.length === 0) {
            accepted.push(text);
            const errors = ours.filter(counted);
            errorsOnAccepted += errors.length;
            for (const e of errors.slice(0, 3)) console.log(`  error on an accepted file ${f.path}:${e.line + 1}: ${e.code} ${e.message}`);
          }
        }
        print(`${family} real files`, real);
        console.log(`${family}: ${accepted.length} real files the tool accepts; our errors on them: ${errorsOnAccepted}`);

        const mutated = emptyTally();
        const drawn = mutants(family, accepted, MUTANTS, random);
        const kinds = new Map<string, number>();
        drawn.forEach((m, i) => {
          const path = join(scratch, `m${i}.conf`);
          writeFileSync(path, m.text);
          tallyFile(mutated, `mutant ${i} (${m.kind}, line ${m.line})`, m.text, runOracle(family, path, scratch, accounts), check(family, m.text));
          kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
        });
        console.log(`${family}: ${drawn.length} mutants (seed ${SEED}): ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
        print(`${family} mutants`, mutated);

        const all = emptyTally();
        for (const t of [real, mutated]) for (const k of ['oracleLines', 'matched', 'ourLines', 'confirmed', 'lineless', 'linelessPlaced'] as const) all[k] += t[k];
        print(`${family} in all`, all);
        assert.equal(errorsOnAccepted, 0, `${family}: errors on files the tool accepts`);
        assert.ok(drawn.length >= Math.min(MUTANTS, 100), `${family}: only ${drawn.length} mutants`);
        assert.ok(recall(all) >= 0.98, `${family}: recall ${recall(all)}`);
        assert.ok(precision(all) >= 0.99, `${family}: precision ${precision(all)}`);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
