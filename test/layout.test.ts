import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * src/ holds what the product runs and nothing else: fixtures, test helpers and developer tools
 * live in test/support/ and tools/, so a reader of src/ (and the server bundle) meets only product
 * code. Two checks keep it so: no product module imports from outside src/, and every product
 * module is reached from an entry point (the server, the command line, the newsroom app).
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const ENTRY_POINTS = [
  'src/server.ts',
  'src/admin-ui/main.tsx',
  ...readdirSync(join(SRC, 'cli')).filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.')).map((f) => `src/cli/${f}`),
].map((p) => join(ROOT, p));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// Static imports and re-exports (`from '…'`), side-effect imports and dynamic `import('…')`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The files a module imports by relative path, resolved the way NodeNext resolves `.js` to `.ts`. */
function relativeImports(file: string): string[] {
  const out: string[] = [];
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
    const target = resolve(dirname(file), spec!);
    const candidates = [target, target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx'), `${target}.ts`];
    out.push(candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? target);
  }
  return out;
}

const PRODUCT = sourceFiles(SRC);

describe('project layout', () => {
  it('no product module imports from test/, tools/ or anywhere outside src/', () => {
    const outside = PRODUCT.flatMap((file) =>
      relativeImports(file)
        .filter((target) => relative(SRC, target).startsWith('..'))
        .map((target) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`),
    );
    assert.deepEqual(outside, []);
  });

  it('every product module is reached from the server, the command line or the newsroom app', () => {
    const reached = new Set<string>();
    const queue = [...ENTRY_POINTS];
    while (queue.length) {
      const file = queue.pop()!;
      if (reached.has(file) || !existsSync(file)) continue;
      reached.add(file);
      queue.push(...relativeImports(file).filter((t) => /\.tsx?$/.test(t)));
    }
    const unreached = PRODUCT.filter((f) => !reached.has(f)).map((f) => relative(ROOT, f));
    assert.deepEqual(unreached, []);
  });
});
