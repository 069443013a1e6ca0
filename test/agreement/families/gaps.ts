// Families whose schema does not reach the bar yet (recall 0.98, precision 0.99 against the daemon).
// Each is held to the floor written here instead, so it can only get better: raise the floor when it
// does, and remove the entry once the family meets the bar (the test says when). Errors on real files
// the daemon accepts are never excused.

export interface Gap {
  recall: number;
  precision: number;
  /** What the test prints as missed or unconfirmed, in short. */
  why: string;
}

// Measured with fam's schemas as of a74cdee, seed 252, 200 mutants per family.
export const KNOWN_GAPS: Readonly<Record<string, Gap>> = {
  network: { recall: 0.97, precision: 0.99, why: 'files refused whole for an empty [Match] or IPv6PrefixDelegation= without link-local addressing (measured before devparse landed: re-measure)' },
  nspawn: { recall: 0.85, precision: 0.55, why: "Boot=, ProcessTwo=, Port=, LinkJournal= values; PrivateUsers= is given exec's value table (no pick, no ranges)" },
  'journald.conf': { recall: 0.94, precision: 0.99, why: 'Compress= (boolean or size), LineMax= sizes' },
  'logind.conf': { recall: 0.93, precision: 0.99, why: 'NAutoVTs= and other numbers' },
  'resolved.conf': { recall: 0.89, precision: 0.99, why: 'DNSStubListenerExtra= addresses' },
  'oomd.conf': { recall: 0.58, precision: 0.99, why: 'parsers taken from the newest release (duration, loadavg) where 252 reads sec and permyriad' },
  'homed.conf': { recall: 0.65, precision: 0.99, why: 'DefaultFileSystemType= values' },
  'coredump.conf': { recall: 0.96, precision: 0.99, why: 'sizes (ProcessSizeMax=, ExternalSizeMax=, ...)' },
  'system.conf': { recall: 0.76, precision: 0.99, why: 'LogLevel=, LogTarget=, LogLocation= values, time spans, resource limits' },
  'user.conf': { recall: 0.79, precision: 0.99, why: 'LogLevel= values, time spans, resource limits (infinity)' },
};
