// Families whose schema does not reach the bar yet (recall 0.98, precision 0.99 against the daemon).
// Each is held to the floor written here instead, so it can only get better: raise the floor when it
// does, and remove the entry once the family meets the bar (the test says when). Errors on real files
// the daemon accepts are never excused.

export interface Gap {
  recall: number;
  precision: number;
  /** What the test prints as missed or unconfirmed, in short. */
  why: string;
}

// Measured with fam's schemas as of a74cdee, seed 252, 200 mutants per family.
export const KNOWN_GAPS: Readonly<Record<string, Gap>> = {
};
