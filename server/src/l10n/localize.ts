// Where text leaves the core for a client that reads another language: diagnostics with their
// related information and quick-fix titles (code actions are built from those).
import type { Diagnostic } from 'vscode-languageserver-types';
import { isObject } from '../util/isObject';
import type { Translator } from './translator';

export function localizeDiagnostic(d: Diagnostic, t: Translator): Diagnostic {
  if (t.locale === 'en') return d;
  const message = typeof d.message === 'string' ? t.message(d.message) : { ...d.message, value: t.message(d.message.value) };
  const out: Diagnostic = { ...d, message };
  if (d.relatedInformation) out.relatedInformation = d.relatedInformation.map((r) => ({ ...r, message: t.message(r.message) }));
  const fixes: unknown = isObject(d.data) ? d.data.fixes : undefined;
  if (Array.isArray(fixes)) {
    out.data = { ...(d.data as object), fixes: fixes.map((f: unknown) => (isObject(f) && typeof f.title === 'string' ? { ...f, title: t.message(f.title) } : f)) };
  }
  return out;
}

export function localizeDiagnostics(diagnostics: Diagnostic[], t: Translator): Diagnostic[] {
  return t.locale === 'en' ? diagnostics : diagnostics.map((d) => localizeDiagnostic(d, t));
}
