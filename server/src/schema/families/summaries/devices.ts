// Summaries, in our own words, of the .netdev sections of each device kind ([VXLAN], [Tunnel], [WireGuard], ...)
// and of .link files' [Link], [SR-IOV] and [EnergyEfficientEthernet], keyed by schema id, then `Section.Key`.
export const deviceSummaries: Readonly<Record<'netdev' | 'link', Readonly<Record<string, string>>>> = { netdev: {}, link: {} };
