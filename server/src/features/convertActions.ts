// Code actions that move a daemon between supervisor and systemd (issue 17): on a `[program:x]`
// section, "Convert to a systemd service" creates `x.service`; anywhere in a supervisor config, a
// source action converts every program of the configuration and adds a target per group; on a
// `.service`, "Convert to a supervisor program" adds a `[program:x]`. The conversions themselves
// are in server/src/convert/; this module finds the section, the file names and the edit.
import type { CodeAction, Range } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../analysis';
import { pathOf } from '../classify/classify';
import { programToUnit } from '../convert/toSystemd';
import { serviceToProgram } from '../convert/toSupervisor';
import { convertConfiguration } from '../convert/wholeConfig';
import { english, type Translator } from '../l10n/translator';
import { parseSupervisor } from '../parse/supervisor';
import { configSet } from '../rules/supervisor/configSet';
import { configGroups, knownExpansionValues } from '../rules/supervisor/knownExpansions';
import { splitHeader } from '../rules/supervisor/sections';
import type { WorkspaceView } from '../rules/types';
import { basename, dirname, join } from '../util/posixPath';
import { appendEdit, createFilesEdit, existsIn, freeName, type FileExists } from './convertActionsEdits';
import { CONVERT_ALL_KIND, CONVERT_KIND, kindWanted, type ConvertSupport } from './convertActionsSupport';
import { programPlace } from './convertActionsTarget';

export { CONVERT_ALL_KIND, CONVERT_KIND, convertSupportOf, NO_CONVERT_SUPPORT, type ConvertSupport } from './convertActionsSupport';

export interface ConvertContext {
  support: ConvertSupport;
  workspace: WorkspaceView | undefined;
  /** Paths of the documents open in the editor (they exist even when not saved yet). */
  openPaths: readonly string[];
  inWorkspace: (path: string) => boolean;
  /** The request's `context.only`. */
  only?: unknown;
  t?: Translator;
}

const TO_SYSTEMD = 'Convert to a systemd service';
const ALL_TO_SYSTEMD = 'Convert every supervisor program to a systemd unit';
const TO_SUPERVISOR = 'Convert to a supervisor program';

function refused(title: string, kind: string, reason: string, ctx: ConvertContext): CodeAction[] {
  const t = ctx.t ?? english;
  return ctx.support.disabled ? [{ title: t.format(title), kind, disabled: { reason: t.message(reason) } }] : [];
}

function touches(range: Range, section: { range: Range }): boolean {
  return range.start.line <= section.range.end.line && range.end.line >= section.range.start.line;
}

export function convertActions(a: AnalyzedDocument, range: Range, ctx: ConvertContext): CodeAction[] {
  if (!a.uri.startsWith('file:')) return [];
  const path = pathOf(a.uri);
  const exists = existsIn(ctx.workspace, ctx.openPaths);
  if (a.kind.dialect === 'supervisor') return [...programAction(a, path, range, exists, ctx), ...wholeConfigAction(a, path, exists, ctx)];
  if (a.kind.unitType === 'service' && !a.kind.dropIn && kindWanted(ctx.only, CONVERT_KIND)) return serviceAction(a, path, exists, ctx);
  return [];
}

function programAction(a: AnalyzedDocument, path: string, range: Range, exists: FileExists, ctx: ConvertContext): CodeAction[] {
  if (!kindWanted(ctx.only, CONVERT_KIND)) return [];
  const section = a.doc.sections.find((s) => touches(range, s) && splitHeader(s).type === 'program' && splitHeader(s).name !== undefined);
  if (!section) return [];
  const names = knownExpansionValues(section, path, configGroups({ doc: a.doc, filePath: path, workspace: ctx.workspace }));
  const unit = programToUnit(section, { names, source: path });
  if ('refusal' in unit) return refused(TO_SYSTEMD, CONVERT_KIND, unit.refusal, ctx);
  if (!ctx.support.createFiles) return refused(TO_SYSTEMD, CONVERT_KIND, 'This editor cannot create files from a code action (workspace.workspaceEdit.resourceOperations has no \'create\').', ctx);
  const folder = dirname(path);
  const name = freeName(folder, unit.fileName, exists);
  if (!name) return refused(TO_SYSTEMD, CONVERT_KIND, `${unit.fileName} and its -converted name both exist in ${folder}: move one away first.`, ctx);
  const title = (ctx.t ?? english).format(`${TO_SYSTEMD} ({name})`, { name });
  return [{ title, kind: CONVERT_KIND, edit: createFilesEdit([{ path: join(folder, name), text: unit.text }]) }];
}

