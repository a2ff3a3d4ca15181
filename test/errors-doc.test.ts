import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

test('docs/errors.md lists exactly the error codes the code defines', () => {
  const defined = new Set<string>();
  for (const file of sources('src')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/readonly code = '([A-Z_]+)'/g)) defined.add(m[1]!);
    for (const m of text.matchAll(/super\(\d{3}, '([A-Z_]+)'/g)) defined.add(m[1]!);
  }
  const documented = new Set([...readFileSync('docs/errors.md', 'utf8').matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]!));
  assert.ok(defined.size >= 4);
  assert.deepEqual([...defined].sort(), [...documented].sort());
});
