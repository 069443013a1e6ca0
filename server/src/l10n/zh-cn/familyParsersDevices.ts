// Simplified Chinese for the value labels and messages of schema/families/parsers/devices.ts and values/families/devices.ts, keyed by their English.
export const deviceParserTextZh: Readonly<Record<string, string>> = {};
