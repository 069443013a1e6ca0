// systemd's own C parser for a directive, where its rules go beyond the value kind's validator:
// chosen by the directive's name through parsers.generated.ts.
import type { ValueValidator } from '../types';
import { parsePermyriad } from './bytes';
import { cIntegerValidator } from './cinteger';
import { validateInputData, validateLoadCredential, validateRootHash, validateRootHashSignature, validateSetCredential } from './credentials';
import { cpuSetValidator, validateDeviceAllow } from './devices';
import { validateDocumentation } from './documentation';
import { validateEnum } from './enum';
import { error } from './issue';
import { validateAddressFamilies, validateBpfProgram, validateLogNamespace } from './kernelNames';
import { validateMemoryLimit } from './limits';
import { validateCoredumpFilter, validateFacility } from './misc';
import {
  validateBindPaths, validateColonPaths, validateDirectories, validateExtensionImages, validateMountImages, validatePlainPath, validatePlainPaths,
  validateTemporaryFileSystem,
} from './mounts';
import { validateEnvironmentNames } from './environment';
import { validateIoLatency, validateIoLimit, validateIoWeight } from './io';
import { validateAddressPrefixes, validateBusName, validateFdName, validateInterface, validateInterfaces, validateSocketBind } from './network';
import { directiveParsers } from './parsers.generated';
import { validateOutput } from './output';
import { validateErrno, validateSyscalls } from './syscalls';
import { validateListen } from './sockets';
import { timespanError } from './timespan';
import { validateUserList } from './user';

const validateNsec: ValueValidator = (value) =>
  timespanError(value, { nsec: true }) < 0 ? []
    : [error(`'${value}' is not a time span: write numbers with units such as 50us, 1ms or 10ns.`, 0, value.length)];

/** TasksMax=: a count above 0, a percentage, or infinity. */
const validateTasksMax: ValueValidator = (value, spec, context) => {
  const issues = cIntegerValidator(0n, (1n << 64n) - 1n)(value, spec, context);
  return issues.length === 0 && /^-?0+$/.test(value.trim()) ? [error(`${context.key}= must be above 0.`, 0, value.length)] : issues;
};

/** CPUQuota= (above 0%, no upper bound) and ManagedOOMMemoryPressureLimit= (0% to 100%). */
function permyriad(min: number, max: number, what: string): ValueValidator {
  return (value, _spec, context) => {
    const n = parsePermyriad(value.trim());
    return n !== undefined && n >= min && n <= max ? [] : [error(`${context.key}= takes ${what}; systemd ignores '${value.trim()}'.`, 0, value.length)];
  };
}

/** C parser (without `config_parse_`) → validator. */
const byParser: Readonly<Record<string, ValueValidator>> = {
  memory_limit: validateMemoryLimit,
  nsec: validateNsec,
  user_group_strv_compat: validateUserList,
  bind_paths: validateBindPaths,
  mount_images: validateMountImages,
  extension_images: validateExtensionImages,
  temporary_filesystems: validateTemporaryFileSystem,
  exec_directories: validateDirectories,
  unit_path_printf: validatePlainPath,
  unit_path_strv_printf: validatePlainPaths,
  unit_requires_mounts_for: validatePlainPaths,
  unit_mounts_for: validatePlainPaths,
  tty_size: cIntegerValidator(0n, 4_294_967_295n),
  exec_output: validateOutput,
  exec_input: validateOutput,
  exec_input_data: validateInputData,
  syscall_errno: validateErrno,
  address_families: validateAddressFamilies,
  bpf_foreign_program: validateBpfProgram,
  log_namespace: validateLogNamespace,
  tasks_max: validateTasksMax,
  cpu_quota: permyriad(1, 2_147_483_647, 'a percentage above 0% such as 20% or 150%'),
  managed_oom_mem_pressure_limit: permyriad(0, 10_000, 'a percentage from 0% to 100%'),
  colon_separated_paths: validateColonPaths,
  exec_coredump_filter: validateCoredumpFilter,
  log_facility: validateFacility,
  ip_filter_bpf_progs: validatePlainPath,
  socket_protocol: (value, spec, context) => validateEnum(value.toLowerCase(), spec, context),
  path_spec: validatePlainPath,
  documentation: validateDocumentation,
  device_allow: validateDeviceAllow,
  unit_cpu_set: cpuSetValidator([]),
  numa_mask: cpuSetValidator(['all']),
  exec_cpu_affinity: cpuSetValidator(['numa']),
  set_credential: validateSetCredential,
  load_credential: validateLoadCredential,
  exec_root_hash: validateRootHash,
  exec_root_hash_sig: validateRootHashSignature,
  socket_listen: validateListen,
  syscall_filter: validateSyscalls,
  syscall_log: validateSyscalls,
  in_addr_prefixes: validateAddressPrefixes,
  cgroup_socket_bind: validateSocketBind,
  socket_bindtodevice: validateInterface,
  restrict_network_interfaces: validateInterfaces,
  bus_name: validateBusName,
  fdname: validateFdName,
  io_limit: validateIoLimit,
  io_device_weight: validateIoWeight,
  io_device_latency: validateIoLatency,
  pass_environ: validateEnvironmentNames,
  unset_environ: validateEnvironmentNames,
  unsigned: cIntegerValidator(0n, 4_294_967_295n),
  int: cIntegerValidator(-2_147_483_648n, 2_147_483_647n),
  long: cIntegerValidator(-(1n << 63n), (1n << 63n) - 1n),
};

export function exactValidator(directive: string): ValueValidator | undefined {
  const parser = directiveParsers[directive];
  return parser === undefined ? undefined : byParser[parser];
}
