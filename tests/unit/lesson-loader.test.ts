import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/lesson/load.ts';
import { formatPath, formatProblem } from '../../src/lesson/problem.ts';
import { STEP_TYPES } from '../../src/lesson/steps/index.ts';
import { closest } from '../../src/lesson/suggest.ts';
import { assetLookup } from '../../scripts/lessons-check.ts';
import { codes, FIXTURES, jsonFiles, LESSONS, load, problemsOf, readText } from './lesson-helpers.ts';

const example = (name: string) => readText(join(LESSONS, 'examples', name));
// The examples use the app's real pictures and sounds (assets/).
const realAssets = { assetSize: assetLookup() };

describe('loadLesson', () => {
  it('reads every example lesson without a problem', () => {
    for (const name of jsonFiles(join(LESSONS, 'examples'))) {
      const r = loadLesson(example(name), `lessons/examples/${name}`);
      expect(problemsOf(r), name).toEqual([]);
      expect(r.ok).toBe(true);
    }
  });

  it('returns the typed lesson with defaults filled in', () => {
    const r = loadLesson(example('example-quiz.json'));
    if (!r.ok) throw new Error('example-quiz is invalid');
    const quiz = r.lesson.steps[0]!;
    expect(quiz.type === 'quiz' && quiz.kind === 'single' && quiz.options[0]!.correct).toBe(false);
    expect(quiz.type === 'quiz' && quiz.points).toBe(1);
    expect(r.lesson.benchmarks).toEqual([]);
  });

  it('covers every step type and every quiz kind in lessons/examples/', () => {
    const steps = jsonFiles(join(LESSONS, 'examples')).flatMap((n) => {
      const r = loadLesson(example(n));
      return r.ok ? r.lesson.steps : [];
    });
    expect(new Set(steps.map((s) => s.type))).toEqual(new Set(STEP_TYPES));
    expect(new Set(steps.flatMap((s) => (s.type === 'quiz' ? [s.kind] : [])))).toEqual(new Set(['single', 'multiple', 'truefalse', 'numeric']));
    for (const type of STEP_TYPES) expect(jsonFiles(join(LESSONS, 'examples'))).toContain(`example-${type}.json`);
  });

  it('reports every problem, not just the first', () => {
    const r = load(readText(join(FIXTURES, 'broken/wrong-types.json')), 'wrong-types.json');
    expect(r.ok).toBe(false);
    expect(problemsOf(r).filter((p) => p.severity === 'error').length).toBeGreaterThanOrEqual(9);
  });

  it('accepts a lesson with only warnings', () => {
    const r = load(readText(join(FIXTURES, 'broken/long-text.json')), 'long-text.json');
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['long-text', 'long-text', 'long-text']);
  });

  it('counts columns in UTF-16 units after Korean text and emoji, as editors do', () => {
    const text = example('example-summary.json').replace('"version": "1.0.0"', '"version": "가나😀", "minutes": 1');
    const p = problemsOf(load(text, 'example-summary.json')).find((x) => x.path === 'version')!;
    const line = text.split('\n')[p.line - 1]!;
    expect(line.slice(p.column - 1)).toMatch(/^"가나😀"/);
  });

  it('locates problems the same with CRLF line ends and a byte-order mark', () => {
    const lf = example('example-narration.json').replace('"minutes": 2', '"minutes": 0');
    const a = problemsOf(load(lf, 'example-narration.json', realAssets));
    const b = problemsOf(load(`\uFEFF${lf.replace(/\n/g, '\r\n')}`, 'example-narration.json', realAssets));
    expect(b).toEqual(a);
    expect(a).toMatchObject([{ path: 'minutes', line: 10, column: 14, code: 'too-small' }]);
  });

  it('puts a misspelt key at the key, with a suggestion', () => {
    const text = example('example-narration.json').replace('"minutes": 2', '"minuts": 2');
    const [p] = problemsOf(load(text, 'example-narration.json', realAssets));
    expect(formatProblem('x.json', p!)).toBe('x.json:10:3: error: minuts: unknown key "minuts"; did you mean "minutes"?');
  });

  it('never throws, even when handed something that is not a string', () => {
    expect(() => loadLesson(undefined as unknown as string)).not.toThrow();
    expect(loadLesson(42 as unknown as string).ok).toBe(false);
  });

  it('checks the id against the file name only when given one', () => {
    const text = example('example-summary.json');
    expect(codes(loadLesson(text))).toEqual([]);
    expect(codes(loadLesson(text, 'lessons/other-name.json'))).toEqual(['id-not-file-name']);
  });
});

describe('problem formatting and suggestions', () => {
  it('prints paths as an author would write them', () => {
    expect(formatPath(['steps', 2, 'options', 0, 'text'])).toBe('steps[2].options[0].text');
    expect(formatPath(['$schema'])).toBe('$schema');
    expect(formatPath(['a b', 'c.d', 1])).toBe('["a b"]["c.d"][1]');
    expect(formatPath([])).toBe('');
  });

  it('suggests close names and nothing for far ones', () => {
    expect(closest('titel', ['title', 'body'])).toBe('title');
    expect(closest('quizz', ['quiz', 'scene'])).toBe('quiz');
    expect(closest('Summary', ['summary'])).toBe('summary');
    expect(closest('holograms', ['title', 'steps'])).toBeUndefined();
  });
});
