// What a completion list sends once instead of on every item. A client that announces LSP 3.17's
// `completionList.itemDefaults` gets the shared edit range, insert format and data as list defaults;
// every client gets items without fields it would fill in the same way itself.
import type { CompletionItem, CompletionList, Range, TextEdit } from 'vscode-languageserver-types';

/** The `itemDefaults` properties the client reads (from its initialize capabilities). */
export type ItemDefaultsSupport = ReadonlySet<string>;

export function itemDefaultsSupport(capabilities: unknown): ItemDefaultsSupport {
  const names = (capabilities as { textDocument?: { completion?: { completionList?: { itemDefaults?: unknown } } } } | undefined)
    ?.textDocument?.completion?.completionList?.itemDefaults;
  return new Set(Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : []);
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

const plainEdit = (item: CompletionItem): TextEdit | undefined =>
  item.textEdit && 'range' in item.textEdit ? item.textEdit : undefined;

/** The value every item has for `read`, when they all have one and it is the same. */
function shared<T>(items: CompletionItem[], read: (item: CompletionItem) => T | undefined, equal: (a: T, b: T) => boolean): T | undefined {
  const first = items.length > 0 ? read(items[0]) : undefined;
  if (first === undefined) return undefined;
  return items.every((item) => { const value = read(item); return value !== undefined && equal(value, first); }) ? first : undefined;
}

/**
 * The list as it goes out. With item defaults, fields shared by every item move to `itemDefaults`
 * (the edit's text stays on the item as `textEditText`, or is the label). Without them, an edit that
 * inserts at the cursor becomes `insertText` (or nothing, when that is the label): a client inserts
 * there anyway. `position` is where completion was asked.
 */
export function packCompletionList(list: CompletionList, support: ItemDefaultsSupport, position: Range['start']): CompletionList {
  const defaults: NonNullable<CompletionList['itemDefaults']> = {};
  let items = list.items;
  const range = support.has('editRange') ? shared(items, (i) => plainEdit(i)?.range, sameRange) : undefined;
  if (range) {
    defaults.editRange = range;
    items = items.map(({ textEdit, ...rest }) => {
      const text = (textEdit as TextEdit).newText;
      return text === rest.label ? rest : { ...rest, textEditText: text };
    });
  } else {
    const here: Range = { start: position, end: position };
    items = items.map((item) => {
      const edit = plainEdit(item);
      if (!edit || !sameRange(edit.range, here) || item.insertText !== undefined) return item;
      const { textEdit: _edit, ...rest } = item;
      return edit.newText === rest.label ? rest : { ...rest, insertText: edit.newText };
    });
  }
  const format = support.has('insertTextFormat') ? shared(items, (i) => i.insertTextFormat, (a, b) => a === b) : undefined;
  if (format !== undefined) {
    defaults.insertTextFormat = format;
    items = items.map(({ insertTextFormat: _format, ...rest }) => rest);
  }
  // One object for all: completion hands every item of a list the same `data` when it can.
  const data = support.has('data') ? shared(items, (i) => i.data as unknown, (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b)) : undefined;
  if (data !== undefined) {
    defaults.data = data;
    items = items.map(({ data: _data, ...rest }) => rest);
  }
  return Object.keys(defaults).length > 0 ? { isIncomplete: list.isIncomplete, itemDefaults: defaults, items } : { isIncomplete: list.isIncomplete, items };
}
