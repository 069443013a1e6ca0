// Where the two formats are described online (systemd's manual pages).
export const TMPFILES_MANUAL = 'https://www.freedesktop.org/software/systemd/man/latest/tmpfiles.d.html';
export const SYSUSERS_MANUAL = 'https://www.freedesktop.org/software/systemd/man/latest/sysusers.d.html';
