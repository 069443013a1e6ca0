/**
 * supervisorctl runs whatever its config tells it to: it contacts `[supervisorctl] serverurl`,
 * which may be any host, and imports the Python module of every `[ctlplugin:x]`. Opening a config
 * shows its live state at once, so before the first call for a config that does either, the user
 * is asked, once per config; the answer is remembered (and asked again when what the config
 * points at changes).
 */

/** What the language server reads in a config (daemonConfig/fileInfo) that decides the risk. */
export interface ConfigReach {
  /** `[supervisorctl] serverurl`, `%(here)s` expanded; undefined when absent. */
  readonly serverUrl: string | undefined;
  /** Names of the `[ctlplugin:x]` sections. */
  readonly ctlPlugins: readonly string[];
}

/** Why running supervisorctl for a config reaches beyond this machine's supervisord. */
export interface LiveQueryRisk {
  /** A serverurl on another host (http/https, not loopback). */
  readonly remoteServer: string | undefined;
  /** Names of the `[ctlplugin:x]` sections, whose modules supervisorctl imports. */
  readonly plugins: readonly string[];
}

/** Loopback hosts: 127.0.0.0/8, ::1, localhost (and its subdomains, which resolve to loopback). */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost') || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** The serverurl when it names a host other than this one; undefined for unix sockets and loopback. */
export function remoteServerOf(serverurl: string | undefined): string | undefined {
  if (serverurl === undefined) return undefined;
  const url = serverurl.trim();
  if (!/^https?:\/\//i.test(url)) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    // supervisorctl would fail on it too, but say what it is rather than guess it is harmless
    return url;
  }
  return isLoopbackHost(host) ? undefined : url;
}

/** What a config makes supervisorctl do beyond talking to a local supervisord; undefined when nothing. */
export function liveQueryRisk(facts: ConfigReach): LiveQueryRisk | undefined {
  const plugins = [...facts.ctlPlugins];
  const remoteServer = remoteServerOf(facts.serverUrl);
  return remoteServer === undefined && plugins.length === 0 ? undefined : { remoteServer, plugins };
}

/** Where answers are kept (VS Code's Memento has this shape). */
export interface AnswerStore {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

/** Asks the user; true: run supervisorctl for this config, false: never, undefined: dismissed. */
export type AskLiveQuery = (config: string, risk: LiveQueryRisk) => PromiseLike<boolean | undefined>;

const KEY = 'daemonConfig.supervisor.liveQuery:';

export class LiveQueryConsent {
  private readonly asking = new Map<string, Promise<boolean>>();
  /** Dismissed this session: automatic queries stay off without asking again until a command runs. */
  private readonly dismissed = new Set<string>();

  /** `riskOf` rejects when the config cannot be read; then nothing runs (allowed rejects too). */
  constructor(private readonly store: AnswerStore, private readonly ask: AskLiveQuery, private readonly riskOf: (config: string) => Promise<LiveQueryRisk | undefined>) {}

  private key(config: string, risk: LiveQueryRisk): string {
    return `${KEY}${JSON.stringify([config, risk.remoteServer ?? '', [...risk.plugins].sort()])}`;
  }

  /**
   * Whether supervisorctl may run for `config`. `explicit`: the user asked for a command, so a
   * remembered "no" or a dismissal this session is asked about again; automatic queries (state
   * in the status bar and CodeLens) never ask twice.
   */
  async allowed(config: string, options: { explicit?: boolean } = {}): Promise<boolean> {
    const risk = await this.riskOf(config);
    if (risk === undefined) return true;
    const key = this.key(config, risk);
    const remembered = this.store.get(key);
    if (remembered === true) return true;
    if (!options.explicit && (remembered === false || this.dismissed.has(key))) return false;
    const running = this.asking.get(key);
    if (running) return running;
    const question = Promise.resolve(this.ask(config, risk)).then((a) => a, () => undefined).then(async (answer) => {
      if (answer === undefined) this.dismissed.add(key);
      else {
        this.dismissed.delete(key);
        await this.store.update(key, answer);
      }
      return answer === true;
    }).finally(() => this.asking.delete(key));
    this.asking.set(key, question);
    return question;
  }
}
