// Reads a man page's roff into blocks: the man(7) macros and the troff requests that DocBook's
// stylesheets emit for systemd's pages (paragraphs, `.RS`/`.RE` indents, `.IP` bullets and
// numbers, `.TP`, `.nf`/`.fi` and `.EX`/`.EE` examples, tbl tables, `.UR` links, `.ie`/`.el`
// conditionals). Conditions are read as troff (not nroff) would, so that lists come through as
// `.IP` items rather than as hand-drawn bullets. Pure: no I/O, never throws on any text.
import type { Block, RoffPage, RoffSection } from './roffBlocks';
import { runsText } from './roffBlocks';
import { lexLine, type Font, type Run } from './roffInline';
import { readTable } from './roffTable';

/** Splits a request's arguments: spaces separate, double quotes group (`""` is a quote). */
export function requestArgs(text: string): string[] {
  const args: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (i >= text.length) break;
    let arg = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') { arg += '"'; i += 2; continue; }
          i++;
          break;
        }
        arg += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ' ' && text[i] !== '\t') {
        if (text[i] === '\\' && i + 1 < text.length) arg += text[i++];
        arg += text[i++];
      }
    }
    args.push(arg);
  }
  return args;
}

/** `name rest` of a request line, split at the first blank. */
function splitFirst(text: string): [string, string] {
  const blank = text.search(/[ \t]/);
  return blank < 0 ? [text, ''] : [text.slice(0, blank), text.slice(blank).trimStart()];
}

/** troff's view of a conditional: nroff-only branches are skipped, groff (`\n(.g`) is assumed. */
function condition(text: string): boolean {
  const negated = text.startsWith('!');
  const c = negated ? text.slice(1) : text;
  const value = c === 't' || c === '\\n(.g' || c === '\\n[.g]';
  return negated ? !value : value;
}

type FrameKind = 'base' | 'indent' | 'body' | 'item';
interface Frame { kind: FrameKind; blocks: Block[] }

const FONT_MACROS: Record<string, Font[]> = {
  B: ['B'], I: ['I'], SB: ['B'], SM: ['R'],
  BR: ['B', 'R'], RB: ['R', 'B'], BI: ['B', 'I'], IB: ['I', 'B'], IR: ['I', 'R'], RI: ['R', 'I'],
};

const BULLETS = new Set(['\u2022', '-', '*', 'o', '\u00b7', '+']);

/** Appends `blocks` to `target`, joining a list onto a list of the same kind right before it. */
function appendMerging(target: Block[], blocks: Block[]): void {
  for (const block of blocks) {
    const last = target[target.length - 1];
    if (block.kind === 'list' && last?.kind === 'list' && last.ordered === block.ordered) last.items.push(...block.items);
    else target.push(block);
  }
}

class Reader {
  readonly page: RoffPage = { title: '', section: '', source: '', sections: [], footnotes: new Map() };
  private section: RoffSection = { name: '', blocks: [] };
  private stack: Frame[] = [{ kind: 'base', blocks: this.section.blocks }];
  private para: Run[] | undefined;
  /** How many text lines the open paragraph has, and whether `.PP`/`.TP` opened it: a term if `.RS` follows. */
  private paraLines = 0;
  private paraMayBeTerm = false;
  private joinNext = false;
  private tagNext = false;
  private code: string[] | undefined;
  private link: string | undefined;
  private readonly font = { font: 'R' as Font, previous: 'R' as Font };
  private lastIe = false;
  private skipDepth = 0;
  private macroSkip = false;
  private table: string[] | undefined;

  constructor() { this.page.sections.push(this.section); }

  private get frame(): Frame { return this.stack[this.stack.length - 1]; }

  private flush(): void {
    const para = this.para;
    this.para = undefined;
    if (!para) return;
    while (para.length && /^\s*$/.test(para[para.length - 1].text)) para.pop();
    if (para.length === 0) return;
    this.frame.blocks.push({ kind: 'paragraph', runs: para });
  }

  private startParagraph(mayBeTerm: boolean): void {
    this.flush();
    this.paraLines = 0;
    this.paraMayBeTerm = mayBeTerm;
    this.joinNext = false;
  }

