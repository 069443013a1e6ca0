// Single-defect mutants of real units, drawn with a seeded generator so every run makes the same ones.
// Each mutant changes or inserts one line; which lines systemd objects to is still decided by the oracle.
import { parseSystemd } from '../../../server/src/parse/systemd';
import type { Entry, ParsedDocument, Section } from '../../../server/src/parse/model';
import { systemdDirective, systemdSchema } from '../../../server/src/schema/systemd';

export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Mutant {
  kind: string;
  text: string;
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
const KNOWN = new Set(systemdSchema.directives.map((d) => d.name));

interface Unit { doc: ParsedDocument; lines: string[] }

/** Single-line entries outside [Install] (PID 1 does not read [Install], so verify cannot judge it). */
function entries(unit: Unit, test: (e: Entry, s: Section) => boolean): [Entry, Section][] {
  return unit.doc.sections.filter((s) => s.name !== 'Install').flatMap((s) => s.entries.filter((e) => e.range.start.line === e.range.end.line && test(e, s))
    .map((e): [Entry, Section] => [e, s]));
}

function kindOf(e: Entry, s: Section): string | undefined {
  const d = systemdDirective(s.name, e.key);
  return d?.placements.some((p) => p.section === s.name) ? d.value.kind : undefined;
}

function setLine(unit: Unit, line: number, text: string): string {
  return unit.lines.map((l, i) => (i === line ? text : l)).join('\n');
}

function insertAfter(unit: Unit, line: number, text: string): string {
  return [...unit.lines.slice(0, line + 1), text, ...unit.lines.slice(line + 1)].join('\n');
}

function replaceValue(unit: Unit, kind: string, value: string, random: Random): string | undefined {
  const found = pick(random, entries(unit, (e, s) => kindOf(e, s) === kind && e.value !== ''));
  if (!found) return undefined;
  const [e] = found;
  const line = unit.lines[e.range.start.line];
  return setLine(unit, e.range.start.line, line.slice(0, e.valueRange.start.character) + value + line.slice(e.valueRange.end.character));
}

function insertInto(unit: Unit, section: string, text: string): string | undefined {
  const s = unit.doc.sections.find((x) => x.name === section);
  return s ? insertAfter(unit, s.headerRange.start.line, text) : undefined;
}

function typo(key: string, random: Random): string {
  const i = 1 + Math.floor(random() * (key.length - 2));
  const forms = [key.slice(0, i) + key.slice(i + 1), key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2), key.slice(0, i) + key[i] + key.slice(i)];
  return pick(random, forms.filter((f) => !KNOWN.has(f) && f !== key)) ?? `${key}x`;
}

const LISTEN = ['ListenStream', 'ListenDatagram', 'ListenSequentialPacket', 'ListenFIFO', 'ListenSpecial', 'ListenNetlink',
  'ListenMessageQueue', 'ListenUSBFunction'];
const TIMER_KEYS = ['OnActiveSec', 'OnBootSec', 'OnStartupSec', 'OnUnitActiveSec', 'OnUnitInactiveSec', 'OnCalendar'];
const PATH_KEYS = ['PathExists', 'PathExistsGlob', 'PathChanged', 'PathModified', 'DirectoryNotEmpty'];

/** Inserts `text` after the last of `keys` in `section` (where the list it clears ends), or undefined when there is none. */
function afterLast(unit: Unit, section: string, keys: string[], text: string): string | undefined {
  const last = entries(unit, (e, s) => s.name === section && keys.includes(e.key)).at(-1)?.[0];
  return last ? insertAfter(unit, last.range.end.line, text) : undefined;
}

const OTHER_SECTION: Record<string, string> = { Unit: 'Service', Service: 'Unit', Socket: 'Unit', Timer: 'Unit', Mount: 'Unit', Path: 'Unit' };

