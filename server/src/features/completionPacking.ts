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

/** True when the client lets completionItem/resolve fill in an item's `detail` (LSP 3.16 `resolveSupport`). */
export function resolvesDetail(capabilities: unknown): boolean {
  const properties = (capabilities as { textDocument?: { completion?: { completionItem?: { resolveSupport?: { properties?: unknown } } } } } | undefined)
    ?.textDocument?.completion?.completionItem?.resolveSupport?.properties;
  return Array.isArray(properties) && properties.includes('detail');
}

/** A copy of `item` without the fields in `drop` (a loop, not a rest spread: several times faster on a 300-item list). */
function without(item: CompletionItem, drop: ReadonlySet<string>): CompletionItem {
  const copy: Record<string, unknown> = {};
  for (const key in item) if (!drop.has(key)) copy[key] = item[key as keyof CompletionItem];
  return copy as unknown as CompletionItem;
}

const TEXT_EDIT_TEXT: ReadonlySet<string> = new Set(['textEditText']);

/** The list with its item defaults applied to every item (an item's own field wins), and none left on the list. */
export function withoutDefaults(list: CompletionList): CompletionList {
  const defaults = list.itemDefaults;
  if (!defaults) return list;
  const range = defaults.editRange;
  const items = list.items.map((item) => {
    const copy = without(item, TEXT_EDIT_TEXT);
    if (range && !item.textEdit) {
      const newText = item.textEditText ?? item.label;
      copy.textEdit = 'insert' in range ? { newText, insert: range.insert, replace: range.replace } : { range, newText };
    }
    if (defaults.data !== undefined && item.data === undefined) copy.data = defaults.data as unknown;
    if (defaults.insertTextFormat !== undefined && item.insertTextFormat === undefined) copy.insertTextFormat = defaults.insertTextFormat;
    if (defaults.insertTextMode !== undefined && item.insertTextMode === undefined) copy.insertTextMode = defaults.insertTextMode;
    if (defaults.commitCharacters !== undefined && item.commitCharacters === undefined) copy.commitCharacters = defaults.commitCharacters;
    return copy;
  });
  return { isIncomplete: list.isIncomplete, items };
}

/** Items shared between requests are frozen; their copies without detail are kept as long as they are. */
const withoutDetail = new WeakMap<CompletionItem, CompletionItem>();
const DETAIL: ReadonlySet<string> = new Set(['detail']);

function slim(item: CompletionItem): CompletionItem {
  if (item.detail === undefined) return item;
  if (!Object.isFrozen(item)) return without(item, DETAIL);
  let copy = withoutDetail.get(item);
  if (!copy) withoutDetail.set(item, (copy = Object.freeze(without(item, DETAIL))));
  return copy;
}

/** A list of items shared between requests (frozen) is slimmed once. */
const slimLists = new WeakMap<CompletionItem[], CompletionItem[]>();

function slimItems(items: CompletionItem[]): CompletionItem[] {
  if (!Object.isFrozen(items)) return items.map(slim);
  let copy = slimLists.get(items);
  if (!copy) slimLists.set(items, (copy = Object.freeze(items.map(slim)) as CompletionItem[]));
  return copy;
}

/**
 * The list as it goes out. A list with item defaults the client reads goes out as it is. Otherwise, with
 * item defaults, fields shared by every item move to `itemDefaults`
 * (the edit's text stays on the item as `textEditText`, or is the label). Without them, an edit that
 * inserts at the cursor becomes `insertText` (or nothing, when that is the label): a client inserts
 * there anyway. `position` is where completion was asked. `dropDetail`: the items go without their
 * detail, for a client that resolves it when the item is focused (the only time VS Code shows it).
 */
export function packCompletionList(list: CompletionList, support: ItemDefaultsSupport, position: Range['start'], dropDetail = false): CompletionList {
  // A list made with defaults the client reads goes out as it is: its items are shared, nothing is copied.
  if (list.itemDefaults && Object.keys(list.itemDefaults).every((name) => support.has(name))) {
    return { isIncomplete: list.isIncomplete, itemDefaults: list.itemDefaults, items: dropDetail ? slimItems(list.items) : list.items };
  }
  const defaults: NonNullable<CompletionList['itemDefaults']> = {};
  const items = withoutDefaults(list).items;
  const drop = new Set<string>(dropDetail ? ['detail'] : []);
  const range = support.has('editRange') ? shared(items, (i) => plainEdit(i)?.range, sameRange) : undefined;
  if (range) {
    defaults.editRange = range;
    drop.add('textEdit');
  }
  const format = support.has('insertTextFormat') ? shared(items, (i) => i.insertTextFormat, (a, b) => a === b) : undefined;
  if (format !== undefined) {
    defaults.insertTextFormat = format;
    drop.add('insertTextFormat');
  }
  // One object for all: completion hands every item of a list the same `data` when it can.
  const data = support.has('data') ? shared(items, (i) => i.data as unknown, (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b)) : undefined;
  if (data !== undefined) {
    defaults.data = data;
    drop.add('data');
  }
  const here: Range = { start: position, end: position };
  const dropWithEdit = new Set([...drop, 'textEdit']);
  const packed = items.map((item) => {
    const edit = plainEdit(item);
    // An edit at the cursor is what a client does anyway: the text alone, as insertText, or nothing when it is the label.
    const atCursor = !range && edit !== undefined && sameRange(edit.range, here) && item.insertText === undefined;
    const copy = drop.size > 0 || atCursor ? without(item, atCursor ? dropWithEdit : drop) : item;
    if (range && edit && edit.newText !== item.label) copy.textEditText = edit.newText;
    else if (atCursor && edit.newText !== item.label) copy.insertText = edit.newText;
    return copy;
  });
  return Object.keys(defaults).length > 0 ? { isIncomplete: list.isIncomplete, itemDefaults: defaults, items: packed } : { isIncomplete: list.isIncomplete, items: packed };
}
