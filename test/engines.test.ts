import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import semver from 'semver';

/** Every installed package's own package.json, nested installs included. */
function installed(dir: string): { name: string; version: string; node?: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.')) return [];
    const path = join(dir, name);
    if (name.startsWith('@')) return installed(path);
    const manifest = join(path, 'package.json');
    if (!existsSync(manifest)) return [];
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; version: string; engines?: { node?: string } };
    const node = typeof pkg.engines === 'object' ? pkg.engines.node : undefined;
    return [{ name: pkg.name, version: pkg.version, ...(node ? { node } : {}) }, ...installed(join(path, 'node_modules'))];
  });
}

// `npm ci` only warns (EBADENGINE) when a package wants a newer Node than ours: this makes it fail.
test('every installed package admits every Node version package.json promises', () => {
  const own = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;
  assert.ok(semver.validRange(own), `engines.node "${own}" is a valid range`);
  const packages = installed('node_modules');
  assert.ok(packages.length > 100, 'node_modules is installed');
  const narrower = packages.filter((p) => p.node && semver.validRange(p.node) && !semver.subset(own, p.node)).map((p) => `${p.name}@${p.version} wants node ${p.node}`);
  assert.deepEqual(narrower, []);
  assert.ok(semver.satisfies(process.version, own), `this Node (${process.version}) is one package.json admits`);
});
