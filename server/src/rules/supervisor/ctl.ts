// supervisorctl and the server it talks to: `[supervisorctl] serverurl` must reach the socket that
// `[unix_http_server] file` or `[inet_http_server] port` opens, and supervisorctl's commands need
// `[rpcinterface:supervisor]`. supervisord starts either way, so these are warnings.
import { dirname, normalize } from '../../util/posixPath';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Section } from '../../parse/model';
import { appendSettingsSection, appendToSection, diagnostic, replace, WARNING } from '../common/diagnostic';
import type { QuickFix, Rule } from '../types';
import { allSections, configSet, type ConfigFile } from './configSet';
import { entry } from './sections';

const DEFAULT_SERVERURL = 'http://localhost:9001';
const LOOPBACK = ['localhost', '127.0.0.1', '::1', '[::1]'];

interface Server {
  /** What serverurl should say to reach it. */
  url: string;
  matches(url: string, here: string | undefined): boolean;
}

function expandHere(value: string, here: string | undefined): string | undefined {
  const out = here === undefined ? value : value.split('%(here)s').join(here);
  return out.replace(/%\(here\)s/g, '').includes('%(') ? undefined : out;
}

function servers(sections: readonly { file: ConfigFile; section: Section }[], mainHere: string | undefined): Server[] {
  const found: Server[] = [];
  for (const { section } of sections) {
    if (section.name === 'unix_http_server') {
      const file = entry(section, 'file')?.value.trim();
      if (!file) continue;
      const path = expandHere(file, mainHere);
      if (path === undefined) continue;
      found.push({ url: `unix://${file}`, matches: (url, here) => {
        if (!url.startsWith('unix://')) return false;
        const target = expandHere(url.slice(7), here);
        return target !== undefined && normalize(target) === normalize(path);
      } });
    }
    if (section.name === 'inet_http_server') {
      const port = entry(section, 'port')?.value.trim();
      if (!port || port.includes('%(')) continue;
      const colon = port.lastIndexOf(':');
      const host = colon < 0 ? '' : port.slice(0, colon).toLowerCase();
      const number = port.slice(colon + 1);
      const anyHost = host === '' || host === '*';
      found.push({ url: `http://${anyHost ? 'localhost' : host}:${number}`, matches: (url) => {
        const m = /^http:\/\/([^/:]+|\[[^\]]*\])(?::(\d+))?/i.exec(url);
        if (!m || (m[2] ?? '80') !== String(parseInt(number, 10))) return false;
        const want = m[1].toLowerCase();
        return anyHost || want === host || (LOOPBACK.includes(want) && LOOPBACK.includes(host));
      } });
    }
  }
  return found;
}

export const serverurlMismatch: Rule = {
  code: 'supervisor/serverurl-mismatch',
  check(ctx) {
    const ctl = ctx.doc.sections.filter((s) => s.name === 'supervisorctl').pop();
    if (!ctl) return [];
    const set = configSet(ctx);
    const here = ctx.filePath ? dirname(ctx.filePath) : undefined;
    const mainHere = set.main?.path ? dirname(set.main.path) : here;
    const known = servers(allSections(set), mainHere);
    const given = entry(ctl, 'serverurl');
    const url = given ? given.value.trim() : DEFAULT_SERVERURL;
    if (url.includes('%(') && expandHere(url, here) === undefined) return [];
    if (known.length === 0) {
      if (!set.complete) return [];
      return [diagnostic(given ? given.valueRange : ctl.nameRange,
        'supervisorctl has nothing to connect to: this configuration has no [unix_http_server] or [inet_http_server].', WARNING)];
    }
    if (known.some((s) => s.matches(url, here))) return [];
    const fixes: QuickFix[] = known.map((server, i) => ({
      title: `Set serverurl = ${server.url}`, preferred: i === 0,
      edits: [given ? replace(given.valueRange, server.url) : appendToSection(ctx.doc, ctl, `serverurl = ${server.url}`)],
    }));
    const what = given ? `serverurl ${url}` : `Without serverurl, supervisorctl uses ${DEFAULT_SERVERURL}, which`;
    return [diagnostic(given ? given.valueRange : ctl.nameRange,
      `${what} does not reach the server this configuration opens (${known.map((s) => s.url).join(', ')}): supervisorctl will fail to connect.`,
      WARNING, fixes)];
  },
};

export const RPC_SECTION = 'rpcinterface:supervisor';
export const RPC_FACTORY_KEY = 'supervisor.rpcinterface_factory';
export const RPC_FACTORY_VALUE = 'supervisor.rpcinterface:make_main_rpcinterface';

export const missingRpcinterface: Rule = {
  code: 'supervisor/missing-rpcinterface',
  check(ctx) {
    const ctl = ctx.doc.sections.find((s) => s.name === 'supervisorctl');
    if (!ctl) return [];
    const set = configSet(ctx);
    if (!set.complete && !set.main?.current) return [];
    if (allSections(set).some(({ section }) => section.name === RPC_SECTION)) return [];
    const diagnostics: Diagnostic[] = [diagnostic(ctl.nameRange,
      `supervisorctl needs [${RPC_SECTION}] in supervisord's configuration; without it every command fails with UNKNOWN_METHOD.`, WARNING,
      [{ title: `Add [${RPC_SECTION}]`, preferred: true, edits: [appendSettingsSection(ctx.doc, RPC_SECTION, { [RPC_FACTORY_KEY]: RPC_FACTORY_VALUE }, true)] }])];
    return diagnostics;
  },
};
