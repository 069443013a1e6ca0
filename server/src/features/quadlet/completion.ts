// Completion in a Quadlet file: section headers its type reads, the keys of the section (those newer
// than the target Podman release marked and listed last), and the words of enum and boolean keys.
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../parse/model';
import { english } from '../../l10n/translator';
import { keyInRelease, NEWEST_PODMAN, PASSED_SECTIONS, quadletKeys } from '../../schema/quadlet';
import { quadletDirectiveSpecs } from '../../schema/quadlet/directives';
import { valueWords } from '../../schema/quadlet/values';
import { locate } from '../cursor';
import { quadletSectionsOf, type QuadletFeatureOptions } from './hover';

const MAX_ITEMS = 500;

export function quadletCompletion(doc: ParsedDocument, position: Position, options: QuadletFeatureOptions): CompletionItem[] {
  const t = options.t ?? english;
  const version = options.podmanVersion || NEWEST_PODMAN;
  const at = locate(doc, position);
  const own = quadletSectionsOf(options.fileName);
  if (at.part === 'header' || (at.part === 'blank' && at.linePrefix.trim().startsWith('['))) {
    return [...own, ...PASSED_SECTIONS].map((name) => ({ label: `[${name}]`, insertText: `${name}]`, filterText: `[${name}]`, kind: CompletionItemKind.Module }));
  }
  const section = at.section?.name;
  if (!section || !own.includes(section)) return [];
  if (at.part === 'value' && at.entry) {
    return valueWords(section, at.entry.key).map((word) => ({ label: word, kind: CompletionItemKind.EnumMember }));
  }
  if (at.part !== 'blank') return [];
  const specs = quadletDirectiveSpecs(version).filter((d) => d.placements[0].section === section);
  const items = quadletKeys(section).map((facts): CompletionItem => {
    const spec = specs.find((d) => d.name === facts.name);
    const present = keyInRelease(facts, version);
    return {
      label: facts.name,
      insertText: `${facts.name}=`,
      kind: CompletionItemKind.Property,
      detail: present ? t.format('Since Podman {version}', { version: facts.since }) : t.format('Podman {version} does not have it yet.', { version }),
      documentation: spec ? { kind: 'markdown', value: t.schema(spec.summary) } : undefined,
      sortText: `${present ? '0' : '1'}${facts.name}`,
      tags: spec?.placements[0].status === 'deprecated' ? [1] : undefined,
    };
  });
  return items.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).slice(0, MAX_ITEMS);
}
