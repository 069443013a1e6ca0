// The checks systemd makes when it loads a socket unit (socket_verify() in src/core/socket.c): it
// needs something to listen on, and Accept=yes needs listeners that can accept, a positive
// MaxConnections= and no Service=. A socket that fails one is refused as a whole.
import type { Entry } from '../../parse/model';
import { replace } from '../common/diagnostic';
import type { Rule, RuleContext } from '../types';
import { parseBoolean } from '../../values/systemd/boolean';
import { effective } from './entries';
import { headerOf, isUnitOf, refusal, relatedEntry } from './refusal';
import { listeners, listenLines } from './socketListeners';

export const SOCKET_WITHOUT_LISTEN = 'systemd/socket-without-listen';
export const ACCEPT_NON_ACCEPTING = 'systemd/accept-non-accepting';
export const ACCEPT_MAX_CONNECTIONS = 'systemd/accept-max-connections';
export const ACCEPT_WITH_SERVICE = 'systemd/accept-with-service';

/** Listeners that can hand out connections (SOCK_STREAM, SOCK_SEQPACKET). */
const ACCEPTING = new Set(['ListenStream', 'ListenSequentialPacket']);

function accepting(context: RuleContext): Entry | undefined {
  const accept = effective(context.doc, 'Socket', 'Accept', context.settings.systemdVersion);
  return accept && parseBoolean(accept.value) ? accept : undefined;
}

export const socketWithoutListen: Rule = {
  code: SOCKET_WITHOUT_LISTEN,
  check(context) {
    if (!isUnitOf(context, 'socket') || listeners(context.doc, context.settings.systemdVersion).length > 0) return [];
    const written = listenLines(context.doc).filter((e) => e.value !== '');
    const why = written.length ? 'systemd ignores or clears every Listen*= line here' : 'there is no ListenStream=, ListenDatagram=, ListenFIFO=, ...';
    return [refusal(context, headerOf(context.doc, 'Socket'), `The socket has nothing to listen on (${why}): systemd refuses to load it.`,
      SOCKET_WITHOUT_LISTEN, [], written.map((e) => relatedEntry(e, `${e.key}= is ignored or cleared`)))];
  },
};

export const acceptNonAccepting: Rule = {
  code: ACCEPT_NON_ACCEPTING,
  check(context) {
    if (!isUnitOf(context, 'socket')) return [];
    const accept = accepting(context);
    if (!accept) return [];
    const refused = listeners(context.doc, context.settings.systemdVersion).filter((e) => !ACCEPTING.has(e.key));
    if (!refused.length) return [];
    const names = [...new Set(refused.map((e) => `${e.key}=`))].join(', ');
    return [refusal(context, accept.valueRange,
      `Accept=yes needs listeners that take connections (ListenStream=, ListenSequentialPacket=); ${names} cannot: systemd refuses to load the socket.`,
      ACCEPT_NON_ACCEPTING, [{ title: 'Change to Accept=no', preferred: true, edits: [replace(accept.valueRange, 'no')] }],
      refused.map((e) => relatedEntry(e, `${e.key}= does not accept connections`)))];
  },
};

export const acceptMaxConnections: Rule = {
  code: ACCEPT_MAX_CONNECTIONS,
  check(context) {
    if (!isUnitOf(context, 'socket')) return [];
    const accept = accepting(context);
    const max = effective(context.doc, 'Socket', 'MaxConnections', context.settings.systemdVersion);
    if (!accept || !max || !/^\s*0+\s*$/.test(max.value)) return [];
    return [refusal(context, max.valueRange, 'MaxConnections=0 with Accept=yes would never take a connection: systemd refuses to load the socket.',
      ACCEPT_MAX_CONNECTIONS, [], [relatedEntry(accept)])];
  },
};

export const acceptWithService: Rule = {
  code: ACCEPT_WITH_SERVICE,
  check(context) {
    if (!isUnitOf(context, 'socket')) return [];
    const accept = accepting(context);
    const service = effective(context.doc, 'Socket', 'Service', context.settings.systemdVersion);
    // A Service= that does not name a service is ignored (the value check reports it).
    if (!accept || !service || !service.value.endsWith('.service')) return [];
    return [refusal(context, service.valueRange,
      'Service= cannot be used with Accept=yes: each connection starts an instance of the template service named after the socket. systemd refuses to load the socket.',
      ACCEPT_WITH_SERVICE, [], [relatedEntry(accept)])];
  },
};
