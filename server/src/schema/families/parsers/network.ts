// Parsers of .network files and networkd.conf whose syntax no unit parser shares.
import type { ValueSpec } from '../../types';

export const networkParsers: Readonly<Record<string, ValueSpec>> = {};
