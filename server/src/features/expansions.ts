// supervisor `%(name)s` expansions: completion after `%(`.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver-types';

const MEANINGS: Readonly<Record<string, string>> = {
  program_name: 'the name after the colon in [program:NAME]',
  process_num: 'the process number, 0 to numprocs-1 (format it with 02d for zero padding)',
  group_name: 'the name of the process group',
  host_node_name: 'this host’s node name',
  here: 'the folder of the config file that defines the option',
  numprocs: 'the number of processes of the program',
  ENV_: 'an environment variable of supervisord: %(ENV_NAME)s',
};

export function expansionCompletions(names: string[], range: Range): CompletionItem[] {
  return names.map((name) => {
    const isEnv = name === 'ENV_*';
    const conversion = name === 'process_num' || name === 'numprocs' ? '${1:02}d' : 's';
    return {
      label: isEnv ? '%(ENV_…)s' : `%(${name})s`,
      kind: CompletionItemKind.Variable,
      detail: MEANINGS[isEnv ? 'ENV_' : name],
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: isEnv ? '%(ENV_${1:NAME})s' : `%(${name})${conversion}` },
      filterText: `%(${isEnv ? 'ENV_' : name}`,
    };
  });
}
