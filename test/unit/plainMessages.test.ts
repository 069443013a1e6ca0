// Diagnostic messages (the Problems panel, the checker's output), quick-fix titles and completion
// details are plain text: a Markdown backtick there shows up as a stray character. Every rule runs here on a large
// set of inputs: a bad value for every directive of both schemas, the example files, the host's
// units, the rule docs' examples and seeded fuzz cases.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis';
import { complete } from '../../server/src/features/completion';
import { findSection } from '../../server/src/schema/lookup';
import { supervisorSchema } from '../../server/src/schema/supervisor';
import { systemdSchema } from '../../server/src/schema/systemd';
import { mark } from '../helpers/markers';
import { allProbes, diagnosticTexts, probeDiagnostics, systemdProbes, type Probe } from '../helpers/messageProbes';

function backtickedTexts(probe: Probe, version: number): string[] {
  return probeDiagnostics(probe, version).flatMap(diagnosticTexts).filter((t) => t.includes('`'));
}

describe('plain-text messages', () => {
  it('no diagnostic message or quick-fix title carries a Markdown backtick', () => {
    const probes = allProbes();
    assert.ok(probes.length > 1500, `only ${probes.length} inputs`);
    const offenders = new Set<string>();
    for (const probe of probes) for (const text of backtickedTexts(probe, 252)) offenders.add(text);
    // Some messages differ for older releases (Restart= with oneshot before 244, directives not there yet).
    for (const probe of systemdProbes()) for (const text of backtickedTexts(probe, 235)) offenders.add(text);
    assert.deepEqual([...offenders].slice(0, 40), []);
  });

  it('no completion detail carries a Markdown backtick: directive names, values, sections', () => {
    const offenders = new Set<string>();
    const done = new Set<string>();
    const collect = (uri: string, source: string, language: string) => {
      if (done.has(uri + source)) return;
      done.add(uri + source);
      const { text, cursor } = mark(source);
      const analyzed = analyze(uri, 1, text, language);
      if (!analyzed) return;
      for (const item of complete(analyzed, cursor, { version: analyzed.doc.dialect === 'systemd' ? 252 : '4.2.5' })) {
        if (item.detail?.includes('`')) offenders.add(`${item.label}: ${item.detail}`);
      }
    };
    collect('file:///etc/systemd/system/a.service', '[$0', 'systemd-unit');
    collect('file:///etc/supervisor/supervisord.conf', '[$0', 'supervisor-conf');
    for (const schema of [systemdSchema, supervisorSchema]) {
      for (const d of schema.directives) {
        for (const { section } of d.placements) {
          if (schema.dialect === 'systemd') {
            const type = section === 'Unit' || section === 'Install' ? 'service' : section.toLowerCase();
            collect(`file:///etc/systemd/system/a.${type}`, `[${section}]\n$0\n`, 'systemd-unit');
            collect(`file:///etc/systemd/system/a.${type}`, `[${section}]\n${d.name}=$0\n`, 'systemd-unit');
          } else {
            const header = findSection(supervisorSchema, `${section}:x`) ? `${section}:x` : section;
            collect('file:///etc/supervisor/supervisord.conf', `[${header}]\n$0\n`, 'supervisor-conf');
            collect('file:///etc/supervisor/supervisord.conf', `[${header}]\n${d.name}=$0\n`, 'supervisor-conf');
          }
        }
      }
    }
    assert.deepEqual([...offenders].slice(0, 40), []);
  });
});
