// node:test glue for the e2e suites: one code-server + one browser per suite (file), a fresh
// workspace copy, prerequisite policy (CI=true: fail; otherwise: skip with the reason), and on
// any failing step a screenshot plus code-server's and the extension host's logs as artifacts.
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, ROOT, Workbench, collectLogs, copyDir, missingPrerequisites, removeRuntimeRoot, runtimeDir, startCodeServer } from './harness.mjs';

const EXAMPLES = path.join(ROOT, 'examples');
const FIXTURES = path.join(ROOT, 'test', 'e2e', 'fixtures');
/** `npm run screenshots` sets this: README screenshots go to docs/ as well as the artifacts. */
const DOCS_SHOTS = process.env.DAEMON_CONFIG_SCREENSHOTS === '1';

/**
 * @typedef {{ wb: Workbench, server: Awaited<ReturnType<typeof startCodeServer>>, ws: string,
 *   step: (name: string, fn: () => Promise<void>, opts?: { skip?: string | false }) => void,
 *   shot: (name: string, locator?: import('playwright-core').Locator) => Promise<string> }} Suite
 * @param {string} name
 * @param {{ settings?: Record<string, unknown>, prepare?: (ws: string) => void,
 *   setup?: (ws: string) => Promise<{ settings?: Record<string, unknown>, teardown?: () => Promise<void> }> }} opts
 *   `prepare` edits the workspace copy; `setup` starts what the suite needs outside VS Code (a
 *   supervisord, a sandboxed systemd) before code-server starts, and may add settings.
 * @param {(s: Suite) => void} body
 */
export function e2eSuite(name, opts, body) {
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    const reason = `e2e prerequisites missing: ${missing.join('; ')}`;
    if (process.env.CI === 'true') {
      describe(name, () => it('has its prerequisites', () => { throw new Error(reason); }));
    } else {
      describe(name, { skip: reason }, () => {});
    }
    return;
  }
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const artifacts = path.join(ARTIFACTS, slug);
  /** @type {Suite} */
  const s = {
    wb: /** @type {Workbench} */ (/** @type {unknown} */ (undefined)),
    server: /** @type {never} */ (undefined),
    ws: '',
    step(stepName, fn, stepOpts = {}) {
      it(stepName, stepOpts, async () => {
        try {
          await fn();
        } catch (err) {
          const stepSlug = stepName.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60);
          fs.mkdirSync(artifacts, { recursive: true });
          const png = path.join(artifacts, `FAILED-${stepSlug}.png`);
          const saved = [];
          if (s.wb) saved.push(await s.wb.screenshot(png).catch(() => '(no screenshot)'));
          if (s.server) saved.push(...collectLogs(s.server, path.join(artifacts, `FAILED-${stepSlug}-logs`)));
          if (s.wb?.pageErrors.length) saved.push(`page errors: ${s.wb.pageErrors.join(' | ')}`);
          console.error(`e2e artifacts for "${name} > ${stepName}":\n  ${saved.join('\n  ')}`);
          throw err;
        }
      });
    },
    async shot(shotName, locator) {
      fs.mkdirSync(artifacts, { recursive: true });
      const file = await s.wb.screenshot(path.join(artifacts, `${shotName}.png`), locator);
      if (DOCS_SHOTS) fs.copyFileSync(file, path.join(ROOT, 'docs', `${shotName}.png`));
      return file;
    },
  };

  /** @type {(() => Promise<void>) | undefined} */
  let teardown;
  describe(name, () => {
    before(async () => {
      // short: the workspace's supervisord.conf puts its socket at supervisor/run/supervisor.sock
      s.ws = fs.mkdtempSync(path.join(runtimeDir(), 'ws-'));
      copyDir(EXAMPLES, s.ws);
      if (fs.existsSync(FIXTURES)) copyDir(FIXTURES, s.ws);
      opts.prepare?.(s.ws);
      const extra = (await opts.setup?.(s.ws)) ?? {};
      teardown = extra.teardown;
      s.server = await startCodeServer({ workspace: s.ws, settings: { ...opts.settings, ...extra.settings }, name: slug });
      try {
        s.wb = await Workbench.open(s.server);
      } catch (err) {
        const saved = collectLogs(s.server, path.join(artifacts, 'FAILED-startup-logs'));
        console.error(`e2e: the workbench did not load; logs:\n  ${saved.join('\n  ')}`);
        throw err;
      }
    });
    after(async () => {
      await s.wb?.close();
      await s.server?.stop();
      await teardown?.();
      if (process.env.E2E_KEEP !== '1') removeRuntimeRoot();
      else console.log(`e2e: kept the workspace ${s.ws} and the profile ${s.server?.dir}`);
    });
    body(s);
  });
}
