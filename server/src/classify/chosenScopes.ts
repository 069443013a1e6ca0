// The manager a user chose for files whose folder does not tell (the editor's "Choose System or
// User Manager for This File"). The client sends the whole set, by file URI, in one notification
// whenever it changes and when the server starts.
import { isObject } from '../util/isObject';
import { pathOf } from './classify';

export const UNIT_SCOPES_NOTIFICATION = 'daemonConfig/unitScopes';

/** Chosen scopes by file path (the path part of the URI, as pathOf gives it). */
export type ChosenScopes = ReadonlyMap<string, 'system' | 'user'>;

/** The scopes in `{ scopes: { [fileUri]: 'system' | 'user' } }`, or why the params are not that. */
export function readChosenScopes(params: unknown): ChosenScopes | string {
  const scopes = isObject(params) ? params.scopes : undefined;
  if (!isObject(scopes)) return 'scopes must be an object of file URIs to "system" or "user"';
  const chosen = new Map<string, 'system' | 'user'>();
  for (const [uri, scope] of Object.entries(scopes)) {
    if (!uri.startsWith('file:') || (scope !== 'system' && scope !== 'user')) {
      return `scopes: ${JSON.stringify(uri)} must be a file URI set to "system" or "user"`;
    }
    chosen.set(pathOf(uri), scope);
  }
  return chosen;
}
