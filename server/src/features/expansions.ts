// supervisor `%(name)s` expansions: completion after `%(`.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { expansionSummary } from '../schema/supervisor/expansions';
import { english, type Translator } from '../l10n/translator';

export function expansionCompletions(names: string[], range: Range, t: Translator = english): CompletionItem[] {
  return names.map((name) => {
    const isEnv = name === 'ENV_*';
    const conversion = name === 'process_num' || name === 'numprocs' ? '${1:02}d' : 's';
    return {
      label: isEnv ? '%(ENV_…)s' : `%(${name})s`,
      kind: CompletionItemKind.Variable,
      detail: t.format(isEnv ? 'environment variable' : 'expansion'),
      documentation: { kind: MarkupKind.Markdown, value: t.schema(expansionSummary(name) ?? '') },
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: isEnv ? '%(ENV_${1:NAME})s' : `%(${name})${conversion}` },
      filterText: `%(${isEnv ? 'ENV_' : name}`,
    };
  });
}
