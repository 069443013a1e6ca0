// How Quadlet keys' values are written, where something checks them: quadlet itself (booleans,
// `ExposeHostPort=`, `SetWorkingDirectory=`, `RemapUsers=`, `Notify=`) or podman when the service
// starts (the enum words below, from podman's option parsers). Keys quadlet hands to podman as text
// (names, paths, free-form options) have no entry: nothing is checked for them.
// The words are upstream facts (quadlet.go and the podman commands' option tables).
import { quadletKey } from './index';

export type QuadletValueKind =
  | { kind: 'boolean' }
  /** One of `words`; `booleans` also takes yes/no, true/false, ... */
  | { kind: 'enum'; words: readonly string[]; booleans?: boolean; checkedBy: 'quadlet' | 'podman' }
  /** quadlet's own port check for `ExposeHostPort=`: digits, an optional `-N` range and `/tcp` or `/udp` at the end. */
  | { kind: 'port-range' };

const PULL = ['always', 'missing', 'never', 'newer'];

/** Key → kind, for every section that has the key; `Section.Key` entries win over bare names. */
const KINDS: Readonly<Record<string, QuadletValueKind>> = {
  'Container.AutoUpdate': { kind: 'enum', words: ['registry', 'local'], checkedBy: 'podman' },
  'Container.Pull': { kind: 'enum', words: PULL, checkedBy: 'podman' },
  'Build.Pull': { kind: 'enum', words: PULL, checkedBy: 'podman' },
  'Image.Policy': { kind: 'enum', words: PULL, checkedBy: 'podman' },
  'Container.Notify': { kind: 'enum', words: ['healthy'], booleans: true, checkedBy: 'quadlet' },
  CgroupsMode: { kind: 'enum', words: ['enabled', 'disabled', 'no-conmon', 'split'], checkedBy: 'podman' },
  ExitCodePropagation: { kind: 'enum', words: ['all', 'any', 'none'], checkedBy: 'podman' },
  HealthOnFailure: { kind: 'enum', words: ['none', 'kill', 'restart', 'stop'], checkedBy: 'podman' },
  ExitPolicy: { kind: 'enum', words: ['continue', 'stop'], checkedBy: 'podman' },
  RemapUsers: { kind: 'enum', words: ['auto', 'keep-id', 'manual'], checkedBy: 'quadlet' },
  'Kube.SetWorkingDirectory': { kind: 'enum', words: ['yaml', 'unit'], checkedBy: 'quadlet' },
  ExposeHostPort: { kind: 'port-range' },
};

/** What quadlet's boolean parser reads as true; any other word is false (case does not matter). */
export const TRUE_WORDS: readonly string[] = ['1', 'yes', 'true', 'on'];
export const FALSE_WORDS: readonly string[] = ['0', 'no', 'false', 'off'];

/** What the value of `key` in `section` must look like; undefined when nothing checks it. */
export function valueKind(section: string, key: string): QuadletValueKind | undefined {
  const kind = KINDS[`${section}.${key}`] ?? KINDS[key];
  if (kind) return kind;
  return quadletKey(section, key)?.boolean ? { kind: 'boolean' } : undefined;
}

/** The words completion offers for a value. */
export function valueWords(section: string, key: string): readonly string[] {
  const kind = valueKind(section, key);
  if (!kind) return [];
  if (kind.kind === 'boolean') return ['true', 'false'];
  if (kind.kind === 'enum') return kind.booleans ? [...kind.words, 'true', 'false'] : kind.words;
  return [];
}
