// Bundles the client, the server and the checker with esbuild.
// `--production` minifies and drops source maps (what `npm run package` ships);
// `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
};

const browser = { platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // dist/server.js is a small launcher (server/src/launch.ts) that loads dist/serverMain.js, in the
  // same node when it has the server's V8 flags, else in a second node started with them. The flags
  // also ride on its shebang (`env -S` splits them), so the installed bin needs no second node;
  // client/src/extension.ts passes the same ones (SERVER_NODE_FLAGS).
  { entryPoints: ['server/src/launch.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env -S node --max-semi-space-size=1 --heap-growing-percent=50 --no-concurrent-recompilation' } },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/serverMain.js' },
  // dist/cli.js is a small launcher (server/src/cliLaunch.ts) that runs dist/checker.js with V8's code cache.
  { entryPoints: ['server/src/cliLaunch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/checker.js' },
  // VS Code for the Web: the client in the browser extension host and the server in a web worker.
  // Platform 'browser' fails the build on any Node built-in, so these two prove the core host-free.
  { entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browserExtension.js', external: ['vscode'], ...browser },
  { entryPoints: ['server/src/browserMain.ts'], outfile: 'dist/browserServer.js', ...browser, format: 'iife' },
];

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context({ ...common, ...b });
    await ctx.watch();
  }
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
