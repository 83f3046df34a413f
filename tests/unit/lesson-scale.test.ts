/**
 * Hostile files below the size limit: checking stays linear, and no printed line repeats a long value
 * from the file in full. Linear is measured as scaling, not as a wall-clock bound (which a loaded
 * machine breaks): eight times the input may take at most 24 times as long (quadratic code takes 64),
 * in this process's CPU time (what other processes on a busy machine take does not count), each size
 * at its best of a few runs. Linear checking measures 4–9× here (fixed costs weigh more in the small
 * file, the garbage collector more in the big one). The bound is this wide because CI once measured
 * 8.1 for a linear check over four times the input, against a bound of 8 (stop 18).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/lesson/limits.ts';
import { checkFiles } from '../../scripts/lessons-check.ts';
import { FIXTURES, LESSONS, load, problemsOf, readText, render } from './lesson-helpers.ts';
import { assetLookup } from '../../scripts/lessons-check.ts';

const example = JSON.parse(readText(join(LESSONS, 'examples/example-narration.json'))) as Record<string, any>;
/** CPU milliseconds (user and system) this process spends on `f`. */
const timed = <T>(f: () => T): { value: T; ms: number } => {
  const t0 = process.cpuUsage();
  const value = f();
  const d = process.cpuUsage(t0);
  return { value, ms: (d.user + d.system) / 1000 };
};
/** The least CPU time of `runs` checks of `text`. */
const best = (text: string, runs: number) => Math.min(...Array.from({ length: runs }, () => timed(() => load(text, 'x.json')).ms));
/** How much longer checking `make(n)` takes than checking `make(n / 8)`. */
function growth(make: (n: number) => string, n: number): number {
  const eighth = best(make(Math.round(n / 8)), 3);
  const full = best(make(n), 2);
  return full / Math.max(eighth, 1);
}
const longestLine = (text: string) => Math.max(...text.split('\n').map((l) => l.length));

/** A lesson of `n` steps that only lead to each other: s0 → s1 → … → s0. */
function loopLesson(n: number, indent = 2): string {
  const steps = Array.from({ length: n }, (_, i) => ({
    id: `step-${i}`, type: 'narration', title: { ko: '가', en: 'a' }, body: { ko: '가', en: 'a' }, next: `step-${(i + 1) % n}`,
  }));
  return JSON.stringify({ ...example, id: 'loop', steps }, null, indent);
}

describe('checking time on hostile input', () => {
  it('checks a file of 100,000 unknown keys in linear time, listing the first problems, located, and counting all', () => {
    const text = `{${Array.from({ length: 100_000 }, (_, i) => `"k${i}":0`).join(',')}}`;
    expect(text.length).toBeLessThan(LIMITS.maxBytes);
    const r = load(text, 'keys.json');
    expect(growth((n) => `{${Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',')}}`, 100_000)).toBeLessThan(24); // took 169 s, quadratic
    const problems = problemsOf(r);
    expect(problems).toHaveLength(LIMITS.maxProblems + 1);
    const unknown = problems.filter((p) => p.code === 'unknown-key');
    expect(unknown.length).toBeGreaterThan(150);
    expect(unknown[0]).toMatchObject({ line: 1, column: 2, path: 'k0', severity: 'error' });
    expect(unknown[1]).toMatchObject({ line: 1, column: 9, path: 'k1' });
    expect(problems[problems.length - 1]).toMatchObject({ code: 'more', message: expect.stringMatching(/^\d+ more problems not shown$/) });
    expect(r.ok === false && r.counts).toEqual({ errors: 100_009, warnings: 1 }); // 100,000 keys, 9 missing fields, format 0
  }, 30_000);

  it('stays linear on 300,000 numbers too large, 25,000 broken references and a 15,000-step loop', () => {
    const numbers = (n: number) => `{"steps": [${Array(n).fill('1e400').join(',')}]}`;
    const refs = (n: number) => JSON.stringify({ ...example, steps: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, type: 'narration', next: `x${i}` })) });
    const loop = (n: number) => loopLesson(n, 0);
    for (const [make, n] of [[numbers, 300_000], [refs, 25_000], [loop, 15_000]] as const) {
      const text = make(n);
      expect(text.length).toBeLessThan(LIMITS.maxBytes);
      expect(load(text, 'big.json').ok).toBe(false);
      expect(growth(make, n)).toBeLessThan(24);
    }
  }, 90_000);
});

