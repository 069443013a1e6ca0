// Turns `systemd-analyze verify` output into diagnostics. Its lines look like
//   /path/unit.service:5: Unknown key 'Foo' in section [Unit], ignoring.
//   unit.service: Unit configuration has fatal error, unit will not be started.
//   Unit unit.service has a bad unit file setting.
// Messages that end in "ignoring" describe a setting systemd skipped: warnings. The rest are errors,
// except a few summary lines that repeat an earlier finding, kept as information.

export type VerifySeverity = 'error' | 'warning' | 'information';

export interface VerifyDiagnostic {
  /** The file the message is about (the verified file when the message names only a unit). */
  file: string;
  /** 1-based line, when systemd named one. */
  line: number | undefined;
  message: string;
  severity: VerifySeverity;
}

const FILE_LINE = /^(\/.*?):(\d+): (.*)$/;
const UNIT_PREFIX = /^([A-Za-z0-9:\-_.\\@]+\.[a-z]+): (.*)$/;

function severityOf(message: string): VerifySeverity {
  if (/(,|:)\s*ignoring\b|ignoring\.?$/i.test(message)) return 'warning';
  if (/^Unit \S+ has a bad unit file setting\.?$/.test(message)) return 'information';
  return 'error';
}

/**
 * Parses the combined stdout+stderr of `systemd-analyze verify FILE`. `file` is the verified file;
 * messages about other units' files keep their own path.
 */
export function parseVerifyOutput(output: string, file: string): VerifyDiagnostic[] {
  const out: VerifyDiagnostic[] = [];
  for (const raw of output.split('\n')) {
    const text = raw.replace(/\r$/, '').trimEnd();
    if (text.trim() === '') continue;
    const fl = FILE_LINE.exec(text);
    if (fl) {
      out.push({ file: fl[1], line: Number(fl[2]), message: fl[3], severity: severityOf(fl[3]) });
      continue;
    }
    const up = UNIT_PREFIX.exec(text);
    const message = up ? up[2] : text;
    out.push({ file, line: undefined, message: up ? `${up[1]}: ${up[2]}` : message, severity: severityOf(message) });
  }
  return out;
}
