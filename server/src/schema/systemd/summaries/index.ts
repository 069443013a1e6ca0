// All hand-written directive summaries, in our own words, merged by name.
// A key `Section.Name` overrides the plain name for that section (Type= means different things in [Service] and [Mount]).
import { execSummaries } from './exec';
import { extraSummaries } from './extra';
import { moreASummaries } from './moreA';
import { moreBSummaries } from './moreB';
import { resourceSummaries } from './resources';
import { serviceSummaries } from './service';
import { unitSummaries } from './unit';

export const directiveSummaries: Readonly<Record<string, string>> = {
  ...moreASummaries,
  ...moreBSummaries,
  ...extraSummaries,
  ...resourceSummaries,
  ...execSummaries,
  ...serviceSummaries,
  ...unitSummaries,
  'Mount.Type': 'File system type, as in fstab (ext4, nfs, tmpfs, ...); usually detected when left out.',
  'Socket.Priority': 'Priority for all traffic sent through the socket.',
  'Swap.Priority': 'Priority of the swap device; higher values are used first.',
};
