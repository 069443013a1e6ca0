// The line-format service keeps what each open document was classified as: it must classify again
// when the document's language changes, and answer from the kept result otherwise.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineFormatService, type LineServiceSettings } from '../../../server/src/lineFormats/service';
import { english } from '../../../server/src/l10n/translator';

describe('line-format service', () => {
  it('classifies a document again when its language changes, and not otherwise', () => {
    const document = { uri: 'file:///tmp/a.conf', languageId: 'systemd-tmpfiles', getText: () => '' };
    const settings: LineServiceSettings = { version: 252, t: english, associations: [], scopeOf: () => undefined };
    const service = new LineFormatService(() => document, () => settings);
    const labels = () => service.completion(document.uri, { line: 0, character: 0 })?.map((i) => i.label);
    const tmpfiles = labels();
    assert.ok(tmpfiles?.includes('d') && tmpfiles.includes('L'), String(tmpfiles));
    assert.deepEqual(labels(), tmpfiles);
    document.languageId = 'systemd-sysusers';
    const sysusers = labels();
    assert.ok(sysusers?.includes('u') && sysusers.includes('g') && !sysusers.includes('L'), String(sysusers));
    document.languageId = 'plaintext';
    assert.equal(labels(), undefined);
  });
});
