// The rules of systemd's other INI families (networkd, nspawn, the daemons' configs): the generic,
// schema-driven ones (rules/common) run for them as for units; these are added. No unit rule is here:
// unit types, [Install], load refusals and the like mean nothing in these files.
import { outsideIgnoredSections } from '../common/ignoredSections';
import { newerThanTarget } from '../systemd/versions';
import type { Rule } from '../types';
import { familyAssumed } from './assumed';
import { linkMatchEmpty, wireguardPeerWithoutKey } from './devices';
import { netdevSectionOfOtherKind } from './netdevKind';
import { netdevIncomplete } from './netdevRequired';
import { networkSectionIncomplete } from './networkSections';

export const familyRules: readonly Rule[] = [outsideIgnoredSections(newerThanTarget), familyAssumed, linkMatchEmpty, wireguardPeerWithoutKey, networkSectionIncomplete,
  netdevSectionOfOtherKind, netdevIncomplete];
