// Which files are SysV init scripts: any file in an `init.d` folder, and any file with an LSB
// header. Only the header is ours to read; the shell around it is left to shell tools.
import { pathOf } from '../classify/classify';
import { lsbHeaderOfLines, splitLines, type LsbHeader } from './lsbHeader';

export interface InitScript {
  path: string;
  /** The name `service` and systemd know it by: the file name without `.sh` (and a packaging `.init`). */
  name: string;
  /** In an `init.d` folder (else recognised by its header alone). */
  inInitDir: boolean;
  header: LsbHeader | undefined;
  lines: readonly string[];
}

/** The script's name for a path: systemd-sysv-generator drops `.sh`; Debian's debian/NAME.init installs as NAME. */
export function scriptNameOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.replace(/\.sh$/, '').replace(/\.init$/, '');
}

function inInitFolder(path: string): boolean {
  return /(^|\/)init\.d\/[^/]+$/.test(path);
}

/** The init script a document is, or undefined when it is none. */
export function initScriptOf(uri: string, text: string): InitScript | undefined {
  const path = pathOf(uri);
  const inInitDir = inInitFolder(path);
  // A quick look before splitting: most files that come here have no header.
  if (!inInitDir && !text.includes('BEGIN INIT INFO')) return undefined;
  const lines = splitLines(text);
  const header = lsbHeaderOfLines(lines);
  if (!header && !inInitDir) return undefined;
  return { path, name: scriptNameOf(path), inInitDir, header, lines };
}
