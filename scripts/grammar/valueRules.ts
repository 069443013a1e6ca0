// The grammar rules that colour a value as a constant only where the schema says that word is a
// value of that directive (`Restart=no`, `PrivateTmp=yes`, `autostart=true`), never inside free
// text (`Description=Getty on %I`). The names come from the schemas; gen-grammar.ts writes them
// into syntaxes/*.tmLanguage.json and a unit test fails when the files drift from the schemas.
import { supervisorSchema } from '../../server/src/schema/supervisor';
import { systemdSchema } from '../../server/src/schema/systemd';
import type { DirectiveSpec } from '../../server/src/schema/types';
import { BOOLEAN_WORDS } from '../../server/src/values/systemd/boolean';
import { FALSE_WORDS, TRUE_WORDS } from '../../server/src/schema/supervisor/kinds';

/** The conditions and asserts that take a boolean (they share the `condition` kind with the others). */
const BOOLEAN_CONDITIONS = new Set(['ConditionACPower', 'AssertACPower', 'ConditionFirstBoot', 'AssertFirstBoot']);

export interface BeginEndRule {
  begin: string;
  beginCaptures: Record<string, { name: string }>;
  end: string;
  contentName: string;
  patterns: { match: string; name: string }[];
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation, longest first so a name is never cut short by one of its prefixes. */
function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');
}

function takesBoolean(d: DirectiveSpec, booleanWords: readonly string[]): boolean {
  if (d.value.kind === 'boolean' || d.value.booleans || BOOLEAN_CONDITIONS.has(d.name)) return true;
  return (d.value.values ?? []).some((v) => booleanWords.includes(v.name.toLowerCase()));
}

/** systemd: names whose value may be a boolean word, and that word as the whole value. */
export function systemdBooleanRule(): BeginEndRule {
  const names = systemdSchema.directives.filter((d) => takesBoolean(d, BOOLEAN_WORDS)).map((d) => d.name);
  const words = `(?i:${alternation(BOOLEAN_WORDS)})`;
  return {
    begin: `^\\s*(${alternation(names)})\\s*(=)(?=[ \\t]*${words}[ \\t]*$)`,
    beginCaptures: {
      1: { name: 'support.type.property-name.systemd' },
      2: { name: 'keyword.operator.assignment.systemd' },
    },
    end: '$',
    contentName: 'string.unquoted.value.systemd',
    patterns: [{ match: `(?<=^|[\\s=])${words}(?=\\s|$)`, name: 'constant.language.boolean.systemd' }],
  };
}

/** supervisor: one rule per value kind with fixed words: booleans, autorestart, log files. */
export function supervisorValueRules(): Record<string, BeginEndRule> {
  const booleanWords = [...TRUE_WORDS, ...FALSE_WORDS];
  const named = (kind: string) => supervisorSchema.directives.filter((d) => d.value.kind === kind).map((d) => d.name);
  // supervisord lowercases option names and reads `=` or `:`; an inline comment needs a blank before it.
  const rule = (names: string[], words: string[], scope: string): BeginEndRule => {
    const word = `(?i:${alternation(words)})`;
    return {
      begin: `^\\s*(?i:(${alternation(names)}))\\s*([=:])(?=[ \\t]*${word}[ \\t]*(?:$|[ \\t][;#]))`,
      beginCaptures: {
        1: { name: 'support.type.property-name.supervisor' },
        2: { name: 'keyword.operator.assignment.supervisor' },
      },
      end: '$',
      contentName: 'string.unquoted.value.supervisor',
      patterns: [
        { match: '(?<=\\s)[;#].*$', name: 'comment.line.supervisor' },
        { match: `(?<=^|[\\s=:])${word}(?=\\s|$)`, name: scope },
      ],
    };
  };
  const words = (kind: string) => supervisorSchema.directives.find((d) => d.value.kind === kind)?.value.values?.map((v) => v.name) ?? [];
  return {
    booleanAssignment: rule(named('boolean'), booleanWords, 'constant.language.boolean.supervisor'),
    autorestartAssignment: rule(named('auto_restart'), [...booleanWords, ...words('auto_restart')], 'constant.language.supervisor'),
    logfileAssignment: rule(named('logfile'), [...words('logfile'), 'OFF'], 'constant.language.supervisor'),
  };
}
