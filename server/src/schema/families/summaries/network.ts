// Summaries, in our own words, of the keys of systemd-networkd's .network files.
export const networkSummaries: Readonly<Record<string, string>> = {
  'Match.Name': 'Interface names (globs allowed) this file applies to; a leading ! negates the list.',
};
