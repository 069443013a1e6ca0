// Simplified Chinese for the value labels and messages of schema/families/parsers/daemons.ts and values/families/daemons.ts, keyed by their English.
export const daemonParserTextZh: Readonly<Record<string, string>> = {};
