// Section types of supervisord.conf, with summaries in our own words and manual anchors.
import type { SectionSpec } from '../types';

export const MANUAL = 'http://supervisord.org/configuration.html';

/** Manual anchor per section type. */
export const SECTION_ANCHORS: Readonly<Record<string, string>> = {
  unix_http_server: 'unix-http-server-section-settings',
  inet_http_server: 'inet-http-server-section-settings',
  supervisord: 'supervisord-section-settings',
  supervisorctl: 'supervisorctl-section-settings',
  program: 'program-x-section-settings',
  include: 'include-section-settings',
  group: 'group-x-section-settings',
  'fcgi-program': 'fcgi-program-x-section-settings',
  eventlistener: 'eventlistener-x-section-settings',
  rpcinterface: 'rpcinterface-x-section-settings',
  ctlplugin: 'rpcinterface-x-section-settings',
};

export function manualFor(section: string): string {
  const anchor = SECTION_ANCHORS[section];
  return anchor ? `${MANUAL}#${anchor}` : MANUAL;
}

const spec = (name: string, summary: string, takesName = false): SectionSpec =>
  ({ name, takesName, summary, manual: manualFor(name) });

export const SECTIONS: readonly SectionSpec[] = [
  spec('unix_http_server', 'Serve the control interface on a UNIX domain socket (what supervisorctl uses locally).'),
  spec('inet_http_server', 'Serve the control interface over TCP, for remote supervisorctl or the web page.'),
  spec('supervisord', 'Settings of the supervisord daemon itself: its log, pid file, user and limits.'),
  spec('supervisorctl', 'Settings of the supervisorctl client: which supervisord to talk to and how.'),
  spec('program', 'One program supervisord starts and keeps running; the name after the colon identifies it.', true),
  spec('fcgi-program', 'A FastCGI program: supervisord opens the socket and its processes inherit it.', true),
  spec('eventlistener', 'A process that receives supervisor events (state changes, ticks, logs) on its standard input.', true),
  spec('group', 'Gathers programs under one name so they can be started and stopped together.', true),
  spec('include', 'Reads more configuration files, typically `conf.d/*.conf` with one program each.'),
  spec('rpcinterface', 'Loads an XML-RPC interface into supervisord; `[rpcinterface:supervisor]` is the one supervisorctl needs.', true),
  spec('ctlplugin', 'Loads a plugin that adds commands to supervisorctl.', true),
];

/** Section types whose extra keys go to a factory as keyword arguments, so any key is allowed. */
export const OPEN_SECTIONS: readonly string[] = ['rpcinterface', 'ctlplugin'];
