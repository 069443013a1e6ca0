// Run the supervisor diagnostics on strings, with an in-memory workspace of other files.
import { dirname, isAbsolute, join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/analysis';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import { segmentPattern } from '../../../server/src/host/fsWorkspace';
import type { WorkspaceView } from '../../../server/src/rules/types';

/** Files by path; folders exist when they hold a file or are listed in `folders`. */
export function memoryWorkspace(files: Record<string, string>, folders: string[] = []): WorkspaceView {
  const paths = new Set([...Object.keys(files), ...folders]);
  for (const path of [...paths]) {
    for (let dir = dirname(path); dir !== '/'; dir = dirname(dir)) paths.add(dir);
  }
  return {
    readFile: (path) => files[path],
    glob(pattern, cwd) {
      const parts = (isAbsolute(pattern) ? pattern : join(cwd, pattern)).split('/').filter(Boolean);
      return [...paths].filter((path) => {
        const segments = path.split('/').filter(Boolean);
        return segments.length === parts.length && parts.every((p, i) =>
          segmentPattern(p).test(segments[i]) && (!segments[i].startsWith('.') || p.startsWith('.')));
      }).sort();
    },
  };
}

export interface Check {
  path?: string;
  files?: Record<string, string>;
  /** Folders that exist besides those holding files (default: the ones GOOD_MAIN names). */
  folders?: string[];
  noWorkspace?: boolean;
}

const FOLDERS = ['/var/log/app', '/run/app', '/srv/app', '/tmp'];

export function diagnose(text: string, options: Check = {}): Diagnostic[] {
  const path = options.path ?? '/srv/app/supervisord.conf';
  const analyzed = analyze(`file://${path}`, 1, text, 'supervisor-conf');
  if (!analyzed) throw new Error('not recognised as supervisor');
  const workspace = options.noWorkspace ? undefined : memoryWorkspace({ ...options.files, [path]: text }, options.folders ?? FOLDERS);
  return computeDiagnostics(analyzed, { systemdVersion: 252 }, workspace, (code, error) => { throw new Error(`${code}: ${String(error)}`); });
}

/** `code@line` for each diagnostic of one severity (1 error, 2 warning). */
export function codes(diagnostics: Diagnostic[], severity?: number): string[] {
  return diagnostics.filter((d) => severity === undefined || d.severity === severity).map((d) => `${String(d.code)}@${d.range.start.line + 1}`);
}

export function errors(text: string, options: Check = {}): string[] {
  return codes(diagnose(text, options), 1);
}

export function warnings(text: string, options: Check = {}): string[] {
  return codes(diagnose(text, options), 2);
}

/** Applies a diagnostic's first fix to the text (edits must not overlap). */
export function applyFix(text: string, diagnostic: Diagnostic, index = 0): string {
  const fixes = (diagnostic.data as { fixes?: { edits: { range: Diagnostic['range']; newText: string }[] }[] } | undefined)?.fixes;
  const fix = fixes?.[index];
  if (!fix) throw new Error(`no fix ${index} on ${diagnostic.message}`);
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const edits = [...fix.edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of edits) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

export const GOOD_MAIN = `[unix_http_server]
file=/run/app/supervisor.sock
chmod=0700

[supervisord]
logfile=/var/log/app/supervisord.log
pidfile=/run/app/supervisord.pid
nodaemon=false

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix:///run/app/supervisor.sock

[program:web]
command=/srv/app/bin/web --port 8000
directory=/srv/app
user=www-data
autostart=true
autorestart=unexpected
startsecs=5
startretries=3
stopsignal=TERM
stopwaitsecs=10
stopasgroup=true
killasgroup=true
redirect_stderr=true
stdout_logfile=/var/log/app/web.log
stderr_logfile=/var/log/app/web.err
environment=APP_ENV="production",PORT="8000"
numprocs=2
process_name=%(program_name)s_%(process_num)02d
priority=100
`;
