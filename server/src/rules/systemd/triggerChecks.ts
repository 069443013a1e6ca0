// Timers and path units need something that fires (timer_verify(), path_verify() in src/core): a
// timer without a time setting, or a path unit without a path to watch, is refused as a whole.
import type { Entry, ParsedDocument } from '../../parse/model';
import type { Rule } from '../types';
import { parseBoolean } from '../../values/systemd/boolean';
import { effective, ignoredBySystemd } from './entries';
import { headerOf, isUnitOf, refusal, relatedEntry, type Related } from './refusal';

export const TIMER_WITHOUT_TIME = 'systemd/timer-without-time';
export const PATH_WITHOUT_PATH = 'systemd/path-without-path';

const TIMER_KEYS = ['OnActiveSec', 'OnBootSec', 'OnStartupSec', 'OnUnitActiveSec', 'OnUnitInactiveSec', 'OnCalendar'];
const PATH_KEYS = ['PathExists', 'PathExistsGlob', 'PathChanged', 'PathModified', 'DirectoryNotEmpty'];

/** The lines of a list shared by several keys. */
function sharedLines(doc: ParsedDocument, section: string, keys: string[]): Entry[] {
  return doc.sections.filter((s) => s.name === section).flatMap((s) => s.entries.filter((e) => keys.includes(e.key)));
}

/** Whether the shared list ends up non-empty: an empty assignment of any key clears them all, a line systemd cannot parse is ignored. */
function sharedListSet(lines: Entry[], section: string, version: number): boolean {
  const taken = lines.filter((e) => !ignoredBySystemd(section, e, version));
  return taken.length > 0 && taken[taken.length - 1].value !== '';
}

/** The written lines, as related information when systemd ignores or clears them all. */
function ignoredLines(lines: Entry[]): Related[] {
  return lines.filter((e) => e.value !== '').map((e) => relatedEntry(e, `${e.key}= is ignored or cleared`));
}

export const timerWithoutTime: Rule = {
  code: TIMER_WITHOUT_TIME,
  check(context) {
    if (!isUnitOf(context, 'timer')) return [];
    const { doc } = context;
    const version = context.settings.systemdVersion;
    const lines = sharedLines(doc, 'Timer', TIMER_KEYS);
    if (sharedListSet(lines, 'Timer', version)) return [];
    const on = (key: string) => { const e = effective(doc, 'Timer', key, version); return Boolean(e && parseBoolean(e.value)); };
    if (on('OnClockChange') || on('OnTimezoneChange')) return [];
    const why = lines.some((e) => e.value !== '') ? 'systemd ignores or clears every time setting here' : 'no OnCalendar=, OnBootSec=, OnUnitActiveSec= or other';
    return [refusal(context, headerOf(doc, 'Timer'),
      `The timer has nothing to elapse on (${why}; nor OnClockChange=yes): systemd refuses to load it.`,
      TIMER_WITHOUT_TIME, [], ignoredLines(lines))];
  },
};

export const pathWithoutPath: Rule = {
  code: PATH_WITHOUT_PATH,
  check(context) {
    if (!isUnitOf(context, 'path')) return [];
    const lines = sharedLines(context.doc, 'Path', PATH_KEYS);
    if (sharedListSet(lines, 'Path', context.settings.systemdVersion)) return [];
    const why = lines.some((e) => e.value !== '') ? 'systemd ignores or clears every path setting here' : 'no PathExists=, PathChanged=, PathModified=, DirectoryNotEmpty=, ...';
    return [refusal(context, headerOf(context.doc, 'Path'), `The path unit watches nothing (${why}): systemd refuses to load it.`,
      PATH_WITHOUT_PATH, [], ignoredLines(lines))];
  },
};
