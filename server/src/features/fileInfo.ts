// Answers `daemonConfig/fileInfo` (fileInfoProtocol.ts): the unit a unit file acts on, or the
// supervisor config that governs a supervisor file and the programs it defines. The supervisor part
// reads the configuration through configSet, the same one the cross-file checks use, so the
// commands and the diagnostics never disagree about which config a file belongs to.
import type { Position } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import { pathOf } from '../classify/classify';
import type { ParsedDocument, Section } from '../parse/model';
import { allSections, configSet, hasSection, includePatterns, type ConfigSet } from '../rules/supervisor/configSet';
import { substitute } from '../rules/supervisor/expandedValues';
import { entry, splitHeader } from '../rules/supervisor/sections';
import type { WorkspaceView } from '../rules/types';
import type { FileInfoResult, SupervisorFileInfo, SupervisorProgram, SystemdFileInfo } from './fileInfoProtocol';

/** Sections that make supervisorctl take the file itself as its `-c`. */
const SELF_GOVERNING = ['supervisord', 'supervisorctl', 'unix_http_server', 'include'];
const PROGRAM_KINDS = ['program', 'fcgi-program', 'eventlistener'] as const;
/** More processes than this are not listed (supervisord starts them, but no one addresses them one by one). */
const MAX_LISTED_PROCESSES = 10_000;

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

export function fileInfo(a: AnalyzedDocument, position: Position | undefined, workspace: WorkspaceView | undefined): FileInfoResult {
  if (a.kind.dialect === 'systemd') return systemdInfo(a);
  return supervisorInfo(a, position, workspace);
}

function systemdInfo(a: AnalyzedDocument): SystemdFileInfo {
  const kind = a.kind.dialect === 'systemd' ? a.kind : undefined;
  const name = kind?.unitName;
  const at = name?.indexOf('@') ?? -1;
  const dot = name?.lastIndexOf('.') ?? -1;
  const instance = name !== undefined && at >= 0 && dot > at + 1 ? name.slice(at + 1, dot) : undefined;
  return {
    dialect: 'systemd',
    unit: { name, type: kind?.unitType, scope: kind?.scope ?? 'unknown', template: kind?.template ?? false, instance, dropIn: kind?.dropIn ?? false },
  };
}

function supervisorInfo(a: AnalyzedDocument, position: Position | undefined, workspace: WorkspaceView | undefined): SupervisorFileInfo {
  const filePath = a.uri.startsWith('file:') ? pathOf(a.uri) : undefined;
  // A copy as the cache key: the rules keep one configuration per document version, but the files
  // around it may have changed since, and a command must act on what is on disk now.
  const set = configSet({ doc: { ...a.doc }, filePath, workspace });
  const selfGoverning = SELF_GOVERNING.some((name) => hasSection(a.doc, name));
  const mainPath = selfGoverning ? filePath : set.main?.path;
  const mainDoc = selfGoverning ? a.doc : set.main?.doc;
  const config = mainPath === undefined ? null : { path: mainPath, how: selfGoverning ? 'self' as const : 'include' as const };
  const here = mainPath === undefined ? undefined : folderOf(mainPath);
  const groups = groupsOf(set);
  return {
    dialect: 'supervisor',
    supervisor: {
      config,
      programs: programsOf(a.doc, groups, here),
      groups,
      programAtCursor: position === undefined ? undefined : programAt(a.doc, position),
      serverUrl: mainDoc ? serverUrlOf(mainDoc, here) : undefined,
      socket: socketOf(set, here),
      ctlPlugins: mainDoc ? mainDoc.sections.map(splitHeader).filter((h) => h.type === 'ctlplugin' && h.name !== undefined).map((h) => (h.name as string).trim()) : [],
      includeErrors: mainDoc && here !== undefined ? includeErrors(mainDoc, here) : [],
    },
  };
}

/** `%(here)s` replaced; anything else the running machine decides (`%(ENV_X)s`) leaves the value as written. */
function withHere(value: string, here: string | undefined): string {
  if (here === undefined || !value.includes('%(')) return value;
  return substitute(value, { here }) ?? value.split('%(here)s').join(here);
}

