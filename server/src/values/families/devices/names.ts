// Interface names and aliases as networkd and udev check them (ifname_valid_full, config_parse_ifalias).

/** ifname_valid_char(): printable ASCII other than blank, ':', '/' and '%'. */
const NAME_CHARS = /^[\x21-\x7e]+$/;

/**
 * ifname_valid_full(): under 16 bytes (128 for alternative names), not `.`/`..`, not all digits, not
 * `all` or `default` (the sysctl folders), none of ':', '/', '%' or blanks.
 */
export function isIfname(name: string, alternative = false): boolean {
  if (name.length >= (alternative ? 128 : 16) || !NAME_CHARS.test(name) || /[:/%]/.test(name)) return false;
  return !['.', '..', 'all', 'default'].includes(name) && !/^[0-9]+$/.test(name);
}

/** IFALIASZ is 256 with its NUL: at most 255 ASCII bytes. */
export function isInterfaceAlias(text: string): boolean {
  return text.length <= 255 && /^[\x00-\x7f]*$/.test(text);
}
