// Server settings: what the client may send under `daemonConfig`, with defaults.
import { readAssociations, type FileAssociation } from './classify/associations';
import type { SupervisorSpacing } from './features/formatLayout';
import type { AnalysisSettings } from './rules/types';
import { NEWEST_PODMAN, parsePodmanVersion } from './schema/quadlet';

export interface ServerSettings extends AnalysisSettings {
  /** Milliseconds to wait after the last edit before publishing diagnostics. */
  diagnosticsDelay: number;
  /** Blanks around `=` when formatting a supervisor config (`daemonConfig.format.supervisorSpacing`). */
  supervisorSpacing: SupervisorSpacing;
  /** `daemonConfig.hover.manualPath`: folders of man pages, `:`-separated as in `MANPATH`; empty: `MANPATH` or the defaults. */
  manualPath: string;
  /** Inlay hints that spell out time spans (`daemonConfig.inlayHints.timeSpans`). */
  timeSpanHints: boolean;
  /** Inlay hints with the value of `%n`, `%i`, `%(program_name)s`, ... in this file (`daemonConfig.inlayHints.specifiers`). */
  specifierHints: boolean;
  /** Inlay hints on directives a drop-in overrides (`daemonConfig.inlayHints.dropInOverrides`); off by default. */
  dropInOverrideHints: boolean;
  /** `daemonConfig.files.associations`: glob -> unit, supervisor config or another systemd family; the last match wins. */
  fileAssociations: readonly FileAssociation[];
  /** Podman release Quadlet files target (`daemonConfig.podman.version`, `5.2.0`); default the host's, else the newest known. */
  podmanVersion: string;
  /** The exposure score CodeLens on a service's [Service] header (`daemonConfig.security.codeLens`). */
  securityCodeLens: boolean;
}

export const NEWEST_KNOWN_SYSTEMD = 261;
/** The oldest systemd release the directive data covers. */
export const OLDEST_KNOWN_SYSTEMD = 219;

export const DEFAULT_SETTINGS: ServerSettings = { systemdVersion: NEWEST_KNOWN_SYSTEMD, diagnosticsDelay: 150, supervisorSpacing: 'dominant', manualPath: '', timeSpanHints: true, specifierHints: true,
  dropInOverrideHints: false, fileAssociations: [], podmanVersion: NEWEST_PODMAN, securityCodeLens: true };

/** `daemonConfig.podman.version` as `X.Y.Z` (`5` is `5.0.0`); undefined when unset or not a version. */
function readPodmanVersion(raw: unknown): string | undefined {
  const podman = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const version = typeof podman.version === 'number' ? String(podman.version) : podman.version;
  if (typeof version !== 'string' || !/^\d+(\.\d+){0,2}$/.test(version.trim())) return undefined;
  return parsePodmanVersion(version)?.join('.');
}

/** Reads `daemonConfig` as the client sends it; anything malformed keeps its default. */
export function readSettings(raw: unknown, fallbackVersion: number, fallbackPodman: string = NEWEST_PODMAN): ServerSettings {
  const section = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const systemd = typeof section.systemd === 'object' && section.systemd !== null ? (section.systemd as Record<string, unknown>) : {};
  const version = systemd.version;
  const systemdVersion = typeof version === 'number' && Number.isInteger(version) && version > 0 ? version
    : typeof version === 'string' && /^\d+$/.test(version) ? Number(version) : fallbackVersion;
  const delay = section.diagnosticsDelay;
  const diagnosticsDelay = typeof delay === 'number' && delay >= 0 && delay <= 5000 ? delay : DEFAULT_SETTINGS.diagnosticsDelay;
  const format = typeof section.format === 'object' && section.format !== null ? (section.format as Record<string, unknown>) : {};
  const spacing = format.supervisorSpacing;
  const supervisorSpacing = spacing === 'spaced' || spacing === 'compact' ? spacing : 'dominant';
  const hover = typeof section.hover === 'object' && section.hover !== null ? (section.hover as Record<string, unknown>) : {};
  const manualPath = typeof hover.manualPath === 'string' ? hover.manualPath : DEFAULT_SETTINGS.manualPath;
  const hints = typeof section.inlayHints === 'object' && section.inlayHints !== null ? (section.inlayHints as Record<string, unknown>) : {};
  const timeSpanHints = typeof hints.timeSpans === 'boolean' ? hints.timeSpans : DEFAULT_SETTINGS.timeSpanHints;
  const specifierHints = typeof hints.specifiers === 'boolean' ? hints.specifiers : DEFAULT_SETTINGS.specifierHints;
  const dropInOverrideHints = typeof hints.dropInOverrides === 'boolean' ? hints.dropInOverrides : DEFAULT_SETTINGS.dropInOverrideHints;
  const files = typeof section.files === 'object' && section.files !== null ? (section.files as Record<string, unknown>) : {};
  const fileAssociations = readAssociations(files.associations);
  const podmanVersion = readPodmanVersion(section.podman) ?? fallbackPodman;
  const security = typeof section.security === 'object' && section.security !== null ? (section.security as Record<string, unknown>) : {};
  const securityCodeLens = typeof security.codeLens === 'boolean' ? security.codeLens : DEFAULT_SETTINGS.securityCodeLens;
  return { systemdVersion, diagnosticsDelay, supervisorSpacing, manualPath, timeSpanHints, specifierHints, dropInOverrideHints, fileAssociations, podmanVersion, securityCodeLens };
}
