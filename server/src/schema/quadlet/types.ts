// Facts about one Quadlet key in one section, as scripts/data/quadlet.mjs derives them from Podman's
// sources at each release: the release that added it (and the last that had it, once removed),
// whether quadlet reads it as a boolean, and whether podman-systemd.unit(5) documents it.

export interface QuadletKeyFacts {
  section: string;
  name: string;
  /** First Podman release whose quadlet accepts the key (`4.4.0`). */
  since: string;
  /** Last release that accepted it; absent while the newest does. */
  until?: string;
  /** quadlet reads the value with its boolean parser. */
  boolean: boolean;
  /** The newest manual that has the key lists it. */
  documented: boolean;
  /** The default the manual names (`false`, `bridge`, ...). */
  default?: string;
}
