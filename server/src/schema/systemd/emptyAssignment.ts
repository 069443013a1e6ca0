// What `Name=` with nothing after it does, read from each C parser of systemd 252 (load-fragment.c and
// conf-parser.c): most list parsers free the list on an empty value; the dependency parsers loop over
// words and so do nothing; the capability parser replaces the set with an empty one.
import { directiveParsers } from '../../values/systemd/parsers.generated';
import { emptyValueRejected } from './directives.generated';

export type EmptyAssignment =
  /** Clears every value assigned before, in this file or an earlier one (drop-ins rely on it). */
  | 'clears-list'
  /** Adds nothing and removes nothing: the earlier values stay. */
  | 'ignored'
  /** The set becomes empty (for a bounding set that means none). */
  | 'empty-set'
  /** systemd logs the line as invalid and keeps the earlier value. */
  | 'refused'
  /** Back to the default, as if never set. */
  | 'default';

const IGNORED_BY = new Set(['unit_deps', 'obsolete_unit_deps', 'service_sockets', 'unit_mounts_for']);
// [Install] Also= is read by install.c's own word loop.
const IGNORED_DIRECTIVES = new Set(['Also']);

export function emptyAssignment(name: string, repeatable: boolean): EmptyAssignment {
  const parser = directiveParsers[name] ?? '';
  if (IGNORED_BY.has(parser) || IGNORED_DIRECTIVES.has(name)) return 'ignored';
  if (parser === 'capability_set') return 'empty-set';
  if (emptyValueRejected.has(name)) return 'refused';
  return repeatable ? 'clears-list' : 'default';
}
