// DeviceAllow= (`DEVICE [rwm]`: a node under /dev, or char-NAME / block-NAME) and CPU or NUMA
// node sets (`0-3 5,7`: indices or ranges, low before high) as parse_cpu_set_extend() reads them.
import { expands } from './specifiers';
import type { ValueIssue, ValueValidator } from '../types';
import { parseCInteger } from './cnumber';
import { error, quotedWords } from './issue';
import { pathProblem } from './pathRules';

export const validateDeviceAllow: ValueValidator = (value, _spec, context) => {
  const { words, unbalanced } = quotedWords(value);
  if (unbalanced || words.length === 0) return [error('Unbalanced quotes.', 0, value.length)];
  const [device] = words;
  const issues: ValueIssue[] = [];
  if (!/^(block|char)-/.test(device.text) && !expands(device.text, context.key)
    && (!device.text.startsWith('/dev/') || pathProblem(device.text, 'absolute'))) {
    issues.push(error(`'${device.text}' is not a device node under /dev, nor char-NAME or block-NAME.`, device.start, device.end));
  }
  const rights = value.slice(device.end).trim();
  if (rights !== '' && !/^[rwm]+$/.test(rights)) {
    const at = value.indexOf(rights, device.end);
    issues.push(error(`'${rights}' are not device rights: use r, w and m.`, at, at + rights.length));
  }
  return issues;
};

/** safe_atou() for a CPU index. */
function cpuIndex(text: string): bigint | undefined {
  const n = parseCInteger(text, true);
  return n !== undefined && n <= 4_294_967_295n ? n : undefined;
}

/** The problem with one `N` or `N-M` item, or undefined. */
function rangeProblem(item: string): string | undefined {
  const dash = item.indexOf('-');
  const low = cpuIndex(dash < 0 ? item : item.slice(0, dash));
  const high = dash < 0 ? low : cpuIndex(item.slice(dash + 1));
  if (low === undefined || high === undefined) return `'${item}' is not an index or a range such as 0-3`;
  if (low > high) return `the range '${item}' runs backwards`;
  if (high >= 8192n) return `'${item}' is beyond the highest index systemd takes`;
  return undefined;
}

/** CPUAffinity= also takes `numa`; the others only indices and ranges. */
export function cpuSetValidator(words: readonly string[]): ValueValidator {
  return (value, _spec, context) => {
    const { words: items, unbalanced } = quotedWords(value.replace(/,/g, ' '));
    if (unbalanced) return [error('Unbalanced quotes.', 0, value.length)];
    if (items.length === 1 && words.includes(items[0].text)) return [];
    for (const item of items) {
      if (expands(item.text, context.key) || item.text.includes('\\')) continue; // escapes: left to systemd
      const problem = rangeProblem(item.text);
      if (problem) return [error(`${context.key}= refuses the line: ${problem}.`, item.start, item.end)];
    }
    return [];
  };
}
