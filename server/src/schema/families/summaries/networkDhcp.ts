// Summaries, in our own words, of the addressing and routing sections of .network files ([DHCPv4], [DHCPv6], [DHCPServer], [IPv6AcceptRA], [IPv6SendRA], [RoutingPolicyRule], [NextHop], ...), keyed `Section.Key`.
export const networkDhcpSummaries: Readonly<Record<string, string>> = {};
