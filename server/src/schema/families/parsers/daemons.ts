// Parsers of the daemons' .conf files and .nspawn whose syntax no unit parser shares.
import type { ValueSpec } from '../../types';

export const daemonParsers: Readonly<Record<string, ValueSpec>> = {};
