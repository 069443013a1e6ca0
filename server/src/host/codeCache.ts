// Runs a bundled CommonJS file with V8's code cache kept on disk, so that a second start skips most
// of compiling it (about 20 ms of the checker's start-up on Node 20, which has no module compile
// cache of its own: `module.enableCompileCache` came with Node 22). Any failure to read or write the
// cache falls back to a plain run: the cache only ever saves time.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** `$DAEMON_CONFIG_CODE_CACHE` (empty: off), else the XDG cache folder; undefined when there is none. */
export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.DAEMON_CONFIG_CODE_CACHE;
  if (chosen !== undefined) return chosen === '' ? undefined : chosen;
  const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
  return base ? join(base, 'daemon-config', 'code-cache') : undefined;
}

/** One cache file per bundle build and node: V8 rejects data from another version anyway. */
function cacheName(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${basename(file)}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}.v8`;
}

function readCache(path: string | undefined): Buffer | undefined {
  if (!path) return undefined;
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Writes atomically (two processes may start at once) and drops caches of earlier builds of the file. */
function writeCache(folder: string, name: string, data: Buffer, file: string): void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const temporary = join(folder, `${name}.${process.pid}.tmp`);
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, join(folder, name));
    for (const old of readdirSync(folder)) {
      if (old !== name && old.startsWith(`${basename(file)}-`)) unlinkSync(join(folder, old));
    }
  } catch {
    // a read-only home or a full disk: the next start compiles again
  }
}

/** Loads `file` as the main CommonJS module would be loaded, using and refreshing the code cache. */
export function runWithCodeCache(file: string, folder = codeCacheFolder()): void {
  const source = readFileSync(file, 'utf8').replace(/^#!.*/, '');
  let name: string | undefined;
  try {
    name = folder ? cacheName(file) : undefined;
  } catch {
    name = undefined;
  }
  const cachePath = folder && name ? join(folder, name) : undefined;
  const cachedData = readCache(cachePath);
  // No importModuleDynamically: on node 20 a script made from cached data loses it, so the bundle
  // loads modules on demand with require() (test/cli runs the checker both ways).
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  if (folder && name && (!cachedData || script.cachedDataRejected)) {
    // Taken at exit, the cache also holds the functions this run compiled lazily: the next start needs them too.
    process.once('exit', () => writeCache(folder, name, script.createCachedData(), file));
  }
  const compiled = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: Module, filename: string, dirname: string) => void;
  const loaded = new Module(file, require.main);
  loaded.filename = file;
  loaded.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(dirname(file));
  compiled.call(loaded.exports, loaded.exports, Module.createRequire(file), loaded, file, dirname(file));
}
