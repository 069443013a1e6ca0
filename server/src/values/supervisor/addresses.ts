// Validators for addresses: `[inet_http_server] port`, `serverurl`, and fcgi-program `socket`.
import type { ValueValidator } from '../types';
import { whole } from './issue';
import { isPythonInt, pythonInt } from './python';

function portIssue(port: string): string | undefined {
  if (!isPythonInt(port)) return `'${port}' is not a port number.`;
  const n = pythonInt(port);
  return n < 1 || n > 65535 ? `Port ${n} is outside 1..65535.` : undefined;
}

/** `[host:]port`, as supervisor's inet_address reads it. */
export const inetAddress: ValueValidator = (value, _spec, ctx) => {
  const colon = value.lastIndexOf(':');
  const port = colon < 0 ? value : value.slice(colon + 1);
  if (colon >= 0 && port === '') return whole(value, `${ctx.key} needs a port number after ':'.`);
  const problem = portIssue(port);
  return problem ? whole(value, `${ctx.key} takes '[host:]port': ${problem}`) : [];
};

/**
 * Where supervisorctl (or a child, via SUPERVISOR_SERVER_URL) reaches supervisord. Only `unix://`
 * and `http://` work. supervisord itself does not check it, so problems are warnings.
 */
export const url: ValueValidator = (value, spec, ctx) => {
  const text = value.trim();
  if (spec.values?.some((v) => v.name.toLowerCase() === text.toLowerCase())) return [];
  if (text.startsWith('unix://')) {
    return text.length > 'unix://'.length ? []
      : whole(value, `${ctx.key}: 'unix://' needs the socket path, as in 'unix:///run/app/supervisor.sock'.`, 'warning');
  }
  const http = /^http:\/\/([^/:]*)(?::([^/]*))?(\/.*)?$/i.exec(text);
  if (http) {
    if (http[1] === '') return whole(value, `${ctx.key}: the URL names no host.`, 'warning');
    const problem = http[2] !== undefined ? portIssue(http[2]) : undefined;
    return problem ? whole(value, `${ctx.key}: ${problem}`, 'warning') : [];
  }
  return whole(value, `${ctx.key} takes 'unix:///path/to.sock' or 'http://host:port'; supervisorctl cannot use '${text}'.`, 'warning');
};

/** `unix:///absolute/path` or `tcp://host:port`, as parse_fcgi_socket reads it. */
export const fcgiSocket: ValueValidator = (value, _spec, ctx) => {
  if (value.startsWith('unix://')) {
    return value.slice(7).startsWith('/') ? []
      : whole(value, `${ctx.key}: the UNIX socket path must be absolute ('unix:///run/app.sock').`);
  }
  if (/^tcp:\/\/[^\s:]+:\d+$/.test(value)) return [];
  return whole(value, `${ctx.key} takes 'unix:///absolute/path' or 'tcp://host:port'; supervisord refuses '${value}'.`);
};
