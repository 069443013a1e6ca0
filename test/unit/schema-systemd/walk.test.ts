// Walks the systemd schema against the fact table it is built from: every (section, directive) pair
// of data/systemd/systemd-directives.tsv is in the schema with its versions and status, and every
// pair active at the target version completes and hovers in its section.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { complete } from '../../../server/src/features/completion';
import { hover } from '../../../server/src/features/hover';
import { systemdDirective, systemdSchema } from '../../../server/src/schema/systemd';
import { versionWithin } from '../../../server/src/schema/version';
import { analyzeMarked } from '../../helpers/analyzeText';

interface Row { section: string; directive: string; since?: number; until?: number; status: string }

const version = (cell: string): number | undefined => (cell === 'current' ? undefined : parseInt(cell.replace('<=', ''), 10));
const [, ...lines] = readFileSync(join(__dirname, '../../../data/systemd/systemd-directives.tsv'), 'utf8').trim().split('\n');
const rows: Row[] = lines.map((line) => {
  const c = line.split('\t');
  return { section: c[0], directive: c[1], since: version(c[4]), until: version(c[5]), status: c[6] };
});

const FILE: Record<string, string> = {
  Unit: 'a.service', Install: 'a.service', Service: 'a.service', Socket: 'a.socket', Timer: 'a.timer', Path: 'a.path',
  Mount: 'mnt-a.mount', Automount: 'mnt-a.automount', Swap: 'dev-a.swap', Slice: 'a.slice', Scope: 'a.scope',
};

describe('systemd schema against data/systemd/systemd-directives.tsv', () => {
  it('holds every pair with its versions and status', () => {
    assert.equal(rows.length, 1478);
    for (const row of rows) {
      const d = systemdDirective(row.section, row.directive);
      const p = d?.placements.find((x) => x.section === row.section);
      assert.ok(d && p, `${row.section}.${row.directive} missing`);
      assert.equal(p.since, row.since, `${row.section}.${row.directive} since`);
      assert.equal(p.until, row.until, `${row.section}.${row.directive} until`);
      assert.equal(p.status, row.status, `${row.section}.${row.directive} status`);
      assert.ok(d.summary.length > 10 && d.manual.startsWith('https://www.freedesktop.org/software/systemd/man/'), `${row.directive} docs`);
    }
    const pairs = systemdSchema.directives.reduce((n, d) => n + d.placements.length, 0);
    assert.equal(pairs, rows.length, 'no pair beyond the table');
  });

  for (const target of [252, systemdSchema.latestVersion as number]) {
    it(`completes and hovers every pair active at systemd ${target}`, () => {
      const active = rows.filter((r) => FILE[r.section] && versionWithin(target, r.since, r.until));
      for (const section of new Set(active.map((r) => r.section))) {
        const { analyzed, marked } = analyzeMarked(`file:///etc/systemd/system/${FILE[section]}`, `[${section}]\n$0\n`);
        const labels = new Set(complete(analyzed, marked.cursor, { version: target }).map((item) => item.label));
        for (const row of active.filter((r) => r.section === section)) {
          assert.ok(labels.has(row.directive), `${section}.${row.directive} completes at ${target}`);
          const cursorAt = `[${section}]\n${row.directive.slice(0, 1)}$0${row.directive.slice(1)}=\n`;
          const h = analyzeMarked(`file:///etc/systemd/system/${FILE[section]}`, cursorAt);
          const result = hover(h.analyzed, h.marked.cursor, target);
          const text = result ? (result.contents as MarkupContent).value : '';
          assert.ok(text.includes(row.directive), `${section}.${row.directive} hovers at ${target}`);
        }
      }
    });
  }
});
