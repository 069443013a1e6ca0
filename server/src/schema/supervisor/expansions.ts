// What each `%(name)s` expansion stands for, in our own words, for hover and completion.

export const EXPANSION_SUMMARIES: Readonly<Record<string, string>> = {
  here: 'The folder of the config file that holds this line (the main config, or the included file).',
  program_name: 'The name after the colon in `[program:NAME]` (also `[fcgi-program:…]`, `[eventlistener:…]`).',
  process_num: 'The number of this copy, counting from `numprocs_start`; write `%(process_num)02d` for 00, 01, ….',
  numprocs: 'How many copies `numprocs` starts.',
  group_name: 'The group the process belongs to: the `[group:NAME]` that lists it, or else its program name.',
  host_node_name: 'The machine\'s host name, as supervisord sees it when it starts.',
  'ENV_*': 'An environment variable: `%(ENV_HOME)s` is `$HOME` from supervisord\'s environment or from `[supervisord] environment=`.',
};

/** The summary for an expansion name as written (`ENV_PATH` finds the `ENV_*` entry). */
export function expansionSummary(name: string): string | undefined {
  return EXPANSION_SUMMARIES[name] ?? (name.startsWith('ENV_') ? EXPANSION_SUMMARIES['ENV_*'] : undefined);
}
