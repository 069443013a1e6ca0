// Options supervisord refuses to start without: `command` in a program, and the others the
// schema marks required; username and password go together; a main config needs [supervisord].
import type { Diagnostic } from 'vscode-languageserver-types';
import { findSupervisorOption } from '../../schema/supervisor';
import { supervisorDirectives } from '../../schema/supervisor';
import { appendToSection, diagnostic, ERROR } from '../common/diagnostic';
import type { Rule } from '../types';
import { configSet, hasSection } from './configSet';
import { isMisspeltSupervisord } from './mainSection';
import { entry, isProcessSection, splitHeader } from './sections';

export const missingCommand: Rule = {
  code: 'supervisor/missing-command',
  scope: 'section',
  check({ doc }) {
    return doc.sections.filter((s) => isProcessSection(s) && !entry(s, 'command')).map((section) =>
      diagnostic(section.nameRange, `[${section.name}] has no command: supervisord refuses to start.`, ERROR,
        [{ title: 'Add command=', edits: [appendToSection(doc, section, 'command = ')] }]));
  },
};

/** Options supervisord treats as missing when empty; for the others an empty value passes its check. */
const EMPTY_IS_MISSING = ['events', 'socket'];

const requiredByType = new Map<string, typeof supervisorDirectives>();

/** The options a section type requires (command aside), worked out once per type: the schema does not change. */
function requiredOptions(type: string): typeof supervisorDirectives {
  let required = requiredByType.get(type);
  if (!required) {
    required = supervisorDirectives.filter((d) => d.name !== 'command' && d.placements.some((p) => p.section === type) &&
      findSupervisorOption(type, d.name)?.required === true);
    requiredByType.set(type, required);
  }
  return required;
}

export const missingRequired: Rule = {
  code: 'supervisor/missing-required',
  check({ doc }) {
    const results: Diagnostic[] = [];
    for (const section of doc.sections) {
      for (const directive of requiredOptions(splitHeader(section).type)) {
        const present = entry(section, directive.name);
        if (present && (present.value.trim() !== '' || !EMPTY_IS_MISSING.includes(directive.name))) continue;
        results.push(diagnostic(present ? present.keyRange : section.nameRange,
          `[${section.name}] needs ${directive.name}: supervisord refuses the configuration without it.`, ERROR,
          present ? [] : [{ title: `Add ${directive.name}=`, edits: [appendToSection(doc, section, `${directive.name} = `)] }]));
      }
    }
    return results;
  },
};

export const incompleteAuth: Rule = {
  code: 'supervisor/incomplete-auth',
  check({ doc }) {
    const results: Diagnostic[] = [];
    for (const section of doc.sections) {
      const { type } = splitHeader(section);
      if (type !== 'unix_http_server' && type !== 'inet_http_server') continue;
      const user = entry(section, 'username');
      const password = entry(section, 'password');
      const given = user ?? password;
      if (!given || (user && password)) continue;
      const missing = user ? 'password' : 'username';
      results.push(diagnostic(given.keyRange, `[${section.name}] sets ${given.key} without ${missing}: supervisord refuses one without the other.`, ERROR,
        [{ title: `Add ${missing}=`, edits: [appendToSection(doc, section, `${missing} = `)] }]));
    }
    return results;
  },
};

export const missingSupervisord: Rule = {
  code: 'supervisor/missing-supervisord',
  check(ctx) {
    const { doc, kind } = ctx;
    // A misspelt [supervisord] is its own error (supervisor/misspelt-supervisord), with a fix.
    if (hasSection(doc, 'supervisord') || doc.sections.some((s) => isMisspeltSupervisord(doc, s))) return [];
    if (kind.dialect !== 'supervisor' || kind.role !== 'main') return [];
    const main = configSet(ctx).main;
    if (main && !main.current) return [];
    const server = doc.sections.find((s) => s.name === 'unix_http_server' || s.name === 'inet_http_server');
    if (!server) return [];
    return [diagnostic(server.nameRange,
      'This file configures a server but has no [supervisord] section: supervisord refuses to start from it.', ERROR,
      [{ title: 'Add [supervisord]', edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '[supervisord]\n\n' }] }])];
  },
};
