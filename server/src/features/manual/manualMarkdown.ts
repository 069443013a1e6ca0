// The manual's own entry for a directive, as it reads on this machine, with a line that says where
// it comes from and, when the units target another release, our notes on what differs there.
import type { DirectiveSpec, Version } from '../../schema/types';
import { versionWithin } from '../../schema/version';
import { codeSpan, escapeMarkdown } from '../inlineText';
import type { LoadedPage } from './library';
import type { Definition } from './manualEntry';
import { runsText } from './roffBlocks';
import { renderBlocks, renderRuns, type RenderContext } from './roffMarkdown';
import { english, type Translator } from '../../l10n/translator';

const FREEDESKTOP = 'https://www.freedesktop.org/software/systemd/man';
/** freedesktop.org keeps one copy of the pages per release from 247 on; older ones only as `latest`. */
const OLDEST_VERSIONED = 247;

/** Pages systemd ships, linked on freedesktop.org; others go to man7.org. */
const SYSTEMD_PAGE = /^(systemd|sd[-_]|org\.freedesktop\.|journal|(login|machine|network|hostname|locale|timedate|bus|coredump|home|portable|resolve|userdb|boot|oomd|run0|importctl|sysext|confext)ctl$|kernel-install$|os-release$|machine-id$|tmpfiles\.d$|sysusers\.d$|nss-|pam_systemd|udev|crypttab$|daemon$|bootup$|file-hierarchy$|hostname$|locale\.conf$|vconsole\.conf$|modules-load\.d$|binfmt\.d$|sysctl\.d$|environment\.d$|user@|repart\.d$|veritytab$|integritytab$|kernel-command-line$)/;

/** The online copy of a systemd page for `version` (a release number, or `latest`). */
export function onlinePageUrl(page: string, version: Version | undefined, anchor?: string): string {
  const release = typeof version === 'number' && version >= OLDEST_VERSIONED ? String(version) : 'latest';
  return `${FREEDESKTOP}/${release}/${page}.html${anchor ? `#${encodeURIComponent(anchor).replace(/%3D/g, '=')}` : ''}`;
}

/** Podman's documentation; a Quadlet file's target is a Podman release (`5.2.0`). */
const PODMAN_DOCS = 'https://docs.podman.io/en';

/** A schema manual URL (`.../man/latest/page.html#X=`) pointed at the target release. */
export function releaseManualUrl(url: string, version: Version | undefined): string {
  if (url.startsWith(`${PODMAN_DOCS}/latest/`)) {
    return typeof version === 'string' && /^\d+\.\d+\.\d+$/.test(version) ? url.replace(`${PODMAN_DOCS}/latest/`, `${PODMAN_DOCS}/v${version}/`) : url;
  }
  const release = typeof version === 'number' && version >= OLDEST_VERSIONED ? String(version) : undefined;
  return release && url.startsWith(`${FREEDESKTOP}/latest/`) ? url.replace(`${FREEDESKTOP}/latest/`, `${FREEDESKTOP}/${release}/`) : url;
}

export function manPageUrl(name: string, section: string, version: Version | undefined): string {
  if (SYSTEMD_PAGE.test(name)) return onlinePageUrl(name, version);
  const volume = /^\d/.exec(section)?.[0] ?? section;
  return `https://man7.org/linux/man-pages/man${volume}/${encodeURIComponent(name)}.${encodeURIComponent(section)}.html`;
}

/** The release a page describes: `.TH ... "systemd 252"`. */
export function pageVersion(page: LoadedPage): number | undefined {
  const m = /\bsystemd[ -](\d{3,})/.exec(page.page.source);
  return m ? Number(m[1]) : undefined;
}

const list = (items: string[]) => items.join(', ');

/** Our notes on how the target release differs from the release the manual describes. */
export function versionNotes(directive: DirectiveSpec, section: string | undefined, target: number, manual: number, t: Translator = english): string[] {
  const notes: string[] = [];
  const name = codeSpan(`${directive.name}=`);
  const placement = directive.placements.find((p) => p.section === section) ?? directive.placements[0];
  if (placement) {
    if (typeof placement.since === 'number' && placement.since > target) notes.push(t.format('{name} came in systemd {since}: systemd {target} does not know it.', { name, since: placement.since, target }));
    if (typeof placement.until === 'number' && placement.until < target) notes.push(t.format('systemd {target} no longer has {name} (the last release with it is {until}).', { name, until: placement.until, target }));
    if (placement.status === 'deprecated') notes.push(t.format('{name} is deprecated.', { name }));
  }
  const values = directive.value.values ?? [];
  const missing = values.filter((v) => !versionWithin(target, v.since, v.until));
  const newer = missing.filter((v) => typeof v.since === 'number' && v.since > target);
  const gone = missing.filter((v) => !newer.includes(v));
  if (newer.length) notes.push(t.format('Values systemd {target} does not accept yet: {values}.', { target, values: list(newer.map((v) => t.format('{value} (since {version})', { value: codeSpan(v.name), version: String(v.since) }))) }));
  if (gone.length) notes.push(t.format('Values systemd {target} no longer accepts: {values}.', { target, values: list(gone.map((v) => t.format('{value} (until {version})', { value: codeSpan(v.name), version: String(v.until) }))) }));
  if (target > manual) {
    const later = values.filter((v) => typeof v.since === 'number' && v.since > manual && v.since <= target);
    if (later.length) notes.push(t.format('Added after this manual, so not described in it: {values}.', { values: list(later.map((v) => `${codeSpan(v.name)} (${v.since})`)) }));
  }
  return notes;
}

export interface ManualMarkdownOptions {
  directive: DirectiveSpec;
  section: string | undefined;
  entry: Definition;
  page: LoadedPage;
  /** The release the units target. */
  target: Version;
}

/** The manual's entry as Markdown, under a line naming its source. */
export function manualMarkdown({ directive, section, entry, page, target }: ManualMarkdownOptions, t: Translator = english): string {
  const release = pageVersion(page);
  const ctx: RenderContext = { footnotes: page.page.footnotes, manPageUrl: (name, s) => manPageUrl(name, s, release) };
  const title = `${page.name}(${page.section})`;
  const link = `[${escapeMarkdown(title)}](${onlinePageUrl(page.name, release, `${directive.name}=`)})`;
  const localized = page.locale ? ` (${escapeMarkdown(page.locale)})` : '';
  const source = release !== undefined ? t.format('From the systemd {release} manual on this machine', { release }) : t.format('From the manual on this machine');
  const parts = [`*${source}${localized}: ${link}*`];
  if (typeof target === 'number' && release !== undefined && target !== release) {
    parts.push(t.format('**Your units target systemd {target}** ({setting}), this manual describes {release}.', { target, release, setting: '`daemonConfig.systemd.version`' }));
    const notes = versionNotes(directive, section, target, release, t);
    if (notes.length) parts.push(notes.map((n) => `- ${n}`).join('\n'));
  }
  // Several names in one entry: say which, since the text may speak of them together.
  if (runsText(entry.term).split(/[\s,]+/).filter((w) => w.endsWith('=')).length > 1) parts.push(renderRuns(entry.term, ctx));
  parts.push(renderBlocks(entry.body, ctx));
  return parts.filter(Boolean).join('\n\n');
}