function wholeConfigAction(a: AnalyzedDocument, path: string, exists: FileExists, ctx: ConvertContext): CodeAction[] {
  if (!kindWanted(ctx.only, CONVERT_ALL_KIND)) return [];
  // The configuration as the diagnostics last read it (cached per document version): editors ask on every cursor move.
  const set = configSet({ doc: a.doc, filePath: path, workspace: ctx.workspace });
  const files = set.files.filter((f) => f.path !== undefined).map((f) => ({ path: f.path as string, sections: f.doc.sections }));
  const whole = convertConfiguration(files);
  if (!whole.files.length) return [];
  if (!ctx.support.createFiles) return refused(ALL_TO_SYSTEMD, CONVERT_ALL_KIND, 'This editor cannot create files from a code action (workspace.workspaceEdit.resourceOperations has no \'create\').', ctx);
  const planned: { path: string; text: string }[] = [];
  const taken = new Set<string>();
  for (const file of whole.files) {
    const name = freeName(file.folder, file.fileName, (p) => taken.has(p) || exists(p));
    if (!name) return refused(ALL_TO_SYSTEMD, CONVERT_ALL_KIND, `${file.fileName} and its -converted name both exist in ${file.folder}: move one away first.`, ctx);
    taken.add(join(file.folder, name));
    planned.push({ path: join(file.folder, name), text: file.text });
  }
  const title = (ctx.t ?? english).format(`${ALL_TO_SYSTEMD} (${planned.length === 1 ? '1 file' : '{count} files'})`, { count: planned.length });
  return [{ title, kind: CONVERT_ALL_KIND, edit: createFilesEdit(planned) }];
}

function serviceAction(a: AnalyzedDocument, path: string, exists: FileExists, ctx: ConvertContext): CodeAction[] {
  const unitName = a.kind.dialect === 'systemd' ? a.kind.unitName ?? basename(path) : basename(path);
  const program = serviceToProgram(a.doc, unitName);
  if ('refusal' in program) return refused(TO_SUPERVISOR, CONVERT_KIND, program.refusal, ctx);
  const place = programPlace(path, ctx.workspace, ctx.inWorkspace);
  if (place.kind !== 'new') {
    const mainDoc = parseSupervisor(ctx.workspace?.readFile(place.config) ?? '');
    const config = configSet({ doc: mainDoc, filePath: place.config, workspace: ctx.workspace });
    const taken = config.files.some((f) => f.doc.sections.some((s) => s.name === `program:${program.program}`));
    if (taken) return refused(TO_SUPERVISOR, CONVERT_KIND, `[program:${program.program}] already exists in the supervisor configuration ${place.config}.`, ctx);
  }
  const t = ctx.t ?? english;
  if (place.kind === 'append') {
    return [{ title: t.format(`${TO_SUPERVISOR} (in {name})`, { name: basename(place.config) }), kind: CONVERT_KIND, edit: appendEdit(place.config, place.text, program.text) }];
  }
  if (!ctx.support.createFiles) return refused(TO_SUPERVISOR, CONVERT_KIND, 'This editor cannot create files from a code action (workspace.workspaceEdit.resourceOperations has no \'create\').', ctx);
  const extension = place.kind === 'include' ? place.extension : 'conf';
  const name = freeName(place.folder, `${program.program}.${extension}`, exists);
  if (!name) return refused(TO_SUPERVISOR, CONVERT_KIND, `${program.program}.${extension} and its -converted name both exist in ${place.folder}: move one away first.`, ctx);
  return [{ title: t.format(`${TO_SUPERVISOR} ({name})`, { name: `${basename(place.folder)}/${name}` }), kind: CONVERT_KIND, edit: createFilesEdit([{ path: join(place.folder, name), text: program.text }]) }];
}
