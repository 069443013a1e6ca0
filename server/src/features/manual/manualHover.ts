// The manual's part of a directive hover, and the short wait for a page that is still loading.
import type { DirectiveSpec, Version } from '../../schema/types';
import type { ManualLibrary } from './library';
import { manualMarkdown } from './manualMarkdown';
import { english, type Translator } from '../../l10n/translator';

export interface HoverManual {
  library: ManualLibrary;
  /** Loads the hover found under way; the caller may wait for them and ask again. */
  loading: Promise<unknown>[];
}

/** The manual's entry for the directive under a rule, or '' (none on this host, or still loading). */
export function manualSection(manual: HoverManual | undefined, directive: DirectiveSpec, section: string | undefined, target: Version,
  t: Translator = english): string {
  if (!manual) return '';
  const found = manual.library.lookup(directive, section);
  if (found.state === 'loading') manual.loading.push(found.done);
  if (found.state !== 'found') return '';
  const key = `${found.page.name}\u0000${directive.name}\u0000${section ?? ''}\u0000${target}\u0000${t.locale}`;
  return manual.library.rendered(key, () => `\n\n---\n\n${manualMarkdown({ directive, section, entry: found.entry, page: found.page, target }, t)}`);
}

/** How long a hover may wait for pages to load before it answers without them. */
export const MANUAL_WAIT_MS = 200;

/**
 * Runs `compute`; when it found a page still loading, waits for the loads (at most `waitMs` in
 * all) and computes again, so that a first hover usually shows the manual and never hangs on disk.
 */
export async function withManual<T>(library: ManualLibrary, compute: (manual: HoverManual) => T, waitMs = MANUAL_WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const manual: HoverManual = { library, loading: [] };
    const result = compute(manual);
    const left = deadline - Date.now();
    if (manual.loading.length === 0 || left <= 0) return result;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), left); });
    const outcome = await Promise.race([Promise.all(manual.loading).then(() => 'loaded' as const), timeout]);
    clearTimeout(timer);
    if (outcome === 'late') return result;
  }
}