function serverUrlOf(main: ParsedDocument, here: string | undefined): string | undefined {
  const ctl = main.sections.filter((s) => s.name === 'supervisorctl').pop();
  const url = ctl ? entry(ctl, 'serverurl')?.value.trim() : undefined;
  return url ? withHere(url, here) : undefined;
}

function socketOf(set: ConfigSet, here: string | undefined): string | undefined {
  const server = allSections(set).filter(({ section }) => section.name === 'unix_http_server').pop();
  const file = server ? entry(server.section, 'file')?.value.trim() : undefined;
  return file ? withHere(file, here) : undefined;
}

function includeErrors(main: ParsedDocument, here: string): string[] {
  return includePatterns(main, here).filter((pattern) => pattern.includes('%('))
    .map((pattern) => `${pattern} holds an expansion only the machine supervisord runs on knows; its files were not looked for.`);
}

function groupsOf(set: ConfigSet): { name: string; programs: string[] }[] {
  const groups: { name: string; programs: string[] }[] = [];
  for (const { section } of allSections(set)) {
    const { type, name } = splitHeader(section);
    if (type !== 'group' || name === undefined) continue;
    const programs = (entry(section, 'programs')?.value ?? '').split(',').map((p) => p.trim()).filter(Boolean);
    groups.push({ name: name.trim(), programs });
  }
  return groups;
}

function programKind(section: Section): SupervisorProgram['sectionKind'] | undefined {
  const { type } = splitHeader(section);
  return (PROGRAM_KINDS as readonly string[]).includes(type) ? type as SupervisorProgram['sectionKind'] : undefined;
}

function integerOr(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const text = value.trim();
  return /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** The programs this file defines, as supervisord turns each into a group of processes. */
function programsOf(doc: ParsedDocument, groups: { name: string; programs: string[] }[], here: string | undefined): SupervisorProgram[] {
  const groupOf = new Map<string, string>();
  for (const group of groups) for (const program of group.programs) if (!groupOf.has(program)) groupOf.set(program, group.name);
  const seen = new Set<string>();
  const out: SupervisorProgram[] = [];
  for (const section of doc.sections) {
    const sectionKind = programKind(section);
    const name = splitHeader(section).name?.trim();
    if (!sectionKind || !name || seen.has(name)) continue;
    seen.add(name);
    const group = sectionKind === 'eventlistener' ? name : groupOf.get(name) ?? name;
    const numprocs = integerOr(entry(section, 'numprocs')?.value, 1);
    const start = integerOr(entry(section, 'numprocs_start')?.value, 0);
    const template = (entry(section, 'process_name')?.value ?? '%(program_name)s').trim();
    const processes: string[] = [];
    if (Number.isInteger(numprocs) && numprocs >= 1 && numprocs <= MAX_LISTED_PROCESSES && Number.isInteger(start)) {
      const names: Record<string, string | number> = { program_name: name, group_name: group, numprocs, ...(here === undefined ? {} : { here }) };
      for (let n = start; n < start + numprocs; n++) {
        const processName = substitute(template, { ...names, process_num: n });
        if (processName === undefined) {
          processes.length = 0;
          break;
        }
        processes.push(processName);
      }
    }
    // Without process names, the group's wildcard (a program outside [group:x] is its own group).
    const namespecs = processes.length === 0
      ? [group === name ? `${name}:*` : `${group}:${name}`]
      : processes.map((p) => (p === group && p !== 'all' ? p : `${group}:${p}`));
    out.push({ name, sectionKind, group, processes, namespecs, numprocs: Number.isInteger(numprocs) ? numprocs : 1, headerLine: section.headerRange.start.line });
  }
  return out;
}

/** The program whose section holds the position. */
function programAt(doc: ParsedDocument, position: Position): string | undefined {
  let found: Section | undefined;
  for (const section of doc.sections) {
    if (section.headerRange.start.line > position.line) break;
    found = section;
  }
  return found && programKind(found) ? splitHeader(found).name?.trim() : undefined;
}
