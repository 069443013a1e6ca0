// The workspace index over an in-memory source: which places name a unit, a template's instances,
// links in .wants/ folders, and that a file is parsed again only when its stamp changes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkspaceIndex } from '../../../server/src/features/workspaceIndex';
import { memorySource } from '../../helpers/memoryIndexSource';

const WEB = '[Unit]\nAfter=network.target db.service\nRequires=db.service\nDescription=db.service is not a reference here\n';

describe('workspace index', () => {
  it('finds the unit in dependency values, drop-ins and links, and nowhere else', () => {
    const source = memorySource({
      '/w/db.service': '[Service]\nExecStart=/bin/true\n',
      '/w/web.service': WEB,
      '/w/web.service.d/x.conf': '[Unit]\nBindsTo=db.service\n',
    }, [
      { path: '/w/web.service.d', unitName: 'web.service', kind: 'd', origin: 'workspace', entries: ['x.conf'] },
      { path: '/w/app.target.wants', unitName: 'app.target', kind: 'wants', origin: 'workspace', entries: ['db.service', 'other.service'] },
    ]);
    const found = new WorkspaceIndex(source).unitReferences('db.service', 'system').map((r) => `${r.path}:${r.range.start.line}:${r.range.start.character}:${r.kind}`);
    assert.deepEqual(found, ['/w/web.service:1:21:value', '/w/web.service:2:9:value', '/w/web.service.d/x.conf:1:8:value', '/w/app.target.wants/db.service:0:0:link']);
  });

  it("a template's references include its instances, an instance's only itself", () => {
    const source = memorySource({ '/w/a.service': '[Unit]\nWants=job@x.service job@.service job@y.socket\n' });
    const index = new WorkspaceIndex(source);
    assert.deepEqual(index.unitReferences('job@.service', 'system').map((r) => r.name), ['job@x.service', 'job@.service']);
    assert.deepEqual(index.unitReferences('job@x.service', 'system').map((r) => r.name), ['job@x.service']);
  });

  it('parses a file again only when its stamp changes, and after forget', () => {
    const source = memorySource({ '/w/web.service': WEB });
    const index = new WorkspaceIndex(source);
    assert.equal(index.unitReferences('db.service', 'system').length, 2);
    assert.equal(index.unitReferences('db.service', 'system').length, 2);
    assert.deepEqual(source.reads, ['/w/web.service']);
    source.files['/w/web.service'] = '[Unit]\nAfter=db.service\n';
    assert.equal(index.unitReferences('db.service', 'system').length, 2, 'same stamp: the kept facts');
    source.stamps['/w/web.service'] = 'second';
    assert.equal(index.unitReferences('db.service', 'system').length, 1);
    index.forget(['/w/web.service']);
    index.unitReferences('db.service', 'system');
    assert.equal(source.reads.length, 3);
  });

  it('while following, reads again only what was reported or edited, and answers as a full scan would', () => {
    const source = memorySource({ '/w/web.service': WEB, '/w/other.service': '[Unit]\nWants=job@a.service\n' });
    const index = new WorkspaceIndex(source);
    index.follow();
    assert.equal(index.unitReferences('db.service', 'system').length, 2);
    source.files['/w/other.service'] = '[Unit]\nAfter=db.service\n';
    source.stamps['/w/other.service'] = 'second';
    assert.equal(index.unitReferences('db.service', 'system').length, 2, 'not reported: the kept facts');
    index.changed([{ path: '/w/other.service', change: 'changed' }]);
    assert.deepEqual(index.unitReferences('db.service', 'system').map((r) => r.path), ['/w/web.service', '/w/web.service', '/w/other.service']);
    assert.deepEqual(index.unitReferences('job@.service', 'system'), [], 'the instance it named is gone from the mentions');
    source.files['/w/web.service'] = '[Unit]\nDescription=edited\n';
    index.edited('/w/web.service');
    assert.deepEqual(index.unitReferences('db.service', 'system').map((r) => r.path), ['/w/other.service']);
    assert.equal(source.reads.length, 4, 'two first reads, one per change');
  });

  it('keeps only supervisor configs among the candidate files', () => {
    const source = memorySource({ '/w/supervisord.conf': '[supervisord]\n[program:a]\ncommand=x\n', '/w/nginx.conf': 'events {}\n' });
    assert.deepEqual(new WorkspaceIndex(source).supervisorConfigs().map((c) => c.path), ['/w/supervisord.conf']);
  });
});
