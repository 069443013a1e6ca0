// Diagnostic messages (the Problems panel, the checker's output), quick-fix titles and completion
// details are plain text: a Markdown backtick there shows up as a stray character. Every rule runs here on a large
// set of inputs: a bad value for every directive of both schemas, the example files, the host's
// units, the rule docs' examples and seeded fuzz cases.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/analysis';
import { complete } from '../../server/src/features/completion';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { findSection } from '../../server/src/schema/lookup';
import { supervisorSchema } from '../../server/src/schema/supervisor';
import { systemdSchema } from '../../server/src/schema/systemd';
import type { DirectiveSpec } from '../../server/src/schema/types';
import { generateCase, loadCorpus } from '../fuzz/generate';
import { mark } from '../helpers/markers';
import { memoryWorkspace } from './rules-supervisor/helpers';

const BAD_VALUES = ['', 'bogus', 'two words', '-1', '0', '99999999999999999999', '1.5.5', '%', '%q', '%(nope)s', '%(program_name)d',
  '%(', '*', 'a,,b', ',', ':', 'x:y:z', 'unix://', 'unix://relative', 'http://', 'tcp://host', 'relative/path', '/abs/path', 'yes please',
  'syslog', 'AUTO', 'KEY=value,', 'KEY', '"unterminated', 'a b c', 'nosuch:thing', 'supervisor.rpcinterface:nope', '-', '@', '~x', '!',
  'root:nosuchgroup', 'nosuchuser', '0x1F', '1s 2x', 'infinity', 'Mon..Fri *-*-* 09:00', 'Fri..Mon', '150%', '8G', 'AF_NOPE', 'SIGNOPE', 'TERM'];

interface Probe { uri: string; text: string; language: string }

function systemdProbes(): Probe[] {
  const probes: Probe[] = [];
  for (const d of systemdSchema.directives) {
    for (const { section } of d.placements) {
      const type = section === 'Unit' || section === 'Install' ? 'service' : section.toLowerCase();
      const lines = BAD_VALUES.map((v) => `${d.name}=${v}`).join('\n');
      probes.push({ uri: `file:///etc/systemd/system/probe.${type}`, text: `[${section}]\n${lines}\n`, language: 'systemd-unit' });
    }
  }
  return probes;
}

function supervisorProbes(): Probe[] {
  const probes: Probe[] = [];
  const byName = (d: DirectiveSpec) => d.placements.map((p) => p.section);
  for (const d of supervisorSchema.directives) {
    for (const section of byName(d)) {
      const named = findSection(supervisorSchema, `${section}:x`) !== undefined;
      const blocks = BAD_VALUES.map((v, i) => `[${named ? `${section}:p${i}` : section}]\n${d.name}=${v}\n`);
      probes.push({ uri: 'file:///etc/supervisor/supervisord.conf', text: `[supervisord]\n[include]\nfiles=conf.d/*.conf\n${blocks.join('')}`, language: 'supervisor-conf' });
    }
  }
  return probes;
}

function ruleDocExamples(): Probe[] {
  const doc = readFileSync(join(__dirname, '../../docs/rules.md'), 'utf8');
  return [...doc.matchAll(/Example \(`([^`]+)`[^)]*\):\n\n```ini\n([\s\S]*?)```/g)].map(([, name, text]) => ({
    uri: `file:///srv/app/${name}`, text, language: /\.(conf|ini)$/.test(name) && !/\.d\//.test(name) ? 'supervisor-conf' : 'systemd-unit',
  }));
}

function otherInputs(): Probe[] {
  const corpus = loadCorpus(true).map((f) => ({ uri: `file:///corpus/${f.name}`, text: f.text,
    language: f.dialect === 'systemd' ? 'systemd-unit' : 'supervisor-conf' }));
  const fuzz = Array.from({ length: 300 }, (_, i) => generateCase(1000 + i, { hostFiles: false })).map((c) => ({
    uri: `file:///fuzz/${c.name}`, text: c.text, language: c.languageHint }));
  return [...corpus, ...fuzz];
}

function backtickedTexts(probe: Probe, version: number): string[] {
  // Messages quote what the user wrote; with no backtick in the input, any backtick is ours.
  const text = probe.text.replace(/`/g, "'");
  const analyzed = analyze(probe.uri, 1, text, probe.language);
  if (!analyzed) return [];
  const path = probe.uri.slice('file://'.length);
  const workspace = memoryWorkspace({ [path]: text }, ['/etc/supervisor/conf.d', '/srv/app', '/tmp']);
  const diagnostics: Diagnostic[] = computeDiagnostics(analyzed, { systemdVersion: version }, workspace, (code, error) => {
    throw new Error(`${code}: ${String(error)}`);
  });
  const texts = diagnostics.flatMap((d) => [typeof d.message === 'string' ? d.message : d.message.value, ...((d.data as { fixes?: { title: string }[] } | undefined)?.fixes ?? []).map((f) => f.title)]);
  return texts.filter((t) => t.includes('`'));
}

describe('plain-text messages', () => {
  it('no diagnostic message or quick-fix title carries a Markdown backtick', () => {
    const probes = [...systemdProbes(), ...supervisorProbes(), ...ruleDocExamples(), ...otherInputs()];
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
