// Finding a directive's entry in a parsed page: systemd's pages give each setting a term line
// (`ExecStartPre=, ExecStartPost=`: several names may share one entry) and an indented body.
import type { Block, RoffPage } from './roffBlocks';
import { runsText } from './roffBlocks';

export type Definition = Extract<Block, { kind: 'definition' }>;

/** Whether the term line names `Name=` itself (not `Name=value`, not another name that ends like it). */
export function termNames(term: string, name: string): boolean {
  return term.split(/[\s,]+/).some((word) => word === `${name}=`);
}

function search(blocks: Block[], name: string): Definition | undefined {
  for (const block of blocks) {
    if (block.kind === 'definition') {
      if (termNames(runsText(block.term), name)) return block;
      const inner = search(block.body, name);
      if (inner) return inner;
    } else if (block.kind === 'list') {
      for (const item of block.items) {
        const inner = search(item, name);
        if (inner) return inner;
      }
    }
  }
  return undefined;
}

/** The entry documenting `name=` in the page, the first in page order. */
export function findEntry(page: RoffPage, name: string): Definition | undefined {
  for (const section of page.sections) {
    const found = search(section.blocks, name);
    if (found) return found;
  }
  return undefined;
}
