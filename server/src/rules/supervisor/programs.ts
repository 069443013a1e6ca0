// Across the whole configuration: group members that do not exist, and programs defined twice.
import { basename, dirname } from '../../util/posixPath';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { positionAt } from '../../parse/positions';
import { closest } from '../../util/similar';
import { commaItems } from '../../values/supervisor/issue';
import { diagnostic, ERROR, replace, WARNING } from '../common/diagnostic';
import type { Rule } from '../types';
import { allSections, configSet, type ConfigSet } from './configSet';
import { substitute } from './expandedValues';
import { entry, splitHeader } from './sections';

export const unknownGroupProgram: Rule = {
  code: 'supervisor/unknown-group-program',
  check(ctx) {
    const results: Diagnostic[] = [];
    // The configuration's program names, gathered once and only for a file with a group to check.
    let known: { set: ConfigSet; programs: Set<string>; fcgi: Set<string> } | undefined;
    const knownNames = () => {
      if (known) return known;
      const set = configSet(ctx);
      const programs = new Set<string>();
      const fcgi = new Set<string>();
      for (const { section } of allSections(set)) {
        const { type, name } = splitHeader(section);
        if (name === undefined) continue;
        if (type === 'program') programs.add(name);
        else if (type === 'fcgi-program') fcgi.add(name);
      }
      return (known = { set, programs, fcgi });
    };
    for (const section of ctx.doc.sections) {
      if (splitHeader(section).type !== 'group') continue;
      const list = entry(section, 'programs');
      if (!list) continue;
      const { set, programs, fcgi } = knownNames();
      // A list written with expansions is checked as supervisord reads it, when that is known here.
      const value = list.value.includes('%(') ? substitute(list.value, ctx.filePath ? { here: dirname(ctx.filePath) } : {}) : list.value;
      if (value === undefined) continue;
      const expanded = value !== list.value;
      for (const item of commaItems(value)) {
        if (item.text === '') continue; // the value check reports stray commas
        const isProgram = programs.has(item.text);
        const isFcgi = fcgi.has(item.text);
        if (isProgram !== isFcgi) continue;
        const range: Range = expanded ? list.valueRange : { start: positionAt(list.pieces, item.start), end: positionAt(list.pieces, item.end) };
        if (isProgram && isFcgi) {
          results.push(diagnostic(range, `'${item.text}' is both a [program:${item.text}] and an [fcgi-program:${item.text}]: supervisord refuses the ambiguity.`, ERROR));
          continue;
        }
        const suggestions = closest(item.text, [...programs, ...fcgi]);
        const where = set.complete ? 'in this configuration' : 'in this file (the files it is read with were not found, so this may be a false alarm)';
        results.push(diagnostic(range,
          `[${section.name}] lists '${item.text}', but there is no [program:${item.text}] ${where}: supervisord refuses the group.` +
          (suggestions.length ? ` Did you mean ${suggestions[0]}?` : ''),
          set.complete ? ERROR : WARNING,
          suggestions.map((name, i) => ({ title: `Change to ${name}`, preferred: i === 0, edits: [replace(range, name)] }))));
      }
    }
    return results;
  },
};

const NAMED_TYPES = ['program', 'fcgi-program', 'eventlistener', 'group'];

export const duplicateProgram: Rule = {
  code: 'supervisor/duplicate-program',
  // "already defined (line 12)"
  namesLines: true,
  check(ctx) {
    // The first definition of each name, so each section is looked up once rather than compared with all.
    const firsts = new Map<string, ReturnType<typeof allSections>[number]>();
    for (const s of allSections(configSet(ctx))) if (!firsts.has(s.section.name)) firsts.set(s.section.name, s);
    const results: Diagnostic[] = [];
    for (const section of ctx.doc.sections) {
      const { type, name } = splitHeader(section);
      if (name === undefined || !NAMED_TYPES.includes(type)) continue;
      const first = firsts.get(section.name);
      if (!first || first.section === section) continue;
      const where = first.file.current ? `line ${first.section.headerRange.start.line + 1}` : (first.file.path ? basename(first.file.path) : 'another file');
      results.push(diagnostic(section.nameRange,
        `[${section.name}] is already defined (${where}): supervisord merges the two, later options overriding earlier ones.`, WARNING));
    }
    return results;
  },
};
