// systemd's C parser name (without config_parse_) -> the value spec of every family key it reads.
// One file per group of families, so each group's parsers are written (and owned) in one place;
// a parser name appears in one file only.
import type { ValueSpec } from '../../types';
import { commonParsers } from './common';
import { daemonKeySpecs, daemonParsers } from './daemons';
import { deviceParsers } from './devices';
import { networkParsers } from './network';

export const parserSpecs: Readonly<Record<string, ValueSpec>> = {
  ...commonParsers, ...networkParsers, ...deviceParsers, ...daemonParsers,
};

/** Specs of single keys (`Key parser`) that older releases read with another parser than the table's. */
export const keySpecs: Readonly<Record<string, ValueSpec>> = { ...daemonKeySpecs };
