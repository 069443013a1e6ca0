// Timers and path units need something that fires (timer_verify(), path_verify() in src/core): a
// timer without a time setting, or a path unit without a path to watch, is refused as a whole.
import type { ParsedDocument } from '../../parse/model';
import type { Rule } from '../types';
import { parseBoolean } from '../../values/systemd/boolean';
import { effective } from './entries';
import { headerOf, isUnitOf, refusal } from './refusal';

export const TIMER_WITHOUT_TIME = 'systemd/timer-without-time';
export const PATH_WITHOUT_PATH = 'systemd/path-without-path';

const TIMER_KEYS = ['OnActiveSec', 'OnBootSec', 'OnStartupSec', 'OnUnitActiveSec', 'OnUnitInactiveSec', 'OnCalendar'];
const PATH_KEYS = ['PathExists', 'PathExistsGlob', 'PathChanged', 'PathModified', 'DirectoryNotEmpty'];

/** Whether a list shared by several keys ends up non-empty: an empty assignment of any of them clears them all. */
function sharedListSet(doc: ParsedDocument, section: string, keys: string[]): boolean {
  const all = doc.sections.filter((s) => s.name === section).flatMap((s) => s.entries.filter((e) => keys.includes(e.key)));
  return all.length > 0 && all[all.length - 1].value !== '';
}

export const timerWithoutTime: Rule = {
  code: TIMER_WITHOUT_TIME,
  check(context) {
    if (!isUnitOf(context, 'timer')) return [];
    const { doc } = context;
    if (sharedListSet(doc, 'Timer', TIMER_KEYS)) return [];
    const on = (key: string) => { const e = effective(doc, 'Timer', key); return Boolean(e && parseBoolean(e.value)); };
    if (on('OnClockChange') || on('OnTimezoneChange')) return [];
    return [refusal(context, headerOf(doc, 'Timer'),
      'The timer has no OnCalendar=, OnBootSec=, OnUnitActiveSec= or other time setting (nor OnClockChange=yes): systemd refuses to load it.',
      TIMER_WITHOUT_TIME)];
  },
};

export const pathWithoutPath: Rule = {
  code: PATH_WITHOUT_PATH,
  check(context) {
    if (!isUnitOf(context, 'path') || sharedListSet(context.doc, 'Path', PATH_KEYS)) return [];
    return [refusal(context, headerOf(context.doc, 'Path'),
      'The path unit watches nothing (no PathExists=, PathChanged=, PathModified=, DirectoryNotEmpty=, ...): systemd refuses to load it.',
      PATH_WITHOUT_PATH)];
  },
};
