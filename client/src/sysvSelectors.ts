// The SysV init scripts the language server is given: shell scripts in an init.d folder, and
// Debian's packaging copies (debian/NAME.init). VS Code keeps them in its shellscript language.
export const INIT_SCRIPT_SELECTORS = [
  { language: 'shellscript', pattern: '**/init.d/*' },
  { language: 'shellscript', pattern: '**/debian/*.init' },
] as const;
