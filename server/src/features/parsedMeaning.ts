// What a config file means to its daemon, as our parser reads it: the sections and entries in order
// (values after joining continuations), plus the lines it could not read and the comments. Two texts
// with the same meaning load the same; the formatter checks its own output against this.
import type { Entry, ParsedDocument } from '../parse/model';

export interface ParsedMeaning {
  sections: { name: string; entries: [string, string][] }[];
  orphans: [string, string][];
  /** Unreadable lines, without their indentation (a daemon skips or refuses them whatever their blanks). */
  invalid: string[];
  comments: string[];
}

export function meaningOf(doc: ParsedDocument): ParsedMeaning {
  const pairs = (entries: Entry[]): [string, string][] => entries.map((e) => [e.key, e.value]);
  return {
    sections: doc.sections.map((s) => ({ name: s.name, entries: pairs(s.entries) })),
    orphans: pairs(doc.orphanEntries),
    invalid: doc.lines.filter((l) => l.kind === 'invalid').map((l) => l.text.trim()),
    // The systemd parser may list a comment twice (inside a continuation that runs to the end of the text).
    comments: [...new Map(doc.comments.map((r) => [`${r.start.line}:${r.start.character}`, r])).values()]
      .map((r) => doc.lines[r.start.line].text.slice(r.start.character, r.end.character).trim()),
  };
}

export function sameMeaning(a: ParsedMeaning, b: ParsedMeaning): boolean {
  const samePairs = (x: [string, string][], y: [string, string][]) => x.length === y.length && x.every((p, i) => p[0] === y[i][0] && p[1] === y[i][1]);
  const sameStrings = (x: string[], y: string[]) => x.length === y.length && x.every((t, i) => t === y[i]);
  return a.sections.length === b.sections.length
    && a.sections.every((s, i) => s.name === b.sections[i].name && samePairs(s.entries, b.sections[i].entries))
    && samePairs(a.orphans, b.orphans) && sameStrings(a.invalid, b.invalid) && sameStrings(a.comments, b.comments);
}