const MUTATIONS: Record<string, (unit: Unit, random: Random) => string | undefined> = {
  'key-typo'(unit, random) {
    const found = pick(random, entries(unit, (e) => KNOWN.has(e.key) && e.key.length > 3));
    if (!found) return undefined;
    const [e] = found;
    const line = unit.lines[e.range.start.line];
    return setLine(unit, e.range.start.line, line.slice(0, e.keyRange.start.character) + typo(e.key, random) + line.slice(e.keyRange.end.character));
  },
  'bad-enum': (unit, random) => {
    const found = pick(random, entries(unit, (e, s) => kindOf(e, s) === 'enum' && !systemdDirective(s.name, e.key)?.value.list && e.value !== ''));
    if (!found) return undefined;
    const [e] = found;
    const line = unit.lines[e.range.start.line];
    return setLine(unit, e.range.start.line, line.slice(0, e.valueRange.start.character) + `${e.value}-ish` + line.slice(e.valueRange.end.character));
  },
  'bad-boolean': (unit, random) => replaceValue(unit, 'boolean', pick(random, ['maybe', 'enabled', '2', 'yess'])!, random),
  'bad-timespan': (unit, random) => replaceValue(unit, 'timespan', pick(random, ['10 fortnights', '5 mins later', '-3s', 'soon'])!, random),
  'bad-path': (unit, random) => {
    const found = pick(random, entries(unit, (e, s) => kindOf(e, s) === 'path' && e.value.startsWith('/') && !e.value.includes(' ')));
    if (!found) return undefined;
    const [e] = found;
    const line = unit.lines[e.range.start.line];
    return setLine(unit, e.range.start.line, line.slice(0, e.valueRange.start.character) + e.value.slice(1) + line.slice(e.valueRange.end.character));
  },
  'bad-unit-name': (unit, random) => replaceValue(unit, 'units', pick(random, ['network', 'syslog', 'foo.bar'])!, random),
  'wrong-section': (unit, random) => {
    const found = pick(random, entries(unit, (e, s) => kindOf(e, s) !== undefined && OTHER_SECTION[s.name] !== undefined
      && unit.doc.sections.some((x) => x.name === OTHER_SECTION[s.name])
      && !systemdDirective(OTHER_SECTION[s.name], e.key)?.placements.some((p) => p.section === OTHER_SECTION[s.name])));
    if (!found) return undefined;
    const [e, s] = found;
    return insertInto(unit, OTHER_SECTION[s.name], unit.lines[e.range.start.line].trim());
  },
  'bad-signal': (unit) => insertInto(unit, 'Service', 'KillSignal=SIGTERMINATE'),
  'bad-size': (unit, random) => insertInto(unit, 'Service', `MemoryMax=${pick(random, ['1g', '512 megabytes', 'lots'])}`),
  'bad-integer': (unit, random) => insertInto(unit, 'Service', `Nice=${pick(random, ['40', '-21', 'high'])}`),
  'bad-calendar': (unit, random) => replaceValue(unit, 'calendar', pick(random, ['Mon..Funday', 'every day', '25:00', '2024-13-01'])!, random)
    ?? insertInto(unit, 'Timer', 'OnCalendar=daily at noon'),
  'bad-specifier': (unit) => insertInto(unit, 'Unit', 'Description=Mutant with an unknown %Q specifier'),
  'bad-command': (unit, random) => insertInto(unit, 'Service', `ExecStartPost=${pick(random, ['bin/true', './run.sh', '/bin/echo "open'])}`),
  'bad-environment': (unit) => insertInto(unit, 'Service', 'Environment=GOOD=1 2BAD=x'),
  'newer-directive': (unit) => insertInto(unit, 'Service', 'RestartMode=direct') ?? insertInto(unit, 'Unit', 'SurviveFinalKillSignal=yes'),
  'missing-equals': (unit) => insertInto(unit, 'Unit', 'Description A unit without its equals sign'),
  'empty-refused': (unit, random) => insertInto(unit, 'Service', `${pick(random, ['RestartSec', 'Type', 'Restart', 'User'])}=`),
  'bad-mode': (unit) => insertInto(unit, 'Service', 'UMask=0999'),
  // Whole-unit refusals (service_verify): systemd names the unit, not a line.
  'several-execstart': (unit) => {
    const type = entries(unit, (e, s) => s.name === 'Service' && e.key === 'Type')[0]?.[0].value;
    const start = entries(unit, (e, s) => s.name === 'Service' && e.key === 'ExecStart' && e.value !== '')[0]?.[0];
    if (!start || type === 'oneshot') return undefined;
    return insertAfter(unit, start.range.start.line, unit.lines[start.range.start.line]);
  },
  'restart-oneshot': (unit, random) => {
    if (!entries(unit, (e, s) => s.name === 'Service' && e.key === 'Type' && e.value === 'oneshot').length) return undefined;
    return insertInto(unit, 'Service', `Restart=${pick(random, ['always', 'on-success'])}`);
  },
  'dbus-without-busname': (unit) => {
    if (entries(unit, (e, s) => s.name === 'Service' && e.key === 'BusName').length) return undefined;
    const type = entries(unit, (e, s) => s.name === 'Service' && e.key === 'Type')[0]?.[0];
    if (!type) return insertInto(unit, 'Service', 'Type=dbus');
    return setLine(unit, type.range.start.line, 'Type=dbus');
  },
  // Whole-unit refusals of the other unit types (socket_verify(), mount_verify(), timer_verify(), ...).
  'restart-force-oneshot': (unit) => {
    if (!entries(unit, (e, s) => s.name === 'Service' && e.key === 'Type' && e.value === 'oneshot').length) return undefined;
    return insertInto(unit, 'Service', 'RestartForceExitStatus=3');
  },
  'pam-kill-mode': (unit) => {
    const pam = entries(unit, (e, s) => s.name === 'Service' && e.key === 'PAMName').length > 0;
    const kill = entries(unit, (e, s) => s.name === 'Service' && e.key === 'KillMode' && ['process', 'none'].includes(e.value)).length > 0;
    return pam ? insertInto(unit, 'Service', 'KillMode=process') : kill ? insertInto(unit, 'Service', 'PAMName=login') : undefined;
  },
  'isolate-several': (unit) => insertInto(unit, 'Unit', 'OnFailure=mutant-a.service mutant-b.service\nOnFailureJobMode=isolate'),
  'socket-without-listen': (unit) => afterLast(unit, 'Socket', LISTEN, 'ListenStream='),
  'accept-non-accepting': (unit) => {
    if (!unit.doc.sections.some((s) => s.name === 'Socket')) return undefined;
    const nonAccepting = entries(unit, (e, s) => s.name === 'Socket' && LISTEN.includes(e.key) && !['ListenStream', 'ListenSequentialPacket'].includes(e.key));
    return nonAccepting.length ? afterLast(unit, 'Socket', ['Accept'], 'Accept=yes') : afterLast(unit, 'Socket', LISTEN, 'ListenFIFO=/run/mutant.fifo');
  },
  'socket-path-too-long': (unit, random) => {
    const found = pick(random, entries(unit, (e, s) => s.name === 'Socket' && ['ListenStream', 'ListenDatagram', 'ListenSequentialPacket'].includes(e.key)
      && /^[/@]/.test(e.value)));
    if (!found) return undefined;
    const [e] = found;
    return setLine(unit, e.range.start.line, `${e.key}=/run/${'s'.repeat(103)}`);
  },
  'timer-without-time': (unit) => afterLast(unit, 'Timer', TIMER_KEYS, 'OnCalendar='),
  'path-without-path': (unit) => afterLast(unit, 'Path', PATH_KEYS, 'PathExists='),
  'mount-where-mismatch': (unit) => {
    const where = entries(unit, (e, s) => (s.name === 'Mount' || s.name === 'Automount') && e.key === 'Where')[0]?.[0];
    return where ? setLine(unit, where.range.start.line, 'Where=/srv/mutant/elsewhere') : undefined;
  },
  'mount-without-what': (unit) => {
    const what = entries(unit, (e, s) => s.name === 'Mount' && e.key === 'What')[0]?.[0];
    return what ? setLine(unit, what.range.start.line, '#What=') : undefined;
  },
  // Changes that keep the unit valid in unusual spellings: they test that we do not cry wolf.
  'valid-socket-path': (unit, random) => {
    const found = pick(random, entries(unit, (e, s) => s.name === 'Socket' && ['ListenStream', 'ListenDatagram'].includes(e.key) && e.value.startsWith('/')));
    if (!found) return undefined;
    return setLine(unit, found[0].range.start.line, `${found[0].key}=/run/${'v'.repeat(102)}`);
  },
  'valid-mount-where': (unit) => {
    const where = entries(unit, (e, s) => (s.name === 'Mount' || s.name === 'Automount') && e.key === 'Where' && e.value.startsWith('/') && e.value !== '/')[0]?.[0];
    return where ? setLine(unit, where.range.start.line, `Where=/${where.value.replace(/\//g, '//')}/`) : undefined;
  },
  'valid-boolean': (unit, random) => {
    const found = pick(random, entries(unit, (e, s) => kindOf(e, s) === 'boolean' && /^(yes|no|true|false|on|off|1|0)$/i.test(e.value)));
    if (!found) return undefined;
    const [e] = found;
    const truth = /^(yes|true|on|1)$/i.test(e.value);
    const line = unit.lines[e.range.start.line];
    const spelling = pick(random, truth ? ['True', 'ON', '1', 'y', 'T'] : ['False', 'OFF', '0', 'n', 'F'])!;
    return setLine(unit, e.range.start.line, line.slice(0, e.valueRange.start.character) + spelling + line.slice(e.valueRange.end.character));
  },
  'valid-timespan': (unit, random) => replaceValue(unit, 'timespan', pick(random, ['1min 30s', '90', '1.5min', '2h', '500ms', '1d 2h'])!, random),
  'valid-calendar': (unit, random) => replaceValue(unit, 'calendar',
    pick(random, ['Mon..Fri *-*-* 10:00', '*-*-* 00/15:00', 'Sat,Sun 20..23:00', 'weekly', '*-*~03 04:00', 'daily UTC'])!, random),
  'valid-environment': (unit) => insertInto(unit, 'Service', 'Environment="GREETING=hello world" EMPTY= \'QUOTED=a b\''),
  'valid-size': (unit, random) => insertInto(unit, 'Service', `MemoryMax=${pick(random, ['1.5G', '50%', 'infinity', '512M'])}`),
  'valid-specifiers': (unit) => insertInto(unit, 'Unit', 'Description=Unit %n on %H (100%% sure)'),
  'valid-command': (unit, random) => insertInto(unit, 'Service',
    `ExecStartPre=${pick(random, ['-+/bin/true', '@/bin/sh sh -c "exit 0"', '!!/bin/true', ':/bin/echo $X', 'true'])}`),
  'valid-signal': (unit, random) => insertInto(unit, 'Service', `KillSignal=${pick(random, ['SIGRTMIN+3', '15', 'HUP', 'SIGINT'])}`),
  'valid-x-key': (unit) => insertInto(unit, 'Unit', 'X-Custom-Setting=anything goes'),
  'valid-continuation': (unit) => insertInto(unit, 'Unit', 'Documentation=man:systemd.unit(5) \\\n  https://example.org/docs'),
};

export const MUTATION_KINDS = Object.keys(MUTATIONS);

/** One mutant of `text`, of a kind the unit lends itself to, or undefined. */
export function mutate(text: string, random: Random): Mutant | undefined {
  const unit: Unit = { doc: parseSystemd(text), lines: text.split('\n') };
  const kinds = [...MUTATION_KINDS];
  while (kinds.length > 0) {
    const kind = kinds.splice(Math.floor(random() * kinds.length), 1)[0];
    const mutated = MUTATIONS[kind](unit, random);
    if (mutated !== undefined && mutated !== text) return { kind, text: mutated };
  }
  return undefined;
}
