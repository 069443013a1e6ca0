// References to other Quadlet units by file name (`Network=db.network`, `Pod=app.pod`,
// `Volume=data.volume:/data`, `Image=app.build`, `After=db.container`): quadlet refuses a file whose
// referenced unit it did not load. Checked only when the units beside the file are known.
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { Entry } from '../../parse/model';
import { ERROR } from '../common/diagnostic';
import { entriesOf, lookup, lookupAll, type QuadletCheck, type QuadletContext } from './context';
import { CODES, problem } from './problem';

/** The [Unit] keys whose Quadlet unit names quadlet turns into service names. */
const DEPENDENCY_KEYS = new Set([
  'After', 'Before', 'BindsTo', 'Conflicts', 'OnFailure', 'OnSuccess', 'PartOf', 'PropagatesReloadTo', 'PropagatesStopTo',
  'ReloadPropagatedFrom', 'Requires', 'Requisite', 'StopPropagatedFrom', 'Upholds', 'Wants',
]);
const QUADLET_SUFFIXES = ['.container', '.volume', '.network', '.kube', '.pod', '.image', '.build', '.artifact'];

/** Where `word` sits in the entry's value, for a precise range (the whole value when not found on one line). */
function rangeOf(entry: Entry, word: string): Range {
  for (const piece of entry.pieces) {
    const at = piece.text.indexOf(word);
    if (at >= 0 && piece.range.start.line === piece.range.end.line) {
      const line = piece.range.start.line;
      const start = piece.range.start.character + at;
      return { start: { line, character: start }, end: { line, character: start + word.length } };
    }
  }
  return entry.valueRange;
}

function notFound(context: QuadletContext, entry: Entry, name: string, what: string): Diagnostic[] {
  if (!context.quadletUnits || context.quadletUnits.has(name)) return [];
  return [problem(rangeOf(entry, name), `${what} ${name} is not among the Quadlet units beside this file: quadlet refuses it ("was not found").`, ERROR, CODES.missingUnit)];
}

const unitDependencies: QuadletCheck = (context) => entriesOf(context.doc, 'Unit')
  .filter((e) => DEPENDENCY_KEYS.has(e.key))
  .flatMap((e) => e.value.split(/\s+/).filter((w) => QUADLET_SUFFIXES.some((s) => w.endsWith(s)))
    .flatMap((name) => notFound(context, e, name, 'The dependency')));

const networks: QuadletCheck = (context) => {
  if (!['container', 'kube', 'pod', 'build'].includes(context.type)) return [];
  return lookupAll(context.doc, context.main, 'Network').flatMap((e) => {
    const name = e.value.split(':')[0];
    if (!name.endsWith('.network') && !name.endsWith('.container')) return [];
    const found = notFound(context, e, name, 'The network unit');
    if (found.length === 0 && name.endsWith('.container') && e.value.includes(':')) {
      found.push(problem(e.valueRange, 'Joining another container\'s network takes no options after the name: quadlet refuses the file.', ERROR, CODES.invalidValue));
    }
    return found;
  });
};

/** A volume or mount source naming a Quadlet unit (`data.volume`, `app.image`, `x.artifact`). */
function storageSource(context: QuadletContext, entry: Entry, source: string, images: boolean): Diagnostic[] {
  const unit = source.endsWith('.volume') || source.endsWith('.artifact') || (images && source.endsWith('.image'));
  return unit ? notFound(context, entry, source, 'The source unit') : [];
}

const volumes: QuadletCheck = (context) => {
  if (!['container', 'pod', 'build'].includes(context.type)) return [];
  return lookupAll(context.doc, context.main, 'Volume').flatMap((e) => {
    const parts = e.value.split(':');
    return parts.length >= 2 && parts[0] !== '' ? storageSource(context, e, parts[0], false) : [];
  });
};

/** Mount types whose source quadlet resolves; the first `type=` field names the type, `volume` when absent. */
const SOURCED_MOUNTS = new Set(['volume', 'bind', 'glob', 'image', 'artifact']);

const mounts: QuadletCheck = (context) => {
  if (context.type !== 'container') return [];
  return lookupAll(context.doc, 'Container', 'Mount').flatMap((e) => {
    const fields = e.value.split(',').map((f) => f.trim());
    const type = fields.find((f) => f.startsWith('type='))?.slice(5) ?? 'volume';
    if (!SOURCED_MOUNTS.has(type)) return [];
    const source = fields.filter((f) => f.split('=')[0] === 'source' || f.split('=')[0] === 'src').at(-1);
    if (source === undefined || source.split('=').slice(1).join('=') === '') {
      const message = source === undefined ? `A ${type} mount needs source= (or src=): quadlet refuses the file ("source cannot be empty").`
        : 'source= has no value: quadlet refuses the file.';
      return [problem(e.valueRange, message, ERROR, CODES.missingKey)];
    }
    return storageSource(context, e, source.slice(source.indexOf('=') + 1), true);
  });
};

const pod: QuadletCheck = (context) => {
  if (context.type !== 'container') return [];
  const set = lookup(context.doc, 'Container', 'Pod');
  if (!set?.value) return [];
  if (!set.value.endsWith('.pod')) {
    return [problem(set.entry.valueRange, `Pod= names a Quadlet .pod file; '${set.value}' is not one, so quadlet refuses the file.`, ERROR, CODES.invalidValue)];
  }
  return notFound(context, set.entry, set.value, 'The pod unit');
};

const images: QuadletCheck = (context) => {
  if (context.type !== 'container' && context.type !== 'volume') return [];
  const set = lookup(context.doc, context.main, 'Image');
  if (!set || !(set.value.endsWith('.build') || set.value.endsWith('.image'))) return [];
  if (context.type === 'volume' && lookup(context.doc, 'Volume', 'Driver')?.value !== 'image') return [];
  return notFound(context, set.entry, set.value, 'The image unit');
};

export const referenceChecks: QuadletCheck = (context) => [unitDependencies, networks, volumes, mounts, pod, images].flatMap((check) => check(context));
