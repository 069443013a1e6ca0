// What a client can apply of a unit's rename, from what it announced in initialize.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renameSupportOf } from '../../../server/src/features/renameSupport';

const FILE_RENAMES = { workspace: { workspaceEdit: { resourceOperations: ['rename', 'create', 'delete'] } } };

describe('rename support', () => {
  it('takes resourceOperations with rename as enough, with or without documentChanges', () => {
    assert.deepEqual(renameSupportOf(FILE_RENAMES, undefined), { renameFiles: true, folderProblem: undefined });
    assert.equal(renameSupportOf({ workspace: { workspaceEdit: { documentChanges: true } } }, undefined).renameFiles, false);
    for (const hostile of [null, 3, { workspace: null }, { workspace: { workspaceEdit: { resourceOperations: 'rename' } } }]) {
      assert.equal(renameSupportOf(hostile, { name: 'Neovim', version: '0.7.2' }).renameFiles, false);
    }
  });

  it('knows that Neovim before 0.9 cannot rename folders', () => {
    assert.match(renameSupportOf(FILE_RENAMES, { name: 'Neovim', version: '0.7.2' }).folderProblem ?? '', /^Neovim 0\.7\.2 cannot rename folders/);
    assert.match(renameSupportOf(FILE_RENAMES, { name: 'Neovim', version: '0.8.3' }).folderProblem ?? '', /cannot rename folders/);
    for (const fine of [{ name: 'Neovim', version: '0.9.0' }, { name: 'Neovim', version: '0.10.0-dev+g1234' }, { name: 'Neovim' }, { name: 'Visual Studio Code', version: '0.7.2' }, 'Neovim']) {
      assert.equal(renameSupportOf(FILE_RENAMES, fine).folderProblem, undefined, JSON.stringify(fine));
    }
  });
});