  private addRuns(runs: Run[], joined: boolean): void {
    if (this.link) for (const run of runs) run.href = this.link;
    if (this.tagNext) {
      // `.TP`: this line is the tag, the lines after it the body.
      this.tagNext = false;
      this.closeItem();
      const block: Block = { kind: 'definition', term: runs, body: [] };
      this.frame.blocks.push(block);
      this.stack.push({ kind: 'item', blocks: block.body });
      this.startParagraph(false);
      return;
    }
    if (!this.para) { this.para = []; this.paraLines = 0; }
    else if (!this.joinNext && runs.length) this.para.push({ text: ' ', font: 'R' });
    this.para.push(...runs);
    if (!this.joinNext) this.paraLines++;
    this.joinNext = joined;
  }

  private closeItem(): void {
    this.flush();
    if (this.frame.kind === 'item') this.stack.pop();
  }

  private popTo(kind: FrameKind): void {
    this.flush();
    while (this.stack.length > 1) {
      const frame = this.stack.pop()!;
      if (frame.kind === 'indent') appendMerging(this.frame.blocks, frame.blocks);
      if (frame.kind === kind) return;
    }
  }

  private indent(): void {
    const para = this.para;
    const isTerm = para !== undefined && this.paraMayBeTerm && this.paraLines === 1;
    this.para = undefined;
    if (isTerm) {
      const block: Block = { kind: 'definition', term: para, body: [] };
      this.frame.blocks.push(block);
      this.stack.push({ kind: 'body', blocks: block.body });
    } else {
      if (para) { this.para = para; this.flush(); }
      this.stack.push({ kind: 'indent', blocks: [] });
    }
  }

  private unindent(): void {
    this.flush();
    while (this.stack.length > 1) {
      const frame = this.stack.pop()!;
      if (frame.kind === 'indent') appendMerging(this.frame.blocks, frame.blocks);
      if (frame.kind === 'indent' || frame.kind === 'body') return;
    }
  }

