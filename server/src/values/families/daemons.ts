// Value kinds of the daemons group's parsers (schema/families/parsers/daemons.ts), by ValueSpec.kind.
import type { ValidatorTable, ValueValidator } from '../types';
import { cpuSetValidator } from '../systemd/devices';
import { validateDnsServers, validateExposePort, validateId128, validateListenAddress } from './daemons/addresses';
import { validateCapabilitySet, validateManagerArchitectures, validateNspawnCapabilities, validateNspawnSyscalls } from './daemons/capabilities';
import { validateNspawnBind, validateNspawnOverlay, validateNspawnTmpfs } from './daemons/mounts';
import { validateBooleanUntil, validateCompress, validateCrashVt, validateDaemonRlimit, validateLineMax, validateNsec, validatePermyriad,
  validateWatchdog } from './daemons/numbers';
import { validateBindUsers, validatePrivateUsers } from './daemons/userns';

/** Empty values reset the setting to its default in every one of these parsers. */
function unlessEmpty(validate: ValueValidator): ValueValidator {
  return (value, spec, context) => (value.trim() === '' ? [] : validate(value, spec, context));
}

const emptyAware: ValidatorTable = Object.fromEntries(Object.entries({
  'daemon-compress': validateCompress,
  'daemon-boolean-until': validateBooleanUntil,
  'daemon-line-max': validateLineMax,
  'daemon-permyriad': validatePermyriad,
  'daemon-crash-vt': validateCrashVt,
  'daemon-watchdog': validateWatchdog,
  'daemon-nsec': validateNsec,
  'daemon-rlimit': validateDaemonRlimit,
  'daemon-expose-port': validateExposePort,
  'daemon-id128': validateId128,
  'daemon-listen-address': validateListenAddress,
  'daemon-private-users': validatePrivateUsers,
  'daemon-bind-users': validateBindUsers,
  'daemon-capabilities': validateNspawnCapabilities,
  'daemon-capability-set': validateCapabilitySet,
  'daemon-syscalls': validateNspawnSyscalls,
  'daemon-architectures': validateManagerArchitectures,
  'daemon-cpu-set': cpuSetValidator([]),
  'daemon-dns-servers': validateDnsServers,
} satisfies Record<string, ValueValidator>).map(([kind, validate]) => [kind, unlessEmpty(validate)]));

/** nspawn refuses an empty mount specification too (it does not reset the list): judged as written. */
const mountValidators: ValidatorTable = {
  'daemon-bind': validateNspawnBind,
  'daemon-overlay': validateNspawnOverlay,
  'daemon-tmpfs': validateNspawnTmpfs,
};

export const daemonValidators: ValidatorTable = { ...emptyAware, ...mountValidators };
