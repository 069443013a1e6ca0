// The host's own tmpfiles.d(5) or sysusers.d(5) entry for a type letter, under the hover, as unit
// hovers show their directive's entry: read through the server's ManualLibrary (never waits; a
// page still loading is named in `loading` so the hover can wait briefly and ask again).
import type { HoverManual } from '../features/manual/manualHover';
import { manPageUrl, onlinePageUrl, pageVersion } from '../features/manual/manualMarkdown';
import { renderBlocks, type RenderContext } from '../features/manual/roffMarkdown';
import { runsText, type Block } from '../features/manual/roffBlocks';
import type { Definition } from '../features/manual/manualEntry';
import { escapeMarkdown } from '../features/inlineText';
import type { Translator } from '../l10n/translator';

/** The entry whose term names the letter (`f, f+` names f), in page order. */
function search(blocks: Block[], letter: string): Definition | undefined {
  for (const block of blocks) {
    if (block.kind === 'definition') {
      if (runsText(block.term).split(/[\s,]+/).includes(letter)) return block;
      const inner = search(block.body, letter);
      if (inner) return inner;
    } else if (block.kind === 'list') {
      for (const item of block.items) {
        const inner = search(item, letter);
        if (inner) return inner;
      }
    }
  }
  return undefined;
}

/** `\n\n---\n\n` and the entry as Markdown, or '' (no such page on this host, no entry, or still loading). */
export function typeLetterManual(manual: HoverManual | undefined, page: 'tmpfiles.d' | 'sysusers.d', letter: string, t: Translator): string {
  if (!manual) return '';
  const loaded = manual.library.page(page, '5');
  if (loaded instanceof Promise) {
    manual.loading.push(loaded);
    return '';
  }
  if (!loaded) return '';
  const key = `${page}\u0000${letter}\u0000${t.locale}`;
  return manual.library.rendered(key, () => {
    let entry: Definition | undefined;
    for (const section of loaded.page.sections) if ((entry = search(section.blocks, letter))) break;
    if (!entry) return '';
    const release = pageVersion(loaded);
    const ctx: RenderContext = { footnotes: loaded.page.footnotes, manPageUrl: (name, s) => manPageUrl(name, s, release) };
    const link = `[${escapeMarkdown(`${page}(5)`)}](${onlinePageUrl(page, release)})`;
    const localized = loaded.locale ? ` (${escapeMarkdown(loaded.locale)})` : '';
    const source = release !== undefined ? t.format('From the systemd {release} manual on this machine', { release }) : t.format('From the manual on this machine');
    return `\n\n---\n\n*${source}${localized}: ${link}*\n\n${renderBlocks(entry.body, ctx)}`;
  });
}