describe('long values in messages', () => {
  it('shows a long key, language, value or id by its first 40 characters, once per spot', () => {
    const name = 'long-values.json';
    const out = render(name, load(readText(join(FIXTURES, 'broken', name)), name));
    expect(longestLine(out)).toBeLessThan(300); // the 30,000-character key made lines of 60,000
    const lines = out.trimEnd().split('\n');
    // The unknown 30,000-character key is one problem (too long), not also an "unknown key".
    expect(lines.filter((l) => l.includes(':12:3:'))).toEqual([
      `${name}:12:3: error: ["${'k'.repeat(40)}…"]: this key is 30,000 characters long; strings in a lesson may be at most 20,000`,
    ]);
    expect(out).toContain(`steps[0].next: no step has the id "${'n'.repeat(40)}…"`);
  });

  it('names at most a few steps of a long loop, and counts the rest', () => {
    const r = load(loopLesson(2000), 'loop.json');
    const out = render('loop.json', r);
    expect(longestLine(out)).toBeLessThan(300); // was 23,000 characters
    expect(problemsOf(r).find((p) => p.code === 'never-ends')!.message).toMatch(
      /^the lesson never ends from here: "step-0" → "step-1" → "step-2" → … 1,997 more steps … → "step-0" loops with no way out/,
    );
  });

  it('keeps every line short for long keys, values and ids wherever they are', () => {
    const long = (c: string) => c.repeat(25_000);
    const lesson = structuredClone(example);
    lesson.steps[0].id = long('i');
    lesson.steps.push({ ...lesson.steps[0] }); // the same long id twice
    lesson.title[long('l')] = 'x'; // an unknown language
    lesson.ageBands = [long('b')];
    lesson.languages = ['ko', 'en', long('e')];
    lesson.start = long('s');
    const out = render('x.json', load(JSON.stringify(lesson, null, 2), 'x.json'));
    expect(out.split('\n').length).toBeGreaterThan(5);
    expect(longestLine(out)).toBeLessThan(300);
  });
});

describe('number too large', () => {
  it('says that 1e400 is too large to be represented, at the number', () => {
    const text = JSON.stringify({ ...example, minutes: 5 }, null, 2).replace('"minutes": 5', '"minutes": 1e400');
    const problems = problemsOf(load(text, 'example-narration.json', { assetSize: assetLookup() }));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'number-too-large', path: 'minutes', severity: 'error', message: expect.stringMatching(/^the number 1e400 is too large to be represented/) }),
    ]);
    expect(problems[0]!.message).not.toContain('Infinity');
  });
});

describe('lessons:check totals', () => {
  it('counts every problem, not the printed lines', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'lessons-count-'));
    try {
      const file = join(dir, 'many.json');
      const steps = Array.from({ length: 1000 }, (_, i) => `{"id": "S${i}", "type": "narration"}`);
      writeFileSync(file, JSON.stringify({ ...example, id: 'many' }).replace(/"steps":\[.*\]\}$/, `"steps":[${steps.join(',')}]}`));
      const report = checkFiles([file], {});
      expect(report.lines).toHaveLength(LIMITS.maxProblems + 1);
      expect(report.lines[report.lines.length - 1]).toMatch(/more problems not shown$/);
      expect(report.errors).toBe(3000); // each step: a bad id, no title, no body (it said 200)
      expect(report.warnings).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
