#!/usr/bin/env node
// Builds the newsroom's single-page app: src/admin-ui/main.tsx and its CSS, bundled and minified
// by esbuild into public/admin/assets/ with content hashes in the names (so they are cached
// forever), each also precompressed (brotli, gzip), plus public/admin/manifest.json naming them.
// The server reads the manifest at start-up (src/web/admin/shell-routes.ts). Runs before
// `npm start` and `npm test`; on its own: `npm run build:admin`.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'public', 'admin');
const assets = join(out, 'assets');

const started = Date.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/admin-ui/main.tsx' },
  outdir: assets,
  entryNames: '[name].[hash]',
  assetNames: '[name].[hash]',
  bundle: true,
  minify: true,
  format: 'esm',
  // Browsers of the last few years: no transpiling of what they all run.
  target: ['chrome109', 'firefox115', 'safari16', 'edge109'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  // Cyrillic as UTF-8, not \u escapes: a third of the size for the interface strings.
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
});

const files = Object.keys(result.metafile.outputs).map((path) => basename(path));
const script = files.find((f) => f.endsWith('.js'));
const style = files.find((f) => f.endsWith('.css'));
if (!script || !style) throw new Error(`build-admin: expected a .js and a .css output, got ${files.join(', ')}`);

for (const file of files) {
  const body = readFileSync(join(assets, file));
  writeFileSync(join(assets, `${file}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(join(assets, `${file}.gz`), gzipSync(body, { level: 9 }));
}

const manifest = { script: `/admin/assets/${script}`, style: `/admin/assets/${style}`, files };
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const size = (f) => `${(readFileSync(join(assets, f)).length / 1024).toFixed(0)} KiB (${(readFileSync(join(assets, `${f}.br`)).length / 1024).toFixed(0)} KiB br)`;
console.log(`build-admin: ${relative(root, assets)}/${script} ${size(script)}, ${style} ${size(style)} in ${Date.now() - started} ms`);
