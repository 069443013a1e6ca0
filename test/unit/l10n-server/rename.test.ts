// What a rename refuses with, in Chinese: every reason a new unit name is refused (as rename.ts
// words it, `Cannot rename OLD: REASON.`) and the folder refusal for Neovim before 0.9 have a template.
// test/lsp/rename.test.ts checks the refusals a zh-cn client receives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MessageCatalog } from '../../../server/src/l10n/catalog';
import { translatorFor } from '../../../server/src/l10n/translator';
import { zhCnMessages, zhCnSchemaText } from '../../../server/src/l10n/zh-cn';
import { renameSupportOf } from '../../../server/src/features/renameSupport';
import { renamedUnitName, unitNameProblem } from '../../../server/src/features/unitNameRules';

const REFUSED: [string, string][] = [
  ['web.service', ''], ['web.service', 'x'.repeat(300)], ['web.service', 'a@b c.service'], ['web.service', 'a b'],
  ['web.service', 'web.socket'], ['web.service', 'web@1'], ['job@.service', 'task.service'], ['job@.service', '@'],
  ['notaunit', 'web.service'],
];

describe('zh-cn rename refusals', () => {
  const catalog = new MessageCatalog(zhCnMessages(), zhCnSchemaText());

  it('has a template for every reason a new unit name is refused', () => {
    const problems = REFUSED.map(([old, typed]) => {
      const checked = renamedUnitName(old, typed);
      assert.ok('problem' in checked, `${old} -> ${typed}`);
      return `Cannot rename ${old}: ${checked.problem}.`;
    });
    // Reasons a typed name cannot reach (the old type is added to it), worded the same way.
    for (const name of ['web.nope', '.service']) problems.push(`Cannot rename web.service: ${name} is not a valid unit name: ${unitNameProblem(name)}.`);
    assert.deepEqual(problems.flatMap((p) => catalog.untranslated(p)), []);
    // No English left around the names: each reason was matched as a whole, not from its first word.
    assert.deepEqual(problems.map((p) => catalog.translate(p)).filter((zh) => / (is|the|a|name|rename) /.test(zh)), []);
  });

  it('has the notes shown after a unit\'s rename, in their singular and plural forms', () => {
    const notes = [
      'Renamed in the workspace only: 1 reference in 1 file of the host\'s unit folders stay as they are (such as /etc/systemd/system/a.service).',
      'Renamed in the workspace only: 3 references in 1 file of the host\'s unit folders stay as they are (such as /etc/systemd/system/a.service).',
      'Renamed in the workspace only: 3 references in 2 files of the host\'s unit folders stay as they are (such as /etc/systemd/system/a.service).',
      'web.timer starts web.service by sharing its name: rename it as well, or add Unit=site.service to its [Timer] section.',
    ];
    assert.deepEqual(notes.flatMap((n) => catalog.untranslated(n)), []);
    assert.equal(catalog.translate(notes[2]), '只在工作区中重命名：主机单元文件夹中 2 个文件里的 3 处引用保持不变（例如 /etc/systemd/system/a.service）。');
  });

  it('says why Neovim before 0.9 cannot move the folder, in Chinese', () => {
    const support = renameSupportOf({ workspace: { workspaceEdit: { resourceOperations: ['rename'] } } }, { name: 'Neovim', version: '0.7.2' });
    const message = `Renaming web.service moves web.service.d/, and ${support.folderProblem}: rename that folder yourself, then the unit.`;
    assert.equal(translatorFor('zh-cn').message(message), '重命名 web.service 会移动 web.service.d/，而Neovim 0.7.2 无法重命名文件夹（它会因 E502 中途停止）：请先自己重命名该文件夹，再重命名单元。');
  });
});
