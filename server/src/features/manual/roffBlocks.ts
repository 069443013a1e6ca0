// The block structure of a man page read from roff: what the renderer and the entry lookup walk.
import type { Run } from './roffInline';

export type Block =
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'code'; text: string }
  | { kind: 'list'; ordered: boolean; items: Block[][] }
  /** A term and what it means: `.PP` + one line + `.RS`...`.RE`, `.TP`, or `.IP "tag"`. */
  | { kind: 'definition'; term: Run[]; body: Block[] }
  | { kind: 'table'; header: boolean; rows: Run[][][] }
  | { kind: 'heading'; runs: Run[] };

export interface RoffSection {
  name: string;
  blocks: Block[];
}

export interface RoffPage {
  /** `.TH` fields: title (`SYSTEMD.EXEC`), section (`5`), source (`systemd 252`). */
  title: string;
  section: string;
  source: string;
  sections: RoffSection[];
  /** Footnote number to URL, from the NOTES section DocBook writes for `\u[N]` marks. */
  footnotes: Map<number, string>;
}

/** The plain text of runs, as a reader sees it. */
export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}
