/**
 * The Node.js versions package.json promises are ones every installed package accepts, and an older
 * Node gets a sentence that says what to install (scripts/check-node.mjs, run at install, start, test).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { ENGINES, nodeWarning, supported } from '../../scripts/check-node.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };
const lock = JSON.parse(readFileSync(`${ROOT}package-lock.json`, 'utf8')) as { packages: Record<string, { engines?: { node?: string }; optional?: boolean }> };

describe('Node.js versions', () => {
  it('every installed package accepts every Node version package.json allows', () => {
    const refused = Object.entries(lock.packages)
      // Optional packages for other platforms (a wasm or Android build) are never installed here.
      .filter(([path, p]) => path && p.engines?.node && (!p.optional || existsSync(`${ROOT}${path}`)))
      .filter(([, p]) => !semver.subset(pkg.engines.node, p.engines!.node!, { includePrerelease: false }))
      .map(([path, p]) => `${path.replace(/^node_modules\//, '')} needs ${p.engines!.node}`);
    expect(refused).toEqual([]);
  });

  it('the check reads the same range as package.json and agrees with semver', () => {
    expect(ENGINES).toBe(pkg.engines.node);
    for (const v of ['18.19.0', '20.0.0', '20.18.3', '20.19.0', '20.20.2', '21.7.0', '22.11.0', '22.12.0', '24.1.0']) {
      expect(supported(`v${v}`), v).toBe(semver.satisfies(v, pkg.engines.node));
    }
  });

  it('says in a sentence what to do on an old Node, and nothing on a good one', () => {
    expect(nodeWarning('v18.19.0')).toMatch(/^ClimateXR needs Node\.js 20\.19 or newer .*this is Node\.js 18\.19\.0: install/);
    expect(nodeWarning('v20.20.2')).toBeNull();
    expect(pkg.scripts.preinstall).toBe('node scripts/check-node.mjs');
  });
});
