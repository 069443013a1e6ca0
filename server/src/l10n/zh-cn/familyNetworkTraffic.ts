// Simplified Chinese for the key summaries of schema/families/summaries/networkTraffic.ts, keyed by their English.
export const networkTrafficZh: Readonly<Record<string, string>> = {};
