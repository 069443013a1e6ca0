// autorestart, exitcodes, startsecs, startretries → Restart=, SuccessExitStatus=,
// RestartForceExitStatus=, RestartSec=, StartLimitBurst=, StartLimitIntervalSec=, with what differs.
import { isPythonInt, pythonInt } from '../values/supervisor/python';
import type { ProgramValues } from './programValues';
import type { GeneratedFile } from './unitText';

function intOption(values: ProgramValues, key: string, fallback: number): number {
  const raw = values.value(key)?.text;
  return raw !== undefined && isPythonInt(raw) ? pythonInt(raw) : fallback;
}

function exitCodes(values: ProgramValues): number[] {
  const raw = values.value('exitcodes')?.text ?? '0';
  const codes = raw.split(',').map((c) => c.trim()).filter((c) => isPythonInt(c)).map(pythonInt).filter((c) => c >= 0 && c <= 255);
  return [...new Set(codes)];
}

export function mapRestart(values: ProgramValues, unit: GeneratedFile): void {
  const mode = (values.value('autorestart')?.text ?? 'unexpected').trim().toLowerCase();
  const codes = exitCodes(values);
  if (['true', 'yes', 'on', '1'].includes(mode)) {
    unit.set('Service', 'Restart', 'always', 'autorestart=true: restart whenever the process ends, as supervisord does.');
  } else if (['false', 'no', 'off', '0'].includes(mode)) {
    unit.set('Service', 'Restart', 'no', 'autorestart=false: never restart once the process has run.');
  } else {
    unit.set('Service', 'Restart', 'on-failure',
      `autorestart=unexpected with exitcodes=${codes.join(',') || '0'}: restart when the exit status is not one of them. `
      + 'Unlike supervisord, systemd also counts death by SIGHUP, SIGINT, SIGTERM or SIGPIPE as a clean end and does not restart then.');
    const others = codes.filter((c) => c !== 0);
    if (others.length) unit.set('Service', 'SuccessExitStatus', others.join(' '));
    // systemd always treats 0 as success; forcing a restart on it is the only way to say "0 is unexpected".
    if (!codes.includes(0)) unit.set('Service', 'RestartForceExitStatus', '0');
  }
  const startsecs = Math.max(0, intOption(values, 'startsecs', 1));
  const retries = Math.max(0, intOption(values, 'startretries', 3));
  const window = Math.max(10, (retries + 1) * (startsecs + 1));
  unit.set('Service', 'RestartSec', '1',
    `startsecs=${startsecs}, startretries=${retries}: supervisord calls a start failed when the process ends within ${startsecs} s, `
    + `retries it ${retries} times with a wait that grows by 1 s each time (even with autorestart=false), then gives up. `
    + 'systemd has no such grace period: it waits RestartSec= before each restart and refuses more starts '
    + 'once StartLimitBurst= of them fall within StartLimitIntervalSec= (see [Unit]), however long each one ran.');
  unit.set('Unit', 'StartLimitIntervalSec', `${window}s`);
  unit.set('Unit', 'StartLimitBurst', String(retries + 1));
}
