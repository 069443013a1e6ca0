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

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The server's V8 flags ride on its shebang (`env -S` splits them), so an editor running the
  // installed bin gets them; client/src/extension.ts passes the same ones (SERVER_NODE_FLAGS).
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env -S node --max-semi-space-size=1 --heap-growing-percent=50' } },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
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
