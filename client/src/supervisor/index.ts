/** The supervisor command layer: pure Node, no `vscode` import. */
export * from './names';
export * from './argv';
export * from './status';
export * from './runner';
export * from './config';
export { readSupervisorIni, getValue, type IniFile, type IniSection } from './iniRead';
export { expandPercent, ExpansionError } from './expand';
export { globMatchesPath, fnmatchToRegExp } from './glob';
export * from './privilege';
export * from './consent';
export * from './launch';
