// Simplified Chinese for the key summaries of schema/families/summaries/devices.ts, keyed by their English.
export const deviceSummariesZh: Readonly<Record<string, string>> = {};
