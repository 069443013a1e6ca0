// The sections a unit file may hold, and which unit types take each one.
import type { SectionSpec } from '../types';

const MAN = 'https://www.freedesktop.org/software/systemd/man/latest';

export const systemdSections: SectionSpec[] = [
  { name: 'Unit', summary: 'Generic settings every unit has: description, documentation, dependencies, ordering and conditions.',
    manual: `${MAN}/systemd.unit.html#%5BUnit%5D%20Section%20Options` },
  { name: 'Install', summary: 'How `systemctl enable` hooks the unit into other units (WantedBy=, Alias=, ...); PID 1 ignores it.',
    manual: `${MAN}/systemd.unit.html#%5BInstall%5D%20Section%20Options` },
  { name: 'Service', unitTypes: ['service'], summary: 'How the service\'s processes are started, stopped, restarted and sandboxed.',
    manual: `${MAN}/systemd.service.html#Options` },
  { name: 'Socket', unitTypes: ['socket'], summary: 'The sockets, FIFOs or message queues to listen on, and how incoming traffic starts the service.',
    manual: `${MAN}/systemd.socket.html#Options` },
  { name: 'Timer', unitTypes: ['timer'], summary: 'When to start the unit the timer activates: calendar times or delays after events.',
    manual: `${MAN}/systemd.timer.html#Options` },
  { name: 'Path', unitTypes: ['path'], summary: 'The file system paths to watch, and the unit to start when they change.',
    manual: `${MAN}/systemd.path.html#Options` },
  { name: 'Mount', unitTypes: ['mount'], summary: 'What to mount where, with which file system type and options.',
    manual: `${MAN}/systemd.mount.html#Options` },
  { name: 'Automount', unitTypes: ['automount'], summary: 'The mount point to mount on first access, and when to unmount it again.',
    manual: `${MAN}/systemd.automount.html#Options` },
  { name: 'Swap', unitTypes: ['swap'], summary: 'The swap device or file to activate, with its priority and options.',
    manual: `${MAN}/systemd.swap.html#Options` },
  { name: 'Slice', unitTypes: ['slice'], summary: 'Resource limits and accounting for the group of units placed in this slice.',
    manual: `${MAN}/systemd.slice.html#Options` },
  { name: 'Scope', unitTypes: ['scope'], summary: 'Resource and kill settings for processes started outside systemd and grouped at runtime.',
    manual: `${MAN}/systemd.scope.html#Options` },
];
