// One record per directive or option: completion, hover, validation and quick fixes all read it.
import type { Dialect } from '../parse/model';

/** A version: a systemd release number (252) or a supervisor release ("4.2.5"). */
export type Version = number | string;

export interface EnumValue {
  name: string;
  /** What choosing this value does, in our own words. */
  summary?: string;
  since?: Version;
  /** Last release that still accepts the value. */
  until?: Version;
}

/**
 * How a value is written. `kind` names a validator in `server/src/values/`; the other fields refine it.
 * Kinds are shared by both dialects where the syntax is the same, and dialect-specific otherwise.
 */
export interface ValueSpec {
  kind: string;
  /** Allowed words, for enum-like kinds. */
  values?: EnumValue[];
  /** Enum kinds that also take a boolean. */
  booleans?: boolean;
  /** A whitespace-separated list of the kind (systemd) or a comma list (supervisor). */
  list?: boolean;
  /** Percentages allowed (byte sizes). */
  percent?: boolean;
  /** Bounds for integers. */
  min?: number;
  max?: number;
  /** A short human description of the type, shown in hover: "time span", "boolean", ... */
  label?: string;
}

export type Status = 'active' | 'deprecated' | 'removed';

/** Where a directive may appear, and in which releases. */
export interface Placement {
  section: string;
  since?: Version;
  /** Last release that has it; absent while current. */
  until?: Version;
  status: Status;
  /** What the key does in this section, when it differs from the directive's summary (families share one record per parser). */
  summary?: string;
}

export interface DirectiveSpec {
  name: string;
  placements: Placement[];
  value: ValueSpec;
  /** Repeating the key adds to a list rather than replacing the earlier value. */
  repeatable: boolean;
  /** One line, our own words. */
  summary: string;
  /** Optional longer Markdown, our own words. */
  details?: string;
  /** The literal default value. */
  default?: string;
  /** Supervisor: the option defaults to the value of this other option. */
  defaultFrom?: string;
  /** Directive that replaces a deprecated or removed one. */
  replacement?: string;
  /** The section the replacement belongs in (`FailureAction=` of [Service] goes to [Unit]). */
  replacementSection?: string;
  /** Manual page URL, with anchor. */
  manual: string;
  /** Supervisor: the option must be set. */
  required?: boolean;
  /** Supervisor: `%(name)s` names the option expands. */
  expansions?: string[];
  /** A value written the way the option expects, where its type alone does not make the syntax clear. */
  example?: string;
  /** systemd: what an empty assignment (`Name=`) does. */
  emptyAssignment?: 'clears-list' | 'ignored' | 'empty-set' | 'refused' | 'default';
}

export interface SectionSpec {
  /** `Service`, or for supervisor the section type before the colon: `program`. */
  name: string;
  /** Supervisor sections written `[type:name]`. */
  takesName?: boolean;
  /** systemd unit types whose files may hold this section; absent means every type. */
  unitTypes?: string[];
  summary: string;
  manual: string;
}

export interface DialectSchema {
  dialect: Dialect;
  sections: SectionSpec[];
  directives: DirectiveSpec[];
  /** Newest release the data describes. */
  latestVersion: Version;
  /** Whose releases `since` and the target name (`Podman` for Quadlet); systemd's when absent. */
  releaseName?: string;
  /** Section types whose extra keys go to a factory as keyword arguments, so any key is valid. */
  openSections?: readonly string[];
}
