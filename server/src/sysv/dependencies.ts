// The dependencies systemd-sysv-generator (systemd v252) gives the unit of an init script, worked
// out from the LSB header alone: Provides, Required-Start, Should-Start, X-Start-Before and
// X-Start-After; and the targets that want it, from Default-Start (the generator reads the rcN.d
// links that update-rc.d makes from that line).
import { RUNLEVEL_TARGETS, unitOfName } from './facts';
import type { InitScript } from './initScript';
import { entriesOf, type LsbHeader } from './lsbHeader';

export interface UnitDependencies {
  after: string[];
  before: string[];
  wants: string[];
  wantedBy: string[];
  /** Other service names in Provides: the generator links them to the unit (an alias). */
  aliases: string[];
}

const NETWORK_ONLINE = 'network-online.target';
const VALID_UNIT = /^[A-Za-z0-9:_.\\-]+\.(service|target)$/;

function add(list: string[], unit: string): void {
  if (!list.includes(unit)) list.push(unit);
}

/** The unit for a word of a dependency line; undefined when the generator drops it. */
function unitFor(word: string, self: string): string | undefined {
  const bare = word.startsWith('$') ? word.slice(1) : word;
  if (!word.startsWith('$') && bare.replace(/\.sh$/, '') === self) return undefined;
  const unit = unitOfName(word);
  return unit && VALID_UNIT.test(unit) ? unit : undefined;
}

function providesDependencies(header: LsbHeader, self: string, deps: UnitDependencies): void {
  for (const entry of entriesOf(header, 'Provides')) {
    for (const word of entry.words) {
      const unit = unitFor(word.text, self);
      if (!unit) continue;
      if (unit.endsWith('.service')) { add(deps.aliases, unit); continue; }
      add(deps.before, unit);
      add(deps.wants, unit);
      if (unit === NETWORK_ONLINE) {
        add(deps.before, 'network.target');
        add(deps.wants, 'network.target');
      }
    }
  }
}

export function generatorDependencies(script: InitScript): UnitDependencies {
  const deps: UnitDependencies = { after: [], before: [], wants: [], wantedBy: [], aliases: [] };
  const header = script.header;
  if (!header) return deps;
  const self = script.name;
  providesDependencies(header, self, deps);
  for (const entry of header.entries) {
    const keyword = entry.keyword.toLowerCase();
    if (!['required-start', 'should-start', 'x-start-before', 'x-start-after'].includes(keyword)) continue;
    const before = keyword === 'x-start-before';
    for (const word of entry.words) {
      const unit = unitFor(word.text, self);
      if (!unit) continue;
      if (unit === NETWORK_ONLINE && !before) {
        add(deps.after, unit);
        add(deps.wants, unit);
      } else add(before ? deps.before : deps.after, unit);
    }
  }
  for (const entry of entriesOf(header, 'Default-Start')) {
    for (const word of entry.words) {
      const target = RUNLEVEL_TARGETS[word.text.toUpperCase()];
      if (target) add(deps.wantedBy, target);
    }
  }
  return deps;
}
