// Commands for the other systemd families (Quadlet, networkd, tmpfiles.d, sysusers.d): pure Node.
export * from './iniLines';
export * from './quadletService';
export * from './networkctl';
