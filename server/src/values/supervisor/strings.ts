// Validators for names, paths, lists and other text values.
import type { ValueValidator } from '../types';
import { EVENT_TYPES } from '../../schema/supervisor/kinds';
import { at, commaItems, whole } from './issue';

const NAME_FORBIDDEN = [' ', ':', '/'];

/** process_or_group_name: stripped, then no space, colon or slash. */
export function nameProblem(name: string): { char: string; offset: number } | undefined {
  const lead = name.length - name.trimStart().length;
  const inner = name.trim();
  for (let i = 0; i < inner.length; i++) {
    if (NAME_FORBIDDEN.includes(inner[i])) return { char: inner[i], offset: lead + i };
  }
  return undefined;
}

export const processName: ValueValidator = (value, _spec, ctx) => {
  const problem = nameProblem(value);
  if (!problem) return [];
  const what = problem.char === ' ' ? 'a space' : `'${problem.char}'`;
  return [at(problem.offset, problem.offset + 1, `${ctx.key} may not contain ${what} (space, ':' and '/' break supervisorctl and the web UI).`)];
};

/** name_to_uid and friends: whether the account exists depends on the machine, so only emptiness is checked. */
export const user: ValueValidator = (value, _spec, ctx) =>
  value.trim() === '' ? whole(value, `${ctx.key} is empty: supervisord refuses an empty user name.`) : [];

export const userGroup: ValueValidator = (value, _spec, ctx) => {
  const [name, group] = value.split(':', 2);
  if (name.trim() === '' || (group !== undefined && group.trim() === '')) {
    return whole(value, `${ctx.key} takes 'user' or 'user:group'; supervisord refuses '${value}'.`);
  }
  return [];
};

/** existing_directory: an empty value can never name a folder. */
export const directory: ValueValidator = (value, _spec, ctx) =>
  value.trim() === '' ? whole(value, `${ctx.key} is empty: supervisord needs an existing folder here.`) : [];

export const anything: ValueValidator = () => [];

export const nonEmpty: ValueValidator = (value, _spec, ctx) =>
  value.trim() === '' ? whole(value, `${ctx.key} is empty.`, 'warning') : [];

const KNOWN_ENTRY_POINTS: Readonly<Record<string, readonly string[]>> = {
  'supervisor.rpcinterface': ['make_main_rpcinterface', 'SupervisorNamespaceRPCInterface'],
  'supervisor.dispatchers': ['default_handler'],
};

/** `module:attribute`, resolved by supervisord at startup; supervisor's own modules are known here. */
export const importSpec: ValueValidator = (value, _spec, ctx) => {
  // Trimmed first: `\s*` on both sides of optional parts made the old pattern cubic in a run of spaces.
  const m = /^([A-Za-z_][\w.]*)(?:\s*:\s*([A-Za-z_][\w.]*))?(?:\s*\[[^\]]*\])?$/.exec(value.trim());
  if (!m) return whole(value, `${ctx.key} takes a Python callable written 'package.module:function'; supervisord cannot resolve '${value}'.`);
  const known = KNOWN_ENTRY_POINTS[m[1]];
  if (known && m[2] !== undefined && !known.includes(m[2].split('.')[0])) {
    return whole(value, `'${m[1]}' has no '${m[2]}'; did you mean '${m[1]}:${known[0]}'?`);
  }
  return [];
};

/** `[group:x] programs=`: empty items name a program called '' that never exists. */
export const programList: ValueValidator = (value, _spec, ctx) => {
  if (value.trim() === '') return [];
  const empty = commaItems(value).find((item) => item.text === '');
  return empty ? [at(empty.start, empty.end, `${ctx.key} has an empty item (a stray comma); supervisord refuses it as an unknown program.`)] : [];
};

const EVENT_NAMES = EVENT_TYPES.map((e) => e.value);

export const events: ValueValidator = (value, _spec, ctx) => {
  if (value.trim() === '') return whole(value, `${ctx.key} is empty: an event listener must subscribe to at least one event type.`);
  for (const item of commaItems(value)) {
    if (!EVENT_NAMES.includes(item.text.toUpperCase())) {
      const message = item.text === '' ? 'Empty event type (a stray comma): supervisord refuses it.'
        : `'${item.text}' is not a supervisor event type (PROCESS_STATE, TICK_60, PROCESS_LOG, ...).`;
      return [at(item.start, item.end, message)];
    }
  }
  return [];
};

/** AUTO, NONE, OFF, syslog (deprecated) or a path whose folder must exist when supervisord starts. */
export const logfile: ValueValidator = (value, _spec, ctx) => {
  if (value.trim().toLowerCase() === 'syslog') {
    return whole(value, `${ctx.key}=syslog is deprecated: use ${ctx.key.replace('_logfile', '_syslog')}=true instead.`, 'warning');
  }
  return [];
};

/** A command line, split like a POSIX shell: an unclosed quote fails when the program is spawned. */
export const command: ValueValidator = (value, _spec, ctx) => {
  if (value.trim() === '') return whole(value, `${ctx.key} is empty: the program cannot start.`, 'warning');
  let quote: string | undefined;
  let opened = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '\\') i++;
    else if (c === '"' || c === "'") { quote = c; opened = i; }
  }
  return quote ? [at(opened, value.length, 'This quote is never closed: the command cannot be split into arguments when the program starts.', 'warning')] : [];
};
