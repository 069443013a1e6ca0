// The value validators of systemd's other families: the unit validators they share (values/systemd),
// plus the kinds only networkd, udev's .link, nspawn and the daemons read. One file per group.
import { familyValidators } from '../systemd';
import type { ValidatorTable } from '../types';
import { daemonValidators } from './daemons';
import { deviceValidators } from './devices';
import { networkValidators } from './network';

export const familiesValidators: ValidatorTable = {
  ...familyValidators, ...networkValidators, ...deviceValidators, ...daemonValidators,
};
