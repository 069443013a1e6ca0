// A large set of inputs on which every rule runs: a bad value for every directive of both schemas,
// the rule docs' examples, the example files and host units of the fuzz corpus, and seeded fuzz
// cases. Tests that check every text the rules write (plain text, translated) share it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyze } from '../../server/src/analysis';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { findSection } from '../../server/src/schema/lookup';
import { supervisorSchema } from '../../server/src/schema/supervisor';
import { systemdSchema } from '../../server/src/schema/systemd';
import type { DirectiveSpec } from '../../server/src/schema/types';
import { generateCase, loadCorpus } from '../fuzz/generate';
import { memoryWorkspace } from '../unit/rules-supervisor/helpers';

const BAD_VALUES = ['', 'bogus', 'two words', '-1', '0', '99999999999999999999', '1.5.5', '%', '%q', '%(nope)s', '%(program_name)d',
  '%(', '*', 'a,,b', ',', ':', 'x:y:z', 'unix://', 'unix://relative', 'http://', 'tcp://host', 'relative/path', '/abs/path', 'yes please',
  'syslog', 'AUTO', 'KEY=value,', 'KEY', '"unterminated', 'a b c', 'nosuch:thing', 'supervisor.rpcinterface:nope', '-', '@', '~x', '!',
  'root:nosuchgroup', 'nosuchuser', '0x1F', '1s 2x', 'infinity', 'Mon..Fri *-*-* 09:00', 'Fri..Mon', '150%', '8G', 'AF_NOPE', 'SIGNOPE', 'TERM'];

export interface Probe { uri: string; text: string; language: string }

export function systemdProbes(): Probe[] {
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

export function supervisorProbes(): Probe[] {
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

export function ruleDocExamples(): Probe[] {
  const doc = readFileSync(join(__dirname, '../../docs/rules.md'), 'utf8');
  return [...doc.matchAll(/Example \(`([^`]+)`[^)]*\):\n\n```ini\n([\s\S]*?)```/g)].map(([, name, text]) => ({
    uri: `file:///srv/app/${name}`, text, language: /\.(conf|ini)$/.test(name) && !/\.d\//.test(name) ? 'supervisor-conf' : 'systemd-unit',
  }));
}

export function otherInputs(): Probe[] {
  const corpus = loadCorpus(true).map((f) => ({ uri: `file:///corpus/${f.name}`, text: f.text,
    language: f.dialect === 'systemd' ? 'systemd-unit' : 'supervisor-conf' }));
  const fuzz = Array.from({ length: 300 }, (_, i) => generateCase(1000 + i, { hostFiles: false })).map((c) => ({
    uri: `file:///fuzz/${c.name}`, text: c.text, language: c.languageHint }));
  return [...corpus, ...fuzz];
}

export function allProbes(): Probe[] {
  return [...systemdProbes(), ...supervisorProbes(), ...ruleDocExamples(), ...otherInputs()];
}

/** Every diagnostic the rules give for a probe (backticks in the input become quotes, so any backtick is ours). */
export function probeDiagnostics(probe: Probe, version: number): Diagnostic[] {
  const text = probe.text.replace(/`/g, "'");
  const analyzed = analyze(probe.uri, 1, text, probe.language);
  if (!analyzed) return [];
  const path = probe.uri.slice('file://'.length);
  const workspace = memoryWorkspace({ [path]: text }, ['/etc/supervisor/conf.d', '/srv/app', '/tmp']);
  return computeDiagnostics(analyzed, { systemdVersion: version }, workspace, (code, error) => {
    throw new Error(`${code}: ${String(error)}`);
  });
}

/** A diagnostic's message, then the titles of its quick fixes. */
export function diagnosticTexts(d: Diagnostic): string[] {
  const fixes = (d.data as { fixes?: { title: string }[] } | undefined)?.fixes ?? [];
  return [typeof d.message === 'string' ? d.message : d.message.value, ...fixes.map((f) => f.title)];
}
