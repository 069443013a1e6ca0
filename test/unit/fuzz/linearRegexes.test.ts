// The patterns rewritten to run in linear time accept exactly what the old ones did: each is compared
// with its old (super-linear, but fine on short text) form over many short random strings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify, pathOf } from '../../../server/src/classify/classify';
import { secondPass } from '../../../server/src/rules/supervisor/expansions';
import { checkExpansions } from '../../../server/src/values/supervisor';
import { importSpec } from '../../../server/src/values/supervisor/strings';
import { Rng } from '../../fuzz/prng';

function strings(seed: number, alphabet: string[], count = 4000, max = 12): string[] {
  const rng = new Rng(seed);
  return Array.from({ length: count }, () => Array.from({ length: rng.int(max + 1) }, () => rng.pick(alphabet)).join(''));
}

const OLD_IMPORT_SPEC = /^\s*([A-Za-z_][\w.]*)\s*(?::\s*([A-Za-z_][\w.]*))?\s*(?:\[[^\]]*\])?\s*$/;
const spec = { kind: 'import_spec' };
const ctx = { key: 'result_handler' } as Parameters<typeof importSpec>[2];

describe('linear rewrites accept what the old patterns did', () => {
  it('importSpec', () => {
    for (const value of strings(1, ['a', 'b', '_', '.', ':', ' ', '\t', '[', ']', '1', '!', 'supervisor.dispatchers'])) {
      const old = OLD_IMPORT_SPEC.exec(value);
      const issues = importSpec(value, spec, ctx);
      const refused = issues.some((i) => i.message.includes('cannot resolve'));
      assert.equal(refused, old === null, JSON.stringify(value));
    }
  });

  it('classification by content', () => {
    const alphabet = ['\n', '\r', '\r\n', ' ', '\t', '\u2028', '[', ']', 'Unit', 'Service', 'program', ':', 'x', 'supervisord', 'include'];
    // The old pattern, widened since on purpose: any case, and a misspelt [supervisord] ([supervisor], [supervisord:x]).
    const oldSupervisor = /^\s*\[(program|group|eventlistener|fcgi-program|rpcinterface|ctlplugin):[^\]]*\]|^\s*\[(supervisord?(:[^\]]*)?|supervisorctl|unix_http_server|inet_http_server|include)\]/im;
    const oldSystemd = /^\s*\[(Unit|Service|Socket|Timer|Path|Mount|Automount|Swap|Slice|Scope|Install)\]/m;
    for (const text of strings(2, alphabet, 6000, 10)) {
      const kind = classify('file:///plain/x.conf', text);
      // Old headers could run over line breaks; the parser never read those as headers.
      const multiLine = /\[(program|group|eventlistener|fcgi-program|rpcinterface|ctlplugin|supervisord?):[^\]]*[\r\n\u2028\u2029][^\]]*\]/i.test(text);
      const old = oldSupervisor.test(text) ? 'supervisor' : oldSystemd.test(text) ? 'systemd' : undefined;
      if (!multiLine) assert.equal(kind?.dialect, old, JSON.stringify(text));
    }
  });

  it('pathOf', () => {
    const oldPathOf = (uri: string) => {
      const match = /^[a-zA-Z][\w+.-]*:(?:\/\/[^/]*)?(.*)$/.exec(uri);
      return match && !/^[a-zA-Z]:[\\/]/.test(uri) ? match[1] : uri;
    };
    for (const uri of strings(3, ['file:', '//', '/', 'h', 'C:', '\\', 'a', '\n', ' ', 'untitled:', '%20', '.'], 4000, 6)) {
      let expected = oldPathOf(uri);
      try {
        expected = decodeURIComponent(expected);
      } catch {
        // kept as is, like pathOf does
      }
      assert.equal(pathOf(uri), expected, JSON.stringify(uri));
    }
  });

  it('the second expansion of [supervisord] environment=', () => {
    const oldSecondPass = (value: string) => {
      let once = '';
      const origin: number[] = [];
      for (let i = 0; i < value.length; i++) {
        if (value.startsWith('%%', i)) { once += '%'; origin.push(i); i++; continue; }
        const name = /^%\([^)]*\)[#0\- +]*\d*(?:\.\d+)?[a-zA-Z]/.exec(value.slice(i));
        if (name) { once += 'x'; origin.push(i); i += name[0].length - 1; continue; }
        once += value[i];
        origin.push(i);
      }
      return checkExpansions(once, { allowed: ['here', 'host_node_name', 'ENV_*'], key: 'environment' })
        .map((issue) => [origin[issue.start] ?? value.length, (origin[issue.end - 1] ?? value.length - 1) + 1]);
    };
    for (const value of strings(5, ['%', '%%', '(', ')', 'here', 'x', '0', '5', '.', 's', 'd', '-', ' ', '='], 4000, 10)) {
      assert.deepEqual(secondPass(value).map((i) => [i.start, i.end]), oldSecondPass(value), JSON.stringify(value));
    }
  });
});
