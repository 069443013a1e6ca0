// `%(name)s` expansions, checked the way Python's `value % expansions` treats them, since that is
// what supervisord runs on nearly every option it reads.
import type { ValueIssue } from '../types';
import { at } from './issue';

export const UNKNOWN_EXPANSION = 'supervisor/unknown-expansion';
export const BAD_FORMAT = 'supervisor/bad-format';

/** One `%...` directive in a value. */
export interface FormatSpec {
  start: number;
  end: number;
  /** The name inside `%(...)`, or undefined for a bare `%s`. */
  name?: string;
  nameStart?: number;
  /** The conversion letter, '' when the value ends first. */
  conversion: string;
  /** A `*` width or precision: Python needs a number argument there. */
  star: boolean;
}

/** Every `%` directive in order; `%%` (a literal percent sign) is skipped. */
export function scanFormat(value: string): FormatSpec[] {
  const specs: FormatSpec[] = [];
  let i = 0;
  while (i < value.length) {
    if (value[i] !== '%') { i++; continue; }
    const start = i++;
    if (value[i] === '%') { i++; continue; }
    const spec: FormatSpec = { start, end: start + 1, conversion: '', star: false };
    if (value[i] === '(') {
      let depth = 1;
      const nameStart = ++i;
      while (i < value.length && depth > 0) {
        if (value[i] === '(') depth++;
        else if (value[i] === ')') depth--;
        i++;
      }
      if (depth > 0) { spec.end = value.length; specs.push(spec); break; }
      spec.name = value.slice(nameStart, i - 1);
      spec.nameStart = nameStart;
    }
    while (i < value.length && '#0- +'.includes(value[i])) i++;
    if (value[i] === '*') { spec.star = true; i++; } else while (/\d/.test(value[i] ?? '')) i++;
    if (value[i] === '.') {
      i++;
      if (value[i] === '*') { spec.star = true; i++; } else while (/\d/.test(value[i] ?? '')) i++;
    }
    if (value[i] !== undefined && 'hlL'.includes(value[i])) i++;
    spec.conversion = value[i] ?? '';
    if (i < value.length) i++;
    spec.end = i;
    specs.push(spec);
  }
  return specs;
}

const CONVERSIONS = 'diouxXeEfFgGcrsa%';
const NUMERIC = 'diouxXeEfFgGc';
/** Expansions whose value is a number; all others are text. */
const NUMBER_NAMES = ['process_num', 'numprocs'];

export interface ExpansionOptions {
  /** Names the option expands (the record's `expansions`); `ENV_*` allows any environment name. */
  allowed: readonly string[];
  /** Option name, for messages. */
  key: string;
  /** `%(here)s` is replaced in every section when the configuration has an `[include]`. */
  hereEverywhere?: boolean;
}

export function checkExpansions(value: string, options: ExpansionOptions): ValueIssue[] {
  const issues: ValueIssue[] = [];
  const bad = (spec: FormatSpec, message: string): void => {
    issues.push({ ...at(spec.start, spec.end, message), code: BAD_FORMAT });
  };
  let bare = 0;
  for (const spec of scanFormat(value)) {
    if (spec.conversion === '') {
      bad(spec, spec.name === undefined && spec.end === spec.start + 1
        ? `A lone '%' ends ${options.key}: supervisord refuses it; write '%%' for a percent sign.`
        : `Incomplete '%(…)' expansion: it needs a closing ')' and a conversion letter such as 's'.`);
      continue;
    }
    // Python takes '%' as a conversion only in '%%' itself: '% %' or '%5%' raises.
    if (spec.conversion === '%') {
      bad(spec, `'${value.slice(spec.start, spec.end)}' is not a format supervisord understands: a percent sign is '%%', with nothing between.`);
      continue;
    }
    if (!CONVERSIONS.includes(spec.conversion)) {
      bad(spec, `'%${spec.conversion}' is not a format supervisord understands: write '%%' for a percent sign, or '%(name)s'.`);
      continue;
    }
    if (spec.star) { bad(spec, `'*' widths cannot be used in ${options.key}.`); continue; }
    if (spec.name === undefined) {
      bare++;
      if (bare > 1 || NUMERIC.includes(spec.conversion)) {
        bad(spec, `'${value.slice(spec.start, spec.end)}' without a (name): supervisord refuses it; write '%%' for a percent sign.`);
      } else {
        issues.push({ ...at(spec.start, spec.end, `'${value.slice(spec.start, spec.end)}' without a (name) is replaced by a dump of all expansions; write '%%' for a percent sign.`, 'warning'), code: BAD_FORMAT });
      }
      continue;
    }
    const name = spec.name;
    const nameStart = spec.nameStart ?? spec.start;
    const env = name.startsWith('ENV_') && options.allowed.includes('ENV_*');
    const known = env || options.allowed.includes(name) || (name === 'here' && options.hereEverywhere === true);
    if (!known) {
      const names = options.allowed.map((n) => `'%(${n})s'`).join(', ');
      issues.push({ ...at(nameStart, nameStart + name.length,
        `${options.key} cannot expand '${name}': supervisord refuses it. Names here: ${names || 'none'}.`), code: UNKNOWN_EXPANSION });
      continue;
    }
    if (NUMERIC.includes(spec.conversion) && !NUMBER_NAMES.includes(name)) {
      bad(spec, `'%(${name})' is text, so '${spec.conversion}' fails; use '%(${name})s'.`);
    }
  }
  return issues;
}