  private item(tagText: string): void {
    this.closeItem();
    const state = { font: 'R' as Font, previous: 'R' as Font };
    const tag = lexLine(tagText, state).runs;
    const plain = runsText(tag).trim();
    this.startParagraph(false);
    if (plain === '') return; // an indented paragraph without a tag
    const blocks: Block[] = [];
    if (BULLETS.has(plain) || /^\d+[.)]?$/.test(plain)) {
      const list: Block = { kind: 'list', ordered: !BULLETS.has(plain), items: [blocks] };
      appendMerging(this.frame.blocks, [list]);
    } else {
      this.frame.blocks.push({ kind: 'definition', term: tag, body: blocks });
    }
    this.stack.push({ kind: 'item', blocks });
  }

  private newSection(name: string): void {
    this.flush();
    this.code = undefined;
    this.section = { name, blocks: [] };
    this.page.sections.push(this.section);
    this.stack = [{ kind: 'base', blocks: this.section.blocks }];
  }

  line(raw: string): void {
    if (this.macroSkip) { if (raw.startsWith('..')) this.macroSkip = false; return; }
    if (this.skipDepth > 0) {
      this.skipDepth += (raw.match(/\\\{/g) ?? []).length - (raw.match(/\\\}/g) ?? []).length;
      if (this.skipDepth < 0) this.skipDepth = 0;
      return;
    }
    if (this.table) {
      if (/^[.']\s*TE\b/.test(raw)) {
        const rows = this.table;
        this.table = undefined;
        this.frame.blocks.push(readTable(rows));
      } else this.table.push(raw);
      return;
    }
    if (raw.startsWith('.') || raw.startsWith("'")) return this.request(raw.slice(1));
    if (this.code) {
      this.code.push(lexLine(raw, this.font).runs.map((r) => r.text).join(''));
      return;
    }
    if (raw.trim() === '') { this.startParagraph(false); return; }
    const { runs, joined } = lexLine(raw, this.font);
    this.addRuns(runs, joined);
  }

  private request(text: string): void {
    const trimmed = text.replace(/^[ \t]+/, '');
    if (trimmed.startsWith('\\"') || trimmed.startsWith('\\}') || trimmed === '') return;
    const [name, rest] = splitFirst(trimmed);
    const args = () => requestArgs(rest);
    if (name === 'if' || name === 'ie' || name === 'el') {
      let truth: boolean;
      let body: string;
      if (name === 'el') { truth = !this.lastIe; body = rest; } else {
        const [test, after] = splitFirst(rest);
        truth = condition(test);
        body = after;
        if (name === 'ie') this.lastIe = truth;
      }
      const block = body.startsWith('\\{');
      if (!truth) {
        if (block) this.skipDepth = (body.match(/\\\{/g) ?? []).length - (body.match(/\\\}/g) ?? []).length;
        return;
      }
      const inner = block ? body.replace(/^\\\{\\?/, '') : body;
      if (inner.trim()) this.line(inner);
      return;
    }
    if (this.code) {
      if (name === 'fi' || name === 'EE') {
        while (this.code.length && this.code[this.code.length - 1] === '') this.code.pop();
        this.frame.blocks.push({ kind: 'code', text: this.code.join('\n') });
        this.code = undefined;
      } else if (name === 'sp') this.code.push('');
      return;
    }
    const fonts = FONT_MACROS[name];
    if (fonts) {
      const words = args();
      const runs: Run[] = [];
      words.forEach((word, i) => {
        const state = { font: fonts[i % fonts.length], previous: 'R' as Font };
        if (fonts.length === 1 && i > 0) runs.push({ text: ' ', font: state.font });
        runs.push(...lexLine(word, state).runs);
      });
      if (runs.length) this.addRuns(runs, false);
      return;
    }
    switch (name) {
      case 'TH': {
        const [title = '', section = '', , source = ''] = args();
        Object.assign(this.page, { title: runsText(lexLine(title, { font: 'R', previous: 'R' }).runs), section, source });
        return;
      }
      case 'SH': return this.newSection(runsText(lexLine(args().join(' '), { font: 'R', previous: 'R' }).runs));
      case 'SS': {
        this.popTo('base');
        this.frame.blocks.push({ kind: 'heading', runs: lexLine(args().join(' '), { font: 'R', previous: 'R' }).runs });
        return;
      }
      case 'PP': case 'P': case 'LP':
        this.closeItem();
        this.startParagraph(true);
        return;
      case 'sp': case 'ne': this.startParagraph(false); return;
      case 'br':
        if (this.para?.length) this.para.push({ text: '\n', font: 'R' });
        return;
      case 'RS': this.indent(); return;
      case 'RE': this.unindent(); return;
      case 'IP': return this.item(args()[0] ?? '');
      case 'TP': case 'TQ':
        this.closeItem();
        this.tagNext = true;
        return;
      case 'HP': this.closeItem(); this.startParagraph(false); return;
      case 'nf': case 'EX':
        this.flush();
        this.code = [];
        return;
      case 'TS':
        this.flush();
        this.table = [];
        return;
      case 'UR': case 'MT':
        this.link = (name === 'MT' ? 'mailto:' : '') + (args()[0] ?? '');
        return;
      case 'UE': case 'ME': {
        const link = this.link;
        this.link = undefined;
        if (link && this.para && !this.para.some((r) => r.href === link)) this.addRuns([{ text: link, font: 'R', href: link }], false);
        const trailing = args()[0];
        if (trailing) { this.joinNext = true; this.addRuns(lexLine(trailing, this.font).runs, false); }
        return;
      }
      case 'MR': {
        const [page = '', section = '', trailing = ''] = args();
        this.addRuns([{ text: page, font: 'B' }, { text: `(${section})${trailing}`, font: 'R' }], false);
        return;
      }
      case 'ft': {
        const font = (args()[0] ?? 'R').replace(/^(\d)$/, (d) => ({ 1: 'R', 2: 'I', 3: 'B' })[d] ?? 'R');
        lexLine(`\\f[${font}]`, this.font);
        return;
      }
      case 'de': case 'am': case 'ig': this.macroSkip = true; return;
      default: // .PD, .nh, .ad, .nr, .ds, .it, .in, .ti, .so and the like change nothing a reader sees here
    }
  }

  finish(): RoffPage {
    if (this.code) this.frame.blocks.push({ kind: 'code', text: this.code.join('\n') });
    this.code = undefined;
    this.flush();
    this.popTo('base');
    this.page.footnotes = footnotes(this.page.sections.find((s) => s.name.toUpperCase() === 'NOTES'));
    return this.page;
  }
}

/** DocBook's NOTES: a numbered list of link titles, each followed by its URL. */
function footnotes(section: RoffSection | undefined): Map<number, string> {
  const notes = new Map<number, string>();
  if (!section) return notes;
  let n = 0;
  for (const block of section.blocks) {
    if (block.kind !== 'list') continue;
    for (const item of block.items) {
      n++;
      const url = item.map((b) => (b.kind === 'paragraph' ? runsText(b.runs).trim() : '')).find((t) => /^(https?|mailto|file):\S+$/.test(t));
      if (url) notes.set(n, url);
    }
  }
  return notes;
}

/** A whole page. Pure and total: any text gives a page (maybe an empty one). */
export function parseRoff(text: string): RoffPage {
  const reader = new Reader();
  for (const line of text.split(/\r?\n/)) reader.line(line);
  return reader.finish();
}
