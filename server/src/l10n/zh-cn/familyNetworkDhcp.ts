// Simplified Chinese for the key summaries of schema/families/summaries/networkDhcp.ts, keyed by their English.
export const networkDhcpZh: Readonly<Record<string, string>> = {};
