// Every reason a conversion is refused has a zh-cn template (the titles are checked in convertActions.test.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { programToUnit } from '../../../server/src/convert/toSystemd';
import { serviceToProgram } from '../../../server/src/convert/toSupervisor';
import { MessageCatalog } from '../../../server/src/l10n/catalog';
import { zhCnMessages, zhCnSchemaText } from '../../../server/src/l10n/zh-cn';
import { parseSupervisor } from '../../../server/src/parse/supervisor';
import { parseSystemd } from '../../../server/src/parse/systemd';

describe('zh-cn covers the refusals of the conversions', () => {
  it('translates every refusal', () => {
    const refusals: string[] = [];
    for (const body of ['directory=/tmp', 'command=/bin/echo "open', 'command=%(foo)s', 'command=%(ENV_BIN)s/app', 'command=bin/app']) {
      const result = programToUnit(parseSupervisor(`[program:x]\n${body}\n`).sections[0], { names: {}, source: '/w/x.conf' });
      assert.ok('refusal' in result, body);
      refusals.push(result.refusal);
    }
    const services: [string, string][] = [['x.service', 'Type=oneshot\nExecStart=/bin/true'], ['x.service', 'Type=forking\nExecStart=/bin/true'],
      ['x.service', 'Type=dbus\nExecStart=/bin/true'], ['x.service', 'Type=idle\nExecStart=/bin/true'], ['x.service', 'Type=odd\nExecStart=/bin/true'],
      ['x@.service', 'ExecStart=/bin/true'], ['x.service', 'User=a'], ['x.service', 'ExecStart="/bin/true'], ['x.service', 'ExecStart=/bin/echo a " #b"'], ['a:b.service', 'ExecStart=/bin/true']];
    for (const [name, body] of services) {
      const result = serviceToProgram(parseSystemd(`[Service]\n${body}\n`), name);
      assert.ok('refusal' in result, body);
      refusals.push(result.refusal);
    }
    const catalog = new MessageCatalog(zhCnMessages(), zhCnSchemaText());
    assert.deepEqual(refusals.flatMap((r) => catalog.untranslated(r)), []);
  });
});
