// The server's message catalog: which locales mean Simplified Chinese, and how English messages are
// matched against templates and rewritten (nested messages, one-word placeholders, the most specific
// template winning, unmatched text left as it is).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MessageCatalog, placeholders } from '../../../server/src/l10n/catalog';
import { environmentLocale, localeOf } from '../../../server/src/l10n/locale';
import { matchTemplate, parseTemplate } from '../../../server/src/l10n/template';
import { english, translatorFor } from '../../../server/src/l10n/translator';

describe('server locale', () => {
  it('reads the LSP and POSIX spellings of Simplified Chinese, and nothing else, as zh-cn', () => {
    for (const tag of ['zh-cn', 'zh-CN', 'zh-Hans', 'zh', 'zh_CN.UTF-8', 'zh-Hans-CN', 'zh_SG', 'ZH-cn']) assert.equal(localeOf(tag), 'zh-cn', tag);
    for (const tag of ['en', 'en-US', 'de', 'ja', '', undefined, 'C', 'POSIX', 'C.UTF-8', 'zh-TW', 'zh-Hant', 'zh_HK.UTF-8', 'zh-Hant-CN', 'zhx']) {
      assert.equal(localeOf(tag), 'en', String(tag));
    }
  });

  it('takes LC_ALL, then LC_MESSAGES, then LANG, skipping empty ones', () => {
    assert.equal(environmentLocale({ LANG: 'zh_CN.UTF-8' }), 'zh-cn');
    assert.equal(environmentLocale({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(environmentLocale({ LC_ALL: '', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }), 'zh-cn');
    assert.equal(environmentLocale({}), 'en');
  });
});

describe('message catalog', () => {
  const catalog = new MessageCatalog({
    'Unknown directive \'{key}\' in [{section}]: systemd ignores it.': '[{section}] 中的未知指令“{key}”：systemd 会忽略它。',
    '{message:msg} Did you mean {suggestion}?': '{message:msg}你是想写 {suggestion} 吗？',
    '{key}= is deprecated.': '{key}= 已弃用。',
    '{key}= is a legacy setting that later releases ignore (from systemd {since}).': '{key}= 是旧设置（自 systemd {since} 起）。',
    '{message:msg} Use {name}= instead ({note:msg}).': '{message:msg}请改用 {name}=（{note:msg}）。',
    'Change to {name}': '改为 {name}',
  }, new Map([['Turn it on.', '开启。']]));

  it('lists placeholders as written, nested ones with :msg', () => {
    assert.deepEqual(placeholders('{message:msg} Use {name}= instead ({note:msg}).'), ['message:msg', 'name', 'note:msg']);
  });

  it('rewrites a message with the values the template captured', () => {
    assert.equal(catalog.translate('Unknown directive \'Foo\' in [Service]: systemd ignores it.'), '[Service] 中的未知指令“Foo”：systemd 会忽略它。');
    assert.equal(catalog.translate('Change to Restart'), '改为 Restart');
  });

  it('translates a nested message, and leaves a nested value no template knows in English', () => {
    assert.equal(catalog.translate('Unknown directive \'Restrat\' in [Service]: systemd ignores it. Did you mean Restart?'),
      '[Service] 中的未知指令“Restrat”：systemd 会忽略它。你是想写 Restart 吗？');
    assert.equal(catalog.translate('X= is deprecated. Use Y= instead (a note of its own).'), 'X= 已弃用。请改用 Y=（a note of its own）。');
    assert.deepEqual(catalog.untranslated('X= is deprecated. Use Y= instead (a note of its own).'), ['a note of its own']);
  });

  it('lets a number placeholder take one word only, so advice after it is not swallowed', () => {
    const message = 'A= is a legacy setting that later releases ignore (from systemd 258). Use B= instead (B= uses 1-10000).';
    assert.equal(catalog.match(message)?.template, '{message:msg} Use {name}= instead ({note:msg}).');
    assert.equal(catalog.match('A= is a legacy setting that later releases ignore (from systemd 258).')?.template,
      '{key}= is a legacy setting that later releases ignore (from systemd {since}).');
  });

  it('leaves a message no template matches as it is, and reports it', () => {
    assert.equal(catalog.translate('Something new a rule says.'), 'Something new a rule says.');
    assert.deepEqual(catalog.untranslated('Something new a rule says.'), ['Something new a rule says.']);
    assert.deepEqual(catalog.untranslated('Turn it on.'), []);
  });

  it('gives the same answer from its cache as the first time', () => {
    const message = 'Unknown directive \'Bar\' in [Unit]: systemd ignores it.';
    assert.equal(catalog.translate(message), catalog.translate(message));
  });

  it('fills our own templates, in English when the catalog has none', () => {
    assert.equal(catalog.format('Change to {name}', { name: 'x' }), '改为 x');
    assert.equal(catalog.format('Not in the catalog {n}', { n: 3 }), 'Not in the catalog 3');
    assert.equal(english.format('Since {version}', { version: 240 }), 'Since 240');
    assert.equal(translatorFor('zh-cn').format('Since {version}', { version: 240 }), '自 240 起');
    assert.equal(translatorFor('en'), english);
  });
});

describe('template matching', () => {
  const template = parseTemplate('\'{word}\' is not a valid {key}= value; expected {expected:msg}.');

  it('splits a message as a lazy pattern would, trying later occurrences of a literal', () => {
    assert.deepEqual(matchTemplate(template, '\'a\' is not a valid Type= value; expected one of: x.'),
      { word: 'a', key: 'Type', expected: 'one of: x' });
    // The user's word holds the literal that follows it: its first occurrence is the wrong split.
    assert.deepEqual(matchTemplate(template, '\'a\' is not\' is not a valid Type= value; expected b.'),
      { word: 'a\' is not', key: 'Type', expected: 'b' });
    assert.equal(matchTemplate(template, '\'a\' is not a valid Type= value; expected b'), undefined);
  });

  it('gives up after a bounded number of tries instead of trying every split of a hostile message', () => {
    const late = parseTemplate('{text} x {n} y.');
    // The only split that fits is at the last ' x ': found within the budget, not beyond it.
    assert.deepEqual(matchTemplate(late, 'q x '.repeat(50) + '5 y.'), { text: 'q x '.repeat(49) + 'q', n: '5' });
    assert.equal(matchTemplate(late, 'q x '.repeat(100) + '5 y.'), undefined);
    const hostile = '\'' + '\' is not a valid X= value; expected '.repeat(5000) + 'x';
    const catalog = new MessageCatalog({ [template.english]: '“{word}”：{expected:msg}' });
    assert.equal(catalog.translate(hostile), hostile);
  });

  it('keeps a one-word placeholder to one word', () => {
    const since = parseTemplate('{key}= is old (from systemd {since}).');
    assert.deepEqual(matchTemplate(since, 'A= is old (from systemd 258).'), { key: 'A', since: '258' });
    assert.equal(matchTemplate(since, 'A= is old (from systemd 258). Use B= (from systemd 1).'), undefined);
  });
});
