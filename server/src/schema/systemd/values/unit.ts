// What each enum value means, in our own words: [Unit] settings.
const ACTIONS: Readonly<Record<string, string>> = {
  none: 'Do nothing beyond logging.',
  reboot: 'Reboot the machine the normal way, stopping all units first.',
  'reboot-force': 'Reboot after killing all processes, skipping the orderly stop of units.',
  'reboot-immediate': 'Reboot at once, without stopping units or unmounting file systems.',
  poweroff: 'Power off the machine the normal way, stopping all units first.',
  'poweroff-force': 'Power off after killing all processes, skipping the orderly stop of units.',
  'poweroff-immediate': 'Power off at once, without stopping units or unmounting file systems.',
  exit: 'Ask the service manager itself to exit (useful in containers and user managers).',
  'exit-force': 'Make the service manager exit right away, without stopping units first.',
  'soft-reboot': 'Restart only userspace, keeping the running kernel.',
  'soft-reboot-force': 'Restart only userspace at once, skipping the orderly stop of units.',
  kexec: 'Boot straight into the kernel loaded for kexec, stopping units first.',
  'kexec-force': 'Boot into the kexec kernel after killing all processes.',
  halt: 'Halt the machine (CPU stopped, power stays on) after stopping units.',
  'halt-force': 'Halt after killing all processes, skipping the orderly stop of units.',
  'halt-immediate': 'Halt at once, without stopping units or unmounting file systems.',
};

const JOB_MODES: Readonly<Record<string, string>> = {
  fail: 'Refuse the job if it conflicts with jobs already queued.',
  replace: 'Replace conflicting queued jobs (the usual mode).',
  'replace-irreversibly': 'Like replace, and later jobs cannot replace this one.',
  isolate: 'Start the unit and stop every unit it does not need.',
  flush: 'Cancel all queued jobs before queuing this one.',
  'ignore-dependencies': 'Queue only this unit\'s job, ignoring its dependencies.',
  'ignore-requirements': 'Honour ordering but skip requirement dependencies.',
  triggering: 'Also stop the units that triggered this one (stop jobs only).',
  'restart-dependencies': 'Propagate a restart to the units that depend on this one.',
  lenient: 'Queue the job but do not cancel jobs it conflicts with.',
};

export const unitValueDocs: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  CollectMode: {
    inactive: 'Forget the unit once it is inactive; a failed unit is kept until reset.',
    'inactive-or-failed': 'Forget the unit once it is inactive or failed, discarding the failure state too.',
  },
  FailureAction: ACTIONS,
  SuccessAction: ACTIONS,
  JobTimeoutAction: ACTIONS,
  StartLimitAction: ACTIONS,
  OnFailureJobMode: JOB_MODES,
  OnSuccessJobMode: JOB_MODES,
};
