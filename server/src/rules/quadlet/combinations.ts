// Settings quadlet refuses in combination (quadlet.go's handleUser, handleUserMappings, handleExecReload,
// handleSetWorkingDirectory and the network subnet checks), each on the line that causes it.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Entry } from '../../parse/model';
import { ERROR } from '../common/diagnostic';
import { lookup, lookupAll, valueOf, type QuadletCheck, type QuadletContext } from './context';
import { CODES, problem } from './problem';

const refuse = (entry: Entry, message: string, code: string = CODES.conflict): Diagnostic => problem(entry.keyRange, message, ERROR, code);

/** Words of every setting of a list key (quadlet's LookupAllStrv), an empty one clearing the list. */
function words(context: QuadletContext, key: string): string[] {
  return lookupAll(context.doc, context.main, key).flatMap((e) => e.value.split(/\s+/).filter(Boolean));
}

const user: QuadletCheck = (context) => {
  if (context.type !== 'container') return [];
  const group = lookup(context.doc, 'Container', 'Group');
  return group?.value && valueOf(context.doc, 'Container', 'User') === ''
    ? [refuse(group.entry, 'Group= needs User= in [Container]: quadlet refuses the file ("invalid Group set without User").', CODES.missingKey)] : [];
};

const REMAP_KEYS = ['RemapUsers', 'RemapUid', 'RemapGid'];

const userMappings: QuadletCheck = (context) => {
  if (!['container', 'kube', 'pod'].includes(context.type)) return [];
  const { doc, main } = context;
  const explicit = ['UIDMap', 'GIDMap'].some((k) => words(context, k).length > 0) || ['UserNS', 'SubUIDMap', 'SubGIDMap'].some((k) => valueOf(doc, main, k) !== '');
  const remap = REMAP_KEYS.map((k) => lookup(doc, main, k)).filter((l) => l !== undefined);
  if (explicit) {
    return remap.map((l) => refuse(l.entry, `${l.entry.key}= is deprecated and cannot be combined with UserNS=, UIDMap=, GIDMap=, SubUIDMap= or SubGIDMap=: quadlet refuses the file.`));
  }
  const remapUsers = lookup(doc, main, 'RemapUsers');
  const mode = remapUsers?.entry.value ?? '';
  if (mode === '') {
    return ['RemapUid', 'RemapGid'].filter((k) => words(context, k).length > 0)
      .map((k) => refuse(lookupAll(doc, main, k)[0], `${k}= needs RemapUsers= in [${main}]: quadlet refuses the file.`, CODES.missingKey));
  }
  if (!remapUsers) return [];
  if (mode === 'manual' && context.type === 'kube') return [problem(remapUsers.entry.valueRange, 'RemapUsers=manual is not supported in a .kube file: quadlet refuses it.', ERROR, CODES.invalidValue)];
  if (!['manual', 'auto', 'keep-id'].includes(mode)) return [problem(remapUsers.entry.valueRange, `Unsupported RemapUsers= value '${mode}': quadlet refuses the file (it takes auto, keep-id or manual).`, ERROR, CODES.invalidValue)];
  if (mode === 'keep-id') {
    return ['RemapUid', 'RemapGid'].filter((k) => words(context, k).length > 1)
      .map((k) => refuse(lookupAll(doc, main, k)[1], `RemapUsers=keep-id takes a single ${k}= mapping: quadlet refuses the file.`));
  }
  return [];
};

const reload: QuadletCheck = (context) => {
  if (context.type !== 'container') return [];
  const command = lookup(context.doc, 'Container', 'ReloadCmd');
  const signal = lookup(context.doc, 'Container', 'ReloadSignal');
  return command?.value && signal?.value
    ? [refuse(signal.entry, 'ReloadCmd= and ReloadSignal= exclude each other: quadlet refuses the file.')] : [];
};

const workingDirectory: QuadletCheck = (context) => {
  const setting = lookup(context.doc, context.main, 'SetWorkingDirectory');
  if (!setting?.value) return [];
  const value = setting.value.toLowerCase();
  const at = setting.entry.valueRange;
  const refuseValue = (message: string) => [problem(at, message, ERROR, CODES.invalidValue)];
  if (value === 'yaml') {
    if (context.type !== 'kube') return refuseValue('SetWorkingDirectory=yaml is only for .kube files: quadlet refuses the file.');
    if (words(context, 'Yaml').length > 1) return refuseValue('SetWorkingDirectory=yaml needs exactly one Yaml=: quadlet refuses the file.');
    return [];
  }
  if (value === 'file') {
    if (context.type !== 'build') return refuseValue('SetWorkingDirectory=file is only for .build files: quadlet refuses the file.');
    return lookup(context.doc, 'Build', 'File') ? [] : refuseValue('SetWorkingDirectory=file needs File= in [Build]: quadlet refuses the file.');
  }
  if (value === 'unit' || context.type === 'build') return [];
  return refuseValue(`SetWorkingDirectory= takes yaml or unit here (a path or URL only in .build files): quadlet refuses '${setting.value}'.`);
};

const subnets: QuadletCheck = (context) => {
  if (context.type !== 'network') return [];
  const count = lookupAll(context.doc, 'Network', 'Subnet').length;
  const found: Diagnostic[] = [];
  for (const key of ['Gateway', 'IPRange']) {
    const set = lookupAll(context.doc, 'Network', key);
    if (count === 0 && set.length > 0) found.push(refuse(set[0], `${key}= needs Subnet= in [Network]: quadlet refuses the file ("cannot set gateway or range without subnet").`, CODES.missingKey));
    else if (set.length > count) found.push(refuse(set[count], `More ${key}= than Subnet= settings: each ${key}= needs its own Subnet=, and quadlet refuses the file.`));
  }
  return found;
};

/** The generated service's Type= and KillMode= quadlet allows for a container or a kube. */
const serviceSettings: QuadletCheck = (context) => {
  if (context.type !== 'container' && context.type !== 'kube') return [];
  const found: Diagnostic[] = [];
  const type = lookup(context.doc, 'Service', 'Type');
  if (type && type.value !== 'notify' && type.value !== 'oneshot') {
    found.push(problem(type.entry.valueRange, `A .${context.type} service is Type=notify or Type=oneshot: quadlet refuses '${type.value}'.`, ERROR, CODES.invalidValue));
  }
  const killMode = lookup(context.doc, 'Service', 'KillMode');
  if (killMode && killMode.value !== 'mixed' && killMode.value !== 'control-group') {
    found.push(problem(killMode.entry.valueRange, `A .${context.type} service takes KillMode=mixed or KillMode=control-group: quadlet refuses '${killMode.value}'.`, ERROR, CODES.invalidValue));
  }
  return found;
};

export const combinationChecks: QuadletCheck = (context) => [user, userMappings, reload, workingDirectory, subnets, serviceSettings].flatMap((check) => check(context));
