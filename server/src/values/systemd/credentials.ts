// Credentials and verity hashes: SetCredential[Encrypted]= (`NAME:DATA`, base64 for the encrypted
// form), LoadCredential[Encrypted]= (`NAME[:PATH]`), RootHash= (hex of 16 bytes or more, or a path) and
// RootHashSignature= (`base64:DATA` or a path).
import { expands } from './specifiers';
import type { ValueIssue, ValueValidator } from '../types';
import { error } from './issue';
import { pathProblem } from './pathRules';

/** credential_name_valid(): a file name, at most 255 bytes, not `.` or `..`. */
function credentialNameProblem(name: string): string | undefined {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || /[\x00-\x1f]/.test(name)) return `'${name}' is not a credential name`;
  return name.length > 255 ? 'the credential name is too long' : undefined;
}

/** unbase64mem(): blanks anywhere, groups of four, `=` padding only at the end. */
export function isBase64(text: string): boolean {
  return /^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text.replace(/[ \t\n\r]/g, ''));
}

/** StandardInputData=: base64 data. */
export const validateInputData: ValueValidator = (value, _spec, context) =>
  isBase64(value) ? [] : whole(value, `${context.key}= takes base64 data; '${value}' is not.`);

function whole(value: string, message: string): ValueIssue[] {
  return [error(message, 0, value.length)];
}

export const validateSetCredential: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  const colon = v.indexOf(':');
  if (colon < 0) return whole(value, `${context.key}= needs NAME:DATA.`);
  const name = v.slice(0, colon);
  if (expands(name, context.key)) return [];
  const problem = credentialNameProblem(name);
  if (problem) return whole(value, `${context.key}= refuses the line: ${problem}.`);
  if (context.key === 'SetCredentialEncrypted' && !isBase64(v.slice(colon + 1))) {
    return whole(value, `${context.key}= needs the encrypted data in base64 after the name.`);
  }
  return [];
};

export const validateLoadCredential: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  const colon = v.indexOf(':');
  const name = colon < 0 ? v : v.slice(0, colon);
  if (expands(v, context.key)) return [];
  const problem = credentialNameProblem(name);
  if (problem) return whole(value, `${context.key}= refuses the line: ${problem}.`);
  const source = colon < 0 ? '' : v.slice(colon + 1);
  // A source is an absolute path or, since 250, a credential name of the service manager.
  if (source !== '' && !source.startsWith('/') && (credentialNameProblem(source) || source.includes(':'))) return whole(value, `'${source}' is neither an absolute path nor a credential name.`);
  if (source.startsWith('/') && pathProblem(source, 'absolute')) return whole(value, `'${source}' is not a path systemd takes.`);
  return [];
};

export const validateRootHash: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  if (expands(v, context.key)) return [];
  if (v.startsWith('/')) return [];
  if (!/^([0-9a-fA-F]{2})*$/.test(v)) return whole(value, `${context.key}= takes a hex string or an absolute path; '${v}' is neither.`);
  if (v.length < 32) return whole(value, `${context.key}= is too short: a root hash has at least 16 bytes (32 hex digits).`);
  return [];
};

export const validateRootHashSignature: ValueValidator = (value, _spec, context) => {
  const v = value.trim();
  if (v.startsWith('/') || expands(v, context.key)) return [];
  if (!v.startsWith('base64:')) return whole(value, `${context.key}= takes an absolute path or base64:DATA.`);
  return isBase64(v.slice(7)) ? [] : whole(value, `${context.key}= has data after base64: that is not base64.`);
};
