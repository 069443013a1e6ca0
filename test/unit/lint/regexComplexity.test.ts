// The local lint rule that keeps super-linear regular expressions out (scripts/eslint-rules/).
import { describe, it } from 'node:test';
import { RuleTester } from 'eslint';

// RuleTester declares its cases through the test framework's describe/it.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } });

const flagged = (code: string, ...messageIds: string[]) => ({ code, errors: messageIds.map((messageId) => ({ messageId })) });

// The rule is an ES module (eslint.config.mjs loads it as is); this test file is CommonJS.
describe('regex-complexity rule', async () => {
  const { default: rule } = await import('../../../scripts/eslint-rules/regex-complexity.mjs');
  tester.run('local/regex-complexity', rule, {
    valid: [
      // Separated by a required character, or over classes that share nothing.
      'const a = /^\\s*([A-Za-z_][\\w.]*)(?:\\s*:\\s*([A-Za-z_][\\w.]*))?$/;',
      'const b = /^(\\w+)=(\\d+)$/;',
      'const c = /^[a-z]+\\d+$/;',
      'const d = /"[^"]*"/g;',
      // A repetition that needs a separator each time.
      'const e = /^\\d+(?:\\.\\d+)*$/;',
      'const f = /^(?:,[^,]*)*$/;',
      // A run nothing after it can fail on.
      'const g = /\\s+/g;',
      'const h = /x[^y]*/;',
      // Anchored once, or at a lookbehind that rules out starts inside the run.
      'const i = /^\\s+$/;',
      'const j = /(?<!\\d)\\d+$/;',
      "const k = /^['\"]+|(?<!['\"])['\"]+$/g;",
      // With `m`, indentation that cannot cross a line break.
      'const l = /^[^\\S\\r\\n\\u2028\\u2029]*\\[/m;',
      // Sticky patterns start where they are told.
      'const m = /[#0\\- +]*(?:[1-9]\\d*)?[a-z]/y;',
      // Bounded repetition is not a run.
      'const n = /^\\s{0,3}\\s{0,3}x$/;',
      'const o = new RegExp("^\\\\d+\\\\s*$");',
      // A string built at run time is not judged.
      'const p = new RegExp(source);',
    ],
    invalid: [
      flagged('const a = /^\\s*\\s+$/;', 'adjacent'),
      flagged('const b = /^a\\s*.*!$/;', 'adjacent'),
      flagged('const c = /^x[^x]*\\s*!$/;', 'adjacent'),
      // The importSpec: `\\s*` on both sides of an optional part.
      flagged('const d = /^\\s*([A-Za-z_][\\w.]*)\\s*(?::\\s*([A-Za-z_][\\w.]*))?\\s*(?:\\[[^\\]]*\\])?\\s*$/;', 'adjacent'),
      // Flags and width both take '0' (the client's % expansion).
      flagged('const e = /%([#0\\- +]*)(\\d*)([a-z])/y;', 'adjacent'),
      // configparser's option line.
      flagged('const f = /^(.*?)\\s*([=:])\\s*(.*)$/;', 'adjacent', 'adjacent'),
      flagged('const g = /^(a+)+$/;', 'nested'),
      flagged('const h = /^(?:\\s*\\w+)*$/;', 'nested'),
      // The classify: `^\\s*` with `m` runs over the blank lines below each line start.
      flagged('const i = /^\\s*\\[(Unit|Service)\\]/m;', 'restart'),
      flagged('const j = /^\\s+|\\s+$/g;', 'restart'),
      flagged('const k = /\\s*,\\s*/;', 'restart'),
      flagged('const l = /x[^y]*z/;', 'restart'),
      flagged('const m = /%\\([^)]*\\)s/;', 'restart'),
      flagged('const n = new RegExp("\\\\s+$");', 'restart'),
      flagged('const o = RegExp("^(\\\\d+)+$", "u");', 'nested'),
    ],
  });
});
