// What each enum value means, in our own words: resource control and socket settings.
export const resourceValueDocs: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  DevicePolicy: {
    auto: 'No restriction unless DeviceAllow= is set.',
    closed: 'Only standard pseudo devices (/dev/null, /dev/zero, ...) plus DeviceAllow= entries.',
    strict: 'Only the devices listed in DeviceAllow=.',
  },
  ManagedOOMSwap: { auto: 'Leave it to systemd-oomd\'s defaults.', kill: 'Let systemd-oomd kill the unit on swap shortage.' },
  ManagedOOMMemoryPressure: { auto: 'Leave it to systemd-oomd\'s defaults.', kill: 'Let systemd-oomd kill the unit under memory pressure.' },
  ManagedOOMPreference: {
    none: 'No preference.', avoid: 'Pick this unit last when choosing what to kill.', omit: 'Never pick this unit.',
  },
  BindIPv6Only: {
    default: 'Follow the kernel\'s bindv6only setting.', both: 'IPv6 sockets accept IPv4 too.', 'ipv6-only': 'IPv6 sockets accept only IPv6.',
  },
  DeferTrigger: {
    no: 'Start the service as soon as traffic arrives.', yes: 'Wait until conflicting jobs are done before starting.',
    patient: 'Like yes, and wait indefinitely.',
  },
  IPTOS: {
    'low-delay': 'Minimise delay.', throughput: 'Maximise throughput.', reliability: 'Maximise reliability.', 'low-cost': 'Minimise cost.',
  },
  SocketProtocol: { udplite: 'UDP-Lite (datagram).', sctp: 'SCTP.', mptcp: 'Multipath TCP (stream).' },
  Timestamping: {
    off: 'No timestamps.', us: 'Microsecond timestamps.', usec: 'Microsecond timestamps.', 'µs': 'Microsecond timestamps.',
    'μs': 'Microsecond timestamps.', ns: 'Nanosecond timestamps.', nsec: 'Nanosecond timestamps.',
  },
  AllowWorld: { see: 'Anyone may see the name.', talk: 'Anyone may talk to the name.', own: 'Anyone may own the name.' },
};
