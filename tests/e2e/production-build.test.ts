import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// The build the browser tests run against, as a classroom laptop serves it.
const assets = join(process.env.E2E_DIST ?? 'dist', 'assets');
const scripts = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => ({ file: f, text: readFileSync(join(assets, f), 'utf8') }));

test('the XR emulator (IWER) is in no production chunk; @pmndrs/xr gets our empty stub', () => {
  expect(scripts.length).toBeGreaterThan(10);
  // IWER's classes and messages all carry its name (dozens of times in its own build).
  expect(scripts.filter((s) => /\bIWER\b|XRDevice\(|new XRDevice/.test(s.text)).map((s) => s.file)).toEqual([]);
  expect(scripts.some((s) => s.file.startsWith('emulate-stub-'))).toBe(true);
});

test('the students\' 3D stack is one chunk that Home does not need: React and the page code never import it statically', () => {
  const stage = scripts.filter((s) => s.file.startsWith('stage-'));
  expect(stage).toHaveLength(1);
  const entry = scripts.find((s) => /^index-.*\.js$/.test(s.file) && s.text.includes('__vite__mapDeps'))!;
  const react = scripts.find((s) => s.file.startsWith('react-'))!;
  const staticImports = (text: string) => [...text.matchAll(/(?:^|[;\n])import\s*(?:\{[^}]*\}\s*from\s*)?["']\.\/([^"']+)["']/g)].map((m) => m[1] ?? '');
  expect(staticImports(entry.text).filter((f) => f.startsWith('stage-'))).toEqual([]);
  expect(staticImports(react.text).filter((f) => f.startsWith('stage-'))).toEqual([]);
});
