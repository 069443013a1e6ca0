// Which configs make supervisorctl reach beyond the local supervisord, and the ask-once rule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLoopbackHost, LiveQueryConsent, liveQueryRisk, remoteServerOf, type LiveQueryRisk } from '../../../client/src/supervisor/consent';
import type { SupervisorFileInfo } from '../../../server/src/features/fileInfoProtocol';
import { inProcessFileInfo } from '../../helpers/fileInfoSource';

/** The risk of a config's text, as the language server reads it. */
const risk = async (text: string): Promise<LiveQueryRisk | undefined> => {
  const info = await inProcessFileInfo(() => [{ path: '/srv/app/supervisord.conf', text, languageId: 'supervisor-conf' }]).fileInfo('file:///srv/app/supervisord.conf');
  return liveQueryRisk((info as SupervisorFileInfo).supervisor);
};

describe('what a config makes supervisorctl do', () => {
  it('a unix socket or a loopback http server is local', async () => {
    assert.equal(await risk('[supervisorctl]\nserverurl=unix:///tmp/supervisor.sock\n'), undefined);
    assert.equal(await risk('[supervisorctl]\nserverurl=unix://%(here)s/s.sock\n'), undefined);
    assert.equal(await risk('[supervisorctl]\nserverurl=http://127.0.0.1:9001\n'), undefined);
    assert.equal(await risk('[supervisorctl]\nserverurl=http://localhost:9001\n'), undefined);
    assert.equal(await risk('[supervisorctl]\nserverurl=http://[::1]:9001\n'), undefined);
    assert.equal(await risk('[program:x]\ncommand=/bin/true\n'), undefined);
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', 'a.localhost', '::1', '[::1]']) assert.equal(isLoopbackHost(host), true, host);
    for (const host of ['10.0.0.1', 'example.com', 'localhost.example.com', '128.0.0.1']) assert.equal(isLoopbackHost(host), false, host);
  });

  it('a server on another host or a ctlplugin is named', async () => {
    assert.deepEqual(await risk('[supervisorctl]\nserverurl=http://supervisor.example.com:9001\n'), { remoteServer: 'http://supervisor.example.com:9001', plugins: [] });
    assert.deepEqual(await risk('[supervisorctl]\nserverurl = HTTPS://10.1.2.3\n'), { remoteServer: 'HTTPS://10.1.2.3', plugins: [] });
    assert.deepEqual(await risk('[ctlplugin:mine]\nsupervisor.ctl_factory = mine:make\n[supervisorctl]\n'), { remoteServer: undefined, plugins: ['mine'] });
    assert.equal(remoteServerOf('http://[bad'), 'http://[bad');
  });
});

function consentWith(answers: (boolean | undefined)[], riskOf: () => LiveQueryRisk | undefined = () => ({ remoteServer: 'http://x.example', plugins: [] })) {
  const stored = new Map<string, unknown>();
  const asked: string[] = [];
  const consent = new LiveQueryConsent(
    { get: (k) => stored.get(k), update: async (k, v) => void stored.set(k, v) },
    async (config) => {
      asked.push(config);
      return answers.shift();
    },
    async () => riskOf(),
  );
  return { consent, asked, stored };
}

describe('asking once per config before supervisorctl runs', () => {
  it('does not ask for a local config', async () => {
    const { consent, asked } = consentWith([], () => undefined);
    assert.equal(await consent.allowed('/a.conf'), true);
    assert.deepEqual(asked, []);
  });

  it('asks once, also when several queries start together, and remembers yes', async () => {
    const { consent, asked } = consentWith([true]);
    assert.deepEqual(await Promise.all([consent.allowed('/a.conf'), consent.allowed('/a.conf')]), [true, true]);
    assert.equal(await consent.allowed('/a.conf'), true);
    assert.equal(await consent.allowed('/a.conf', { explicit: true }), true);
    assert.deepEqual(asked, ['/a.conf']);
  });

  it('remembers no for automatic queries; a command asks again', async () => {
    const { consent, asked } = consentWith([false, true]);
    assert.equal(await consent.allowed('/a.conf'), false);
    assert.equal(await consent.allowed('/a.conf'), false);
    assert.deepEqual(asked, ['/a.conf']);
    assert.equal(await consent.allowed('/a.conf', { explicit: true }), true);
    assert.equal(await consent.allowed('/a.conf'), true);
    assert.equal(asked.length, 2);
  });

  it('a dismissed question is not asked again by automatic queries, nor remembered', async () => {
    const { consent, asked, stored } = consentWith([undefined, true]);
    assert.equal(await consent.allowed('/a.conf'), false);
    assert.equal(await consent.allowed('/a.conf'), false);
    assert.equal(stored.size, 0);
    assert.equal(await consent.allowed('/a.conf', { explicit: true }), true);
    assert.deepEqual(asked, ['/a.conf', '/a.conf']);
  });

  it('asks again when the config points somewhere else, and per config', async () => {
    let server = 'http://x.example';
    const { consent, asked } = consentWith([true, true, true], () => ({ remoteServer: server, plugins: [] }));
    assert.equal(await consent.allowed('/a.conf'), true);
    server = 'http://y.example';
    assert.equal(await consent.allowed('/a.conf'), true);
    assert.equal(await consent.allowed('/b.conf'), true);
    assert.deepEqual(asked, ['/a.conf', '/a.conf', '/b.conf']);
  });
});
