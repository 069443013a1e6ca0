// SysV init scripts: what the server and the checker use of this folder.
export { InitScriptCache } from './scriptCache';
export { initScriptOf, type InitScript } from './initScript';
export { sysvDiagnostics } from './lsbDiagnostics';
export { sysvHover } from './lsbHover';
export { sysvCompletion } from './lsbCompletion';
export { convertInitScript } from './convert';
