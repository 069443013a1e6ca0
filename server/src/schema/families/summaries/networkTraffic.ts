// Summaries, in our own words, of the traffic-control and port sections of .network files (queueing disciplines and classes, [Bridge], [BridgeFDB], [CAN], [SR-IOV], ...), keyed `Section.Key`.
export const networkTrafficSummaries: Readonly<Record<string, string>> = {};
