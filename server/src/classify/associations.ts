// `daemonConfig.files.associations`: glob -> family, as VS Code's files.associations reads globs. A
// pattern without `/` is matched against the file name, one with `/` against the whole path (a
// relative one may start anywhere). `*` and `?` stay within a folder, `**` crosses folders, `{a,b}`
// gives alternatives. Matched position by position, never through a RegExp, so no pattern is slow.
import { SYSTEMD_FAMILIES, type SystemdFamily } from './families';

/** What a file can be associated with: a unit, a supervisor config, or one of systemd's other families. */
export type AssociatedKind = 'systemd' | 'supervisor' | SystemdFamily;

export interface FileAssociation {
  pattern: string;
  kind: AssociatedKind;
}

export const MAX_ASSOCIATIONS = 100;
export const MAX_PATTERN_LENGTH = 300;
const MAX_ALTERNATIVES = 32;

export function isAssociatedKind(value: string): value is AssociatedKind {
  return value === 'systemd' || value === 'supervisor' || (SYSTEMD_FAMILIES as readonly string[]).includes(value);
}

/** `{a,b}` expanded (not nested), at most MAX_ALTERNATIVES patterns. */
function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  const close = open < 0 ? -1 : pattern.indexOf('}', open);
  if (close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const out: string[] = [];
  for (const choice of pattern.slice(open + 1, close).split(',')) {
    for (const rest of expandBraces(pattern.slice(close + 1))) {
      if (out.length >= MAX_ALTERNATIVES) return out;
      out.push(head + choice + rest);
    }
  }
  return out;
}

// A double star then a slash: no folder, or any folders (the text up to and including a slash).
type Token = '*' | '**' | '**/' | '?' | { char: string };

function tokens(pattern: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    if (pattern.startsWith('**', i)) {
      const folders = pattern[i + 2] === '/';
      out.push(folders ? '**/' : '**');
      i += folders ? 2 : 1;
    } else if (pattern[i] === '*') out.push('*');
    else if (pattern[i] === '?') out.push('?');
    else out.push({ char: pattern[i] });
  }
  return out;
}

/** Whether `text` matches the tokens as a whole: the set of reachable positions, advanced token by token. */
function matchTokens(list: Token[], text: string): boolean {
  // Two rows, swapped per token: positions reachable before it and after it.
  let reach = new Uint8Array(text.length + 1);
  let next = new Uint8Array(text.length + 1);
  reach[0] = 1;
  for (const token of list) {
    next.fill(0);
    let open = false;
    let any = false;
    for (let i = 0; i <= text.length; i++) {
      if (token === '**') {
        open ||= reach[i] === 1;
        if (open) next[i] = 1;
      } else if (token === '**/') {
        if (reach[i] || (open && text[i - 1] === '/')) next[i] = 1;
        open ||= reach[i] === 1;
      } else if (token === '*') {
        if (reach[i]) open = true;
        if (open) next[i] = 1;
        if (text[i] === '/') open = false;
      } else if (reach[i] && i < text.length && (token === '?' ? text[i] !== '/' : text[i] === token.char)) {
        next[i + 1] = 1;
      }
      any ||= next[i] === 1;
    }
    if (!any && !next[text.length]) return false;
    [reach, next] = [next, reach];
  }
  return reach[text.length] === 1;
}

export function globMatches(pattern: string, path: string): boolean {
  if (!pattern || pattern.length > MAX_PATTERN_LENGTH) return false;
  const subject = pattern.includes('/') ? path : path.slice(path.lastIndexOf('/') + 1);
  return expandBraces(pattern).some((p) => {
    const rooted = !p.includes('/') || p.startsWith('/') || p.startsWith('**') ? p : `**/${p}`;
    return matchTokens(tokens(rooted), subject);
  });
}

/** The kind the user associated with this path; the last matching pattern wins, as in VS Code. */
export function associatedKind(associations: readonly FileAssociation[], path: string): AssociatedKind | undefined {
  let kind: AssociatedKind | undefined;
  for (const a of associations) if (globMatches(a.pattern, path)) kind = a.kind;
  return kind;
}

/** Reads the setting's object (`{ "glob": "family" }`); entries with an unknown family are left out. */
export function readAssociations(raw: unknown): FileAssociation[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  const out: FileAssociation[] = [];
  for (const [pattern, kind] of Object.entries(raw as Record<string, unknown>)) {
    if (out.length >= MAX_ASSOCIATIONS) break;
    if (typeof kind === 'string' && isAssociatedKind(kind) && pattern && pattern.length <= MAX_PATTERN_LENGTH) out.push({ pattern, kind });
  }
  return out;
}
