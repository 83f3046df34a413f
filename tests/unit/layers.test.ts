/**
 * The layers of ARCHITECTURE.md's table, held by a test: every import in src/ (type imports too)
 * points where the table allows, and no module imports itself back through others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

/**
 * What each part of src/ may import besides itself: the table in ARCHITECTURE.md ("Layers"). A part
 * is a top folder; `hub/protocol` is the hub's message contract, the one file of the hub the pages
 * may import.
 */
export const MAY_IMPORT: Record<string, readonly string[]> = {
  lesson: [],
  runner: ['lesson'],
  progress: ['lesson', 'runner'],
  'hub/protocol': ['lesson', 'runner', 'progress'],
  desk: ['lesson', 'runner', 'progress'],
  classroom: ['lesson', 'runner', 'progress', 'hub/protocol'],
  hub: ['lesson', 'runner', 'progress', 'desk', 'i18n', 'hub/protocol'],
  i18n: ['lesson'],
  audio: ['lesson'],
  app: ['lesson', 'runner', 'progress', 'desk', 'classroom', 'hub/protocol', 'i18n', 'audio'],
  xr: ['app', 'lesson', 'i18n'],
  scene: ['app', 'lesson', 'i18n', 'xr', 'audio'],
  ui: ['app', 'lesson', 'i18n', 'scene', 'xr'],
  'main.tsx': ['app', 'i18n', 'ui'],
};

/** The part a file of src/ belongs to ("scene", "hub/protocol", "main.tsx"). */
export function partOf(file: string): string {
  const [top, name] = file.split('/');
  if (top === 'hub' && name === 'protocol.ts') return 'hub/protocol';
  return top!;
}

/** The relative imports of a file (static, dynamic, re-exports, type-only), resolved to paths under src/. */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"](\.[^'"]+)['"]|declare module\s+['"](\.[^'"]+)['"]/g)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    out.push(normalize(join(dirname(file), spec)).split(sep).join('/'));
  }
  return out;
}

function sources(): string[] {
  return (readdirSync(SRC, { recursive: true }) as string[])
    .map((f) => f.split(sep).join('/'))
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));
}

/** "from → to" for every import the table forbids. */
export function forbidden(files: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [file, deps] of files) {
    const from = partOf(file);
    const allowed = MAY_IMPORT[from];
    for (const dep of deps) {
      if (dep.startsWith('..') || dep.endsWith('.css')) continue;
      const to = partOf(dep);
      if (to === from || (from === 'hub/protocol' && to === 'hub')) continue;
      if (!allowed) out.push(`${file}: ${from} is not in the table`);
      else if (!allowed.includes(to)) out.push(`${file} → ${dep} (${from} may not import ${to})`);
    }
  }
  return out;
}

/** Import cycles, each as the files around it. */
export function cycles(files: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const d of files.get(f) ?? []) {
      const dep = files.has(d) ? d : [`${d}.ts`, `${d}.tsx`].find((x) => files.has(x)) ?? d;
      if (!files.has(dep)) continue;
      if (state.get(dep) === 'open') found.push(stack.slice(stack.indexOf(dep)));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files.keys()) if (!state.has(f)) visit(f);
  return found;
}

describe('layers', () => {
  const files = new Map(sources().map((f) => [f, importsOf(f, readFileSync(join(SRC, f), 'utf8'))]));

  it('finds what the table forbids and cycles, when there are some', () => {
    const sample = new Map([
      ['runner/a.ts', ['scene/b.ts', 'lesson/c.ts']],
      ['scene/b.ts', ['app/d.ts']],
      ['app/d.ts', ['app/e.ts']],
      ['app/e.ts', ['app/d.ts']],
    ]);
    expect(forbidden(sample)).toEqual(['runner/a.ts → scene/b.ts (runner may not import scene)']);
    expect(cycles(sample)).toEqual([['app/d.ts', 'app/e.ts']]);
    expect(importsOf('ui/x.tsx', "import type { A } from '../app/a.ts';\nexport { b } from './b.ts';\nconst c = () => import('../scene/c.tsx');")).toEqual(['app/a.ts', 'ui/b.ts', 'scene/c.tsx']);
  });

  it('every import in src/ points where ARCHITECTURE.md\'s table allows', () => {
    expect(files.size).toBeGreaterThan(200);
    expect(forbidden(files)).toEqual([]);
  });

  it('no module imports itself back', () => {
    expect(cycles(files)).toEqual([]);
  });

  it('ARCHITECTURE.md\'s table says the same', () => {
    const doc = readFileSync(join(SRC, '../ARCHITECTURE.md'), 'utf8');
    for (const [part, allowed] of Object.entries(MAY_IMPORT)) {
      const cell0 = part === 'hub/protocol' ? 'src/hub/protocol.ts' : part.includes('.') ? `src/${part}` : `src/${part}/`;
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${cell0}\` |`));
      expect(row, `a row for src/${part}`).toBeDefined();
      const cell = row!.split('|').at(-2)!;
      const named = [...cell.matchAll(/`([\w/.]+)`/g)].map((m) => m[1]!.replace(/^src\//, '').replace(/\/$/, '').replace(/(protocol)\.ts$/, '$1'));
      expect(named.sort(), `src/${part}`).toEqual([...allowed].sort());
    }
  });
});

void relative;
