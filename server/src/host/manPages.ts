// The host's man pages for the manual library: searched the way man(1) does (`MANPATH`, where an
// empty part stands for the default folders, else /usr/share/man and /usr/local/share/man), a
// page in the user's language first (`man/de/man5/...`), compressed (`.gz`) or plain.
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { ManualSource, ManualText } from '../features/manual/library';

const gunzipAsync = promisify(gunzip);

export const DEFAULT_MAN_FOLDERS = ['/usr/share/man', '/usr/local/share/man'];
/** systemd's largest page is about 200 KB of roff; anything far larger is not a man page. */
const MAX_PAGE_BYTES = 4 * 1024 * 1024;

/** The folders to search: `setting` (the `daemonConfig.hover.manualPath` setting), else `MANPATH`, else the defaults. */
export function manFolders(setting: string, manPath: string | undefined): string[] {
  const spec = setting.trim() !== '' ? setting : manPath;
  if (spec === undefined) return [...DEFAULT_MAN_FOLDERS];
  const folders = spec.split(':').flatMap((part) => (part === '' ? DEFAULT_MAN_FOLDERS : [part]));
  return [...new Set(folders.filter((f) => isAbsolute(f)))];
}

/** Locale folders to try for an LSP locale (`zh-cn` → `zh_CN`, `zh`); English pages are the untranslated ones. */
export function localeFolders(locale: string | undefined): string[] {
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2,4}))?/i.exec(locale ?? '');
  if (!m) return [];
  const language = m[1].toLowerCase();
  if (language === 'en') return [];
  const region = m[2] ? (m[2].length === 2 ? m[2].toUpperCase() : m[2][0].toUpperCase() + m[2].slice(1).toLowerCase()) : undefined;
  return region ? [`${language}_${region}`, language] : [language];
}

async function readPage(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile() || info.size > MAX_PAGE_BYTES) return undefined;
  const bytes = await readFile(path);
  if (!path.endsWith('.gz')) return bytes.toString('utf8');
  const text = await gunzipAsync(bytes, { maxOutputLength: MAX_PAGE_BYTES * 4 });
  return text.toString('utf8');
}

/** A page that is only `.so man5/other.5` (an alias): the page it names, relative to the manual's root. */
function soTarget(text: string): string | undefined {
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !/^['.]\\"/.test(l));
  const m = lines.length === 1 ? /^\.so\s+(\S+)/.exec(lines[0]) : undefined;
  return m?.[1];
}

export function manPageSource(folders: string[], locale: string | undefined): ManualSource {
  const locales = localeFolders(locale);
  return {
    async read(name: string, section: string): Promise<ManualText | undefined> {
      if (!/^[\w.@:+-]+$/.test(name) || !/^\w+$/.test(section)) return undefined;
      for (const root of folders) {
        for (const loc of [...locales, undefined]) {
          const dir = loc ? join(root, loc, `man${section[0]}`) : join(root, `man${section[0]}`);
          for (const file of [`${name}.${section}.gz`, `${name}.${section}`]) {
            const path = join(dir, file);
            let text = await readPage(path);
            if (text === undefined) continue;
            const alias = soTarget(text);
            if (alias) text = await readPage(join(dirname(dir), alias)) ?? await readPage(join(dirname(dir), `${alias}.gz`));
            if (text !== undefined) return { text, path, locale: loc };
          }
        }
      }
      return undefined;
    },
  };
}
