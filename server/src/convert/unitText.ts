// A generated file as lines grouped by section, with comments kept next to what they explain.

export interface FileSection {
  name: string;
  lines: string[];
}

export class GeneratedFile {
  private readonly header: string[] = [];
  private readonly sections: FileSection[] = [];

  constructor(private readonly commentMark: '#' | ';') {}

  /** A comment line (or lines) at the top of the file. */
  note(text: string): void {
    this.header.push(...commentLines(this.commentMark, text));
  }

  section(name: string): FileSection {
    let found = this.sections.find((s) => s.name === name);
    if (!found) this.sections.push(found = { name, lines: [] });
    return found;
  }

  set(section: string, key: string, value: string, comment?: string): void {
    const lines = this.section(section).lines;
    if (comment) lines.push(...commentLines(this.commentMark, comment));
    lines.push(`${key}=${value}`);
  }

  comment(section: string, text: string): void {
    this.section(section).lines.push(...commentLines(this.commentMark, text));
  }

  text(): string {
    const parts = [this.header.join('\n')];
    for (const s of this.sections) parts.push([`[${s.name}]`, ...s.lines].join('\n'));
    return `${parts.filter(Boolean).join('\n\n')}\n`;
  }
}

/** Comment lines of at most ~100 characters, each starting with the mark; a newline in the text starts a new line. */
export function commentLines(mark: string, text: string, width = 100): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const indent = /^ */.exec(paragraph)?.[0] ?? '';
    let line = '';
    for (const word of paragraph.trim().split(/ +/)) {
      if (line && line.length + word.length + 1 > width - indent.length - 2) { out.push(`${mark} ${indent}${line}`); line = word; } else line = line ? `${line} ${word}` : word;
    }
    out.push(`${mark} ${indent}${line}`.trimEnd());
  }
  return out;
}
