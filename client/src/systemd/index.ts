// The systemd command layer: pure Node, no editor API. The VS Code commands call into this.
export * from './unitName';
export * from './identity';
export * from './argv';
export * from './verify';
export * from './runner';
export * from './privilege';
export * from './operations';
export * from './destination';
export * from './presence';
