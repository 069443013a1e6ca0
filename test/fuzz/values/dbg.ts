import { mkdtempSync, readFileSync } from 'node:fs';
import { directivesAt } from './directives';
import { judge } from './oracle';
async function main() {
  const text = readFileSync('test/unit/values-systemd/exact.test.ts', 'utf8');
  const dirs = new Map(directivesAt(252).map((d) => [d.name, d]));
  const cases: { directive: ReturnType<typeof directivesAt>[number]; value: string; want: string }[] = [];
  for (const m of text.matchAll(/(accepts|refuses|warns)\('(\w+)', '(\w+)', \[(.*?)\](, (\d+))?\)/g)) {
    if (m[6] && m[6] !== '252') continue;
    const values = new Function(`return [${m[4]}]`)() as string[];
    const d = dirs.get(m[3]);
    if (!d) { console.log('no directive', m[3]); continue; }
    for (const value of values) cases.push({ directive: d, value, want: m[1] === 'accepts' ? 'ok' : m[1] === 'refuses' ? 'error' : 'warning' });
  }
  const { judged } = await judge(mkdtempSync('/tmp/vf/t'), cases.map(({ directive, value }) => ({ directive, value })), { perFile: 1 });
  for (const j of judged) {
    const c = cases.find((x) => x.directive === j.directive && x.value === j.value);
    if (c && c.want !== j.oracle) console.log('MISMATCH', j.directive.name, JSON.stringify(j.value), 'want', c.want, 'systemd', j.oracle, j.messages.join(' / '));
  }
  console.log('checked', judged.length, 'of', cases.length);
}
void main();
