// What to write instead of a deprecated or removed directive. `sameValue`: the old value means the
// same under the new name, so a quick fix may simply rename the key.
export interface Replacement {
  replacement: string;
  sameValue: boolean;
  /** Where the replacement lives, when it is another section. */
  section?: string;
  note?: string;
}

export const replacements: Readonly<Record<string, Replacement>> = {
  StartLimitInterval: { replacement: 'StartLimitIntervalSec', sameValue: true, section: 'Unit' },
  'Service.StartLimitBurst': { replacement: 'StartLimitBurst', sameValue: true, section: 'Unit' },
  'Service.StartLimitAction': { replacement: 'StartLimitAction', sameValue: true, section: 'Unit' },
  'Service.FailureAction': { replacement: 'FailureAction', sameValue: true, section: 'Unit' },
  'Service.RebootArgument': { replacement: 'RebootArgument', sameValue: true, section: 'Unit' },
  OnFailureIsolate: { replacement: 'OnFailureJobMode', sameValue: false, note: 'write OnFailureJobMode=isolate' },
  RequiresOverridable: { replacement: 'Requires', sameValue: true },
  RequisiteOverridable: { replacement: 'Requisite', sameValue: true },
  MemoryLimit: { replacement: 'MemoryMax', sameValue: true },
  BlockIOAccounting: { replacement: 'IOAccounting', sameValue: true },
  BlockIOReadBandwidth: { replacement: 'IOReadBandwidthMax', sameValue: true },
  BlockIOWriteBandwidth: { replacement: 'IOWriteBandwidthMax', sameValue: true },
  CPUShares: { replacement: 'CPUWeight', sameValue: false, note: 'weights use 1-10000 with 100 as default, shares used 2-262144 with 1024' },
  StartupCPUShares: { replacement: 'StartupCPUWeight', sameValue: false, note: 'weights use 1-10000 with 100 as default' },
  BlockIOWeight: { replacement: 'IOWeight', sameValue: false, note: 'IOWeight= uses 1-10000 with 100 as default' },
  StartupBlockIOWeight: { replacement: 'StartupIOWeight', sameValue: false, note: 'StartupIOWeight= uses 1-10000' },
  BlockIODeviceWeight: { replacement: 'IODeviceWeight', sameValue: false, note: 'IODeviceWeight= uses 1-10000' },
  Capabilities: { replacement: 'AmbientCapabilities', sameValue: false, note: 'or CapabilityBoundingSet=' },
  ConditionNull: { replacement: 'ConditionPathExists', sameValue: false, note: 'remove it; it never had an effect' },
  AssertNull: { replacement: 'AssertPathExists', sameValue: false, note: 'remove it; it never had an effect' },
};

export function replacementFor(section: string, name: string): Replacement | undefined {
  return replacements[`${section}.${name}`] ?? replacements[name];
}
