// The examples hover shows must be values systemd accepts: each is written into a unit of a type that
// takes it and analysed with the target release 261 (the newest, so every directive exists).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { systemdSchema } from '../../../server/src/schema/systemd';
import { emptyAssignment } from '../../../server/src/schema/systemd/emptyAssignment';
import { diagnose } from '../../helpers/analyzeText';

const FILE_FOR_SECTION: Readonly<Record<string, string>> = {
  Unit: 'x.service', Install: 'x.service', Service: 'x.service', Socket: 'x.socket', Timer: 'x.timer', Path: 'x.path',
  Mount: 'srv-x.mount', Automount: 'srv-x.automount', Swap: 'dev-x.swap', Slice: 'x.slice', Scope: 'x.scope',
};
// What a minimal unit of each type needs so that only the example line can be wrong.
const REQUIRED: Readonly<Record<string, string>> = {
  Service: 'ExecStart=/bin/true\n', Socket: 'ListenStream=9\n', Mount: 'What=/dev/x\nWhere=/srv/x\n', Swap: 'What=/dev/x\n',
  Timer: 'OnBootSec=1\n', Path: 'PathExists=/x\n', Automount: 'Where=/srv/x\n',
};

describe('systemd directive examples', () => {
  const withExamples = systemdSchema.directives.filter((d) => d.example !== undefined && d.placements.some((p) => p.status === 'active'));

  it('covers the directives whose syntax is not plain', () => {
    assert.ok(withExamples.length > 250, `only ${withExamples.length} examples`);
    for (const name of ['ExecStart', 'Environment', 'OnCalendar', 'CPUQuota', 'ConditionPathExists', 'LimitNOFILE', 'SystemCallFilter']) {
      assert.ok(withExamples.some((d) => d.name === name), name);
    }
  });

  it('gives only values the directive accepts', () => {
    const refused: string[] = [];
    for (const d of withExamples) {
      const placement = d.placements.find((p) => p.status === 'active' && FILE_FOR_SECTION[p.section])!;
      if (!placement) continue;
      const { section } = placement;
      const extra = section === 'Unit' || section === 'Install' ? `[Service]\n${REQUIRED.Service}` : REQUIRED[section] ?? '';
      const body = section === 'Unit' || section === 'Install' ? '' : extra;
      const text = `[${section}]\n${d.name}=${d.example}\n${body}${section === 'Unit' || section === 'Install' ? extra : ''}`;
      const problems = diagnose(`/etc/systemd/system/${FILE_FOR_SECTION[section]}`, text, 261).filter((p) => p.range.start.line === 1);
      if (problems.length) refused.push(`${d.name}=${d.example}: ${problems.map((p) => p.message).join('; ')}`);
    }
    assert.deepEqual(refused, []);
  });
});

describe('empty assignments', () => {
  it('tells the lists that an empty value clears from the dependencies it cannot', () => {
    assert.equal(emptyAssignment('ExecStart', true), 'clears-list');
    assert.equal(emptyAssignment('Environment', true), 'clears-list');
    assert.equal(emptyAssignment('After', true), 'ignored');
    assert.equal(emptyAssignment('Wants', true), 'ignored');
    assert.equal(emptyAssignment('Also', true), 'ignored');
    assert.equal(emptyAssignment('CapabilityBoundingSet', true), 'empty-set');
    assert.equal(emptyAssignment('Type', false), 'refused');
    assert.equal(emptyAssignment('Description', false), 'default');
  });
});
