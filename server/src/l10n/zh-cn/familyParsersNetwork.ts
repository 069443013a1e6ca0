// Simplified Chinese for the value labels and messages of schema/families/parsers/network.ts and values/families/network.ts, keyed by their English.
export const networkParserTextZh: Readonly<Record<string, string>> = {};
