// Hover in a Quadlet file: on a section header its summary; on a key our summary, its type, default,
// the Podman release that added it, and podman-systemd.unit(5) of the target release; on an enum value the words.
import type { Hover, Position } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../parse/model';
import { english, type Translator } from '../../l10n/translator';
import { comparePodman, COMMON_SECTION, NEWEST_PODMAN, QUADLET_FILE_SECTIONS, quadletFileType, quadletKey } from '../../schema/quadlet';
import { podmanManualUrl, quadletDirectiveSpecs, quadletSectionSpecs } from '../../schema/quadlet/directives';
import type { DirectiveSpec } from '../../schema/types';
import { locate } from '../cursor';
import { codeSpan, escapeMarkdown, inlineMarkdown } from '../inlineText';

export interface QuadletFeatureOptions {
  fileName: string;
  podmanVersion: string;
  t?: Translator;
}

/** The Quadlet sections a file of this name reads keys from. */
export function quadletSectionsOf(fileName: string): string[] {
  const type = quadletFileType(fileName);
  return type ? [QUADLET_FILE_SECTIONS[type], COMMON_SECTION] : [];
}

export function findQuadletDirective(section: string, key: string, version: string): DirectiveSpec | undefined {
  return quadletDirectiveSpecs(version).find((d) => d.name === key && d.placements[0].section === section);
}

function keyMarkdown(spec: DirectiveSpec, section: string, version: string, t: Translator): string {
  const facts = quadletKey(section, spec.name);
  const parts = [`**${escapeMarkdown(`${spec.name}=`)}** · [${escapeMarkdown(section)}]`, inlineMarkdown(t.schema(spec.summary))];
  const type = spec.value.values ? spec.value.values.map((v) => codeSpan(v.name)).join(', ') + (spec.value.booleans ? `, ${t.schema('boolean')}` : '')
    : t.schema(spec.value.label ?? spec.value.kind);
  const line = [t.format('Type: {type}', { type })];
  if (spec.default) line.push(t.format('Default: {value}', { value: codeSpan(spec.default) }));
  if (spec.repeatable) line.push(t.format('May be repeated'));
  if (facts) line.push(t.format('Since Podman {version}', { version: facts.since }));
  if (spec.placements[0].status === 'deprecated') line.push(`**${t.format('Deprecated')}**`);
  parts.push(line.join(' · '));
  if (facts && comparePodman(facts.since, version) > 0) parts.push(`**${t.format('Podman {version} does not have it yet.', { version })}**`);
  parts.push(`[${t.format('Manual')}](${spec.manual})`);
  return parts.join('\n\n');
}

export function quadletHover(doc: ParsedDocument, position: Position, options: QuadletFeatureOptions): Hover | null {
  const t = options.t ?? english;
  const version = options.podmanVersion || NEWEST_PODMAN;
  const at = locate(doc, position);
  const section = at.section;
  if (!section) return null;
  if (at.part === 'header') {
    const spec = quadletSectionSpecs(version).find((s) => s.name === section.name);
    if (!spec) return null;
    return { range: section.nameRange, contents: { kind: 'markdown', value: `**[${escapeMarkdown(spec.name)}]**\n\n${inlineMarkdown(t.schema(spec.summary))}\n\n[${t.format('Manual')}](${spec.manual})` } };
  }
  if (!at.entry || !quadletSectionsOf(options.fileName).includes(section.name)) return null;
  const spec = findQuadletDirective(section.name, at.entry.key, version);
  if (!spec) return null;
  if (at.part === 'key') return { range: at.entry.keyRange, contents: { kind: 'markdown', value: keyMarkdown(spec, section.name, version, t) } };
  if (at.part === 'value' && spec.value.values?.some((v) => v.name === at.entry?.value)) {
    return { range: at.entry.valueRange, contents: { kind: 'markdown', value: keyMarkdown(spec, section.name, version, t) } };
  }
  return null;
}

export { podmanManualUrl };
