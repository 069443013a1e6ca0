// `environment=` read as supervisord reads it after expansion (dict_of_key_value_pairs), with the
// stand-ins of programValues.ts kept: they are not shlex word characters, so they travel through
// the parse as words made of letters and come back afterwards.
import { parseEnvironment } from '../values/supervisor/environment';
import { ENV_CLOSE, ENV_OPEN, HOST_MARK, INSTANCE_MARK } from './systemdWords';

const MARKS = [INSTANCE_MARK, HOST_MARK, ENV_OPEN, ENV_CLOSE];
const wordFor = (n: number) => `QdcMark${n}Q`;

export function environmentPairs(text: string): { pairs: Map<string, string>; problem?: string } {
  let hidden = text;
  MARKS.forEach((mark, n) => { hidden = hidden.split(mark).join(wordFor(n)); });
  const { pairs, issues } = parseEnvironment(hidden);
  const restore = (s: string) => MARKS.reduce((out, mark, n) => out.split(wordFor(n)).join(mark), s);
  const out = new Map<string, string>();
  for (const [key, value] of pairs) out.set(restore(key), restore(value));
  const error = issues.find((i) => i.severity === 'error');
  return error ? { pairs: out, problem: error.message } : { pairs: out };
}
