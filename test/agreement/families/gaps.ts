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
  network: { recall: 0.66, precision: 0.99, why: 'addresses and prefix lengths, MAC addresses, DHCP=, IPv6SendRA=, route Table= and Metric=, IPMasquerade=; [DHCPServerStaticLease] without Address=' },
  netdev: { recall: 0.72, precision: 0.99, why: 'Kind= values, MAC addresses, WireGuard ListenPort= and PersistentKeepalive=, VLAN Id=, MTUBytes=' },
  link: { recall: 0.77, precision: 0.99, why: 'MAC addresses, MTUBytes=, WakeOnLan=, channel and queue numbers, buffer sizes' },
  'networkd.conf': { recall: 0.85, precision: 0.99, why: 'DUIDType= values' },
};
