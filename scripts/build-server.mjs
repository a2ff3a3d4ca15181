#!/usr/bin/env node
// Bundles the server (src/server.ts and everything it imports from src/) with esbuild into
// dist/, so `npm start` loads a few files of plain JavaScript instead of transpiling hundreds of
// TypeScript modules at every start: with several workers, each one starts in a fraction of the
// time. Packages from node_modules stay outside the bundle, loaded by Node as usual, except those
// in BUNDLED. Runs before
// `npm start` (with the admin app's build); tests and `npm run masthead` run the sources with tsx.
//
// A few modules read files beside them through `import.meta.url` (stylesheets, the admin app's
// build): in the bundle that URL is the source file's own, so they read the same files as before.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const started = Date.now();

/** `import.meta.url` in a source file becomes that file's own URL. */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

/**
 * Packages bundled in: plain ES modules in many small files, which Node would find, read and link
 * one by one at every start (Kysely: about 280 files, a quarter of a second on the development
 * machine, against a few hundredths bundled). Packages that read files beside them, load native
 * code or are CommonJS stay outside.
 */
const BUNDLED = new Set(['kysely']);

/** Every other package is loaded from node_modules at run time. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const [first, second] = args.path.split('/');
      const name = first.startsWith('@') ? `${first}/${second}` : first;
      return BUNDLED.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

await rm(out, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { server: 'src/server.ts' },
  outdir: out,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // The cluster's primary loads the app only in its workers: dynamic imports become chunks.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  plugins: [externalPackages, keepModuleUrls],
  logLevel: 'warning',
});
console.log(`server built into ${relative(root, out)}/ in ${Date.now() - started} ms`);
