// The fuzz runner's worker thread: checks cases (and shrinks failures) in the sandbox folder the
// runner made. In a thread so the runner stays free to answer Ctrl-C and SIGTERM, and can end a case
// that hangs, while this one is busy.
import { parentPort, workerData } from 'node:worker_threads';
import { checkCase, cpuMs, createSandbox, type CheckOptions, type Failure } from './check';
import { generateCase, type FuzzCase } from './generate';
import { minimize } from './reproduce';
import { measureGrowth, type GrowthResult } from './complexity';
import { pickSeries } from './growth';

export interface WorkerData {
  root: string;
  options: CheckOptions;
  hostile: boolean;
}

export type Request =
  | { kind: 'check'; seed: number }
  | { kind: 'replay'; case: FuzzCase }
  | { kind: 'minimize'; case: FuzzCase; failure: Failure; maxChecks: number }
  | { kind: 'growth'; seed: number; count: number; index: number };

/** Only a failure sends its (maybe large) case back. */
export interface Reply {
  case?: FuzzCase;
  failure?: Failure;
  /** CPU milliseconds the request took. */
  cpuMs?: number;
  /** A complexity measurement's result. */
  growth?: GrowthResult;
}

const { root, options, hostile } = workerData as WorkerData;
const sandbox = createSandbox({ root });

parentPort?.on('message', (request: Request) => {
  const began = cpuMs();
  let reply: Reply;
  if (request.kind === 'growth') {
    const series = pickSeries(request.seed, request.count)[request.index];
    reply = series ? { growth: measureGrowth(series, sandbox) } : {};
  } else if (request.kind === 'minimize') {
    const small = minimize(request.case, request.failure, sandbox, options, request.maxChecks);
    reply = { case: small, failure: checkCase(small, sandbox, options) ?? request.failure };
  } else {
    const c = request.kind === 'check' ? generateCase(request.seed, { hostile }) : request.case;
    const failure = checkCase(c, sandbox, options);
    reply = failure ? { case: c, failure } : {};
  }
  parentPort?.postMessage({ ...reply, cpuMs: cpuMs() - began });
});
