// StandardOutput=/StandardError=/StandardInput= with the `file:`, `append:` and `truncate:` forms: the
// path after the colon must be absolute and without `..` (systemd refuses the unit otherwise); `fd:NAME`
// needs a descriptor name.
import type { ValueValidator } from '../types';
import { validateEnum } from './enum';
import { error } from './issue';
import { pathProblem } from './pathRules';
import { expands } from './specifiers';

export const validateOutput: ValueValidator = (value, spec, context) => {
  const v = value.trim();
  if (v.startsWith('fd:') && !expands(v, context.key)) {
    const name = v.slice(3);
    return /^[\x20-\x7e]{0,255}$/.test(name) && !name.includes(':') ? [] : [error(`'${name}' is not a file descriptor name: printable ASCII without ':'.`, 0, value.length)];
  }
  const form = /^(file|append|truncate):/.exec(v);
  if (!form) return validateEnum(value, spec, context);
  const path = v.slice(form[0].length);
  if (expands(path, context.key)) return validateEnum(value, spec, context);
  const problem = pathProblem(path, 'absolute');
  return problem ? [error(`${context.key}=${form[1]}: needs an absolute path; systemd refuses '${path}': ${problem}.`, 0, value.length)]
    : validateEnum(value, spec, context);
};
