/** The supervisor command layer: pure Node, no `vscode` import. */
export * from './names';
export * from './argv';
export * from './status';
export * from './runner';
export * from './privilege';
export * from './consent';
export * from './launch';
