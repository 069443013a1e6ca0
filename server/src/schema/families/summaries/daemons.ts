// Summaries, in our own words, of the daemons' configuration keys (journald.conf, logind.conf, ...).
export const daemonSummaries: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  journald: {
    Storage: 'Where journal data is kept: volatile (memory, /run), persistent (/var/log/journal), auto (persistent if that folder exists) or none.',
  },
};
