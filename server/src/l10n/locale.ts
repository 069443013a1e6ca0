// Which language the server writes in: English, or Simplified Chinese for the tags that mean it.

export type Locale = 'en' | 'zh-cn';

/**
 * The locale for an LSP `initialize` locale (`zh-cn`, `zh-CN`, `zh-Hans`, `zh`) or a POSIX one
 * (`zh_CN.UTF-8`). Traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`) and anything else is English.
 */
export function localeOf(tag: string | undefined): Locale {
  const parts = (tag ?? '').trim().toLowerCase().split(/[.@]/)[0].split(/[-_]/);
  if (parts[0] !== 'zh') return 'en';
  const rest = parts.slice(1);
  if (rest.includes('hant') || rest.some((p) => p === 'tw' || p === 'hk' || p === 'mo')) return 'en';
  return 'zh-cn';
}

/** The locale of a POSIX environment: LC_ALL, then LC_MESSAGES, then LANG (the first that is set). */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return localeOf(tag);
}
