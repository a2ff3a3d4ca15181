import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, test } from 'node:test';

// `npm run check:imports` is only as good as its rules: each rule of .dependency-cruiser.cjs
// must fire on one import against the grain, in a small tree laid out like src/.

const CONFIG = resolve('.dependency-cruiser.cjs');
const CRUISER = resolve('node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const dir = mkdtempSync(join(tmpdir(), 'masthead-imports-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true }, include: ['src', 'test'] }),
  'test/support/app.ts': 'export const app = 1;\n',
  'src/app.ts': "import { ok } from './domain/ok.js';\nexport const app = ok;\n",
  'src/domain/ok.ts': "import { createHash } from 'node:crypto';\nexport const ok = createHash;\n",
  'src/storage/schema.ts': "import { ok } from '../domain/ok.js';\nexport type Database = { ok: typeof ok };\n",
  'src/services/auth.ts': "import type { Database } from '../storage/schema.js';\nexport const auth = (d: Database) => d;\n",
  'src/render/html.ts': 'export const html = 1;\n',
  'src/jobs/purge.ts': "import { auth } from '../services/auth.js';\nexport const purge = auth;\n",
  'src/web/errors.ts': "import { auth } from '../services/auth.js';\nimport { html } from '../render/html.js';\nexport const errors = [auth, html];\n",
  // One file per rule, each with the one import that breaks it.
  'src/domain/imports-storage.ts': "import type { Database } from '../storage/schema.js';\nexport type X = Database;\n",
  'src/domain/imports-kysely.ts': "import 'kysely';\n",
  'src/config/imports-storage.ts': "import '../storage/schema.js';\n",
  'src/storage/imports-services.ts': "import '../services/auth.js';\n",
  'src/render/imports-storage.ts': "import '../storage/schema.js';\n",
  'src/services/imports-render.ts': "import '../render/html.js';\n",
  'src/web/imports-storage.ts': "import type { Database } from '../storage/schema.js';\nexport type X = Database;\n",
  'src/web/imports-jobs.ts': "import '../jobs/purge.js';\n",
  'src/jobs/imports-web.ts': "import '../web/errors.js';\n",
  'src/admin-ui/imports-services.ts': "import '../services/auth.js';\n",
  'src/services/imports-app.ts': "import '../app.js';\n",
  'src/render/imports-tests.ts': "import '../../test/support/app.js';\n",
  'src/domain/circle-a.ts': "import { b } from './circle-b.js';\nexport const a = () => b;\n",
  'src/domain/circle-b.ts': "import { a } from './circle-a.js';\nexport const b = () => a;\n",
};

test('every import rule fires on an import against the grain, and only there', () => {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(process.execPath, [CRUISER, 'src', '--config', CONFIG, '--output-type', 'json'], { cwd: dir, encoding: 'utf8' });
  const result = JSON.parse(run.stdout) as { summary: { violations: { from: string; rule: { name: string; severity: string } }[] } };
  const found = result.summary.violations.map((v) => `${v.rule.name} ${v.from}`).sort();
  assert.deepEqual([...new Set(found)], [
    'admin-ui-is-the-browser-app src/admin-ui/imports-services.ts',
    'config-uses-only-domain src/config/imports-storage.ts',
    'domain-imports-nothing-from-the-app src/domain/imports-storage.ts',
    'domain-uses-only-pure-packages src/domain/imports-kysely.ts',
    'entry-points-are-not-imported src/services/imports-app.ts',
    'jobs-below-web src/jobs/imports-web.ts',
    'no-circular src/domain/circle-a.ts',
    'render-is-pure src/render/imports-storage.ts',
    'services-below-web src/services/imports-app.ts',
    'services-below-web src/services/imports-render.ts',
    'src-does-not-import-tests-or-tools src/render/imports-tests.ts',
    'storage-below-services src/storage/imports-services.ts',
    'web-does-not-run-jobs-or-wiring src/web/imports-jobs.ts',
    'web-goes-through-services src/web/imports-storage.ts',
  ]);
  assert.ok(result.summary.violations.every((v) => v.rule.severity === 'error'));
  // As `npm run check:imports` runs it (the default reporter): a violation fails the run.
  const check = spawnSync(process.execPath, [CRUISER, 'src', '--config', CONFIG], { cwd: dir, encoding: 'utf8' });
  assert.notEqual(check.status, 0);
});
