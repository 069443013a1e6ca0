// Parsers of .netdev and .link files (and the parsers they share with .network) whose syntax no unit parser shares.
import type { ValueSpec } from '../../types';

export const deviceParsers: Readonly<Record<string, ValueSpec>> = {};
