// What quadlet refuses a file for as a whole: a key its type needs, or two keys that exclude each other.
// Each check follows the Convert* function of quadlet.go for the type.
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { ERROR } from '../common/diagnostic';
import { lookup, lookupAll, sectionAnchor, valueOf, type QuadletCheck, type QuadletContext } from './context';
import { CODES, problem } from './problem';

function missing(context: QuadletContext, message: string): Diagnostic {
  return problem(sectionAnchor(context), message, ERROR, CODES.missingKey);
}

function conflict(range: Range, message: string): Diagnostic {
  return problem(range, message, ERROR, CODES.conflict);
}

const container: QuadletCheck = (context) => {
  const { doc } = context;
  const image = lookup(doc, 'Container', 'Image');
  const rootfs = lookup(doc, 'Container', 'Rootfs');
  if (!image?.value && !rootfs?.value) return [missing(context, 'A .container needs Image= (or Rootfs=) in [Container]: quadlet refuses it ("no Image or Rootfs key specified").')];
  if (image?.value && rootfs?.value) return [conflict(rootfs.entry.keyRange, 'Image= and Rootfs= exclude each other: quadlet refuses the file.')];
  return [];
};

const kube: QuadletCheck = (context) => (lookupAll(context.doc, 'Kube', 'Yaml').length === 0
  ? [missing(context, 'A .kube needs Yaml= in [Kube]: quadlet refuses it ("no Yaml key specified").')] : []);

const image: QuadletCheck = (context) => (valueOf(context.doc, 'Image', 'Image') === ''
  ? [missing(context, 'A .image needs Image= in [Image]: quadlet refuses it ("no Image key specified").')] : []);

const artifact: QuadletCheck = (context) => (valueOf(context.doc, 'Artifact', 'Artifact') === ''
  ? [missing(context, 'A .artifact needs Artifact= in [Artifact]: quadlet refuses it ("no Artifact key specified").')] : []);

const volume: QuadletCheck = (context) => {
  const { doc } = context;
  const found: Diagnostic[] = [];
  const driver = lookup(doc, 'Volume', 'Driver');
  if (driver?.value === 'image') {
    if (valueOf(doc, 'Volume', 'Image') === '') found.push(problem(driver.entry.valueRange, 'Driver=image needs Image= in [Volume]: quadlet refuses the file.', ERROR, CODES.missingKey));
    return found;
  }
  if (valueOf(doc, 'Volume', 'Device') !== '') return found;
  for (const key of ['Type', 'Options']) {
    const set = lookup(doc, 'Volume', key);
    if (set?.value) found.push(problem(set.entry.keyRange, `${key}= needs Device= in [Volume]: quadlet refuses the file.`, ERROR, CODES.missingKey));
  }
  return found;
};

/** `%h/...` and the other specifiers: quadlet takes a File= starting with one as absolute. */
const SPECIFIER_START = /^%[a-zA-Z]/;
const URL = /^((https?)|(git):\/\/)|(github\.com\/).+$/;
const WORKING_DIRECTORY_WORDS = new Set(['yaml', 'unit', 'file']);

const build: QuadletCheck = (context) => {
  const { doc } = context;
  const found: Diagnostic[] = [];
  if (lookupAll(doc, 'Build', 'ImageTag').length === 0) found.push(missing(context, 'A .build needs ImageTag= in [Build]: quadlet refuses it ("no ImageTag key specified").'));
  const setWd = valueOf(doc, 'Build', 'SetWorkingDirectory');
  const file = lookup(doc, 'Build', 'File');
  const filePath = file?.value ?? '';
  // A value other than the three words is the build context itself (a path or URL).
  const buildContext = setWd !== '' && !WORKING_DIRECTORY_WORDS.has(setWd.toLowerCase()) ? setWd : '';
  const workingDirectory = valueOf(doc, 'Service', 'WorkingDirectory') !== ''
    || ['unit', 'file'].includes(setWd.toLowerCase()) || (buildContext !== '' && !buildContext.startsWith('/'));
  if (!workingDirectory && filePath === '' && buildContext === '') {
    found.push(missing(context, 'A .build needs SetWorkingDirectory= or File= in [Build]: quadlet refuses it ("neither SetWorkingDirectory, nor File key specified").'));
  } else if (file && buildContext === '' && !workingDirectory && filePath !== '' && !filePath.startsWith('/') && !SPECIFIER_START.test(filePath) && !URL.test(filePath)) {
    found.push(problem(file.entry.valueRange, 'A relative File= needs SetWorkingDirectory= in [Build] (or WorkingDirectory= in [Service]): quadlet refuses the file.', ERROR, CODES.missingKey));
  }
  return found;
};

const BY_TYPE: Readonly<Record<string, QuadletCheck>> = { container, kube, image, artifact, volume, build };

export const requiredChecks: QuadletCheck = (context) => BY_TYPE[context.type]?.(context) ?? [];
